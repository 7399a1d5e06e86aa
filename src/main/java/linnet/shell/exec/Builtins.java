package linnet.shell.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import linnet.kernel.core.KernelException;

/**
 * bash's builtins (builtins/*.def) that tutorials and scripts use; each acts on the shell itself,
 * which is why they cannot be programs. Messages are bash's, with its "NAME: line N: cmd: " prefix.
 */
final class Builtins {
    static final Set<String> NAMES = Set.of(":", "true", "false", "echo", "printf", "test", "[", "cd", "pwd", "export",
            "unset", "local", "declare", "typeset", "readonly", "set", "shift", "exit", "return", "break", "continue",
            "source", ".", "eval", "exec", "trap", "read", "type", "command", "let", "jobs", "wait", "kill", "shopt",
            "alias", "unalias", "hash", "umask", "builtin", "times", "enable", "help");

    private final Shell sh;

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
            case "read" -> read(a);
            case "type" -> type(a);
            case "command" -> command(a);
            case "builtin" -> a.isEmpty() ? 0 : has(a.get(0)) ? run(a) : notBuiltin(a.get(0));
            case "let" -> let(a);
            case "jobs" -> jobs();
            case "wait" -> waitJobs(a);
            case "kill" -> kill(a);
            case "shopt", "alias", "unalias", "hash", "enable", "times" -> 0;
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
                        if (e == null) { sh.out.print(sb); sh.out.flush(); return 0; }
                        sb.append(e);
                        j = end[0];
                    } else sb.append(w.charAt(j));
                }
            } else sb.append(w);
        }
        if (newline) sb.append('\n');
        sh.out.print(sb);
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
            sh.out.print(r.text());
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
        sh.out.println(physical ? Physical.of(sh.host.vfs(), sh.net, sh.cwd) : sh.cwd);
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
            if (!sh.host.vfs().stat(sh.net, path).isDirectory()) {
                sh.error("cd: " + target + ": Not a directory");
                return 1;
            }
        } catch (KernelException e) {
            sh.error("cd: " + target + ": " + e.errno.text);
            return 1;
        }
        // -P: the symlinks are followed before any .. is applied, as chdir(2) walks the name
        if (physical) path = Physical.of(sh.host.vfs(), sh.net, target.startsWith("/") ? target : sh.cwd + "/" + target);
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
                if (v != null && v.array != null) v.array.remove(sh.arith(w.substring(br + 1, w.length() - 1), true));
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
        boolean export = false, array = false, print = false, readonly = false, integer = false;
        List<String> names = new ArrayList<>();
        for (String w : a) {
            if (w.startsWith("-") && w.length() > 1 && names.isEmpty()) {
                for (char c : w.substring(1).toCharArray()) {
                    switch (c) {
                        case 'x' -> export = true;
                        case 'a', 'A' -> array = true;
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
            if (eq >= 0) {
                String val = w.substring(eq + 1);
                if (integer) val = Long.toString(sh.arith(val, true));
                if (val.startsWith("(") && val.endsWith(")")) {
                    sh.assignWord(n + "=" + val);
                } else if (v.array != null) v.array.put(0L, val);
                else v.value = val;
            } else if (array && v.array == null) {
                v.array = new java.util.TreeMap<>();
            }
            if (export) v.exported = true;
            if (readonly) v.readonly = true;
        }
        return rc;
    }

    private static String describe(String n, Vars.Var v) {
        String flags = (v.array != null ? "a" : "") + (v.readonly ? "r" : "") + (v.exported ? "x" : "");
        String f = flags.isEmpty() ? "--" : "-" + flags;
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
            case "posix", "verbose", "hashall", "braceexpand", "histexpand", "monitor", "notify", "allexport",
                    "emacs", "vi", "history", "ignoreeof", "interactive-comments", "keyword", "noexec", "nolog",
                    "onecmd", "physical", "privileged", "errtrace", "functrace" -> { }
            default -> { return false; }
        }
        return true;
    }

    private void printOptions(boolean on) {
        String[][] opts = {{"allexport", "off"}, {"braceexpand", "on"}, {"emacs", "off"}, {"errexit", sh.errexit ? "on" : "off"},
            {"errtrace", "off"}, {"functrace", "off"}, {"hashall", "on"}, {"histexpand", "off"}, {"history", "off"},
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
            text = sh.host.vfs().read(sh.net, sh.resolve(a.get(0)));
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

    private int exec(List<String> a) {
        if (a.isEmpty()) return 0;
        int rc = sh.invoke(new ArrayList<>(a), Map.of());
        throw new Flow.Exit(rc);
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

    private int read(List<String> a) {
        boolean raw = false;
        String arrayName = null, prompt = null;
        char delim = '\n';
        int nchars = -1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (names.isEmpty() && w.startsWith("-") && w.length() > 1) {
                switch (w) {
                    case "-r" -> raw = true;
                    case "-a" -> arrayName = i + 1 < a.size() ? a.get(++i) : null;
                    case "-p" -> prompt = i + 1 < a.size() ? a.get(++i) : "";
                    case "-d" -> { String d = i + 1 < a.size() ? a.get(++i) : ""; delim = d.isEmpty() ? '\0' : d.charAt(0); }
                    case "-n", "-N" -> nchars = i + 1 < a.size() ? Integer.parseInt(a.get(++i)) : 1;
                    case "-s", "-e" -> { }
                    case "-t" -> i++;
                    default -> {
                        if (w.matches("-[rs]+")) { raw = raw || w.contains("r"); break; }
                        sh.error("read: " + w + ": invalid option");
                        sh.err.println("read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]");
                        return 2;
                    }
                }
            } else names.add(w);
        }
        if (sh.in == null) return 1;
        String line;
        boolean[] nl = {false};
        if (nchars >= 0) {
            if (sh.in.atEnd()) return 1;
            line = sh.in.read(nchars);
            nl[0] = true;
        } else {
            line = sh.in.readLine(nl, delim);
            if (line == null) return 1;
            if (!raw) {
                // a backslash escapes the next character; one at the end joins the next line
                StringBuilder sb = new StringBuilder();
                String cur = line;
                while (true) {
                    boolean cont = false;
                    for (int i = 0; i < cur.length(); i++) {
                        char c = cur.charAt(i);
                        if (c == '\\') {
                            if (i + 1 < cur.length()) sb.append(cur.charAt(++i));
                            else cont = true;
                        } else sb.append(c);
                    }
                    if (!cont) break;
                    cur = sh.in.readLine(nl, delim);
                    if (cur == null) break;
                }
                line = sb.toString();
            }
        }
        String ifs = sh.vars.get("IFS");
        if (ifs == null) ifs = " \t\n";
        List<String> fields = splitRead(line, ifs, arrayName != null ? Integer.MAX_VALUE : Math.max(1, names.size()));
        if (arrayName != null) sh.vars.setArray(arrayName, fields);
        else if (names.isEmpty()) sh.assign("REPLY", line);
        else {
            for (int i = 0; i < names.size(); i++) sh.assign(names.get(i), i < fields.size() ? fields.get(i) : "");
        }
        return nl[0] ? 0 : 1;
    }

    /** read's splitting: into at most n fields, the last one keeping the rest (trailing IFS white space trimmed). */
    private static List<String> splitRead(String line, String ifs, int n) {
        List<String> out = new ArrayList<>();
        String ws = ifs.replaceAll("[^ \t\n]", "");
        int i = 0;
        while (i < line.length() && ws.indexOf(line.charAt(i)) >= 0) i++;
        while (i < line.length()) {
            if (out.size() == n - 1) {
                String rest = line.substring(i);
                int e = rest.length();
                while (e > 0 && ws.indexOf(rest.charAt(e - 1)) >= 0) e--;
                out.add(rest.substring(0, e));
                return out;
            }
            int j = i;
            while (j < line.length() && ifs.indexOf(line.charAt(j)) < 0) j++;
            out.add(line.substring(i, j));
            i = j;
            while (i < line.length() && ws.indexOf(line.charAt(i)) >= 0) i++;
            if (i < line.length() && ifs.indexOf(line.charAt(i)) >= 0 && ws.indexOf(line.charAt(i)) < 0) {
                i++;
                while (i < line.length() && ws.indexOf(line.charAt(i)) >= 0) i++;
            }
        }
        return out;
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
        boolean t = false, p = false;
        int rc = 0;
        List<String> names = new ArrayList<>();
        for (String w : a) {
            if (names.isEmpty() && w.startsWith("-") && w.length() > 1) {
                if (w.contains("t")) t = true;
                if (w.contains("p") || w.contains("P")) p = true;
            } else names.add(w);
        }
        for (String n : names) {
            String k = kind(n);
            if (k == null) {
                if (!t && !p) sh.error("type: " + n + ": not found");
                rc = 1;
                continue;
            }
            if (t) { sh.out.println(k); continue; }
            if (p) { if (k.equals("file")) sh.out.println(programPath(n)); continue; }
            switch (k) {
                case "keyword" -> sh.out.println(n + " is a shell keyword");
                case "function" -> sh.out.println(n + " is a function");
                case "builtin" -> sh.out.println(n + " is a shell builtin");
                default -> sh.out.println(n + " is " + programPath(n));
            }
        }
        return rc;
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
                    : j.task().exitStatus() == 0 ? "Done" : j.task().exitStatus() == 143 ? "Terminated"
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
        for (Shell.Job j : new ArrayList<>(sh.jobs)) {
            if (!a.isEmpty() && !a.contains("%" + j.number())) continue;
            sh.tasks.await(j.task());
            if (j.task().finished()) rc = j.task().exitStatus();
        }
        for (String s : a) {
            if (s.startsWith("%") && sh.jobs.stream().noneMatch(j -> s.equals("%" + j.number()))) {
                sh.error("wait: " + s + ": no such job");
                rc = 127;
            }
        }
        return rc;
    }

    private int kill(List<String> a) {
        if (a.isEmpty()) {
            sh.error("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]");
            return 2;
        }
        int rc = 0;
        for (String spec : a) {
            if (spec.startsWith("-") && !spec.equals("-")) continue;
            if (spec.startsWith("%")) {
                Shell.Job hit = null;
                for (Shell.Job j : sh.jobs) {
                    if (spec.equals("%" + j.number()) || (spec.equals("%%") || spec.equals("%+")) && j == sh.jobs.get(sh.jobs.size() - 1)) hit = j;
                }
                if (hit == null || hit.task().finished()) {
                    sh.error("kill: " + spec + ": no such job");
                    rc = 1;
                    continue;
                }
                sh.tasks.kill(hit.task());
                continue;
            }
            if (!spec.matches("[0-9]+")) {
                sh.error("kill: " + spec + ": arguments must be process or job IDs");
                rc = 1;
                continue;
            }
            sh.error("kill: (" + spec + ") - No such process");
            rc = 1;
        }
        return rc;
    }
}
