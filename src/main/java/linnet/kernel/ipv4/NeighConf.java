package linnet.kernel.ipv4;

import linnet.kernel.core.Sysctl;

/**
 * A neighbour table's per-device parameters as sysctls, net.ipv4.neigh.NAME.* and
 * net.ipv6.neigh.NAME.* (neigh_sysctl_register), with the kernel's defaults. The tables' own
 * parameters (the "default" directory, with the garbage-collection knobs) are registered in
 * init_net only, so a new namespace has no "default" directory, and every device starts from the
 * table's defaults (arp_tbl and nd_tbl differ only in locktime). Untouched directories share the
 * defaults array. (The tables themselves still use the defaults; per-device overrides are not read yet.)
 */
public final class NeighConf {
    private NeighConf() {}

    /** 0..INT_MAX (neigh_proc_dointvec_zero_intmax). */
    private static final String ZERO_INTMAX = "range 0 2147483647";

    /**
     * The knobs with their proc handlers: the times are kept in ticks and shown in seconds
     * (jiffies), 1/USER_HZ s (userhz) or ms (msjiffies); unres_qlen is unres_qlen_bytes shown in
     * packets of SKB_TRUESIZE(ETH_FRAME_LEN) bytes.
     */
    private static String[][] knobs(String locktime) {
        return new String[][] {
            {"anycast_delay", "100", "644", "userhz"}, {"app_solicit", "0", "644", ZERO_INTMAX},
            {"base_reachable_time", "30", "644", "jiffies"}, {"base_reachable_time_ms", "30000", "644", "msjiffies"},
            {"delay_first_probe_time", "5", "644", "jiffies"}, {"gc_stale_time", "60", "644", "jiffies"},
            {"interval_probe_time_ms", "5000", "644", "msjiffies 1"}, {"locktime", locktime, "644", "userhz"},
            {"mcast_resolicit", "0", "644", ZERO_INTMAX}, {"mcast_solicit", "3", "644", ZERO_INTMAX},
            {"proxy_delay", "80", "644", "userhz"}, {"proxy_qlen", "64", "644", ZERO_INTMAX},
            {"retrans_time", "100", "644", "userhz"}, {"retrans_time_ms", "1000", "644", "msjiffies"},
            {"ucast_solicit", "3", "644", ZERO_INTMAX},
            {"unres_qlen", "101", "644", "range 0 " + Integer.MAX_VALUE / SKB_TRUESIZE_ETH_FRAME},
            {"unres_qlen_bytes", "212992", "644", ZERO_INTMAX},
        };
    }

    /** SKB_TRUESIZE(ETH_FRAME_LEN) on the oracle kernel: what one queued frame counts against unres_qlen_bytes. */
    static final int SKB_TRUESIZE_ETH_FRAME = 2090;

    /** arp_tbl (locktime 1 s = 100 centiseconds) and nd_tbl (locktime 0). */
    public static final Sysctl.Schema ARP = new Sysctl.Schema(knobs("100")), ND = new Sysctl.Schema(knobs("0"));

    private static final int BASE_REACHABLE = ARP.index("base_reachable_time"),
            BASE_REACHABLE_MS = ARP.index("base_reachable_time_ms"), RETRANS = ARP.index("retrans_time"),
            RETRANS_MS = ARP.index("retrans_time_ms"), UNRES_QLEN = ARP.index("unres_qlen"),
            UNRES_QLEN_BYTES = ARP.index("unres_qlen_bytes");

    /** Registers a device's directory {@code prefix} (ending in '.') at the table's defaults. */
    public static Sysctl.Dir register(Sysctl s, String prefix, Sysctl.Schema table) {
        Sysctl.Dir d = s.registerDir(prefix, table, table.sharedDefaults());
        d.onWrite(NeighConf::twins);
        return d;
    }

    /**
     * Each time knob and its _ms twin are one variable in ticks (NEIGH_VAR BASE_REACHABLE_TIME,
     * RETRANS_TIME) shown in two units, and unres_qlen is unres_qlen_bytes in frames: a write to
     * one shows in the other, each rounded to its own unit.
     */
    private static void twins(Sysctl.Dir d, int knob, int old) {
        int twin = knob == BASE_REACHABLE ? BASE_REACHABLE_MS : knob == BASE_REACHABLE_MS ? BASE_REACHABLE
                : knob == RETRANS ? RETRANS_MS : knob == RETRANS_MS ? RETRANS : -1;
        if (twin >= 0) {
            d.set(twin, (int) d.ctl(twin).fromTicks(d.lastTicks()));
        } else if (knob == UNRES_QLEN) {
            d.set(UNRES_QLEN_BYTES, d.get(UNRES_QLEN) * SKB_TRUESIZE_ETH_FRAME);
        } else if (knob == UNRES_QLEN_BYTES) {
            d.set(UNRES_QLEN, d.get(UNRES_QLEN_BYTES) / SKB_TRUESIZE_ETH_FRAME);
        }
    }
}
