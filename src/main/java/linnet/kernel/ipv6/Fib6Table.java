package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import linnet.kernel.core.NetDevice;
import linnet.wire.Inet6;

/**
 * One IPv6 routing table (net/ipv6/ip6_fib.c). The kernel keeps a binary trie and walks it
 * post-order (left = bit 0 first, a node after its more specific children); routes with the same
 * prefix are kept by metric, then insertion. {@link #ORDER} is that walk as a total order.
 *
 * <p>A host with a hundred thousand containers has several routes per device here (a link-local
 * local route, fe80::/64, ff00::/8), so every per-route operation stays O(log n): the walk is a
 * sorted set, the trie's nodes are a hash map by prefix (a lookup probes only the prefix lengths in
 * use, longest first, as the trie's descent would meet them), and the routes of each device are
 * kept apart for rt6_sync_down_dev.
 */
public final class Fib6Table {
    public final int id;
    /** Every route, in walk order. */
    private final TreeSet<Rt6Info> walk = new TreeSet<>(Fib6Table.ORDER);
    /** fib6_node leaves: the routes of one prefix, in walk order (metric, then insertion). */
    private final Map<Prefix, List<Rt6Info>> nodes = new HashMap<>();
    /** Which prefix lengths have a node, to probe only those. */
    private final BitSet lengths = new BitSet(129);
    private final int[] perLength = new int[129];
    private final Map<NetDevice, Set<Rt6Info>> byDev = new IdentityHashMap<>();
    private long seq;

    public Fib6Table(int id) { this.id = id; }

    /** A masked prefix as two 64-bit halves and its length: the trie node's key. */
    private record Prefix(long hi, long lo, int len) {
        static Prefix of(byte[] dst, int len) { return masked(hi(dst), lo(dst), len); }

        static Prefix masked(long hi, long lo, int len) {
            long mh = len >= 64 ? -1L : len == 0 ? 0 : -1L << (64 - len);
            long ml = len >= 128 ? -1L : len <= 64 ? 0 : -1L << (128 - len);
            return new Prefix(hi & mh, lo & ml, len);
        }

        static long hi(byte[] a) { return half(a, 0); }

        static long lo(byte[] a) { return half(a, 8); }

        private static long half(byte[] a, int off) {
            long v = 0;
            for (int i = off; i < off + 8; i++) v = v << 8 | (a[i] & 0xff);
            return v;
        }
    }

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
        List<Rt6Info> node = nodes.get(Prefix.of(r.dst, r.dstLen));
        if (node != null) for (Rt6Info o : node) if (o.sameKey(r)) return false;
        r.seq = seq++;
        link(r);
        return true;
    }

    /** The routes of exactly this prefix, in walk order (fib6_locate's node leaf list). */
    public List<Rt6Info> at(byte[] dst, int dstLen) {
        List<Rt6Info> node = nodes.get(Prefix.of(dst, dstLen));
        return node == null ? new ArrayList<>() : new ArrayList<>(node);
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
                unlink(o);
                r.seq = o.seq;
                link(r);
                return;
            }
            if (o.sameKey(r)) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EEXIST);
        }
        if (replace && !create) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ENOENT,
                "Can not replace route - no match found");
        r.seq = seq++;
        link(r);
    }

    public boolean remove(Rt6Info r) {
        List<Rt6Info> node = nodes.get(Prefix.of(r.dst, r.dstLen));
        if (node == null || !node.contains(r)) return false;
        unlink(r);
        return true;
    }

    /** rt6_sync_down_dev / rt6_disable_ip: every route through {@code dev} goes. */
    public void flushDev(NetDevice dev) {
        Set<Rt6Info> rs = byDev.get(dev);
        if (rs == null) return;
        for (Rt6Info r : new ArrayList<>(rs)) unlink(r);
    }

    /** The routes in dump order. */
    public List<Rt6Info> dump() { return new ArrayList<>(walk); }

    /**
     * fib6_lookup + rt6_select: the longest prefix containing {@code daddr} that has a usable route
     * (device up, and the given {@code oif} if one is required), lowest metric first.
     */
    public Rt6Info lookup(byte[] daddr, NetDevice oif) {
        long hi = Prefix.hi(daddr), lo = Prefix.lo(daddr);
        for (int len = lengths.previousSetBit(128); len >= 0; len = lengths.previousSetBit(len - 1)) {
            List<Rt6Info> node = nodes.get(Prefix.masked(hi, lo, len));
            if (node == null) continue;
            for (Rt6Info r : node) {
                // A local route of an address on a down loopback was never marked dead (rt6_sync_down_dev).
                // Nor a reject route: it merely sits on lo (added while lo was down, it works all the same).
                if (r.dev != null && !r.dev.isUp() && r.type != Rt6Info.RTN_LOCAL && !r.reject) continue;
                if (oif != null && r.dev != oif && r.type != Rt6Info.RTN_LOCAL) continue;
                return r;
            }
        }
        return null;
    }

    private void link(Rt6Info r) {
        walk.add(r);
        List<Rt6Info> node = nodes.computeIfAbsent(Prefix.of(r.dst, r.dstLen), k -> new ArrayList<>(1));
        int i = 0;
        while (i < node.size() && ORDER.compare(node.get(i), r) < 0) i++;
        node.add(i, r);
        if (perLength[r.dstLen]++ == 0) lengths.set(r.dstLen);
        if (r.dev != null) byDev.computeIfAbsent(r.dev, d -> new LinkedHashSet<>()).add(r);
    }

    private void unlink(Rt6Info r) {
        walk.remove(r);
        Prefix k = Prefix.of(r.dst, r.dstLen);
        List<Rt6Info> node = nodes.get(k);
        node.remove(r);
        if (node.isEmpty()) nodes.remove(k);
        if (--perLength[r.dstLen] == 0) lengths.clear(r.dstLen);
        if (r.dev != null) {
            Set<Rt6Info> rs = byDev.get(r.dev);
            rs.remove(r);
            if (rs.isEmpty()) byDev.remove(r.dev);
        }
    }
}
