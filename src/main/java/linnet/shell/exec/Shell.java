package linnet.shell.exec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.proc.PidTable;
import linnet.kernel.proc.Proc;
import linnet.kernel.rtnl.Host;
import linnet.shell.lex.Lexer.SyntaxError;
import linnet.shell.parse.Ast;
import linnet.shell.parse.Ast.*;
import linnet.shell.parse.Parser;
import linnet.sim.EventLoop;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tty;

/**
 * One bash process over the emulated machine (execute_cmd.c): it runs parsed commands in its
 * network namespace and working directory, with its variables, functions, options and traps.
 * Subshells, pipeline stages and command substitutions are copies of it, so what they change
 * stays theirs, as after fork(2).
 */
public final class Shell {
    /** How the shell was started, which decides its message prefixes (bash's shell_name and line numbers). */
    public enum Mode {
        /** bash -c STRING: "NAME: line N: " at run time, "NAME: -c: line N: " for syntax errors. */
        DASH_C,
        /** bash FILE: "FILE: line N: " for both. */
        SCRIPT,
        /** an interactive shell: "bash: " without line numbers. */
        INTERACTIVE,
        /** bash reading commands from a standard input that is no terminal (bash -s, a nested shell of a script): "bash: ". */
        STDIN
    }

    final Host host;
    Net net;
    /** The mount namespace this shell runs in (ip netns exec's /etc binds); its commands inherit it. */
    linnet.kernel.fs.Mounts mounts = linnet.kernel.fs.Mounts.NONE;
    final Ctx.Exec exec;
    final Tasks tasks;
    final String name;
    final Mode mode;
    /** dash (sh on Debian) words its command-not-found differently. */
    final boolean dash;

    Vars vars = new Vars();
    List<String> positional = new ArrayList<>();
    Map<String, Node> functions = new HashMap<>();
    boolean errexit, nounset, xtrace, pipefail, noglob, noclobber;
    int status;
    String lastBackground;
    /** $$: the pid of the shell that was started; subshells keep it (bash's dollar_dollar_pid). */
    int pid;
    /** The process this shell (or subshell) runs as: $BASHPID, and the parent of what it starts. */
    Proc proc;
    /**
     * The simple command a forked shell runs as its only act: bash execs it in that process
     * instead of forking again, so `sleep 30 &` is one pid and $! is the sleep's pid.
     */
    Node execInPlace;
    /** Whether the command being started now is {@link #execInPlace}. */
    private boolean inPlaceNow;
    String cwd;
    Map<String, String> traps = new LinkedHashMap<>();
    int[] pipeStatus = {0};

    /** The standard streams of what runs now; {@code in} null is the shell's own stdin: {@link #tty}, or /dev/null. */
    Input in;
    /** The terminal the shell's own standard input is, or null (/dev/null). */
    Tty tty;
    /** shopt's options. */
    Shopt shopt = new Shopt();
    /** The history list; off in a shell that is not interactive, as bash's. */
    History history = new History();
    /** Descriptors 3 and up. */
    FdTable fds = new FdTable();
    /** exec with only redirections: they stay for the rest of the shell. */
    private boolean permanentRedirs;
    PrintStream out;
    PrintStream err;

    int line = 1;
    int errexitSuppressed;
    int loopDepth;
    int funcDepth;
    boolean subshell;
    /**
     * An asynchronous command's redirections write through to their files at every flush (its
     * output is there while it runs, as for a real process); a foreground command's are stored
     * when it ends.
     */
    boolean writeThrough;
    final Expander ex = new Expander(this);
    final Builtins builtins = new Builtins(this);
    /** Background jobs of this shell, by job number (bash's %N). */
    final List<Job> jobs = new ArrayList<>();

    record Job(int number, String command, Tasks.Task task, int pid) {}

    /**
     * @param tasks where background jobs run (null: a '&' command runs to its end first)
     * @param name $0; @param mode how it was started
     */
    public Shell(Host host, Net net, Ctx.Exec exec, Tasks tasks, String name, Mode mode, boolean dash, String cwd,
            Map<String, String> env, Proc proc) {
        this.host = host;
        this.net = net;
        this.exec = exec;
        this.tasks = tasks;
        this.name = name;
        this.mode = mode;
        this.dash = dash;
        this.cwd = cwd;
        this.proc = proc;
        this.pid = proc.pid;
        env.forEach((k, v) -> {
            vars.set(k, v);
            vars.lookup(k).exported = true;
        });
        if (vars.get("IFS") == null) vars.set("IFS", " \t\n");
        // with no PATH in its environment bash uses its built-in default (not exported)
        if (vars.get("PATH") == null) vars.set("PATH", "/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.");
        if (vars.get("PWD") == null) { vars.set("PWD", cwd); vars.lookup("PWD").exported = true; }
        vars.set("PS4", "+ ");
        vars.set("PS2", "> ");
        // root's prompt on Debian (/root/.bashrc): user@host:dir#
        if (mode == Mode.INTERACTIVE) vars.set("PS1", "\\u@\\h:\\w\\$ ");
        vars.set("BASH", "/bin/bash");
        vars.set("BASH_VERSION", "5.2.15(1)-release");
        vars.set("OPTIND", "1");
        // gethostname(2) when the shell starts (bash keeps it for \h; a later `hostname NEW` shows in new shells)
        vars.set("HOSTNAME", (proc != null ? proc.uts(host.kernel().uts) : host.kernel().uts).nodename());
        vars.set("UID", "0");
        vars.set("EUID", "0");
        vars.set("PPID", Integer.toString(proc.ppid));
    }

    private Shell(Shell p) {
        host = p.host;
        net = p.net;
        mounts = p.mounts;
        exec = p.exec;
        tasks = p.tasks;
        name = p.name;
        mode = p.mode == Mode.INTERACTIVE ? Mode.DASH_C : p.mode;
        dash = p.dash;
        vars = p.vars.copy();
        positional = new ArrayList<>(p.positional);
        functions = new HashMap<>(p.functions);
        errexit = p.errexit;
        nounset = p.nounset;
        xtrace = p.xtrace;
        pipefail = p.pipefail;
        noglob = p.noglob;
        noclobber = p.noclobber;
        status = p.status;
        lastBackground = p.lastBackground;
        pid = p.pid;
        proc = p.proc;
        cwd = p.cwd;
        in = p.in;
        tty = p.tty;
        out = p.out;
        err = p.err;
        fds = p.fds.copy();
        shopt = p.shopt.copy();
        history = p.history.copy();
        line = p.line;
        loopDepth = p.loopDepth;
        funcDepth = p.funcDepth;
        subshell = true;
        writeThrough = p.writeThrough;
    }

    /** fork(2): a copy of this shell as a new process (its pid is the child's; $$ stays). */
    Shell fork() {
        Shell sub = new Shell(this);
        sub.proc = host.pids().fork(proc, "bash");
        return sub;
    }

    public void setArgs(List<String> args) { positional = new ArrayList<>(args); }

    public void setStreams(byte[] stdin, PrintStream o, PrintStream e) {
        in = stdin == null ? null : new Input(stdin);
        out = o;
        err = e;
    }

    public int status() { return status; }

    public Net net() { return net; }

    /** Starts this shell in a mount namespace (a bash started by ip netns exec inherits its binds). */
    public void setMounts(linnet.kernel.fs.Mounts m) { mounts = m; }

