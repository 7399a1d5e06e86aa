package linnet.wire;

/**
 * ICMPv6 header view (RFC 4443) with the neighbour-discovery messages it carries (RFC 4861):
 * echo id/seq at 4..7, NS/NA target at 8..23, options (type, length in 8-byte units) after it.
 * The checksum covers the IPv6 pseudo-header.
 */
public final class Icmpv6 {
    private Icmpv6() {}

    public static final int HLEN = 8;
    public static final int DEST_UNREACH = 1, PKT_TOOBIG = 2, TIME_EXCEED = 3, PARAMPROB = 4,
            ECHO_REQUEST = 128, ECHO_REPLY = 129, ROUTER_SOLICIT = 133, ROUTER_ADVERT = 134,
            NEIGHBOUR_SOLICIT = 135, NEIGHBOUR_ADVERT = 136, REDIRECT = 137;
    /** DEST_UNREACH codes. */
    public static final int NOROUTE = 0, ADM_PROHIBITED = 1, NOT_NEIGHBOUR = 2, ADDR_UNREACH = 3, PORT_UNREACH = 4;
    /** NA flags (first byte of the reserved word). */
    public static final int NA_ROUTER = 0x80, NA_SOLICITED = 0x40, NA_OVERRIDE = 0x20;
    /** ND option types. */
    public static final int OPT_SOURCE_LL = 1, OPT_TARGET_LL = 2;
    /** NS/NA: header + target address. */
    public static final int ND_LEN = 24;
    /** A link-layer address option for Ethernet: 8 bytes. */
    public static final int OPT_LL_LEN = 8;

    public static int type(byte[] b, int o) { return Bytes.u8(b, o); }
    public static int code(byte[] b, int o) { return Bytes.u8(b, o + 1); }
    public static int checksum(byte[] b, int o) { return Bytes.u16(b, o + 2); }
    public static int id(byte[] b, int o) { return Bytes.u16(b, o + 4); }
    public static int seq(byte[] b, int o) { return Bytes.u16(b, o + 6); }
    public static int naFlags(byte[] b, int o) { return Bytes.u8(b, o + 4); }
    public static byte[] target(byte[] b, int o) { return Inet6.read(b, o + 8); }

    public static void setType(byte[] b, int o, int t) { Bytes.put8(b, o, t); }
    public static void setCode(byte[] b, int o, int c) { Bytes.put8(b, o + 1, c); }
    public static void setChecksum(byte[] b, int o, int c) { Bytes.put16(b, o + 2, c); }
    public static void setId(byte[] b, int o, int id) { Bytes.put16(b, o + 4, id); }
    public static void setSeq(byte[] b, int o, int seq) { Bytes.put16(b, o + 6, seq); }
    public static void setNaFlags(byte[] b, int o, int f) { Bytes.put32(b, o + 4, (f & 0xff) << 24); }
    public static void setTarget(byte[] b, int o, byte[] a) { Inet6.write(b, o + 8, a); }

    /**
     * The link-layer address of the first option of {@code optType} in the options from
     * {@code off} to {@code end}, or -1 if there is none (or an option is malformed).
     */
    public static long llOption(byte[] b, int off, int end, int optType) {
        while (off + 2 <= end) {
            int len = Bytes.u8(b, off + 1) * 8;
            if (len == 0 || off + len > end) return -1;
            if (Bytes.u8(b, off) == optType && len >= 8) return Bytes.u48(b, off + 2);
            off += len;
        }
        return -1;
    }

    /** Writes a source/target link-layer address option (8 bytes). */
    public static void putLlOption(byte[] b, int off, int optType, long mac) {
        Bytes.put8(b, off, optType);
        Bytes.put8(b, off + 1, 1);
        Bytes.put48(b, off + 2, mac);
    }

    /** Fills the checksum of the ICMPv6 message at {@code off} inside the IPv6 packet at {@code ipOff}. */
    public static void fillChecksum(byte[] b, int ipOff, int off, int len) {
        setChecksum(b, off, 0);
        int s = Checksum.sum(b, off, len, Ipv6.pseudoHeaderSum(b, ipOff, len, Ipv6.NEXTHDR_ICMP));
        setChecksum(b, off, Checksum.fold(s));
    }

    public static boolean checksumOk(byte[] b, int ipOff, int off, int len) {
        int s = Checksum.sum(b, off, len, Ipv6.pseudoHeaderSum(b, ipOff, len, Ipv6.NEXTHDR_ICMP));
        return Checksum.fold(s) == 0;
    }
}
