package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import linnet.kernel.core.NetDevice;
import linnet.wire.Inet6;

/**
 * One IPv6 routing table (net/ipv6/ip6_fib.c). The kernel keeps a binary trie and walks it
 * post-order (left = bit 0 first, a node after its more specific children); routes with the same
 * prefix are kept by metric, then insertion. {@link #ORDER} reproduces that walk on a flat list.
 */
public final class Fib6Table {
    public final int id;
    private final List<Rt6Info> routes = new ArrayList<>();
    private long seq;

    public Fib6Table(int id) { this.id = id; }

    /** The fib6 walk order. */
    static final Comparator<Rt6Info> ORDER = (a, b) -> {
        int m = Math.min(a.dstLen, b.dstLen);
        for (int i = 0; i < m; i++) {
            int x = Inet6.bit(a.dst, i), y = Inet6.bit(b.dst, i);
            if (x != y) return x - y;
        }
        if (a.dstLen != b.dstLen) return b.dstLen - a.dstLen;
        if (a.metric != b.metric) return Integer.compareUnsigned(a.metric, b.metric);
        return Long.compare(a.seq, b.seq);
    };

    /** fib6_add: false if the same route is there already. */
    public boolean add(Rt6Info r) {
        for (Rt6Info o : routes) if (o.sameKey(r)) return false;
        r.seq = seq++;
        routes.add(r);
        return true;
    }

    /** The routes of exactly this prefix, in walk order (fib6_locate's node leaf list). */
    public List<Rt6Info> at(byte[] dst, int dstLen) {
        byte[] m = Inet6.mask(dst, dstLen);
        List<Rt6Info> l = new ArrayList<>();
        for (Rt6Info r : routes) if (r.dstLen == dstLen && java.util.Arrays.equals(r.dst, m)) l.add(r);
        l.sort(ORDER);
        return l;
    }

    /**
     * fib6_add_rt2node for RTM_NEWROUTE: with NLM_F_EXCL a route of the same prefix and metric is
     * EEXIST; with NLM_F_REPLACE it takes the place of the first such route (ENOENT without one
     * unless NLM_F_CREATE).
     */
    public void insert(Rt6Info r, boolean excl, boolean replace, boolean create) throws linnet.kernel.core.KernelException {
        for (Rt6Info o : at(r.dst, r.dstLen)) {
            if (o.metric != r.metric) continue;
            if (excl) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EEXIST);
            if (replace) {
                r.seq = o.seq;
                routes.set(routes.indexOf(o), r);
                return;
            }
            if (o.sameKey(r)) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EEXIST);
        }
        if (replace && !create) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ENOENT,
                "Can not replace route - no match found");
        r.seq = seq++;
        routes.add(r);
    }

    public boolean remove(Rt6Info r) { return routes.remove(r); }

    /** rt6_sync_down_dev / rt6_disable_ip: every route through {@code dev} goes. */
    public void flushDev(NetDevice dev) { routes.removeIf(r -> r.dev == dev); }

    /** The routes in dump order. */
    public List<Rt6Info> dump() {
        List<Rt6Info> l = new ArrayList<>(routes);
        l.sort(ORDER);
        return l;
    }

    /**
     * fib6_lookup + rt6_select: the longest prefix containing {@code daddr} that has a usable route
     * (device up, and the given {@code oif} if one is required), lowest metric first.
     */
    public Rt6Info lookup(byte[] daddr, NetDevice oif) {
        Rt6Info best = null;
        for (Rt6Info r : routes) {
            if (!Inet6.inPrefix(daddr, r.dst, r.dstLen)) continue;
            // A local route of an address on a down loopback was never marked dead (rt6_sync_down_dev).
            // Nor a reject route: it merely sits on lo (added while lo was down, it works all the same).
            if (r.dev != null && !r.dev.isUp() && r.type != Rt6Info.RTN_LOCAL && !r.reject) continue;
            if (oif != null && r.dev != oif && r.type != Rt6Info.RTN_LOCAL) continue;
            if (best == null || r.dstLen > best.dstLen
                    || (r.dstLen == best.dstLen && (Integer.compareUnsigned(r.metric, best.metric) < 0
                    || (r.metric == best.metric && r.seq < best.seq)))) {
                best = r;
            }
        }
        return best;
    }
}
