package linnet.kernel.ipv4;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.wire.Inet4;

/** Output and input route resolution (net/ipv4/route.c: ip_route_output_key, ip_route_input_slow). */
public final class Route {
    private Route() {}

    /**
     * ip_route_output_key_hash_rcu: where a locally generated packet to {@code daddr} goes, with the
     * optional source address and bound device. Errors are the ones connect()/sendmsg() return.
     */
    public static Rtable output(NetnsIpv4 ns, int daddr, int saddr, NetDevice oif) throws KernelException {
        return output(ns, Flowi4.output(daddr, saddr, oif == null ? 0 : oif.ifindex()), oif);
    }

    /** A socket's lookup: the flow carries its protocol and ports (host order). */
    public static Rtable output(NetnsIpv4 ns, int daddr, int saddr, NetDevice oif, int proto, int sport, int dport)
            throws KernelException {
        Flowi4 fl = Flowi4.output(daddr, saddr, oif == null ? 0 : oif.ifindex());
        fl.proto = proto;
        fl.sport = sport;
        fl.dport = dport;
        return output(ns, fl, oif);
    }

    /**
     * The same for a full flow (mark, uid, tos, protocol and ports, which policy rules may select
     * on); {@code oif} is the device of {@code fl.oif}.
     */
    public static Rtable output(NetnsIpv4 ns, Flowi4 fl, NetDevice oif) throws KernelException {
        if (ns.net.kernel.tracer == null) return lookupOutput(ns, fl, oif);
        try {
            return lookupOutput(ns, fl, oif);
        } catch (KernelException e) {
            ns.net.kernel.tracer.noPacket(ns.net, linnet.kernel.core.SkbTracer.Kind.ROUTE, "output: no route to "
                    + Inet4.format(fl.daddr) + (oif != null ? " (bound to " + oif.name() + ")" : "") + ": " + e.getMessage());
            throw e;
        }
    }

    /** ip_route_output_key_hash_rcu. */
    private static Rtable lookupOutput(NetnsIpv4 ns, Flowi4 fl, NetDevice oif) throws KernelException {
        int daddr = fl.daddr, saddr = fl.saddr;
        Rtable rt = new Rtable();
        rt.daddr = daddr;
        if (saddr != 0) {
            if (Inet4.isMulticast(saddr) || saddr == -1 || Inet4.isZeronet(saddr)) throw new KernelException(Errno.EINVAL);
            // "equivalent to inet_addr_type(saddr) == RTN_LOCAL": a foreign source has no route
            if (!Devinet.isLocal(ns, saddr)) throw new KernelException(Errno.ENETUNREACH);
        }
        if (oif != null) {
            if (!oif.isUp() || InDevice.of(oif) == null) throw new KernelException(Errno.ENETUNREACH);
            if (isLocalMulticast(daddr)) {
                // link-local groups go out of the bound device without a lookup
                rt.type = FibRoute.RTN_MULTICAST;
                rt.dev = oif;
                rt.saddr = saddr != 0 ? saddr : Devinet.selectAddr(oif, 0, InIfaddr.SCOPE_LINK);
                return rt;
            }
            if (daddr == -1) {
                rt.type = FibRoute.RTN_BROADCAST;
                rt.dev = oif;
                rt.saddr = saddr != 0 ? saddr : Devinet.selectAddr(oif, 0, InIfaddr.SCOPE_LINK);
                return rt;
            }
        }
        if (daddr == 0) {
            daddr = saddr != 0 ? saddr : Inet4.parse("127.0.0.1");
            rt.daddr = daddr;
            rt.type = FibRoute.RTN_LOCAL;
            rt.dev = loopback(ns);
            rt.saddr = saddr != 0 ? saddr : daddr;
            return rt;
        }
        Fib.Result res;
        try {
            fl.daddr = daddr;
            res = ns.fib.lookup(fl);
        } catch (KernelException e) {
            if (oif != null) {
                // Any failed lookup with a bound device: "assume the destination is on link".
                rt.type = Inet4.isMulticast(daddr) ? FibRoute.RTN_MULTICAST : FibRoute.RTN_UNICAST;
                rt.dev = oif;
                rt.saddr = saddr != 0 ? saddr : Devinet.selectAddr(oif, 0, InIfaddr.SCOPE_LINK);
                return rt;
            }
            throw e;
        }
        FibRoute r = res.route();
        rt.fib = r;
        rt.table = res.table();
        rt.type = r.type;
        if (r.type == FibRoute.RTN_LOCAL) {
            rt.saddr = saddr != 0 ? saddr : (r.prefsrc != 0 ? r.prefsrc : daddr);
            rt.dev = loopback(ns);
            // orig_oif = FIB_RES_OIF: the looped packet arrives "on" the local route's device
            rt.iif = r.dev != null ? r.dev.ifindex() : 0;
            return rt;
        }
        rt.dev = r.dev;
        // __mkroute_output: the limited broadcast address is a broadcast on whatever device the
        // route picked (RTCF_BROADCAST, so connect() wants SO_BROADCAST)
        if (daddr == 0xffffffff) rt.type = FibRoute.RTN_BROADCAST;
        // __mkroute_output: a unicast route out of a loopback device is delivered here (RTCF_LOCAL)
        if (r.dev != null && (r.dev.flags() & Iff.LOOPBACK) != 0) rt.viaLoopback = true;
        rt.gw = r.gw;
        if (saddr != 0) {
            rt.saddr = saddr;
        } else if (r.prefsrc != 0) {
            rt.saddr = r.prefsrc;
        } else {
            rt.saddr = Devinet.selectAddr(r.dev, r.gw != 0 ? r.gw : daddr, r.gw != 0 ? InIfaddr.SCOPE_LINK : r.scope);
        }
        if (Inet4.isLoopback(rt.saddr) && (rt.dev.flags() & Iff.LOOPBACK) == 0) throw new KernelException(Errno.EINVAL);
        // __mkroute_output: the destination's class overrides the route's type. A broadcast never
        // uses the route's next hop; a group only keeps it from a route of its own (a prefix of at
        // least /4), never from the default route ("Yes, it is hack").
        if (daddr == -1) {
            rt.type = FibRoute.RTN_BROADCAST;
            rt.gw = 0;
            rt.fib = null;
            return rt;
        }
        if (Inet4.isMulticast(daddr)) {
            rt.type = FibRoute.RTN_MULTICAST;
            if (r.dstLen < 4) {
                rt.gw = 0;
                rt.fib = null;
            }
            return rt;
        }
        // __mkroute_output -> rt_set_nexthop: an exception for this destination on the chosen next
        // hop (a learned MTU, a redirected gateway) shapes the route, which is cached in it. The
        // source was chosen from the route's own gateway before.
        FibNhException e = Fnhe.find(ns, r, daddr);
        if (e != null) Fnhe.bind(ns, e, rt, 0, true);
        return rt;
    }

