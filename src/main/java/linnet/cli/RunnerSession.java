package linnet.cli;

import java.io.PrintStream;
import java.util.SortedSet;
import java.util.TreeSet;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.Host;
import linnet.lab.Lab;
import linnet.shell.Programs;
import linnet.shell.ScriptRunner;
import linnet.sim.EventLoop;

/**
 * The interactive shell's view of today's script runner, with the best facts it has: one shell
 * in the root namespace, in /root. The runner knows neither `exit` nor nested shells yet, so
 * `exit [N]` is recognised here; everything else goes to {@link ScriptRunner#runLine}.
 */
final class RunnerSession implements ShellSession {
    /** The job-control builtins the runner has besides the programs on PATH. */
    private static final java.util.List<String> RUNNER_BUILTINS = java.util.List.of("exit", "jobs", "kill", "wait");

    private final Lab lab;
    private final ScriptRunner runner;
    private final boolean interactive;
    private int status;
    private boolean exited;

    RunnerSession(Lab lab, boolean notes, boolean interactive) {
        this.lab = lab;
        this.runner = new ScriptRunner(lab, notes);
        this.interactive = interactive;
    }

    @Override
    public int runLine(String line, PrintStream out, PrintStream err) {
        if (!runner.runs(line)) return status;
        String[] w = line.strip().split("[ \t]+");
        if (w[0].equals("exit") && w.length <= 2) {
            exited = true;
            if (w.length == 2) {
                try {
                    status = Integer.parseInt(w[1]) & 0xff;
                } catch (NumberFormatException e) {
                    err.println("bash: exit: " + w[1] + ": numeric argument required");
                    status = 2;
                }
            }
            return status;
        }
        lab.loop.clearInterrupt();
        try {
            status = runner.runLine(line, out, err);
        } catch (EventLoop.Interrupted e) {
            // The program died of SIGINT: an interactive bash ends the ^C line the terminal echoed.
            if (interactive) out.println();
            status = EventLoop.Interrupted.STATUS;
        } finally {
            lab.loop.clearInterrupt();
        }
        return status;
    }

    @Override
    public boolean needsMore(String text) { return false; }

    @Override
    public boolean exited() { return exited; }

    @Override
    public String namespace() { return null; }

    @Override
    public String cwd() { return "/root"; }

    @Override
    public String home() { return "/root"; }

    @Override
    public String hostname() { return "linnet"; }

    @Override
    public Host host() { return lab.main.host; }

    @Override
    public Net net() { return lab.main.host.kernel().initNet(); }

    @Override
    public SortedSet<String> commands() {
        TreeSet<String> s = new TreeSet<>(new Programs().names());
        s.addAll(RUNNER_BUILTINS);
        return s;
    }

    @Override
    public void interrupt() { lab.loop.interrupt(); }

    @Override
    public void finish() { runner.finish(); }
}