    /** The namespaces this shell's own path lookups go through (redirections, globs, cd). */
    linnet.kernel.fs.Nsproxy ns() { return new linnet.kernel.fs.Nsproxy(net, mounts); }

    public String cwd() { return cwd; }

    // ------------------------------------------------------------------ messages

    /** bash's prefix for a run-time error: "NAME: line N: " (interactive: "bash: "). */
    String prefix() {
        if (dash) return name + ": " + line + ": ";
        return mode == Mode.INTERACTIVE ? "bash: " : mode == Mode.STDIN ? name + ": " : name + ": line " + line + ": ";
    }

    void error(String msg) {
        err.println(prefix() + msg);
    }

    private void syntaxError(SyntaxError e, Parser p) {
        if (dash) {
            // dash's own wording, on one line, "NAME: LINE: "; its status is always 2
            err.println(name + ": " + (e.dash != null ? e.dashLine : e.line) + ": "
                    + (e.dash != null ? e.dash : "Syntax error: " + e.getMessage()));
            e.status = 2;
            return;
        }
        String pre = switch (mode) {
            case DASH_C -> name + ": -c: line " + e.line + ": ";
            case SCRIPT -> name + ": line " + e.line + ": ";
            case INTERACTIVE -> "bash: ";
            case STDIN -> name + ": ";
        };
        if (e.before != null) syntaxError(e.before, p);
        if (e.getMessage().isEmpty()) return;
        err.println(pre + e.getMessage());
        if (e.showLine) err.println(pre + "`" + p.lexer().sourceLine(e.line) + "'");
    }

    /** What the lexer warned about while reading (a here-document cut short by the end of the input). */
    private void parseWarnings(Parser p) {
        for (Object[] w : p.lexer().takeWarnings()) {
            int n = (Integer) w[0];
            err.println((mode == Mode.INTERACTIVE || mode == Mode.STDIN || n == 0 ? name + ": " : name + ": line " + n + ": ") + w[1]);
        }
    }

    // ------------------------------------------------------------------ running source text

    private Runnable before = () -> { };
    private Runnable after = () -> { };

    /** Whether this is the runner's shell, which outlives a command the wall-clock guard ended. */
    private boolean guarded;
    private String timeoutNotice;

    /** Makes this the runner's shell: a timed-out command gets status 124 and {@code notice} on stderr. */
    public void guardCommands(String notice) {
        guarded = true;
        timeoutNotice = notice;
    }

    /** Hooks around each complete command at the top level (the runner's clock and flushing). */
    public void onCommand(Runnable beforeCommand, Runnable afterCommand) {
        before = beforeCommand;
        after = afterCommand;
    }

    /** The names of bash's builtins (what a command name completes from besides PATH). */
    public static java.util.Set<String> builtinNames() { return Builtins.NAMES; }

    /** Whether the text parses to its end (no open quote, compound command or here-document). */
    public static boolean isComplete(String text) {
        try {
            new Parser(text).all();
            return true;
        } catch (SyntaxError e) {
            return !(e.getMessage().startsWith("unexpected EOF") || e.getMessage().contains("unexpected end of file"));
        }
    }

    /** Runs the text without ending the shell (interactive lines, source, eval); Flow.Exit passes. */
    int runSource(String src, boolean nested) { return runSource(src, nested, 1); }

    /** {@link #runSource(String, boolean)} for text whose first line is line {@code firstLine} of the input. */
    int runSource(String src, boolean nested, int firstLine) {
        Parser p = new Parser(src, firstLine);
        // bash reads a line before it runs it: shopt -s extglob counts from the next line on
        p.lexer().extglob(() -> shopt.is("extglob"));
        int historyMark = 0;
        while (true) {
            Seq cmd;
            try {
                cmd = p.next();
            } catch (SyntaxError e) {
                syntaxError(e, p);
                if (e.status != SyntaxError.KEEP_STATUS) status = e.status;
                if (mode != Mode.INTERACTIVE && !nested) throw new Flow.Exit(status);
                return status;
            }
            parseWarnings(p);
            // bash enters a line into its history when it has read it, before running it
            if (!nested) {
                int end = cmd == null ? src.length() : p.lexer().consumedEnd();
                history.readCommand(p.lexer().text(historyMark, end));
                historyMark = end;
            }
            if (cmd == null) return status;
            // bash -c execs the last simple command of its string instead of forking for it (its pid is $$)
            if (mode == Mode.DASH_C && !nested && !subshell && p.lexer().restIsBlank()) execInPlace = lastSimple(cmd);
            if (!nested) before.run();
            try {
                execSeq(cmd);
            } catch (EventLoop.TimedOut e) {
                // the runner's own shell: the command ended as timeout(1) ends one, the script goes on
                if (!guarded || nested) throw e;
                status = EventLoop.TimedOut.STATUS;
                err.println(timeoutNotice);
            } catch (Flow.ExpansionError e) {
                status = e.status;
                // bash -c's own shell exits 127 here, a script or a subshell 1
                if (e.fatal && mode != Mode.INTERACTIVE) throw new Flow.Exit(mode == Mode.DASH_C && !subshell ? 127 : 1);
            } finally {
                if (!nested) after.run();
            }
        }
    }

    /** The whole life of a shell: run the source, honour exit, run the EXIT trap. */
    public int main(String src) {
        int rc;
        try {
            rc = runSource(src, false);
        } catch (Flow.Exit e) {
            rc = e.status;
        } catch (Flow.Return | Flow.Jump e) {
            rc = status;
        }
        return exitTrap(rc);
    }

    /**
     * bash reading its standard input: each command is read (more lines while it is incomplete,
     * PS2 on a terminal) and run before the next is read, so a program started meanwhile (a
     * nested bash) reads the lines after it. Ends at exit or the end of the input.
     */
    public int mainTty(Tty t) {
        tty = t;
        int rc;
        try {
            rc = readLoop();
        } catch (Flow.Exit e) {
            rc = e.status;
        } catch (Flow.Return | Flow.Jump e) {
            rc = status;
        }
        if (mode == Mode.INTERACTIVE) err.println("exit");
        return exitTrap(rc);
    }

    private int readLoop() {
        int lineNo = 0;
        while (true) {
            String first;
            try {
                first = tty.readLine(prompt(false), net, cwd);
            } catch (Tty.Interrupt e) {
                status = 130;
                continue;
            }
            if (first == null) return status;
            int start = ++lineNo;
            StringBuilder text = new StringBuilder(first);
            boolean dropped = false;
            while (!isComplete(text + "\n")) {
                String more;
                try {
                    more = tty.readLine(prompt(true), net, cwd);
                } catch (Tty.Interrupt e) {
                    dropped = true;
                    status = 130;
                    break;
                }
                if (more == null) break;
                lineNo++;
                text.append('\n').append(more);
            }
            if (dropped) continue;
            try {
                runSource(text + "\n", false, start);
            } catch (EventLoop.Interrupted e) {
                // the foreground program died of Ctrl-C: an interactive shell ends the ^C line and prompts again
                if (mode != Mode.INTERACTIVE) throw e;
                out.println();
                status = EventLoop.Interrupted.STATUS;
                host.kernel().loop.clearInterrupt();
            }
        }
    }

