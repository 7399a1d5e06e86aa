package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;

/**
 * IPv4 address management (net/ipv4/devinet.c): primaries and secondaries, the routes an
 * address implies (fib_add_ifaddr / fib_del_ifaddr in fib_frontend.c), promotion of
 * secondaries, and the address lifetimes. An address is secondary when a primary of the same
 * subnet AND the same prefix length exists; every secondary belongs to exactly that primary.
 */
public final class Devinet {
    private Devinet() {}

    /**
     * __inet_insert_ifa: an address without a local part is dropped silently; the same local
     * address in the same subnet is EEXIST; a subnet member with another scope is EINVAL.
     * A new primary goes behind the last primary whose scope is at least as narrow, a secondary
     * at the end of the list.
     */
    public static void insert(InIfaddr ifa) throws KernelException {
        InDevice in = InDevice.of(ifa.dev);
        if (in == null) throw new KernelException(Errno.ENODEV);
        if (ifa.local == 0) return;
        // inetaddr_validator_chain (ipvlan: an address another ipvlan of the port has)
        for (linnet.kernel.core.InetHooks.AddrValidator v : ifa.dev.kernel.inetaddrValidators) v.validate(ifa.dev, ifa.local);
        ifa.flags &= ~InIfaddr.IFA_F_SECONDARY;
        ifa.flags &= ~InIfaddr.IPV6ONLY_FLAGS;
        int lastPrimary = 0;
        for (int i = 0; i < in.addrs.size(); i++) {
            InIfaddr o = in.addrs.get(i);
            if (!o.secondary() && ifa.scope <= o.scope) lastPrimary = i + 1;
            if (o.mask() == ifa.mask() && o.match(ifa.address)) {
                if (o.local == ifa.local) throw new KernelException(Errno.EEXIST);
                if (o.scope != ifa.scope) throw new KernelException(Errno.EINVAL, "ipv4: Invalid scope value");
                ifa.flags |= InIfaddr.IFA_F_SECONDARY;
            }
        }
        if (ifa.secondary()) in.addrs.add(ifa);
        else in.addrs.add(lastPrimary, ifa);
        NetnsIpv4 ns = NetnsIpv4.of(ifa.dev.net());
        if (ifa.cstamp == 0) ifa.tstamp = ifa.cstamp = ifa.dev.kernel.loop.now();
        AddrLifetime.requeue(ns);
        ns.arp.invalidateForAddress(ifa.local);
        inetaddrUp(ifa);
    }

    /** __inet_del_ifa: deleting a primary removes its secondaries, or promotes one when asked to. */
    public static void delete(InIfaddr ifa1) {
        InDevice in = InDevice.of(ifa1.dev);
        if (in == null || !in.addrs.contains(ifa1)) return;
        boolean doPromote = in.conf.promoteSecondaries() != 0
                || NetnsIpv4.of(ifa1.dev.net()).all.promoteSecondaries() != 0;
        InIfaddr promote = null, prevProm = null;
        InIfaddr lastPrim = in.addrs.get(0);
        if (!ifa1.secondary()) {
            int i = in.addrs.indexOf(ifa1) + 1;
            while (i < in.addrs.size()) {
                InIfaddr ifa = in.addrs.get(i);
                if (!ifa.secondary() && ifa1.scope <= ifa.scope) lastPrim = ifa;
                if (!ifa.secondary() || ifa1.mask() != ifa.mask() || !ifa1.match(ifa.address)) {
                    prevProm = ifa;
                    i++;
                    continue;
                }
                if (!doPromote) {
                    in.addrs.remove(i);
                    inetaddrDown(ifa);
                } else {
                    promote = ifa;
                    break;
                }
            }
        }
        // On promotion every secondary of the subnet changes its preferred source: their routes
        // go now, while all addresses are still listed, and come back below.
        if (promote != null) {
            for (int i = in.addrs.indexOf(promote); i < in.addrs.size(); i++) {
                InIfaddr ifa = in.addrs.get(i);
                if (ifa1.mask() == ifa.mask() && ifa1.match(ifa.address)) fibDelIfaddr(ifa, ifa1);
            }
        }
        int pos = in.addrs.indexOf(ifa1);
        in.addrs.remove(ifa1);
        inetaddrDown(ifa1);
        if (promote != null) {
            int pi = in.addrs.indexOf(promote);
            InIfaddr nextSec = pi + 1 < in.addrs.size() ? in.addrs.get(pi + 1) : null;
            if (prevProm != null) {
                // The promoted address moves up behind the last primary of a scope as narrow.
                in.addrs.remove(pi);
                int at = lastPrim == ifa1 ? pos : in.addrs.indexOf(lastPrim) + 1;
                in.addrs.add(Math.min(at, in.addrs.size()), promote);
            }
            promote.flags &= ~InIfaddr.IFA_F_SECONDARY;
            inetaddrUp(promote);
            if (nextSec != null) {
                for (int i = in.addrs.indexOf(nextSec); i >= 0 && i < in.addrs.size(); i++) {
                    InIfaddr ifa = in.addrs.get(i);
                    if (ifa1.mask() != ifa.mask() || !ifa1.match(ifa.address)) continue;
                    fibAddIfaddr(ifa);
                }
            }
        }
    }

