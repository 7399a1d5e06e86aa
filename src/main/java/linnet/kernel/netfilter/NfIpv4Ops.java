package linnet.kernel.netfilter;

import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * What netfilter needs from the IPv4 layer without depending on it (kernel.ipv4 depends on us):
 * sending ICMP errors and TCP resets for REJECT, address types for -m addrtype, the source
 * address MASQUERADE picks. Installed by kernel.ipv4 at start-up.
 */
public interface NfIpv4Ops {
    /** nf_send_unreach / icmp_send about {@code skb}. */
    void sendIcmpError(SkBuff skb, int type, int code, int hook);

    /** nf_send_reset: a TCP RST answering {@code skb}. */
    void sendTcpReset(SkBuff skb, int hook);

    /** inet_addr_type: RTN_* of {@code addr} in {@code net} (LOCAL, BROADCAST, UNICAST, ...). */
    int addrType(Net net, int addr, NetDevice dev);

    /** inet_select_addr for MASQUERADE: the address {@code out} uses toward {@code nexthop}, or 0. */
    int masqueradeSource(NetDevice out, int nexthop);

    /** nf_nat_redirect_ipv4: the first address of the receiving device (any scope), or 0. */
    int firstAddress(NetDevice in);

    /**
     * ip_route_input for br_nf_pre_routing_finish: where a frame entering bridge {@code br} goes
     * after DNAT: {dev ifindex, next hop}, or null when the route lookup fails.
     */
    int[] inputRoute(SkBuff skb, NetDevice br);

    /** neigh->output: {@code skb} (at its IP header) to {@code nexthop} on {@code dev}, resolving it first. */
    void neighOutput(SkBuff skb, NetDevice dev, int nexthop);

    /**
     * rpfilter_lookup_reverse: routes the packet's source back (from the loopback ifindex, with
     * {@code mark} and {@code tos}); true when the route is unicast (or local with
     * {@code acceptLocal}) and goes out of {@code in}, or {@code loose}.
     */
    default boolean rpfilterReverse(Net net, int saddr, int daddr, int mark, int tos, NetDevice in, boolean loose,
                                    boolean acceptLocal) {
        // an IPv4 layer without routes has no path back to anything
        return loose;
    }
}
