package linnet.tools.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * sed(1) as GNU sed 4.9 behaves: options as getopt_long parses them (permuted, abbreviated long
 * names), the script from -e/-f or the first operand, the input files as one stream (or one each
 * with -s/-i), and GNU's exit statuses: 1 for a bad script or usage, 2 when an input file could
 * not be read, 4 for an I/O error, q's own status otherwise. Standard output is written when sed
 * ends, as a pipe's full buffering makes it appear after the error lines.
 */
public final class Sed implements Tool {
    /** sed.c's long options in its table order (getopt_long lists ambiguous matches in it). */
    private static final String[] LONG = {"binary", "regexp-extended", "debug", "in-place?", "expression=", "file=",
        "line-length=", "null-data", "zero-terminated", "quiet", "posix", "silent", "sandbox", "separate", "unbuffered",
        "version", "help", "follow-symlinks"};

    private static final class Usage extends Exception {
        final String message;

        Usage(String message) { super(null, null, false, false); this.message = message; }
    }

    private boolean quiet, extended, separate, nullData, inPlace;
    private String suffix;
    private int lineWrap = 70;
    private final List<SedScript.Piece_> pieces = new ArrayList<>();
    private final List<String> operands = new ArrayList<>();

    @Override
    public int run(Ctx ctx, List<String> args) {
        return new Sed().exec(ctx, args);
    }

    private int exec(Ctx ctx, List<String> args) {
        try {
            if (!options(ctx, args)) return 0;
        } catch (Usage u) {
            if (u.message != null) ctx.err.println("sed: " + u.message);
            ctx.err.print(SedTexts.USAGE);
            return 1;
        } catch (SedScript.Error e) {
            ctx.err.println("sed: " + e.getMessage());
            return 4;
        }
        SedScript script = new SedScript(extended);
        List<SedCommand> prog;
        try {
            prog = script.compile(pieces);
        } catch (SedScript.Error e) {
            ctx.err.println("sed: " + e.getMessage());
            return e.status;
        }
        if (script.hashN) quiet = true;
        char eol = nullData ? '\0' : '\n';
        String where = pieces.get(pieces.size() - 1).where();
        SedExec ex = new SedExec(prog, quiet, eol, lineWrap, where, f -> readQuietly(ctx, f));
        ex.guard = ctx.host.kernel().loop::checkTimeout;
        if (operands.isEmpty()) operands.add("-");
        int status = 0;
        SedExec.Output out = new SedExec.Output();
        try {
            if (inPlace) {
                for (String f : operands) {
                    String text = readInput(ctx, f, true);
                    if (text == null) { status = Math.max(status, lastReadStatus); continue; }
                    SedExec.Output o = new SedExec.Output();
                    int rc = ex.run(lines(text, f, eol), o);
                    try {
                        if (suffix != null && !suffix.isEmpty()) ctx.host.vfs().write(ctx.ns(), ctx.resolve(backupName(f)), text);
                        ctx.host.vfs().write(ctx.ns(), ctx.resolve(f), o.b.toString());
                    } catch (KernelException e) {
                        ctx.err.println("sed: couldn't open temporary file " + dirOf(f) + "/sedXXXXXX: " + e.errno.text);
                        return 4;
                    }
                    if (rc >= 0) return rc;
                }
                return status;
            }
            List<List<SedExec.Line>> streams = new ArrayList<>();
            List<SedExec.Line> all = new ArrayList<>();
            for (String f : operands) {
                String text = readInput(ctx, f, false);
                if (text == null) { status = Math.max(status, lastReadStatus); continue; }
                List<SedExec.Line> l = lines(text, f, eol);
                if (separate) streams.add(l);
                else all.addAll(l);
            }
            if (!separate) streams.add(all);
            for (List<SedExec.Line> s : streams) {
                int rc = ex.run(s, out);
                if (rc >= 0) {
                    status = rc;
                    // q stops reading: a pipe's writer may be left with the rest
                    if (operands.equals(List.of("-"))) ctx.stdinReadUpTo(ex.readBytes());
                    break;
                }
            }
        } catch (SedExec.RuntimeError e) {
            ctx.out.print(out.b);
            ctx.err.println("sed: " + e.getMessage());
            return 1;
        }
        ctx.out.print(out.b);
        for (var w : ex.wfiles.entrySet()) {
            if (w.getKey().equals("/dev/stderr")) { ctx.err.print(w.getValue().b); continue; }
            try {
                ctx.host.vfs().write(ctx.ns(), ctx.resolve(w.getKey()), w.getValue().b.toString());
            } catch (KernelException e) {
                ctx.err.println("sed: couldn't open file " + w.getKey() + ": " + e.errno.text);
                return 4;
            }
        }
        return status;
    }

    private static String dirOf(String f) {
        int s = f.lastIndexOf('/');
        return s < 0 ? "." : s == 0 ? "" : f.substring(0, s);
    }

    private String backupName(String f) {
        if (suffix.contains("*")) {
            int s = f.lastIndexOf('/');
            String base = f.substring(s + 1);
            String b = suffix.replace("*", base);
            return b.contains("/") ? b : f.substring(0, s + 1) + b;
        }
        return f + suffix;
    }

    private int lastReadStatus;

