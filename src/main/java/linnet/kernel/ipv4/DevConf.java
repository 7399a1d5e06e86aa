package linnet.kernel.ipv4;

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

    static final Sysctl.Schema SCHEMA = new Sysctl.Schema(KNOBS);
    private static final int FORWARDING = SCHEMA.index("forwarding"), RP_FILTER = SCHEMA.index("rp_filter"),
            PROMOTE_SECONDARIES = SCHEMA.index("promote_secondaries"), ARP_IGNORE = SCHEMA.index("arp_ignore"),
            ARP_ANNOUNCE = SCHEMA.index("arp_announce"), ARP_FILTER = SCHEMA.index("arp_filter"),
            ACCEPT_LOCAL = SCHEMA.index("accept_local"), PROXY_ARP = SCHEMA.index("proxy_arp"),
            SEND_REDIRECTS = SCHEMA.index("send_redirects"), ACCEPT_REDIRECTS = SCHEMA.index("accept_redirects"),
            ROUTE_LOCALNET = SCHEMA.index("route_localnet"),
            IGNORE_ROUTES_WITH_LINKDOWN = SCHEMA.index("ignore_routes_with_linkdown"),
            ARP_EVICT_NOCARRIER = SCHEMA.index("arp_evict_nocarrier"),
            SHARED_MEDIA = SCHEMA.index("shared_media"), SECURE_REDIRECTS = SCHEMA.index("secure_redirects"),
            SRC_VALID_MARK = SCHEMA.index("src_valid_mark"), LOG_MARTIANS = SCHEMA.index("log_martians");

    /** The directory: its values are read directly on the packet path. */
    final Sysctl.Dir dir;
    private final int[] v;

    private DevConf(Sysctl.Dir dir) {
        this.dir = dir;
        this.v = dir.values;
    }

    /** Registers NAME's directory, with values copied from {@code from} (or the defaults). */
    static DevConf register(Sysctl s, String name, DevConf from) {
        int[] values = from != null ? from.v.clone() : SCHEMA.defaults();
        return new DevConf(s.registerDir(prefix(name), SCHEMA, values));
    }

    static String prefix(String name) { return "net.ipv4.conf." + name + "."; }

    /** Puts the same directory back under a (new) name. */
    static void reRegister(Sysctl s, String name, DevConf c) { s.renameDir(c.dir, prefix(name)); }

    public int forwarding() { return v[FORWARDING]; }
    public void setForwarding(int value) { v[FORWARDING] = value; }
    public int rpFilter() { return v[RP_FILTER]; }
    public int arpEvictNocarrier() { return v[ARP_EVICT_NOCARRIER]; }
    public int promoteSecondaries() { return v[PROMOTE_SECONDARIES]; }
    public int arpIgnore() { return v[ARP_IGNORE]; }
    public int arpAnnounce() { return v[ARP_ANNOUNCE]; }
    public int arpFilter() { return v[ARP_FILTER]; }
    public int acceptLocal() { return v[ACCEPT_LOCAL]; }
    public int proxyArp() { return v[PROXY_ARP]; }
    public int sendRedirects() { return v[SEND_REDIRECTS]; }
    public int acceptRedirects() { return v[ACCEPT_REDIRECTS]; }
    public int routeLocalnet() { return v[ROUTE_LOCALNET]; }
    public int sharedMedia() { return v[SHARED_MEDIA]; }
    public int secureRedirects() { return v[SECURE_REDIRECTS]; }
    public int srcValidMark() { return v[SRC_VALID_MARK]; }
    public int logMartians() { return v[LOG_MARTIANS]; }
    public int ignoreRoutesWithLinkdown() { return v[IGNORE_ROUTES_WITH_LINKDOWN]; }
}
