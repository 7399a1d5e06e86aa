package linnet.wire;

/** ARP view (RFC 826), restricted to Ethernet/IPv4 so the field offsets are fixed. */
public final class Arp {
    private Arp() {}

    public static final int LEN = 28;
    public static final int OP_REQUEST = 1, OP_REPLY = 2;
    public static final int HTYPE_ETHER = 1;

    public static int htype(byte[] b, int o) { return Bytes.u16(b, o); }
    public static int ptype(byte[] b, int o) { return Bytes.u16(b, o + 2); }
    public static int hlen(byte[] b, int o) { return Bytes.u8(b, o + 4); }
    public static int plen(byte[] b, int o) { return Bytes.u8(b, o + 5); }
    public static int op(byte[] b, int o) { return Bytes.u16(b, o + 6); }
    public static long sha(byte[] b, int o) { return Bytes.u48(b, o + 8); }
    public static int spa(byte[] b, int o) { return Bytes.u32(b, o + 14); }
    public static long tha(byte[] b, int o) { return Bytes.u48(b, o + 18); }
    public static int tpa(byte[] b, int o) { return Bytes.u32(b, o + 24); }

    /** The other accessors are only meaningful when this holds. */
    public static boolean isEthernetIpv4(byte[] b, int o) {
        return htype(b, o) == HTYPE_ETHER && ptype(b, o) == Ethernet.P_IP
                && hlen(b, o) == 6 && plen(b, o) == 4;
    }

    /** Writes htype/ptype/hlen/plen for Ethernet/IPv4. */
    public static void setEthernetIpv4(byte[] b, int o) {
        Bytes.put16(b, o, HTYPE_ETHER);
        Bytes.put16(b, o + 2, Ethernet.P_IP);
        b[o + 4] = 6;
        b[o + 5] = 4;
    }

    public static void setOp(byte[] b, int o, int op) { Bytes.put16(b, o + 6, op); }
    public static void setSha(byte[] b, int o, long mac) { Bytes.put48(b, o + 8, mac); }
    public static void setSpa(byte[] b, int o, int addr) { Bytes.put32(b, o + 14, addr); }
    public static void setTha(byte[] b, int o, long mac) { Bytes.put48(b, o + 18, mac); }
    public static void setTpa(byte[] b, int o, int addr) { Bytes.put32(b, o + 24, addr); }
}
