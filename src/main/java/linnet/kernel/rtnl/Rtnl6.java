package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv6.Addrconf;
import linnet.kernel.ipv6.Fib6Table;
import linnet.kernel.ipv6.Inet6Dev;
import linnet.kernel.ipv6.Ip6Route;
import linnet.kernel.ipv6.Neigh6;
import linnet.kernel.ipv6.NetnsIpv6;
import linnet.kernel.ipv6.Rt6Info;

/** The rtnetlink door for IPv6: addresses (RTM_NEWADDR/DELADDR), routes (dump, get), neighbours, addrgenmode. */
public final class Rtnl6 {
    private Rtnl6() {}

    /** An IPv6 route as RTM_NEWROUTE describes it. {@code linkdown}: RTNH_F_LINKDOWN (device up, no carrier). */
    /** {@code expires}: the seconds left of an RTF_EXPIRES route (RTA_CACHEINFO), -1 for none. */
    public record Route6Info(int table, int type, byte[] dst, int dstLen, int oif, byte[] gateway, int metric,
                             int protocol, int pref, boolean linkdown, long expires) {}

    /** The answer of RTM_GETROUTE: the route's fields plus the device used and the chosen source. */
    public record Route6Get(Route6Info route, byte[] dst, int oif, byte[] src) {}

    /** A neighbour of nd_tbl. */
    public record Neigh6Info(byte[] addr, int ifindex, long lladdr, boolean hasLladdr, int state, int flags,
                             long usedMs, long confirmedMs, long updatedMs, int probes) {}

    public static final int RT_TABLE_MAIN = Rt6Info.RT_TABLE_MAIN, RT_TABLE_LOCAL = Rt6Info.RT_TABLE_LOCAL;
    public static final int RTN_UNICAST = Rt6Info.RTN_UNICAST, RTN_LOCAL = Rt6Info.RTN_LOCAL,
            RTN_MULTICAST = Rt6Info.RTN_MULTICAST;

    private static Route6Info info(Rt6Info r) {
        boolean linkdown = r.linkdown();
        long expires = -1;
        if (r.expires != 0 && r.dev != null) {
            long left = r.expires - r.dev.kernel.loop.now();
            // rt6_fill_node: the clock_t left (none once due), as iproute2 prints it in seconds.
            expires = left > 0 ? left / linnet.sim.EventLoop.NS_PER_SEC : 0;
        }
        return new Route6Info(r.table, r.type, r.dst.clone(), r.dstLen, r.dev == null ? 0 : r.dev.ifindex(),
                r.gateway, r.metric, r.protocol, r.pref, linkdown, expires);
    }

    /** RTM_GETROUTE dump of one table, or of all (0: main, then local). */
    public static List<Route6Info> routes(Net net, int table) {
        NetnsIpv6 ns = NetnsIpv6.of(net);
        List<Route6Info> out = new ArrayList<>();
        for (Fib6Table t : ns.tables()) {
            if (table != 0 && t.id != table) continue;
            for (Rt6Info r : t.dump()) out.add(info(r));
        }
        return out;
    }

    /** RTM_GETROUTE for one destination (ip -6 route get). */
    public static Route6Get get(Net net, byte[] dst, String oif) throws KernelException {
        NetDevice dev = oif == null ? null : Rtnl.dev(net, oif);
        Ip6Route.Dst d = Ip6Route.output(NetnsIpv6.of(net), dst, dev);
        return new Route6Get(info(d.route()), dst, d.dev().ifindex(), d.saddr());
    }

    /**
     * inet6_rtm_getroute with RTA_IIF: ip6_route_input_lookup as for a packet from {@code src}
     * arriving on {@code iif}; the error of a reject route (or ENETUNREACH without a route). A
     * route delivering here leaves by lo. The answer has no preferred source.
     */
    public static Route6Get getInput(Net net, byte[] dst, byte[] src, String iif) throws KernelException {
        NetDevice in = Rtnl.dev(net, iif);
        NetnsIpv6 ns = NetnsIpv6.of(net);
        Ip6Route.InputDecision d = Ip6Route.input(ns, dst, src, in);
        if (d.error() != null) throw new KernelException(d.error());
        Rt6Info r = d.route();
        NetDevice out = r.type == Rt6Info.RTN_LOCAL || r.anycast ? Ip6Route.loopback(ns) : r.dev;
        return new Route6Get(info(r), dst, out.ifindex(), null);
    }