    /**
     * The NLM_F_REPLACE branch of inet_rtm_newaddr: a new metric moves the prefix route, the
     * lifetimes restart; label, broadcast, scope and flags stay as they were.
     */
    public static void replace(InIfaddr ifa, int metric, long validLft, long preferredLft) {
        NetnsIpv4 ns = NetnsIpv4.of(ifa.dev.net());
        if (ifa.rtPriority != metric) {
            ns.fib.modifyPrefixMetric(ifa, metric);
            ifa.rtPriority = metric;
        }
        AddrLifetime.set(ifa, validLft, preferredLft);
        AddrLifetime.requeue(ns);
    }

    /** The inetaddr notifier chain, NETDEV_UP (fib_inetaddr_event). */
    private static void inetaddrUp(InIfaddr ifa) {
        fibAddIfaddr(ifa);
    }

    /**
     * The inetaddr notifier chain, NETDEV_DOWN: the address's routes go, and once the device has
     * no IPv4 address left every route through it goes too and so does every neighbour, permanent
     * ones included (fib_disable_ip -> arp_ifdown).
     */
    private static void inetaddrDown(InIfaddr ifa) {
        fibDelIfaddr(ifa, null);
        InDevice in = InDevice.of(ifa.dev);
        if (in != null && in.addrs.isEmpty()) {
            NetnsIpv4 ns = NetnsIpv4.of(ifa.dev.net());
            ns.fib.flushDev(ifa.dev, true);
            ns.arp.ifdown(ifa.dev, true);
        }
    }

    /** inet_ifa_byprefix: the primary of the subnet prefix/mask. */
    static InIfaddr byPrefix(InDevice in, int prefix, int mask) {
        for (InIfaddr o : in.addrs) {
            if (!o.secondary() && o.mask() == mask && o.match(prefix)) return o;
        }
        return null;
    }

    /** fib_add_ifaddr: the local route always, the broadcast and prefix routes while the device is up. */
    static void fibAddIfaddr(InIfaddr ifa) {
        NetDevice dev = ifa.dev;
        Fib fib = NetnsIpv4.of(dev.net()).fib;
        InIfaddr prim = ifa;
        int mask = ifa.mask();
        int prefix = ifa.address & mask;
        if (ifa.secondary()) {
            prim = byPrefix(InDevice.of(dev), prefix, mask);
            if (prim == null) return;
        }
        fib.magicAdd(FibRoute.RTN_LOCAL, ifa.local, 32, prim);
        if (!dev.isUp()) return;
        if (ifa.broadcast != 0 && ifa.broadcast != -1) fib.magicAdd(FibRoute.RTN_BROADCAST, ifa.broadcast, 32, prim);
        if ((prefix >>> 24) != 0 && !ifa.secondary() && (prefix != ifa.local || ifa.prefixLen < 32)) {
            if ((ifa.flags & InIfaddr.IFA_F_NOPREFIXROUTE) == 0) {
                fib.magicAdd((dev.flags() & Iff.LOOPBACK) != 0 ? FibRoute.RTN_LOCAL : FibRoute.RTN_UNICAST,
                        prefix, ifa.prefixLen, prim, ifa.rtPriority);
            }
            if (ifa.prefixLen < 31) fib.magicAdd(FibRoute.RTN_BROADCAST, prefix | ~mask, 32, prim);
        }
    }

    /** Kept for callers of the old name (device up re-adds every address's routes). */
    static void addIfaddrRoutes(InIfaddr ifa) { fibAddIfaddr(ifa); }

    private static final int LOCAL_OK = 1, BRD_OK = 2, BRD0_OK = 4, BRD1_OK = 8;

