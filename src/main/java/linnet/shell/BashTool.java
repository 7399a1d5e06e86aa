package linnet.shell;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.shell.exec.Shell;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * /usr/bin/bash (and /usr/bin/sh) as a program: {@code bash -c STRING [NAME ARGS...]}, {@code bash
 * FILE ARGS...}, or commands read from standard input (so {@code ip netns exec NS bash} with
 * nothing to read does nothing). The shell runs in the caller's namespace and directory.
 */
final class BashTool implements Tool {
    private final boolean dash;

    BashTool(boolean dash) { this.dash = dash; }

    @Override
    public int run(Ctx ctx, List<String> args) {
        String self = dash ? "sh" : "bash";
        List<String> opts = new ArrayList<>();
        List<String> shopts = new ArrayList<>();
        int i = 0;
        String command = null;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("-c")) {
                if (i + 1 >= args.size()) {
                    ctx.err.println((dash ? "sh" : "bash") + ": -c: option requires an argument");
                    return 2;
                }
                command = args.get(++i);
                if (!dash) {
                    Integer bad = optionLikeCommand(command, "bash", ctx.err);
                    if (bad != null) return bad;
                }
                i++;
                break;
            }
            if (a.equals("--")) { i++; break; }
            if ((a.startsWith("-") || a.startsWith("+")) && a.length() > 1) {
                if (a.equals("-O") || a.equals("+O")) {
                    // -O NAME: shopt -s NAME before the script runs
                    if (i + 1 < args.size()) shopts.add((a.equals("-O") ? "-s " : "-u ") + args.get(++i));
                } else if (a.equals("-o") || a.equals("+o")) {
                    if (i + 1 < args.size()) { opts.add(a); opts.add(args.get(++i)); }
                } else if (!a.matches("[-+][a-zA-Z]+") && !a.startsWith("--")) break;
                else if (!a.startsWith("--")) opts.add(a);
                i++;
                continue;
            }
            break;
        }
        String name;
        String src;
        Shell.Mode mode;
        boolean scriptOnStdin = false;
        List<String> rest = args.subList(i, args.size());
        if (command != null) {
            name = rest.isEmpty() ? (dash ? "sh" : "bash") : rest.get(0);
            if (!rest.isEmpty()) rest = rest.subList(1, rest.size());
            src = command;
            mode = Shell.Mode.DASH_C;
        } else if (!rest.isEmpty()) {
            name = rest.get(0);
            try {
                src = ctx.host.vfs().read(ctx.ns(), ctx.resolve(name));
            } catch (KernelException e) {
                ctx.err.println(self + ": " + name + ": " + e.errno.text);
                return 127;
            }
            rest = rest.subList(1, rest.size());
            mode = Shell.Mode.SCRIPT;
        } else if (ctx.stdinIsNull() && ctx.tty != null) {
            // stdin is the terminal: commands are read from it as they come (`ip netns exec NS bash`)
            return fromTerminal(ctx, self, dash, rest, opts);
        } else {
            name = self;
            src = ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.UTF_8);
            mode = Shell.Mode.SCRIPT;
            scriptOnStdin = true;
        }
        // bash is exec'd into the process that started it (ip netns exec NS bash keeps ip's pid)
        boolean ownProc = ctx.proc == null;
        var proc = ownProc ? ctx.host.pids().fork(null, self) : ctx.proc;
        Shell sh = new Shell(ctx.host, ctx.net, ctx.exec, ctx.host.kernel().loop.tasks(), name, mode, dash, ctx.cwd, ctx.env,
                proc);
        sh.setArgs(rest);
        sh.setMounts(ctx.mounts);
        // bash -c and bash FILE pass their stdin on to the commands; bash alone reads its script from it
        sh.setStreams(scriptOnStdin ? null : ctx.stdin(), ctx.out, ctx.err);
        try {
            if (!opts.isEmpty()) sh.main("set " + String.join(" ", opts.stream().map(o -> "'" + o + "'").toList()));
            for (String o : shopts) sh.main("shopt " + o);
            return sh.main(src);
        } finally {
            if (ownProc) ctx.host.pids().exit(proc);
        }
    }

    /**
     * bash with its standard input a terminal, or the typed-ahead rest of a script: it reads and
     * runs commands until exit or the end of the input; the lines it read are gone for the shell
     * that started it. Interactive (prompts, "exit" at the end) only on a real terminal.
     */
    private static int fromTerminal(Ctx ctx, String self, boolean dash, List<String> args, List<String> opts) {
        boolean ownProc = ctx.proc == null;
        var proc = ownProc ? ctx.host.pids().fork(null, self) : ctx.proc;
        Shell.Mode mode = ctx.tty.isTerminal() ? Shell.Mode.INTERACTIVE : Shell.Mode.STDIN;
        Shell sh = new Shell(ctx.host, ctx.net, ctx.exec, ctx.host.kernel().loop.tasks(), self, mode, dash, ctx.cwd, ctx.env,
                proc);
        sh.setArgs(args);
        sh.setMounts(ctx.mounts);
        sh.setStreams(null, ctx.out, ctx.err);
        var loop = ctx.host.kernel().loop;
        sh.onCommand(() -> loop.advance(ScriptRunner.COMMAND_START_NS), () -> {
            ctx.out.flush();
            ctx.err.flush();
            loop.runPending();
        });
        try {
            if (!opts.isEmpty()) sh.main("set " + String.join(" ", opts.stream().map(o -> "'" + o + "'").toList()));
            return sh.mainTty(ctx.tty);
        } finally {
            if (ownProc) ctx.host.pids().exit(proc);
        }
    }

    /** Shell option letters bash takes at invocation (set's and the invocation-only ones). */
    private static final String OPTION_LETTERS = "abefhkmnptuvxBCEHPTilrsDc";

    private static final String USAGE = """
            Usage:\t%1$s [GNU long option] [option] ...
            \t%1$s [GNU long option] [option] script-file ...
            GNU long options:
            \t--debug
            \t--debugger
            \t--dump-po-strings
            \t--dump-strings
            \t--help
            \t--init-file
            \t--login
            \t--noediting
            \t--noprofile
            \t--norc
            \t--posix
            \t--pretty-print
            \t--rcfile
            \t--restricted
            \t--verbose
            \t--version
            Shell options:
            \t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
            \t-abefhkmnptuvxBCEHPT or -o option
            """;

    /**
     * bash -c takes its command as the first argument that is not an option, so a command string
     * starting with - or + is read as options first (a pasted "+----+" diagram line): an unknown
     * letter is "invalid option" with the usage (2); all known letters leave -c without its
     * command. Null when the string is a command. The -o/-O letters (which take the next
     * argument) are treated as plain letters here.
     */
    static Integer optionLikeCommand(String command, String self, java.io.PrintStream err) {
        if (command.length() < 1 || (command.charAt(0) != '-' && command.charAt(0) != '+')) return null;
        char sign = command.charAt(0);
        if (command.startsWith("--") && command.length() > 2) return invalid("--", self, err);
        for (int k = 1; k < command.length(); k++) {
            char c = command.charAt(k);
            if (c == 'o' || c == 'O') break;
            if (OPTION_LETTERS.indexOf(c) < 0) return invalid(sign + String.valueOf(c), self, err);
        }
        err.println(self + ": -c: option requires an argument");
        return 2;
    }

    private static int invalid(String opt, String self, java.io.PrintStream err) {
        err.println(self + ": " + opt + ": invalid option");
        err.print(String.format(USAGE, self));
        return 2;
    }
}
