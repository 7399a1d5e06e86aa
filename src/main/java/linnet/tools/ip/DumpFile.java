package linnet.tools.ip;

import linnet.kernel.core.Realtime;
import linnet.tools.common.Ctx;
import linnet.wire.Netlink;

/**
 * The files of `ip route save` and `ip addr save`: a 4-byte magic in host order, then the
 * kernel's dump messages exactly as they came (their nlmsg_seq and nlmsg_pid those of the dump
 * that made them). Reading one back is lib/libnetlink.c's rtnl_from_file, message by message,
 * with its complaints about a stream that ends inside a message.
 */
final class DumpFile {
    private DumpFile() {}

    static final int ROUTE_MAGIC = 0x45311224, ADDR_MAGIC = 0x47361222;

    /** What rtnl_from_file calls for each message: a negative result stops the reading. */
    interface Handler {
        int handle(byte[] msg);
    }

    /** save's refusal to write binary to a terminal; then the magic. False when refused (the message printed). */
    static boolean prepare(Ctx ctx, int magic) {
        if (ctx.tty != null && ctx.tty.isTerminal() && ctx.tty.isOutput(ctx.out)) {
            ctx.err.println("Not sending a binary stream to stdout");
            return false;
        }
        byte[] m = new byte[4];
        Netlink.put32(m, 0, magic);
        ctx.out.write(m, 0, 4);
        return true;
    }

    /** The dump's nlmsg_seq: rtnl_open starts the counter at time(NULL), the dump request takes the next. */
    static int dumpSeq(Ctx ctx) {
        return (int) (Realtime.EPOCH_S + ctx.host.kernel().loop.now() / 1_000_000_000L + 1);
    }

    /** The netlink port the kernel gives a process's first socket: its pid. */
    static int portId(Ctx ctx) { return ctx.proc == null ? 0 : ctx.proc.pid; }

    static void write(Ctx ctx, byte[] msg) { ctx.out.write(msg, 0, msg.length); }

    /**
     * The magic check of restore and showdump: a terminal is refused ({@code what} is "route" or
     * "address"), a wrong magic is "Magic mismatch (ELEMS elems, MAGIC magic)". True when it is right.
     */
    static boolean checkMagic(Ctx ctx, int magic, String what) {
        if (ctx.stdinIsNull() && ctx.tty != null && ctx.tty.isTerminal()) {
            ctx.err.println("Can't restore " + what + " dump from a terminal");
            return false;
        }
        byte[] in = stdin(ctx);
        // fread of one 4-byte element: a short file fills what it has and counts no element
        int got = in.length >= 4 ? 1 : 0;
        byte[] m = new byte[4];
        System.arraycopy(in, 0, m, 0, Math.min(4, in.length));
        int found = Netlink.u32(m, 0);
        if (got == 0 || found != magic) {
            ctx.err.println("Magic mismatch (" + got + " elems, " + Integer.toHexString(found) + " magic)");
            return false;
        }
        return true;
    }

    static byte[] stdin(Ctx ctx) { return ctx.stdin() == null ? new byte[0] : ctx.stdin(); }

    /** rtnl_from_file over standard input after the magic: 0 at the end, -1 for a broken stream, else the handler's stop. */
    static int each(Ctx ctx, Handler h) {
        byte[] in = stdin(ctx);
        int pos = 4;
        while (true) {
            if (pos >= in.length) return 0;
            if (in.length - pos < Netlink.NLMSG_HDRLEN) {
                ctx.err.println("rtnl-from_file: truncated message");
                return -1;
            }
            int len = Netlink.u32(in, pos);
            int l = len - Netlink.NLMSG_HDRLEN;
            if (l < 0 || len > 16384) {
                ctx.err.println("!!!malformed message: len=" + len + " @" + (pos + Netlink.NLMSG_HDRLEN));
                return -1;
            }
            int body = Netlink.align(l);
            if (in.length - pos - Netlink.NLMSG_HDRLEN < body) {
                ctx.err.println("rtnl-from_file: truncated message");
                return -1;
            }
            byte[] msg = java.util.Arrays.copyOfRange(in, pos, pos + Netlink.NLMSG_HDRLEN + body);
            pos += Netlink.NLMSG_HDRLEN + body;
            int rc = h.handle(msg);
            if (rc < 0) return rc;
        }
    }

    /** rtnl_talk's request flags on a message sent back: NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK added. */
    static void asRequest(byte[] msg) {
        Netlink.put16(msg, 6, Netlink.u16(msg, 6) | Netlink.NLM_F_REQUEST | Netlink.NLM_F_CREATE | Netlink.NLM_F_ACK);
    }
}
