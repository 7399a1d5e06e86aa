package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import linnet.kernel.core.NetDevice;

/**
 * One IPv6 routing table (net/ipv6/ip6_fib.c). The kernel keeps a binary trie and walks it
 * post-order (left = bit 0 first, a node after its more specific children); routes with the same
 * prefix are kept by metric, then insertion. {@link #ORDER} is that walk as a total order.
 *
 * <p>A host with a hundred thousand containers has several routes per device here (a link-local
 * local route, and fe80::/64 and ff00::/8 once per device: two nodes of a hundred thousand
 * routes each), so every per-route operation stays O(log n): the walk is a sorted set; the trie's
 * nodes are a hash map by prefix (a lookup probes only the prefix lengths in use, longest first,
 * as the descent would meet them); a node keeps its routes by device and by key as well, so that
 * a duplicate check or a lookup bound to a device does not read every route of the prefix; and
 * the routes of each device are kept apart for rt6_sync_down_dev.
 */
public final class Fib6Table {
    public final int id;
    /** Every route, in walk order. */
    private final TreeSet<Rt6Info> walk = new TreeSet<>(ORDER);
    /** fib6_node: the routes of one prefix. */
    private final Map<Prefix, Node> nodes = new HashMap<>();
    /**
     * The prefix lengths that have had a node, to probe only those: a length stays marked when
     * its last node goes (a probe then misses once), so there are no per-length counts to keep.
     */
    private final BitSet lengths = new BitSet(129);
    /** The newest route of each device, the head of its chain through {@link Rt6Info#devPrev}. */
    private final Map<NetDevice, Rt6Info> devTail = new HashMap<>();
    private long seq;

    public Fib6Table(int id) { this.id = id; }

    /** A masked prefix as two 64-bit halves and its length: the trie node's key. */
    private record Prefix(long hi, long lo, int len) {
        static Prefix of(byte[] dst, int len) { return masked(Rt6Info.half(dst, 0), Rt6Info.half(dst, 8), len); }

        static Prefix of(Rt6Info r) { return new Prefix(r.dstHi, r.dstLo, r.dstLen); }

        static Prefix masked(long hi, long lo, int len) {
            long mh = len >= 64 ? -1L : len == 0 ? 0 : -1L << (64 - len);
            long ml = len >= 128 ? -1L : len <= 64 ? 0 : -1L << (128 - len);
            return new Prefix(hi & mh, lo & ml, len);
        }
    }

    /** What makes two routes of one prefix the same route (fib6_add_rt2node's duplicate check). */
    private record Dup(int table, int type, NetDevice dev, int metric, boolean gw, long gwHi, long gwLo) {
        static Dup of(Rt6Info r) {
            return new Dup(r.table, r.type, r.dev, r.metric, r.gateway != null,
                    r.gateway == null ? 0 : Rt6Info.half(r.gateway, 0), r.gateway == null ? 0 : Rt6Info.half(r.gateway, 8));
        }
    }

    /** The order of one node's leaves: metric, then insertion. */
    private static final Comparator<Rt6Info> LEAF = (a, b) -> {
        if (a.metric != b.metric) return Integer.compareUnsigned(a.metric, b.metric);
        return Long.compare(a.seq, b.seq);
    };

    /** The fib6 walk order: by the first differing bit within the shorter prefix, then more specific first, then leaf order. */
    static final Comparator<Rt6Info> ORDER = (a, b) -> {
        int m = Math.min(a.dstLen, b.dstLen);
        long xh = a.dstHi ^ b.dstHi, xl = a.dstLo ^ b.dstLo;
        int d = xh != 0 ? Long.numberOfLeadingZeros(xh) : xl != 0 ? 64 + Long.numberOfLeadingZeros(xl) : 128;
        if (d < m) {
            long w = d < 64 ? a.dstHi : a.dstLo;
            return (int) (w >>> (63 - (d & 63)) & 1) == 1 ? 1 : -1;
        }
        if (a.dstLen != b.dstLen) return b.dstLen - a.dstLen;
        return LEAF.compare(a, b);
    };

