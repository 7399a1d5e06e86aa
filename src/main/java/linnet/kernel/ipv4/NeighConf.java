package linnet.kernel.ipv4;

import java.util.LinkedHashMap;
import java.util.Map;
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

    static Map<String, Sysctl.Entry> register(Sysctl s, String name, Map<String, Sysctl.Entry> from) {
        Map<String, Sysctl.Entry> m = new LinkedHashMap<>();
        for (String[] k : KNOBS) {
            long v = from != null && from.containsKey(k[0]) ? from.get(k[0]).longValue() : Long.parseLong(k[1]);
            m.put(k[0], s.registerInt("net.ipv4.neigh." + name + "." + k[0], v));
        }
        if (name.equals("default")) {
            for (String[] k : DEFAULT_ONLY) m.put(k[0], s.registerInt("net.ipv4.neigh.default." + k[0], Long.parseLong(k[1])));
        }
        return m;
    }
}