    /** PS1 (or PS2) as an interactive bash shows it; nothing for a shell that is not interactive. */
    private String prompt(boolean continuation) {
        if (mode != Mode.INTERACTIVE) return null;
        String ps = vars.get(continuation ? "PS2" : "PS1");
        if (ps == null) return "";
        String expanded = Prompt.expand(ps, vars.get("HOSTNAME"), cwd, vars.get("HOME"));
        if (continuation) return expanded;
        // linnet names the namespace of a nested shell before the prompt, as Debian's PS1 shows a chroot
        String ns = net == host.kernel().initNet() ? null : host.netns().nameOf(net);
        return ns == null ? expanded : "(" + ns + ") " + expanded;
    }

    /** {@link #mainTty}, then the process ends (the shell the runner started for a script or a terminal). */
    public int mainProcess(Tty t) {
        try {
            return mainTty(t);
        } finally {
            host.pids().exit(proc);
        }
    }

    /** {@link #main}, then the process ends (a shell the runner started for a line or a script). */
    public int mainProcess(String src) {
        try {
            return main(src);
        } catch (StackOverflowError e) {
            // the runner's own bash recursed without end: it dies of SIGSEGV, nobody reports it
            return 128 + SIGSEGV;
        } finally {
            host.pids().exit(proc);
        }
    }

    int exitTrap(int rc) {
        String t = traps.remove("EXIT");
        if (t == null) return rc;
        status = rc;
        try {
            runSource(t, true);
        } catch (Flow.Exit e) {
            return e.status;
        } catch (RuntimeException e) {
            return rc;
        }
        return rc;
    }

    // ------------------------------------------------------------------ the executor

    int execNode(Node n) {
        // the wall-clock guard may end the line at any step (a loop that never waits)
        host.kernel().loop.checkTimeout();
        return switch (n) {
            case Simple s -> execSimple(s);
            case Pipeline p -> execPipeline(p);
            case AndOr a -> execAndOr(a);
            case Seq s -> execSeq(s);
            case Group g -> withRedirs(g.redirs(), () -> execSeq(g.body()));
            case Subshell s -> {
                line = s.line();
                // execute_in_subshell starts the ( ) outside any loop: break there only warns
                yield withRedirs(s.redirs(), () -> inSubshell(sub -> {
                    sub.loopDepth = 0;
                    return sub.execSeq(s.body());
                }));
            }
            case If i -> withRedirs(i.redirs(), () -> execIf(i));
            case For f -> withRedirs(f.redirs(), () -> execFor(f));
            case ArithFor f -> withRedirs(f.redirs(), () -> execArithFor(f));
            case Loop l -> withRedirs(l.redirs(), () -> execLoop(l));
            case Case c -> withRedirs(c.redirs(), () -> execCase(c));
            case FuncDef f -> {
                functions.put(f.name(), f.body());
                yield status = 0;
            }
            case Ast.Arith a -> withRedirs(a.redirs(), () -> {
                line = a.line();
                String expr = ex.field(a.expr(), false).toString();
                trace("(( " + expr + " ))");
                try {
                    return setStatus(Arith.eval(expr, arithEnv()) != 0 ? 0 : 1);
                } catch (Arith.ArithError e) {
                    error("((: " + e.text());
                    return setStatus(1);
                }
            });
            case Cond c -> withRedirs(c.redirs(), () -> {
                line = c.line();
                return setStatus(new CondEval(this).eval(c.expr()));
            });
        };
    }

    private int setStatus(int s) {
        status = s;
        return s;
    }

    /** set -e: a failing command outside a tested context ends the shell. */
    private void checkErrexit(int s) {
        if (s == 0 || errexitSuppressed > 0) return;
        errTrap(s);
        if (errexit) throw new Flow.Exit(s);
    }

    private boolean inErrTrap;

    /**
     * trap ... ERR runs where set -e would exit; function bodies do not inherit it (no set -E
     * here), subshells have their own traps. $? is the failed status in it and after it.
     */
    private void errTrap(int s) {
        String t = traps.get("ERR");
        if (t == null || inErrTrap || funcDepth > 0) return;
        inErrTrap = true;
        try {
            status = s;
            runSource(t, true);
        } finally {
            inErrTrap = false;
            status = s;
        }
    }

    /** Compound commands pass on the status of a command inside them, which was checked there. */
    private static boolean checkedInside(Node n) {
        return n instanceof AndOr || n instanceof Pipeline || n instanceof Group || n instanceof If
                || n instanceof For || n instanceof ArithFor || n instanceof Loop || n instanceof Case;
    }

    /** The simple command that ends a list when it runs last (a plain one, or the last of an && / || chain). */
    private static Node lastSimple(Seq s) {
        int k = s.items().size() - 1;
        if (k < 0 || s.background().get(k)) return null;
        Node n = s.items().get(k);
        if (n instanceof AndOr a) n = a.rest().isEmpty() ? a.first() : a.rest().get(a.rest().size() - 1);
        return n instanceof Simple ? n : null;
    }

    int execSeq(Seq s) {
        int rc = status;
        for (int i = 0; i < s.items().size(); i++) {
            Node n = s.items().get(i);
            if (s.background().get(i)) rc = background(n, s.texts().get(i));
            else {
                segfaulted = 0;
                rc = execNode(n);
                if (segfaulted != 0) reportSegfault(jobText(n, s.texts().get(i)));
                if (!checkedInside(n)) checkErrexit(rc);
            }
        }
        return rc;
    }

    /** The pid of a foreground program that ran out of stack (it died of SIGSEGV), 0 when none did. */
    private int segfaulted;

    /** What the kernel's signal does to a program that overflowed its stack: SIGSEGV, status 139. */
    static final int SIGSEGV = 11, SIGPIPE = 13;

    /** The text bash shows for a job: a simple command's words as written, a pipeline's joined by " | ". */
    private static String jobText(Node n, String fallback) {
        if (n instanceof Simple sc) {
            List<String> w = new ArrayList<>(sc.assigns());
            w.addAll(sc.words());
            return String.join(" ", w);
        }
        if (n instanceof Pipeline p) {
            List<String> t = new ArrayList<>();
            for (Node st : p.stages()) t.add(jobText(st, null));
            return t.contains(null) ? fallback : (p.bang() ? "! " : "") + String.join(" | ", t);
        }
        return fallback;
    }

    /** bash's report of a foreground job a signal ended (jobs.c, non-interactive): pid, strsignal, the command. */
    private void reportSegfault(String text) {
        if (mode == Mode.INTERACTIVE) err.println(linnet.kernel.proc.Signals.description(SIGSEGV));
        else err.println(prefix() + String.format("%5d %-24s%s", segfaulted, linnet.kernel.proc.Signals.description(SIGSEGV), text.strip()));
        segfaulted = 0;
    }

