package linnet.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;
import linnet.tools.ethtool.Ethtool;
import linnet.tools.fs.Cat;
import linnet.tools.fs.Echo;
import linnet.tools.fs.Ls;
import linnet.tools.ip.Ip;
import linnet.tools.nettools.Ifconfig;
import linnet.tools.nettools.RouteTool;
import linnet.tools.ping.Ping;
import linnet.tools.sysctl.SysctlTool;

/** The programs on the emulated machine's PATH, and how a command line reaches one. */
public final class Programs implements Ctx.Exec {
    private final Map<String, Tool> tools = new HashMap<>();

    public Programs() {
        tools.put("ip", new Ip());
        tools.put("ping", new Ping());
        tools.put("ping4", new linnet.tools.ping.PingAlias("ping4", "-4"));
        tools.put("ping6", new linnet.tools.ping.PingAlias("ping6", "-6"));
        tools.put("cat", new Cat());
        tools.put("ls", new Ls());
        tools.put("echo", new Echo());
        tools.put("sysctl", new SysctlTool());
        tools.put("ethtool", new Ethtool());
        tools.put("tc", new linnet.tools.tc.Tc());
        tools.put("route", new RouteTool());
        tools.put("arp", new linnet.tools.nettools.Arp());
        tools.put("nstat", new linnet.tools.nstat.Nstat());
        tools.put("netstat", new linnet.tools.nettools.Netstat());
        tools.put("traceroute", new linnet.tools.traceroute.Traceroute());
        tools.put("ifconfig", new Ifconfig());
        tools.put("conntrack", new linnet.tools.conntrack.ConntrackTool());
        tools.put("bridge", new linnet.tools.bridge.BridgeTool());
        tools.put("brctl", new linnet.tools.bridge.Brctl());
        tools.put("iptables", new linnet.tools.iptables.Iptables());
        tools.put("iptables-save", new linnet.tools.iptables.IptablesSave());
        tools.put("iptables-restore", new linnet.tools.iptables.IptablesRestore());
        tools.put("sleep", new linnet.tools.sleep.Sleep());
        tools.put("nc", new linnet.tools.nc.Nc());
        tools.put("netcat", new linnet.tools.nc.Nc());
        tools.put("kill", new linnet.tools.procps.Kill());
        tools.put("nsenter", new linnet.tools.utillinux.Nsenter());
        tools.put("unshare", new linnet.tools.utillinux.Unshare());
        tools.put("bash", new BashTool(false));
        tools.put("sh", new BashTool(true));
        tools.put("grep", new linnet.tools.text.Grep());
        tools.put("head", new linnet.tools.text.Head());
        tools.put("tail", new linnet.tools.text.Tail());
        tools.put("wc", new linnet.tools.text.Wc());
        tools.put("sort", new linnet.tools.text.Sort());
        tools.put("uniq", new linnet.tools.text.Uniq());
        tools.put("cut", new linnet.tools.text.Cut());
        tools.put("sed", new linnet.tools.text.Sed());
        tools.put("awk", new linnet.tools.text.awk.Awk("awk"));
        tools.put("mawk", new linnet.tools.text.awk.Awk("mawk"));
        tools.put("mkdir", new linnet.tools.coreutils.Mkdir());
        tools.put("rmdir", new linnet.tools.coreutils.Rmdir());
        tools.put("rm", new linnet.tools.coreutils.Rm());
        tools.put("touch", new linnet.tools.coreutils.Touch());
        tools.put("tee", new linnet.tools.coreutils.Tee());
        tools.put("cp", new linnet.tools.coreutils.Cp());
        tools.put("mv", new linnet.tools.coreutils.Mv());
        tools.put("ln", new linnet.tools.coreutils.Ln());
        tools.put("chmod", new linnet.tools.coreutils.Chmod());
        tools.put("mktemp", new linnet.tools.coreutils.Mktemp());
        tools.put("jq", new linnet.tools.jq.Jq());
        tools.put("tr", new linnet.tools.coreutils.Tr());
        tools.put("seq", new linnet.tools.coreutils.Seq());
        tools.put("true", new linnet.tools.coreutils.True(0));
        tools.put("false", new linnet.tools.coreutils.True(1));
        tools.put("xargs", new linnet.tools.coreutils.Xargs());
        tools.put("env", new linnet.tools.coreutils.Env());
        tools.put("pwd", new linnet.tools.coreutils.Pwd());
        tools.put("readlink", new linnet.tools.coreutils.Readlink());
        tools.put("realpath", new linnet.tools.coreutils.Realpath());
        tools.put("which", new linnet.tools.coreutils.Which());
        tools.put("basename", new linnet.tools.coreutils.Basename());
        tools.put("dirname", new linnet.tools.coreutils.Dirname());
        tools.put("uname", new linnet.tools.coreutils.Uname());
        tools.put("hostname", new linnet.tools.coreutils.Hostname());
        tools.put("id", new linnet.tools.coreutils.Id());
        tools.put("whoami", new linnet.tools.coreutils.Whoami());
        tools.put("timeout", new linnet.tools.coreutils.Timeout());
        tools.put("date", new linnet.tools.coreutils.Date());
        tools.put("tac", new linnet.tools.coreutils.Tac());
        tools.put("yes", new linnet.tools.coreutils.Yes());
        tools.put("printf", new linnet.tools.coreutils.Printf());
        tools.put("stat", new linnet.tools.coreutils.StatCmd());
        tools.put("docker", new linnet.userspace.docker.Docker());
        tools.put("curl", new linnet.userspace.http.Curl());
        tools.put("wget", new linnet.userspace.http.Wget());
        tools.put("python3", new linnet.userspace.http.PythonHttpServer());
        tools.put("socat", new linnet.userspace.socat.Socat());
        tools.put("linnet", new linnet.tools.linnet.Linnet());
        tools.put("tcpdump", new linnet.tools.tcpdump.Tcpdump());
    }

