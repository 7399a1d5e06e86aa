package linnet.tools.tc;

import java.util.List;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;

/** tc(8) of iproute2 6.1: the global options, then an object (qdisc; class and filter are not built yet). */
public final class Tc implements Tool {
    /** The global options that change output. */
    record Opts(int stats, int details, boolean json, boolean pretty) {}

    static final String USAGE = """
            Usage:\ttc [ OPTIONS ] OBJECT { COMMAND | help }
            \ttc [-force] -batch filename
            where  OBJECT := { qdisc | class | filter | chain |
            \t\t    action | monitor | exec }
                   OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[aw] |
            \t\t    -o[neline] | -j[son] | -p[retty] | -c[olor]
            \t\t    -b[atch] [filename] | -n[etns] name | -N[umeric] |
            \t\t     -nm | -nam[es] | { -cf | -conf } path
            \t\t     -br[ief] }
            """;

    @Override
    public int run(Ctx ctx, List<String> args) {
        try {
            return main(ctx, args);
        } catch (ToolExit e) {
            return e.status;
        }
    }

    private int main(Ctx ctx, List<String> args) {
        int stats = 0, details = 0;
        boolean json = false, pretty = false;
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-"); i++) {
            String a = args.get(i);
            // tc.c's order of tests: the first option a prefix matches wins ("-n" is -netns, not -names)
            if (Args.matches(a, "-stats") || Args.matches(a, "-statistics")) stats++;
            else if (Args.matches(a, "-details")) details++;
            else if (Args.matches(a, "-raw")) continue;
            else if (Args.matches(a, "-pretty")) pretty = true;
            else if (Args.matches(a, "-graph")) continue;
            else if (Args.matches(a, "-Version")) {
                ctx.out.println("tc utility, iproute2-6.1.0, libbpf 1.1.2");
                return 0;
            } else if (Args.matches(a, "-iec")) continue;
            else if (Args.matches(a, "-help")) {
                ctx.err.print(USAGE);
                return 0;
            } else if (Args.matches(a, "-force")) continue;
            else if (Args.matches(a, "-netns")) {
                if (i + 1 >= args.size()) throw linnet.tools.common.Errors.incomplete(ctx);
                Ctx in = linnet.tools.common.NetnsSwitch.enter(ctx, args.get(++i));
                if (in == null) return 255;
                ctx = in;
            } else if (Args.matches(a, "-Numeric") || Args.matches(a, "-names") || Args.matches(a, "-nm")) continue;
            else if (Args.matches(a, "-json")) json = true;
            else if (Args.matches(a, "-oneline") || Args.matches(a, "-brief")) continue;
            else {
                ctx.err.println("Option \"" + a + "\" is unknown, try \"tc -help\".");
                return 255;
            }
        }
        if (i >= args.size()) {
            ctx.err.print(USAGE);
            return 0;
        }
        String obj = args.get(i);
        List<String> rest = args.subList(i + 1, args.size());
        Opts o = new Opts(stats, details, json, pretty);
        if (Args.matches(obj, "qdisc")) return new TcQdisc(ctx, o).run(rest);
        if (Args.matches(obj, "help")) {
            ctx.err.print(USAGE);
            return 0;
        }
        ctx.err.println("Object \"" + obj + "\" is unknown, try \"tc help\".");
        return 255;
    }
}
