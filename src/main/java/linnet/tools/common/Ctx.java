package linnet.tools.common;

import java.io.PrintStream;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.Host;

/**
 * What a running program has: the machine's doors, the namespace it runs in, the namespace of
 * the shell that started the line (redirections open files there), its output streams, and a way
 * to run another command line (for `ip netns exec`).
 */
public final class Ctx {
    /** Starts other programs: as the shell does, or as a program's own execvp does. */
    public interface Exec {
        /** Runs argv as bash runs a command (its lookup and its error texts); returns the exit status. */
        int run(Ctx ctx, List<String> argv);

        /**
         * Replaces the calling program with argv as execvp(3) does: null when argv[0] is not
         * an executable program (the caller reports it, with the errno given by
         * {@link #execError}), else the program's exit status.
         */
        Integer execvp(Ctx ctx, List<String> argv);

        /** The errno text execvp fails with for argv0 ("No such file or directory", "Permission denied"). */
        String execError(Ctx ctx, String argv0);

        /**
         * What bash says when argv0 cannot run: "command not found" for a name not on PATH, else the
         * errno of the path ("No such file or directory", "Is a directory", "Permission denied").
         */
        String shellError(Ctx ctx, String argv0);

        /** Where PATH finds a program ("/usr/sbin/ip"), or null; a name with a slash is itself when it runs. */
        String programPath(Ctx ctx, String name);

        /**
         * Every place the PATH of ctx's environment finds program {@code name}, in PATH order, as
         * PATH spells it ("/usr/sbin/ip", "/usr/bin/ip", "/sbin/ip", "/bin/ip"): what which -a and
         * type -a list. Empty for a name with a slash or no such program.
         */
        List<String> programPaths(Ctx ctx, String name);
    }

