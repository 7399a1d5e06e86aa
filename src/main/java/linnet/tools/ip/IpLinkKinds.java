package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.drivers.Macvlan;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.tools.common.Printer;
import linnet.tools.common.ToolExit;
import linnet.wire.Inet4;

/**
 * `ip link add|set ... type macvlan|vxlan|vlan|dummy|ipvlan|bond` (ip/iplink_<kind>.c): each kind's
 * keywords into its IFLA_INFO_DATA, and its part of `ip -d link show`.
 */
final class IpLinkKinds {
    private IpLinkKinds() {}

    static boolean handles(String type) {
        return type.equals("macvlan") || type.equals("macvtap") || type.equals("vxlan") || type.equals("dummy") || type.equals("vlan")
                || type.equals("ipvlan") || type.equals("bond");
    }

    /**
     * iplink_dummy.c has a link_util without parse_opt: whatever follows "type dummy" goes
     * unparsed into an IFLA_INFO_DATA the kernel (no policy for dummy) ignores.
     */
    private static void noOptions(Ctx ctx, Args rest) {
        while (rest.has()) rest.next();
    }

    /** The print_help of a kind's link_util (ip link help KIND), or null for kinds without one here. */
    static String helpOf(String kind) {
        return switch (kind) {
            case "vxlan" -> VXLAN_USAGE;
            case "macvlan", "macvtap" -> MACVLAN_USAGE.replace("%s", kind);
            case "vlan" -> VLAN_USAGE;
            case "ipvlan" -> IPVLAN_USAGE;
            case "bond" -> BOND_USAGE;
            case "dummy" -> "Usage: ... dummy\n";
            case "bridge" -> IpLinkTypes.BRIDGE_USAGE;
            case "veth" -> "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n";
            default -> null;
        };
    }

    /** RTM_NEWLINK with NLM_F_CREATE for one of the kinds of {@link #handles}. */
    static int add(Ctx ctx, IpOpts opts, String type, String name, Args rest, LinkAttrs attrs, Net net, int link) {
        try {
            switch (type) {
                case "macvlan", "macvtap" -> {
                    Macvlan.Opts o = parseMacvlan(ctx, rest, type);
                    ctx.host.rtnl().kinds.newMacvlan(ctx.net, net, name, attrs, link, o, type.equals("macvtap"));
                }
                case "dummy" -> {
                    noOptions(ctx, rest);
                    ctx.host.rtnl().kinds.newDummy(net, name, attrs);
                }
                case "bond" -> {
                    linnet.kernel.drivers.Bond.Opts o = rest.has() ? parseBond(ctx, rest) : null;
                    ctx.host.rtnl().kinds.newBond(net, name, attrs, o);
                }
                case "ipvlan" -> {
                    linnet.kernel.drivers.Ipvlan.Opts o = rest.has() ? parseIpvlan(ctx, rest) : null;
                    ctx.host.rtnl().kinds.newIpvlan(ctx.net, net, name, attrs, link, o);
                }
                case "vlan" -> {
                    linnet.kernel.drivers.Vlan.Attrs v = parseVlan(ctx, rest);
                    ctx.host.rtnl().kinds.newVlan(ctx.net, net, name, attrs, link, v);
                }
                case "vxlan" -> {
                    // the options are parsed only when there are any (iplink_modify: lu && argc)
                    linnet.kernel.drivers.Vxlan.Attrs v = rest.has() ? parseVxlan(ctx, opts, rest, false) : null;
                    ctx.host.rtnl().kinds.newVxlan(ctx.net, net, name, attrs, v);
                }
                default -> throw new IllegalStateException(type);
            }
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        } finally {
            // what rtnl_create_link was asked for goes with this request only
            ctx.host.kernel().createParams = null;
        }
        return 0;
    }

    /** The parsed IFLA_INFO_DATA of an `ip link set DEV type KIND ...`, applied after the generic changes. */
    interface Change {
        /** {@code mtu}: the request's IFLA_MTU (null = absent), which some kinds' changelink refuses. */
        void apply(Ctx ctx, String dev, Integer mtu) throws KernelException;
    }

    /** Parses `type KIND ARGS` of ip link set; null for kinds this class does not know. */
    static Change parseSet(Ctx ctx, IpOpts opts, String type, Args a) {
        switch (type) {
            case "macvlan", "macvtap" -> {
                Macvlan.Opts o = parseMacvlan(ctx, a, type);
                return (c, dev, mtu) -> c.host.rtnl().kinds.changeMacvlan(c.net, dev, o);
            }
            case "dummy" -> {
                noOptions(ctx, a);
                return null;
            }
            case "bond" -> {
                linnet.kernel.drivers.Bond.Opts o = a.has() ? parseBond(ctx, a) : null;
                return (c, dev, mtu) -> c.host.rtnl().kinds.changeBond(c.net, dev, o);
            }
            case "ipvlan" -> {
                linnet.kernel.drivers.Ipvlan.Opts o = a.has() ? parseIpvlan(ctx, a) : null;
                return (c, dev, mtu) -> c.host.rtnl().kinds.changeIpvlan(c.net, dev, o);
            }
            case "vlan" -> {
                linnet.kernel.drivers.Vlan.Attrs v = parseVlan(ctx, a);
                return (c, dev, mtu) -> c.host.rtnl().kinds.changeVlan(c.net, dev, v);
            }
            case "vxlan" -> {
                linnet.kernel.drivers.Vxlan.Attrs v = a.has() ? parseVxlan(ctx, opts, a, true) : null;
                return (c, dev, mtu) -> c.host.rtnl().kinds.changeVxlan(c.net, dev, v, mtu);
            }
            default -> {
                return null;
            }
        }
    }

    // ------------------------------------------------------------------ macvlan

    private static final String MACVLAN_USAGE = """
            Usage: ... %s mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]

            MODE: private | vepa | bridge | passthru | source
            MODE_FLAG: null | nopromisc | nodst
            MODE_OPTS: for mode "source":
            \tmacaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
            BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
            """;

    private static ToolExit macvlanExplain(Ctx ctx, String id) {
        ctx.err.print(MACVLAN_USAGE.replace("%s", id));
        return ToolExit.returning(1);
    }

    /** macvlan_parse_opt (iproute2 6.1). */
    static Macvlan.Opts parseMacvlan(Ctx ctx, Args a) { return parseMacvlan(ctx, a, "macvlan"); }

