package linnet.wire;

/** UDP header view (RFC 768). */
public final class Udp {
    private Udp() {}

    public static final int HLEN = 8;

    public static int srcPort(byte[] b, int o) { return Bytes.u16(b, o); }
    public static int dstPort(byte[] b, int o) { return Bytes.u16(b, o + 2); }
    /** Header plus payload, in bytes. */
    public static int length(byte[] b, int o) { return Bytes.u16(b, o + 4); }
    public static int checksum(byte[] b, int o) { return Bytes.u16(b, o + 6); }

    public static void setSrcPort(byte[] b, int o, int p) { Bytes.put16(b, o, p); }
    public static void setDstPort(byte[] b, int o, int p) { Bytes.put16(b, o + 2, p); }
    public static void setLength(byte[] b, int o, int len) { Bytes.put16(b, o + 4, len); }
    public static void setChecksum(byte[] b, int o, int c) { Bytes.put16(b, o + 6, c); }

    /**
     * Fills the checksum of the UDP datagram that follows the IPv4 header at {@code ipOff}, over
     * the pseudo header and {@link #length} bytes. A computed 0 is sent as 0xffff because 0 on
     * the wire means "no checksum" (RFC 768).
     */
    public static void fillChecksum(byte[] b, int ipOff) {
        int o = ipOff + Ipv4.ihl(b, ipOff);
        int len = length(b, o);
        setChecksum(b, o, 0);
        int c = Checksum.fold(Checksum.sum(b, o, len,
                Checksum.pseudoHeaderSum(Ipv4.src(b, ipOff), Ipv4.dst(b, ipOff), Ipv4.PROTO_UDP, len)));
        setChecksum(b, o, c == 0 ? 0xffff : c);
    }

    /** True if the checksum verifies or is absent (0), as udp4_csum_init() accepts. */
    public static boolean checksumOk(byte[] b, int ipOff) {
        int o = ipOff + Ipv4.ihl(b, ipOff);
        if (checksum(b, o) == 0) return true;
        int len = length(b, o);
        return Checksum.fold(Checksum.sum(b, o, len,
                Checksum.pseudoHeaderSum(Ipv4.src(b, ipOff), Ipv4.dst(b, ipOff), Ipv4.PROTO_UDP, len))) == 0;
    }
}
