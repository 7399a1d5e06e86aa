package linnet.shell.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import linnet.kernel.core.KernelException;
import linnet.kernel.proc.Signals;

/**
 * bash's builtins (builtins/*.def) that tutorials and scripts use; each acts on the shell itself,
 * which is why they cannot be programs. Messages are bash's, with its "NAME: line N: cmd: " prefix.
 */
final class Builtins {
    static final Set<String> NAMES = Set.of(":", "true", "false", "echo", "printf", "test", "[", "cd", "pwd", "export",
            "unset", "local", "declare", "typeset", "readonly", "set", "shift", "exit", "return", "break", "continue",
            "source", ".", "eval", "exec", "trap", "read", "type", "command", "let", "jobs", "wait", "kill", "shopt",
            "alias", "unalias", "hash", "umask", "builtin", "times", "enable", "help", "getopts", "history", "fc");

    private final Shell sh;

    private final Getopts getopts = new Getopts();

    Builtins(Shell sh) { this.sh = sh; }

    boolean has(String name) { return NAMES.contains(name); }

    int run(List<String> argv) {
        String cmd = argv.get(0);
        List<String> a = argv.subList(1, argv.size());
        return switch (cmd) {
            case ":", "true" -> 0;
            case "false" -> 1;
            case "echo" -> echo(a);
            case "printf" -> printf(a);
            case "test", "[" -> TestCmd.run(sh, cmd, a);
            case "cd" -> cd(a);
            case "pwd" -> pwd(a);
            case "export" -> export(a, true);
            case "readonly" -> readonly(a);
            case "unset" -> unset(a);
            case "local" -> local(a);
            case "declare", "typeset" -> declare(cmd, a);
            case "set" -> set(a);
            case "shift" -> shift(a);
            case "exit" -> throw new Flow.Exit(exitStatus("exit", a));
            case "return" -> {
                if (sh.funcDepth == 0) {
                    sh.error("return: can only `return' from a function or sourced script");
                    yield 2;
                }
                throw new Flow.Return(exitStatus("return", a));
            }
            case "break", "continue" -> jump(cmd, a);
            case "source", "." -> source(cmd, a);
            case "eval" -> {
                if (a.isEmpty()) yield 0;
                yield sh.runSource(String.join(" ", a), true);
            }
            case "exec" -> exec(a);
            case "trap" -> trap(a);
            case "read" -> ReadCmd.run(sh, a);
            case "type" -> type(a);
            case "command" -> command(a);
            case "builtin" -> a.isEmpty() ? 0 : has(a.get(0)) ? run(a) : notBuiltin(a.get(0));
            case "let" -> let(a);
            case "jobs" -> jobs();
            case "wait" -> waitJobs(a);
            case "kill" -> kill(a);
            case "shopt" -> sh.shopt.run(sh, a);
            case "getopts" -> getopts.run(sh, a);
            case "history" -> sh.history.history(sh, a);
            case "fc" -> sh.history.fc(sh, a);
            case "alias", "unalias", "hash", "enable", "times" -> 0;
            case "umask" -> { if (a.isEmpty()) sh.out.println("0022"); yield 0; }
            case "help" -> { sh.out.println("GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu) as emulated by linnet"); yield 0; }
            default -> 0;
        };
    }

    private int notBuiltin(String n) {
        sh.error("builtin: " + n + ": not a shell builtin");
        return 1;
    }

    /** exit N / return N: N mod 256; a non-number is "numeric argument required" (2). */
    private int exitStatus(String cmd, List<String> a) {
        if (a.isEmpty()) return sh.status;
        String v = a.get(0);
        if (!v.strip().matches("[+-]?[0-9]+")) {
            sh.error(cmd + ": " + v + ": numeric argument required");
            return 2;
        }
        if (a.size() > 1) {
            sh.error(cmd + ": too many arguments");
            if (cmd.equals("exit")) return 1;
        }
        return (int) (Long.parseLong(v.strip().replace("+", "")) & 0xff);
    }

    private int echo(List<String> a) {
        boolean newline = true, escapes = false;
        int i = 0;
        while (i < a.size() && a.get(i).matches("-[neE]+")) {
            for (char c : a.get(i).substring(1).toCharArray()) {
                if (c == 'n') newline = false;
                else if (c == 'e') escapes = true;
                else escapes = false;
            }
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < a.size(); k++) {
            if (k > i) sb.append(' ');
            String w = a.get(k);
            if (escapes) {
                for (int j = 0; j < w.length(); j++) {
                    if (w.charAt(j) == '\\') {
                        int[] end = {j};
                        String e = Printf.escape(w, j, end, true);
                        if (e == null) { sh.out.writeBytes(linnet.kernel.fs.RawText.encode(sb.toString())); sh.out.flush(); return 0; }
                        sb.append(e);
                        j = end[0];
                    } else sb.append(w.charAt(j));
                }
            } else sb.append(w);
        }
        if (newline) sb.append('\n');
        sh.out.writeBytes(linnet.kernel.fs.RawText.encode(sb.toString()));
        sh.out.flush();
        return 0;
    }

