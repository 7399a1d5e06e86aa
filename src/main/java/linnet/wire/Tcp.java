package linnet.wire;

/** TCP header view (RFC 9293). Sequence numbers are unsigned 32-bit, returned as {@code long}. */
public final class Tcp {
    private Tcp() {}

    public static final int HLEN = 20;
    public static final int FIN = 1, SYN = 2, RST = 4, PSH = 8, ACK = 16, URG = 32;
    /** RFC 3168 ECN flags, also in the flags byte. */
    public static final int ECE = 64, CWR = 128;

    public static int srcPort(byte[] b, int o) { return Bytes.u16(b, o); }
    public static int dstPort(byte[] b, int o) { return Bytes.u16(b, o + 2); }
    public static long seq(byte[] b, int o) { return Bytes.u32L(b, o + 4); }
    public static long ack(byte[] b, int o) { return Bytes.u32L(b, o + 8); }
    /** Header length in bytes, options included (the wire field counts 32-bit words). */
    public static int dataOffset(byte[] b, int o) { return (b[o + 12] & 0xf0) >>> 2; }
    /** The 8 flag bits FIN..CWR. */
    public static int flags(byte[] b, int o) { return Bytes.u8(b, o + 13); }
    public static int window(byte[] b, int o) { return Bytes.u16(b, o + 14); }
    public static int checksum(byte[] b, int o) { return Bytes.u16(b, o + 16); }
    public static int urgent(byte[] b, int o) { return Bytes.u16(b, o + 18); }

    public static void setSrcPort(byte[] b, int o, int p) { Bytes.put16(b, o, p); }
    public static void setDstPort(byte[] b, int o, int p) { Bytes.put16(b, o + 2, p); }
    public static void setSeq(byte[] b, int o, long seq) { Bytes.put32(b, o + 4, (int) seq); }
    public static void setAck(byte[] b, int o, long ack) { Bytes.put32(b, o + 8, (int) ack); }
    /** Header length in bytes (multiple of 4, 20..60); clears the reserved bits. */
    public static void setDataOffset(byte[] b, int o, int bytes) { b[o + 12] = (byte) ((bytes >>> 2) << 4); }
    public static void setFlags(byte[] b, int o, int flags) { Bytes.put8(b, o + 13, flags); }
    public static void setWindow(byte[] b, int o, int w) { Bytes.put16(b, o + 14, w); }
    public static void setChecksum(byte[] b, int o, int c) { Bytes.put16(b, o + 16, c); }
    public static void setUrgent(byte[] b, int o, int u) { Bytes.put16(b, o + 18, u); }

    /** Segment length comes from the IPv4 total length since TCP carries no length of its own. */
    public static void fillChecksum(byte[] b, int ipOff) {
        int o = ipOff + Ipv4.ihl(b, ipOff);
        setChecksum(b, o, 0);
        setChecksum(b, o, Checksum.fold(segmentSum(b, ipOff, o)));
    }

    public static boolean checksumOk(byte[] b, int ipOff) {
        return Checksum.fold(segmentSum(b, ipOff, ipOff + Ipv4.ihl(b, ipOff))) == 0;
    }

    private static int segmentSum(byte[] b, int ipOff, int o) {
        int len = Ipv4.totalLength(b, ipOff) - (o - ipOff);
        return Checksum.sum(b, o, len,
                Checksum.pseudoHeaderSum(Ipv4.src(b, ipOff), Ipv4.dst(b, ipOff), Ipv4.PROTO_TCP, len));
    }
}
