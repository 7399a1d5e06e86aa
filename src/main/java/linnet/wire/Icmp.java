package linnet.wire;

/** ICMPv4 header view (RFC 792). Bytes 4..7 are type dependent; accessors for each use exist. */
public final class Icmp {
    private Icmp() {}

    public static final int HLEN = 8;

    public static final int ECHO_REPLY = 0, DEST_UNREACH = 3, SOURCE_QUENCH = 4, REDIRECT = 5,
            ECHO_REQUEST = 8, TIME_EXCEEDED = 11, PARAMETER_PROB = 12;

    // Codes for DEST_UNREACH, named as in linux/icmp.h.
    public static final int NET_UNREACH = 0, HOST_UNREACH = 1, PROT_UNREACH = 2, PORT_UNREACH = 3,
            FRAG_NEEDED = 4, SR_FAILED = 5, NET_UNKNOWN = 6, HOST_UNKNOWN = 7, HOST_ISOLATED = 8,
            NET_ANO = 9, HOST_ANO = 10, NET_UNR_TOS = 11, HOST_UNR_TOS = 12, PKT_FILTERED = 13,
            PREC_VIOLATION = 14, PREC_CUTOFF = 15;

    // Codes for TIME_EXCEEDED.
    public static final int EXC_TTL = 0, EXC_FRAGTIME = 1;

    public static int type(byte[] b, int o) { return Bytes.u8(b, o); }
    public static int code(byte[] b, int o) { return Bytes.u8(b, o + 1); }
    public static int checksum(byte[] b, int o) { return Bytes.u16(b, o + 2); }
    /** Echo identifier. */
    public static int id(byte[] b, int o) { return Bytes.u16(b, o + 4); }
    /** Echo sequence number. */
    public static int seq(byte[] b, int o) { return Bytes.u16(b, o + 6); }
    /** Next-hop MTU of DEST_UNREACH/FRAG_NEEDED (RFC 1191); shares bytes 6..7 with seq. */
    public static int mtu(byte[] b, int o) { return Bytes.u16(b, o + 6); }
    /** Gateway address of REDIRECT; shares bytes 4..7 with id/seq. */
    public static int gateway(byte[] b, int o) { return Bytes.u32(b, o + 4); }
    /** Whole "rest of header" word, e.g. to zero it for errors that leave it unused. */
    public static int restOfHeader(byte[] b, int o) { return Bytes.u32(b, o + 4); }

    public static void setType(byte[] b, int o, int t) { Bytes.put8(b, o, t); }
    public static void setCode(byte[] b, int o, int c) { Bytes.put8(b, o + 1, c); }
    public static void setChecksum(byte[] b, int o, int c) { Bytes.put16(b, o + 2, c); }
    public static void setId(byte[] b, int o, int id) { Bytes.put16(b, o + 4, id); }
    public static void setSeq(byte[] b, int o, int seq) { Bytes.put16(b, o + 6, seq); }
    public static void setMtu(byte[] b, int o, int mtu) { Bytes.put16(b, o + 6, mtu); }
    public static void setGateway(byte[] b, int o, int addr) { Bytes.put32(b, o + 4, addr); }
    public static void setRestOfHeader(byte[] b, int o, int v) { Bytes.put32(b, o + 4, v); }

    /** ICMP checksums cover the whole message and have no pseudo header. */
    public static void fillChecksum(byte[] b, int off, int len) {
        setChecksum(b, off, 0);
        setChecksum(b, off, Checksum.compute(b, off, len));
    }

    public static boolean checksumOk(byte[] b, int off, int len) {
        return Checksum.compute(b, off, len) == 0;
    }
}
