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

    /** br_nf_pre_routing: on a frame entering port {@code port} of bridge {@code br}; false = dropped. */
    public static boolean preRouting(NetDevice br, NetDevice port, SkBuff skb, boolean brOpt) {
        if (!enabled(br, skb, brOpt)) return true;
        skb.physIn = port;
        boolean ok = Netfilter.run(Netfilter.PRE_ROUTING, skb, br, null);
        if (ok) skb.brnfPrerouted = true;
        return ok;
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
