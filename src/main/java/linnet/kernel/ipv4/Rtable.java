package linnet.kernel.ipv4;

import linnet.kernel.core.NetDevice;

/** A route decision for one packet (struct rtable): where it goes and through which device. */
public final class Rtable implements linnet.kernel.netfilter.Nat.NexthopAware, linnet.kernel.netfilter.DstMtu {
    /** RTN_* type of the decision: UNICAST (out), LOCAL (deliver here), BROADCAST, ... */
    public int type;
    /**
     * rt_iif: the interface the caller bound the flow to (orig_oif) for a route delivered through
     * the loopback device; inet_iif() of the looped packet is this device, so a socket bound to it
     * sees the packet (0: the receiving device counts).
     */
    public int iif;
    public NetDevice dev;
    /** Next hop: the gateway, or 0 for on-link destinations (then the destination itself). */
    public int gw;
    /** Source address chosen for locally generated packets. */
    public int saddr;
    public int daddr;
    /** The route it came from, or null for the "assume on-link" decision of a bound socket. */
    public FibRoute fib;
    /** The table the route was found in as the lookup reports it (0 = none, e.g. assumed on link). */
    public int table;
    /**
     * IPSKB_DOREDIRECT (the packet's flag, reported as RTCF_DOREDIRECT): a forwarded packet leaves by
     * the interface it arrived on, from a sender on that link, so ip_forward sends a redirect.
     */
    public boolean redirect;
    /** RTCF_LOCAL on a unicast output route through a loopback device. */
    public boolean viaLoopback;
    /** rt_pmtu: path MTU learned from ICMP (0 = use the device MTU), and whether it is locked (below min_pmtu). */
    public int pmtu;
    public boolean mtuLocked;
    /** dst.expires from the nexthop exception, virtual ns (0 = never). */
    public long expires;
    /** RTCF_REDIRECTED: the next hop comes from an accepted ICMP redirect. */
    public boolean redirected;

    @Override
    public int nexthop() { return gw != 0 ? gw : daddr; }

    /** The decision in `ip route get`'s words, with the route it came from (for a tracer). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        switch (type) {
            case FibRoute.RTN_LOCAL -> sb.append("local");
            case FibRoute.RTN_BROADCAST -> sb.append("broadcast");
            case FibRoute.RTN_MULTICAST -> sb.append("multicast");
            default -> { }
        }
        if (gw != 0) sb.append(sb.isEmpty() ? "" : " ").append("via ").append(linnet.wire.Inet4.format(gw));
        if (dev != null) sb.append(sb.isEmpty() ? "" : " ").append("dev ").append(dev.name());
        if (fib != null) {
            sb.append(" (route ").append(fib.dstLen == 0 && fib.type == FibRoute.RTN_UNICAST ? "default"
                    : linnet.wire.Inet4.format(fib.dst) + "/" + fib.dstLen);
            int t = table != 0 ? table : fib.table;
            sb.append(", table ").append(t == FibRoute.RT_TABLE_MAIN ? "main" : t == FibRoute.RT_TABLE_LOCAL ? "local"
                    : t == FibRoute.RT_TABLE_DEFAULT ? "default" : Integer.toString(t)).append(')');
        }
        return sb.toString();
    }

    /** IP_MAX_MTU: the largest IPv4 datagram. */
    public static final int IP_MAX_MTU = 0xFFFF;

    public int mtu() {
        int m = dev.mtu;
        if (fib != null && fib.mtu != 0) m = fib.mtu;
        if (pmtu != 0 && pmtu < m) m = pmtu;
        return Math.min(m, IP_MAX_MTU); // ipv4_mtu caps at the largest datagram
    }
}
