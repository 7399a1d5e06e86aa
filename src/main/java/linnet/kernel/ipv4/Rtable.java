package linnet.kernel.ipv4;

import linnet.kernel.core.NetDevice;

/** A route decision for one packet (struct rtable): where it goes and through which device. */
public final class Rtable implements linnet.kernel.netfilter.Nat.NexthopAware {
    /** RTN_* type of the decision: UNICAST (out), LOCAL (deliver here), BROADCAST, ... */
    public int type;
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
    /** RTCF_DOREDIRECT: a forwarded packet leaves by the interface it arrived on, to an on-link sender. */
    public boolean redirect;
    /** RTCF_LOCAL on a unicast output route through a loopback device. */
    public boolean viaLoopback;
    /** Path MTU learned from ICMP (0 = use the device MTU). */
    public int pmtu;
    /** RTCF_REDIRECTED: the next hop comes from an accepted ICMP redirect. */
    public boolean redirected;

    @Override
    public int nexthop() { return gw != 0 ? gw : daddr; }

    public int mtu() {
        int m = dev.mtu;
        if (fib != null && fib.mtu != 0) m = fib.mtu;
        if (pmtu != 0 && pmtu < m) m = pmtu;
        return m;
    }
}
