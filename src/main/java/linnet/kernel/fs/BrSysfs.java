package linnet.kernel.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import linnet.kernel.bridge.BrNetlink;
import linnet.kernel.bridge.Bridge;
import linnet.kernel.bridge.BridgeOpts;
import linnet.kernel.bridge.BridgePort;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Jiffies;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;

/**
 * The bridge's sysfs files (br_sysfs_br.c, br_sysfs_if.c): /sys/class/net/BR/bridge/*,
 * /sys/class/net/BR/brif/ (one entry per port) and /sys/class/net/PORT/brport/*.
 */
final class BrSysfs {
    private BrSysfs() {}

    /** bridge_attrs of a kernel with multicast snooping and without VLAN filtering (no vlan_* files). */
    static final String[] BRIDGE_ATTRS = {"ageing_time", "bridge_id", "flush", "forward_delay", "gc_timer",
        "group_addr", "group_fwd_mask", "hash_elasticity", "hash_max", "hello_time", "hello_timer", "max_age",
        "multicast_igmp_version", "multicast_last_member_count", "multicast_last_member_interval",
        "multicast_membership_interval", "multicast_mld_version", "multicast_querier", "multicast_querier_interval",
        "multicast_query_interval", "multicast_query_response_interval", "multicast_query_use_ifaddr",
        "multicast_router", "multicast_snooping", "multicast_startup_query_count", "multicast_startup_query_interval",
        "multicast_stats_enabled", "nf_call_arptables", "nf_call_ip6tables", "nf_call_iptables", "no_linklocal_learn",
        "priority", "root_id", "root_path_cost", "root_port", "stp_state", "tcn_timer", "topology_change",
        "topology_change_detected", "topology_change_timer"};
    /** The read-only ones (mode 0444); flush is write-only (0200); the rest are 0644. */
    private static final java.util.Set<String> BRIDGE_RO = java.util.Set.of("bridge_id", "gc_timer", "hello_timer",
        "root_id", "root_path_cost", "root_port", "tcn_timer", "topology_change", "topology_change_detected",
        "topology_change_timer");
    static final String[] BRPORT_ATTRS = {"backup_port", "bpdu_guard", "bridge", "broadcast_flood", "change_ack",
        "config_pending", "designated_bridge", "designated_cost", "designated_port", "designated_root", "flush",
        "forward_delay_timer", "group_fwd_mask", "hairpin_mode", "hold_timer", "isolated", "learning",
        "message_age_timer", "multicast_fast_leave", "multicast_flood", "multicast_router", "multicast_to_unicast",
        "neigh_suppress", "path_cost", "port_id", "port_no", "priority", "proxyarp", "proxyarp_wifi", "root_block",
        "state", "unicast_flood"};
    private static final java.util.Set<String> BRPORT_RO = java.util.Set.of("bridge", "change_ack", "config_pending",
        "designated_bridge", "designated_cost", "designated_port", "designated_root", "forward_delay_timer",
        "hold_timer", "message_age_timer", "port_id", "port_no", "state");

    /**
     * What opening DEV/bridge/FILE or DEV/brport/FILE for writing fails with: sysfs creates no
     * files and read-only ones refuse the open, both EACCES; null when it opens (or the path is
     * not a bridge file).
     */
    static Errno openForWriteError(NetDevice d, String dir, String file) {
        if (d instanceof Bridge && dir.equals("bridge"))
            return List.of(BRIDGE_ATTRS).contains(file) && !BRIDGE_RO.contains(file) ? null : Errno.EACCES;
        if (d.rxHandlerData instanceof BridgePort && dir.equals("brport"))
            return List.of(BRPORT_ATTRS).contains(file) && !BRPORT_RO.contains(file) ? null : Errno.EACCES;
        return null;
    }

    /** Entries a bridge or a port adds to its device directory. */
    static List<String> extraEntries(NetDevice d) {
        List<String> l = new ArrayList<>();
        if (d instanceof Bridge) {
            l.add("bridge");
            l.add("brif");
        }
        if (d.rxHandlerData instanceof BridgePort) {
            l.add("brport");
            l.add("master");
        }
        return l;
    }

