package linnet.kernel.netfilter.xt;

import linnet.kernel.core.Iff;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ethernet;

/**
 * `-m mac --mac-source MAC` (xt_mac, mac_mt): the Ethernet source of a frame that arrived on an
 * Ethernet device, with its MAC header still in front of the data; anything else never matches
 * (not even inverted).
 */
public record MacMatch(long src, boolean invert) implements XtMatch {
    @Override
    public String name() { return "mac"; }

    /** PRE_ROUTING, LOCAL_IN, FORWARD: where a received frame still has its MAC header. */
    @Override
    public int hooks() { return (1 << 0) | (1 << 1) | (1 << 2); }

    @Override
    public boolean match(NfPacket p) {
        var skb = p.skb;
        if (skb.dev == null || skb.dev.type != Iff.ARPHRD_ETHER) return false;
        if (skb.macHeader < 0 || skb.macHeader + Ethernet.HLEN > skb.data) return false;
        return (Ethernet.src(skb.buf, skb.macHeader) == src) ^ invert;
    }
}