    /**
     * RTM_NEWROUTE for AF_INET6 (ip6_route_add): rtm_to_fib6_config's flags by type, fib6_nh_init's
     * reject promotion (a reject type, any gateway ignored, or a gateway-less route through lo to
     * anything but ::1: on lo, no device checks), else ip6_validate_gw and the device checks; then
     * fib6_add.
     * {@code metric} null means IP6_RT_PRIO_USER (1024).
     */
    public static void addRoute(Net net, int table, int type, byte[] dst, int dstLen, byte[] gw, String dev,
                                Integer metric, int protocol, boolean excl, boolean replace, boolean create)
            throws KernelException {
        NetnsIpv6 ns = NetnsIpv6.of(net);
        NetDevice d = dev == null ? null : Rtnl.dev(net, dev);
        Fib6Table t = ns.newTable(table == 0 ? RT_TABLE_MAIN : table);
        boolean rejectType = type == Rt6Info.RTN_UNREACHABLE || type == Rt6Info.RTN_BLACKHOLE
                || type == Rt6Info.RTN_PROHIBIT || type == Rt6Info.RTN_THROW;
        // Through lo without a gateway (the oracle: a gateway is validated as usual), to anything but
        // ::1, for a type that is not local or anycast: a true route would loop, so it is a reject one.
        boolean viaLo = d != null && (d.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0 && gw == null
                && !linnet.wire.Inet6.isLoopback(dst) && type != Rt6Info.RTN_LOCAL && type != Rt6Info.RTN_ANYCAST;
        if (rejectType || viaLo) {
            Rt6Info r = new Rt6Info(t.id, type, dst, dstLen, Ip6Route.loopback(ns), null,
                    metric == null ? 1024 : metric, protocol);
            r.reject = true;
            t.insert(r, excl, replace, create);
            return;
        }
        if (gw != null) {
            if (isLocal(ns, gw, d)) throw new KernelException(linnet.kernel.core.Errno.EINVAL, "Gateway can not be a local address");
            if (!linnet.wire.Inet6.isLinkLocal(gw)) {
                // ip6_route_check_nh: a directly connected route to the gateway, through dev if given.
                Rt6Info r = ns.main.lookup(gw, d);
                if (r == null || r.gateway != null || r.type != Rt6Info.RTN_UNICAST || r.reject || (d != null && r.dev != d))
                    throw new KernelException(linnet.kernel.core.Errno.EHOSTUNREACH);
                d = r.dev;
            }
            if (d == null) throw new KernelException(linnet.kernel.core.Errno.EINVAL, "Egress device not specified");
            if ((d.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0)
                throw new KernelException(linnet.kernel.core.Errno.EINVAL, "Egress device can not be loopback device for this route");
        }
        if (d == null) throw new KernelException(linnet.kernel.core.Errno.ENODEV);
        // fib6_nh_init: a device with IPv6 disabled carries no IPv6 route, up or not.
        Inet6Dev idev = Addrconf.of(d);
        if (idev != null && idev.disabled())
            throw new KernelException(linnet.kernel.core.Errno.EACCES, "IPv6 is disabled on nexthop device");
        if (!d.isUp()) throw new KernelException(linnet.kernel.core.Errno.ENETDOWN, "Nexthop device is not up");
        Rt6Info r = new Rt6Info(t.id, type, dst, dstLen, d, gw == null ? null : gw.clone(),
                metric == null ? 1024 : metric, protocol);
        t.insert(r, excl, replace, create);
    }

    /** ipv6_chk_addr: an address of the namespace (a link-local one only on {@code dev}, when given). */
    private static boolean isLocal(NetnsIpv6 ns, byte[] a, NetDevice dev) {
        return Addrconf.isLocalAddress(ns.net, a, dev);
    }

    /**
     * RTM_DELROUTE for AF_INET6 (ip6_route_del): the first route of exactly this prefix matching the
     * given device, gateway, metric and protocol; ESRCH without one. On an empty ::/0 with no filter
     * the kernel finds the table's null entry, and fails with ENOENT.
     */
    public static void delRoute(Net net, int table, byte[] dst, int dstLen, byte[] gw, String dev, Integer metric,
                                Integer protocol) throws KernelException {
        NetnsIpv6 ns = NetnsIpv6.of(net);
        NetDevice d = dev == null ? null : Rtnl.dev(net, dev);
        Fib6Table t = ns.table(table == 0 ? RT_TABLE_MAIN : table);
        if (t == null) throw new KernelException(linnet.kernel.core.Errno.ESRCH);
        List<Rt6Info> at = t.at(dst, dstLen);
        for (Rt6Info r : at) {
            if (d != null && r.dev != d) continue;
            if (gw != null && (r.gateway == null || !linnet.wire.Inet6.equals(gw, r.gateway))) continue;
            if (metric != null && metric != r.metric) continue;
            if (protocol != null && protocol != r.protocol) continue;
            t.remove(r);
            return;
        }
        if (dstLen == 0 && at.isEmpty() && d == null && gw == null && metric == null && protocol == null)
            throw new KernelException(linnet.kernel.core.Errno.ENOENT);
        throw new KernelException(linnet.kernel.core.Errno.ESRCH);
    }

    /** RTM_NEWNEIGH for nd_tbl. */
    public static void addNeigh(Net net, byte[] addr, String dev, int state, Long lladdr, boolean create, boolean excl,
                                int flags) throws KernelException {
        NetnsIpv6.of(net).nd.userAdd(addr, Rtnl.dev(net, dev), state, lladdr, create, excl, flags);
    }

    /** Removes one entry found by a dump (ip neigh flush). */
    public static void removeNeigh(Net net, Neigh6Info ni) {
        NetDevice d = net.byIndex(ni.ifindex());
        if (d == null) return;
        Neigh6 n = NetnsIpv6.of(net).nd.lookup(ni.addr(), d);
        if (n != null) NetnsIpv6.of(net).nd.remove(n);
    }

    /** RTM_DELNEIGH for nd_tbl. */
    public static void delNeigh(Net net, byte[] addr, String dev) throws KernelException {
        NetnsIpv6.of(net).nd.userDelete(addr, Rtnl.dev(net, dev));
    }

    public static List<Neigh6Info> neighs(Net net) {
        List<Neigh6Info> out = new ArrayList<>();
        long now = net.kernel.loop.now();
        for (Neigh6 n : NetnsIpv6.of(net).nd.entries()) {
            // neigh_fill_info: ages relative to now (IPv6 routes hold no neighbour, so no refcount)
            out.add(new Neigh6Info(n.key.clone(), n.dev.ifindex(), n.lladdr, n.hasLladdr, n.state, n.flags,
                    (now - n.usedNs()) / 1_000_000, (now - n.confirmedNs()) / 1_000_000,
                    (now - n.updatedNs()) / 1_000_000, n.probes()));
        }
        return out;
    }

    public static void addAddr(Net net, String dev, byte[] addr, int prefixLen, int flags) throws KernelException {
        addAddr(net, dev, addr, prefixLen, flags, AddrInfo.FOREVER, AddrInfo.FOREVER);
    }

    /** RTM_NEWADDR AF_INET6 with IFA_CACHEINFO lifetimes in seconds (0xffffffff = forever). */
    public static void addAddr(Net net, String dev, byte[] addr, int prefixLen, int flags, long validLft,
                               long preferredLft) throws KernelException {
        Addrconf.addAddr(Rtnl.dev(net, dev), addr, prefixLen, flags, validLft, preferredLft);
    }

    public static void delAddr(Net net, String dev, byte[] addr, int prefixLen) throws KernelException {
        Addrconf.delAddr(Rtnl.dev(net, dev), addr, prefixLen);
    }

    public static void setAddrGenMode(Net net, String dev, int mode) throws KernelException {
        Addrconf.setAddrGenMode(Rtnl.dev(net, dev), mode);
    }

    /** IFLA_INET6_ADDR_GEN_MODE of a device, -1 without IPv6. */
    public static int addrGenMode(Net net, int ifindex) {
        NetDevice d = net.byIndex(ifindex);
        Inet6Dev i6 = d == null ? null : Addrconf.of(d);
        return i6 == null ? -1 : i6.addrGenMode();
    }

    /** Whether the device has an inet6_dev (is part of the AF_INET6 link dump). */
    public static boolean hasInet6(Net net, int ifindex) { return addrGenMode(net, ifindex) >= 0; }

}
