package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;

/**
 * IPv4 address management (net/ipv4/devinet.c): primaries and secondaries, the routes an
 * address implies (fib_add_ifaddr / fib_del_ifaddr), promotion of secondaries.
 */
public final class Devinet {
    private Devinet() {}

    /** __inet_insert_ifa. */
    public static void insert(InIfaddr ifa) throws KernelException {
        InDevice in = InDevice.of(ifa.dev);
        if (in == null) throw new KernelException(Errno.ENODEV);
        ifa.flags &= ~InIfaddr.IFA_F_SECONDARY;
        int lastPrimary = -1;
        for (int i = 0; i < in.addrs.size(); i++) {
            InIfaddr o = in.addrs.get(i);
            if (!o.secondary() && ifa.scope <= o.scope) lastPrimary = i;
            if (o.mask() == ifa.mask() && o.match(ifa.address)) {
                if (o.local == ifa.local) throw new KernelException(Errno.EEXIST);
                if (o.scope != ifa.scope) throw new KernelException(Errno.EINVAL);
                ifa.flags |= InIfaddr.IFA_F_SECONDARY;
            }
        }
        if (ifa.secondary()) {
            in.addrs.add(ifa);
        } else {
            // Primaries go after the last primary of a scope at least as wide (ifap ordering).
            int pos = 0;
            for (int i = 0; i < in.addrs.size(); i++) if (!in.addrs.get(i).secondary() && ifa.scope <= in.addrs.get(i).scope) pos = i + 1;
            in.addrs.add(pos, ifa);
        }
        NetnsIpv4.of(ifa.dev.net()).arp.invalidateForAddress(ifa.local);
        addIfaddrRoutes(ifa);
    }

    /** __inet_del_ifa: deleting a primary removes its secondaries, or promotes one when asked to. */
    public static void delete(InIfaddr ifa) {
        InDevice in = InDevice.of(ifa.dev);
        boolean promote = in.conf.promoteSecondaries() != 0
                || NetnsIpv4.of(ifa.dev.net()).all.promoteSecondaries() != 0;
        List<InIfaddr> removedSecondaries = new ArrayList<>();
        InIfaddr promoted = null;
        if (!ifa.secondary()) {
            for (InIfaddr o : new ArrayList<>(in.addrs)) {
                if (o == ifa || !o.secondary() || o.mask() != ifa.mask() || !ifa.match(o.address)) continue;
                if (promote && promoted == null) {
                    promoted = o;
                } else if (!promote) {
                    removedSecondaries.add(o);
                }
            }
        }
        for (InIfaddr o : removedSecondaries) {
            in.addrs.remove(o);
            delIfaddrRoutes(o, in);
        }
        int idx = in.addrs.indexOf(ifa);
        in.addrs.remove(ifa);
        delIfaddrRoutes(ifa, in);
        if (promoted != null) {
            // The promoted secondary takes the primary's place; the other secondaries' routes
            // are re-added with it as their preferred source.
            in.addrs.remove(promoted);
            promoted.flags &= ~InIfaddr.IFA_F_SECONDARY;
            in.addrs.add(Math.min(idx, in.addrs.size()), promoted);
            addIfaddrRoutes(promoted);
            for (InIfaddr o : in.addrs) if (o.secondary() && promoted.match(o.address)) addIfaddrRoutes(o);
        }
    }

    /** fib_add_ifaddr. */
    static void addIfaddrRoutes(InIfaddr ifa) {
        NetDevice dev = ifa.dev;
        Fib fib = NetnsIpv4.of(dev.net()).fib;
        InIfaddr prim = ifa;
        if (ifa.secondary()) {
            prim = primaryFor(ifa);
            if (prim == null) return;
        }
        // The local route exists even while the device is down (fib_add_ifaddr adds it first).
        fib.magicAdd(FibRoute.RTN_LOCAL, ifa.local, 32, prim);
        if (!dev.isUp()) return;
        if (ifa.broadcast != 0 && ifa.broadcast != -1) fib.magicAdd(FibRoute.RTN_BROADCAST, ifa.broadcast, 32, prim);
        int prefix = ifa.address & ifa.mask();
        if ((prefix >>> 24) != 0 && !ifa.secondary() && (prefix != ifa.local || ifa.prefixLen < 32)) {
            if ((ifa.flags & InIfaddr.IFA_F_NOPREFIXROUTE) == 0) {
                fib.magicAdd((dev.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0 ? FibRoute.RTN_LOCAL : FibRoute.RTN_UNICAST,
                        prefix, ifa.prefixLen, prim);
            }
            if (ifa.prefixLen < 31) fib.magicAdd(FibRoute.RTN_BROADCAST, prefix | ~ifa.mask(), 32, prim);
        }
    }

    private static InIfaddr primaryFor(InIfaddr sec) {
        for (InIfaddr o : InDevice.of(sec.dev).addrs) {
            if (!o.secondary() && o.mask() == sec.mask() && o.match(sec.address)) return o;
        }
        return null;
    }

    /** fib_del_ifaddr: drop the routes unless another address of the namespace still implies them. */
    static void delIfaddrRoutes(InIfaddr ifa, InDevice in) {
        NetDevice dev = ifa.dev;
        Fib fib = NetnsIpv4.of(dev.net()).fib;
        InIfaddr prim = ifa.secondary() ? primaryFor(ifa) : ifa;
        if (prim == null) prim = ifa;
        int prefix = ifa.address & ifa.mask();
        boolean loopback = (dev.flags() & linnet.kernel.core.Iff.LOOPBACK) != 0;
        if (!ifa.secondary()) {
            fib.magicDel(loopback ? FibRoute.RTN_LOCAL : FibRoute.RTN_UNICAST, prefix, ifa.prefixLen, prim);
            if (ifa.prefixLen < 31) {
                if (!stillUsed(in, ifa, b -> b.broadcast == (prefix | ~ifa.mask()) || (prefix | ~b.mask()) == (prefix | ~ifa.mask()) && b.match(prefix)))
                    fib.magicDel(FibRoute.RTN_BROADCAST, prefix | ~ifa.mask(), 32, prim);
            }
        }
        if (ifa.broadcast != 0 && ifa.broadcast != -1 && !stillUsed(in, ifa, b -> b.broadcast == ifa.broadcast))
            fib.magicDel(FibRoute.RTN_BROADCAST, ifa.broadcast, 32, prim);
        if (!stillUsed(in, ifa, b -> b.local == ifa.local)) {
            fib.magicDel(FibRoute.RTN_LOCAL, ifa.local, 32, prim);
            // The local route may have been added with another primary as source; remove any.
            FibTable t = fib.table(FibRoute.RT_TABLE_LOCAL);
            if (t != null) t.routes().removeIf(r -> r.type == FibRoute.RTN_LOCAL && r.dst == ifa.local && r.dstLen == 32 && r.dev == dev);
        }
    }

    private static boolean stillUsed(InDevice in, InIfaddr gone, java.util.function.Predicate<InIfaddr> p) {
        for (InIfaddr o : in.addrs) if (o != gone && p.test(o)) return true;
        return false;
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
}