    /** Adds a program that needs more than a Ctx (linnet's own `vm`, which knows the lab). */
    void register(String name, Tool tool) { tools.put(name, tool); }

    /** The names of the programs on PATH, sorted (what the interactive shell completes a command from). */
    public java.util.SortedSet<String> names() { return new java.util.TreeSet<>(tools.keySet()); }

    /** Where bash and execvp look for a program without a slash (run-kernel's PATH, the same on every Debian). */
    static final List<String> PATH = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    /** Directories every Linux machine has, beyond the ones the emulated file system lists itself. */
    private static final java.util.Set<String> FHS_DIRS = java.util.Set.of("/", "/bin", "/sbin", "/usr", "/usr/bin",
            "/usr/sbin", "/usr/local", "/usr/local/bin", "/usr/local/sbin", "/usr/lib", "/lib", "/etc", "/tmp", "/root",
            "/home", "/var", "/var/run", "/run", "/dev", "/proc", "/sys", "/opt", "/srv", "/mnt", "/media", "/boot");

    /** What a command name leads to: a program, or why there is none (the errno execve gives). */
    private record Lookup(Tool tool, String error) {
        static final String NOT_FOUND = "command not found";
        static final String ENOENT = "No such file or directory";
        static final String EACCES = "Permission denied";
        static final String EISDIR = "Is a directory";
        /** bash 5.2's words for an execve that failed with ENOENT on an interpreter. */
        static final String BAD_INTERPRETER = "cannot execute: required file not found";
    }

    /** Finds argv0 as execve would: a name without a slash on PATH, a path in the file system. */
    private Lookup lookup(Ctx ctx, String argv0) {
        if (argv0.indexOf('/') < 0) {
            Tool t = argv0.isEmpty() ? null : tools.get(argv0);
            return t != null ? new Lookup(t, null) : new Lookup(null, Lookup.NOT_FOUND);
        }
        // a relative path (./x, dir/x) starts from the working directory, as execve's does
        String path = canonical(argv0.startsWith("/") || ctx.cwd == null ? argv0 : ctx.cwd + "/" + argv0);
        int slash = path.lastIndexOf('/');
        String dir = slash == 0 ? "/" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        Tool t = installed(path);
        if (t != null) return new Lookup(t, null);
        if (FHS_DIRS.contains(path)) return new Lookup(null, Lookup.EISDIR);
        var vfs = ctx.host.vfs();
        linnet.kernel.fs.Stat st;
        try {
            st = vfs.stat(ctx.ns(), path);
        } catch (linnet.kernel.core.KernelException e) {
            return new Lookup(null, Lookup.ENOENT);
        }
        if (st.isDirectory()) return new Lookup(null, Lookup.EISDIR);
        // execve wants an execute bit (even root's), and a regular file
        if ((st.mode() & 0111) == 0 || st.type() != linnet.kernel.fs.FileType.REGULAR) return new Lookup(null, Lookup.EACCES);
        String text;
        try {
            text = vfs.read(ctx.ns(), path);
        } catch (linnet.kernel.core.KernelException e) {
            return new Lookup(null, Lookup.EACCES);
        }
        return script(argv0, text);
    }

    /** A program of linnet's at its place ("/usr/bin/ip", "/bin/bash"), or null. */
    private Tool installed(String canonicalPath) {
        int slash = canonicalPath.lastIndexOf('/');
        String dir = slash == 0 ? "/" : canonicalPath.substring(0, slash);
        String name = canonicalPath.substring(slash + 1);
        Tool t = tools.get(name);
        return t != null && homes(name).contains(merged(dir)) ? t : null;
    }

