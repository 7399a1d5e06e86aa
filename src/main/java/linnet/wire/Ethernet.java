package linnet.wire;

/** Ethernet II header view: dst(6) src(6) ethertype(2). No 802.1Q; VLANs are not emulated here. */
public final class Ethernet {
    private Ethernet() {}

    public static final int HLEN = 14;
    public static final int P_IP = 0x0800, P_ARP = 0x0806, P_IPV6 = 0x86DD;

    public static long dst(byte[] b, int o) { return Bytes.u48(b, o); }
    public static long src(byte[] b, int o) { return Bytes.u48(b, o + 6); }
    public static int type(byte[] b, int o) { return Bytes.u16(b, o + 12); }

    public static void setDst(byte[] b, int o, long mac) { Bytes.put48(b, o, mac); }
    public static void setSrc(byte[] b, int o, long mac) { Bytes.put48(b, o + 6, mac); }
    public static void setType(byte[] b, int o, int type) { Bytes.put16(b, o + 12, type); }
}