    private int printf(List<String> a) {
        List<String> args = new ArrayList<>(a);
        String var = null;
        if (!args.isEmpty() && args.get(0).equals("-v")) {
            if (args.size() < 2) { sh.error("printf: -v: option requires an argument"); return 2; }
            var = args.get(1);
            args = args.subList(2, args.size());
        }
        if (!args.isEmpty() && args.get(0).equals("--")) args = args.subList(1, args.size());
        if (args.isEmpty()) {
            // builtin_usage(): the usage line has no shell-name prefix
            sh.err.println("printf: usage: printf [-v var] format [arguments]");
            return 2;
        }
        Printf.Result r = Printf.format(args.get(0), args.subList(1, args.size()), m -> sh.error("printf: " + m));
        if (var != null) sh.assign(var, r.text());
        else {
            sh.out.writeBytes(linnet.kernel.fs.RawText.encode(r.text()));
            sh.out.flush();
        }
        return r.status();
    }

    /** pwd [-LP]: the logical name the shell keeps, or with -P the one without symlinks. */
    private int pwd(List<String> a) {
        boolean physical = false;
        for (String w : a) {
            if (w.equals("--")) break;
            if (!w.startsWith("-") || w.equals("-")) break;
            for (char c : w.substring(1).toCharArray()) {
                if (c == 'P') physical = true;
                else if (c == 'L') physical = false;
                else {
                    sh.error("pwd: -" + c + ": invalid option");
                    sh.err.println("pwd: usage: pwd [-LP]");
                    return 2;
                }
            }
        }
        sh.out.println(physical ? Physical.of(sh.host.vfs(), sh.ns(), sh.cwd) : sh.cwd);
        return 0;
    }

    private int cd(List<String> a) {
        List<String> args = new ArrayList<>(a);
        boolean physical = false;
        while (!args.isEmpty() && args.get(0).matches("-[LP@e]+")) {
            String o = args.remove(0);
            // the last of -L and -P wins
            int p = o.lastIndexOf('P'), l = o.lastIndexOf('L');
            if (p >= 0 || l >= 0) physical = p > l;
        }
        if (!args.isEmpty() && args.get(0).equals("--")) args.remove(0);
        if (args.size() > 1) {
            sh.error("cd: too many arguments");
            return 1;
        }
        String target;
        if (args.isEmpty()) {
            target = sh.vars.get("HOME");
            if (target == null) { sh.error("cd: HOME not set"); return 1; }
        } else if (args.get(0).equals("-")) {
            target = sh.vars.get("OLDPWD");
            if (target == null) { sh.error("cd: OLDPWD not set"); return 1; }
            sh.out.println(target);
        } else target = args.get(0);
        if (target.isEmpty()) return 0;
        String path = sh.resolve(target);
        try {
            if (!sh.host.vfs().stat(sh.ns(), path).isDirectory()) {
                sh.error("cd: " + target + ": Not a directory");
                return 1;
            }
        } catch (KernelException e) {
            sh.error("cd: " + target + ": " + e.errno.text);
            return 1;
        }
        // -P: the symlinks are followed before any .. is applied, as chdir(2) walks the name
        if (physical) path = Physical.of(sh.host.vfs(), sh.ns(), target.startsWith("/") ? target : sh.cwd + "/" + target);
        sh.vars.set("OLDPWD", sh.cwd);
        sh.cwd = path;
        sh.vars.set("PWD", path);
        return 0;
    }

    private boolean validName(String n) { return n.matches("[A-Za-z_][A-Za-z0-9_]*"); }

    private int export(List<String> a, boolean export) {
        int rc = 0;
        List<String> args = new ArrayList<>(a);
        boolean remove = false;
        while (!args.isEmpty() && args.get(0).startsWith("-") && args.get(0).length() > 1) {
            String o = args.remove(0);
            if (o.equals("--")) break;
            if (o.contains("n")) remove = true;
        }
        if (args.isEmpty()) {
            for (var e : sh.vars.all().entrySet()) {
                if (e.getValue().exported) sh.out.println("declare -x " + e.getKey()
                        + (e.getValue().scalar() == null ? "" : "=\"" + escapeDq(e.getValue().scalar()) + "\""));
            }
            return 0;
        }
        for (String w : args) {
            int eq = w.indexOf('=');
            String n = eq < 0 ? w : w.substring(0, eq);
            if (!validName(n)) {
                sh.error("export: `" + w + "': not a valid identifier");
                rc = 1;
                continue;
            }
            if (eq >= 0 && !sh.vars.set(n, w.substring(eq + 1))) {
                sh.error(n + ": readonly variable");
                rc = 1;
                continue;
            }
            sh.vars.declareGlobal(n).exported = !remove;
        }
        return rc;
    }

