package linnet.shell;

import java.io.PrintStream;
import linnet.lab.Lab;
import linnet.shell.exec.Shell;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;

/**
 * Runs shell input on a lab's main machine, in the sandbox's root namespace, three ways:
 * <ul>
 * <li>{@link #runLine}: one line as {@code /bin/bash -c LINE}, a fresh shell each time — what
 *     run-kernel does for every scenario line, so variables and `jobs` do not outlive the line while
 *     files and background processes do;</li>
 * <li>{@link #runScript}: a whole file as {@code bash FILE} runs it — one shell, multi-line
 *     commands, variables and jobs throughout — with its lines typed ahead as a terminal would
 *     hold them, so a nested {@code ip netns exec NS bash} reads the lines after it;</li>
 * <li>{@link #runTerminal}: a bash reading a terminal (or a pipe) for as long as it runs.</li>
 * </ul>
 * In the study notes' dialect ({@code --notes}) a word starting with "//" begins a comment.
 */
public final class ScriptRunner {
    private final Lab lab;
    private final Programs programs = new Programs();
    private final Tasks tasks;
    private final boolean notes;

    public ScriptRunner(Lab lab) {
        this(lab, false);
    }

    /** The wall-clock limit of each line. */
    private final LineGuard guard;

    /** --line-timeout: the real time a line may run, in ms (0: no limit). */
    public void setLineTimeoutMs(long ms) { guard.setTimeoutMs(ms); }

    public ScriptRunner(Lab lab, boolean notes) {
        this.lab = lab;
        this.notes = notes;
        this.guard = new LineGuard(lab.loop);
        this.tasks = new Tasks(lab.loop);
        VmCommand vm = new VmCommand(lab, programs);
        programs.register("vm", vm::run);
        programs.register("ssh", new SshCommand(lab, programs)::run);
        programs.register("linnet", new linnet.tools.linnet.Linnet(this::hosts));
        programs.register("trace", this::traceCommand);
        if (lab.spec != null) boot(lab.spec);
    }

    /** Every machine's doors, the main one first. */
    private java.util.List<linnet.kernel.rtnl.Host> hosts() {
        return lab.machines().stream().map(m -> m.host).toList();
    }

    /** {@code trace on}: each command that follows is traced, its report printed after its output. */
    private boolean traceOn, traceJson, traceAll;
    /** The trace of the command running now, or null. */
    private linnet.tools.linnet.Tracing tracing;

    /** Turns tracing of each command on or off ({@code linnet run --trace}, the shell's {@code trace on}). */
    public void setTrace(boolean on, boolean json, boolean all) {
        traceOn = on;
        traceJson = json;
        traceAll = all;
    }

    private void traceBefore() {
        if (traceOn && tracing == null) tracing = linnet.tools.linnet.Tracing.start(hosts());
    }

    /** The command ended: its trace, if it sent anything, follows its output. */
    private void traceAfter(PrintStream out) {
        if (tracing == null) return;
        linnet.tools.linnet.Tracing t = tracing;
        tracing = null;
        linnet.trace.Report r = t.stop(traceAll);
        if (traceOn && !r.isEmpty()) {
            out.print(traceJson ? r.json() : r.text());
            out.flush();
        }
    }