    private int background(Node n, String text) {
        if (tasks != null && !forkRoom()) {
            // make_child gave up: the command is thrown away (a subshell ends with it)
            if (subshell) throw new Flow.Exit(1);
            return status = 1;
        }
        Shell sub = fork();
        // an asynchronous command's stdin is /dev/null when there is no job control
        sub.in = null;
        sub.tty = null;
        sub.execInPlace = n;
        sub.writeThrough = true;
        lastBackground = Integer.toString(sub.proc.pid);
        if (tasks == null) {
            sub.asProcess(x -> x.execNode(n));
            return status = 0;
        }
        int number = jobs.isEmpty() ? 1 : jobs.get(jobs.size() - 1).number() + 1;
        Tasks.Task[] job = new Tasks.Task[1];
        // kill PID reaches the job's coroutine: it unwinds at its current wait
        sub.proc.onSignal(sig -> {
            // an asynchronous command of a shell without job control ignores SIGINT and SIGQUIT
            boolean ignored = mode != Mode.INTERACTIVE && (sig == PidTable.SIGINT || sig == PidTable.SIGQUIT);
            if (job[0] != null && !ignored && linnet.kernel.proc.Signals.terminates(sig)) tasks.kill(job[0], sig);
        });
        job[0] = tasks.spawn(text, () -> sub.asProcess(x -> x.execNode(n)));
        jobs.add(new Job(number, text, job[0], sub.proc.pid));
        return status = 0;
    }


    /**
     * make_child's fork with its retries: at the process limit fork fails with EAGAIN, and bash
     * says "fork: retry" and sleeps 1, 2, 4 and 8 s (other jobs may end meanwhile) before it says
     * "fork" and gives up.
     */
    private boolean forkRoom() {
        if (tasks.running() < Tasks.MAX_JOBS) return true;
        var loop = host.kernel().loop;
        for (int sleep = 1; sleep < 16; sleep <<= 1) {
            error("fork: retry: Resource temporarily unavailable");
            loop.runWhile(() -> true, loop.now() + sleep * linnet.sim.EventLoop.NS_PER_SEC);
            if (tasks.running() < Tasks.MAX_JOBS) return true;
        }
        error("fork: Resource temporarily unavailable");
        return false;
    }

    private int execAndOr(AndOr a) {
        errexitSuppressed++;
        int rc;
        try {
            segfaulted = 0;
            rc = execNode(a.first());
            if (segfaulted != 0) reportSegfault(jobText(a.first(), ""));
        } finally {
            errexitSuppressed--;
        }
        for (int i = 0; i < a.rest().size(); i++) {
            boolean and = a.ops().get(i).equals("&&");
            if (and != (rc == 0)) continue;
            boolean last = i == a.rest().size() - 1;
            if (!last) errexitSuppressed++;
            try {
                segfaulted = 0;
                rc = execNode(a.rest().get(i));
                if (segfaulted != 0) reportSegfault(jobText(a.rest().get(i), ""));
            } finally {
                if (!last) errexitSuppressed--;
            }
            if (last) checkErrexit(rc);
        }
        return setStatus(rc);
    }

    private int execPipeline(Pipeline p) {
        line = p.line();
        int n = p.stages().size();
        int[] st = new int[n];
        Input[] inputs = new Input[n];
        Input input = in;
        PrintStream o0 = out, e0 = err;
        if (p.bang()) errexitSuppressed++;
        try {
            for (int k = 0; k < n; k++) {
                boolean last = k == n - 1;
                PipeBuffer buf = last ? null : new PipeBuffer();
                PrintStream o = last ? o0 : new PrintStream(buf, true, StandardCharsets.UTF_8);
                PrintStream e = !last && p.errPipe()[k] ? o : e0;
                Node stage = p.stages().get(k);
                if (n == 1) {
                    st[k] = execNode(stage);
                } else {
                    Shell sub = fork();
                    sub.execInPlace = stage;
                    sub.in = input;
                    sub.out = o;
                    sub.err = e;
                    st[k] = sub.asProcess(x -> {
                        try {
                            return x.execNode(stage);
                        } catch (StackOverflowError so) {
                            // the stage's process ran out of stack: SIGSEGV ends it, the pipeline goes on;
                            // bash reports the job when its last process is the one a signal ended
                            if (last) segfaulted = x.proc.pid;
                            return 128 + SIGSEGV;
                        }
                    });
                    o.flush();
                }
                inputs[k] = input;
                if (buf != null) input = Input.pipe(buf.toByteArray());
            }
        } finally {
            if (p.bang()) errexitSuppressed--;
        }
        orphanWriters(st, inputs);
        pipeStatus = st;
        int rc = st[n - 1];
        if (pipefail) for (int k = n - 1; k >= 0; k--) if (st[k] != 0) { rc = st[k]; break; }
        if (p.bang()) rc = rc == 0 ? 1 : 0;
        else checkErrexit(rc);
        setPipestatus(st);
        return setStatus(rc);
    }

    /**
     * Which writers SIGPIPE would have ended, from the last stage back: a writer left with more
     * than a pipe's capacity unread when its reader stopped reading (and exited) was blocked and
     * then killed. A reader that was itself killed so stopped reading too: it had read at most
     * what its own reader took plus a pipe's capacity (`seq 100000 | cat | head -1`: 141 141 0).
     */
    private static void orphanWriters(int[] st, Input[] inputs) {
        long readOn = -1; // what stage k's reader took of stage k's output, -1: all of it (the last stage)
        for (int k = st.length - 1; k > 0; k--) {
            long read = inputs[k].read();
            if (st[k] == 128 + SIGPIPE && readOn >= 0) read = Math.min(read, readOn + PipeBuffer.PIPE_CAPACITY);
            if (st[k - 1] != 128 + SIGPIPE && PipeBuffer.writerOrphaned(inputs[k].length(), read)) st[k - 1] = 128 + SIGPIPE;
            readOn = read;
        }
    }

    private void setPipestatus(int[] st) {
        List<String> v = new ArrayList<>();
        for (int s : st) v.add(Integer.toString(s));
        vars.setArray("PIPESTATUS", v);
    }

    interface SubBody {
        int run(Shell sub);
    }

    /**
     * Runs body in this shell as the whole life of a forked process: exit, a fatal expansion error
     * or a return/break with nothing to return from end the process, and its status is the result.
     */
    int asProcess(SubBody body) {
        try {
            return body.run(this);
        } catch (Flow.Exit e) {
            return e.status;
        } catch (Flow.ExpansionError e) {
            return e.status;
        } catch (Flow.Return | Flow.Jump e) {
            return status;
        } catch (Flow.BrokenPipe e) {
            return 128 + SIGPIPE;
        } finally {
            host.pids().exit(proc);
        }
    }

    /** ( ... ): a copy of this shell runs the body; exit ends only the copy. */
    int inSubshell(SubBody body) {
        Shell sub = fork();
        return setStatus(sub.exitTrap(sub.asProcess(body)));
    }

    private int execIf(If i) {
        for (int k = 0; k < i.conds().size(); k++) {
            int c;
            errexitSuppressed++;
            try {
                c = execSeq(i.conds().get(k));
            } finally {
                errexitSuppressed--;
            }
            if (c == 0) return execSeq(i.bodies().get(k));
        }
        if (i.orElse() != null) return execSeq(i.orElse());
        return setStatus(0);
    }

    /** Runs a loop body; returns false when the loop must end (break). */
    private boolean loopBody(Seq body) {
        try {
            execSeq(body);
            return true;
        } catch (Flow.Jump j) {
            if (j.levels > 1) {
                j.levels--;
                throw j;
            }
            return !j.isBreak;
        }
    }