    /**
     * An executable text file: "#!INTERPRETER [ARG]" runs the interpreter with the file's name and
     * the arguments (binfmt_script); without "#!" execve fails with ENOEXEC and bash runs the file
     * itself in a child shell.
     */
    private Lookup script(String argv0, String text) {
        Tool interp = tools.get("bash");
        List<String> extra = new java.util.ArrayList<>();
        if (text.startsWith("#!")) {
            String line = text.substring(2, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')).strip();
            String[] words = line.split("[ \t]+", 2);
            interp = words[0].startsWith("/") ? installed(canonical(words[0])) : null;
            if (interp == null) return new Lookup(null, Lookup.BAD_INTERPRETER);
            if (words.length > 1) extra.add(words[1].strip());
        }
        extra.add(argv0);
        Tool run = interp;
        return new Lookup((c, args) -> {
            List<String> all = new java.util.ArrayList<>(extra);
            all.addAll(args);
            return run.run(c, all);
        }, null);
    }

    /** The path with '//' runs, '.' and '..' resolved, as the kernel walks it (absolute from /). */
    static String canonical(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) { parts.pollLast(); continue; }
            parts.addLast(p);
        }
        return "/" + String.join("/", parts);
    }

    /** bash running a command: "command not found" (127), a path's errno (127 missing, 126 otherwise). */
    @Override
    public int run(Ctx ctx, List<String> argv) {
        if (argv.isEmpty()) return 0;
        Lookup l = lookup(ctx, argv.get(0));
        if (l.tool == null) {
            ctx.err.println("/bin/bash: line 1: " + argv.get(0) + ": " + l.error);
            return l.error.equals(Lookup.NOT_FOUND) || l.error.equals(Lookup.ENOENT)
                    || l.error.equals(Lookup.BAD_INTERPRETER) ? 127 : 126;
        }
        return start(ctx, l.tool, argv);
    }

    @Override
    public String shellError(Ctx ctx, String argv0) {
        return lookup(ctx, argv0).error;
    }

    /** Debian 12's places: the network administration tools in /usr/sbin, the rest in /usr/bin. */
    private static final java.util.Set<String> SBIN = java.util.Set.of("ip", "bridge", "tc", "sysctl", "ethtool", "route", "arp",
            "ifconfig", "conntrack", "brctl", "iptables", "iptables-save", "iptables-restore", "traceroute");

    /** Debian 12 ships these in both: iproute2's /bin/ip with /sbin/ip linking to it, traceroute's alternatives. */
    private static final java.util.Set<String> BOTH = java.util.Set.of("ip", "traceroute");

    /** The directories a program's file is really in (after merged /usr), /usr/sbin first. */
    private static List<String> homes(String name) {
        if (BOTH.contains(name)) return List.of("/usr/sbin", "/usr/bin");
        return List.of(SBIN.contains(name) ? "/usr/sbin" : "/usr/bin");
    }

    /** A directory with merged /usr's symlinks followed: /bin is /usr/bin, /sbin is /usr/sbin. */
    private static String merged(String dir) {
        return switch (dir) {
            case "/bin" -> "/usr/bin";
            case "/sbin" -> "/usr/sbin";
            default -> dir;
        };
    }

    @Override
    public String programPath(Ctx ctx, String name) {
        if (name.indexOf('/') >= 0) return lookup(ctx, name).tool != null ? name : null;
        List<String> all = programPaths(ctx, name);
        return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public List<String> programPaths(Ctx ctx, String name) {
        if (name.isEmpty() || name.indexOf('/') >= 0 || !tools.containsKey(name)) return List.of();
        List<String> out = new java.util.ArrayList<>();
        // bash and which walk the shell's PATH (run-kernel's when the environment has none)
        String path = ctx.env.getOrDefault("PATH", String.join(":", PATH));
        for (String d : path.split(":", -1)) {
            String dir = d.isEmpty() ? ctx.cwd : ctx.resolve(d);
            if (homes(name).contains(merged(dir))) out.add((d.isEmpty() ? "." : d) + "/" + name);
        }
        return out;
    }


    @Override
    public Integer execvp(Ctx ctx, List<String> argv) {
        Lookup l = lookup(ctx, argv.get(0));
        return l.tool == null ? null : start(ctx, l.tool, argv);
    }

    @Override
    public String execError(Ctx ctx, String argv0) {
        String e = lookup(ctx, argv0).error;
        // execve of a directory is EACCES; a name not on PATH is ENOENT
        return e == null ? null : e.equals(Lookup.EISDIR) ? Lookup.EACCES
                : e.equals(Lookup.NOT_FOUND) || e.equals(Lookup.BAD_INTERPRETER) ? Lookup.ENOENT : e;
    }

    private static int start(Ctx ctx, Tool t, List<String> argv) {
        try {
            return t.run(ctx.withArgv0(argv.get(0)), argv.subList(1, argv.size()));
        } catch (ToolExit e) {
            return e.status;
        }
    }
}
