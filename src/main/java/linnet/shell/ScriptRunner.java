package linnet.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.KernelException;
import linnet.lab.Lab;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;

/**
 * Runs a script line by line in one lab, like `bash -c` per line in the sandbox root namespace:
 * comments ('#', and '//' in the study notes' dialect) and blank lines are skipped, a failing line doesn't stop
 * the script, and nothing a tool throws ever reaches the user as a stack trace.
 */
public final class ScriptRunner {
    private final Lab lab;
    private final Programs programs = new Programs();
    private final VmCommand vm;
    private final Tasks tasks;
    /** Background jobs by job number (bash's %N), in start order; done ones are reported once by `jobs`. */
    private final java.util.List<Job> jobs = new java.util.ArrayList<>();

    private record Job(int number, String command, Tasks.Task task) {}

    /** The study notes' dialect: '//' starts a comment (linnet run --notes); bash's rules otherwise. */
    private final boolean notes;

    public ScriptRunner(Lab lab) {
        this(lab, false);
    }

    public ScriptRunner(Lab lab, boolean notes) {
        this.lab = lab;
        this.notes = notes;
        this.vm = new VmCommand(lab, programs);
        this.tasks = new Tasks(lab.loop);
    }

    /** The script has ended: background jobs are ended too (bash prints nothing about them). */
    public void finish() {
        tasks.killAll();
        jobs.clear();
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

    /** Runs one line; its merged output goes to {@code out}. Returns the exit status. */
    public int runLine(String line, PrintStream out, PrintStream err) {
        var host = lab.main.host;
        var root = host.kernel().initNet();
        CommandLine cl = CommandLine.parse(line, notes);
        // A background job starts while the shell goes on: its start-up time runs after the spawn.
        if (!cl.background()) lab.loop.advance(COMMAND_START_NS);
        if (cl.background()) {
            Ctx jctx = new Ctx(host, root, root, out, err, programs);
            String cmd = line.strip();
            int number = jobs.isEmpty() ? 1 : jobs.get(jobs.size() - 1).number() + 1;
            Tasks.Task t = tasks.spawn(cmd, () -> runCommand(jctx, cl, err));
            jobs.add(new Job(number, cmd, t));
            lab.loop.advance(COMMAND_START_NS);
            return 0;
        }
        if (!cl.argv().isEmpty() && cl.pipeFrom() == null && cl.redirect() == null) {
            Integer b = builtin(cl.argv(), out, err);
            if (b != null) {
                lab.loop.runPending();
                return b;
            }
        }
        Ctx ctx;
        int rc;
        if (cl.redirect() != null) {
            // The shell opens the file in ITS namespace before the command runs.
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
            ctx = new Ctx(host, root, root, p, err, programs);
            linnet.kernel.core.Errno openErr = host.vfs().openForWriteError(root, cl.redirect());
            if (openErr != null) {
                err.println("/bin/bash: line 1: " + cl.redirect() + ": " + openErr.text);
                return 1;
            }
            try {
                host.vfs().openForWrite(root, cl.redirect());
            } catch (KernelException e) {
                err.println("/bin/bash: line 1: " + cl.redirect() + ": " + e.errno.text);
                return 1;
            }
            rc = safeExec(ctx, cl, err);
            try {
                host.vfs().write(root, cl.redirect(), buf.toString(StandardCharsets.UTF_8));
            } catch (KernelException e) {
                err.println("/bin/bash: line 1: echo: write error: " + e.errno.text);
                rc = 1;
            }
        } else {
            ctx = new Ctx(host, root, root, out, err, programs);
            rc = runCommand(ctx, cl, err);
        }
        lab.loop.runPending();
        return rc;
    }

    /** A command with its optional pipe: the left side runs to its end, its output is the right side's stdin. */
    private int runCommand(Ctx ctx, CommandLine cl, PrintStream err) {
        if (cl.pipeFrom() == null) return safeExec(ctx, cl, err);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        safeExec(ctx.withIo(p, ctx.stdin), new CommandLine(cl.pipeFrom(), null, false), err);
        p.flush();
        return safeExec(ctx.withIo(ctx.out, buf.toByteArray()), cl, err);
    }

    /** The shell's own job-control builtins: jobs, wait, kill %N. */
    private Integer builtin(java.util.List<String> argv, PrintStream out, PrintStream err) {
        switch (argv.get(0)) {
            case "jobs" -> {
                for (int i = 0; i < jobs.size(); i++) {
                    Job j = jobs.get(i);
                    char mark = i == jobs.size() - 1 ? '+' : i == jobs.size() - 2 ? '-' : ' ';
                    String state = !j.task().finished() ? "Running"
                            : j.task().exitStatus() == 0 ? "Done" : j.task().exitStatus() == 143 ? "Terminated"
                            : "Exit " + j.task().exitStatus();
                    String cmd = j.command();
                    if (j.task().finished() && cmd.endsWith("&")) cmd = cmd.substring(0, cmd.length() - 1).strip();
                    out.printf("[%d]%c  %-24s%s%n", j.number(), mark, state, cmd);
                }
                jobs.removeIf(j -> j.task().finished());
                return 0;
            }
            case "wait" -> {
                int rc = 0;
                for (Job j : new java.util.ArrayList<>(jobs)) {
                    if (argv.size() > 1 && !argv.contains("%" + j.number())) continue;
                    tasks.await(j.task());
                    if (j.task().finished()) rc = j.task().exitStatus();
                }
                return rc;
            }
            case "kill" -> {
                if (argv.size() < 2 || !argv.get(argv.size() - 1).startsWith("%")) return null;
                String spec = argv.get(argv.size() - 1);
                for (Job j : jobs) {
                    if (spec.equals("%" + j.number()) || (spec.equals("%%") || spec.equals("%+")) && j == jobs.get(jobs.size() - 1)) {
                        tasks.kill(j.task());
                        return 0;
                    }
                }
                err.println("bash: line 1: kill: " + spec + ": no such job");
                return 1;
            }
            default -> {
                return null;
            }
        }
    }

    private int safeExec(Ctx ctx, CommandLine cl, PrintStream err) {
        try {
            if (!cl.argv().isEmpty() && cl.argv().get(0).equals("vm")) return vm.run(ctx, cl.argv().subList(1, cl.argv().size()));
            return programs.run(ctx, cl.argv());
        } catch (RuntimeException | StackOverflowError e) {
            // An emulator bug must not look like Linux output, nor show a Java stack trace.
            // (Other Errors pass: background jobs are unwound with one, Tasks.Killed.)
            err.println("linnet: internal error in '" + String.join(" ", cl.argv()) + "': " + e);
            return 70;
        }
    }
}