    /**
     * One prefix's routes in leaf order. Most nodes hold a route or two (a namespace has a
     * handful of them), so a node starts as a short sorted list read through; past {@link #SMALL}
     * routes it keeps them in a sorted set, by device, the local ones apart and counted by key.
     */
    private static final class Node {
        static final int SMALL = 8;
        private ArrayList<Rt6Info> small = new ArrayList<>(2);
        private Big big;

        private static final class Big {
            final TreeSet<Rt6Info> leaves = new TreeSet<>(LEAF);
            final Map<NetDevice, TreeSet<Rt6Info>> byDev = new HashMap<>();
            final TreeSet<Rt6Info> locals = new TreeSet<>(LEAF);
            final Map<Dup, Integer> dups = new HashMap<>();

            void add(Rt6Info r) {
                leaves.add(r);
                if (r.dev != null) byDev.computeIfAbsent(r.dev, d -> new TreeSet<>(LEAF)).add(r);
                if (r.type == Rt6Info.RTN_LOCAL) locals.add(r);
                dups.merge(Dup.of(r), 1, Integer::sum);
            }

            void remove(Rt6Info r) {
                leaves.remove(r);
                if (r.dev != null) {
                    TreeSet<Rt6Info> s = byDev.get(r.dev);
                    s.remove(r);
                    if (s.isEmpty()) byDev.remove(r.dev);
                }
                locals.remove(r);
                dups.computeIfPresent(Dup.of(r), (k, n) -> n == 1 ? null : n - 1);
            }
        }

        /** The leaves in order (a live view: copy before changing the node). */
        java.util.Collection<Rt6Info> leaves() { return big != null ? big.leaves : small; }

        boolean isEmpty() { return leaves().isEmpty(); }

        boolean contains(Rt6Info r) {
            if (big == null) {
                for (Rt6Info o : small) if (o == r) return true;
                return false;
            }
            return big.leaves.ceiling(r) == r;
        }

        boolean hasDup(Rt6Info r) {
            if (big != null) return big.dups.containsKey(Dup.of(r));
            for (Rt6Info o : small) if (o.sameKey(r)) return true;
            return false;
        }

        /** The first leaf of {@code metric}, or null. */
        Rt6Info firstOfMetric(int metric) {
            if (big == null) {
                for (Rt6Info o : small) if (o.metric == metric) return o;
                return null;
            }
            Rt6Info probe = new Rt6Info(0, 0, new byte[16], 0, null, null, metric, 0);
            probe.seq = Long.MIN_VALUE;
            Rt6Info o = big.leaves.ceiling(probe);
            return o != null && o.metric == metric ? o : null;
        }

        void add(Rt6Info r) {
            if (big != null) {
                big.add(r);
                return;
            }
            int i = 0;
            while (i < small.size() && LEAF.compare(small.get(i), r) < 0) i++;
            small.add(i, r);
            if (small.size() > SMALL) {
                big = new Big();
                for (Rt6Info o : small) big.add(o);
                small = null;
            }
        }

        void remove(Rt6Info r) {
            if (big != null) big.remove(r);
            else small.removeIf(o -> o == r);
        }

        /** rt6_select on this node: the first usable route, bound to {@code oif} if given. */
        Rt6Info select(NetDevice oif) {
            if (oif == null || big == null) {
                for (Rt6Info r : leaves()) if (usable(r) && (oif == null || r.dev == oif || r.type == Rt6Info.RTN_LOCAL)) return r;
                return null;
            }
            // Bound to oif: that device's routes, and local routes of any device.
            Rt6Info best = big.locals.isEmpty() ? null : big.locals.first();
            TreeSet<Rt6Info> own = big.byDev.get(oif);
            if (own != null) {
                for (Rt6Info r : own) {
                    if (best != null && LEAF.compare(r, best) > 0) break;
                    if (usable(r)) {
                        best = r;
                        break;
                    }
                }
            }
            return best;
        }