    /** {@code id}: the link_util's id (macvlan or macvtap), in its messages. */
    static Macvlan.Opts parseMacvlan(Ctx ctx, Args a, String id) {
        int mode = 0, flags = 0;
        boolean hasFlags = false;
        Integer macMode = null;
        List<Long> macs = null;
        Long bcq = null;
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "mode")) {
                String v = a.value(ctx);
                mode = switch (v) {
                    case "private" -> Macvlan.MODE_PRIVATE;
                    case "vepa" -> Macvlan.MODE_VEPA;
                    case "bridge" -> Macvlan.MODE_BRIDGE;
                    case "passthru" -> Macvlan.MODE_PASSTHRU;
                    case "source" -> Macvlan.MODE_SOURCE;
                    default -> {
                        ctx.err.println("Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", \"passthru\" or \"source\", not \""
                                + v + "\"");
                        throw ToolExit.returning(1);
                    }
                };
            } else if (Args.matches(k, "flag")) {
                String v = a.value(ctx);
                switch (v) {
                    case "nopromisc" -> flags |= Macvlan.FLAG_NOPROMISC;
                    case "nodst" -> flags |= Macvlan.FLAG_NODST;
                    case "null" -> {}
                    default -> {
                        ctx.err.println("Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" or \"null\", not \"" + v + "\"");
                        throw ToolExit.returning(1);
                    }
                }
                hasFlags = true;
            } else if (Args.matches(k, "macaddr")) {
                String v = a.value(ctx);
                macMode = switch (v) {
                    case "add" -> Macvlan.MACADDR_ADD;
                    case "del" -> Macvlan.MACADDR_DEL;
                    case "set" -> Macvlan.MACADDR_SET;
                    case "flush" -> Macvlan.MACADDR_FLUSH;
                    default -> throw macvlanExplain(ctx, id);
                };
                if (macMode == Macvlan.MACADDR_ADD || macMode == Macvlan.MACADDR_DEL) {
                    byte[] ll = IpLink.llAddr(ctx, a.value(ctx));
                    if (ll.length != 6) throw ToolExit.returning(1);
                    macs = List.of(mac(ll));
                } else if (macMode == Macvlan.MACADDR_SET) {
                    macs = new ArrayList<>();
                    // as many addresses as parse; the first word that is none ends the list
                    while (a.has()) {
                        Long m = tryMac(a.peek());
                        if (m == null) break;
                        a.next();
                        macs.add(m);
                    }
                }
            } else if (Args.matches(k, "nopromisc")) {
                flags |= Macvlan.FLAG_NOPROMISC;
                hasFlags = true;
            } else if (Args.matches(k, "nodst")) {
                flags |= Macvlan.FLAG_NODST;
                hasFlags = true;
            } else if (Args.matches(k, "bcqueuelen")) {
                String v = a.value(ctx);
                Long n = getU32(v);
                if (n == null) {
                    ctx.err.println("Error: argument of \"bcqueuelen\" must be a positive integer [0-4294967295], not \"" + v + "\"");
                    throw ToolExit.returning(1);
                }
                bcq = n;
            } else if (Args.matches(k, "help")) {
                throw macvlanExplain(ctx, id);
            } else {
                ctx.err.println(id + ": unknown option \"" + k + "\"?");
                throw macvlanExplain(ctx, id);
            }
        }
        if (hasFlags && (flags & Macvlan.FLAG_NOPROMISC) != 0 && mode != Macvlan.MODE_PASSTHRU) {
            ctx.err.println(id + ": nopromisc flag only valid in passthru mode");
            throw macvlanExplain(ctx, id);
        }
        return new Macvlan.Opts(mode == 0 ? null : mode, hasFlags ? flags : null, macMode, macs, bcq);
    }

    /** macvlan_print_opt. */
    static void printMacvlan(Printer p, Map<String, Long> d) {
        Long mode = d.get("IFLA_MACVLAN_MODE");
        if (mode == null) return;
        p.string("mode", "mode %s ", switch ((int) (long) mode) {
            case Macvlan.MODE_PRIVATE -> "private";
            case Macvlan.MODE_VEPA -> "vepa";
            case Macvlan.MODE_BRIDGE -> "bridge";
            case Macvlan.MODE_PASSTHRU -> "passthru";
            case Macvlan.MODE_SOURCE -> "source";
            default -> "unknown";
        });
        long flags = d.getOrDefault("IFLA_MACVLAN_FLAGS", 0L);
        if ((flags & Macvlan.FLAG_NOPROMISC) != 0) p.text("nopromisc ").jsonTrue("nopromisc");
        if ((flags & Macvlan.FLAG_NODST) != 0) p.text("nodst ").jsonTrue("nodst");
        Long q = d.get("IFLA_MACVLAN_BC_QUEUE_LEN");
        if (q != null) p.number("bcqueuelen", "bcqueuelen %s ", q);
        q = d.get("IFLA_MACVLAN_BC_QUEUE_LEN_USED");
        if (q != null) p.number("usedbcqueuelen", "usedbcqueuelen %s ", q);
        if (mode != Macvlan.MODE_SOURCE) return;
        Long count = d.get("IFLA_MACVLAN_MACADDR_COUNT");
        if (count == null) return;
        p.number("macaddr_count", "remotes (%s) ", count);
        if (count == 0) return;
        p.openArray("macaddr_data");
        for (int i = 0; d.containsKey("IFLA_MACVLAN_MACADDR." + i); i++) {
            String m = Fmt.mac(d.get("IFLA_MACVLAN_MACADDR." + i));
            p.text(m + " ").jsonItem(m);
        }
        p.closeArray();
    }

    // ------------------------------------------------------------------ bond

    private static final String BOND_USAGE = """
            Usage: ... bond [ mode BONDMODE ] [ active_slave SLAVE_DEV ]
                            [ clear_active_slave ] [ miimon MIIMON ]
                            [ updelay UPDELAY ] [ downdelay DOWNDELAY ]
                            [ peer_notify_delay DELAY ]
                            [ use_carrier USE_CARRIER ]
                            [ arp_interval ARP_INTERVAL ]
                            [ arp_validate ARP_VALIDATE ]
                            [ arp_all_targets ARP_ALL_TARGETS ]
                            [ arp_ip_target [ ARP_IP_TARGET, ... ] ]
                            [ ns_ip6_target [ NS_IP6_TARGET, ... ] ]
                            [ primary SLAVE_DEV ]
                            [ primary_reselect PRIMARY_RESELECT ]
                            [ fail_over_mac FAIL_OVER_MAC ]
                            [ xmit_hash_policy XMIT_HASH_POLICY ]
                            [ resend_igmp RESEND_IGMP ]
                            [ num_grat_arp|num_unsol_na NUM_GRAT_ARP|NUM_UNSOL_NA ]
                            [ all_slaves_active ALL_SLAVES_ACTIVE ]
                            [ min_links MIN_LINKS ]
                            [ lp_interval LP_INTERVAL ]
                            [ packets_per_slave PACKETS_PER_SLAVE ]
                            [ tlb_dynamic_lb TLB_DYNAMIC_LB ]
                            [ lacp_rate LACP_RATE ]
                            [ lacp_active LACP_ACTIVE]
                            [ ad_select AD_SELECT ]
                            [ ad_user_port_key PORTKEY ]
                            [ ad_actor_sys_prio SYSPRIO ]
                            [ ad_actor_system LLADDR ]
                            [ arp_missed_max MISSED_MAX ]

            BONDMODE := balance-rr|active-backup|balance-xor|broadcast|802.3ad|balance-tlb|balance-alb
            ARP_VALIDATE := none|active|backup|all|filter|filter_active|filter_backup
            ARP_ALL_TARGETS := any|all
            PRIMARY_RESELECT := always|better|failure
            FAIL_OVER_MAC := none|active|follow
            XMIT_HASH_POLICY := layer2|layer2+3|layer3+4|encap2+3|encap3+4|vlan+srcmac
            LACP_ACTIVE := off|on
            LACP_RATE := slow|fast
            AD_SELECT := stable|bandwidth|count
            """;

    static final String[] BOND_MODES = {"balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad", "balance-tlb",
        "balance-alb"};
    static final String[] ARP_VALIDATE = {"none", "active", "backup", "all", "filter", "filter_active", "filter_backup"};
    static final String[] ARP_ALL_TARGETS = {"any", "all"};
    static final String[] PRIMARY_RESELECT = {"always", "better", "failure"};
    static final String[] FAIL_OVER_MAC = {"none", "active", "follow"};
    static final String[] XMIT_HASH = {"layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4", "vlan+srcmac"};
    static final String[] LACP_ACTIVE = {"off", "on"};
    static final String[] LACP_RATE = {"slow", "fast"};
    static final String[] AD_SELECT = {"stable", "bandwidth", "count"};

    /** get_index: an index given as a number, else the name. */
    private static int index(String[] tbl, String v) {
        Integer n = IpLink.getInteger(v);
        if (n != null && v.matches("[+-]?[0-9]+") && n >= 0 && n < tbl.length) return n;
        for (int i = 0; i < tbl.length; i++) if (tbl[i].equals(v)) return i;
        return -1;
    }

    private static String name(String[] tbl, long i) { return i >= 0 && i < tbl.length ? tbl[(int) i] : "UNKNOWN"; }

    /** The order bond_changelink applies the IFLA_BOND_* attributes in. */
    private static final List<String> BOND_ORDER = List.of("mode", "active_slave", "miimon", "updelay", "downdelay",
            "peer_notif_delay", "use_carrier", "arp_interval", "arp_ip_target", "arp_validate", "arp_all_targets", "primary",
            "primary_reselect", "fail_over_mac", "xmit_hash_policy", "resend_igmp", "num_peer_notif", "all_slaves_active",
            "min_links", "lp_interval", "packets_per_slave", "lacp_active", "lacp_rate", "ad_select", "ad_actor_sys_prio",
            "ad_user_port_key", "ad_actor_system", "tlb_dynamic_lb", "arp_missed_max");

    /** bond_parse_opt (iproute2 6.1). */
    static linnet.kernel.drivers.Bond.Opts parseBond(Ctx ctx, Args a) {
        java.util.Map<String, Long> got = new java.util.HashMap<>();
        List<Long> targets = null;
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "mode")) got.put("mode", (long) tbl(ctx, a, BOND_MODES, "invalid mode"));
            else if (Args.matches(k, "active_slave")) got.put("active_slave", (long) dev(ctx, a));
            else if (Args.matches(k, "clear_active_slave")) got.put("active_slave", 0L);
            else if (Args.matches(k, "miimon")) got.put("miimon", u(ctx, a, 0xffff_ffffL, "invalid miimon"));
            else if (Args.matches(k, "updelay")) got.put("updelay", u(ctx, a, 0xffff_ffffL, "invalid updelay"));
            else if (Args.matches(k, "downdelay")) got.put("downdelay", u(ctx, a, 0xffff_ffffL, "invalid downdelay"));
            else if (Args.matches(k, "peer_notify_delay")) got.put("peer_notif_delay", u(ctx, a, 0xffff_ffffL, "invalid peer_notify_delay"));
            else if (Args.matches(k, "use_carrier")) got.put("use_carrier", u(ctx, a, 0xff, "invalid use_carrier"));
            else if (Args.matches(k, "arp_interval")) got.put("arp_interval", u(ctx, a, 0xffff_ffffL, "invalid arp_interval"));
            else if (Args.matches(k, "arp_ip_target")) {
                targets = new ArrayList<>();
                if (a.has()) {
                    for (String t : a.next().split(",")) {
                        if (t.isEmpty() || targets.size() >= 16) continue;
                        try {
                            targets.add(Integer.toUnsignedLong(IpAddr.parseInet(t)));
                        } catch (IllegalArgumentException e) {
                            throw Errors.invarg(ctx, "invalid address", t);
                        }
                    }
                }
            } else if (Args.matches(k, "arp_validate")) got.put("arp_validate", (long) tbl(ctx, a, ARP_VALIDATE, "invalid arp_validate"));
            else if (Args.matches(k, "arp_all_targets")) got.put("arp_all_targets", (long) tbl(ctx, a, ARP_ALL_TARGETS, "invalid arp_all_targets"));
            else if (k.equals("arp_missed_max")) got.put("arp_missed_max", u(ctx, a, 0xff, "invalid arp_missed_max"));
            else if (Args.matches(k, "primary")) got.put("primary", (long) dev(ctx, a));
            else if (Args.matches(k, "primary_reselect")) got.put("primary_reselect", (long) tbl(ctx, a, PRIMARY_RESELECT, "invalid primary_reselect"));
            else if (Args.matches(k, "fail_over_mac")) got.put("fail_over_mac", (long) tbl(ctx, a, FAIL_OVER_MAC, "invalid fail_over_mac"));
            else if (Args.matches(k, "xmit_hash_policy")) got.put("xmit_hash_policy", (long) tbl(ctx, a, XMIT_HASH, "invalid xmit_hash_policy"));
            else if (Args.matches(k, "resend_igmp")) got.put("resend_igmp", u(ctx, a, 0xffff_ffffL, "invalid resend_igmp"));
            else if (Args.matches(k, "num_grat_arp") || Args.matches(k, "num_unsol_na"))
                got.put("num_peer_notif", u(ctx, a, 0xff, "invalid num_grat_arp|num_unsol_na"));
            else if (Args.matches(k, "all_slaves_active")) got.put("all_slaves_active", u(ctx, a, 0xff, "invalid all_slaves_active"));
            else if (Args.matches(k, "min_links")) got.put("min_links", u(ctx, a, 0xffff_ffffL, "invalid min_links"));
            else if (Args.matches(k, "lp_interval")) got.put("lp_interval", u(ctx, a, 0xffff_ffffL, "invalid lp_interval"));
            else if (Args.matches(k, "packets_per_slave")) got.put("packets_per_slave", u(ctx, a, 0xffff_ffffL, "invalid packets_per_slave"));
            else if (Args.matches(k, "lacp_rate")) got.put("lacp_rate", (long) tbl(ctx, a, LACP_RATE, "invalid lacp_rate"));
            else if (k.equals("lacp_active")) got.put("lacp_active", (long) tbl(ctx, a, LACP_ACTIVE, "invalid lacp_active"));
            else if (Args.matches(k, "ad_select")) got.put("ad_select", (long) tbl(ctx, a, AD_SELECT, "invalid ad_select"));
            else if (Args.matches(k, "ad_user_port_key")) got.put("ad_user_port_key", u(ctx, a, 0xffff, "invalid ad_user_port_key"));
            else if (Args.matches(k, "ad_actor_sys_prio")) got.put("ad_actor_sys_prio", u(ctx, a, 0xffff, "invalid ad_actor_sys_prio"));
            else if (Args.matches(k, "ad_actor_system")) got.put("ad_actor_system", mac(IpLink.llAddr(ctx, a.value(ctx))));
            else if (Args.matches(k, "tlb_dynamic_lb")) got.put("tlb_dynamic_lb", u(ctx, a, 0xff, "invalid tlb_dynamic_lb"));
            else if (Args.matches(k, "help")) {
                ctx.err.print(BOND_USAGE);
                throw ToolExit.returning(1);
            } else {
                ctx.err.println("bond: unknown command \"" + k + "\"?");
                ctx.err.print(BOND_USAGE);
                throw ToolExit.returning(1);
            }
        }
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        for (String opt : BOND_ORDER) {
            if (opt.equals("arp_ip_target") && targets != null) {
                for (int i = 0; i < targets.size(); i++) m.put("arp_ip_target." + i, targets.get(i));
            } else if (got.containsKey(opt)) m.put(opt, got.get(opt));
        }
        return new linnet.kernel.drivers.Bond.Opts(m);
    }

    private static int tbl(Ctx ctx, Args a, String[] t, String msg) {
        String v = a.value(ctx);
        int i = index(t, v);
        if (i < 0) throw Errors.invarg(ctx, msg, v);
        return i;
    }

    private static long u(Ctx ctx, Args a, long max, String msg) {
        String v = a.value(ctx);
        Long n = getU32(v);
        if (n == null || n > max) throw Errors.invarg(ctx, msg, v);
        return n;
    }

    /** ll_name_to_index or nodev(): "Cannot find device", the parser's -1. */
    private static int dev(Ctx ctx, Args a) {
        String v = a.value(ctx);
        linnet.kernel.core.NetDevice d = ctx.net.byName(v);
        if (d == null) {
            ctx.err.println("Cannot find device \"" + v + "\"");
            throw ToolExit.returning(1);
        }
        return d.ifindex();
    }

    /** bond_print_opt (iproute2 6.1). */
    static void printBond(Printer p, Map<String, Long> d, java.util.function.IntFunction<String> ifname) {
        Long mode = d.get("mode");
        if (mode != null) p.string("mode", "mode %s ", name(BOND_MODES, mode));
        Long as = d.get("active_slave");
        if (as != null && as != 0) p.string("active_slave", "active_slave %s ", ifname.apply((int) (long) as));
        num(p, d, "miimon", "miimon", "miimon");
        num(p, d, "updelay", "updelay", "updelay");
        num(p, d, "downdelay", "downdelay", "downdelay");
        num(p, d, "peer_notif_delay", "peer_notify_delay", "peer_notify_delay");
        num(p, d, "use_carrier", "use_carrier", "use_carrier");
        num(p, d, "arp_interval", "arp_interval", "arp_interval");
        num(p, d, "arp_missed_max", "arp_missed_max", "arp_missed_max");
        if (d.containsKey("arp_ip_target.0")) {
            p.openArray("arp_ip_target").text("arp_ip_target ");
            for (int i = 0; d.containsKey("arp_ip_target." + i); i++) {
                String ip = Fmt.ip((int) (long) d.get("arp_ip_target." + i));
                p.text((i > 0 ? "," : "") + ip).jsonItem(ip);
            }
            p.text(" ").closeArray();
        }
        Long av = d.get("arp_validate");
        if (av != null) {
            if (av == 0 && p.json()) p.nullValue("arp_validate", "");
            else p.string("arp_validate", "arp_validate %s ", name(ARP_VALIDATE, av));
        }
        str(p, d, "arp_all_targets", "arp_all_targets", ARP_ALL_TARGETS, "arp_all_targets");
        Long pr = d.get("primary");
        if (pr != null && pr != 0) p.string("primary", "primary %s ", ifname.apply((int) (long) pr));
        str(p, d, "primary_reselect", "primary_reselect", PRIMARY_RESELECT, "primary_reselect");
        str(p, d, "fail_over_mac", "fail_over_mac", FAIL_OVER_MAC, "fail_over_mac");
        str(p, d, "xmit_hash_policy", "xmit_hash_policy", XMIT_HASH, "xmit_hash_policy");
        num(p, d, "resend_igmp", "resend_igmp", "resend_igmp");
        num(p, d, "num_peer_notif", "num_peer_notif", "num_grat_arp");
        num(p, d, "all_slaves_active", "all_slaves_active", "all_slaves_active");
        num(p, d, "min_links", "min_links", "min_links");
        num(p, d, "lp_interval", "lp_interval", "lp_interval");
        num(p, d, "packets_per_slave", "packets_per_slave", "packets_per_slave");
        str(p, d, "lacp_active", "ad_lacp_active", LACP_ACTIVE, "lacp_active");
        str(p, d, "lacp_rate", "ad_lacp_rate", LACP_RATE, "lacp_rate");
        str(p, d, "ad_select", "ad_select", AD_SELECT, "ad_select");
        if (d.containsKey("ad_info.aggregator")) {
            p.openObject("ad_info");
            p.number("aggregator", "ad_aggregator %s ", d.get("ad_info.aggregator"));
            p.number("num_ports", "ad_num_ports %s ", d.get("ad_info.num_ports"));
            p.number("actor_key", "ad_actor_key %s ", d.get("ad_info.actor_key"));
            p.number("partner_key", "ad_partner_key %s ", d.get("ad_info.partner_key"));
            p.string("partner_mac", "ad_partner_mac %s ", Fmt.mac(d.get("ad_info.partner_mac")));
            p.closeObject();
        }
        num(p, d, "ad_actor_sys_prio", "ad_actor_sys_prio", "ad_actor_sys_prio");
        num(p, d, "ad_user_port_key", "ad_user_port_key", "ad_user_port_key");
        if (d.containsKey("ad_actor_system")) p.string("ad_actor_system", "ad_actor_system %s ", Fmt.mac(d.get("ad_actor_system")));
        num(p, d, "tlb_dynamic_lb", "tlb_dynamic_lb", "tlb_dynamic_lb");
    }

    private static void num(Printer p, Map<String, Long> d, String attr, String json, String text) {
        Long v = d.get(attr);
        if (v != null) p.number(json, text + " %s ", v);
    }

    private static void str(Printer p, Map<String, Long> d, String attr, String json, String[] tbl, String text) {
        Long v = d.get(attr);
        if (v != null) p.string(json, text + " %s ", name(tbl, v));
    }

    /** bond_slave_print_opt. */
    static void printBondSlave(Printer p, Map<String, Long> d) {
        Long st = d.get("state");
        if (st != null) p.string("state", "state %s ", st == 0 ? "ACTIVE" : st == 1 ? "BACKUP" : Long.toString(st));
        Long mii = d.get("mii_status");
        if (mii != null) p.string("mii_status", "mii_status %s ", name(new String[] {"UP", "GOING_DOWN", "DOWN", "GOING_BACK"}, mii));
        num(p, d, "link_failure_count", "link_failure_count", "link_failure_count");
        if (d.containsKey("perm_hwaddr")) p.string("perm_hwaddr", "perm_hwaddr %s ", Fmt.mac(d.get("perm_hwaddr")));
        num(p, d, "queue_id", "queue_id", "queue_id");
        num(p, d, "prio", "prio", "prio");
        num(p, d, "ad_aggregator_id", "ad_aggregator_id", "ad_aggregator_id");
        operState(p, d, "ad_actor_oper_port_state");
        operState(p, d, "ad_partner_oper_port_state");
    }

    private static void operState(Printer p, Map<String, Long> d, String key) {
        Long v = d.get(key);
        if (v == null) return;
        p.number(key, key + " %s ", v);
        long st = v;
        p.openArray(key + "_str").text(" <");
        String[] names = {"active", "short_timeout", "aggregating", "in_sync", "collecting", "distributing", "defaulted", "expired"};
        for (int i = 0; i < 8; i++) {
            long bit = 1L << i;
            if ((st & bit) == 0) continue;
            st &= ~bit;
            p.text(names[i] + (st != 0 ? "," : "")).jsonItem(names[i]);
        }
        p.text("> ").closeArray();
    }

    // ------------------------------------------------------------------ ipvlan

    private static final String IPVLAN_USAGE = """
            Usage: ... ipvlan [ mode MODE ] [ FLAGS ]

            MODE: l3 | l3s | l2
            FLAGS: bridge | private | vepa
            (first values are the defaults if nothing is specified).
            """;

    /** ipvlan_parse_opt (iproute2 6.1): the flags are always sent, the mode when given. */
    static linnet.kernel.drivers.Ipvlan.Opts parseIpvlan(Ctx ctx, Args a) {
        Integer mode = null;
        int flags = 0;
        boolean mflag = false;
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "mode")) {
                String v = a.value(ctx);
                mode = switch (v) {
                    case "l2" -> linnet.kernel.drivers.Ipvlan.MODE_L2;
                    case "l3" -> linnet.kernel.drivers.Ipvlan.MODE_L3;
                    case "l3s" -> linnet.kernel.drivers.Ipvlan.MODE_L3S;
                    default -> {
                        ctx.err.println("Error: argument of \"mode\" must be either \"l2\", \"l3\" or \"l3s\"");
                        throw ToolExit.returning(1);
                    }
                };
            } else if (Args.matches(k, "private") && !mflag) {
                flags |= linnet.kernel.drivers.Ipvlan.F_PRIVATE;
                mflag = true;
            } else if (Args.matches(k, "vepa") && !mflag) {
                flags |= linnet.kernel.drivers.Ipvlan.F_VEPA;
                mflag = true;
            } else if (Args.matches(k, "bridge") && !mflag) {
                mflag = true;
            } else if (Args.matches(k, "help")) {
                ctx.err.print(IPVLAN_USAGE);
                throw ToolExit.returning(1);
            } else {
                ctx.err.println("ipvlan: unknown option \"" + k + "\"?");
                ctx.err.print(IPVLAN_USAGE);
                throw ToolExit.returning(1);
            }
        }
        return new linnet.kernel.drivers.Ipvlan.Opts(mode, flags);
    }

    /** ipvlan_print_opt. */
    static void printIpvlan(Printer p, Map<String, Long> d) {
        Long mode = d.get("IFLA_IPVLAN_MODE");
        if (mode != null) {
            p.string("mode", " mode %s ", mode == 0 ? "l2" : mode == 1 ? "l3" : mode == 2 ? "l3s" : "unknown");
        }
        Long flags = d.get("IFLA_IPVLAN_FLAGS");
        if (flags != null) {
            if ((flags & 1) != 0) p.text("private ").jsonTrue("private");
            else if ((flags & 2) != 0) p.text("vepa ").jsonTrue("vepa");
            else p.text("bridge ").jsonTrue("bridge");
        }
    }

    // ------------------------------------------------------------------ vlan

    private static final String VLAN_USAGE = """
            Usage: ... vlan id VLANID
            		[ protocol VLANPROTO ]
            		[ reorder_hdr { on | off } ]
            		[ gvrp { on | off } ]
            		[ mvrp { on | off } ]
            		[ loose_binding { on | off } ]
            		[ bridge_binding { on | off } ]
            		[ ingress-qos-map QOS-MAP ]
            		[ egress-qos-map QOS-MAP ]

            VLANID := 0-4095
            VLANPROTO: [ 802.1Q | 802.1ad ]
            QOS-MAP := [ QOS-MAP ] QOS-MAPPING
            QOS-MAPPING := FROM:TO
            """;

    /** lib/ll_proto.c's names (the ones a VLAN protocol could be given as), case-insensitively. */
    private static final String[][] LL_PROTO = {{"loop", "0060"}, {"ip", "0800"}, {"x25", "0805"}, {"arp", "0806"},
        {"rarp", "8035"}, {"atalk", "809b"}, {"aarp", "80f3"}, {"ipx", "8137"}, {"ipv6", "86dd"}, {"ppp_disc", "8863"},
        {"ppp_ses", "8864"}, {"802_3", "0001"}, {"all", "0003"}, {"802_2", "0004"}, {"802.1Q", "8100"},
        {"802.1ad", "88a8"}, {"mpls_uc", "8847"}, {"mpls_mc", "8848"}, {"teb", "6558"}, {"profinet", "8892"},
        {"aoe", "88a2"}, {"ethercat", "88a4"}, {"tipc", "88ca"}};

    /** ll_proto_a2n: a name, else a 16-bit number (base 0); null when neither. */
    static Integer llProtoA2n(String v) {
        for (String[] p : LL_PROTO) if (p[0].equalsIgnoreCase(v)) return Integer.parseInt(p[1], 16);
        Long n = getU32(v);
        return n == null || n > 0xffff ? null : (int) (long) n;
    }

    /** ll_proto_n2a. */
    static String llProtoN2a(int id) {
        for (String[] p : LL_PROTO) if (Integer.parseInt(p[1], 16) == id) return p[0];
        return "[" + id + "]";
    }

    /** vlan_parse_opt (iproute2 6.1). */
    static linnet.kernel.drivers.Vlan.Attrs parseVlan(Ctx ctx, Args a) {
        Integer id = null, proto = null;
        int flags = 0, mask = 0;
        List<int[]> ingress = null, egress = null;
        boolean any = a.has();
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "protocol")) {
                String v = a.value(ctx);
                proto = llProtoA2n(v);
                if (proto == null) throw Errors.invarg(ctx, "protocol is invalid", v);
            } else if (Args.matches(k, "id")) {
                String v = a.value(ctx);
                Long n = getU32(v);
                if (n == null || n > 0xffff) throw Errors.invarg(ctx, "id is invalid", v);
                id = (int) (long) n;
            } else if (Args.matches(k, "reorder_hdr") || Args.matches(k, "gvrp") || Args.matches(k, "mvrp")
                    || Args.matches(k, "loose_binding") || Args.matches(k, "bridge_binding")) {
                String name = Args.matches(k, "reorder_hdr") ? "reorder_hdr" : Args.matches(k, "gvrp") ? "gvrp"
                        : Args.matches(k, "mvrp") ? "mvrp" : Args.matches(k, "loose_binding") ? "loose_binding" : "bridge_binding";
                int bit = switch (name) {
                    case "reorder_hdr" -> linnet.kernel.drivers.Vlan.FLAG_REORDER_HDR;
                    case "gvrp" -> linnet.kernel.drivers.Vlan.FLAG_GVRP;
                    case "mvrp" -> linnet.kernel.drivers.Vlan.FLAG_MVRP;
                    case "loose_binding" -> linnet.kernel.drivers.Vlan.FLAG_LOOSE_BINDING;
                    default -> linnet.kernel.drivers.Vlan.FLAG_BRIDGE_BINDING;
                };
                String v = a.value(ctx);
                mask |= bit;
                if (v.equals("on")) flags |= bit;
                else if (v.equals("off")) flags &= ~bit;
                else {
                    ctx.err.println("Error: argument of \"" + name + "\" must be \"on\" or \"off\", not \"" + v + "\"");
                    throw ToolExit.returning(1);
                }
            } else if (Args.matches(k, "ingress-qos-map") || Args.matches(k, "egress-qos-map")) {
                boolean in = Args.matches(k, "ingress-qos-map");
                if (!a.has()) throw Errors.incomplete(ctx);
                List<int[]> l = new ArrayList<>();
                // parse_mapping: FROM:TO words until one has no colon
                while (a.has() && a.peek().indexOf(':') >= 0) {
                    String w = a.peek();
                    String key = w.substring(0, w.indexOf(':')), val = w.substring(w.indexOf(':') + 1);
                    Long f = getU32(key), t = getU32(val);
                    if (f == null || t == null) throw Errors.invarg(ctx, in ? "invalid ingress-qos-map" : "invalid egress-qos-map", key);
                    a.next();
                    l.add(new int[] {(int) (long) f, (int) (long) t});
                }
                if (in) ingress = l;
                else egress = l;
            } else if (Args.matches(k, "help")) {
                ctx.err.print(VLAN_USAGE);
                throw ToolExit.returning(1);
            } else {
                ctx.err.println("vlan: unknown command \"" + k + "\"?");
                ctx.err.print(VLAN_USAGE);
                throw ToolExit.returning(1);
            }
        }
        return new linnet.kernel.drivers.Vlan.Attrs(id, proto, mask != 0 ? flags : null, mask, ingress, egress, any);
    }

    /** vlan_print_opt. */
    static void printVlan(Printer p, Map<String, Long> d, boolean oneline) {
        Long id = d.get("IFLA_VLAN_ID");
        if (id == null) return;
        Long proto = d.get("IFLA_VLAN_PROTOCOL");
        p.string("protocol", "protocol %s ", proto == null ? "802.1q" : llProtoN2a((int) (long) proto));
        p.number("id", "id %s ", id);
        Long fl = d.get("IFLA_VLAN_FLAGS");
        if (fl != null) {
            long f = fl;
            p.openArray("flags").text("<");
            String[] names = {"REORDER_HDR", "GVRP", "LOOSE_BINDING", "MVRP", "BRIDGE_BINDING"};
            int[] bits = {1, 2, 4, 8, 16};
            // vlan_print_flags: REORDER_HDR, GVRP, MVRP, LOOSE_BINDING, BRIDGE_BINDING
            int[] order = {0, 1, 3, 2, 4};
            for (int i : order) {
                if ((f & bits[i]) == 0) continue;
                f &= ~bits[i];
                p.text(names[i] + (f != 0 ? "," : "")).jsonItem(names[i]);
            }
            if (f != 0) p.text(Long.toHexString(f)).jsonItem(Long.toHexString(f));
            p.text("> ").closeArray();
        }
        qosMap(p, d, "IFLA_VLAN_INGRESS_QOS", "ingress_qos", "ingress-qos-map", oneline);
        qosMap(p, d, "IFLA_VLAN_EGRESS_QOS", "egress_qos", "egress-qos-map", oneline);
    }

    /** vlan_print_map: on a line of its own ("      NAME { FROM:TO ... } "). */
    private static void qosMap(Printer p, Map<String, Long> d, String attr, String json, String text, boolean oneline) {
        if (!d.containsKey(attr + ".0.from")) return;
        p.openArray(json).text((oneline ? "\\" : "\n") + "      " + text + " { ");
        for (int i = 0; d.containsKey(attr + "." + i + ".from"); i++) {
            long f = d.get(attr + "." + i + ".from"), t = d.get(attr + "." + i + ".to");
            if (p.json()) p.openObject(null).number("from", null, f).number("to", null, t).closeObject();
            else p.text(f + ":" + t + " ");
        }
        p.closeArray().text("} ");
    }

    // ------------------------------------------------------------------ vxlan

    private static final String VXLAN_USAGE = """
            Usage: ... vxlan id VNI
            		[ { group | remote } IP_ADDRESS ]
            		[ local ADDR ]
            		[ ttl TTL ]
            		[ tos TOS ]
            		[ df DF ]
            		[ flowlabel LABEL ]
            		[ dev PHYS_DEV ]
            		[ dstport PORT ]
            		[ srcport MIN MAX ]
            		[ [no]learning ]
            		[ [no]proxy ]
            		[ [no]rsc ]
            		[ [no]l2miss ]
            		[ [no]l3miss ]
            		[ ageing SECONDS ]
            		[ maxaddress NUMBER ]
            		[ [no]udpcsum ]
            		[ [no]udp6zerocsumtx ]
            		[ [no]udp6zerocsumrx ]
            		[ [no]remcsumtx ] [ [no]remcsumrx ]
            		[ [no]external ] [ gbp ] [ gpe ]
            		[ [no]vnifilter ]

            Where:	VNI	:= 0-16777215
            	ADDR	:= { IP_ADDRESS | any }
            	TOS	:= { NUMBER | inherit }
            	TTL	:= { 1..255 | auto | inherit }
            	DF	:= { unset | set | inherit }
            	LABEL := 0-1048575
            """;

    /** get_addr for a vxlan address: IPv4 (or "any"); IPv6 tunnels are not emulated. */
    private static int vxlanAddr(Ctx ctx, String v, int family) {
        if (v.equals("any") || v.equals("default") || v.equals("all")) return 0;
        if (v.indexOf(':') >= 0 && family != 2) {
            ctx.err.println("RTNETLINK answers: Address family not supported by protocol");
            throw ToolExit.returning(2);
        }
        try {
            return IpAddr.parseInet(v);
        } catch (IllegalArgumentException e) {
            ctx.err.println("Error: " + (family == 2 ? "inet" : "any valid") + " address is expected rather than \"" + v + "\".");
            throw new ToolExit(1);
        }
    }

    /** vxlan_parse_opt (iproute2 6.1): {@code setOp} for ip link set (no defaults, no warnings). */
    static linnet.kernel.drivers.Vxlan.Attrs parseVxlan(Ctx ctx, IpOpts opts, Args a, boolean setOp) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        Integer vni = null, group = null, local = null, link = null, tos = null, ttl = null, df = null, label = null, dstport = null;
        Boolean ttlInherit = null, learning = null, proxy = null, rsc = null, l2miss = null, l3miss = null, udpCsum = null,
                z6tx = null, z6rx = null, rtx = null, rrx = null, metadataAttr = null, vnifilterAttr = null;
        Long ageing = null, limit = null;
        int[] range = null;
        boolean gbp = false, gpe = false, metadata = false, vnifilter = false, learn = true;
        boolean groupIsMulti = false, haveDaddr = false;
        int saddrFamily = 0;
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "id") || Args.matches(k, "vni")) {
                String v = a.value(ctx);
                dup(ctx, seen, "ID", "id", v);
                Long n = getU32(v);
                if (n == null || n >= (1 << 24)) throw Errors.invarg(ctx, "invalid id", v);
                vni = (int) (long) n;
            } else if (Args.matches(k, "group") || Args.matches(k, "remote")) {
                boolean isGroup = Args.matches(k, "group");
                if (haveDaddr && groupIsMulti != isGroup) {
                    ctx.err.println("vxlan: both group and remote cannot be specified");
                    throw ToolExit.returning(1);
                }
                String v = a.value(ctx);
                dup(ctx, seen, "GROUP", isGroup ? "group" : "remote", v);
                int addr = vxlanAddr(ctx, v, saddrFamily);
                boolean multi = Inet4.isMulticast(addr);
                if (isGroup && !multi) throw Errors.invarg(ctx, "invalid group address", v);
                if (!isGroup && (multi || addr == 0)) throw Errors.invarg(ctx, "invalid remote address", v);
                group = addr;
                haveDaddr = true;
                groupIsMulti = multi;
            } else if (Args.matches(k, "local")) {
                String v = a.value(ctx);
                dup(ctx, seen, "LOCAL", "local", v);
                int addr = vxlanAddr(ctx, v, haveDaddr ? 2 : 0);
                if (Inet4.isMulticast(addr) || addr == 0) throw Errors.invarg(ctx, "invalid local address", v);
                local = addr;
                saddrFamily = 2;
            } else if (Args.matches(k, "dev")) {
                String v = a.value(ctx);
                dup(ctx, seen, "LINK", "dev", v);
                linnet.kernel.core.NetDevice d = ctx.net.byName(v);
                if (d == null) {
                    ctx.err.println("Cannot find device \"" + v + "\"");
                    throw new ToolExit(255);
                }
                link = d.ifindex();
            } else if (Args.matches(k, "ttl") || Args.matches(k, "hoplimit")) {
                String v = a.value(ctx);
                dup(ctx, seen, "TTL", "ttl", v);
                if (v.equals("inherit")) ttlInherit = true;
                else if (v.equals("auto")) ttl = 0;
                else {
                    Long n = getU32(v);
                    if (n == null) throw Errors.invarg(ctx, "invalid TTL", v);
                    if (n > 255) throw Errors.invarg(ctx, "TTL must be <= 255", v);
                    ttl = (int) (long) n;
                }
            } else if (Args.matches(k, "tos") || Args.matches(k, "dsfield")) {
                String v = a.value(ctx);
                dup(ctx, seen, "TOS", "tos", v);
                if (v.equals("inherit")) tos = 1;
                else {
                    Integer n = opts.names.dsfield(v);
                    if (n == null) throw Errors.invarg(ctx, "bad TOS value", v);
                    tos = n;
                }
            } else if (Args.matches(k, "df")) {
                String v = a.value(ctx);
                dup(ctx, seen, "DF", "df", v);
                df = switch (v) {
                    case "unset" -> 0;
                    case "set" -> 1;
                    case "inherit" -> 2;
                    default -> throw Errors.invarg(ctx, "DF must be 'unset', 'set' or 'inherit'", v);
                };
            } else if (Args.matches(k, "label") || Args.matches(k, "flowlabel")) {
                String v = a.value(ctx);
                dup(ctx, seen, "LABEL", "flowlabel", v);
                Long n = getU32(v);
                if (n == null || (n & ~0xfffffL) != 0) throw Errors.invarg(ctx, "invalid flowlabel", v);
                label = (int) (long) n;
            } else if (Args.matches(k, "ageing")) {
                String v = a.value(ctx);
                dup(ctx, seen, "AGEING", "ageing", v);
                if (v.equals("none")) ageing = 0L;
                else {
                    ageing = getU32(v);
                    if (ageing == null) throw Errors.invarg(ctx, "ageing timer", v);
                }
            } else if (Args.matches(k, "maxaddress")) {
                String v = a.value(ctx);
                dup(ctx, seen, "LIMIT", "maxaddress", v);
                if (v.equals("unlimited")) limit = 0L;
                else {
                    limit = getU32(v);
                    if (limit == null) throw Errors.invarg(ctx, "max addresses", v);
                }
            } else if (Args.matches(k, "port") || Args.matches(k, "srcport")) {
                String v = a.value(ctx);
                dup(ctx, seen, "PORT_RANGE", "srcport", v);
                Long lo = getU32(v);
                if (lo == null || lo > 0xffff) throw Errors.invarg(ctx, "min port", v);
                String w = a.value(ctx);
                Long hi = getU32(w);
                if (hi == null || hi > 0xffff) throw Errors.invarg(ctx, "max port", w);
                if (lo != 0 || hi != 0) range = new int[] {(int) (long) lo, (int) (long) hi};
            } else if (Args.matches(k, "dstport")) {
                String v = a.value(ctx);
                dup(ctx, seen, "PORT", "dstport", v);
                Long n = getU32(v);
                if (n == null || n > 0xffff) throw Errors.invarg(ctx, "dst port", v);
                dstport = (int) (long) n;
            } else if (Args.matches(k, "nolearning")) {
                dup(ctx, seen, "LEARNING", k, k);
                learn = false;
                learning = false;
            } else if (Args.matches(k, "learning")) {
                dup(ctx, seen, "LEARNING", k, k);
                learn = true;
                learning = true;
            } else if (Args.matches(k, "noproxy")) {
                dup(ctx, seen, "PROXY", k, k);
                proxy = false;
            } else if (Args.matches(k, "proxy")) {
                dup(ctx, seen, "PROXY", k, k);
                proxy = true;
            } else if (Args.matches(k, "norsc")) {
                dup(ctx, seen, "RSC", k, k);
                rsc = false;
            } else if (Args.matches(k, "rsc")) {
                dup(ctx, seen, "RSC", k, k);
                rsc = true;
            } else if (Args.matches(k, "nol2miss")) {
                dup(ctx, seen, "L2MISS", k, k);
                l2miss = false;
            } else if (Args.matches(k, "l2miss")) {
                dup(ctx, seen, "L2MISS", k, k);
                l2miss = true;
            } else if (Args.matches(k, "nol3miss")) {
                dup(ctx, seen, "L3MISS", k, k);
                l3miss = false;
            } else if (Args.matches(k, "l3miss")) {
                dup(ctx, seen, "L3MISS", k, k);
                l3miss = true;
            } else if (Args.matches(k, "udpcsum")) {
                dup(ctx, seen, "UDP_CSUM", k, k);
                udpCsum = true;
            } else if (Args.matches(k, "noudpcsum")) {
                dup(ctx, seen, "UDP_CSUM", k, k);
                udpCsum = false;
            } else if (Args.matches(k, "udp6zerocsumtx")) {
                dup(ctx, seen, "Z6TX", k, k);
                z6tx = true;
            } else if (Args.matches(k, "noudp6zerocsumtx")) {
                dup(ctx, seen, "Z6TX", k, k);
                z6tx = false;
            } else if (Args.matches(k, "udp6zerocsumrx")) {
                dup(ctx, seen, "Z6RX", k, k);
                z6rx = true;
            } else if (Args.matches(k, "noudp6zerocsumrx")) {
                dup(ctx, seen, "Z6RX", k, k);
                z6rx = false;
            } else if (Args.matches(k, "remcsumtx")) {
                dup(ctx, seen, "RTX", k, k);
                rtx = true;
            } else if (Args.matches(k, "noremcsumtx")) {
                dup(ctx, seen, "RTX", k, k);
                rtx = false;
            } else if (Args.matches(k, "remcsumrx")) {
                dup(ctx, seen, "RRX", k, k);
                rrx = true;
            } else if (Args.matches(k, "noremcsumrx")) {
                dup(ctx, seen, "RRX", k, k);
                rrx = false;
            } else if (Args.matches(k, "external")) {
                dup(ctx, seen, "METADATA", k, k);
                metadata = true;
                learn = false;
                metadataAttr = true;
            } else if (Args.matches(k, "noexternal")) {
                dup(ctx, seen, "METADATA", k, k);
                metadata = false;
                metadataAttr = false;
            } else if (Args.matches(k, "gbp")) {
                dup(ctx, seen, "GBP", k, k);
                gbp = true;
            } else if (Args.matches(k, "gpe")) {
                dup(ctx, seen, "GPE", k, k);
                gpe = true;
            } else if (k.equals("vnifilter")) {
                dup(ctx, seen, "VNIFILTER", k, k);
                vnifilter = true;
                vnifilterAttr = true;
            } else if (k.equals("novnifilter")) {
                dup(ctx, seen, "VNIFILTER", k, k);
                vnifilterAttr = false;
            } else if (Args.matches(k, "help")) {
                ctx.err.print(VXLAN_USAGE);
                throw ToolExit.returning(1);
            } else {
                ctx.err.println("vxlan: unknown command \"" + k + "\"?");
                ctx.err.print(VXLAN_USAGE);
                throw ToolExit.returning(1);
            }
        }
        if (!metadata && vnifilter) {
            ctx.err.println("vxlan: vnifilter is valid only when 'external' is set");
            throw ToolExit.returning(1);
        }
        if (metadata && seen.contains("ID")) {
            ctx.err.println("vxlan: both 'external' and vni cannot be specified");
            throw ToolExit.returning(1);
        }
        if (!metadata && !vnifilter && !seen.contains("ID") && !setOp) {
            ctx.err.println("vxlan: missing virtual network identifier");
            throw ToolExit.returning(1);
        }
        if (haveDaddr && groupIsMulti && !seen.contains("LINK")) {
            ctx.err.println("vxlan: 'group' requires 'dev' to be specified");
            throw ToolExit.returning(1);
        }
        if (!seen.contains("PORT") && gpe) dstport = 4790;
        else if (!seen.contains("PORT") && !setOp) {
            ctx.err.print("vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\n"
                    + "Use 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message\n");
        }
        if (!setOp || seen.contains("LEARNING")) learning = learn;
        if (dstport != null && dstport == 0) dstport = null;
        return new linnet.kernel.drivers.Vxlan.Attrs(vni, group, local, link, tos, ttl, ttlInherit, df, label, learning, ageing,
                proxy, rsc, l2miss, l3miss, limit, metadataAttr, range, dstport, udpCsum, z6tx, z6rx, rtx, rrx, gbp, gpe,
                vnifilterAttr);
    }

    /** check_duparg: each attribute once, else duparg2(key, arg). */
    private static void dup(Ctx ctx, java.util.Set<String> seen, String attr, String key, String arg) {
        if (!seen.add(attr)) throw Errors.duparg2(ctx, key, arg);
    }

    /** vxlan_print_opt (iproute2 6.1); {@code ifname} is ll_index_to_name. */
    static void printVxlan(Printer p, Map<String, Long> d, java.util.function.IntFunction<String> ifname) {
        if (d.getOrDefault("IFLA_VXLAN_COLLECT_METADATA", 0L) != 0) p.text("external ").jsonTrue("external");
        if (d.getOrDefault("IFLA_VXLAN_VNIFILTER", 0L) != 0) p.text("vnifilter").jsonTrue("vnifilter");
        Long id = d.get("IFLA_VXLAN_ID");
        if (id != null) p.number("id", "id %s ", id);
        Long g = d.get("IFLA_VXLAN_GROUP");
        if (g != null && g != 0) {
            String s = Fmt.ip((int) (long) g);
            if (Inet4.isMulticast((int) (long) g)) p.string("group", "group %s ", s);
            else p.string("remote", "remote %s ", s);
        }
        Long l = d.get("IFLA_VXLAN_LOCAL");
        if (l != null && l != 0) p.string("local", "local %s ", Fmt.ip((int) (long) l));
        Long link = d.get("IFLA_VXLAN_LINK");
        if (link != null && link != 0) p.string("link", "dev %s ", ifname.apply((int) (long) link));
        if (d.containsKey("IFLA_VXLAN_PORT_RANGE_LOW")) {
            long lo = d.get("IFLA_VXLAN_PORT_RANGE_LOW"), hi = d.get("IFLA_VXLAN_PORT_RANGE_HIGH");
            if (p.json()) p.openObject("port_range").number("low", null, lo).number("high", null, hi).closeObject();
            else p.text("srcport " + lo + " " + hi + " ");
        }
        Long port = d.get("IFLA_VXLAN_PORT");
        if (port != null) p.number("port", "dstport %s ", port);
        Long learning = d.get("IFLA_VXLAN_LEARNING");
        if (learning != null) {
            if (p.json()) {
                if (learning != 0) p.jsonTrue("learning");
                else p.jsonFalse("learning");
            } else if (learning == 0) p.text("nolearning ");
        }
        if (d.getOrDefault("IFLA_VXLAN_PROXY", 0L) != 0) p.text("proxy ").jsonTrue("proxy");
        if (d.getOrDefault("IFLA_VXLAN_RSC", 0L) != 0) p.text("rsc ").jsonTrue("rsc");
        if (d.getOrDefault("IFLA_VXLAN_L2MISS", 0L) != 0) p.text("l2miss ").jsonTrue("l2miss");
        if (d.getOrDefault("IFLA_VXLAN_L3MISS", 0L) != 0) p.text("l3miss ").jsonTrue("l3miss");
        long tos = d.getOrDefault("IFLA_VXLAN_TOS", 0L);
        if (tos != 0) {
            if (p.json() || tos != 1) p.string("tos", "tos %s ", "0x" + Long.toHexString(tos));
            else p.text("tos inherit ");
        }
        if (d.getOrDefault("IFLA_VXLAN_TTL_INHERIT", 0L) != 0) p.text("ttl inherit ");
        else if (d.containsKey("IFLA_VXLAN_TTL")) {
            long ttl = d.get("IFLA_VXLAN_TTL");
            if (p.json() || ttl != 0) p.number("ttl", "ttl %s ", ttl);
            else p.text("ttl auto ");
        }
        Long df = d.get("IFLA_VXLAN_DF");
        if (df != null) {
            if (df == 0) p.string("df", null, "unset");
            else if (df == 1) p.string("df", "df %s ", "set");
            else if (df == 2) p.string("df", "df %s ", "inherit");
        }
        long label = d.getOrDefault("IFLA_VXLAN_LABEL", 0L);
        if (label != 0) p.string("label", "flowlabel %s ", "0x" + Long.toHexString(label));
        Long age = d.get("IFLA_VXLAN_AGEING");
        if (age != null) {
            if (age == 0) p.number("ageing", "ageing none ", 0);
            else p.number("ageing", "ageing %s ", age);
        }
        long maxaddr = d.getOrDefault("IFLA_VXLAN_LIMIT", 0L);
        if (maxaddr != 0) p.number("limit", "maxaddr %s ", maxaddr);
        csum(p, d, "IFLA_VXLAN_UDP_CSUM", "udp_csum", "udpcsum ");
        csum(p, d, "IFLA_VXLAN_UDP_ZERO_CSUM6_TX", "udp_zero_csum6_tx", "udp6zerocsumtx ");
        csum(p, d, "IFLA_VXLAN_UDP_ZERO_CSUM6_RX", "udp_zero_csum6_rx", "udp6zerocsumrx ");
        if (d.getOrDefault("IFLA_VXLAN_REMCSUM_TX", 0L) != 0) p.text("remcsumtx ").jsonTrue("remcsum_tx");
        if (d.getOrDefault("IFLA_VXLAN_REMCSUM_RX", 0L) != 0) p.text("remcsumrx ").jsonTrue("remcsum_rx");
        if (d.containsKey("IFLA_VXLAN_GBP")) p.text("gbp ").jsonTrue("gbp");
        if (d.containsKey("IFLA_VXLAN_GPE")) p.text("gpe ").jsonTrue("gpe");
    }

    private static void csum(Printer p, Map<String, Long> d, String attr, String key, String word) {
        Long v = d.get(attr);
        if (v == null) return;
        if (p.json()) {
            if (v != 0) p.jsonTrue(key);
            else p.jsonFalse(key);
        } else {
            p.text((v == 0 ? "no" : "") + word);
        }
    }

    // ------------------------------------------------------------------ helpers

    static long mac(byte[] b) {
        long m = 0;
        for (byte x : b) m = (m << 8) | (x & 0xff);
        return m;
    }

    /** ll_addr_a2n that must give ETH_ALEN bytes, without its error output (a list's end). */
    private static Long tryMac(String v) {
        try {
            return linnet.wire.Mac.parse(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** get_u32 (strtoul base 0, no sign, whole word). */
    static Long getU32(String v) {
        try {
            if (v.isEmpty() || v.startsWith("-") || v.startsWith("+")) return null;
            long n = Fmt.parseUnsigned(v);
            return n > 0xffff_ffffL ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
