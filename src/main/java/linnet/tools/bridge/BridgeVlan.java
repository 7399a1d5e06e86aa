package linnet.tools.bridge;

import linnet.kernel.core.KernelException;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Printer;

/**
 * `bridge vlan` (bridge/vlan.c). The emulated kernel, like the oracle's, is built without
 * CONFIG_BRIDGE_VLAN_FILTERING: no port carries VLAN information, so a listing is its header only
 * and adding a VLAN is refused by the kernel.
 */
final class BridgeVlan {
    private BridgeVlan() {}

    static int run(Ctx ctx, Args a, BridgeTool.Opts op) {
        if (!a.has()) return show(ctx, a, op);
        String c = a.next();
        if (Args.matches(c, "add")) return modify(ctx, a, true);
        if (Args.matches(c, "delete")) return modify(ctx, a, false);
        if (Args.matches(c, "show") || Args.matches(c, "lst") || Args.matches(c, "list")) return show(ctx, a, op);
        if (Args.matches(c, "help")) return usage(ctx);
        ctx.err.println("Command \"" + c + "\" is unknown, try \"bridge vlan help\".");
        return 255;
    }

    private static int usage(Ctx ctx) {
        ctx.err.print("""
                Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]
                                                                     [ pvid ] [ untagged ]
                                                                     [ self ] [ master ]
                       bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]
                                                               [ mcast_router MULTICAST_ROUTER ]
                       bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]
                       bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]
                       bridge vlan global { set } vid VLAN_ID dev DEV
                                      [ mcast_snooping MULTICAST_SNOOPING ]
                                      [ mcast_querier MULTICAST_QUERIER ]
                                      [ mcast_igmp_version IGMP_VERSION ]
                                      [ mcast_mld_version MLD_VERSION ]
                                      [ mcast_last_member_count LAST_MEMBER_COUNT ]
                                      [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
                                      [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
                                      [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
                                      [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
                                      [ mcast_querier_interval QUERIER_INTERVAL ]
                                      [ mcast_query_interval QUERY_INTERVAL ]
                                      [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
                       bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]
                """);
        return 255;
    }

    /** vlan_show: the header, then (never, here) one block per port with VLANs; JSON an empty array. */
    private static int show(Ctx ctx, Args a, BridgeTool.Opts op) {
        String dev = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("dev")) dev = a.value(ctx);
            else if (k.equals("vid")) a.value(ctx);
        }
        if (dev != null && ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find device \"" + dev + "\"");
            return 255;
        }
        if (op.details() > 0) {
            // -d asks for the per-VLAN dump (RTM_GETVLAN), which a kernel without VLAN filtering
            // refuses: the header (or the JSON array's opening) is all that was printed.
            ctx.err.println("RTNETLINK answers: Operation not supported");
            ctx.err.println("Dump terminated");
            if (op.json()) ctx.out.print(op.pretty() ? "[ " : "[");
            else ctx.out.println("port              vlan-id  ");
            return 1;
        }
        if (op.json()) ctx.out.print(new Printer(true, op.pretty()).finish());
        // with -s the statistics header has no trailing blanks
        else ctx.out.println(op.stats() > 0 ? "port              vlan-id" : "port              vlan-id  ");
        return 0;
    }

    /** vlan_modify: RTM_SETLINK / RTM_DELLINK AF_BRIDGE with an IFLA_BRIDGE_VLAN_INFO. */
    private static int modify(Ctx ctx, Args a, boolean add) {
        String dev = null;
        Integer vid = null;
        int flags = 0;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "dev" -> dev = a.value(ctx);
                case "vid" -> {
                    String v = a.value(ctx);
                    int id;
                    try {
                        id = Integer.parseInt(v.split("-")[0]);
                    } catch (NumberFormatException e) {
                        id = -1;
                    }
                    if (id < 1 || id >= 4095) {
                        ctx.err.println("Invalid VLAN ID \"" + v + "\"");
                        return 255;
                    }
                    vid = id;
                }
                case "self" -> flags |= 2;
                case "master" -> flags |= 1;
                case "tunnel_info" -> {
                    a.value(ctx);
                    a.value(ctx);
                }
                default -> {}
            }
        }
        if (dev == null || vid == null) {
            ctx.err.println("Device and VLAN ID are required arguments.");
            return 255;
        }
        if (ctx.net.byName(dev) == null) {
            ctx.err.println("Cannot find bridge device \"" + dev + "\"");
            return 255;
        }
        try {
            ctx.host.rtnl().bridge.vlanModify(ctx.net, dev, vid, flags, add);
        } catch (KernelException e) {
            return BridgeTool.rtnlError(ctx, e);
        }
        return 0;
    }
}