        /**
         * A local route of an address on a down loopback was never marked dead (rt6_sync_down_dev).
         * Nor a reject route: it merely sits on lo (added while lo was down, it works all the same).
         */
        private static boolean usable(Rt6Info r) {
            return r.dev == null || r.dev.isUp() || r.type == Rt6Info.RTN_LOCAL || r.reject;
        }
    }

    /** fib6_add: false if the same route is there already. */
    public boolean add(Rt6Info r) {
        Node node = nodes.get(Prefix.of(r));
        if (node != null && node.hasDup(r)) return false;
        r.seq = seq++;
        link(r);
        return true;
    }

    /** The routes of exactly this prefix, in walk order (fib6_locate's node leaf list). */
    public List<Rt6Info> at(byte[] dst, int dstLen) {
        Node node = nodes.get(Prefix.of(dst, dstLen));
        return node == null ? new ArrayList<>() : new ArrayList<>(node.leaves());
    }

    /**
     * fib6_add_rt2node for RTM_NEWROUTE: with NLM_F_EXCL a route of the same prefix and metric is
     * EEXIST; with NLM_F_REPLACE it takes the place of the first such route (ENOENT without one
     * unless NLM_F_CREATE).
     */
    public void insert(Rt6Info r, boolean excl, boolean replace, boolean create) throws linnet.kernel.core.KernelException {
        Node node = nodes.get(Prefix.of(r));
        Rt6Info o = node == null ? null : node.firstOfMetric(r.metric);
        if (o != null) {
            if (excl) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EEXIST);
            if (replace) {
                unlink(o);
                r.seq = o.seq;
                link(r);
                return;
            }
            if (node.hasDup(r)) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EEXIST);
        }
        if (replace && !create) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ENOENT,
                "Can not replace route - no match found");
        r.seq = seq++;
        link(r);
    }

    public boolean remove(Rt6Info r) {
        Node node = nodes.get(Prefix.of(r));
        if (node == null || !node.contains(r)) return false;
        unlink(r);
        return true;
    }

    /** rt6_sync_down_dev / rt6_disable_ip: every route through {@code dev} goes. */
    public void flushDev(NetDevice dev) {
        List<Rt6Info> own = new ArrayList<>();
        for (Rt6Info r = devTail.get(dev); r != null; r = r.devPrev) own.add(r);
        for (Rt6Info r : own) unlink(r);
    }

    /** The routes in dump order. */
    public List<Rt6Info> dump() { return new ArrayList<>(walk); }

    /**
     * fib6_lookup + rt6_select: the longest prefix containing {@code daddr} that has a usable route
     * (device up, and the given {@code oif} if one is required), lowest metric first.
     */
    public Rt6Info lookup(byte[] daddr, NetDevice oif) {
        long hi = Rt6Info.half(daddr, 0), lo = Rt6Info.half(daddr, 8);
        for (int len = lengths.previousSetBit(128); len >= 0; len = lengths.previousSetBit(len - 1)) {
            Node node = nodes.get(Prefix.masked(hi, lo, len));
            if (node == null) continue;
            Rt6Info r = node.select(oif);
            if (r != null) return r;
        }
        return null;
    }

    private void link(Rt6Info r) {
        walk.add(r);
        nodes.computeIfAbsent(Prefix.of(r), k -> new Node()).add(r);
        lengths.set(r.dstLen);
        if (r.dev != null) {
            Rt6Info tail = devTail.put(r.dev, r);
            r.devPrev = tail;
            if (tail != null) tail.devNext = r;
        }
    }

    private void unlink(Rt6Info r) {
        walk.remove(r);
        Prefix k = Prefix.of(r);
        Node node = nodes.get(k);
        node.remove(r);
        if (node.isEmpty()) nodes.remove(k);
        if (r.dev != null) {
            if (r.devPrev != null) r.devPrev.devNext = r.devNext;
            if (r.devNext != null) r.devNext.devPrev = r.devPrev;
            else if (r.devPrev != null) devTail.put(r.dev, r.devPrev);
            else devTail.remove(r.dev);
            r.devPrev = r.devNext = null;
        }
    }
}