    /** Directory listings under a device; null when the path is not a bridge directory. */
    static List<String> list(NetDevice d, String[] parts) throws KernelException {
        if (parts.length != 2) return null;
        if (d instanceof Bridge b && parts[1].equals("brif")) {
            TreeSet<String> s = new TreeSet<>();
            for (BridgePort p : b.ports()) s.add(p.dev.name());
            return new ArrayList<>(s);
        }
        if (d instanceof Bridge && parts[1].equals("bridge")) return new ArrayList<>(new TreeSet<>(List.of(BRIDGE_ATTRS)));
        if (d.rxHandlerData instanceof BridgePort && parts[1].equals("brport"))
            return new ArrayList<>(new TreeSet<>(List.of(BRPORT_ATTRS)));
        return null;
    }

    private static String id(int prio, long mac) { return String.format("%04x.%012x", prio & 0xffff, mac); }

    /** "%pM". */
    private static String mac(long m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 5; i >= 0; i--) sb.append(String.format("%02x", (m >>> (8 * i)) & 0xff)).append(i > 0 ? ":" : "");
        return sb.toString();
    }

    /** The sysfs files that are br_changelink options, by their netlink keyword. */
    private static final java.util.Map<String, String> KNOB_FILES = java.util.Map.ofEntries(
            java.util.Map.entry("multicast_snooping", "mcast_snooping"), java.util.Map.entry("multicast_router", "mcast_router"),
            java.util.Map.entry("multicast_querier", "mcast_querier"),
            java.util.Map.entry("multicast_query_use_ifaddr", "mcast_query_use_ifaddr"),
            java.util.Map.entry("multicast_stats_enabled", "mcast_stats_enabled"),
            java.util.Map.entry("multicast_igmp_version", "mcast_igmp_version"),
            java.util.Map.entry("multicast_mld_version", "mcast_mld_version"), java.util.Map.entry("hash_max", "mcast_hash_max"),
            java.util.Map.entry("hash_elasticity", "mcast_hash_elasticity"),
            java.util.Map.entry("multicast_last_member_count", "mcast_last_member_count"),
            java.util.Map.entry("multicast_startup_query_count", "mcast_startup_query_count"),
            java.util.Map.entry("multicast_last_member_interval", "mcast_last_member_interval"),
            java.util.Map.entry("multicast_membership_interval", "mcast_membership_interval"),
            java.util.Map.entry("multicast_querier_interval", "mcast_querier_interval"),
            java.util.Map.entry("multicast_query_interval", "mcast_query_interval"),
            java.util.Map.entry("multicast_query_response_interval", "mcast_query_response_interval"),
            java.util.Map.entry("multicast_startup_query_interval", "mcast_startup_query_interval"),
            java.util.Map.entry("nf_call_iptables", "nf_call_iptables"), java.util.Map.entry("nf_call_ip6tables", "nf_call_ip6tables"),
            java.util.Map.entry("nf_call_arptables", "nf_call_arptables"),
            java.util.Map.entry("no_linklocal_learn", "no_linklocal_learn"), java.util.Map.entry("flush", "fdb_flush"));

    /** br_show_bridge_id of an 8-byte id. */
    private static String id(long id) { return id((int) (id >>> 48), id & 0xffff_ffff_ffffL); }

    /** File contents, or null when the path is not a bridge file. */
    static String read(NetDevice d, String[] parts) throws KernelException {
        if (parts.length == 2 && (parts[1].equals("bridge") || parts[1].equals("brif") || parts[1].equals("brport"))
                && list(d, parts) != null) throw new KernelException(Errno.EISDIR);
        if (parts.length != 3) return null;
        if (d instanceof Bridge b && parts[1].equals("bridge")) {
            String v = switch (parts[2]) {
                // jiffies_to_clock_t of what the bridge keeps in jiffies.
                case "ageing_time" -> Long.toString(Jiffies.jiffiesToClockT(b.ageingTime));
                case "forward_delay" -> Long.toString(Jiffies.jiffiesToClockT(b.forwardDelay));
                case "hello_time" -> Long.toString(Jiffies.jiffiesToClockT(b.helloTime));
                case "max_age" -> Long.toString(Jiffies.jiffiesToClockT(b.maxAge));
                case "gc_timer" -> Long.toString(b.fdb.gcTimerLeft());
                case "stp_state" -> Integer.toString(b.stpEnabled);
                case "priority" -> Integer.toString(b.priority);
                case "bridge_id" -> id(b.bridgeId());
                case "root_id" -> id(b.designatedRoot);
                case "root_port" -> Integer.toString(b.rootPort);
                case "root_path_cost" -> Integer.toUnsignedString(b.rootPathCost);
                case "topology_change" -> b.topologyChange ? "1" : "0";
                case "topology_change_detected" -> b.topologyChangeDetected ? "1" : "0";
                case "hello_timer" -> Long.toString(b.helloTimerLeft());
                case "tcn_timer" -> Long.toString(b.tcnTimerLeft());
                case "topology_change_timer" -> Long.toString(b.topologyChangeTimerLeft());
                case "group_fwd_mask" -> String.format("0x%x", b.groupFwdMask);
                case "group_addr" -> mac(b.knobs.groupAddr);
                case "nf_call_arptables" -> b.knobs.nfCallArptables ? "1" : "0";
                case "nf_call_ip6tables" -> b.knobs.nfCallIp6tables ? "1" : "0";
                case "nf_call_iptables" -> b.knobs.nfCallIptables ? "1" : "0";
                case "no_linklocal_learn" -> b.knobs.noLinklocalLearn ? "1" : "0";
                case "multicast_snooping" -> b.knobs.mcastSnooping ? "1" : "0";
                case "multicast_router" -> Integer.toString(b.knobs.mcastRouter);
                case "flush" -> throw new KernelException(Errno.EACCES);
                case "hash_elasticity" -> "16";
                case "hash_max" -> Integer.toString(b.knobs.mcastHashMax);
                case "multicast_igmp_version" -> Integer.toString(b.knobs.mcastIgmpVersion);
                case "multicast_mld_version" -> Integer.toString(b.knobs.mcastMldVersion);
                case "multicast_last_member_count" -> Integer.toString(b.knobs.mcastLastMemberCount);
                case "multicast_startup_query_count" -> Integer.toString(b.knobs.mcastStartupQueryCount);
                case "multicast_last_member_interval" -> Long.toString(Jiffies.jiffiesToClockT(b.knobs.lastMemberInterval));
                case "multicast_membership_interval" -> Long.toString(Jiffies.jiffiesToClockT(b.knobs.membershipInterval));
                case "multicast_querier_interval" -> Long.toString(Jiffies.jiffiesToClockT(b.knobs.querierInterval));
                case "multicast_query_interval" -> Long.toString(Jiffies.jiffiesToClockT(b.knobs.queryInterval));
                case "multicast_query_response_interval" -> Long.toString(Jiffies.jiffiesToClockT(b.knobs.queryResponseInterval));
                case "multicast_startup_query_interval" -> Long.toString(Jiffies.jiffiesToClockT(b.knobs.startupQueryInterval));
                case "multicast_querier" -> Integer.toString(b.knobs.mcastQuerier);
                case "multicast_query_use_ifaddr" -> Integer.toString(b.knobs.mcastQueryUseIfaddr);
                case "multicast_stats_enabled" -> Integer.toString(b.knobs.mcastStatsEnabled);
                default -> throw new KernelException(Errno.ENOENT);
            };
            return v + "\n";
        }
        if (d.rxHandlerData instanceof BridgePort p && parts[1].equals("brport")) {
            String v = switch (parts[2]) {
                case "port_no" -> String.format("0x%x", p.portNo);
                case "port_id" -> String.format("0x%x", p.portId());
                case "designated_port" -> Integer.toString(p.designatedPort);
                case "state" -> Integer.toString(p.state);
                case "priority" -> Integer.toString(p.priority);
                case "path_cost" -> Integer.toString(p.pathCost);
                case "learning" -> p.learning ? "1" : "0";
                case "unicast_flood" -> p.flood ? "1" : "0";
                case "multicast_flood" -> p.mcastFlood ? "1" : "0";
                case "broadcast_flood" -> p.bcastFlood ? "1" : "0";
                case "hairpin_mode" -> p.hairpin ? "1" : "0";
                case "designated_bridge" -> id(p.designatedBridge);
                case "designated_root" -> id(p.designatedRoot);
                case "bpdu_guard" -> p.guard ? "1" : "0";
                case "root_block" -> p.rootBlock ? "1" : "0";
                case "multicast_fast_leave" -> p.fastLeave ? "1" : "0";
                case "designated_cost" -> Integer.toUnsignedString(p.designatedCost);
                case "change_ack" -> p.topologyChangeAck ? "1" : "0";
                case "config_pending" -> p.configPending ? "1" : "0";
                case "hold_timer" -> Long.toString(p.holdLeft());
                case "message_age_timer" -> Long.toString(p.messageAgeLeft());
                case "forward_delay_timer" -> Long.toString(p.forwardDelayLeft());
                case "backup_port" -> "";
                case "group_fwd_mask" -> "0x0";
                case "multicast_router" -> "1";
                case "isolated", "multicast_to_unicast", "neigh_suppress", "proxyarp", "proxyarp_wifi" -> "0";
                case "flush" -> throw new KernelException(Errno.EACCES);
                default -> throw new KernelException(Errno.ENOENT);
            };
            return v + "\n";
        }
        return null;
    }

    private static int parse(String v) throws KernelException {
        try {
            return (int) Long.decode(v.strip()).longValue();
        } catch (NumberFormatException e) {
            throw new KernelException(Errno.EINVAL);
        }
    }

    /** Writes a bridge / brport attribute; false when the path is not one. */
    static boolean write(NetDevice d, String[] parts, String value) throws KernelException {
        if (d instanceof Bridge b && parts[1].equals("bridge")) {
            if (parts[2].equals("group_addr")) {
                // store_group_addr: sscanf("%hhx:...") of six fields, else EINVAL.
                String[] f = value.strip().split(":");
                if (f.length != 6) throw new KernelException(Errno.EINVAL);
                long m = 0;
                try {
                    for (String x : f) m = (m << 8) | (Integer.parseInt(x, 16) & 0xff);
                } catch (NumberFormatException e) {
                    throw new KernelException(Errno.EINVAL);
                }
                BridgeOpts o = new BridgeOpts(null, null, null, null, null, null, null, null);
                o.more().put("group_address", m);
                BrNetlink.changeLink(b, o);
                return true;
            }
            String knob = KNOB_FILES.get(parts[2]);
            if (knob != null) {
                BridgeOpts o = new BridgeOpts(null, null, null, null, null, null, null, null);
                o.more().put(knob, (long) parse(value));
                BrNetlink.changeLink(b, o);
                return true;
            }
            int v = parse(value);
            BridgeOpts o = switch (parts[2]) {
                case "ageing_time" -> new BridgeOpts(v, null, null, null, null, null, null, null);
                case "stp_state" -> new BridgeOpts(null, v, null, null, null, null, null, null);
                case "forward_delay" -> new BridgeOpts(null, null, v, null, null, null, null, null);
                case "hello_time" -> new BridgeOpts(null, null, null, v, null, null, null, null);
                case "max_age" -> new BridgeOpts(null, null, null, null, v, null, null, null);
                case "priority" -> new BridgeOpts(null, null, null, null, null, v, null, null);
                case "group_fwd_mask" -> new BridgeOpts(null, null, null, null, null, null, v, null);
                default -> throw new KernelException(Errno.EACCES);
            };
            BrNetlink.changeLink(b, o);
            return true;
        }
        if (d.rxHandlerData instanceof BridgePort p && parts[1].equals("brport")) {
            int v = parse(value);
            switch (parts[2]) {
                case "learning" -> p.learning = v != 0;
                case "unicast_flood" -> p.flood = v != 0;
                case "multicast_flood" -> p.mcastFlood = v != 0;
                case "broadcast_flood" -> p.bcastFlood = v != 0;
                case "hairpin_mode" -> p.hairpin = v != 0;
                case "bpdu_guard" -> p.guard = v != 0;
                case "root_block" -> p.rootBlock = v != 0;
                case "multicast_fast_leave" -> p.fastLeave = v != 0;
                case "priority" -> p.setPriority(v & 0xffffffffL);
                case "path_cost" -> p.setPathCost(v & 0xffffffffL);
                default -> throw new KernelException(Errno.EACCES);
            }
            d.net().kernel.floodChanged(d);
            return true;
        }
        return false;
    }
}
