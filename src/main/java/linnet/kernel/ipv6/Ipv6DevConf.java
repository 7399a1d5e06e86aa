package linnet.kernel.ipv6;

import linnet.kernel.core.Sysctl;

/**
 * One IPv6 conf directory, net.ipv6.conf.NAME.* (struct ipv6_devconf): a device's, "all" or
 * "default". "all" and "default" start from the kernel's ipv6_devconf / ipv6_devconf_dflt (they
 * differ in accept_dad); a device copies "default" (ipv6_add_dev), with mtu set to the device's
 * MTU, and the loopback device has accept_dad and use_tempaddr -1. stable_secret is not a number
 * (an address, unset until written: reading it is EIO).
 */
final class Ipv6DevConf {
    private Ipv6DevConf() {}

    static final Sysctl.Schema SCHEMA = new Sysctl.Schema(new String[][] {
        {"accept_dad", "0"},
        {"accept_ra", "1"},
        {"accept_ra_defrtr", "1"},
        {"accept_ra_from_local", "0"},
        {"accept_ra_min_hop_limit", "1"},
        {"accept_ra_min_lft", "0"},
        {"accept_ra_mtu", "1"},
        {"accept_ra_pinfo", "1"},
        {"accept_ra_rt_info_max_plen", "0"},
        {"accept_ra_rt_info_min_plen", "0"},
        {"accept_ra_rtr_pref", "1"},
        {"accept_redirects", "1"},
        {"accept_source_route", "0"},
        {"accept_untracked_na", "0", "644", "range 0 2"},
        {"addr_gen_mode", "0", "644", "range 0 3"},
        {"autoconf", "1"},
        {"dad_transmits", "1"},
        {"disable_ipv6", "0"},
        {"disable_policy", "0"},
        {"drop_unicast_in_l2_multicast", "0"},
        {"drop_unsolicited_na", "0"},
        {"enhanced_dad", "1"},
        {"force_forwarding", "0", "644", "range 0 1"},
        {"force_mld_version", "0"},
        {"force_tllao", "0"},
        {"forwarding", "0"},
        {"hop_limit", "64", "644", "range 1 255"},
        {"ignore_routes_with_linkdown", "0"},
        {"ioam6_enabled", "0", "644", "range 0 1"},
        {"ioam6_id", "65535", "644", "range 0 65535"},
        {"ioam6_id_wide", "4294967295", "644", "range 0 4294967295"},
        {"keep_addr_on_down", "0"},
        {"max_addresses", "16"},
        {"max_desync_factor", "600"},
        {"mldv1_unsolicited_report_interval", "10000", "644", "msjiffies"},
        {"mldv2_unsolicited_report_interval", "1000", "644", "msjiffies"},
        {"mtu", "1280", "644", "range 1280 2147483647"},
        {"ndisc_evict_nocarrier", "1", "644", "range 0 1"},
        {"ndisc_notify", "0"},
        {"ndisc_tclass", "0", "644", "range 0 255"},
        {"optimistic_dad", "0"},
        {"proxy_ndp", "0"},
        {"ra_defrtr_metric", "1024", "644", "range 1 4294967295"},
        {"ra_honor_pio_life", "0", "644", "range 0 1"},
        {"ra_honor_pio_pflag", "0", "644", "range 0 1"},
        {"regen_max_retry", "3"},
        {"regen_min_advance", "2"},
        {"router_probe_interval", "60", "644", "jiffies"},
        {"router_solicitation_delay", "1", "644", "jiffies"},
        {"router_solicitation_interval", "4", "644", "jiffies"},
        {"router_solicitation_max_interval", "3600", "644", "jiffies"},
        {"router_solicitations", "-1", "644", "range -1 2147483647"},
        {"rpl_seg_enabled", "0", "644", "range 0 1"},
        {"seg6_enabled", "0"},
        {"stable_secret", "0", "600", "in6addr"},
        {"suppress_frag_ndisc", "1"},
        {"temp_prefered_lft", "86400"},
        {"temp_valid_lft", "604800"},
        {"use_oif_addrs_only", "0"},
        {"use_optimistic", "0"},
        {"use_tempaddr", "0"},
    });
    static final int ACCEPT_DAD = SCHEMA.index("accept_dad"), DISABLE_IPV6 = SCHEMA.index("disable_ipv6"),
            FORWARDING = SCHEMA.index("forwarding"), MTU = SCHEMA.index("mtu"), ADDR_GEN_MODE = SCHEMA.index("addr_gen_mode"),
            STABLE_SECRET = SCHEMA.index("stable_secret"), USE_TEMPADDR = SCHEMA.index("use_tempaddr"),
            FORCE_FORWARDING = SCHEMA.index("force_forwarding"), ACCEPT_RA = SCHEMA.index("accept_ra"),
            RTR_SOLICITS = SCHEMA.index("router_solicitations"),
            RTR_SOLICIT_INTERVAL = SCHEMA.index("router_solicitation_interval"),
            RTR_SOLICIT_MAX_INTERVAL = SCHEMA.index("router_solicitation_max_interval"),
            RTR_SOLICIT_DELAY = SCHEMA.index("router_solicitation_delay"),
            NDISC_EVICT_NOCARRIER = SCHEMA.index("ndisc_evict_nocarrier");

    static String prefix(String name) { return "net.ipv6.conf." + name + "."; }

    static Sysctl.Dir registerAll(Sysctl s) { return s.registerDir(prefix("all"), SCHEMA, SCHEMA.sharedDefaults()); }

    static Sysctl.Dir registerDefault(Sysctl s) {
        int[] v = SCHEMA.defaults();
        v[ACCEPT_DAD] = 1;
        return s.registerDir(prefix("default"), SCHEMA, SCHEMA.share(v));
    }

    static Sysctl.Dir register(Sysctl s, String name, Sysctl.Dir dflt, int mtu, boolean loopback) {
        int[] v = dflt.values.clone();
        v[MTU] = mtu;
        if (loopback) {
            v[ACCEPT_DAD] = -1;
            v[USE_TEMPADDR] = -1;
        }
        return s.registerDir(prefix(name), SCHEMA, SCHEMA.share(v));
    }
}