    private int execFor(For f) {
        line = f.line();
        List<String> words = f.words() == null ? new ArrayList<>(positional) : ex.words(f.words());
        int rc = 0;
        status = 0;
        loopDepth++;
        try {
            for (String w : words) {
                if (!vars.set(f.name(), w)) {
                    error(f.name() + ": readonly variable");
                    return setStatus(1);
                }
                trace("for " + f.name() + " in " + String.join(" ", words));
                if (!loopBody(f.body())) break;
                rc = status;
            }
        } finally {
            loopDepth--;
        }
        return setStatus(rc);
    }

    private long arithOrFail(String expr) {
        return arith(ex.field(expr, false).toString(), false);
    }

    private int execArithFor(ArithFor f) {
        line = f.line();
        int rc = 0;
        loopDepth++;
        try {
            try {
                arithOrFail(f.init());
                while (f.cond().isBlank() || arithOrFail(f.cond()) != 0) {
                    status = 0;
                    if (!loopBody(f.body())) break;
                    rc = status;
                    arithOrFail(f.step());
                }
            } catch (Flow.ExpansionError e) {
                return setStatus(1);
            }
        } finally {
            loopDepth--;
        }
        return setStatus(rc);
    }

    private int execLoop(Loop l) {
        int rc = 0;
        loopDepth++;
        try {
            while (true) {
                int c;
                errexitSuppressed++;
                try {
                    c = execSeq(l.cond());
                } finally {
                    errexitSuppressed--;
                }
                if ((c == 0) == l.until()) break;
                status = 0;
                if (!loopBody(l.body())) break;
                rc = status;
            }
        } finally {
            loopDepth--;
        }
        return setStatus(rc);
    }

    private int execCase(Case c) {
        line = c.line();
        String w = ex.string(c.word());
        boolean fall = false;
        int rc = 0;
        for (int k = 0; k < c.arms().size(); k++) {
            CaseArm arm = c.arms().get(k);
            boolean hit = fall;
            if (!hit) {
                for (String pat : arm.patterns()) {
                    if (GlobPattern.matches(ex.field(pat, false), w)) { hit = true; break; }
                }
            }
            if (!hit) continue;
            rc = execSeq(arm.body());
            if (arm.terminator().equals(";;")) return setStatus(rc);
            fall = arm.terminator().equals(";&");
        }
        return setStatus(rc);
    }

    // ------------------------------------------------------------------ simple commands

    private int execSimple(Simple s) {
        line = s.line();
        List<String> argv = ex.words(s.words());
        if (argv.isEmpty()) {
            // assignments only (their command substitutions set $?), redirections still happen
            int before = status;
            status = 0;
            for (String a : s.assigns()) {
                if (!assignWord(a)) {
                    // a failed assignment abandons the rest of the command line, as an expansion error does
                    if (mode != Mode.INTERACTIVE) throw new Flow.ExpansionError(1);
                    return setStatus(1);
                }
            }
            int subst = status;
            int rc = withRedirs(s.redirs(), () -> 0);
            if (!s.assigns().isEmpty()) traceAssignments(s.assigns());
            return setStatus(rc != 0 ? rc : subst);
        }
        Map<String, String> tempEnv = new LinkedHashMap<>();
        for (String a : s.assigns()) {
            int eq = a.indexOf('=');
            tempEnv.put(a.substring(0, eq), ex.string(a.substring(eq + 1)));
        }
        trace(argv);
        if (argv.size() == 1 && argv.get(0).equals("exec") && !functions.containsKey("exec")) return execRedirs(s.redirs());
        // no exec while a trap must still run in this shell
        boolean inPlace = s == execInPlace && traps.isEmpty();
        try {
            return withRedirs(s.redirs(), () -> {
                inPlaceNow = inPlace;
                return invoke(argv, tempEnv);
            });
        } finally {
            ex.endProcessSubstitutions();
        }
    }

    /** A command name found as function, builtin or program, in that order (bash's order without POSIX mode). */
    int invoke(List<String> argv, Map<String, String> tempEnv) {
        boolean inPlace = inPlaceNow;
        inPlaceNow = false;
        String cmd = argv.get(0);
        Node fn = functions.get(cmd);
        if (fn != null) return setStatus(callFunction(fn, argv, tempEnv));
        if (builtins.has(cmd)) {
            Map<String, Vars.Var> saved = new HashMap<>();
            for (var e : tempEnv.entrySet()) {
                Vars.Var v = vars.lookup(e.getKey());
                saved.put(e.getKey(), v == null ? null : v.copy());
                vars.set(e.getKey(), e.getValue());
            }
            try {
                return setStatus(builtins.run(argv));
            } catch (Flow.NoSpace full) {
                error(cmd + ": write error: No space left on device");
                return setStatus(1);
            } finally {
                for (var e : saved.entrySet()) {
                    if (e.getValue() == null) vars.unset(e.getKey());
                    else vars.set(e.getKey(), e.getValue().value);
                }
            }
        }
        inPlaceNow = inPlace;
        return setStatus(external(argv, tempEnv));
    }

    /** dash's bound on function nesting (eval.c): the call past it is a fatal error, status 2. */
    static final int DASH_MAX_FUNCNEST = 1000;

    int callFunction(Node fn, List<String> argv, Map<String, String> tempEnv) {
        if (dash && funcDepth >= DASH_MAX_FUNCNEST) {
            err.println(prefix() + "Maximum function recursion depth (" + DASH_MAX_FUNCNEST + ") reached");
            throw new Flow.Exit(2);
        }
        List<String> savedArgs = positional;
        positional = new ArrayList<>(argv.subList(1, argv.size()));
        vars.pushScope();
        funcDepth++;
        for (var e : tempEnv.entrySet()) {
            Vars.Var v = vars.declareLocal(e.getKey());
            v.value = e.getValue();
            v.exported = true;
        }
        try {
            return execNode(fn);
        } catch (Flow.Return r) {
            return r.status;
        } finally {
            funcDepth--;
            vars.popScope();
            positional = savedArgs;
        }
    }

    /**
     * The fuzz targets' switch (linnet.fuzz): a program's failure propagates with its stack instead
     * of becoming the one-line "internal error" text, so a campaign reports and tells apart each bug.
     */
    public static volatile boolean rethrowInternalErrors;

