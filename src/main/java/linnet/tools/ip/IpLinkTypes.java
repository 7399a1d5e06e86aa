package linnet.tools.ip;

import linnet.kernel.bridge.BridgeOpts;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;

/** `ip link add|set ... type T [ARGS]` for the types other than veth (iplink_bridge.c, ...). */
final class IpLinkTypes {
    private IpLinkTypes() {}

    static int add(Ctx ctx, String type, String name, Args rest) {
        if (type.equals("tun") || type.equals("tap")) {
            ctx.err.println("Error: tun/tap creation via rtnetlink is not supported.");
            return 2;
        }
        if (type.equals("bridge")) {
            BridgeOpts o = parseBridge(ctx, rest);
            try {
                ctx.host.rtnl().bridge.newBridge(ctx.net, name, o);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            return 0;
        }
        // The kernel has no rtnl_link_ops of that kind (no module to load on the oracle machine).
        ctx.err.println("Error: Unknown device type.");
        return 2;
    }

    /** bridge_parse_opt (iplink_bridge.c): the IFLA_BR_* keywords; times are clock_t as given. */
    static BridgeOpts parseBridge(Ctx ctx, Args a) {
        Integer ageing = null, stp = null, fwd = null, hello = null, maxAge = null, prio = null, mask = null, vlan = null;
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
                case "help" -> {
                    bridgeUsage(ctx);
                    throw new linnet.tools.common.ToolExit(255);
                }
                default -> {
                    ctx.err.println("bridge: unknown command \"" + k + "\"?");
                    bridgeUsage(ctx);
                    throw new linnet.tools.common.ToolExit(255);
                }
            }
        }
        return new BridgeOpts(ageing, stp, fwd, hello, maxAge, prio, mask, vlan);
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

    private static void bridgeUsage(Ctx ctx) {
        ctx.err.print("""
                Usage: ... bridge [ fdb_flush ]
                		  [ forward_delay FORWARD_DELAY ]
                		  [ hello_time HELLO_TIME ]
                		  [ max_age MAX_AGE ]
                		  [ ageing_time AGEING_TIME ]
                		  [ stp_state STP_STATE ]
                		  [ priority PRIORITY ]
                		  [ group_fwd_mask MASK ]
                		  [ group_address ADDRESS ]
                		  [ vlan_filtering VLAN_FILTERING ]
                """);
    }
}
