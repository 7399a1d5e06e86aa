package linnet.wire;

/** Big-endian primitive loads/stores; every header view is built on these. */
public final class Bytes {
    private Bytes() {}

    public static int u8(byte[] b, int off) {
        return b[off] & 0xff;
    }

    public static int u16(byte[] b, int off) {
        return (b[off] & 0xff) << 8 | (b[off + 1] & 0xff);
    }

    /** As a signed int: callers that need it unsigned use {@link #u32L}. */
    public static int u32(byte[] b, int off) {
        return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16
                | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
    }

    public static long u32L(byte[] b, int off) {
        return u32(b, off) & 0xffff_ffffL;
    }

    public static long u48(byte[] b, int off) {
        return (long) u16(b, off) << 32 | u32L(b, off + 2);
    }

    public static void put8(byte[] b, int off, int v) {
        b[off] = (byte) v;
    }

    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    public static void put32(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    public static void put48(byte[] b, int off, long v) {
        put16(b, off, (int) (v >>> 32));
        put32(b, off + 2, (int) v);
    }

    /** Throws if {@code need} bytes are not available; used by the Repr parsers only. */
    static void require(int len, int need, String what) {
        if (len < need) {
            throw new WireException(what + " truncated: " + len + " < " + need + " bytes");
        }
    }
}