    static String escapeDq(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
    }

    private int readonly(List<String> a) {
        int rc = 0;
        for (String w : a) {
            if (w.startsWith("-")) continue;
            int eq = w.indexOf('=');
            String n = eq < 0 ? w : w.substring(0, eq);
            if (!validName(n)) { sh.error("readonly: `" + w + "': not a valid identifier"); rc = 1; continue; }
            if (eq >= 0 && !sh.vars.set(n, w.substring(eq + 1))) { sh.error(n + ": readonly variable"); rc = 1; continue; }
            sh.vars.declareGlobal(n).readonly = true;
        }
        return rc;
    }

    private int unset(List<String> a) {
        boolean fn = false;
        int rc = 0;
        for (String w : a) {
            if (w.equals("-f")) { fn = true; continue; }
            if (w.equals("-v")) { fn = false; continue; }
            if (fn) { sh.functions.remove(w); continue; }
            String n = w;
            int br = w.indexOf('[');
            if (br > 0 && w.endsWith("]")) {
                Vars.Var v = sh.vars.lookup(w.substring(0, br));
                if (v != null && v.assoc != null) v.assoc.remove(w.substring(br + 1, w.length() - 1));
                else if (v != null && v.array != null) v.array.remove(sh.arith(w.substring(br + 1, w.length() - 1), true));
                continue;
            }
            if (!validName(n)) { sh.error("unset: `" + w + "': not a valid identifier"); rc = 1; continue; }
            if (!sh.vars.unset(n)) { sh.error("unset: " + n + ": cannot unset: readonly variable"); rc = 1; continue; }
            if (!a.contains("-v")) sh.functions.remove(n);
        }
        return rc;
    }

    private int local(List<String> a) {
        if (!sh.vars.inFunction()) {
            sh.error("local: can only be used in a function");
            return 1;
        }
        int rc = 0;
        for (String w : a) {
            if (w.startsWith("-")) continue;
            int eq = w.indexOf('=');
            String n = eq < 0 ? w : w.substring(0, eq);
            if (!validName(n)) { sh.error("local: `" + w + "': not a valid identifier"); rc = 1; continue; }
            Vars.Var v = sh.vars.declareLocal(n);
            if (eq >= 0) v.value = w.substring(eq + 1);
        }
        return rc;
    }

    private int declare(String cmd, List<String> a) {
        boolean export = false, array = false, print = false, readonly = false, integer = false, assoc = false;
        List<String> names = new ArrayList<>();
        for (String w : a) {
            if (w.startsWith("-") && w.length() > 1 && names.isEmpty()) {
                for (char c : w.substring(1).toCharArray()) {
                    switch (c) {
                        case 'x' -> export = true;
                        case 'a' -> array = true;
                        case 'A' -> assoc = true;
                        case 'p' -> print = true;
                        case 'r' -> readonly = true;
                        case 'i' -> integer = true;
                        case 'g', 'l', 'u', 'f', 'F' -> { }
                        default -> {
                            sh.error(cmd + ": -" + c + ": invalid option");
                            sh.err.println(cmd + ": usage: " + cmd + " [-aAfFgiIlnrtux] [name[=value] ...] or " + cmd + " -p [-aAfFilnrtux] [name ...]");
                            return 2;
                        }
                    }
                }
            } else names.add(w);
        }
        if (print || names.isEmpty()) {
            Map<String, Vars.Var> all = sh.vars.all();
            int rc = 0;
            for (String n : names.isEmpty() ? new ArrayList<>(all.keySet()) : names) {
                Vars.Var v = all.get(n);
                if (v == null) { sh.error("declare: " + n + ": not found"); rc = 1; continue; }
                sh.out.println(describe(n, v));
            }
            return rc;
        }
        int rc = 0;
        for (String w : names) {
            int eq = w.indexOf('=');
            String n = eq < 0 ? w : w.substring(0, eq);
            if (!validName(n)) { sh.error(cmd + ": `" + w + "': not a valid identifier"); rc = 1; continue; }
            Vars.Var v = sh.vars.inFunction() ? sh.vars.declareLocal(n) : sh.vars.declareGlobal(n);
            // the attributes first: they decide how the value is taken
            if (assoc && v.assoc == null) {
                v.assoc = new java.util.LinkedHashMap<>();
                if (v.value != null) v.assoc.put("0", v.value);
                v.value = null;
            } else if (array && v.array == null && v.assoc == null) {
                v.array = new java.util.TreeMap<>();
                if (v.value != null) v.array.put(0L, v.value);
                v.value = null;
            }
            if (integer) v.integer = true;
            if (eq >= 0) {
                boolean ro = v.readonly;
                v.readonly = false;
                try {
                    if (ro) { sh.error(n + ": readonly variable"); rc = 1; continue; }
                    if (!sh.assignWord(n + "=" + w.substring(eq + 1))) rc = 1;
                } finally {
                    v.readonly = ro;
                }
            }
            if (export) v.exported = true;
            if (readonly) v.readonly = true;
        }
        return rc;
    }

