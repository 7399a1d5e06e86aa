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

    private static String[][] knobs(String locktime) {
        return new String[][] {
            {"anycast_delay", "100"}, {"app_solicit", "0"}, {"base_reachable_time", "30"},
            {"base_reachable_time_ms", "30000"}, {"delay_first_probe_time", "5"}, {"gc_stale_time", "60"},
            {"interval_probe_time_ms", "5000"}, {"locktime", locktime}, {"mcast_resolicit", "0"}, {"mcast_solicit", "3"},
            {"proxy_delay", "80"}, {"proxy_qlen", "64"}, {"retrans_time", "100"}, {"retrans_time_ms", "1000"},
            {"ucast_solicit", "3"}, {"unres_qlen", "101"}, {"unres_qlen_bytes", "212992"},
        };
    }

    /** arp_tbl (locktime 1 s = 100 centiseconds) and nd_tbl (locktime 0). */
    public static final Sysctl.Schema ARP = new Sysctl.Schema(knobs("100")), ND = new Sysctl.Schema(knobs("0"));

    private static final int BASE_REACHABLE = ARP.index("base_reachable_time"),
            BASE_REACHABLE_MS = ARP.index("base_reachable_time_ms"), RETRANS = ARP.index("retrans_time"),
            RETRANS_MS = ARP.index("retrans_time_ms");

    /** Registers a device's directory {@code prefix} (ending in '.') at the table's defaults. */
    public static Sysctl.Dir register(Sysctl s, String prefix, Sysctl.Schema table) {
        Sysctl.Dir d = s.registerDir(prefix, table, table.sharedDefaults());
        d.onWrite(NeighConf::twins);
        return d;
    }

    /**
     * Each time knob and its _ms twin are one variable (NEIGH_VAR BASE_REACHABLE_TIME, RETRANS_TIME)
     * shown in two units: base_reachable_time in seconds, retrans_time in USER_HZ (1/100 s).
     */
    private static void twins(Sysctl.Dir d, int knob, int old) {
        int v = d.get(knob);
        if (knob == BASE_REACHABLE) d.set(BASE_REACHABLE_MS, v * 1000);
        else if (knob == BASE_REACHABLE_MS) d.set(BASE_REACHABLE, v / 1000);
        else if (knob == RETRANS) d.set(RETRANS_MS, v * 10);
        else if (knob == RETRANS_MS) d.set(RETRANS, v / 10);
    }
}
