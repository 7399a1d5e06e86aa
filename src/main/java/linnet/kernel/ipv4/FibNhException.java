package linnet.kernel.ipv4;

/**
 * struct fib_nh_exception: what ICMP taught about one destination behind one next hop — a path
 * MTU (fragmentation needed) and/or a better gateway (an accepted redirect) — until it expires.
 * It lives on the next hop (the fib_info shared by every route with the same attributes).
 */
public final class FibNhException {
    public final int daddr;
    /** net->fnhe_genid when it was (re)set; `ip route flush cache` bumps the namespace's, making this stale. */
    int genid;
    /** fnhe_gw: the gateway a redirect taught (0 = none). */
    public int gw;
    /** fnhe_pmtu and fnhe_mtu_locked. */
    public int pmtu;
    public boolean mtuLocked;
    /** fnhe_expires in virtual ns (0 = never). */
    public long expires;
    /** fnhe_rth_output / fnhe_rth_input: whether a route was cached here (only those are dumped). */
    boolean rthOutput;
    /** The input device of the cached input route (0 = none). */
    int rthInputIif;
    /** fnhe_stamp: last use. */
    long stamp;

    FibNhException(int daddr) { this.daddr = daddr; }

    /** Whether it has expired at {@code now}. */
    boolean expired(long now) { return expires != 0 && now > expires; }
}