    private static String describe(String n, Vars.Var v) {
        String flags = (v.array != null ? "a" : "") + (v.assoc != null ? "A" : "") + (v.integer ? "i" : "")
                + (v.readonly ? "r" : "") + (v.exported ? "x" : "");
        String f = flags.isEmpty() ? "--" : "-" + flags;
        if (v.assoc != null) {
            // bash writes each [key]="value" followed by a space
            StringBuilder sb = new StringBuilder("declare " + f + " " + n + "=(");
            for (var e : v.assoc.entrySet()) sb.append('[').append(e.getKey()).append("]=\"").append(escapeDq(e.getValue())).append("\" ");
            return sb.append(')').toString();
        }
        if (v.array != null) {
            StringBuilder sb = new StringBuilder("declare " + f + " " + n + "=(");
            boolean first = true;
            for (var e : v.array.entrySet()) {
                if (!first) sb.append(' ');
                first = false;
                sb.append('[').append(e.getKey()).append("]=\"").append(escapeDq(e.getValue())).append('"');
            }
            return sb.append(')').toString();
        }
        return "declare " + f + " " + n + (v.value == null ? "" : "=\"" + escapeDq(v.value) + "\"");
    }

    private int set(List<String> a) {
        if (a.isEmpty()) {
            for (var e : sh.vars.all().entrySet()) {
                if (e.getValue().scalar() != null && e.getValue().array == null) sh.out.println(e.getKey() + "=" + quoteSet(e.getValue().scalar()));
            }
            return 0;
        }
        int i = 0;
        while (i < a.size()) {
            String w = a.get(i);
            if (w.equals("--")) { i++; sh.positional = new ArrayList<>(a.subList(i, a.size())); return 0; }
            if (!(w.startsWith("-") || w.startsWith("+")) || w.length() < 2) break;
            boolean on = w.charAt(0) == '-';
            for (int k = 1; k < w.length(); k++) {
                char c = w.charAt(k);
                if (c == 'o') {
                    if (i + 1 >= a.size()) { printOptions(on); return 0; }
                    String opt = a.get(++i);
                    if (!option(opt, on)) {
                        sh.error("set: " + opt + ": invalid option name");
                        return 2;
                    }
                    continue;
                }
                if (!flag(c, on)) {
                    sh.error("set: " + w.charAt(0) + c + ": invalid option");
                    sh.err.println("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]");
                    return 2;
                }
            }
            i++;
        }
        if (i < a.size()) sh.positional = new ArrayList<>(a.subList(i, a.size()));
        return 0;
    }

    private static String quoteSet(String v) {
        if (v.matches("[A-Za-z0-9_./:=+@%,-]*")) return v;
        if (!v.contains("'") && !v.contains("\n") && !v.contains("\t")) return "'" + v + "'";
        return "$'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    private boolean flag(char c, boolean on) {
        switch (c) {
            case 'e' -> sh.errexit = on;
            case 'u' -> sh.nounset = on;
            case 'x' -> sh.xtrace = on;
            case 'f' -> sh.noglob = on;
            case 'C' -> sh.noclobber = on;
            case 'v', 'h', 'B', 'H', 'm', 'b', 'a', 'k', 'n', 'p', 't', 'E', 'T', 'P' -> { }
            default -> { return false; }
        }
        return true;
    }

    private boolean option(String o, boolean on) {
        switch (o) {
            case "errexit" -> sh.errexit = on;
            case "nounset" -> sh.nounset = on;
            case "xtrace" -> sh.xtrace = on;
            case "pipefail" -> sh.pipefail = on;
            case "noglob" -> sh.noglob = on;
            case "noclobber" -> sh.noclobber = on;
            case "history" -> sh.history.on = on;
            case "posix", "verbose", "hashall", "braceexpand", "histexpand", "monitor", "notify", "allexport",
                    "emacs", "vi", "ignoreeof", "interactive-comments", "keyword", "noexec", "nolog",
                    "onecmd", "physical", "privileged", "errtrace", "functrace" -> { }
            default -> { return false; }
        }
        return true;
    }

