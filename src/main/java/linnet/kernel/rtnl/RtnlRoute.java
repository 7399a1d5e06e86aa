package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.Devinet;
import linnet.kernel.ipv4.Fib;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.ipv4.FibTable;
import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.ipv4.NetnsIpv4;
import linnet.kernel.ipv4.Rtable;
import linnet.kernel.ipv4.Route;

/** The rtnetlink door for IPv4 routes (inet_rtm_newroute, inet_rtm_delroute, inet_rtm_getroute, dumps). */
public final class RtnlRoute {
    private RtnlRoute() {}

    static RouteInfo info(FibRoute r) {
        return new RouteInfo(r.table, r.type, r.dst, r.dstLen, r.tos, r.priority, r.protocol, r.scope, r.prefsrc, r.gw,
                r.dev == null ? 0 : r.dev.ifindex(), r.nhFlags, r.mtu, r.mtuLock, 0, r.metrics.clone(), r.metricLocks);
    }

    /**
     * A dump of one table ({@code table} > 0) or of all ({@code table} 0). Asking for a table that
     * does not exist fails as the kernel's strict dump does.
     */
    public static List<RouteInfo> dump(Net net, int table) throws KernelException {
        Fib fib = NetnsIpv4.of(net).fib;
        List<RouteInfo> out = new ArrayList<>();
        if (table != 0) {
            FibTable t = fib.table(table);
            if (t == null) throw new KernelException(Errno.ENOENT, "ipv4: FIB table does not exist.");
            for (FibRoute r : t.routes()) out.add(info(r));
            return out;
        }
        // A full dump walks tables by their hash slot: main (254) before local (255), others by id.
        for (FibTable t : fib.tables()) for (FibRoute r : t.routes()) out.add(info(r));
        return out;
    }

