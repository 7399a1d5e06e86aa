package linnet.kernel.core;

import linnet.wire.Ethernet;
import linnet.wire.Mac;

/** Ethernet helpers of the core (net/ethernet/eth.c). */
public final class Eth {
    private Eth() {}

    /** eth_type_trans: classify by destination MAC, set the protocol, pull the header. */
    public static void typeTrans(SkBuff skb, NetDevice dev) {
        skb.dev = dev;
        skb.macHeader = skb.data;
        long dst = Ethernet.dst(skb.buf, skb.data);
        if (Mac.isMulticast(dst)) {
            skb.pktType = Mac.isBroadcast(dst) ? SkBuff.PACKET_BROADCAST : SkBuff.PACKET_MULTICAST;
        } else {
            skb.pktType = dst == dev.addr ? SkBuff.PACKET_HOST : SkBuff.PACKET_OTHERHOST;
        }
        skb.protocol = Ethernet.type(skb.buf, skb.data);
        // A value below ETH_P_802_3_MIN is an 802.3 length: raw IPX (0xFFFF next) or LLC.
        if (skb.protocol < 0x0600) {
            int o = skb.data + Ethernet.HLEN;
            boolean raw = skb.len >= Ethernet.HLEN + 2 && (skb.buf[o] & 0xff) == 0xff && (skb.buf[o + 1] & 0xff) == 0xff;
            skb.protocol = raw ? 0x0001 : 0x0004;
        }
        skb.pull(Ethernet.HLEN);
        skb.networkHeader = skb.data;
    }

    /** Writes an Ethernet header in front of the data. */
    public static void push(SkBuff skb, long dst, long src, int type) {
        int o = skb.push(Ethernet.HLEN);
        Ethernet.setDst(skb.buf, o, dst);
        Ethernet.setSrc(skb.buf, o, src);
        Ethernet.setType(skb.buf, o, type);
        skb.macHeader = o;
    }
}
