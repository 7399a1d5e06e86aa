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
