package linnet.kernel.netfilter.xt;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Inet4;
import linnet.wire.Ipv4;

/**
 * `-m pkttype [!] --pkt-type TYPE` (xt_pkttype, pkttype_mt): the link-layer class of the
 * packet; one that came back over loopback counts as multicast when its IPv4 destination is a
 * multicast group and as broadcast otherwise.
 */
public record PkttypeMatch(int pkttype, boolean invert) implements XtMatch {
    @Override
    public String name() { return "pkttype"; }

    @Override
    public boolean match(NfPacket p) {
        int type = p.skb.pktType;
        if (type == SkBuff.PACKET_LOOPBACK)
            type = Inet4.isMulticast(Ipv4.dst(p.buf(), p.ip())) ? SkBuff.PACKET_MULTICAST : SkBuff.PACKET_BROADCAST;
        return (type == pkttype) ^ invert;
    }
}
