package linnet.tools.iptables;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** iptables 1.8.9 (nf_tables backend): parse the command line, carry it out, print what it prints. */
public final class Iptables implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        StringBuilder out = new StringBuilder();
        try {
            Command c = IptParser.parse(args, ctx.err);
            new IptExec(ctx.net, out).run(c);
            ctx.out.print(out);
            return 0;
        } catch (IptError e) {
            ctx.out.print(out);
            return e.report(ctx.err, "iptables");
        }
    }
}