    /** A program on the machine: execvp's lookup, bash's texts when there is none. */
    int external(List<String> argv, Map<String, String> tempEnv) {
        Map<String, String> env = vars.environment();
        env.putAll(tempEnv);
        // The program sees what is left of stdin; it stays for a later `read` (most tools never read theirs).
        String cmd = argv.get(0);
        // fork + execve, or only execve when this is the forked shell's last act
        boolean inPlace = inPlaceNow;
        inPlaceNow = false;
        Proc child = inPlace ? proc : host.pids().fork(proc, "bash");
        host.pids().exec(child, cmd.substring(cmd.lastIndexOf('/') + 1));
        Ctx ctx = new Ctx(host, net, net, out, err, exec, in == null ? null : in.peekRest(), cwd, env, child, mounts)
                .withTty(in == null ? tty : null).withStdinPipe(in != null && in.pipe);
        Integer rc;
        try {
            rc = exec.execvp(ctx, argv);
        } catch (Flow.NoSpace full) {
            // its output filled the file system: GNU tools say so as they close stdout
            err.println(cmd.substring(cmd.lastIndexOf('/') + 1) + ": write error: No space left on device");
            return 1;
        } catch (StackOverflowError e) {
            // a program without end to its recursion (f() { f; }; f in a bash, awk's or jq's own) runs
            // out of stack: the kernel kills it with SIGSEGV; a shell exec'd in place dies with it
            if (inPlace) throw e;
            segfaulted = child.pid;
            return 128 + SIGSEGV;
        } catch (RuntimeException e) {
            if (e instanceof Flow.Exit || e instanceof Flow.ExpansionError || e instanceof Flow.BrokenPipe
                    || rethrowInternalErrors) throw e;
            err.println("linnet: internal error in '" + String.join(" ", argv) + "': " + e);
            return 70;
        } finally {
            if (!inPlace) host.pids().exit(child);
            // what it read of a pipe counts when its writer's fate is decided (execPipeline)
            if (in != null && ctx.stdinRead() != Ctx.UNREAD) in.programRead(ctx.stdinRead());
        }
        out.flush();
        if (rc != null) return rc;
        String why = exec.shellError(ctx, cmd);
        if (dash) {
            err.println(name + ": " + line + ": " + cmd + ": " + (why.equals("command not found") ? "not found" : why));
        } else error((why.equals("command not found") ? AnsiC.quoteIfUnprintable(cmd) : cmd) + ": " + why);
        return why.equals("command not found") || why.equals("No such file or directory") ? 127 : 126;
    }

    // ------------------------------------------------------------------ redirections

    interface Body {
        int run();
    }

    /** A file opened for output: what the command writes, stored when the command ends. */
    private record Sink(String path, boolean append, ByteArrayOutputStream buf, PrintStream stream) {}

    private static final PrintStream DEV_NULL = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    /** exec with redirections only: they change this shell's descriptors for good. */
    private int execRedirs(List<Ast.Redir> redirs) {
        permanentRedirs = true;
        try {
            for (Ast.Redir r : redirs) if (!apply(r, new ArrayList<>())) return setStatus(1);
        } finally {
            permanentRedirs = false;
        }
        out.flush();
        return setStatus(0);
    }

    /** Applies redirections around body; a failing redirection skips the command (status 1). */
    int withRedirs(List<Ast.Redir> redirs, Body body) {
        if (redirs.isEmpty()) return body.run();
        Input in0 = in;
        PrintStream out0 = out, err0 = err;
        Map<Integer, Object> fds0 = fds.save();
        List<Sink> sinks = new ArrayList<>();
        try {
            for (Ast.Redir r : redirs) {
                if (!apply(r, sinks)) return setStatus(1);
            }
            int rc = body.run();
            out.flush();
            err.flush();
            for (Sink s : sinks) {
                if (!store(s)) rc = setStatus(1);
            }
            return rc;
        } finally {
            in = in0;
            out = out0;
            err = err0;
            fds.restore(fds0);
        }
    }

    private boolean apply(Ast.Redir r, List<Sink> sinks) {
        String op = r.op();
        int fd = r.fd() >= 0 ? r.fd() : op.startsWith("<") ? 0 : 1;
        switch (op) {
            case "<<", "<<-" -> {
                String body = r.here().body;
                in = Input.of(r.here().quoted ? body : ex.hereDoc(body));
                return true;
            }
            case "<<<" -> {
                in = Input.of(ex.string(r.target()) + "\n");
                return true;
            }
            default -> { }
        }
        List<String> t = ex.word(r.target());
        if (t.size() != 1) {
            error(r.target() + ": ambiguous redirect");
            return false;
        }
        String target = t.get(0);
        switch (op) {
            case "<" -> {
                if (target.equals("/dev/null")) { setInput(fd, Input.of("")); return true; }
                try {
                    setInput(fd, Input.of(host.vfs().read(ns(), resolve(target))));
                    return true;
                } catch (KernelException e) {
                    error(target + ": " + e.errno.text);
                    return false;
                }
            }
            case ">&", "<&" -> {
                if (target.equals("-")) {
                    if (fd > 2) fds.close(fd);
                    else if (fd == 0) in = null;
                    else setFd(fd, DEV_NULL);
                    return true;
                }
                if (!target.matches("[0-9]+")) {
                    if (op.equals(">&") && r.fd() < 0) return openOut(target, false, sinks, true);
                    error(target + ": ambiguous redirect");
                    return false;
                }
                int from = Integer.parseInt(target);
                // dup2(from, fd): whatever from is open for, fd becomes the same
                Object src = from == 0 ? (in == null ? Input.of("") : in) : from == 1 ? out : from == 2 ? err : fds.get(from);
                if (src == null) {
                    error(target + ": Bad file descriptor");
                    return false;
                }
                if (src instanceof Input i) setInput(fd, i);
                else setFd(fd, (PrintStream) src);
                return true;
            }
            case ">", ">|", ">>", "<>" -> {
                if (op.equals("<>")) return true;
                if (op.equals(">") && clobberRefused(target)) return false;
                PrintStream s = open(target, op.equals(">>"), sinks);
                if (s == null) return false;
                setFd(fd, s);
                return true;
            }
            case "&>", "&>>" -> {
                if (op.equals("&>") && clobberRefused(target)) return false;
                return openOut(target, op.equals("&>>"), sinks, true);
            }
            default -> {
                return true;
            }
        }
    }

    private boolean openOut(String target, boolean append, List<Sink> sinks, boolean both) {
        PrintStream s = open(target, append, sinks);
        if (s == null) return false;
        out = s;
        if (both) err = s;
        return true;
    }

    /** set -C: > and &> refuse to truncate an existing regular file (>| and >> may). */
    private boolean clobberRefused(String target) {
        if (!noclobber) return false;
        try {
            if (host.vfs().stat(ns(), resolve(target)).type() != linnet.kernel.fs.FileType.REGULAR) return false;
        } catch (KernelException e) {
            return false;
        }
        error(target + ": cannot overwrite existing file");
        return true;
    }

    private void setFd(int fd, PrintStream s) {
        if (fd == 1) out = s;
        else if (fd == 2) err = s;
        else if (fd > 2) fds.put(fd, s);
    }

    private void setInput(int fd, Input i) {
        if (fd == 0) in = i;
        else if (fd > 2) fds.put(fd, i);
    }

    /** What `read -u FD` reads: fd 0 is stdin (null: /dev/null); null for a descriptor not open for reading. */
    /** The next line typed at the shell's terminal, as an input to read from (empty at its end). */
    Input typedLine() {
        String l = tty.readLine(null, net, cwd);
        return Input.of(l == null ? "" : l + "\n");
    }

    Input inputFd(int fd) {
        if (fd == 0) return in == null ? Input.of("") : in;
        return fds.get(fd) instanceof Input i ? i : null;
    }

    String resolve(String path) {
        return new Ctx(host, net, net, out, err, exec, null, cwd, Map.of(), null, mounts).resolve(path);
    }

