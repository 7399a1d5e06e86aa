package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.proc.PidTable;
import linnet.kernel.proc.Signals;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * timeout(1) of GNU coreutils 9.1 on linnet's virtual clock: runs the command and, when DURATION
 * (NUMBER[smhd], 0 = never) has passed, sends it SIGTERM or -s SIGNAL through an alarm on the event
 * loop: a command without a handler ends at the wait it is in (iputils' ping has none for SIGTERM,
 * so it prints no statistics), one that catches the signal (ping and SIGINT) finishes its own way.
 * Exit status 124 when the time ran out (the command's own with --preserve-status, 128+signal
 * when it died of it), 137 when KILL was sent (timeout signals its own process group, so it dies
 * too); 125 timeout's errors, 126/127 a command that cannot run. -k is accepted: a command linnet
 * signals has always ended by the time KILL would follow.
 */
public final class Timeout implements Tool {
    private static final int FAIL = 125;

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("timeout", "+k:s:v", FAIL).longOpt("kill-after", 1, "k").longOpt("signal", 1, "s")
                .longOpt("foreground", 0, "f").longOpt("preserve-status", 0, "p").longOpt("verbose", 0, "v")
                .parse(ctx, args);
        int signo = PidTable.SIGTERM;
        boolean preserve = false, verbose = false;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "k" -> duration(ctx, o, opt.arg());
                case "s" -> {
                    signo = Signals.parse(opt.arg());
                    if (signo < 0) {
                        ctx.err.println("timeout: " + Input.quoteAlways(opt.arg()) + ": invalid signal");
                        o.fail(ctx, null);
                    }
                }
                case "p" -> preserve = true;
                case "v" -> verbose = true;
                default -> { } // --foreground: linnet's commands are always the terminal's foreground
            }
        }
        if (o.operands.size() < 2) o.fail(ctx, null);
        long ns = duration(ctx, o, o.operands.get(0));
        List<String> command = o.operands.subList(1, o.operands.size());
        EventLoop loop = ctx.host.kernel().loop;
        // signal 0 only checks that the command is there, and duration 0 never fires
        EventLoop.Alarm alarm = ns > 0 && signo != 0 ? loop.alarm(ns, signo) : null;
        Integer rc;
        int died = 0;
        try {
            rc = ctx.exec.execvp(ctx, command);
        } catch (EventLoop.Signalled s) {
            if (s.alarm != alarm) throw s;
            rc = 0;
            died = s.signo;
        } finally {
            if (alarm != null) alarm.cancel();
        }
        if (rc == null) {
            String e = ctx.exec.execError(ctx, command.get(0));
            ctx.err.println("timeout: failed to run command " + Input.quoteAlways(command.get(0)) + ": " + e);
            return e.equals("No such file or directory") ? 127 : 126;
        }
        if (alarm == null || !alarm.fired()) return rc;
        if (verbose) {
            ctx.err.println("timeout: sending signal " + Signals.name(signo) + " to command " + Input.quoteAlways(command.get(0)));
        }
        if (signo == PidTable.SIGKILL) return 128 + PidTable.SIGKILL;
        if (!preserve) return 124;
        return died != 0 ? 128 + died : rc;
    }

    /** NUMBER[smhd] in nanoseconds (a fraction allowed); anything else ends timeout with 125. */
    private static long duration(Ctx ctx, GnuOpts o, String text) {
        String num = text;
        double mul = 1;
        if (!text.isEmpty() && "smhd".indexOf(text.charAt(text.length() - 1)) >= 0) {
            num = text.substring(0, text.length() - 1);
            mul = switch (text.charAt(text.length() - 1)) {
                case 'm' -> 60;
                case 'h' -> 3600;
                case 'd' -> 86400;
                default -> 1;
            };
        }
        Double v = CFloat.parse(num);
        if (v == null || v.isNaN() || v < 0 || num.isBlank() || Character.isWhitespace(num.charAt(0))) {
            ctx.err.println("timeout: invalid time interval " + Input.quoteAlways(text));
            o.fail(ctx, null);
        }
        double s = v * mul;
        return s >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE / 2 : (long) Math.ceil(s * EventLoop.NS_PER_SEC);
    }
}