    /** An input file's text, or null after reporting why it cannot be read. */
    private String readInput(Ctx ctx, String f, boolean edit) {
        if (f.equals("-") && !edit) return ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.UTF_8);
        try {
            return ctx.host.vfs().read(ctx.ns(), ctx.resolve(f));
        } catch (KernelException e) {
            if (e.errno == Errno.EISDIR) {
                ctx.err.println(edit ? "sed: couldn't edit " + f + ": not a regular file"
                        : "sed: read error on " + f + ": Is a directory");
                lastReadStatus = 4;
            } else {
                ctx.err.println("sed: can't read " + f + ": " + e.errno.text);
                lastReadStatus = 2;
            }
            return null;
        }
    }

    private static String readQuietly(Ctx ctx, String f) {
        try {
            return ctx.host.vfs().read(ctx.ns(), ctx.resolve(f));
        } catch (KernelException e) {
            return null;
        }
    }

    static List<SedExec.Line> lines(String text, String file, char eol) {
        List<SedExec.Line> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int e = text.indexOf(eol, start);
            if (e < 0) {
                out.add(new SedExec.Line(text.substring(start), false, file));
                break;
            }
            out.add(new SedExec.Line(text.substring(start, e), true, file));
            start = e + 1;
        }
        return out;
    }

    /** getopt_long over sed's options; false when --help/--version answered. */
    private boolean options(Ctx ctx, List<String> args) throws Usage, SedScript.Error {
        int exprs = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2), val = null;
                int eq = name.indexOf('=');
                if (eq >= 0) { val = name.substring(eq + 1); name = name.substring(0, eq); }
                String opt = longOption(name, a);
                boolean needs = opt.endsWith("="), optional = opt.endsWith("?");
                String base = needs || optional ? opt.substring(0, opt.length() - 1) : opt;
                if (!needs && !optional && val != null)
                    throw new Usage("option '--" + base + "' doesn't allow an argument");
                if (needs && val == null) {
                    if (i + 1 >= args.size()) throw new Usage("option '--" + base + "' requires an argument");
                    val = args.get(++i);
                }
                switch (base) {
                    case "quiet", "silent" -> quiet = true;
                    case "expression" -> pieces.add(new SedScript.Piece_(val, "-e expression #" + ++exprs, false));
                    case "file" -> pieces.add(scriptFile(ctx, val));
                    case "in-place" -> { inPlace = true; separate = true; suffix = val; }
                    case "line-length" -> lineWrap = atoi(val);
                    case "null-data", "zero-terminated" -> nullData = true;
                    case "regexp-extended" -> extended = true;
                    case "separate" -> separate = true;
                    case "help" -> { ctx.out.print(SedTexts.USAGE + "E-mail bug reports to: <bug-sed@gnu.org>.\n"); return false; }
                    case "version" -> { ctx.out.print(SedTexts.VERSION); return false; }
                    default -> { /* --posix, --debug, --sandbox, --unbuffered, --binary, --follow-symlinks */ }
                }
                continue;
            }
            if (a.length() < 2 || a.charAt(0) != '-') {
                operands.add(a);
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                switch (c) {
                    case 'n' -> quiet = true;
                    case 'r', 'E' -> extended = true;
                    case 's' -> separate = true;
                    case 'z' -> nullData = true;
                    case 'u', 'b' -> { }
                    case 'i' -> {
                        inPlace = true;
                        separate = true;
                        suffix = k + 1 < a.length() ? a.substring(k + 1) : null;
                        k = a.length();
                    }
                    case 'e', 'f', 'l' -> {
                        String val;
                        if (k + 1 < a.length()) val = a.substring(k + 1);
                        else if (i + 1 < args.size()) val = args.get(++i);
                        else throw new Usage("option requires an argument -- '" + c + "'");
                        k = a.length();
                        if (c == 'e') pieces.add(new SedScript.Piece_(val, "-e expression #" + ++exprs, false));
                        else if (c == 'f') pieces.add(scriptFile(ctx, val));
                        else lineWrap = atoi(val);
                    }
                    default -> throw new Usage("invalid option -- '" + c + "'");
                }
            }
        }
        if (pieces.isEmpty()) {
            if (operands.isEmpty()) throw new Usage(null);
            pieces.add(new SedScript.Piece_(operands.remove(0), "-e expression #1", false));
        }
        return true;
    }

    private static int atoi(String s) {
        int n = 0, i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && n < 100_000_000) n = n * 10 + s.charAt(i++) - '0';
        return n;
    }

    /** A long option by its name or an unambiguous prefix of it (getopt_long). */
    private static String longOption(String name, String arg) throws Usage {
        List<String> hits = new ArrayList<>();
        for (String o : LONG) {
            String base = o.replaceAll("[=?]$", "");
            if (base.equals(name)) return o;
            if (base.startsWith(name)) hits.add(o);
        }
        if (hits.size() == 1) return hits.get(0);
        if (hits.isEmpty()) throw new Usage("unrecognized option '" + arg + "'");
        StringBuilder b = new StringBuilder("option '" + arg + "' is ambiguous; possibilities:");
        for (String h : hits) b.append(" '--").append(h.replaceAll("[=?]$", "")).append('\'');
        throw new Usage(b.toString());
    }

    private static SedScript.Piece_ scriptFile(Ctx ctx, String f) throws SedScript.Error {
        String text;
        if (f.equals("-")) text = ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.UTF_8);
        else {
            try {
                text = ctx.host.vfs().read(ctx.ns(), ctx.resolve(f));
            } catch (KernelException e) {
                throw new SedScript.Error("couldn't open file " + f + ": " + e.errno.text);
            }
        }
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        return new SedScript.Piece_(text, "file " + f, true);
    }
}
