package linnet.wire;

/**
 * The Internet checksum (RFC 1071) and its incremental update (RFC 1624).
 *
 * <p>Partial sums are plain {@code int}s holding an unsigned one's-complement accumulator; they
 * can be chained through the {@code initial} argument and are only complemented by {@link #fold}.
 */
public final class Checksum {
    private Checksum() {}

    /**
     * Adds {@code len} bytes as big-endian 16-bit words to {@code initial}. An odd trailing byte is
     * the high half of a zero-padded word. The result has its carries folded back in, so it is in
     * 0..0xffff and can be fed into another call or into {@link #fold} without overflow.
     */
    public static int sum(byte[] b, int off, int len, int initial) {
        // A long cannot overflow for any array Java can hold, so carries are folded once at the end.
        long s = initial & 0xffff_ffffL;
        int end = off + (len & ~1);
        for (int i = off; i < end; i += 2) {
            s += (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            s += (b[end] & 0xff) << 8;
        }
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) s;
    }

    /** Folds a 32-bit accumulator to 16 bits and complements it: the value to store in a header. */
    public static int fold(int sum) {
        int s = (sum & 0xffff) + (sum >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return ~s & 0xffff;
    }

    public static int compute(byte[] b, int off, int len) {
        return fold(sum(b, off, len, 0));
    }

    /** Uncomplemented sum of the TCP/UDP IPv4 pseudo header (RFC 793/768); chain into {@link #sum}. */
    public static int pseudoHeaderSum(int src, int dst, int protocol, int len) {
        long s = (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff)
                + (protocol & 0xff) + (len & 0xffff);
        s = (s & 0xffff) + (s >>> 16);
        return (int) s;
    }

    /**
     * RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m'). Used instead of RFC 1141's HC + m + ~m', which
     * gets the -0/+0 case wrong. The result may still differ from a full recompute only as 0x0000
     * vs 0xffff (the two one's-complement zeros); either verifies, see the property tests.
     */
    public static int update16(int oldCheck, int oldVal16, int newVal16) {
        int s = (~oldCheck & 0xffff) + (~oldVal16 & 0xffff) + (newVal16 & 0xffff);
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return ~s & 0xffff;
    }

    /** {@link #update16} for a 32-bit field (e.g. an IPv4 address), as two 16-bit words. */
    public static int update32(int oldCheck, int oldVal32, int newVal32) {
        int s = (~oldCheck & 0xffff)
                + (~oldVal32 >>> 16 & 0xffff) + (~oldVal32 & 0xffff)
                + (newVal32 >>> 16) + (newVal32 & 0xffff);
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return ~s & 0xffff;
    }
}
