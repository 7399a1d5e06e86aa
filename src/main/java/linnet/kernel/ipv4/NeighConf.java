package linnet.kernel.ipv4;

import linnet.kernel.core.Sysctl;

/**
 * The ARP table's per-device parameters as sysctls, net.ipv4.neigh.NAME.* (neigh_sysctl_register),
 * with the kernel's defaults; "default" has the table-wide garbage-collection knobs too.
 * (The table itself still uses the defaults; per-device overrides are not read yet.)
 */
final class NeighConf {
    private NeighConf() {}

    static final String[][] KNOBS = {
        {"anycast_delay", "100"}, {"app_solicit", "0"}, {"base_reachable_time", "30"},
        {"base_reachable_time_ms", "30000"}, {"delay_first_probe_time", "5"}, {"gc_stale_time", "60"},
        {"interval_probe_time_ms", "5000"}, {"locktime", "100"}, {"mcast_resolicit", "0"}, {"mcast_solicit", "3"},
        {"proxy_delay", "80"}, {"proxy_qlen", "64"}, {"retrans_time", "100"}, {"retrans_time_ms", "1000"},
        {"ucast_solicit", "3"}, {"unres_qlen", "101"}, {"unres_qlen_bytes", "212992"},
    };
    static final String[][] DEFAULT_ONLY = {{"gc_interval", "30"}, {"gc_thresh1", "128"}, {"gc_thresh2", "512"},
        {"gc_thresh3", "1024"}};

    static final Sysctl.Schema SCHEMA = new Sysctl.Schema(KNOBS);
    /** "default" has the garbage-collection knobs after the per-device ones. */
    static final Sysctl.Schema DEFAULT_SCHEMA = new Sysctl.Schema(concat(KNOBS, DEFAULT_ONLY));

    private static String[][] concat(String[][] a, String[][] b) {
        String[][] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Registers NAME's directory, the per-device knobs copied from {@code from} (or the defaults). */
    static Sysctl.Dir register(Sysctl s, String name, Sysctl.Dir from) {
        boolean dflt = name.equals("default");
        Sysctl.Schema schema = dflt ? DEFAULT_SCHEMA : SCHEMA;
        int[] values = schema.defaults();
        if (from != null) System.arraycopy(from.values, 0, values, 0, KNOBS.length);
        return s.registerDir("net.ipv4.neigh." + name + ".", schema, values);
    }
}
