package linnet.tools.linnet;

import java.util.List;
import java.util.function.Supplier;
import linnet.kernel.rtnl.Host;
import linnet.tools.common.Ctx;
import linnet.trace.Report;

/**
 * {@code linnet trace [--json] [--all] [--] COMMAND [ARG]...}: runs the command with every machine's
 * tracepoints on, then tells what became of each packet it set off ({@link Tracing}). The command's
 * own output comes first, unchanged; the exit status is the command's.
 */
final class TraceCommand {
    static final String USAGE = "Usage: linnet trace [--json] [--all] [--] COMMAND [ARG]...";

    private TraceCommand() {}

    static int run(Ctx ctx, List<String> args, Supplier<List<Host>> hosts) {
        boolean json = false, all = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("--json")) json = true;
            else if (a.equals("--all")) all = true;
            else if (a.startsWith("-")) {
                ctx.err.println("linnet trace: unknown option " + a);
                ctx.err.println(USAGE);
                return 2;
            } else break;
        }
        if (i >= args.size()) {
            ctx.err.println(USAGE);
            return 2;
        }
        List<String> argv = args.subList(i, args.size());
        Tracing t = Tracing.start(hosts.get());
        Integer rc;
        Report r;
        try {
            rc = ctx.exec.execvp(ctx, argv);
        } finally {
            r = t.stop(all);
        }
        if (rc == null) {
            ctx.err.println("linnet trace: " + argv.get(0) + ": " + ctx.exec.execError(ctx, argv.get(0)));
            return 127;
        }
        ctx.out.print(json ? r.json() : r.text());
        return rc;
    }
}
