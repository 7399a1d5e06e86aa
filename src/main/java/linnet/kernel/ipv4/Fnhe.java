package linnet.kernel.ipv4;

/**
 * The nexthop exceptions of net/ipv4/route.c: find_exception, update_or_create_fnhe,
 * rt_bind_exception and the genid that `ip route flush cache` bumps (fnhe_genid_bump).
 */
public final class Fnhe {
    private Fnhe() {}

    /** ip_rt_gc_timeout: how long a redirect exception lives (RT_GC_TIMEOUT, 300 s). */
    static final long GC_TIMEOUT = 300_000_000_000L;

    /** find_exception: the live exception for {@code daddr} on the route's next hop; an expired one is deleted. */
    static FibNhException find(NetnsIpv4 ns, FibRoute r, int daddr) {
        if (r == null) return null;
        FibNhException e = r.exceptions.get(daddr);
        if (e == null) return null;
        if (e.expired(ns.net.kernel.loop.now())) {
            r.exceptions.remove(daddr);
            return null;
        }
        return e;
    }

    /**
     * update_or_create_fnhe: an existing entry takes the new gateway and/or MTU and expiry (even a
     * stale one keeps its other values: only rt_bind_exception clears those); a new one starts
     * with exactly these.
     */
    static void updateOrCreate(NetnsIpv4 ns, FibRoute r, int daddr, int gw, int pmtu, boolean lock, long expires) {
        long now = ns.net.kernel.loop.now();
        FibNhException e = r.exceptions.get(daddr);
        if (e != null) {
            e.genid = ns.fnheGenid;
            if (gw != 0) e.gw = gw;
            if (pmtu != 0) {
                e.pmtu = pmtu;
                e.mtuLocked = lock;
            }
        } else {
            e = new FibNhException(daddr);
            e.genid = ns.fnheGenid;
            e.gw = gw;
            e.pmtu = pmtu;
            e.mtuLocked = lock;
            r.exceptions.put(daddr, e);
        }
        e.expires = Math.max(1, expires);
        e.stamp = now;
    }

    /**
     * rt_bind_exception: the route takes the exception's MTU, expiry and gateway; an exception of an
     * older genid is emptied first (what the flush left behind). {@code cache}: the route is cached
     * in it (output routes, and input routes that are cacheable), which is what a dump lists.
     */
    static void bind(NetnsIpv4 ns, FibNhException e, Rtable rt, int iif, boolean cache) {
        if (e.genid != ns.fnheGenid) {
            e.genid = ns.fnheGenid;
            e.gw = 0;
            e.pmtu = 0;
            e.expires = 0;
            e.mtuLocked = false;
            e.rthOutput = false;
            e.rthInputIif = 0;
        }
        // fill_route_from_fnhe
        rt.pmtu = e.pmtu;
        rt.mtuLocked = e.mtuLocked;
        rt.expires = e.expires;
        if (e.gw != 0) {
            rt.redirected = true;
            rt.gw = e.gw;
        }
        if (cache) {
            if (iif != 0) e.rthInputIif = iif;
            else e.rthOutput = true;
        }
        e.stamp = ns.net.kernel.loop.now();
    }

    /** `ip route flush cache` (ipv4_sysctl_rtcache_flush): every exception of the namespace goes stale. */
    public static void flush(NetnsIpv4 ns) { ns.fnheGenid++; }

    /** fnhe_dump_bucket's filter: current genid, not expired, and a route cached in it. */
    static boolean dumpable(NetnsIpv4 ns, FibNhException e) {
        return e.genid == ns.fnheGenid && !e.expired(ns.net.kernel.loop.now()) && (e.rthOutput || e.rthInputIif != 0);
    }

    /** One dumped exception with the route whose next hop holds it. */
    public record Entry(FibRoute route, FibNhException exception) {}

    /**
     * A dump with RTM_F_CLONED (fib_dump_info_fnhe): the trie walk of table {@code tableId} visits
     * each route and lists the exceptions of its next hop, so routes sharing one fib_info list the
     * same exceptions each. Within a next hop the kernel's order is its hash's; here it is by address.
     */
    public static java.util.List<Entry> dump(NetnsIpv4 ns, int tableId) {
        java.util.List<Entry> l = new java.util.ArrayList<>();
        FibTable t = ns.fib.table(tableId);
        if (t == null) return l;
        for (FibRoute r : t.routes()) {
            java.util.List<FibNhException> es = new java.util.ArrayList<>(r.exceptions.values());
            es.sort((a, b) -> Integer.compareUnsigned(a.daddr, b.daddr));
            for (FibNhException e : es) if (dumpable(ns, e)) l.add(new Entry(r, e));
        }
        return l;
    }
}
