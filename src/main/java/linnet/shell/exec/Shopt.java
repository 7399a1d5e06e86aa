package linnet.shell.exec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * bash's shopt options (builtins/shopt.def) and the shopt builtin. Only some change what linnet
 * does (extglob, nullglob, failglob, dotglob, nocasematch); the others are kept and listed with
 * bash 5.2's defaults for a non-interactive shell, so scripts that set them run unchanged.
 */
final class Shopt {
    private static final String USAGE = "shopt [-pqsu] [-o] [optname ...]";

    /** bash 5.2's options in its order, with their defaults in bash -c. */
    private static final String[] NAMES = {"autocd", "assoc_expand_once", "cdable_vars", "cdspell", "checkhash",
        "checkjobs", "checkwinsize+", "cmdhist+", "compat31", "compat32", "compat40", "compat41", "compat42", "compat43",
        "compat44", "complete_fullquote+", "direxpand", "dirspell", "dotglob", "execfail", "expand_aliases", "extdebug",
        "extglob", "extquote+", "failglob", "force_fignore+", "globasciiranges+", "globskipdots+", "globstar",
        "gnu_errfmt", "histappend", "histreedit", "histverify", "hostcomplete+", "huponexit", "inherit_errexit",
        "interactive_comments+", "lastpipe", "lithist", "localvar_inherit", "localvar_unset", "login_shell",
        "mailwarn", "no_empty_cmd_completion", "nocaseglob", "nocasematch", "noexpand_translation", "nullglob",
        "patsub_replacement+", "progcomp+", "progcomp_alias", "promptvars+", "restricted_shell", "shift_verbose",
        "sourcepath+", "varredir_close", "xpg_echo"};

    private final Map<String, Boolean> on = new LinkedHashMap<>();

    Shopt() {
        for (String n : NAMES) {
            boolean def = n.endsWith("+");
            on.put(def ? n.substring(0, n.length() - 1) : n, def);
        }
    }

    Shopt copy() {
        Shopt s = new Shopt();
        s.on.putAll(on);
        return s;
    }

    boolean is(String name) { return on.getOrDefault(name, false); }

    /** shopt -s/-u NAME from `bash -O NAME`; false for a name bash does not have. */
    boolean set(String name, boolean value) {
        if (!on.containsKey(name)) return false;
        on.put(name, value);
        return true;
    }

    int run(Shell sh, List<String> args) {
        BuiltinOpts o = BuiltinOpts.parse(sh, "shopt", args, "pqsuo", USAGE);
        if (o == null) return 2;
        boolean p = false, q = false, s = false, u = false;
        for (BuiltinOpts.Opt x : o.opts) {
            switch (x.name()) {
                case 'p' -> p = true;
                case 'q' -> q = true;
                case 's' -> s = true;
                case 'u' -> u = true;
                default -> { }
            }
        }
        if (s && u) {
            sh.error("shopt: cannot set and unset shell options simultaneously");
            return 1;
        }
        List<String> names = o.operands;
        int rc = 0;
        if (names.isEmpty()) {
            // a listing: with -s or -u only the options that are on, or off
            for (var e : on.entrySet()) {
                if ((s && !e.getValue()) || (u && e.getValue())) continue;
                if (!q) print(sh, e.getKey(), e.getValue(), p);
            }
            return 0;
        }
        for (String n : names) {
            if (!on.containsKey(n)) {
                sh.error("shopt: " + n + ": invalid shell option name");
                rc = 1;
                continue;
            }
            if (s || u) on.put(n, s);
            else {
                boolean v = on.get(n);
                if (!q) print(sh, n, v, p);
                if (!v) rc = 1;
            }
        }
        return rc;
    }

    private static void print(Shell sh, String name, boolean v, boolean reusable) {
        if (reusable) sh.out.println("shopt " + (v ? "-s " : "-u ") + name);
        else sh.out.printf("%-15s\t%s%n", name, v ? "on" : "off");
    }
}
