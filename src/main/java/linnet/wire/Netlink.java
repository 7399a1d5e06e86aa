package linnet.wire;

import java.io.ByteArrayOutputStream;

/**
 * The netlink wire layout (include/uapi/linux/netlink.h, rtnetlink.h) in host byte order, as
 * x86-64 Linux has it (little-endian): a 16-byte nlmsghdr (len, type, flags, seq, pid), the
 * family header, then rtattrs (u16 len, u16 type, payload padded to 4). This is what `ip route
 * save` writes to a file, so the bytes must be Linux's.
 */
public final class Netlink {
    private Netlink() {}

    public static final int NLMSG_HDRLEN = 16;
    public static final int NLM_F_REQUEST = 0x1, NLM_F_MULTI = 0x2, NLM_F_ACK = 0x4, NLM_F_DUMP_FILTERED = 0x20,
            NLM_F_REPLACE = 0x100, NLM_F_EXCL = 0x200, NLM_F_CREATE = 0x400, NLM_F_APPEND = 0x800;
    public static final int RTM_NEWADDR = 20, RTM_NEWROUTE = 24;

    public static int align(int n) { return (n + 3) & ~3; }

    public static int u16(byte[] b, int off) { return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8; }

    public static int u32(byte[] b, int off) { return u16(b, off) | u16(b, off + 2) << 16; }

    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    public static void put32(byte[] b, int off, int v) {
        put16(b, off, v);
        put16(b, off + 2, v >>> 16);
    }

    /** One message being built: the header is filled in by {@link #finish}. */
    public static final class Builder {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final int type, flags, seq, pid;

        public Builder(int type, int flags, int seq, int pid) {
            this.type = type;
            this.flags = flags;
            this.seq = seq;
            this.pid = pid;
            buf.writeBytes(new byte[NLMSG_HDRLEN]);
        }

        public Builder bytes(byte[] b) {
            buf.writeBytes(b);
            return this;
        }

        /** An attribute with a raw payload, padded to 4 bytes. */
        public Builder attr(int type, byte[] payload) {
            byte[] h = new byte[4];
            put16(h, 0, 4 + payload.length);
            put16(h, 2, type);
            buf.writeBytes(h);
            buf.writeBytes(payload);
            buf.writeBytes(new byte[align(payload.length) - payload.length]);
            return this;
        }

        public Builder u32(int type, int v) {
            byte[] p = new byte[4];
            put32(p, 0, v);
            return attr(type, p);
        }

        public Builder u8(int type, int v) { return attr(type, new byte[] {(byte) v}); }

        /** An IPv4 address attribute: network byte order, as the kernel's nla_put_in_addr. */
        public Builder in4(int type, int addr) {
            byte[] p = new byte[4];
            Inet4.write(p, 0, addr);
            return attr(type, p);
        }

        /** A NUL-terminated string attribute. */
        public Builder string(int type, String s) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] p = new byte[b.length + 1];
            System.arraycopy(b, 0, p, 0, b.length);
            return attr(type, p);
        }

        public byte[] finish() {
            byte[] m = buf.toByteArray();
            put32(m, 0, m.length);
            put16(m, 4, type);
            put16(m, 6, flags);
            put32(m, 8, seq);
            put32(m, 12, pid);
            return m;
        }
    }

    /**
     * The attributes after a family header of {@code hdrLen} bytes, by type (parse_rtattr: the
     * last of a type wins, types above {@code max} are skipped); each entry is {offset, length}
     * of the payload in {@code msg}, or null.
     */
    public static int[][] attrs(byte[] msg, int hdrLen, int max) {
        int[][] tb = new int[max + 1][];
        int len = Math.min(msg.length, u32(msg, 0));
        int off = NLMSG_HDRLEN + align(hdrLen);
        while (off + 4 <= len) {
            int alen = u16(msg, off), type = u16(msg, off + 2) & 0x3fff;
            if (alen < 4 || off + alen > len) break;
            if (type <= max) tb[type] = new int[] {off + 4, alen - 4};
            off += align(alen);
        }
        return tb;
    }
}
