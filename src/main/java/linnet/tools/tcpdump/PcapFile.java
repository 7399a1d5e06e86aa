package linnet.tools.tcpdump;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;

/**
 * The classic pcap file format (pcap-savefile(5)) as libpcap writes it on x86: little-endian,
 * version 2.4, microsecond time stamps; the reader also takes big-endian and nanosecond files.
 * The emulated file system keeps the bytes as ISO-8859-1 text, one char per byte.
 */
final class PcapFile {
    private PcapFile() {}

    static final int MAGIC = 0xa1b2c3d4, MAGIC_NS = 0xa1b23c4d;

    /** One packet record: time since 1970 in ns, the captured bytes, the length on the wire. */
    record Record(long tsNs, byte[] data, int origLen) {}

    /** A file that is not a capture, with tcpdump's words for why. */
    static final class BadFile extends Exception {
        BadFile(String m) { super(m, null, false, false); }
    }

    static byte[] header(int linktype, int snaplen) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        le32(b, MAGIC);
        le16(b, 2);
        le16(b, 4);
        le32(b, 0);
        le32(b, 0);
        le32(b, snaplen);
        le32(b, linktype);
        return b.toByteArray();
    }

    static byte[] record(long tsNs, byte[] data, int caplen, int origLen) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        long us = tsNs / 1000;
        le32(b, (int) (us / 1_000_000));
        le32(b, (int) (us % 1_000_000));
        le32(b, caplen);
        le32(b, origLen);
        b.write(data, 0, caplen);
        return b.toByteArray();
    }

    private static void le32(ByteArrayOutputStream b, int v) {
        b.write(v);
        b.write(v >>> 8);
        b.write(v >>> 16);
        b.write(v >>> 24);
    }

    private static void le16(ByteArrayOutputStream b, int v) {
        b.write(v);
        b.write(v >>> 8);
    }

    /** pcap_dump_open + pcap_dump: the file is created at once and holds what was flushed. */
    static final class Writer {
        private final Ctx ctx;
        private final String path;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private int flushed;

        private Writer(Ctx ctx, String path) {
            this.ctx = ctx;
            this.path = path;
        }

        static Writer open(Ctx ctx, String file, int linktype, int snaplen) throws KernelException {
            String path = ctx.resolve(file);
            Writer w = new Writer(ctx, path);
            ctx.host.vfs().openForWrite(ctx.ns(), path, true);
            w.buf.writeBytes(header(linktype, snaplen));
            w.flush();
            return w;
        }

        void write(long tsNs, byte[] data, int caplen, int origLen) {
            buf.writeBytes(record(tsNs, data, caplen, origLen));
            // stdio's BUFSIZ: what is written reaches the file in 4096-byte pieces
            if (buf.size() - flushed >= 4096) flush();
        }

        void flush() {
            byte[] all = buf.toByteArray();
            try {
                ctx.host.vfs().write(ctx.ns(), path, new String(all, StandardCharsets.ISO_8859_1));
            } catch (KernelException e) {
                // the file went away meanwhile: what was written is lost, as with an unlinked file
            }
            flushed = all.length;
        }

        void close() { flush(); }
    }

    /** pcap_open_offline and pcap_next_ex. */
    static final class Reader {
        private final byte[] b;
        private int pos = 24;
        private final boolean swapped, nano;
        private final int snaplen, linktype;
        private String truncated;

        private Reader(byte[] b, boolean swapped, boolean nano) {
            this.b = b;
            this.swapped = swapped;
            this.nano = nano;
            this.snaplen = i32(16);
            this.linktype = i32(20) & 0x03ffffff;
        }

        static Reader open(Ctx ctx, String file) throws BadFile {
            String text;
            try {
                text = ctx.host.vfs().read(ctx.ns(), ctx.resolve(file));
            } catch (KernelException e) {
                throw new BadFile(file + ": " + e.errno.text);
            }
            byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
            if (b.length < 4) {
                if (b.length == 0) throw new BadFile(file + ": The file is empty" );
                throw new BadFile("truncated dump file; tried to read 4 file header bytes, only got " + b.length);
            }
            int m = ((b[3] & 0xff) << 24) | ((b[2] & 0xff) << 16) | ((b[1] & 0xff) << 8) | (b[0] & 0xff);
            boolean swapped;
            boolean nano;
            if (m == MAGIC || m == MAGIC_NS) {
                swapped = false;
                nano = m == MAGIC_NS;
            } else if (Integer.reverseBytes(m) == MAGIC || Integer.reverseBytes(m) == MAGIC_NS) {
                swapped = true;
                nano = Integer.reverseBytes(m) == MAGIC_NS;
            } else throw new BadFile(file + ": unknown file format");
            if (b.length < 24) throw new BadFile("truncated dump file; tried to read 24 file header bytes, only got " + b.length);
            return new Reader(b, swapped, nano);
        }

        private int i32(int o) {
            int v = ((b[o + 3] & 0xff) << 24) | ((b[o + 2] & 0xff) << 16) | ((b[o + 1] & 0xff) << 8) | (b[o] & 0xff);
            return swapped ? Integer.reverseBytes(v) : v;
        }

        int snaplen() { return snaplen; }

        int linktype() { return linktype; }

        /** Why reading stopped early (a cut-off record), or null. */
        String truncated() { return truncated; }

        Record next() {
            if (pos >= b.length) return null;
            if (pos + 16 > b.length) {
                truncated = "truncated dump file; tried to read 16 header bytes, only got " + (b.length - pos);
                pos = b.length;
                return null;
            }
            long sec = i32(pos) & 0xffffffffL, frac = i32(pos + 4) & 0xffffffffL;
            int caplen = i32(pos + 8), len = i32(pos + 12);
            if (caplen < 0 || pos + 16 + caplen > b.length) {
                truncated = "truncated dump file; tried to read " + caplen + " captured bytes, only got " + (b.length - pos - 16);
                pos = b.length;
                return null;
            }
            byte[] d = java.util.Arrays.copyOfRange(b, pos + 16, pos + 16 + caplen);
            pos += 16 + caplen;
            return new Record(sec * 1_000_000_000L + (nano ? frac : frac * 1000), d, len);
        }
    }
}
