package linnet.tools.sysctl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Sysctl;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.PosixRegex;

/**
 * sysctl(8) of procps 4.0.2: read `key` (a directory lists its subtree), write `key=value` (with or
 * without -w), `-a` (everything, or `-r PATTERN`), `-n` values only, `-N` names only, `-e` no
 * errors for unknown keys, `-q` no echo of writes, `-p FILE`. It reaches the kernel only through
 * /proc/sys files, and its messages are procps's: a write-only file reads as nothing, an EIO read
 * (an unset stable_secret) fails silently, a file without write permission fails a write with the
 * errno text procps happens to print there (Invalid argument).
 */
public final class SysctlTool implements Tool {
    /** procps hides these from listings (they have _ms twins); they can still be read by name. */
    private static final List<String> DEPRECATED = List.of("base_reachable_time", "retrans_time");

    private boolean valuesOnly, namesOnly, ignore, quiet;

    @Override
    public int run(Ctx ctx, List<String> args) {
        valuesOnly = namesOnly = ignore = quiet = false;
        boolean write = false, all = false;
        java.util.function.Predicate<String> pattern = null;
        String file = null;
        boolean load = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.length() < 2 || rest.size() > 0 && !a.startsWith("-")) {
                rest.add(a);
                continue;
            }
            if (a.equals("--all")) { all = true; continue; }
            if (a.equals("--values")) { valuesOnly = true; continue; }
            if (a.equals("--names")) { namesOnly = true; continue; }
            if (a.equals("--ignore")) { ignore = true; continue; }
            if (a.equals("--quiet")) { quiet = true; continue; }
            if (a.equals("--write")) { write = true; continue; }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                switch (c) {
                    case 'a', 'A', 'X' -> all = true;
                    case 'n' -> valuesOnly = true;
                    case 'N' -> namesOnly = true;
                    case 'e' -> ignore = true;
                    case 'q' -> quiet = true;
                    case 'w' -> write = true;
                    case 'b' -> valuesOnly = true;
                    case 'p' -> {
                        load = true;
                        if (j + 1 < a.length()) file = a.substring(j + 1);
                        else if (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) file = args.get(++i);
                        j = a.length();
                    }
                    case 'r' -> {
                        String p = j + 1 < a.length() ? a.substring(j + 1) : (i + 1 < args.size() ? args.get(++i) : "");
                        // pattern_match: regcomp(REG_EXTENDED); a pattern regcomp refuses matches nothing
                        try {
                            PosixRegex re = PosixRegex.compile(p, PosixRegex.Syntax.EXTENDED, 0);
                            pattern = re::matchesIn;
                        } catch (PosixRegex.SyntaxError e) {
                            pattern = key -> false;
                        }
                        j = a.length();
                    }
                    default -> {
                        ctx.err.println("sysctl: invalid option -- '" + c + "'");
                        usage(ctx);
                        return 1;
                    }
                }
            }
        }
        if (load) {
            String f = file != null ? file : "/etc/sysctl.conf";
            ctx.err.println("sysctl: cannot open \"" + f + "\": No such file or directory");
            return 1;
        }
        if (all) return listTree(ctx, "", pattern);
        if (rest.isEmpty()) {
            ctx.err.println("sysctl: no variables specified");
            usage(ctx);
            return 1;
        }
        // procps adds up failed reads but ORs failed writes into the status, in argument order
        // (`sysctl a.b c.d` exits 2, `sysctl a.b c.d=1` exits 1, `sysctl c.d=1 a.b` exits 2).
        int rc = 0;
        for (String a : rest) {
            int eq = a.indexOf('=');
            if (eq >= 0) rc |= writeOne(ctx, a.substring(0, eq), a.substring(eq + 1));
            else if (write) {
                ctx.err.println("sysctl: command line(0): invalid syntax, continuing...");
                rc |= 1;
            } else rc += readOne(ctx, a, pattern);
        }
        return rc;
    }

    private static String keyOf(String name) { return name.replace('/', '.'); }

    private static String pathOf(String key) { return "/proc/sys/" + key.replace('.', '/'); }

    private int readOne(Ctx ctx, String name, java.util.function.Predicate<String> pattern) {
        String key = keyOf(name);
        Sysctl s = ctx.net.sysctl;
        if (s.get(key) == null) {
            if (s.isDirectory(key)) return listTree(ctx, key + ".", pattern);
            if (ignore) return 0;
            ctx.err.println("sysctl: cannot stat " + pathOf(key) + ": No such file or directory");
            return 1;
        }
        if (pattern != null && !pattern.test(key)) return 0;
        return show(ctx, key);
    }

    /** Prints one key; a write-only file prints nothing (exit 0), an EIO read fails silently. */
    private int show(Ctx ctx, String key) {
        Sysctl.Entry e = ctx.net.sysctl.get(key);
        if ((e.mode() & 0400) == 0) return 0;
        if (namesOnly) {
            ctx.out.println(key);
            return 0;
        }
        try {
            String v = ctx.host.vfs().read(ctx.ns(), pathOf(key));
            if (v.endsWith("\n")) v = v.substring(0, v.length() - 1);
            ctx.out.println(valuesOnly ? v : key + " = " + v);
            return 0;
        } catch (KernelException ex) {
            if (ex.errno == Errno.EIO) return 1;
            ctx.err.println("sysctl: reading key \"" + key + "\": " + ex.errno.text);
            return 1;
        }
    }

    /** DisplayAll: every readable key under {@code prefix}, sorted, without the deprecated names. */
    private int listTree(Ctx ctx, String prefix, java.util.function.Predicate<String> pattern) {
        for (Sysctl.Entry e : ctx.net.sysctl.list(prefix)) {
            String last = e.key.substring(e.key.lastIndexOf('.') + 1);
            if (DEPRECATED.contains(last)) continue;
            if (pattern != null && !pattern.test(e.key)) continue;
            show(ctx, e.key);
        }
        return 0;
    }

    private int writeOne(Ctx ctx, String name, String value) {
        String key = keyOf(name);
        if (key.isEmpty()) {
            ctx.err.println("sysctl: malformed setting \"=" + value + "\"");
            return 1;
        }
        // procps skips the blanks after '=' (and before it) before writing and echoing.
        value = value.stripLeading();
        key = key.strip();
        Sysctl.Entry e = ctx.net.sysctl.get(key);
        if (e == null) {
            if (ignore) return 0;
            ctx.err.println("sysctl: cannot stat " + pathOf(key) + ": No such file or directory");
            return 1;
        }
        if ((e.mode() & 0200) == 0) {
            // procps warns here but does not count it as a failure (exit 0).
            ctx.err.println("sysctl: setting key \"" + key + "\": Invalid argument");
            return 0;
        }
        try {
            ctx.host.vfs().write(ctx.ns(), pathOf(key), value);
        } catch (KernelException ex) {
            ctx.err.println("sysctl: setting key \"" + key + "\": " + ex.errno.text);
            return 1;
        }
        if (!quiet) ctx.out.println(valuesOnly ? value : key + " = " + value);
        return 0;
    }

    private static void usage(Ctx ctx) {
        ctx.err.println();
        ctx.err.println("Usage:");
        ctx.err.println(" sysctl [options] [variable[=value] ...]");
        ctx.err.println();
        ctx.err.println("Options:");
        ctx.err.println("  -a, --all            display all variables");
        ctx.err.println("  -A                   alias of -a");
        ctx.err.println("  -X                   alias of -a");
        ctx.err.println("      --deprecated     include deprecated parameters to listing");
        ctx.err.println("  -b, --binary         print value without new line");
        ctx.err.println("  -e, --ignore         ignore unknown variables errors");
        ctx.err.println("  -N, --names          print variable names without values");
        ctx.err.println("  -n, --values         print only values of the given variable(s)");
        ctx.err.println("  -p, --load[=<file>]  read values from file");
        ctx.err.println("  -f                   alias of -p");
        ctx.err.println("      --system         read values from all system directories");
        ctx.err.println("  -r, --pattern <expression>");
        ctx.err.println("                       select setting that match expression");
        ctx.err.println("  -q, --quiet          do not echo variable set");
        ctx.err.println("  -w, --write          enable writing a value to variable");
        ctx.err.println("  -o                   does nothing");
        ctx.err.println("  -x                   does nothing");
        ctx.err.println("  -d                   alias of -h");
        ctx.err.println();
        ctx.err.println(" -h, --help     display this help and exit");
        ctx.err.println(" -V, --version  output version information and exit");
        ctx.err.println();
        ctx.err.println("For more details see sysctl(8).");
    }
}