    private void printOptions(boolean on) {
        String[][] opts = {{"allexport", "off"}, {"braceexpand", "on"}, {"emacs", "off"}, {"errexit", sh.errexit ? "on" : "off"},
            {"errtrace", "off"}, {"functrace", "off"}, {"hashall", "on"}, {"histexpand", "off"}, {"history", sh.history.on ? "on" : "off"},
            {"ignoreeof", "off"}, {"interactive-comments", "on"}, {"keyword", "off"}, {"monitor", "off"},
            {"noclobber", sh.noclobber ? "on" : "off"}, {"noexec", "off"}, {"noglob", sh.noglob ? "on" : "off"},
            {"nolog", "off"}, {"notify", "off"}, {"nounset", sh.nounset ? "on" : "off"}, {"onecmd", "off"},
            {"physical", "off"}, {"pipefail", sh.pipefail ? "on" : "off"}, {"posix", "off"}, {"privileged", "off"},
            {"verbose", "off"}, {"vi", "off"}, {"xtrace", sh.xtrace ? "on" : "off"}};
        for (String[] o : opts) {
            if (on) sh.out.printf("%-15s\t%s%n", o[0], o[1]);
            else sh.out.println("set " + (o[1].equals("on") ? "-o " : "+o ") + o[0]);
        }
    }

    private int shift(List<String> a) {
        int n = 1;
        if (!a.isEmpty()) {
            if (!a.get(0).matches("[0-9]+")) { sh.error("shift: " + a.get(0) + ": numeric argument required"); return 1; }
            n = Integer.parseInt(a.get(0));
        }
        if (n > sh.positional.size()) return 1;
        sh.positional = new ArrayList<>(sh.positional.subList(n, sh.positional.size()));
        return 0;
    }

    private int jump(String cmd, List<String> a) {
        // break.def: the loop level is checked before the argument
        if (sh.loopDepth == 0) {
            sh.error(cmd + ": only meaningful in a `for', `while', or `until' loop");
            return 0;
        }
        int n = 1;
        if (!a.isEmpty()) {
            if (!a.get(0).matches("-?[0-9]+")) {
                // get_numeric_arg(..., fatal) throws to the top level: the shell ends with 128
                sh.error(cmd + ": " + a.get(0) + ": numeric argument required");
                throw new Flow.Exit(128);
            }
            n = Integer.parseInt(a.get(0));
            if (n <= 0) { sh.error(cmd + ": " + a.get(0) + ": loop count out of range"); return 1; }
        }
        throw new Flow.Jump(cmd.equals("break"), Math.min(n, sh.loopDepth));
    }

    private int source(String cmd, List<String> a) {
        if (a.isEmpty()) {
            sh.error(cmd + ": filename argument required");
            sh.err.println(cmd + ": usage: " + cmd + " filename [arguments]");
            return 2;
        }
        String text;
        try {
            text = sh.host.vfs().read(sh.ns(), sh.resolve(a.get(0)));
        } catch (KernelException e) {
            sh.error(a.get(0) + ": " + e.errno.text);
            return 1;
        }
        List<String> saved = sh.positional;
        if (a.size() > 1) sh.positional = new ArrayList<>(a.subList(1, a.size()));
        sh.funcDepth++;
        try {
            return sh.runSource(text, true);
        } catch (Flow.Return r) {
            return r.status;
        } finally {
            sh.funcDepth--;
            if (a.size() > 1) sh.positional = saved;
        }
    }

    /** exec PROG: the program replaces the shell (functions and builtins are not looked at). */
    private int exec(List<String> a) {
        if (a.isEmpty()) return 0;
        String cmd = a.get(0);
        var ctx = new linnet.tools.common.Ctx(sh.host, sh.net, sh.net, sh.out, sh.err, sh.exec, null, sh.cwd, Map.of());
        String why = sh.exec.shellError(ctx, cmd);
        if (why != null) {
            // shell_execve's texts: a name not on PATH is "not found"; a path that cannot run says why twice
            if (why.equals("command not found")) sh.error("exec: " + cmd + ": not found");
            else if (why.equals("No such file or directory")) sh.error(cmd + ": " + why);
            else {
                sh.error(cmd + ": " + why);
                sh.error("exec: " + cmd + ": cannot execute: " + why);
            }
            throw new Flow.Exit(why.equals("command not found") || why.equals("No such file or directory") ? 127 : 126);
        }
        throw new Flow.Exit(sh.external(new ArrayList<>(a), Map.of()));
    }

