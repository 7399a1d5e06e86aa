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

    static final String[] BRIDGE_ATTRS = {"ageing_time", "bridge_id", "forward_delay", "gc_timer", "group_addr",
        "group_fwd_mask", "hello_time", "hello_timer", "max_age", "multicast_snooping", "nf_call_arptables",
        "nf_call_ip6tables", "nf_call_iptables", "priority", "root_id", "root_path_cost", "root_port", "stp_state",
        "tcn_timer", "topology_change", "topology_change_detected", "topology_change_timer", "vlan_filtering"};
    static final String[] BRPORT_ATTRS = {"bpdu_guard", "bridge", "change_ack", "config_pending", "designated_bridge",
        "designated_cost", "designated_port", "designated_root", "flush", "forward_delay_timer", "hairpin_mode",
        "hold_timer", "learning", "message_age_timer", "multicast_flood", "port_id", "port_no", "path_cost",
        "priority", "root_block", "state", "unicast_flood", "broadcast_flood"};

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
                case "bridge_id", "root_id" -> id(b.priority, b.bridgeIdAddr());
                case "group_fwd_mask" -> String.format("0x%x", b.groupFwdMask);
                case "group_addr" -> "01:80:c2:00:00:00";
                case "vlan_filtering", "root_port", "root_path_cost", "topology_change", "topology_change_detected",
                     "nf_call_arptables", "nf_call_ip6tables", "nf_call_iptables", "hello_timer", "tcn_timer",
                     "topology_change_timer" -> "0";
                case "multicast_snooping" -> "1";
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
                case "designated_bridge", "designated_root" -> id(p.designatedPrio, p.br.bridgeIdAddr());
                case "bpdu_guard" -> p.guard ? "1" : "0";
                case "root_block" -> p.rootBlock ? "1" : "0";
                case "multicast_fast_leave" -> p.fastLeave ? "1" : "0";
                case "designated_cost", "change_ack", "config_pending",
                     "hold_timer", "message_age_timer", "forward_delay_timer" -> "0";
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
            int v = parse(value);
            BridgeOpts o = switch (parts[2]) {
                case "ageing_time" -> new BridgeOpts(v, null, null, null, null, null, null, null);
                case "stp_state" -> new BridgeOpts(null, v, null, null, null, null, null, null);
                case "forward_delay" -> new BridgeOpts(null, null, v, null, null, null, null, null);
                case "hello_time" -> new BridgeOpts(null, null, null, v, null, null, null, null);
                case "max_age" -> new BridgeOpts(null, null, null, null, v, null, null, null);
                case "priority" -> new BridgeOpts(null, null, null, null, null, v, null, null);
                case "group_fwd_mask" -> new BridgeOpts(null, null, null, null, null, null, v, null);
                case "vlan_filtering" -> new BridgeOpts(null, null, null, null, null, null, null, v);
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
            return true;
        }
        return false;
    }
}
