package linnet.tools.ip;

import linnet.kernel.bridge.BridgeOpts;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;

/** `ip link add|set ... type T [ARGS]` for the types other than veth (iplink_bridge.c, ...). */
final class IpLinkTypes {
    private IpLinkTypes() {}

    static int add(Ctx ctx, String type, String name, Args rest, linnet.kernel.rtnl.LinkAttrs attrs) {
        if (type.equals("tun") || type.equals("tap")) {
            ctx.err.println("Error: tun/tap creation via rtnetlink is not supported.");
            return 2;
        }
        if (type.equals("bridge")) {
            BridgeOpts o = parseBridge(ctx, rest);
            try {
                ctx.host.rtnl().bridge.newBridge(ctx.net, name, o, attrs);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        // The kernel has no rtnl_link_ops of that kind (no module to load on the oracle machine).
        try {
            ctx.host.rtnl().newLinkUnknownKind(ctx.net, name);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 2;
    }

    /** bridge_parse_opt (iplink_bridge.c): the IFLA_BR_* keywords; times are clock_t as given. */
    static BridgeOpts parseBridge(Ctx ctx, Args a) {
        Integer ageing = null, stp = null, fwd = null, hello = null, maxAge = null, prio = null, mask = null, vlan = null;
        java.util.SequencedMap<String, Long> more = new java.util.LinkedHashMap<>();
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "ageing_time" -> ageing = u32(ctx, a, "ageing_time");
                case "stp_state" -> stp = u32(ctx, a, "stp_state");
                case "forward_delay" -> fwd = u32(ctx, a, "forward_delay");
                case "hello_time" -> hello = u32(ctx, a, "hello_time");
                case "max_age" -> maxAge = u32(ctx, a, "max_age");
                case "priority" -> prio = u32(ctx, a, "priority");
                case "group_fwd_mask" -> mask = u32(ctx, a, "group_fwd_mask");
                case "vlan_filtering" -> vlan = u32(ctx, a, "vlan_filtering");
                case "fdb_flush" -> more.put(k, 1L);
                case "group_address" -> {
                    String v = a.value(ctx);
                    byte[] ll = IpLink.llAddr(ctx, v);
                    // br_changelink wants ETH_ALEN bytes; a shorter address is refused there.
                    long mac = -1;
                    if (ll.length >= 6) {
                        mac = 0;
                        for (int i = 0; i < 6; i++) mac = (mac << 8) | (ll[i] & 0xff);
                    }
                    more.put(k, mac);
                }
                case "vlan_protocol" -> {
                    String v = a.value(ctx);
                    if (!v.equals("802.1Q") && !v.equals("802.1q") && !v.equals("802.1ad"))
                        throw Errors.invarg(ctx, "invalid vlan_protocol", v);
                    more.put(k, v.equals("802.1ad") ? 0x88a8L : 0x8100L);
                }
                case "mcast_router", "mcast_snooping", "mcast_vlan_snooping", "mcast_query_use_ifaddr", "mcast_querier",
                     "mcast_stats_enabled", "mcast_igmp_version", "mcast_mld_version", "nf_call_iptables",
                     "nf_call_ip6tables", "nf_call_arptables", "no_linklocal_learn", "vlan_stats_enabled",
                     "vlan_stats_per_port" -> more.put(k, unsigned(ctx, a, k, 0xffL));
                case "vlan_default_pvid" -> more.put(k, unsigned(ctx, a, k, 0xffffL));
                case "mcast_hash_elasticity", "mcast_hash_max", "mcast_last_member_count", "mcast_startup_query_count" ->
                        more.put(k, unsigned(ctx, a, k, 0xffff_ffffL));
                case "mcast_last_member_interval", "mcast_membership_interval", "mcast_querier_interval",
                     "mcast_query_interval", "mcast_query_response_interval", "mcast_startup_query_interval" ->
                        more.put(k, unsigned(ctx, a, k, Long.MAX_VALUE));
                case "help" -> {
                    bridgeUsage(ctx);
                    throw new linnet.tools.common.ToolExit(255);
                }
                default -> {
                    // explain() and -1 from the parser: ip link turns that into exit 1.
                    ctx.err.println("bridge: unknown command \"" + k + "\"?");
                    bridgeUsage(ctx);
                    throw linnet.tools.common.ToolExit.returning(1);
                }
            }
        }
        return new BridgeOpts(ageing, stp, fwd, hello, maxAge, prio, mask, vlan, more);
    }

    /** The IFLA_BRPORT_* attributes br_setport applies, in its order: the flags, cost, priority, state. */
    private static final String[] SLAVE_ORDER = {"hairpin", "guard", "fastleave", "root_block", "learning", "flood",
            "mcast_flood", "bcast_flood", "cost", "priority", "state"};

    /**
     * bridge_slave_parse_opt (iplink_bridge_slave.c) for the attributes linnet models: each as
     * {index in SLAVE_ORDER, value}; a repeated keyword keeps its last value.
     */
    static java.util.List<long[]> parseBridgeSlave(Ctx ctx, Args a) {
        long[] vals = new long[SLAVE_ORDER.length];
        boolean[] set = new boolean[SLAVE_ORDER.length];
        while (a.has()) {
            String k = a.next();
            int i = java.util.Arrays.asList(SLAVE_ORDER).indexOf(k);
            if (i < 0) {
                ctx.err.println("bridge_slave: unknown option \"" + k + "\"?");
                bridgeSlaveUsage(ctx);
                throw linnet.tools.common.ToolExit.returning(1);
            }
            String v = a.value(ctx);
            long n;
            if (i < 8) {
                if (v.equals("on")) n = 1;
                else if (v.equals("off")) n = 0;
                else {
                    ctx.err.println("Error: argument of \"" + k + "\" must be one of \"off\", \"on\", not \"" + v + "\"");
                    throw linnet.tools.common.ToolExit.returning(1);
                }
            } else {
                long max = k.equals("cost") ? 0xffff_ffffL : k.equals("priority") ? 0xffff : 0xff;
                try {
                    n = Long.decode(v);
                    if (n < 0 || n > max || v.startsWith("-") || v.startsWith("+")) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    throw Errors.invarg(ctx, k + " is invalid", v);
                }
            }
            vals[i] = n;
            set[i] = true;
        }
        java.util.List<long[]> l = new java.util.ArrayList<>();
        for (int i = 0; i < SLAVE_ORDER.length; i++) if (set[i]) l.add(new long[] {i, vals[i]});
        return l;
    }

    /** RTM_NEWLINK with IFLA_INFO_SLAVE_DATA: br_setport, stopping at the first error. */
    static void applyBridgeSlave(Ctx ctx, String dev, java.util.List<long[]> opts) throws KernelException {
        if (ctx.host.rtnl().bridge.port(ctx.net, dev) == null)
            throw new KernelException(linnet.kernel.core.Errno.EOPNOTSUPP);
        for (long[] o : opts) ctx.host.rtnl().bridge.setPort(ctx.net, dev, SLAVE_ORDER[(int) o[0]], (int) o[1]);
        ctx.host.rtnl().bridge.slaveChanged(ctx.net, dev);
    }

    private static void bridgeSlaveUsage(Ctx ctx) {
        ctx.err.print("""
                Usage: ... bridge_slave [ fdb_flush ]
                			[ state STATE ]
                			[ priority PRIO ]
                			[ cost COST ]
                			[ guard {on | off} ]
                			[ hairpin {on | off} ]
                			[ fastleave {on | off} ]
                			[ root_block {on | off} ]
                			[ learning {on | off} ]
                			[ flood {on | off} ]
                			[ proxy_arp {on | off} ]
                			[ proxy_arp_wifi {on | off} ]
                			[ mcast_router MULTICAST_ROUTER ]
                			[ mcast_fast_leave {on | off} ]
                			[ mcast_flood {on | off} ]
                			[ bcast_flood {on | off} ]
                			[ mcast_to_unicast {on | off} ]
                			[ group_fwd_mask MASK ]
                			[ neigh_suppress {on | off} ]
                			[ vlan_tunnel {on | off} ]
                			[ isolated {on | off} ]
                			[ locked {on | off} ]
                			[ backup_port DEVICE ] [ nobackup_port ]
                """);
    }

    /** get_u8 / get_u16 / get_u32 / get_u64 with iplink_bridge.c's "invalid NAME". */
    private static long unsigned(Ctx ctx, Args a, String what, long max) {
        String v = a.value(ctx);
        try {
            long n = Long.decode(v);
            if (n < 0 || Long.compareUnsigned(n, max) > 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw Errors.invarg(ctx, "invalid " + what, v);
        }
    }

    private static int u32(Ctx ctx, Args a, String what) {
        String v = a.value(ctx);
        try {
            long n = Long.decode(v);
            if (n < 0 || n > 0xffff_ffffL) throw new NumberFormatException();
            return (int) n;
        } catch (NumberFormatException e) {
            throw Errors.invarg(ctx, "invalid " + what, v);
        }
    }

    /** iplink_bridge.c print_explain. */
    static final String BRIDGE_USAGE = "Usage: ... bridge [ fdb_flush ]\n\t\t  [ forward_delay FORWARD_DELAY ]\n\t\t  [ hello_time HELLO_TIME ]\n\t\t  [ max_age MAX_AGE ]\n\t\t  [ ageing_time AGEING_TIME ]\n\t\t  [ stp_state STP_STATE ]\n\t\t  [ priority PRIORITY ]\n\t\t  [ group_fwd_mask MASK ]\n\t\t  [ group_address ADDRESS ]\n\t\t  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]\n\t\t  [ vlan_filtering VLAN_FILTERING ]\n\t\t  [ vlan_protocol VLAN_PROTOCOL ]\n\t\t  [ vlan_default_pvid VLAN_DEFAULT_PVID ]\n\t\t  [ vlan_stats_enabled VLAN_STATS_ENABLED ]\n\t\t  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]\n\t\t  [ mcast_snooping MULTICAST_SNOOPING ]\n\t\t  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]\n\t\t  [ mcast_router MULTICAST_ROUTER ]\n\t\t  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]\n\t\t  [ mcast_querier MULTICAST_QUERIER ]\n\t\t  [ mcast_hash_elasticity HASH_ELASTICITY ]\n\t\t  [ mcast_hash_max HASH_MAX ]\n\t\t  [ mcast_last_member_count LAST_MEMBER_COUNT ]\n\t\t  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n\t\t  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n\t\t  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n\t\t  [ mcast_querier_interval QUERIER_INTERVAL ]\n\t\t  [ mcast_query_interval QUERY_INTERVAL ]\n\t\t  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n\t\t  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n\t\t  [ mcast_stats_enabled MCAST_STATS_ENABLED ]\n\t\t  [ mcast_igmp_version IGMP_VERSION ]\n\t\t  [ mcast_mld_version MLD_VERSION ]\n\t\t  [ nf_call_iptables NF_CALL_IPTABLES ]\n\t\t  [ nf_call_ip6tables NF_CALL_IP6TABLES ]\n\t\t  [ nf_call_arptables NF_CALL_ARPTABLES ]\n\nWhere: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n";

    private static void bridgeUsage(Ctx ctx) {
        ctx.err.print(BRIDGE_USAGE);
    }
}
