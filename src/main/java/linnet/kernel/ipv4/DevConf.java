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
        {"ignore_routes_with_linkdown", "0"}, {"log_martians", "0"}, {"mc_forwarding", "0", "444"},
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
            ACCEPT_SOURCE_ROUTE = SCHEMA.index("accept_source_route"), DISABLE_POLICY = SCHEMA.index("disable_policy"),
            DISABLE_XFRM = SCHEMA.index("disable_xfrm"),
            ARP_EVICT_NOCARRIER = SCHEMA.index("arp_evict_nocarrier"),
            SHARED_MEDIA = SCHEMA.index("shared_media"), SECURE_REDIRECTS = SCHEMA.index("secure_redirects"),
            SRC_VALID_MARK = SCHEMA.index("src_valid_mark"), LOG_MARTIANS = SCHEMA.index("log_martians");
    static final int FORWARDING_SLOT = FORWARDING;

    /** The directory: its values are read directly on the packet path. */
    final Sysctl.Dir dir;
    /** cnf->state: which knobs were written here by a user (those no longer follow "default"). */
    private long state;

    private DevConf(Sysctl.Dir dir) { this.dir = dir; }

    /**
     * The knobs whose proc handler is ipv4_doint_and_flush (DEVINET_SYSCTL_FLUSHING_ENTRY) instead of
     * devinet_conf_proc: a write only flushes the route cache, so it neither marks the knob as set
     * nor copies a "default" write to the devices. drop_unicast_in_l2_multicast behaves the same on
     * the oracle kernel (measured: a "default" write never reaches a device).
     */
    private static final long FLUSHING = 1L << DISABLE_XFRM | 1L << DISABLE_POLICY | 1L << PROMOTE_SECONDARIES
            | 1L << ROUTE_LOCALNET | 1L << SCHEMA.index("drop_unicast_in_l2_multicast");

    /**
     * devinet_conf_proc for a directory: a written knob is marked as set here (cnf->state). For
     * "default", the value then goes to every device that has not marked that knob
     * (devinet_copy_dflt_conf). forwarding has its own handler (devinet_sysctl_forward) and the
     * flushing knobs theirs; those do neither.
     */
    void watch(boolean isDefault, NetnsIpv4 ns) {
        dir.onWrite((d, knob, old) -> {
            if (knob == FORWARDING || (FLUSHING & 1L << knob) != 0) return;
            state |= 1L << knob;
            if (!isDefault) return;
            for (linnet.kernel.core.NetDevice dev : ns.net.devices()) {
                InDevice in = InDevice.of(dev);
                if (in != null && (in.conf.state & (1L << knob)) == 0) in.conf.dir.set(knob, d.get(knob));
            }
        });
    }

    /**
     * ipv4_devconf_setall: every knob counts as set here, so "default" writes no longer reach this
     * device. inet_set_ifa does it when an address is set the old way: the loopback's 127.0.0.1
     * on NETDEV_UP and SIOCSIFADDR (ifconfig).
     */
    public void markAllSet() { state = (1L << SCHEMA.size()) - 1; }

    /** Whether knob {@code name} is marked as set here (test hook for cnf->state). */
    boolean isSet(String name) { return (state & 1L << SCHEMA.index(name)) != 0; }

    /**
     * "all" (ipv4_devconf: the schema's defaults, shared until written) and "default"
     * (ipv4_devconf_dflt: the same but accept_source_route 1) of a new namespace.
     */
    static DevConf registerAll(Sysctl s) {
        return new DevConf(s.registerDir(prefix("all"), SCHEMA, SCHEMA.sharedDefaults()));
    }

    static DevConf registerDefault(Sysctl s) {
        int[] values = SCHEMA.defaults();
        values[ACCEPT_SOURCE_ROUTE] = 1;
        return new DevConf(s.registerDir(prefix("default"), SCHEMA, SCHEMA.share(values)));
    }

    /**
     * inetdev_init: a device's directory is a copy of the namespace's "default", its set-marks
     * included (a knob written in "default" before the device existed is set on the device too, so
     * later "default" writes no longer reach it); the loopback device also gets disable_policy and
     * disable_xfrm (its traffic never needs IPsec policy).
     */
    static DevConf register(Sysctl s, String name, DevConf from, boolean loopback) {
        int[] values = from.dir.values.clone();
        if (loopback) {
            values[DISABLE_POLICY] = 1;
            values[DISABLE_XFRM] = 1;
        }
        DevConf c = new DevConf(s.registerDir(prefix(name), SCHEMA, SCHEMA.share(values)));
        c.state = from.state;
        return c;
    }

    static String prefix(String name) { return "net.ipv4.conf." + name + "."; }

    /** Puts the same directory back under a (new) name. */
    static void reRegister(Sysctl s, String name, DevConf c) { s.renameDir(c.dir, prefix(name)); }

    public int forwarding() { return dir.values[FORWARDING]; }
    public void setForwarding(int value) { dir.set(FORWARDING, value); }
    public void setAcceptRedirects(int value) { dir.set(ACCEPT_REDIRECTS, value); }
    public int rpFilter() { return dir.values[RP_FILTER]; }
    public int arpEvictNocarrier() { return dir.values[ARP_EVICT_NOCARRIER]; }
    public int promoteSecondaries() { return dir.values[PROMOTE_SECONDARIES]; }
    public int arpIgnore() { return dir.values[ARP_IGNORE]; }
    public int arpAnnounce() { return dir.values[ARP_ANNOUNCE]; }
    public int arpFilter() { return dir.values[ARP_FILTER]; }
    public int acceptLocal() { return dir.values[ACCEPT_LOCAL]; }
    public int proxyArp() { return dir.values[PROXY_ARP]; }
    public void setProxyArp(int value) { dir.set(PROXY_ARP, value); }
    public int sendRedirects() { return dir.values[SEND_REDIRECTS]; }
    public int acceptRedirects() { return dir.values[ACCEPT_REDIRECTS]; }
    public int routeLocalnet() { return dir.values[ROUTE_LOCALNET]; }
    public int sharedMedia() { return dir.values[SHARED_MEDIA]; }
    public int secureRedirects() { return dir.values[SECURE_REDIRECTS]; }
    public int srcValidMark() { return dir.values[SRC_VALID_MARK]; }
    public int logMartians() { return dir.values[LOG_MARTIANS]; }
    public int ignoreRoutesWithLinkdown() { return dir.values[IGNORE_ROUTES_WITH_LINKDOWN]; }
}