    /** fib_create_info + fib_check_nh, then fib_table_insert. The table is created first, as Linux does. */
    public static void add(Net net, RouteRequest q, int nlFlags) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        int table = q.table() == 0 ? FibRoute.RT_TABLE_MAIN : q.table();
        FibRoute r = new FibRoute();
        r.table = table;
        r.type = q.type();
        r.dst = q.dst();
        r.dstLen = q.dstLen();
        r.tos = q.tos();
        r.priority = q.priority();
        r.protocol = q.protocol();
        r.scope = q.scope();
        r.prefsrc = q.prefsrc();
        r.gw = q.gw();
        r.mtu = q.mtu();
        r.mtuLock = q.mtuLock();
        if (q.metrics() != null) {
            // ip_metrics_convert: a hop limit above 255 is clamped.
            for (int i = 3; i <= FibRoute.RTAX_MAX; i++) r.metrics[i] = q.metrics()[i];
            if (Integer.compareUnsigned(r.metrics[FibRoute.RTAX_HOPLIMIT], 255) > 0) r.metrics[FibRoute.RTAX_HOPLIMIT] = 255;
        }
        r.metricLocks = q.metricLocks() & ~(1 << FibRoute.RTAX_MTU);
        if (q.dstLen() > 0 && (q.dst() & ~r.mask()) != 0)
            throw new KernelException(Errno.EINVAL, "Invalid prefix for given prefix length");
        NetDevice dev = null;
        if (q.dev() != null) dev = Rtnl.dev(net, q.dev());
        ns.fib.newTable(table);
        boolean needsNh = r.type == FibRoute.RTN_UNICAST || r.type == FibRoute.RTN_LOCAL
                || r.type == FibRoute.RTN_BROADCAST || r.type == FibRoute.RTN_MULTICAST || r.type == FibRoute.RTN_ANYCAST;
        if (!needsNh) {
            // fib_create_info: the error types (blackhole, unreachable, prohibit, throw) carry no
            // nexthop; their flags (onlink) are kept as given.
            boolean errorType = r.type >= FibRoute.RTN_BLACKHOLE && r.type <= FibRoute.RTN_THROW;
            if (errorType && (r.gw != 0 || dev != null))
                throw new KernelException(Errno.EINVAL, "Gateway, device and multipath can not be specified for this route type");
            if (q.onlink()) r.nhFlags |= FibRoute.RTNH_F_ONLINK;
            r.dev = dev;
        } else if (r.gw != 0) {
            if (r.scope == InIfaddr.SCOPE_HOST)
                throw new KernelException(Errno.EINVAL, "Route with host scope can not have a gateway");
            if (q.onlink()) {
                if (dev == null) throw new KernelException(Errno.EINVAL, "Nexthop device required for onlink");
                if (!dev.isUp()) throw new KernelException(Errno.ENETDOWN, "Nexthop device is not up");
                r.nhFlags |= FibRoute.RTNH_F_ONLINK;
                r.dev = dev;
            } else {
                FibRoute via = gatewayRoute(ns, table, r.gw, Math.max(r.scope + 1, InIfaddr.SCOPE_LINK),
                        dev == null ? 0 : dev.ifindex());
                // fib_check_nh_v4_gw: no route at all is fib_lookup's ENETUNREACH (what route(8)
                // prints); a route of the wrong type is EINVAL. Both carry the same extack.
                if (via == null) throw new KernelException(Errno.ENETUNREACH, "Nexthop has invalid gateway");
                if (via.type != FibRoute.RTN_UNICAST && via.type != FibRoute.RTN_LOCAL)
                    throw new KernelException(Errno.EINVAL, "Nexthop has invalid gateway");
                r.dev = via.dev;
                if (r.dev == null) throw new KernelException(Errno.ENODEV, "No egress device for nexthop gateway");
                // the gateway's device is down: a bare ENETDOWN, no extack (unlike onlink's check)
                if (!r.dev.isUp()) throw new KernelException(Errno.ENETDOWN);
            }
        } else {
            // fib_check_nh_nongw: onlink means nothing without a gateway and is refused first; no
            // device given is inetdev_by_index(0) failing, a bare ENODEV.
            if (q.onlink())
                throw new KernelException(Errno.EINVAL, "Invalid flags for nexthop - PERVASIVE and ONLINK can not be set");
            if (dev == null) throw new KernelException(Errno.ENODEV);
            if (linnet.kernel.ipv4.InDevice.of(dev) == null) throw new KernelException(Errno.ENODEV);
            if (!dev.isUp()) throw new KernelException(Errno.ENETDOWN, "Device for nexthop is not up");
            r.dev = dev;
        }
        if (r.dev != null && !r.dev.carrierOk() && r.type == FibRoute.RTN_UNICAST) r.nhFlags |= FibRoute.RTNH_F_LINKDOWN;
        if (r.prefsrc != 0 && !Devinet.isLocal(ns, r.prefsrc) && r.type != FibRoute.RTN_LOCAL)
            throw new KernelException(Errno.EINVAL, "Invalid prefsrc address");
        ns.fib.insert(r, nlFlags);
    }

    /**
     * The route a gateway is reached by: the given table first (unless it is main), else a full
     * fib_lookup, in which main and local act as one table (so an own address is a valid gateway).
     */
    private static FibRoute gatewayRoute(NetnsIpv4 ns, int table, int gw, int minScope, int oif) {
        if (table != FibRoute.RT_TABLE_MAIN) {
            FibTable t = ns.fib.table(table);
            FibRoute r = t == null ? null : t.lookup(gw, minScope, oif);
            if (r != null) return r;
        }
        for (int id : new int[] {FibRoute.RT_TABLE_LOCAL, FibRoute.RT_TABLE_MAIN, FibRoute.RT_TABLE_DEFAULT}) {
            FibTable t = ns.fib.table(id);
            FibRoute r = t == null ? null : t.lookup(gw, minScope, oif);
            if (r != null) return r;
        }
        return null;
    }

    /** inet_rtm_delroute. */
    public static void delete(Net net, RouteRequest q) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        FibRoute r = new FibRoute();
        r.table = q.table() == 0 ? FibRoute.RT_TABLE_MAIN : q.table();
        r.type = q.type();
        r.dst = q.dst();
        r.dstLen = q.dstLen();
        r.tos = q.tos();
        r.priority = q.priority();
        r.protocol = q.protocol();
        r.scope = q.scope();
        r.prefsrc = q.prefsrc();
        r.gw = q.gw();
        if (q.dev() != null) r.dev = Rtnl.dev(net, q.dev());
        ns.fib.delete(r, q.typeGiven(), q.scopeGiven(), q.protocolGiven(), q.priorityGiven());
    }

    /** Removes the given routes (what `ip route flush` does: a dump, then one delete each). */
    public static int flush(Net net, List<RouteInfo> routes) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        int n = 0;
        for (RouteInfo ri : routes) {
            FibTable t = ns.fib.table(ri.table());
            if (t == null) continue;
            for (FibRoute r : new ArrayList<>(t.routes())) {
                if (r.dst == ri.dst() && r.dstLen == ri.dstLen() && r.type == ri.type() && r.priority == ri.priority()
                        && r.gw == ri.gw() && (r.dev == null ? 0 : r.dev.ifindex()) == ri.oif()) {
                    t.routes().remove(r);
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * The result of RTM_GETROUTE: a route decision described as a route. {@code src} is the chosen
     * source (RTA_PREFSRC), {@code reqSrc} the one asked for (RTA_SRC, 0 if none); {@code mtu} a learned
     * path MTU (shown only while its exception lives), {@code expires} the exception's remaining
     * life in clock ticks (USER_HZ, 0 = none); {@code metricMtu}/{@code metricMtuLock} the route's own
     * RTAX_MTU metric (the lock also set by a locked learned MTU); {@code cacheFlags} the RTCF_* bits.
     */
    public record Decision(int type, int dst, int src, int gw, int oif, int iif, int table, int mtu, int expires,
            int reqSrc, int metricMtu, boolean metricMtuLock, int[] metrics, int metricLocks, int mark, long uid,
            int cacheFlags) {}

    /** RTCF_* route cache flags as rt_fill_info reports them (linux/in_route.h). */
    public static final int RTCF_REDIRECTED = 0x00040000, RTCF_DOREDIRECT = 0x01000000, RTCF_BROADCAST = 0x10000000,
            RTCF_MULTICAST = 0x20000000,
            RTCF_LOCAL = 0x80000000;

    /** jiffies_delta_to_clock_t of what is left of {@code expires} (0 once it is due). */
    private static int expiresTicks(Net net, long expires) {
        if (expires == 0) return 0;
        long left = expires - net.kernel.loop.now();
        return left <= 0 ? 0 : (int) (left / 10_000_000L);
    }

    /**
     * A dump with RTM_F_CLONED of table {@code tableId} (0 = all): its routes' live nexthop exceptions that a route
     * was cached in, each as rt_fill_info reports the cached route (no source, no uid: no flow).
     */
    public static List<Decision> dumpCache(Net net, int tableId) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        List<Decision> l = new java.util.ArrayList<>();
        for (linnet.kernel.ipv4.Fnhe.Entry en : linnet.kernel.ipv4.Fnhe.dump(ns, tableId)) {
            FibRoute r = en.route();
            linnet.kernel.ipv4.FibNhException e = en.exception();
            int ticks = expiresTicks(net, e.expires);
            int mtu = ticks != 0 ? e.pmtu : 0;
            l.add(new Decision(FibRoute.RTN_UNICAST, e.daddr, 0, e.gw != 0 ? e.gw : r.gw, r.dev.ifindex(), 0, r.table, mtu, ticks,
                    0, r.mtu, r.mtuLock || (ticks != 0 && e.mtuLocked), r.metrics.clone(), r.metricLocks, 0, -1,
                    e.gw != 0 ? RTCF_REDIRECTED : 0));
        }
        return l;
    }

    /** `ip route flush cache`: every nexthop exception of the namespace goes stale (fnhe_genid_bump). */
    public static void flushCache(Net net) { linnet.kernel.ipv4.Fnhe.flush(NetnsIpv4.of(net)); }

    /** inet_rtm_getroute: an output decision, or an input one when {@code iif} is given. */
    public static Decision get(Net net, int dst, int src, String iif, String oif) throws KernelException {
        return get(net, new GetRequest(dst, src, iif, oif, 0, null, 0, 0, 0, 0));
    }

    /**
     * An RTM_GETROUTE request: RTA_DST/RTA_SRC, RTA_IIF/RTA_OIF by name, RTA_MARK, RTA_UID (null = the
     * caller's, 0), rtm_tos, RTA_IP_PROTO and RTA_SPORT/RTA_DPORT (0 = none).
     */
    public record GetRequest(int dst, int src, String iif, String oif, int mark, Long uid, int tos, int ipProto,
            int sport, int dport) {}

    public static Decision get(Net net, GetRequest q) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        int dst = q.dst(), src = q.src();
        if (q.iif() != null) {
            NetDevice in = Rtnl.dev(net, q.iif());
            Rtable rt = Route.input(ns, dst, src, in, q.mark(), q.tos(), q.ipProto(), q.sport(), q.dport());
            boolean mc = rt.type == FibRoute.RTN_MULTICAST;
            return new Decision(rt.type, dst, src, rt.gw, // local_input (and ip_route_input_mc): a route delivering here points at the loopback device
                    rt.type == FibRoute.RTN_LOCAL || rt.type == FibRoute.RTN_BROADCAST || mc ? Route_lo(ns) : rt.dev.ifindex(),
                    in.ifindex(), rt.table, 0, 0, src, 0, false, new int[FibRoute.RTAX_MAX + 1], 0, q.mark(), 0,
                    (rt.type == FibRoute.RTN_LOCAL ? RTCF_LOCAL : 0) | (rt.type == FibRoute.RTN_BROADCAST ? RTCF_LOCAL | RTCF_BROADCAST : 0)
                            | (mc ? RTCF_MULTICAST | RTCF_LOCAL : 0)
                            | (rt.redirected ? RTCF_REDIRECTED : 0) | (rt.redirect ? RTCF_DOREDIRECT : 0));
        }
        NetDevice out = q.oif() == null ? null : Rtnl.dev(net, q.oif());
        linnet.kernel.ipv4.Flowi4 fl = linnet.kernel.ipv4.Flowi4.output(dst, src, out == null ? 0 : out.ifindex());
        fl.mark = q.mark();
        fl.uid = q.uid() == null ? 0 : q.uid();
        fl.tos = q.tos();
        fl.proto = q.ipProto();
        fl.sport = q.sport();
        fl.dport = q.dport();
        Rtable rt = Route.output(ns, fl, out);
        // rt_fill_info: the fib_info metrics (RTAX_MTU from `mtu N`) are the cached dst's; a learned
        // MTU (and its lock) overrides RTAX_MTU while the exception's expiry is still ahead.
        int ticks = expiresTicks(net, rt.expires);
        int mtu = ticks != 0 ? rt.pmtu : 0;
        int metricMtu = rt.fib == null ? 0 : rt.fib.mtu;
        boolean lock = rt.fib != null && rt.fib.mtuLock || ticks != 0 && rt.mtuLocked;
        int flags = (rt.type == FibRoute.RTN_LOCAL || rt.viaLoopback ? RTCF_LOCAL : 0)
                | (rt.type == FibRoute.RTN_BROADCAST ? RTCF_LOCAL | RTCF_BROADCAST : 0) | (rt.redirected ? RTCF_REDIRECTED : 0)
                // __mkroute_output: RTCF_LOCAL stays on a group only when the device is in it
                | (rt.type == FibRoute.RTN_MULTICAST ? RTCF_MULTICAST
                        | (linnet.kernel.ipv4.Route.mcJoined(rt.dev, dst) ? RTCF_LOCAL : 0) : 0);
        return new Decision(rt.type, dst, rt.saddr, rt.gw, rt.dev.ifindex(), 0, rt.table, mtu, ticks, src, metricMtu, lock,
                rt.fib == null ? new int[FibRoute.RTAX_MAX + 1] : rt.fib.metrics.clone(), rt.fib == null ? 0 : rt.fib.metricLocks,
                q.mark(), fl.uid, flags);
    }

    /**
     * inet_rtm_getroute with RTM_F_FIB_MATCH: the FIB entry the lookup matched instead of the
     * cached route, reported with the table the lookup names (main for the merged local+main).
     */
    public static RouteInfo getFibMatch(Net net, GetRequest q) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        Rtable rt;
        if (q.iif() != null) {
            rt = Route.input(ns, q.dst(), q.src(), Rtnl.dev(net, q.iif()), q.mark(), q.tos(), q.ipProto(), q.sport(), q.dport());
        } else {
            NetDevice out = q.oif() == null ? null : Rtnl.dev(net, q.oif());
            linnet.kernel.ipv4.Flowi4 fl = linnet.kernel.ipv4.Flowi4.output(q.dst(), q.src(), out == null ? 0 : out.ifindex());
            fl.mark = q.mark();
            fl.uid = q.uid() == null ? 0 : q.uid();
            fl.tos = q.tos();
            fl.proto = q.ipProto();
            fl.sport = q.sport();
            fl.dport = q.dport();
            rt = Route.output(ns, fl, out);
        }
        // a decision without a FIB entry behind it (a bound socket's on-link guess) has nothing to match
        if (rt.fib == null) throw new KernelException(linnet.kernel.core.Errno.ENETUNREACH);
        FibRoute r = rt.fib;
        return new RouteInfo(rt.table != 0 ? rt.table : r.table, r.type, r.dst, r.dstLen, r.tos, r.priority, r.protocol,
                r.scope, r.prefsrc, r.gw, r.dev == null ? 0 : r.dev.ifindex(), r.nhFlags, r.mtu, r.mtuLock, 0,
                r.metrics.clone(), r.metricLocks);
    }

    private static int Route_lo(NetnsIpv4 ns) {
        for (NetDevice d : ns.net.devices()) if ((d.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0) return d.ifindex();
        return 1;
    }
}