    private int trap(List<String> a) {
        if (a.isEmpty() || a.get(0).equals("-p")) {
            for (var e : sh.traps.entrySet()) sh.out.println("trap -- '" + e.getValue().replace("'", "'\\''") + "' " + e.getKey());
            return 0;
        }
        if (a.size() == 1) {
            for (String s : a) sh.traps.remove(signal(s));
            return 0;
        }
        String action = a.get(0);
        int rc = 0;
        for (String s : a.subList(1, a.size())) {
            String sig = signal(s);
            if (sig == null) {
                sh.error("trap: " + s + ": invalid signal specification");
                rc = 1;
                continue;
            }
            if (action.equals("-")) sh.traps.remove(sig);
            else sh.traps.put(sig, action);
        }
        return rc;
    }

    private static String signal(String s) {
        String u = s.toUpperCase();
        if (u.startsWith("SIG")) u = u.substring(3);
        return switch (u) {
            case "0", "EXIT" -> "EXIT";
            case "1", "HUP" -> "SIGHUP";
            case "2", "INT" -> "SIGINT";
            case "3", "QUIT" -> "SIGQUIT";
            case "15", "TERM" -> "SIGTERM";
            case "ERR" -> "ERR";
            case "DEBUG" -> "DEBUG";
            case "RETURN" -> "RETURN";
            case "USR1", "10" -> "SIGUSR1";
            case "USR2", "12" -> "SIGUSR2";
            case "PIPE", "13" -> "SIGPIPE";
            case "CHLD", "17" -> "SIGCHLD";
            default -> null;
        };
    }

    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "case", "esac", "for", "select",
            "while", "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc");

    /** What a name is: alias/keyword/function/builtin/file, as type and command -v/-V tell. */
    private String kind(String n) {
        if (KEYWORDS.contains(n)) return "keyword";
        if (sh.functions.containsKey(n)) return "function";
        if (has(n)) return "builtin";
        if (programPath(n) != null) return "file";
        return null;
    }

    private String programPath(String n) {
        var ctx = new linnet.tools.common.Ctx(sh.host, sh.net, sh.net, sh.out, sh.err, sh.exec);
        return sh.exec.programPath(ctx, n);
    }

    private int type(List<String> a) {
        boolean t = false, p = false, all = false;
        int rc = 0;
        List<String> names = new ArrayList<>();
        for (String w : a) {
            if (names.isEmpty() && w.startsWith("-") && w.length() > 1) {
                if (w.contains("t")) t = true;
                if (w.contains("p") || w.contains("P")) p = true;
                if (w.contains("a")) all = true;
            } else names.add(w);
        }
        for (String n : names) {
            // type -a: every meaning in bash's order (keyword, function, builtin, each file on PATH)
            List<String> kinds = new ArrayList<>();
            if (KEYWORDS.contains(n)) kinds.add("keyword");
            if (sh.functions.containsKey(n)) kinds.add("function");
            if (has(n)) kinds.add("builtin");
            List<String> files = files(n);
            if (!files.isEmpty()) kinds.add("file");
            if (!all && !kinds.isEmpty()) kinds = kinds.subList(0, 1);
            if (p) {
                if (files.isEmpty() || !all && !kinds.get(0).equals("file") && !a.contains("-P")) { if (files.isEmpty()) rc = 1; continue; }
                for (String f : all ? files : files.subList(0, 1)) sh.out.println(f);
                continue;
            }
            if (kinds.isEmpty()) {
                if (!t) sh.error("type: " + n + ": not found");
                rc = 1;
                continue;
            }
            for (String k : kinds) {
                List<String> paths = k.equals("file") ? (all ? files : files.subList(0, 1)) : List.of("");
                for (String path : paths) {
                    if (t) { sh.out.println(k); continue; }
                    switch (k) {
                        case "keyword" -> sh.out.println(n + " is a shell keyword");
                        case "function" -> {
                            sh.out.println(n + " is a function");
                            sh.out.print(printFunction(n, sh.functions.get(n)));
                        }
                        case "builtin" -> sh.out.println(n + " is a shell builtin");
                        default -> sh.out.println(n + " is " + path);
                    }
                }
            }
        }
        return rc;
    }

    /** Where a program is on PATH: every place (bash's type -a), the first one first. */
    private List<String> files(String n) {
        if (n.indexOf('/') >= 0) {
            String path = programPath(n);
            return path == null ? List.of() : List.of(path);
        }
        var ctx = new linnet.tools.common.Ctx(sh.host, sh.net, sh.net, sh.out, sh.err, sh.exec);
        List<String> all = sh.exec.programPaths(ctx, n);
        return all == null ? List.of() : all;
    }

    /**
     * A function as bash prints it (print_cmd.c): "NAME () ", the group's braces on lines of their
     * own, each command indented four spaces and ended by ';' but the last, blanks in words folded.
     */
    static String printFunction(String name, linnet.shell.parse.Ast.Node body) {
        StringBuilder sb = new StringBuilder(name).append(" () \n");
        if (body instanceof linnet.shell.parse.Ast.Group g) {
            sb.append("{ \n");
            List<String> texts = g.body().texts();
            for (int i = 0; i < texts.size(); i++) {
                String tx = texts.get(i).strip();
                if (tx.indexOf('\'') < 0 && tx.indexOf('"') < 0 && tx.indexOf('\\') < 0 && tx.indexOf('\n') < 0) tx = tx.replaceAll("[ \t]+", " ");
                sb.append("    ").append(tx).append(i < texts.size() - 1 ? ";" : "").append('\n');
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    private int command(List<String> a) {
        if (a.isEmpty()) return 0;
        String o = a.get(0);
        if (o.equals("-v") || o.equals("-V")) {
            int rc = 0;
            for (String n : a.subList(1, a.size())) {
                String k = kind(n);
                if (k == null) {
                    if (o.equals("-V")) sh.error("command: " + n + ": not found");
                    rc = 1;
                    continue;
                }
                if (o.equals("-v")) sh.out.println(k.equals("file") ? programPath(n) : n);
                else type(List.of(n));
            }
            return rc;
        }
        List<String> rest = o.equals("-p") || o.equals("--") ? a.subList(1, a.size()) : a;
        if (rest.isEmpty()) return 0;
        if (has(rest.get(0))) return run(new ArrayList<>(rest));
        return sh.external(new ArrayList<>(rest), Map.of());
    }

    private int let(List<String> a) {
        if (a.isEmpty()) {
            sh.error("let: expression expected");
            return 1;
        }
        long v = 0;
        for (String e : a) {
            try {
                v = Arith.eval(e, sh.arithEnv());
            } catch (Arith.ArithError x) {
                sh.error("let: " + x.text());
                return 1;
            }
        }
        return v != 0 ? 0 : 1;
    }

    private int jobs() {
        var jobs = sh.jobs;
        for (int i = 0; i < jobs.size(); i++) {
            Shell.Job j = jobs.get(i);
            char mark = i == jobs.size() - 1 ? '+' : i == jobs.size() - 2 ? '-' : ' ';
            String state = !j.task().finished() ? "Running"
                    : j.task().exitStatus() == 0 ? "Done"
                    : j.task().exitStatus() > 128 && Signals.name(j.task().exitStatus() - 128) != null
                            ? Signals.description(j.task().exitStatus() - 128)
                    : "Exit " + j.task().exitStatus();
            String cmd = j.command();
            if (!j.task().finished()) cmd = cmd + " &";
            sh.out.printf("[%d]%c  %-24s%s%n", j.number(), mark, state, cmd);
        }
        jobs.removeIf(j -> j.task().finished());
        return 0;
    }

    private int waitJobs(List<String> a) {
        int rc = 0;
        if (sh.tasks == null) return 0;
        if (a.isEmpty()) {
            for (Shell.Job j : new ArrayList<>(sh.jobs)) sh.tasks.await(j.task());
            sh.jobs.removeIf(j -> j.task().finished());
            return 0;
        }
        for (String spec : a) {
            Shell.Job hit = null;
            if (spec.startsWith("%")) {
                hit = job(spec);
                if (hit == null) {
                    sh.error("wait: " + spec + ": no such job");
                    rc = 127;
                    continue;
                }
            } else if (!spec.isEmpty() && spec.chars().allMatch(Character::isDigit)) {
                for (Shell.Job j : sh.jobs) if (Integer.toString(j.pid()).equals(spec)) hit = j;
                if (hit == null) {
                    sh.error("wait: pid " + spec + " is not a child of this shell");
                    rc = 127;
                    continue;
                }
            } else {
                sh.error("wait: `" + spec + "': not a pid or valid job spec");
                rc = 1;
                continue;
            }
            sh.tasks.await(hit.task());
            if (hit.task().finished()) {
                rc = hit.task().exitStatus();
                reportSignalled(hit);
                sh.jobs.remove(hit);
            }
        }
        return rc;
    }

    /**
     * notify_of_job_status in a non-interactive shell: a job a signal ended is reported when it is
     * reaped, except for SIGINT, SIGTERM and SIGPIPE (bash's DONT_REPORT_* defaults).
     */
    private void reportSignalled(Shell.Job j) {
        int st = j.task().exitStatus();
        if (sh.mode == Shell.Mode.INTERACTIVE || st <= 128) return;
        int sig = st - 128;
        if (sig == linnet.kernel.proc.PidTable.SIGINT || sig == linnet.kernel.proc.PidTable.SIGTERM
                || sig == linnet.kernel.proc.PidTable.SIGPIPE || Signals.name(sig) == null) return;
        sh.err.println(sh.prefix() + String.format("%5d %-24s%s", j.pid(), Signals.description(sig), j.command()));
    }

    /** A job spec: %N, %% / %+ (the current job), %- (the previous one). */
    private Shell.Job job(String spec) {
        var jobs = sh.jobs;
        if (jobs.isEmpty()) return null;
        if (spec.equals("%%") || spec.equals("%+") || spec.equals("%")) return jobs.get(jobs.size() - 1);
        if (spec.equals("%-")) return jobs.size() > 1 ? jobs.get(jobs.size() - 2) : jobs.get(0);
        for (Shell.Job j : jobs) if (spec.equals("%" + j.number())) return j;
        return null;
    }

    private static final String KILL_USAGE = "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]";

    /** bash's kill builtin: a signal spec, then pids and job specs; kill -l lists or translates. */
    private int kill(List<String> a) {
        int sig = linnet.kernel.proc.PidTable.SIGTERM;
        int i = 0;
        if (i < a.size() && (a.get(i).equals("-l") || a.get(i).equals("-L"))) return killList(a.subList(i + 1, a.size()));
        if (i < a.size() && a.get(i).startsWith("-") && !a.get(i).equals("--") && a.get(i).length() > 1) {
            String o = a.get(i++);
            String spec;
            if (o.equals("-s") || o.equals("-n")) {
                if (i >= a.size()) {
                    sh.error("kill: " + o + ": option requires an argument");
                    return 1;
                }
                spec = a.get(i++);
            } else if (o.startsWith("-s") && o.length() > 2 && !Character.isDigit(o.charAt(2))) {
                spec = o.substring(2);
            } else {
                spec = o.substring(1);
            }
            sig = Signals.parse(spec);
            if (sig < 0) {
                sh.error("kill: " + spec + ": invalid signal specification");
                return 1;
            }
        }
        if (i < a.size() && a.get(i).equals("--")) i++;
        if (i >= a.size()) {
            sh.err.println(KILL_USAGE);
            return 2;
        }
        int rc = 0;
        for (String spec : a.subList(i, a.size())) {
            if (spec.startsWith("%")) {
                Shell.Job hit = job(spec);
                if (hit == null || hit.task().finished()) {
                    sh.error("kill: " + spec + ": no such job");
                    rc = 1;
                    continue;
                }
                sh.host.pids().kill(hit.pid(), sig);
                continue;
            }
            String num = spec.startsWith("-") ? spec.substring(1) : spec;
            if (num.isEmpty() || !num.chars().allMatch(Character::isDigit)) {
                sh.error("kill: " + spec + ": arguments must be process or job IDs");
                rc = 1;
                continue;
            }
            boolean sent;
            try {
                sent = !spec.startsWith("-") && sh.host.pids().kill(Integer.parseInt(num), sig);
            } catch (NumberFormatException e) {
                sent = false;
            }
            if (!sent) {
                sh.error("kill: (" + spec + ") - No such process");
                rc = 1;
            }
        }
        return rc;
    }

    /** kill -l: the table of signals, or each argument translated (a number to its name, a name to its number). */
    private int killList(List<String> a) {
        if (a.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int n = 1; n <= Signals.SIGRTMAX; n++) {
                if (Signals.name(n) == null) continue;
                sb.append(String.format("%2d) SIG%s", n, Signals.name(n))).append('\t');
                if (++col % 5 == 0) {
                    sb.setLength(sb.length() - 1);
                    sb.append('\n');
                }
            }
            if (col % 5 != 0) sb.append('\n');
            sh.out.print(sb);
            return 0;
        }
        int rc = 0;
        for (String spec : a) {
            boolean number = !spec.isEmpty() && spec.chars().allMatch(Character::isDigit);
            int n = -1;
            if (number) {
                try {
                    n = Integer.parseInt(spec);
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n > 128) n -= 128;
            } else n = Signals.parse(spec);
            if (n <= 0 || Signals.name(n) == null) {
                sh.error("kill: " + spec + ": invalid signal specification");
                rc = 1;
                continue;
            }
            sh.out.println(number ? Signals.name(n) : Integer.toString(n));
        }
        return rc;
    }
}