    /** ipv4_is_local_multicast: 224.0.0.0/24. */
    static boolean isLocalMulticast(int a) { return (a & 0xffffff00) == 0xe0000000; }

    /**
     * ip_check_mc_rcu: whether the device is in the group. Every up IPv4 device is in all-hosts
     * (ip_mc_up); sockets joining groups are not emulated.
     */
    public static boolean mcJoined(NetDevice dev, int group) {
        return (group == 0xe0000001 || Igmp.joined(dev, group)) && dev.isUp() && InDevice.of(dev) != null;
    }

    static NetDevice loopback(NetnsIpv4 ns) { return ns.net.byIndex(1) != null && (ns.net.byIndex(1).flags() & Iff.LOOPBACK) != 0 ? ns.net.byIndex(1) : findLoopback(ns); }

    private static NetDevice findLoopback(NetnsIpv4 ns) {
        for (NetDevice d : ns.net.devices()) if ((d.flags() & Iff.LOOPBACK) != 0) return d;
        return null;
    }

    /** Input routing result codes (beyond a route): where ip_route_input_slow sends a packet. */
    public static final int IN_LOCAL = 1, IN_FORWARD = 2, IN_DROP = 3, IN_BROADCAST = 4;

    /**
     * ip_route_input_slow: local delivery, forwarding, or an error. Returns the decision; the
     * reason of an error decision is in the errno of the exception (as `ip route get ... iif` shows it).
     */
    public static Rtable input(NetnsIpv4 ns, int daddr, int saddr, NetDevice in) throws KernelException {
        return input(ns, daddr, saddr, in, 0, 0, 0, 0, 0);
    }

