package linnet.tools.ip;

import linnet.kernel.rtnl.BrPortInfo;
import linnet.kernel.rtnl.BridgeInfo;
import linnet.tools.common.Printer;

/** The `ip -d link` options of a bridge and of a bridge port (iplink_bridge.c, iplink_bridge_slave.c). */
final class BridgeDetails {
    private BridgeDetails() {}

    /** The bridge id as iproute2 prints it: 4 hex digits of priority, then the MAC without padding. */
    static String bridgeId(int prio, long mac) {
        StringBuilder sb = new StringBuilder(String.format("%04x.", prio & 0xffff));
        for (int i = 5; i >= 0; i--) {
            sb.append(Long.toHexString((mac >>> (8 * i)) & 0xff));
            if (i > 0) sb.append(':');
        }
        return sb.toString();
    }

    /** A timer in clock_t as "%4i.%.2i". */
    static String timer(long clockT) { return String.format("%4d.%02d", clockT / 100, clockT % 100); }

    /** _print_timer: "NAME %4i.%.2i " in text, the number "%i.%.2i" unquoted in JSON. */
    static void timer(Printer p, String name, long clockT) {
        p.raw(name, name + " %s ", timer(clockT), String.format("%d.%02d", clockT / 100, clockT % 100));
    }

    /** print_0xhex: "%#x" (so 0 stays "0"), a string in JSON too. */
    static String hex0x(long v) { return v == 0 ? "0" : "0x" + Long.toHexString(v); }

    /** An 8-byte id (priority in the top 16 bits) as iproute2 prints it. */
    static String bridgeId(long id) { return bridgeId((int) (id >>> 48), id & 0xffff_ffff_ffffL); }

    static void bridge(Printer p, BridgeInfo b) {
        String id = bridgeId(b.priority(), b.bridgeIdAddr());
        p.number("forward_delay", "forward_delay %s ", b.forwardDelay())
                .number("hello_time", "hello_time %s ", b.helloTime())
                .number("max_age", "max_age %s ", b.maxAge())
                .number("ageing_time", "ageing_time %s ", b.ageingTime())
                .number("stp_state", "stp_state %s ", b.stpState())
                .number("priority", "priority %s ", b.priority())
                .number("vlan_filtering", "vlan_filtering %s ", b.vlanFiltering())
                .string("bridge_id", "bridge_id %s ", id)
                // iplink_bridge.c formats IFLA_BR_BRIDGE_ID's data under IFLA_BR_ROOT_ID's name.
                .string("root_id", "designated_root %s ", id)
                .number("root_port", "root_port %s ", b.rootPort())
                .number("root_path_cost", "root_path_cost %s ", Integer.toUnsignedLong(b.rootPathCost()))
                .number("topology_change", "topology_change %s ", b.topologyChange() ? 1 : 0)
                .number("topology_change_detected", "topology_change_detected %s ", b.topologyChangeDetected() ? 1 : 0);
        timer(p, "hello_timer", b.helloTimer());
        timer(p, "tcn_timer", b.tcnTimer());
        timer(p, "topology_change_timer", b.topologyChangeTimer());
        timer(p, "gc_timer", b.gcTimer());
        p.string("group_fwd_mask", "group_fwd_mask %s ", hex0x(b.groupFwdMask()))
                .string("group_addr", "group_address %s ", linnet.tools.common.Fmt.mac(b.groupAddr()));
        // The other IFLA_BR_* values: JSON keys as br_fill_info names them, text words as iproute2 prints them.
        for (var e : b.knobs().entrySet()) {
            String text = switch (e.getKey()) {
                case "mcast_last_member_cnt" -> "mcast_last_member_count";
                case "mcast_startup_query_cnt" -> "mcast_startup_query_count";
                case "mcast_last_member_intvl" -> "mcast_last_member_interval";
                case "mcast_membership_intvl" -> "mcast_membership_interval";
                case "mcast_querier_intvl" -> "mcast_querier_interval";
                case "mcast_query_intvl" -> "mcast_query_interval";
                case "mcast_query_response_intvl" -> "mcast_query_response_interval";
                case "mcast_startup_query_intvl" -> "mcast_startup_query_interval";
                default -> e.getKey();
            };
            p.number(e.getKey(), text + " %s ", e.getValue());
        }
    }

    static void slave(Printer p, BrPortInfo s) {
        p.string("state", "state %s ", linnet.kernel.bridge.BridgePort.stateName(s.state()))
                .number("priority", "priority %s ", s.priority())
                .number("cost", "cost %s ", s.cost())
                .onOff("hairpin", "hairpin %s ", s.hairpin())
                .onOff("guard", "guard %s ", s.guard())
                .onOff("root_block", "root_block %s ", s.rootBlock())
                .onOff("fastleave", "fastleave %s ", s.fastLeave())
                .onOff("learning", "learning %s ", s.learning())
                .onOff("flood", "flood %s ", s.flood())
                .string("id", "port_id %s ", String.format("0x%x", s.portId()))
                .string("no", "port_no %s ", String.format("0x%x", s.portNo()))
                .number("designated_port", "designated_port %s ", s.designatedPort())
                .number("designated_cost", "designated_cost %s ", Integer.toUnsignedLong(s.designatedCost()))
                .string("bridge_id", "designated_bridge %s ", bridgeId(s.designatedBridge()))
                .string("root_id", "designated_root %s ", bridgeId(s.designatedRoot()));
        timer(p, "hold_timer", s.holdTimer());
        timer(p, "message_age_timer", s.messageAgeTimer());
        timer(p, "forward_delay_timer", s.forwardDelayTimer());
        p.number("topology_change_ack", "topology_change_ack %s ", s.topologyChangeAck() ? 1 : 0)
                .number("config_pending", "config_pending %s ", s.configPending() ? 1 : 0)
                .onOff("proxy_arp", "proxy_arp %s ", false)
                .onOff("proxy_arp_wifi", "proxy_arp_wifi %s ", false)
                .number("multicast_router", "mcast_router %s ", 1)
                // printed once more in text only: JSON already has "fastleave"
                .text("mcast_fast_leave " + (s.fastLeave() ? "on" : "off") + " ")
                .onOff("mcast_flood", "mcast_flood %s ", s.mcastFlood())
                .onOff("bcast_flood", "bcast_flood %s ", s.bcastFlood())
                .onOff("mcast_to_unicast", "mcast_to_unicast %s ", false)
                .onOff("neigh_suppress", "neigh_suppress %s ", false)
                .string("group_fwd_mask", "group_fwd_mask %s ", hex0x(0))
                .string("group_fwd_mask_str", "group_fwd_mask_str %s ", "0x0")
                .onOff("vlan_tunnel", "vlan_tunnel %s ", false)
                .onOff("isolated", "isolated %s ", false)
                .onOff("locked", "locked %s ", false);
    }
}
