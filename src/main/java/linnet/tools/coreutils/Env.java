package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * env(1) of GNU coreutils 9.1: prints the environment (-0: NUL-terminated), or runs a command
 * in a changed one: -i / "-" start empty, -u NAME removes, NAME=VALUE sets, -C DIR changes
 * directory, -S splits one string into words (quotes, escapes, ${NAME}), -v reports each step.
 * env's own errors exit 125; a command that cannot run 126, one not found 127.
 */
public final class Env implements Tool {
    private static final int FAIL = 125;

    @Override
    public int run(Ctx ctx, List<String> args) {
        List<String> argv = new ArrayList<>(args);
        GnuOpts o = options(ctx, argv);
        boolean ignore = false, nul = false, verbose = false;
        String dir = null;
        List<String> unset = new ArrayList<>();
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "i" -> ignore = true;
                case "0" -> nul = true;
                case "v" -> verbose = true;
                case "C" -> dir = opt.arg();
                case "u" -> unset.add(opt.arg());
                default -> { }
            }
        }
        List<String> ops = new ArrayList<>(o.operands);
        if (!ops.isEmpty() && ops.get(0).equals("-")) {
            ignore = true;
            ops.remove(0);
        }
        Map<String, String> env = new LinkedHashMap<>();
        if (ignore) {
            if (verbose) ctx.err.println("cleaning environ");
        } else {
            env.putAll(ctx.env);
        }
        for (String name : unset) {
            if (name.isEmpty() || name.contains("=")) {
                ctx.err.println("env: cannot unset " + Input.quoteAlways(name) + ": Invalid argument");
                return FAIL;
            }
            if (verbose && !ignore) ctx.err.println("unset:    " + name);
            env.remove(name);
        }
        int i = 0;
        for (; i < ops.size() && ops.get(i).contains("="); i++) {
            String a = ops.get(i);
            if (verbose) ctx.err.println("setenv:   " + a);
            int eq = a.indexOf('=');
            env.remove(a.substring(0, eq));
            env.put(a.substring(0, eq), a.substring(eq + 1));
        }
        List<String> command = ops.subList(i, ops.size());
        if (command.isEmpty()) {
            if (dir != null) {
                ctx.err.println("env: must specify command with --chdir (-C)");
                o.fail(ctx, null);
            }
            StringBuilder out = new StringBuilder();
            char end = nul ? '\0' : '\n';
            env.forEach((k, v) -> out.append(k).append('=').append(v).append(end));
            ctx.out.print(out);
            ctx.out.flush();
            return 0;
        }
        String cwd = ctx.cwd;
        if (dir != null) {
            String target = ctx.resolve(dir);
            if (!ctx.host.vfs().isDirectory(ctx.ns(), target)) {
                String why = ctx.host.vfs().exists(ctx.ns(), target) ? "Not a directory" : "No such file or directory";
                ctx.err.println("env: cannot change directory to " + Input.quoteAlways(dir) + ": " + why);
                return FAIL;
            }
            cwd = target;
        }
        if (verbose) {
            ctx.err.println("executing: " + command.get(0));
            for (int k = 0; k < command.size(); k++) ctx.err.println("   arg[" + k + "]= " + debugQuote(command.get(k)));
        }
        Ctx child = ctx.withCwdEnv(cwd, java.util.Collections.unmodifiableMap(env));
        ctx.out.flush();
        Integer rc = ctx.exec.execvp(child, new ArrayList<>(command));
        if (rc != null) return rc;
        String e = ctx.exec.execError(ctx, command.get(0));
        ctx.err.println("env: " + Input.quoteAlways(command.get(0)) + ": " + e);
        return e.equals("No such file or directory") ? 127 : 126;
    }

    /** Parses the options; an -S string is split and its words take its place, as GNU re-reads them. */
    private static GnuOpts options(Ctx ctx, List<String> argv) {
        {
            GnuOpts o = new GnuOpts("env", "+C:iS:u:v0", FAIL).longOpt("ignore-environment", 0, "i")
                    .longOpt("null", 0, "0").longOpt("unset", 1, "u").longOpt("chdir", 1, "C")
                    .longOpt("split-string", 1, "S").longOpt("debug", 0, "v").parse(ctx, argv);
            int at = -1;
            for (int k = 0; k < o.opts.size(); k++) if (o.opts.get(k).key().equals("S")) at = k;
            if (at < 0) return o;
            String s = o.opts.get(at).arg();
            boolean verbose = o.opts.stream().anyMatch(x -> x.key().equals("v"));
            // Rebuild argv: the options before -S, the split words, then what followed.
            List<String> split = split(ctx, s, Map.copyOf(ctx.env));
            if (verbose) {
                ctx.err.println("split -S:  " + debugQuote(s));
                for (int k = 0; k < split.size(); k++) ctx.err.println((k == 0 ? " into:    " : "     &    ") + debugQuote(split.get(k)));
            }
            List<String> next = new ArrayList<>();
            for (int k = 0; k < o.opts.size(); k++) {
                if (k == at) continue;
                GnuOpts.Opt x = o.opts.get(k);
                next.add(x.key().length() == 1 ? "-" + x.key() : x.key());
                if (x.arg() != null) next.add(x.arg());
            }
            next.addAll(split);
            next.addAll(o.operands);
            // getopt goes on over the split words as if they had been typed (one -S only)
            return new GnuOpts("env", "+C:iu:v0", FAIL).longOpt("ignore-environment", 0, "i").longOpt("null", 0, "0")
                    .longOpt("unset", 1, "u").longOpt("chdir", 1, "C").longOpt("debug", 0, "v").parse(ctx, next);
        }
    }

    /** The quoting of env's -v report: in single quotes, backslashes doubled. */
    private static String debugQuote(String s) { return "'" + s.replace("\\", "\\\\") + "'"; }

    /** -S's string as words: blanks separate, '...' and "..." quote, backslash escapes, ${NAME}, # comments. */
    private static List<String> split(Ctx ctx, String s, Map<String, String> env) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
                else if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '\\' || s.charAt(i + 1) == '\'')) {
                    cur.append(s.charAt(++i));
                } else cur.append(c);
                continue;
            }
            if (quote == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b')) {
                if (inWord) words.add(cur.toString());
                cur.setLength(0);
                inWord = false;
                continue;
            }
            if (quote == 0 && c == '#' && !inWord) break;
            if (c == '\'' || c == '"') {
                if (quote == c) quote = 0;
                else if (quote == 0) quote = c;
                else cur.append(c);
                inWord = true;
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) fail(ctx, "invalid backslash at end of string in -S");
                char n = s.charAt(++i);
                switch (n) {
                    case '\\', '\'', '"', '#', '$' -> cur.append(n);
                    case '_' -> {
                        if (quote == '"') cur.append(' ');
                        else {
                            if (inWord) words.add(cur.toString());
                            cur.setLength(0);
                            inWord = false;
                            continue;
                        }
                    }
                    case 'c' -> {
                        if (quote != 0) fail(ctx, "'\\c' must not appear in double-quoted -S string");
                        if (inWord) words.add(cur.toString());
                        return words;
                    }
                    case 'f' -> cur.append('\f');
                    case 'n' -> cur.append('\n');
                    case 'r' -> cur.append('\r');
                    case 't' -> cur.append('\t');
                    case 'v' -> cur.append('\u000b');
                    default -> fail(ctx, "invalid sequence '\\" + n + "' in -S");
                }
                inWord = true;
                continue;
            }
            if (c == '$') {
                int close = s.indexOf('}', i);
                boolean ok = i + 1 < s.length() && s.charAt(i + 1) == '{' && close > i + 2
                        && s.substring(i + 2, close).matches("[A-Za-z_][A-Za-z0-9_]*");
                if (!ok) fail(ctx, "only ${VARNAME} expansion is supported, error at: " + s.substring(i));
                cur.append(env.getOrDefault(s.substring(i + 2, close), ""));
                i = close;
                inWord = true;
                continue;
            }
            cur.append(c);
            inWord = true;
        }
        if (quote != 0) fail(ctx, "no terminating quote in -S string");
        if (inWord) words.add(cur.toString());
        return words;
    }

    private static void fail(Ctx ctx, String message) {
        ctx.err.println("env: " + message);
        throw new ToolExit(FAIL);
    }
}
