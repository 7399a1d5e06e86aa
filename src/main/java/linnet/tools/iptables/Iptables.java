package linnet.tools.iptables;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** iptables 1.8.9 (nf_tables backend): parse the command line, carry it out, print what it prints. */
public final class Iptables implements Tool {
    /** A rule as iptables -S prints it, after "-A CHAIN" (for linnet trace's netfilter steps). */
    public static String ruleSpec(linnet.kernel.netfilter.XtRule r) { return IptPrint.save(r).strip(); }

    @Override
    public int run(Ctx ctx, List<String> args) {
        StringBuilder out = new StringBuilder();
        try {
            Command c = IptParser.parse(args, ctx.err);
            new IptExec(ctx.net, out).run(c);
            ctx.out.print(out);
            return 0;
        } catch (IptError e) {
            if (e.status == 0) {
                ctx.out.print(e.msg);
                return 0;
            }
            // stdout is a block-buffered file: what was printed before the error reaches it only at
            // exit, after the unbuffered stderr text, except for the full 4096-byte blocks written out.
            int flushed = out.length() / 4096 * 4096;
            ctx.out.print(out.substring(0, flushed));
            ctx.out.flush();
            int status = e.report(ctx.err, "iptables");
            ctx.err.flush();
            ctx.out.print(out.substring(flushed));
            return status;
        }
    }
}
