package linnet.kernel.ipv6;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.wire.Inet6;

/**
 * Output route lookup (net/ipv6/route.c, ip6_route_output with the default rules: table local,
 * then main) and source address selection (ipv6_dev_get_saddr, RFC 6724 reduced to the rules a
 * small lab meets: same address, appropriate scope, outgoing interface, longest matching prefix).
 */
public final class Ip6Route {
    private Ip6Route() {}

    /** The decision: the route, the device the packet leaves by (lo for local), next hop, source. */
    public record Dst(Rt6Info route, NetDevice dev, byte[] nexthop, byte[] saddr) {
        public boolean local() { return route.type == Rt6Info.RTN_LOCAL; }
    }

    /** ip6_route_output; ENETUNREACH if nothing matches. {@code oif} may be null. */
    public static Dst output(NetnsIpv6 ns, byte[] daddr, NetDevice oif) throws KernelException {
        Rt6Info r;
        Fib6RulesOps rules = (Fib6RulesOps) ns.rules;
        if (rules.custom) {
            // fib6_rule_lookup through the policy rules; no decision at all is ENETUNREACH
            Fib6RulesOps.Flowi6 fl = new Fib6RulesOps.Flowi6();
            fl.daddr = daddr;
            fl.oif = oif == null ? 0 : oif.ifindex();
            linnet.kernel.core.FibRulesOps.LookupArg arg = new linnet.kernel.core.FibRulesOps.LookupArg();
            Errno e = rules.lookup(fl, arg);
            if (e == Errno.ESRCH) e = Errno.ENETUNREACH;
            if (e != null) throw new KernelException(e);
            r = (Rt6Info) arg.result;
        } else {
            // fib6_rule_lookup without custom rules: local, then main; a throw route in either
            // means "not here" (main's leaves the null entry, ENETUNREACH).
            r = ns.local.lookup(daddr, oif);
            if (r == null || r.type == Rt6Info.RTN_MULTICAST && !Inet6.isMulticast(daddr) || r.error() == Errno.EAGAIN)
                r = null;
            if (r == null) r = ns.main.lookup(daddr, oif);
            if (r == null && Inet6.isMulticast(daddr)) r = ns.local.lookup(daddr, oif);
            if (r != null && r.error() == Errno.EAGAIN) r = null;
        }
        if (r == null) throw new KernelException(Errno.ENETUNREACH);
        // dst.error of a reject route (ip6_rt_init_dst_reject): blackhole EINVAL, unreachable
        // EHOSTUNREACH, prohibit EACCES; a route promoted to reject has none and discards at output.
        if (r.error() != null) throw new KernelException(r.error());
        NetDevice dev = r.dev;
        // ip6_rt_get_dev_rcu: a copy of an RTF_LOCAL or RTF_ANYCAST route leaves by lo
        boolean toSelf = r.type == Rt6Info.RTN_LOCAL || r.anycast;
        if (toSelf) dev = loopback(ns);
        byte[] nh = r.gateway != null ? r.gateway : daddr;
        NetDevice saddrDev = toSelf ? r.dev : dev;
        return new Dst(r, dev, nh, selectSaddr(ns, daddr, saddrDev));
    }

    /**
     * ip6_route_input's decision for a packet not addressed to us: the route, or the error a
     * rule or a reject route gives (null route with ENETUNREACH when nothing matches). A route
     * promoted to reject comes back as the route itself (its {@code reject} flag set).
     */
    public record InputDecision(Rt6Info route, Errno error) {}

    public static InputDecision input(NetnsIpv6 ns, byte[] daddr, byte[] saddr, NetDevice iif) {
        Rt6Info r;
        Fib6RulesOps rules = (Fib6RulesOps) ns.rules;
        if (rules.custom) {
            Fib6RulesOps.Flowi6 fl = new Fib6RulesOps.Flowi6();
            fl.daddr = daddr;
            fl.saddr = saddr;
            fl.iif = iif.ifindex();
            linnet.kernel.core.FibRulesOps.LookupArg arg = new linnet.kernel.core.FibRulesOps.LookupArg();
            Errno e = rules.lookup(fl, arg);
            if (e == Errno.ESRCH) e = Errno.ENETUNREACH;
            if (e != null) return new InputDecision((Rt6Info) arg.result, e);
            r = (Rt6Info) arg.result;
        } else {
            r = ns.local.lookup(daddr, null);
            if (r != null && (r.type == Rt6Info.RTN_MULTICAST || r.error() == Errno.EAGAIN)) r = null;
            if (r == null) r = ns.main.lookup(daddr, null);
            if (r != null && r.error() == Errno.EAGAIN) r = null;
        }
        if (r == null) return new InputDecision(null, Errno.ENETUNREACH);
        return new InputDecision(r, r.error());
    }

    public static NetDevice loopback(NetnsIpv6 ns) {
        for (NetDevice d : ns.net.devices()) if ((d.flags() & Iff.LOOPBACK) != 0) return d;
        return null;
    }

    /** IPV6_ADDR_SCOPE_* of an address (ipv6_addr_src_scope). */
    static int scopeOf(byte[] a) {
        if (Inet6.isMulticast(a)) return a[1] & 0x0f;
        if (Inet6.isLoopback(a)) return 0x1;
        if (Inet6.isLinkLocal(a)) return 0x2;
        return 0xe;
    }

    /** ipv6_dev_get_saddr: the best usable (not tentative) address for talking to {@code daddr} via {@code dev}. */
    public static byte[] selectSaddr(NetnsIpv6 ns, byte[] daddr, NetDevice dev) {
        int dscope = scopeOf(daddr);
        Inet6Ifaddr best = null;
        int[] bestScore = null;
        for (NetDevice d : ns.net.devices()) {
            Inet6Dev idev = Addrconf.of(d);
            // An address on a down loopback is still usable (its DAD completed without the device).
            if (idev == null || !d.isUp() && (d.flags() & Iff.LOOPBACK) == 0) continue;
            // A link-local (or narrower) destination is reached only with the link's own addresses.
            if (dscope <= 0x2 && d != dev) continue;
            for (Inet6Ifaddr a : idev.addrs) {
                if (a.tentative()) continue;
                int sc = scopeOf(a.addr);
                int[] score = {
                    Inet6.equals(a.addr, daddr) ? 1 : 0,
                    sc >= dscope ? -sc : -100 - (dscope - sc),
                    d == dev ? 1 : 0,
                    commonPrefix(a.addr, daddr),
                };
                if (best == null || java.util.Arrays.compare(score, bestScore) > 0) {
                    best = a;
                    bestScore = score;
                }
            }
        }
        return best == null ? Inet6.ANY.clone() : best.addr.clone();
    }

    static int commonPrefix(byte[] a, byte[] b) {
        int n = 0;
        while (n < 128 && Inet6.bit(a, n) == Inet6.bit(b, n)) n++;
        return n;
    }
}
