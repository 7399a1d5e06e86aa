package linnet.tools.procps;

import java.util.List;
import linnet.kernel.proc.PidTable;
import linnet.kernel.proc.Signals;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * /usr/bin/kill from procps-ng 4.0 (what `xargs kill` and `env kill` run; a plain `kill` in bash
 * is the builtin): -SIG / -s SIG, then pids; -l lists the signal names or translates one.
 */
public final class Kill implements Tool {
    private static final String USAGE = """

            Usage:
             kill [options] <pid> [...]

            Options:
             <pid> [...]            send signal to every <pid> listed
             -<signal>, -s, --signal <signal>
                                    specify the <signal> to be sent
             -q, --queue <value>    integer value to be sent with the signal
             -l, --list=[<signal>]  list all signal names, or convert one to a name
             -L, --table            list all signal names in a nice table

             -h, --help     display this help and exit
             -V, --version  output version information and exit

            For more details see kill(1).""";

    @Override
    public int run(Ctx ctx, List<String> args) {
        int sig = PidTable.SIGTERM;
        int i = 0;
        if (i < args.size() && (args.get(i).equals("-l") || args.get(i).equals("--list"))) return list(ctx, args.subList(1, args.size()));
        if (i < args.size() && (args.get(i).equals("-s") || args.get(i).equals("--signal"))) {
            if (i + 1 >= args.size()) return usage(ctx);
            sig = Signals.parse(args.get(i + 1));
            if (sig < 0) {
                ctx.err.println(ctx.argv0("kill") + ": unknown signal name " + args.get(i + 1));
                return 1;
            }
            i += 2;
        } else if (i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1 && !args.get(i).equals("--")) {
            String spec = args.get(i).substring(1);
            sig = Signals.parse(spec);
            if (sig < 0) {
                ctx.err.println(ctx.argv0("kill") + ": invalid argument " + spec.charAt(0));
                return usage(ctx);
            }
            i++;
        }
        if (i < args.size() && args.get(i).equals("--")) i++;
        if (i >= args.size()) return usage(ctx);
        int rc = 0;
        for (String p : args.subList(i, args.size())) {
            int pid;
            try {
                pid = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                ctx.err.println(ctx.argv0("kill") + ": failed to parse argument: '" + p + "'");
                rc = 1;
                continue;
            }
            if (pid <= 0 || !ctx.host.pids().kill(pid, sig)) {
                ctx.err.println(ctx.argv0("kill") + ": (" + p + "): No such process");
                rc = 1;
            }
        }
        return rc;
    }

    private static int usage(Ctx ctx) {
        ctx.err.println(USAGE);
        return 1;
    }

    /** -l: the names in number order on two lines as procps prints them, or one signal translated. */
    private static int list(Ctx ctx, List<String> rest) {
        if (rest.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= 31; n++) {
                // procps names signal 29 by its older alias
                sb.append(n == 29 ? "POLL" : Signals.name(n)).append(n == 16 || n == 31 ? '\n' : ' ');
            }
            ctx.out.print(sb);
            return 0;
        }
        String s = rest.get(0);
        int n = Signals.parse(s);
        if (n <= 0) {
            ctx.err.println(ctx.argv0("kill") + ": unknown signal name " + s);
            return 1;
        }
        ctx.out.println(s.chars().allMatch(Character::isDigit) ? Signals.name(n) : Integer.toString(n));
        return 0;
    }
}
