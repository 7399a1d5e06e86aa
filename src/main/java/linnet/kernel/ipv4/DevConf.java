package linnet.kernel.ipv4;

import java.util.LinkedHashMap;
import java.util.Map;
import linnet.kernel.core.Sysctl;

/**
 * One IPv4 conf directory, net.ipv4.conf.NAME.* (struct ipv4_devconf): a device's, "all" or
 * "default". A new device copies "default" (devconf_inherit_init_net as on the oracle machine).
 */
public final class DevConf {
    /** The knobs and their kernel defaults, in /proc/sys order. */
    static final String[][] KNOBS = {
        {"accept_local", "0"}, {"accept_redirects", "1"}, {"accept_source_route", "0"},
        {"arp_accept", "0"}, {"arp_announce", "0"}, {"arp_evict_nocarrier", "1"}, {"arp_filter", "0"},
        {"arp_ignore", "0"}, {"arp_notify", "0"}, {"bc_forwarding", "0"}, {"bootp_relay", "0"},
        {"disable_policy", "0"}, {"disable_xfrm", "0"}, {"drop_gratuitous_arp", "0"},
        {"drop_unicast_in_l2_multicast", "0"}, {"force_igmp_version", "0"}, {"forwarding", "0"},
        {"igmpv2_unsolicited_report_interval", "10000"}, {"igmpv3_unsolicited_report_interval", "1000"},
        {"ignore_routes_with_linkdown", "0"}, {"log_martians", "0"}, {"mc_forwarding", "0"},
        {"medium_id", "0"}, {"promote_secondaries", "0"}, {"proxy_arp", "0"}, {"proxy_arp_pvlan", "0"},
        {"route_localnet", "0"}, {"rp_filter", "0"}, {"secure_redirects", "1"}, {"send_redirects", "1"},
        {"shared_media", "1"}, {"src_valid_mark", "0"}, {"tag", "0"},
    };

    final Map<String, Sysctl.Entry> entries = new LinkedHashMap<>();
    public Sysctl.Entry forwarding, rpFilter, promoteSecondaries, arpIgnore, arpAnnounce, arpFilter,
            acceptLocal, proxyArp, sendRedirects, acceptRedirects, routeLocalnet, ignoreRoutesWithLinkdown;

    /** Registers NAME's directory, with values copied from {@code from} (or the defaults). */
    static DevConf register(Sysctl s, String name, DevConf from) {
        DevConf c = new DevConf();
        for (String[] k : KNOBS) {
            String v = from != null ? from.entries.get(k[0]).value() : k[1];
            c.entries.put(k[0], s.registerInt("net.ipv4.conf." + name + "." + k[0], Long.parseLong(v)));
        }
        c.bind();
        return c;
    }

    /** Puts the same entry objects back under a (new) name. */
    static void reRegister(Sysctl s, String name, DevConf c) {
        Map<String, Sysctl.Entry> old = new LinkedHashMap<>(c.entries);
        c.entries.clear();
        for (Map.Entry<String, Sysctl.Entry> e : old.entrySet()) {
            Sysctl.Entry n = s.registerInt("net.ipv4.conf." + name + "." + e.getKey(), e.getValue().longValue());
            c.entries.put(e.getKey(), n);
        }
        c.bind();
    }

    private void bind() {
        forwarding = entries.get("forwarding");
        rpFilter = entries.get("rp_filter");
        promoteSecondaries = entries.get("promote_secondaries");
        arpIgnore = entries.get("arp_ignore");
        arpAnnounce = entries.get("arp_announce");
        arpFilter = entries.get("arp_filter");
        acceptLocal = entries.get("accept_local");
        proxyArp = entries.get("proxy_arp");
        sendRedirects = entries.get("send_redirects");
        acceptRedirects = entries.get("accept_redirects");
        routeLocalnet = entries.get("route_localnet");
        ignoreRoutesWithLinkdown = entries.get("ignore_routes_with_linkdown");
    }
}
