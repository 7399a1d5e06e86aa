package linnet.wire;

/** IPv6 fixed header view (RFC 8200): 40 bytes, addresses at 8 and 24. */
public final class Ipv6 {
    private Ipv6() {}

    public static final int HLEN = 40;
    public static final int NEXTHDR_ICMP = 58, NEXTHDR_NONE = 59, NEXTHDR_UDP = 17, NEXTHDR_TCP = 6;
    public static final int SRC = 8, DST = 24;

    public static int version(byte[] b, int o) { return Bytes.u8(b, o) >>> 4; }
    public static int trafficClass(byte[] b, int o) { return (Bytes.u16(b, o) >>> 4) & 0xff; }
    public static int flowLabel(byte[] b, int o) { return Bytes.u32(b, o) & 0xfffff; }
    public static int payloadLength(byte[] b, int o) { return Bytes.u16(b, o + 4); }
    public static int nextHeader(byte[] b, int o) { return Bytes.u8(b, o + 6); }
    public static int hopLimit(byte[] b, int o) { return Bytes.u8(b, o + 7); }
    public static byte[] src(byte[] b, int o) { return Inet6.read(b, o + SRC); }
    public static byte[] dst(byte[] b, int o) { return Inet6.read(b, o + DST); }

    /** Version 6, the traffic class and flow label in the first word. */
    public static void setVersionClassFlow(byte[] b, int o, int tclass, int flow) {
        Bytes.put32(b, o, (6 << 28) | ((tclass & 0xff) << 20) | (flow & 0xfffff));
    }
    public static void setPayloadLength(byte[] b, int o, int len) { Bytes.put16(b, o + 4, len); }
    public static void setNextHeader(byte[] b, int o, int nh) { Bytes.put8(b, o + 6, nh); }
    public static void setHopLimit(byte[] b, int o, int hl) { Bytes.put8(b, o + 7, hl); }
    public static void setSrc(byte[] b, int o, byte[] a) { Inet6.write(b, o + SRC, a); }
    public static void setDst(byte[] b, int o, byte[] a) { Inet6.write(b, o + DST, a); }

    /** Writes a whole fixed header. */
    public static void emit(byte[] b, int o, int payloadLen, int nextHeader, int hopLimit, byte[] src, byte[] dst) {
        setVersionClassFlow(b, o, 0, 0);
        setPayloadLength(b, o, payloadLen);
        setNextHeader(b, o, nextHeader);
        setHopLimit(b, o, hopLimit);
        setSrc(b, o, src);
        setDst(b, o, dst);
    }

    /** The RFC 8200 8.1 pseudo-header sum for an upper-layer checksum. */
    public static int pseudoHeaderSum(byte[] b, int ipOff, int upperLen, int nextHeader) {
        int s = Checksum.sum(b, ipOff + SRC, 32, 0);
        s += (upperLen >>> 16) + (upperLen & 0xffff);
        s += nextHeader;
        return s;
    }
}