    public final Host host;
    public final Net net;
    public final Net callerNet;
    public final PrintStream out;
    public final PrintStream err;
    public final Exec exec;
    /** Standard input: null is /dev/null (a script line's stdin), else what a pipe fed in. */
    private final byte[] stdin;
    /**
     * How much of standard input the program read, shared by every view of the same process (its
     * setns, its argv0): the shell decides from it whether a pipe's writer would have been left
     * blocked and then killed by SIGPIPE ({@link #stdinRead}).
     */
    private final long[] stdinUse;
    /** The working directory (absolute); relative paths a program opens start here. run-kernel runs in "/". */
    public final String cwd;
    /** The environment the program was started with (the shell's exported variables). */
    public final java.util.Map<String, String> env;
    /** The process this program runs as (its pid; setns moves it), or null where no shell started it (unit tests). */
    public final linnet.kernel.proc.Proc proc;
    /** argv[0] as the program was started ("kill", "/usr/bin/kill"): GNU and procps tools name themselves by it. */
    public final String argv0;
    /** The process's mount namespace: the bind mounts paths it opens go through (ip netns exec's /etc binds). */
    public final linnet.kernel.fs.Mounts mounts;
    /** The terminal this program's standard input is (a shell started without a script reads commands from it), or null. */
    public final Tty tty;
    /** Whether standard input is a pipe rather than a file (lseek/ftell on it fail with ESPIPE). */
    public final boolean stdinPipe;

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec) {
        this(host, net, callerNet, out, err, exec, null);
    }

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin) {
        this(host, net, callerNet, out, err, exec, stdin, "/", DEFAULT_ENV);
    }

    /** run-kernel's environment: env -i PATH=... LC_ALL=C LANG=C HOME=/root TERM=dumb, in that order (env prints it so). */
    public static final java.util.Map<String, String> DEFAULT_ENV = defaultEnv();

    private static java.util.Map<String, String> defaultEnv() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        m.put("LC_ALL", "C");
        m.put("LANG", "C");
        m.put("HOME", "/root");
        m.put("TERM", "dumb");
        return java.util.Collections.unmodifiableMap(m);
    }

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin,
            String cwd, java.util.Map<String, String> env) {
        this(host, net, callerNet, out, err, exec, stdin, cwd, env, null);
    }

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin,
            String cwd, java.util.Map<String, String> env, linnet.kernel.proc.Proc proc) {
        this(host, net, callerNet, out, err, exec, stdin, cwd, env, proc, null, linnet.kernel.fs.Mounts.NONE, null, false);
    }

    public Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin,
            String cwd, java.util.Map<String, String> env, linnet.kernel.proc.Proc proc, linnet.kernel.fs.Mounts mounts) {
        this(host, net, callerNet, out, err, exec, stdin, cwd, env, proc, null, mounts, null, false);
    }

    private Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin,
            String cwd, java.util.Map<String, String> env, linnet.kernel.proc.Proc proc, String argv0,
            linnet.kernel.fs.Mounts mounts, Tty tty, boolean stdinPipe) {
        this(host, net, callerNet, out, err, exec, stdin, new long[] {UNREAD}, cwd, env, proc, argv0, mounts, tty, stdinPipe);
    }

    private Ctx(Host host, Net net, Net callerNet, PrintStream out, PrintStream err, Exec exec, byte[] stdin,
            long[] stdinUse, String cwd, java.util.Map<String, String> env, linnet.kernel.proc.Proc proc, String argv0,
            linnet.kernel.fs.Mounts mounts, Tty tty, boolean stdinPipe) {
        this.stdinUse = stdinUse;
        this.stdinPipe = stdinPipe;
        this.tty = tty;
        this.mounts = mounts;
        this.argv0 = argv0;
        this.proc = proc;
        this.cwd = cwd;
        this.env = env;
        this.stdin = stdin;
        this.host = host;
        this.net = net;
        this.callerNet = callerNet;
        this.out = out;
        this.err = err;
        this.exec = exec;
    }

    /** {@link #stdinRead}: the program has not looked at its standard input. */
    public static final long UNREAD = -1;
    /** {@link #stdinRead}: the program read its standard input to the end. */
    public static final long ALL = Long.MAX_VALUE;

    /** Standard input (null: /dev/null), taken to be read to its end (see {@link #stdinReadUpTo}). */
    public byte[] stdin() {
        if (stdinUse[0] == UNREAD) stdinUse[0] = ALL;
        return stdin;
    }

    /** Whether standard input is /dev/null (or a terminal), without reading it. */
    public boolean stdinIsNull() { return stdin == null; }

    /**
     * The program stopped reading its standard input after {@code n} bytes (head once it has its
     * lines, grep -q at its first match): what a pipe's writer had delivered by then.
     */
    public void stdinReadUpTo(long n) { stdinUse[0] = Math.max(0, n); }

    /** How much of standard input the program read: {@link #UNREAD}, a byte count, or {@link #ALL}. */
    public long stdinRead() { return stdinUse[0]; }

    /** The same process, moved into another namespace (setns). */
    public Ctx in(Net n) { return new Ctx(host, n, callerNet, out, err, exec, stdin, stdinUse, cwd, env, proc, argv0, mounts, tty, stdinPipe); }

    /**
     * setns(2): this process itself moves into {@code n} (`ip netns exec`, nsenter), so `ip netns
     * pids` lists it there. {@link #in} alone only points a tool's requests at another namespace.
     */
    public Ctx setns(Net n) {
        if (proc != null) host.pids().setns(proc, n);
        return in(n);
    }

    /** The program started under the name {@code name} (execve's argv[0]). */
    public Ctx withArgv0(String name) { return new Ctx(host, net, callerNet, out, err, exec, stdin, stdinUse, cwd, env, proc, name, mounts, tty, stdinPipe); }

    /** argv[0], or {@code fallback} where no exec named the program (a tool called directly). */
    public String argv0(String fallback) { return argv0 != null ? argv0 : fallback; }

    /** The namespaces this process's path lookups go through (the Vfs calls take them). */
    public linnet.kernel.fs.Nsproxy ns() { return new linnet.kernel.fs.Nsproxy(net, mounts); }

    /** The same process in another mount namespace (after unshare(CLONE_NEWNS) and its mounts). */
    public Ctx withMounts(linnet.kernel.fs.Mounts m) {
        return new Ctx(host, net, callerNet, out, err, exec, stdin, stdinUse, cwd, env, proc, argv0, m, tty, stdinPipe);
    }

    /** The same program with the terminal {@code t} as its standard input (null: not a terminal). */
    public Ctx withStdinPipe(boolean pipe) {
        return new Ctx(host, net, callerNet, out, err, exec, stdin, stdinUse, cwd, env, proc, argv0, mounts, tty, pipe);
    }

    public Ctx withTty(Tty t) { return new Ctx(host, net, callerNet, out, err, exec, stdin, stdinUse, cwd, env, proc, argv0, mounts, t, stdinPipe); }

    /** The same program started as another process (a fork the program itself makes). */
    public Ctx withProc(linnet.kernel.proc.Proc p) { return new Ctx(host, net, callerNet, out, err, exec, stdin, stdinUse, cwd, env, p, argv0, mounts, tty, stdinPipe); }

    /** The same process with other standard streams (the shell's pipes). */
    public Ctx withIo(PrintStream o, byte[] in) { return new Ctx(host, net, callerNet, o, err, exec, in, cwd, env, proc, argv0, mounts, tty, false); }

    /** The same process with another standard error. */
    public Ctx withErr(PrintStream e) { return new Ctx(host, net, callerNet, out, e, exec, stdin, stdinUse, cwd, env, proc, argv0, mounts, tty, stdinPipe); }

    /** A process started in another directory with another environment (the shell's cd and export). */
    public Ctx withCwdEnv(String dir, java.util.Map<String, String> environment) {
        return new Ctx(host, net, callerNet, out, err, exec, stdin, stdinUse, dir, environment, proc, argv0, mounts, tty, stdinPipe);
    }

    /**
     * {@code path} as open(2) resolves it from this process's working directory ('.', '..' and '//'
     * folded), through the process's bind mounts: the path in the machine's one tree.
     */
    public String resolve(String path) { return mounts.resolve(fold(path)); }

    /** {@code path} made absolute from the working directory with '.', '..' and '//' folded (no mounts looked at). */
    public String fold(String path) {
        String p = path.startsWith("/") ? path : (cwd.endsWith("/") ? cwd : cwd + "/") + path;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String x : p.split("/")) {
            if (x.isEmpty() || x.equals(".")) continue;
            if (x.equals("..")) { parts.pollLast(); continue; }
            parts.addLast(x);
        }
        return "/" + String.join("/", parts);
    }
}