    /**
     * fib_del_ifaddr: the routes of {@code ifa} go unless another address of the device still
     * implies them with the same preferred source; {@code iprim} is the primary being deleted
     * during a promotion (its subnet's addresses are ignored). A local address that really
     * disappeared takes the main table's routes that used it as source along.
     */
    static void fibDelIfaddr(InIfaddr ifa, InIfaddr iprim) {
        NetDevice dev = ifa.dev;
        InDevice in = InDevice.of(dev);
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        Fib fib = ns.fib;
        InIfaddr prim = ifa, prim1 = null;
        int brd = ifa.address | ~ifa.mask();
        int any = ifa.address & ifa.mask();
        int ok = 0;
        boolean subnet = false, gone = true, samePrefsrc = false;
        if (ifa.secondary()) {
            prim = byPrefix(in, any, ifa.mask());
            if (prim == null || (iprim != null && iprim != prim)) return;
        } else if ((any >>> 24) != 0 && (any != ifa.local || ifa.prefixLen < 32)) {
            if ((ifa.flags & InIfaddr.IFA_F_NOPREFIXROUTE) == 0)
                fib.magicDel((dev.flags() & Iff.LOOPBACK) != 0 ? FibRoute.RTN_LOCAL : FibRoute.RTN_UNICAST,
                        any, ifa.prefixLen, prim);
            subnet = true;
        }
        for (InIfaddr ifa1 : in.addrs) {
            if (ifa1 == ifa) {
                // promotion: the address stays
                gone = false;
                continue;
            }
            if (iprim != null && ifa1.mask() == iprim.mask() && iprim.match(ifa1.address)) continue;
            if (ifa1.secondary()) {
                if (ifa1.mask() == prim.mask() && prim.match(ifa1.address)) {
                    prim1 = prim;
                } else {
                    if (!samePrefsrc) continue;
                    if (prim1 == null || ifa1.mask() != prim1.mask() || !prim1.match(ifa1.address))
                        prim1 = byPrefix(in, ifa1.address, ifa1.mask());
                    if (prim1 == null || prim1.local != prim.local) continue;
                }
            } else {
                if (prim.local != ifa1.local) continue;
                prim1 = ifa1;
                if (prim != prim1) samePrefsrc = true;
            }
            if (ifa.local == ifa1.local) ok |= LOCAL_OK;
            if (ifa.broadcast == ifa1.broadcast) ok |= BRD_OK;
            if (brd == ifa1.broadcast) ok |= BRD1_OK;
            if (any == ifa1.broadcast) ok |= BRD0_OK;
            if (prim1 == ifa1 && ifa1.prefixLen < 31) {
                int brd1 = ifa1.address | ~ifa1.mask();
                int any1 = ifa1.address & ifa1.mask();
                if ((any1 >>> 24) != 0) {
                    if (ifa.broadcast == brd1 || ifa.broadcast == any1) ok |= BRD_OK;
                    if (brd == brd1 || brd == any1) ok |= BRD1_OK;
                    if (any == brd1 || any == any1) ok |= BRD0_OK;
                }
            }
        }
        if ((ok & BRD_OK) == 0) fib.magicDel(FibRoute.RTN_BROADCAST, ifa.broadcast, 32, prim);
        if (subnet && ifa.prefixLen < 31) {
            if ((ok & BRD1_OK) == 0) fib.magicDel(FibRoute.RTN_BROADCAST, brd, 32, prim);
            if ((ok & BRD0_OK) == 0) fib.magicDel(FibRoute.RTN_BROADCAST, any, 32, prim);
        }
        if ((ok & LOCAL_OK) == 0) {
            fib.magicDel(FibRoute.RTN_LOCAL, ifa.local, 32, prim);
            // Is the address still local somewhere in the namespace? If not, the main table's
            // routes that prefer it as source are stray now (fib_sync_down_addr + fib_flush).
            if (gone && !isLocal(ns, ifa.local)) fib.flushPrefsrc(FibRoute.RT_TABLE_MAIN, ifa.local);
        }
    }

    /** inetdev_changename: the labels follow a new device name, keeping their ":suffix". */
    public static void changeName(NetDevice dev) {
        InDevice in = InDevice.of(dev);
        if (in == null) return;
        int named = 0;
        for (InIfaddr ifa : in.addrs) {
            String old = ifa.label == null ? "" : ifa.label;
            String name = dev.name();
            if (named++ == 0) {
                ifa.label = name;
                continue;
            }
            int colon = old.indexOf(':');
            String dot = colon >= 0 ? old.substring(colon) : ":" + named;
            if (dot.length() + name.length() < NetDevice.IFNAMSIZ) ifa.label = name + dot;
            else ifa.label = name.substring(0, NetDevice.IFNAMSIZ - dot.length() - 1) + dot;
        }
    }

    /** inet_select_addr: a source address on {@code dev} for {@code dst} within {@code scope}. */
    public static int selectAddr(NetDevice dev, int dst, int scope) {
        InDevice in = dev == null ? null : InDevice.of(dev);
        int addr = 0;
        if (in != null) {
            for (InIfaddr a : in.addrs) {
                if (a.secondary() || a.scope > scope) continue;
                if (dst == 0 || a.match(dst)) return a.local;
                if (addr == 0) addr = a.local;
            }
            if (addr != 0) return addr;
        }
        // Any address of the namespace with a scope wide enough, preferring loopback's last.
        for (NetDevice d : dev.net().devices()) {
            InDevice i2 = InDevice.of(d);
            if (i2 == null) continue;
            for (InIfaddr a : i2.addrs) {
                if (!a.secondary() && a.scope <= scope && a.scope != InIfaddr.SCOPE_LINK && a.scope != InIfaddr.SCOPE_HOST) return a.local;
            }
        }
        return 0;
    }

    /** Whether {@code addr} is an address of some device of the namespace (a local route exists). */
    public static boolean isLocal(NetnsIpv4 ns, int addr) {
        FibRoute r = ns.fib.lookup(addr, 0);
        return r != null && r.type == FibRoute.RTN_LOCAL;
    }

    /** The addresses of a device, for iteration while some may go. */
    static List<InIfaddr> snapshot(InDevice in) { return new ArrayList<>(in.addrs); }
}
