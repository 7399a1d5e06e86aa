package linnet.tools.nettools;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.rtnl.RouteInfo;
import linnet.kernel.rtnl.RtnlRoute;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;

/** route(8) of net-tools 2.10: the -n listing of the main table (add/del arrive later). */
public final class RouteTool implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        StringBuilder sb = new StringBuilder("Kernel IP routing table\n");
        sb.append("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n");
        List<RouteInfo> routes;
        try {
            routes = RtnlRoute.dump(ctx.net, 0);
        } catch (KernelException e) {
            ctx.out.print(sb);
            return 0;
        }
        for (RouteInfo r : routes) {
            if (r.table() != FibRoute.RT_TABLE_MAIN) continue;
            String flags = "U";
            if (r.type() == FibRoute.RTN_UNREACHABLE || r.type() == FibRoute.RTN_PROHIBIT || r.type() == FibRoute.RTN_BLACKHOLE)
                flags = "!";
            if (r.gw() != 0) flags += "G";
            if (r.dstLen() == 32) flags += "H";
            int mask = r.dstLen() == 0 ? 0 : (int) (0xffffffffL << (32 - r.dstLen()));
            var d = ctx.net.byIndex(r.oif());
            sb.append(Fmt.pad(Fmt.ip(r.dst()), 15)).append(' ').append(Fmt.pad(Fmt.ip(r.gw()), 15)).append(' ')
                    .append(Fmt.pad(Fmt.ip(mask), 15)).append(' ').append(Fmt.pad(flags, 5)).append(' ')
                    .append(Fmt.pad(Integer.toString(r.priority()), 6)).append(' ').append(Fmt.pad("0", 6)).append(' ')
                    .append(Fmt.rpad("0", 3)).append(' ').append(d == null ? "*" : d.name()).append('\n');
        }
        ctx.out.print(sb);
        return 0;
    }
}
