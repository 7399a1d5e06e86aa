package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One routing table. Routes are kept in fib_trie's dump order: by prefix (unsigned), longer
 * prefixes of the same key first, then tos, then priority, then insertion. Lookup is a
 * longest-prefix match over that list (tables here are small; a trie can replace it later).
 */
public final class FibTable {
    public final int id;
    private final List<FibRoute> routes = new ArrayList<>();
    private long seq;

    static final Comparator<FibRoute> ORDER = Comparator
            .comparingInt((FibRoute r) -> r.dst ^ Integer.MIN_VALUE)
            .thenComparing(Comparator.comparingInt((FibRoute r) -> r.dstLen).reversed())
            .thenComparing(Comparator.comparingInt((FibRoute r) -> r.tos).reversed())
            .thenComparingInt(r -> r.priority)
            .thenComparingLong(r -> r.seq);

    FibTable(int id) { this.id = id; }

    public List<FibRoute> routes() { return routes; }

    /** Inserts keeping the dump order; a new route goes after existing equal-keyed ones. */
    void insert(FibRoute r) {
        r.seq = seq++;
        r.table = id;
        shareInfo(r);
        int i = 0;
        while (i < routes.size() && ORDER.compare(routes.get(i), r) <= 0) i++;
        routes.add(i, r);
    }

    /** Inserts before the first route of the same (dst, len, tos, priority) (the default for add). */
    void insertFirst(FibRoute r) {
        r.table = id;
        shareInfo(r);
        for (int i = 0; i < routes.size(); i++) {
            FibRoute o = routes.get(i);
            if (o.dst == r.dst && o.dstLen == r.dstLen && o.tos == r.tos && o.priority == r.priority) {
                r.seq = o.seq;
                for (int j = i; j < routes.size(); j++) {
                    FibRoute p = routes.get(j);
                    if (p.dst == r.dst && p.dstLen == r.dstLen && p.tos == r.tos && p.priority == r.priority) p.seq++;
                }
                routes.add(i, r);
                return;
            }
        }
        insert(r);
    }

    void remove(FibRoute r) { routes.remove(r); }

    /**
     * fib_create_info finding an identical fib_info (fib_find_info) reuses it, and with it the
     * next hop's exceptions; otherwise the route starts with none.
     */
    private void shareInfo(FibRoute r) {
        for (FibRoute o : routes) {
            if (o != r && o.sameInfo(r)) {
                r.exceptions = o.exceptions;
                return;
            }
        }
        r.exceptions = new java.util.LinkedHashMap<>();
    }

    void replace(FibRoute old, FibRoute r) {
        int i = routes.indexOf(old);
        r.table = id;
        shareInfo(r);
        r.seq = old.seq;
        routes.set(i, r);
    }

    /**
     * fib_table_lookup: the longest matching prefix; among its aliases the first usable one
     * (nexthop not dead, scope at least {@code minScope}).
     */
    public FibRoute lookup(int addr, int minScope, int oif) {
        FibRoute best = null;
        for (FibRoute r : routes) {
            if (!r.matches(addr)) continue;
            if (best != null && r.dstLen <= best.dstLen) continue;
            if (r.dead() || r.scope < minScope) continue;
            if (oif != 0 && r.dev != null && r.dev.ifindex() != oif) continue;
            best = r;
        }
        return best;
    }
}
