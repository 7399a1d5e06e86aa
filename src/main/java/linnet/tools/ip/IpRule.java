package linnet.tools.ip;

import java.util.List;
import linnet.tools.common.Ctx;

/** `ip rule`: the default IPv4 policy rules (only listing; custom rules are not emulated yet). */
final class IpRule {
    private final Ctx ctx;

    IpRule(Ctx ctx, IpOpts o) { this.ctx = ctx; }

    int run(List<String> argv) {
        if (!argv.isEmpty() && !"show".startsWith(argv.get(0)) && !"list".startsWith(argv.get(0))) {
            ctx.err.println("ip rule: only listing the default rules is supported");
            return 2;
        }
        ctx.out.print("0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n");
        return 0;
    }
}