    /** Opens a file for output in this shell's namespace, as open(2) with O_CREAT would. */
    private PrintStream open(String target, boolean append, List<Sink> sinks) {
        if (target.equals("/dev/null")) return DEV_NULL;
        if (target.equals("/dev/stdout")) return out;
        if (target.equals("/dev/stderr")) return err;
        String path = resolve(target);
        linnet.kernel.core.Errno e = host.vfs().openForWriteError(ns(), path);
        if (e == null) {
            try {
                // O_TRUNC for >, not for >> (a file is emptied when opened, before the command runs)
                host.vfs().openForWrite(ns(), path, !append);
            } catch (KernelException x) {
                e = x.errno;
            }
        }
        if (e != null) {
            error(target + ": " + e.text);
            return null;
        }
        if (permanentRedirs) {
            String before = "";
            try {
                if (append) before = host.vfs().read(ns(), path);
            } catch (KernelException x) {
                before = "";
            }
            PrintStream ps = FdTable.persistent(host.vfs(), ns(), path, before);
            ps.flush();
            return ps;
        }
        if (writeThrough) {
            PrintStream ps = new PrintStream(new WriteThrough(host.vfs(), ns(), path), true, StandardCharsets.UTF_8);
            sinks.add(new Sink(path, append, null, ps));
            return ps;
        }
        ByteArrayOutputStream buf = new FileBuffer();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        sinks.add(new Sink(path, append, buf, ps));
        return ps;
    }

    /**
     * A file opened by an asynchronous command: each flush appends what was written since the last
     * one (the file was emptied at open for {@code >}), keeping back an unfinished UTF-8 sequence.
     */
    private static final class WriteThrough extends OutputStream {
        private final linnet.kernel.fs.Vfs vfs;
        private final linnet.kernel.fs.Nsproxy ns;
        private final String path;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        WriteThrough(linnet.kernel.fs.Vfs vfs, linnet.kernel.fs.Nsproxy ns, String path) {
            this.vfs = vfs;
            this.ns = ns;
            this.path = path;
        }

        @Override
        public void write(int b) { pending.write(b); }

        @Override
        public void write(byte[] b, int off, int len) { pending.write(b, off, len); }

        @Override
        public void flush() {
            byte[] b = pending.toByteArray();
            int cut = b.length;
            // a multi-byte character whose last bytes are still to come waits for them
            for (int k = 1; k <= 3 && b.length - k >= 0; k++) {
                int c = b[b.length - k] & 0xff;
                if (c < 0x80) break;
                if (c >= 0xc0) {
                    int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                    if (n > k) cut = b.length - k;
                    break;
                }
            }
            if (cut == 0) return;
            pending.reset();
            pending.write(b, cut, b.length - cut);
            try {
                vfs.append(ns, path, linnet.kernel.fs.RawText.decode(b, 0, cut));
            } catch (KernelException e) {
                // the file went away (rm): what is written after that is lost, as on an unlinked file
            }
        }
    }

    /** Stores what went to a file; a write error is reported as bash's echo would see it. */
    private boolean store(Sink s) {
        s.stream().flush();
        if (s.buf() == null) return true; // written through already
        // the bytes as written, binary ones too (ip route save > f)
        String data = linnet.kernel.fs.RawText.decode(s.buf().toByteArray());
        try {
            if (s.append()) host.vfs().append(ns(), s.path(), data);
            else host.vfs().write(ns(), s.path(), data);
            return true;
        } catch (KernelException e) {
            err.println(prefix() + "echo: write error: " + e.errno.text);
            return false;
        }
    }

    // ------------------------------------------------------------------ services for the expander

    List<String> positional() { return positional; }

    String special(String p) {
        return switch (p) {
            case "?" -> Integer.toString(status);
            case "$" -> Integer.toString(pid);
            case "BASHPID" -> Integer.toString(proc.pid);
            case "!" -> lastBackground;
            case "#" -> Integer.toString(positional.size());
            case "-" -> flags();
            case "0" -> name;
            default -> {
                int k = Integer.parseInt(p);
                yield k == 0 ? name : k <= positional.size() ? positional.get(k - 1) : null;
            }
        };
    }

    /** $-: the set flags in the order of flags.c's shell_flags table, then c (bash -c) or s (stdin). */
    String flags() {
        boolean interactive = mode == Mode.INTERACTIVE;
        StringBuilder sb = new StringBuilder();
        if (errexit) sb.append('e');
        if (noglob) sb.append('f');
        sb.append('h');
        if (interactive) sb.append("im");
        if (nounset) sb.append('u');
        if (xtrace) sb.append('x');
        sb.append('B');
        if (noclobber) sb.append('C');
        if (interactive) sb.append('H');
        if (mode == Mode.DASH_C) sb.append('c');
        if (interactive || mode == Mode.STDIN) sb.append('s');
        return sb.toString();
    }

    /** A subshell's whole output (a process substitution's); $? is left alone. */
    String captureOutput(String src) {
        Shell sub = fork();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        sub.out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        sub.in = null;
        sub.asProcess(x -> x.runSource(src, true));
        sub.out.flush();
        return linnet.kernel.fs.RawText.decode(buf.toByteArray());
    }

    /** $( ... ): a subshell's output with trailing newlines removed; $? becomes its status. */
    String commandSubstitution(String src) {
        Shell sub = fork();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        sub.out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int rc = sub.asProcess(x -> x.runSource(src, true));
        sub.out.flush();
        status = rc;
        String s = linnet.kernel.fs.RawText.decode(buf.toByteArray());
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') end--;
        return s.substring(0, end);
    }

    Arith.Env arithEnv() {
        return new Arith.Env() {
            @Override
            public String get(String n) {
                int br = n.indexOf('[');
                if (br > 0) {
                    Vars.Var v = vars.lookup(n.substring(0, br));
                    long idx = Long.parseLong(n.substring(br + 1, n.length() - 1));
                    if (v == null) return null;
                    return v.array == null ? (idx == 0 ? v.value : null) : v.array.get(idx);
                }
                String v = vars.get(n);
                if (v == null && nounset) {
                    error(n + ": unbound variable");
                    throw new Flow.Exit(1);
                }
                return v;
            }

            @Override
            public void set(String n, String v) {
                int br = n.indexOf('[');
                if (br > 0) vars.setElement(n.substring(0, br), Long.parseLong(n.substring(br + 1, n.length() - 1)), v);
                else assign(n, v);
            }
        };
    }

    /** An arithmetic evaluation; an error is printed and abandons the command ($(( )) and ${:off}). */
    long arith(String expr, boolean expansion) {
        try {
            return Arith.eval(expr, arithEnv());
        } catch (Arith.ArithError e) {
            error(e.text());
            throw new Flow.ExpansionError(1);
        }
    }

    void assign(String name, String value) {
        if (!vars.set(name, value)) {
            error(name + ": readonly variable");
            throw new Flow.ExpansionError(1);
        }
    }

