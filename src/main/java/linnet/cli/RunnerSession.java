package linnet.cli;

import java.io.PrintStream;
import java.util.SortedSet;
import java.util.TreeSet;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.Host;
import linnet.lab.Lab;
import linnet.shell.Programs;
import linnet.shell.ScriptRunner;
import linnet.tools.common.Tty;

/** The terminal's shell: the script runner's bash on the lab's main machine, started in /root. */
final class RunnerSession implements ShellSession {
    private final Lab lab;
    private final ScriptRunner runner;
    private volatile Net net;
    private volatile String cwd = "/root";

    RunnerSession(Lab lab, boolean notes) {
        this.lab = lab;
        this.runner = new ScriptRunner(lab, notes);
        this.net = lab.main.host.kernel().initNet();
    }

    java.util.List<String> bootErrors() { return runner.bootErrors(); }

    @Override
    public int run(Tty terminal, PrintStream out, PrintStream err) { return runner.runTerminal(terminal, out, err); }

    @Override
    public void reading(Net n, String dir) {
        net = n;
        cwd = dir;
    }

    @Override
    public String cwd() { return cwd; }

    @Override
    public String home() { return "/root"; }

    @Override
    public Host host() { return lab.main.host; }

    @Override
    public Net net() { return net; }

    @Override
    public SortedSet<String> commands() {
        TreeSet<String> s = new TreeSet<>(new Programs().names());
        s.addAll(linnet.shell.exec.Shell.builtinNames());
        s.add("history");
        return s;
    }

    @Override
    public void interrupt() { lab.loop.interrupt(); }

    @Override
    public void finish() { runner.finish(); }
}
