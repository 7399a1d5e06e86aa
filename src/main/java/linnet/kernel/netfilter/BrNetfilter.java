package linnet.kernel.netfilter;

import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Ipv4;

/**
 * br_netfilter (net/bridge/br_netfilter_hooks.c): with net.bridge.bridge-nf-call-iptables=1,
 * bridged IPv4 frames go through the IPv4 PRE_ROUTING, FORWARD and POST_ROUTING hooks with the
 * bridge as in/out device and the ports as physdev, so iptables rules see bridged traffic.
 */
public final class BrNetfilter {
    private BrNetfilter() {}

    /** {@code brOpt}: the bridge's own nf_call_iptables (BROPT_NF_CALL_IPTABLES), which also turns it on. */
    private static boolean enabled(NetDevice br, SkBuff skb, boolean brOpt) {
        if (skb.protocol != Ethernet.P_IP) return false;
        NetfilterNet nn = NetfilterNet.of(br.net());
        if (nn == null || (nn.bridgeNfCallIptables.intValue() == 0 && !brOpt)) return false;
        // br_validate_ipv4: only well-formed IPv4 goes to the IP hooks.
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        return skb.len >= Ipv4.HLEN && Ipv4.version(b, o) == 4 && Ipv4.ihl(b, o) >= Ipv4.HLEN
                && Ipv4.totalLength(b, o) <= skb.len;
    }

    /** What {@link #preRouting} did with a frame: go on bridging it, it was dropped, or it was taken over. */
    public static final int CONTINUE = 0, DROP = 1, STOLEN = 2;

    /**
     * br_nf_pre_routing + br_nf_pre_routing_finish: on a frame entering port {@code port} of
     * bridge {@code br}. When DNAT changed the destination, the route decides: a destination
     * behind this same bridge is "bridged DNAT" (the frame goes to the new host's MAC through the
     * bridge's neighbour output and then on through the bridge, FORWARD once); any other is for
     * the IP layer (the bridge's MAC, PACKET_HOST); no route drops it.
     */
    public static int preRouting(NetDevice br, NetDevice port, SkBuff skb, boolean brOpt) {
        if (!enabled(br, skb, brOpt)) return CONTINUE;
        skb.physIn = port;
        int daddr = Ipv4.dst(skb.buf, skb.networkHeader);
        if (!Netfilter.run(Netfilter.PRE_ROUTING, skb, br, null)) return DROP;
        skb.brnfPrerouted = true;
        if (Ipv4.dst(skb.buf, skb.networkHeader) == daddr) return CONTINUE;
        NetfilterNet nn = NetfilterNet.of(br.net());
        int[] r = nn.ops.inputRoute(skb, br);
        if (r == null) return DROP;
        if (r[0] == br.ifindex()) {
            skb.bridgedDnat = true;
            skb.brnfSrcMac = Ethernet.src(skb.buf, skb.macHeader);
            nn.ops.neighOutput(skb, br, r[1]);
            return STOLEN;
        }
        Ethernet.setDst(skb.buf, skb.macHeader, br.addr);
        skb.pktType = SkBuff.PACKET_HOST;
        return CONTINUE;
    }

    /** br_nf_forward_ip + br_nf_post_routing for a frame leaving through {@code out}; false = dropped. */
    public static boolean forward(NetDevice br, NetDevice out, SkBuff skb, boolean brOpt) {
        if (!enabled(br, skb, brOpt) || skb.physIn == null) return true;
        skb.brnfPrerouted = false;
        skb.physOut = out;
        if (!Netfilter.run(Netfilter.FORWARD, skb, br, br)) return false;
        return Netfilter.run(Netfilter.POST_ROUTING, skb, null, br);
    }
}