    /**
     * NAME=value, NAME+=value, NAME[i]=value, NAME=(a b c) and NAME=([k]=v ...) as a command word;
     * false on error. An associative array takes its subscripts as strings, an indexed one as
     * arithmetic; a declare -i variable evaluates what it is given.
     */
    boolean assignWord(String a) {
        int eq = a.indexOf('=');
        String lhs = a.substring(0, eq);
        String rhs = a.substring(eq + 1);
        boolean plus = lhs.endsWith("+");
        if (plus) lhs = lhs.substring(0, lhs.length() - 1);
        if (rhs.startsWith("(") && rhs.endsWith(")")) return assignCompound(lhs, rhs.substring(1, rhs.length() - 1), plus);
        String value = ex.field(rhs, true).toString();
        int br = lhs.indexOf('[');
        String n = br > 0 ? lhs.substring(0, br) : lhs;
        Vars.Var v = vars.lookup(n);
        if (v != null && v.readonly) { error(n + ": readonly variable"); return false; }
        if (br > 0 && v != null && v.assoc != null) {
            String key = ex.string(lhs.substring(br + 1, lhs.length() - 1));
            String old = v.assoc.get(key);
            vars.setKey(n, key, integerValue(v, old, value, plus));
            return true;
        }
        if (br > 0) {
            long idx = arith(ex.string(lhs.substring(br + 1, lhs.length() - 1)), true);
            if (idx < 0 && v != null && v.array != null && !v.array.isEmpty()) idx += v.array.lastKey() + 1;
            if (idx < 0) { error(lhs + ": bad array subscript"); return false; }
            String old = v == null ? null : v.array == null ? (idx == 0 ? v.value : null) : v.array.get(idx);
            if (!vars.setElement(n, idx, integerValue(v, old, value, plus))) { error(n + ": readonly variable"); return false; }
            return true;
        }
        if (!vars.set(lhs, integerValue(v, vars.get(lhs), value, plus))) {
            error(lhs + ": readonly variable");
            return false;
        }
        return true;
    }

    /** What a (+=) assignment stores: arithmetic for declare -i, else the text (appended). */
    private String integerValue(Vars.Var v, String old, String value, boolean plus) {
        if (v != null && v.integer) {
            long x = arith(value, true);
            if (plus && old != null && !old.isEmpty()) x += arith(old, true);
            return Long.toString(x);
        }
        return plus && old != null ? old + value : value;
    }

    /** NAME=(...) and NAME+=(...): words, or [sub]=value items. */
    private boolean assignCompound(String name, String list, boolean plus) {
        Vars.Var v = vars.lookup(name);
        if (v != null && v.readonly) { error(name + ": readonly variable"); return false; }
        boolean assoc = v != null && v.assoc != null;
        if (!plus) {
            if (assoc) v.assoc.clear();
            else if (!vars.setArray(name, List.of())) { error(name + ": readonly variable"); return false; }
        }
        if (vars.lookup(name) == null) vars.setArray(name, List.of());
        v = vars.lookup(name);
        if (v.array == null && !assoc) {
            // NAME+=(...) on a plain variable: its value becomes element 0
            vars.setElement(name, 0, v.value == null ? "" : v.value);
            if (v.value == null) v.array.clear();
            v.value = null;
        }
        long next = assoc || v.array.isEmpty() ? 0 : v.array.lastKey() + 1;
        var lx = new Parser(list).lexer();
        while (!lx.atEof()) {
            var t = lx.next();
            if (t.type() != linnet.shell.lex.Lexer.Type.WORD) continue;
            String w = t.text();
            int close = w.startsWith("[") ? w.indexOf("]=") : -1;
            if (close > 0) {
                String sub = ex.string(w.substring(1, close));
                String val = ex.string(w.substring(close + 2));
                if (assoc) v.assoc.put(sub, integerValue(v, null, val, false));
                else {
                    next = arith(sub, true);
                    v.array.put(next++, integerValue(v, null, val, false));
                }
                continue;
            }
            for (String item : ex.word(w)) {
                if (assoc) v.assoc.put(item, "");
                else v.array.put(next++, integerValue(v, null, item, false));
            }
        }
        return true;
    }

    /** Pathname expansion over the emulated file system, sorted in the C locale's byte order. */
    List<String> glob(Expander.Field pattern) {
        String text = pattern.toString();
        boolean absolute = text.startsWith("/");
        List<int[]> segs = new ArrayList<>();
        int start = absolute ? 1 : 0;
        for (int i = start; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '/') {
                segs.add(new int[] {start, i});
                start = i + 1;
            }
        }
        List<String> paths = new ArrayList<>();
        paths.add(absolute ? "/" : "");
        boolean matchedBefore = false;
        for (int k = 0; k < segs.size(); k++) {
            int[] sg = segs.get(k);
            String seg = text.substring(sg[0], sg[1]);
            boolean meta = false;
            for (int i = sg[0]; i < sg[1]; i++) {
                if (GlobPattern.isMetaAt(pattern, i, sg[1])) meta = true;
            }
            List<String> next = new ArrayList<>();
            if (seg.isEmpty() && k == segs.size() - 1) {
                for (String p : paths) next.add(p.endsWith("/") ? p : p + "/");
            } else if (!meta) {
                // a plain component: kept on the way to a pattern, checked once a pattern produced the path
                boolean afterPattern = k > 0 && paths.size() > 0 && matchedBefore;
                for (String p : paths) {
                    String cand = p.isEmpty() ? seg : (p.endsWith("/") ? p : p + "/") + seg;
                    if (!afterPattern || host.vfs().exists(ns(), resolve(cand))) next.add(cand);
                }
            } else {
                java.util.regex.Pattern re = java.util.regex.Pattern.compile(GlobPattern.toRegex(pattern, sg[0], sg[1]));
                boolean dot = seg.startsWith(".");
                for (String p : paths) {
                    List<String> names;
                    try {
                        names = host.vfs().list(ns(), resolve(p.isEmpty() ? "." : p));
                    } catch (KernelException e) {
                        continue;
                    }
                    List<String> sorted = new ArrayList<>(names);
                    sorted.sort(Shell::byteOrder);
                    for (String nm : sorted) {
                        if (nm.startsWith(".") && !dot && (!shopt.is("dotglob") || nm.equals(".") || nm.equals(".."))) continue;
                        if (re.matcher(nm).matches()) next.add(p.isEmpty() ? nm : (p.endsWith("/") ? p : p + "/") + nm);
                    }
                }
                matchedBefore = true;
            }
            paths = next;
            if (paths.isEmpty()) return List.of();
        }
        return paths;
    }

    static int byteOrder(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8), y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    // ------------------------------------------------------------------ xtrace

    void trace(List<String> argv) {
        if (!xtrace) return;
        StringBuilder sb = new StringBuilder(vars.get("PS4") == null ? "+ " : vars.get("PS4"));
        for (int i = 0; i < argv.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(quoteForTrace(argv.get(i)));
        }
        err.println(sb);
    }

    /** set -x of NAME=value words: the value as assigned, quoted like a traced word (empty stays empty). */
    private void traceAssignments(List<String> assigns) {
        if (!xtrace) return;
        List<String> shown = new ArrayList<>();
        for (String a : assigns) {
            String name = a.substring(0, a.indexOf('='));
            String rhs = a.substring(a.indexOf('=') + 1);
            String v = name.matches("[A-Za-z_][A-Za-z0-9_]*") && !rhs.startsWith("(") ? vars.get(name) : null;
            shown.add(v == null ? a : v.isEmpty() ? name + "=" : name + "=" + quoteForTrace(v));
        }
        trace(String.join(" ", shown));
    }

    void trace(String text) {
        if (xtrace) err.println((vars.get("PS4") == null ? "+ " : vars.get("PS4")) + text);
    }

    /** How set -x shows a word: bare when safe, else in single quotes (bash's sh_single_quote). */
    static String quoteForTrace(String w) {
        if (w.isEmpty()) return "''";
        boolean safe = true;
        for (char c : w.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) || "-_./=:,+@%^".indexOf(c) >= 0)) { safe = false; break; }
        }
        if (safe) return w;
        return "'" + w.replace("'", "'\\''") + "'";
    }
}
