package linnet.wire;

/** IPv4 header view (RFC 791). Lengths and offsets are returned in bytes, not wire units. */
public final class Ipv4 {
    private Ipv4() {}

    public static final int HLEN = 20;
    public static final int PROTO_ICMP = 1, PROTO_TCP = 6, PROTO_UDP = 17;
    public static final int FLAG_DF = 0x4000, FLAG_MF = 0x2000;
    /** Mask of the fragment-offset bits in {@link #flagsFrag}. */
    public static final int OFFSET_MASK = 0x1fff;

    public static int version(byte[] b, int o) { return (b[o] & 0xff) >>> 4; }
    /** Header length in bytes (the wire field counts 32-bit words). */
    public static int ihl(byte[] b, int o) { return (b[o] & 0x0f) << 2; }
    public static int tos(byte[] b, int o) { return Bytes.u8(b, o + 1); }
    public static int totalLength(byte[] b, int o) { return Bytes.u16(b, o + 2); }
    public static int id(byte[] b, int o) { return Bytes.u16(b, o + 4); }
    public static int flagsFrag(byte[] b, int o) { return Bytes.u16(b, o + 6); }
    public static boolean dontFragment(byte[] b, int o) { return (flagsFrag(b, o) & FLAG_DF) != 0; }
    public static boolean moreFragments(byte[] b, int o) { return (flagsFrag(b, o) & FLAG_MF) != 0; }
    /** Fragment offset in bytes (the wire field counts 8-byte units). */
    public static int fragOffset(byte[] b, int o) { return (flagsFrag(b, o) & OFFSET_MASK) << 3; }
    /** True for any fragment, first or later, as the kernel's ip_is_fragment(). */
    public static boolean isFragment(byte[] b, int o) { return (flagsFrag(b, o) & (FLAG_MF | OFFSET_MASK)) != 0; }
    public static int ttl(byte[] b, int o) { return Bytes.u8(b, o + 8); }
    public static int protocol(byte[] b, int o) { return Bytes.u8(b, o + 9); }
    public static int checksum(byte[] b, int o) { return Bytes.u16(b, o + 10); }
    public static int src(byte[] b, int o) { return Bytes.u32(b, o + 12); }
    public static int dst(byte[] b, int o) { return Bytes.u32(b, o + 16); }

    /** Sets version 4 and the header length, given in bytes (a multiple of 4, 20..60). */
    public static void setVersionIhl(byte[] b, int o, int ihlBytes) { b[o] = (byte) (0x40 | (ihlBytes >>> 2 & 0x0f)); }
    public static void setTos(byte[] b, int o, int tos) { Bytes.put8(b, o + 1, tos); }
    public static void setTotalLength(byte[] b, int o, int len) { Bytes.put16(b, o + 2, len); }
    public static void setId(byte[] b, int o, int id) { Bytes.put16(b, o + 4, id); }
    public static void setFlagsFrag(byte[] b, int o, int v) { Bytes.put16(b, o + 6, v); }
    public static void setTtl(byte[] b, int o, int ttl) { Bytes.put8(b, o + 8, ttl); }
    public static void setProtocol(byte[] b, int o, int p) { Bytes.put8(b, o + 9, p); }
    public static void setChecksum(byte[] b, int o, int c) { Bytes.put16(b, o + 10, c); }
    public static void setSrc(byte[] b, int o, int addr) { Bytes.put32(b, o + 12, addr); }
    public static void setDst(byte[] b, int o, int addr) { Bytes.put32(b, o + 16, addr); }

    /** Recomputes the header checksum over {@link #ihl} bytes, options included. */
    public static void fillChecksum(byte[] b, int o) {
        setChecksum(b, o, 0);
        setChecksum(b, o, Checksum.compute(b, o, ihl(b, o)));
    }

    /** A correct header (including its checksum field) sums to 0xffff, i.e. folds to 0. */
    public static boolean checksumOk(byte[] b, int o) {
        return Checksum.compute(b, o, ihl(b, o)) == 0;
    }

    /**
     * Decrements the TTL and patches the checksum for the changed TTL/protocol word, as the
     * kernel's ip_decrease_ttl() does on forwarding; a full recompute per hop would be wasteful.
     * The caller checks ttl > 1 first (TTL 0 would wrap to 255).
     */
    public static void decTtl(byte[] b, int o) {
        int oldWord = Bytes.u16(b, o + 8);
        int newWord = oldWord - 0x0100 & 0xffff;
        Bytes.put16(b, o + 8, newWord);
        setChecksum(b, o, Checksum.update16(checksum(b, o), oldWord, newWord));
    }
}