    /**
     * The same with the packet's mark, tos, protocol and ports (what fib4_rules_early_flow_dissect
     * gives the rules).
     */
    public static Rtable input(NetnsIpv4 ns, int daddr, int saddr, NetDevice in, int mark, int tos, int proto,
            int sport, int dport) throws KernelException {
        Rtable rt = new Rtable();
        rt.daddr = daddr;
        InDevice ind = InDevice.of(in);
        if (ind == null) throw new KernelException(Errno.EINVAL);
        if (Inet4.isMulticast(saddr) || saddr == -1) throw new KernelException(Errno.EINVAL);
        if (daddr == -1 || (saddr == 0 && daddr == 0)) {
            rt.type = FibRoute.RTN_BROADCAST;
            rt.dev = in;
            return rt;
        }
        if (Inet4.isMulticast(daddr)) {
            // ip_route_input_rcu: only a group the device is in is taken (no multicast forwarding
            // here); ip_mc_validate_source refuses a zero source but for link-local groups and IGMP.
            if (!mcJoined(in, daddr)) throw new KernelException(Errno.EINVAL);
            if (Inet4.isZeronet(saddr) && !isLocalMulticast(daddr) && proto != 2) throw new KernelException(Errno.EINVAL);
            rt.type = FibRoute.RTN_MULTICAST;
            rt.dev = in;
            return rt;
        }
        if (Inet4.isZeronet(saddr) || Inet4.isZeronet(daddr)) throw new KernelException(Errno.EINVAL);
        if ((Inet4.isLoopback(daddr) || Inet4.isLoopback(saddr)) && (in.flags() & Iff.LOOPBACK) == 0
                && (ind.conf.routeLocalnet() | ns.all.routeLocalnet()) == 0)
            throw new KernelException(Errno.EINVAL);
        Flowi4 fl = new Flowi4();
        fl.daddr = daddr;
        fl.saddr = saddr;
        fl.iif = in.ifindex();
        fl.mark = mark;
        fl.tos = tos;
        fl.proto = proto;
        fl.sport = sport;
        fl.dport = dport;
        Fib.Result res;
        try {
            res = ns.fib.lookup(fl);
        } catch (KernelException e) {
            // no_route: without forwarding on the ingress device every miss is EHOSTUNREACH
            if (!forwarding(ns, ind)) throw new KernelException(Errno.EHOSTUNREACH);
            throw e;
        }
        FibRoute r = res.route();
        rt.fib = r;
        rt.table = res.table();
        if (r.type == FibRoute.RTN_BROADCAST) {
            if (saddr != 0) validateSource(ns, fl, 0, in, ind);
            rt.type = FibRoute.RTN_BROADCAST;
            rt.dev = in;
            return rt;
        }
        if (r.type == FibRoute.RTN_LOCAL) {
            validateSource(ns, fl, 0, in, ind);
            rt.type = FibRoute.RTN_LOCAL;
            rt.dev = in;
            return rt;
        }
        if (!forwarding(ns, ind)) throw new KernelException(Errno.EHOSTUNREACH);
        if (r.type != FibRoute.RTN_UNICAST) throw new KernelException(Errno.EINVAL);
        rt.type = FibRoute.RTN_UNICAST;
        rt.dev = r.dev;
        rt.gw = r.gw;
        // __mkroute_input: the source check, and a redirect when the packet leaves by the device
        // it came in on toward a source that is directly on link (or the medium is shared).
        int direct = validateSource(ns, fl, r.dev.ifindex(), in, ind);
        if (r.dev == in && direct != 0 && FibValidate.txRedirects(ns, ind)
                && (FibValidate.sharedMedia(ns, ind) || onLink(ind, saddr, r.gw)))
            rt.redirect = true;
        // rt_set_nexthop: a forwarded packet follows the exceptions of its next hop too (a redirect
        // this router accepted), and the input route is cached in the exception.
        FibNhException e = Fnhe.find(ns, r, daddr);
        if (e != null) Fnhe.bind(ns, e, rt, in.ifindex(), true);
        return rt;
    }

    /**
     * The source check of an input route. A refused source makes the input route fail with a drop
     * reason (SKB_DROP_REASON_IP_RPFILTER / IP_INVALID_SOURCE) that reaches rtnetlink as EINVAL,
     * whatever errno the check itself gave.
     */
    private static int validateSource(NetnsIpv4 ns, Flowi4 fl, int oif, NetDevice in, InDevice ind)
            throws KernelException {
        // A packet looped back keeps the route it was sent with (skb_dst), so the kernel never
        // routes it on input; it is validated only here, where linnet does route it again.
        if ((in.flags() & Iff.LOOPBACK) != 0) return 0;
        try {
            return FibValidate.validateSource(ns, fl, oif, in, ind);
        } catch (KernelException e) {
            throw e.errno == Errno.EXDEV ? RPFILTER : new KernelException(Errno.EINVAL);
        }
    }

    /**
     * The failure of a source that reverse-path filtering refused (SKB_DROP_REASON_IP_RPFILTER):
     * EINVAL like any refused source, but ip_rcv_finish_core counts it (IPReversePathFilter).
     * Immutable and without a stack trace, so one instance serves.
     */
    static final KernelException RPFILTER = new KernelException(Errno.EINVAL);

    /** inet_addr_onlink: whether some address of the device has a subnet holding both addresses. */
    static boolean onLink(InDevice ind, int a, int b) {
        for (InIfaddr ifa : ind.addrs) {
            int m = ifa.mask();
            if (((a ^ ifa.address) & m) == 0 && (b == 0 || ((b ^ ifa.address) & m) == 0)) return true;
        }
        return false;
    }

    /** IN_DEV_FORWARD: the ingress interface's own forwarding switch decides. */
    static boolean forwarding(NetnsIpv4 ns, InDevice ind) { return ind.conf.forwarding() != 0; }
}