    /** {@code trace on [--json] [--all]}, {@code trace off}, {@code trace} (says which). */
    private int traceCommand(Ctx ctx, java.util.List<String> args) {
        if (args.isEmpty()) {
            ctx.out.println("trace is " + (traceOn ? "on" : "off"));
            return 0;
        }
        boolean json = false, all = false;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("--json")) json = true;
            else if (a.equals("--all")) all = true;
            else return traceUsage(ctx);
        }
        switch (args.get(0)) {
            case "on" -> setTrace(true, json, all);
            case "off" -> {
                if (args.size() > 1) return traceUsage(ctx);
                setTrace(false, false, false);
            }
            default -> {
                return traceUsage(ctx);
            }
        }
        return 0;
    }

    private static int traceUsage(Ctx ctx) {
        ctx.err.println("trace: usage: trace on [--json] [--all] | trace off");
        return 2;
    }

    /** What went wrong while the lab's nodes ran their exec commands (printed before the script runs). */
    private final java.util.List<String> bootErrors = new java.util.ArrayList<>();

    public java.util.List<String> bootErrors() { return java.util.List.copyOf(bootErrors); }

    /**
     * Runs each node's exec commands in its root namespace, node by node in the file's order, as
     * containerlab does once the cables are in; their output goes nowhere (containerlab logs it),
     * a failing one is reported with its output.
     */
    private void boot(linnet.lab.LabSpec spec) {
        for (linnet.lab.LabSpec.Node n : spec.nodes()) {
            var m = lab.node(n.name());
            for (String cmd : n.exec()) {
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                PrintStream ps = new PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
                Ctx c = new Ctx(m.host, m.kernel.initNet(), m.kernel.initNet(), ps, ps, programs, new byte[0]);
                int rc = programs.run(c, java.util.List.of("bash", "-c", cmd));
                lab.loop.runPending();
                if (rc != 0) bootErrors.add("linnet: node " + n.name() + ": exec \"" + cmd + "\" failed (exit " + rc + "): "
                        + buf.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
            }
        }
    }

    /** The script has ended: background jobs are ended too (bash prints nothing about them). */
    public void finish() {
        tasks.killAll();
    }

    /** Whether a script line is a command for bash (not blank, not a '#' comment). */
    public static boolean isCommand(String line) {
        return isCommand(line, false);
    }

    /** Whether a script line is a command; in the notes' dialect a line starting with '//' is a comment too. */
    public static boolean isCommand(String line, boolean notes) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#") && !(notes && t.startsWith("//"));
    }

    /** Whether a line of this runner's script is a command. */
    public boolean runs(String line) {
        return isCommand(line, notes);
    }

    /**
     * What starting a command line costs in time: bash -c forks and execs the program, about 10 ms
     * of the kernel's clock (a bridge's forward delay timer shows 14.99 s one command after the
     * bridge came up). Timers run on meanwhile, so rate limits and backoffs (the redirect backoff of
     * 40, 80, 160 ms ...) see consecutive commands as the kernel does, not as simultaneous.
     */
    public static final long COMMAND_START_NS = 10_000_000L;

    private Shell newShell(String name, Shell.Mode mode, PrintStream out, PrintStream err) {
        var host = lab.main.host;
        Shell sh = new Shell(host, host.kernel().initNet(), programs, tasks, name, mode, false,
                mode == Shell.Mode.INTERACTIVE ? "/root" : "/", Ctx.DEFAULT_ENV, host.pids().fork(null, "bash"));
        sh.setStreams(null, out, err);
        return sh;
    }

    /** Runs one line as {@code /bin/bash -c LINE}; its output goes to {@code out}/{@code err}. Returns the exit status. */
    public int runLine(String line, PrintStream out, PrintStream err) {
        // A line that only starts a background job ends at once; the job's start-up runs after the spawn.
        boolean spawns = endsInBackground(line);
        if (!spawns) lab.loop.advance(COMMAND_START_NS);
        Integer asOptions = BashTool.optionLikeCommand(notes ? NotesDialect.strip(line) : line, "/bin/bash", err);
        if (asOptions != null) {
            err.flush();
            return asOptions;
        }
        Shell sh = newShell("/bin/bash", Shell.Mode.DASH_C, out, err);
        sh.guardCommands(guard.notice());
        int rc;
        guard.arm();
        traceBefore();
        try {
            rc = sh.mainProcess(notes ? NotesDialect.strip(line) : line);
        } finally {
            guard.disarm();
            lab.loop.clearTimeout();
        }
        if (spawns) lab.loop.advance(COMMAND_START_NS);
        out.flush();
        err.flush();
        lab.loop.runPending();
        traceAfter(out);
        return rc;
    }

    private static boolean endsInBackground(String line) {
        String t = line.strip();
        return t.endsWith("&") && !t.endsWith("&&") && !t.endsWith(">&") && !t.endsWith("<&");
    }

    /** Runs a whole script as {@code bash NAME} would; returns its exit status. */
    public int runScript(String script, String name, PrintStream out, PrintStream err) {
        Shell sh = newShell(name, Shell.Mode.SCRIPT, out, err);
        sh.guardCommands(guard.notice());
        sh.onCommand(() -> {
            lab.loop.advance(COMMAND_START_NS);
            guard.arm();
            traceBefore();
        }, () -> {
            guard.disarm();
            lab.loop.clearTimeout();
            out.flush();
            err.flush();
            lab.loop.runPending();
            traceAfter(out);
        });
        // the lines are typed ahead: a nested `ip netns exec NS bash` reads the ones after it until exit
        return sh.mainProcess(linnet.tools.common.Tty.typedAhead(notes ? NotesDialect.strip(script) : script));
    }

    /**
     * bash on a terminal (interactive: prompts, in /root) or on lines from a pipe (bash -s, in /):
     * it reads and runs commands until exit or the end of the input; returns its exit status.
     */
    public int runTerminal(linnet.tools.common.Tty tty, PrintStream out, PrintStream err) {
        Shell.Mode mode = tty.isTerminal() ? Shell.Mode.INTERACTIVE : Shell.Mode.STDIN;
        Shell sh = newShell("bash", mode, out, err);
        sh.onCommand(() -> {
            lab.loop.clearInterrupt();
            lab.loop.advance(COMMAND_START_NS);
            traceBefore();
        }, () -> {
            out.flush();
            err.flush();
            lab.loop.runPending();
            traceAfter(out);
            lab.loop.clearInterrupt();
        });
        linnet.tools.common.Tty input = !notes ? tty : new linnet.tools.common.Tty() {
            @Override
            public String readLine(String prompt, linnet.kernel.core.Net net, String cwd) {
                String l = tty.readLine(prompt, net, cwd);
                return l == null ? null : NotesDialect.strip(l);
            }

            @Override
            public boolean isTerminal() { return tty.isTerminal(); }
        };
        return sh.mainProcess(input);
    }

    /** Whether {@code text} is a complete command (false while a quote, loop or here-document is still open). */
    public static boolean isComplete(String text) {
        return Shell.isComplete(text);
    }
}
