package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * realpath(1) of GNU coreutils 9.1: the canonical name (all but the last component must exist;
 * -e all, -m none), -s without following symlinks, -L with '..' taken before symlinks,
 * --relative-to / --relative-base, -z. Each failure is reported (unless -q) and makes the status 1.
 */
public final class Realpath implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("realpath", "eLmPqsz", 1).longOpt("canonicalize-existing", 0, "e")
                .longOpt("canonicalize-missing", 0, "m").longOpt("logical", 0, "L").longOpt("physical", 0, "P")
                .longOpt("quiet", 0, "q").longOpt("strip", 0, "s").longOpt("no-symlinks", 0, "s")
                .longOpt("zero", 0, "z").longOpt("relative-to", 1, "R").longOpt("relative-base", 1, "B")
                .parse(ctx, args);
        Canonical.Mode mode = Canonical.Mode.ALL_BUT_LAST;
        boolean logical = false, quiet = false, follow = true, zero = false;
        String relTo = null, relBase = null;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "e" -> mode = Canonical.Mode.EXISTING;
                case "m" -> mode = Canonical.Mode.MISSING;
                case "L" -> logical = true;
                case "P" -> logical = false;
                case "q" -> quiet = true;
                case "s" -> follow = false;
                case "z" -> zero = true;
                case "R" -> relTo = opt.arg();
                case "B" -> relBase = opt.arg();
                default -> { }
            }
        }
        if (o.operands.isEmpty()) o.fail(ctx, "missing operand");
        String to = null, base = null;
        if (relTo != null) {
            to = canonical(ctx, relTo, mode, logical, follow, quiet);
            if (to == null) return 1;
        }
        if (relBase != null) {
            base = canonical(ctx, relBase, mode, logical, follow, quiet);
            if (base == null) return 1;
        }
        // a --relative-to outside --relative-base counts for nothing
        if (to != null && base != null && !under(to, base)) {
            to = null;
            base = null;
        } else if (to == null) {
            to = base;
        }
        int rc = 0;
        StringBuilder out = new StringBuilder();
        for (String name : o.operands) {
            String p = canonical(ctx, name, mode, logical, follow, quiet);
            if (p == null) {
                rc = 1;
                continue;
            }
            if (to != null && (base == null || under(p, base))) p = relative(to, p);
            out.append(p).append(zero ? '\0' : '\n');
        }
        ctx.out.print(out);
        ctx.out.flush();
        return rc;
    }

    private static String canonical(Ctx ctx, String name, Canonical.Mode mode, boolean logical, boolean follow,
            boolean quiet) {
        String n = logical && !name.isEmpty() ? ctx.resolve(name) : name;
        Canonical.Result r = Canonical.resolve(ctx, n, mode, follow);
        if (r.error() != null) {
            if (!quiet) ctx.err.println("realpath: " + (name.isEmpty() ? "''" : Input.quote(name)) + ": " + r.error().text);
            return null;
        }
        return r.path();
    }

    private static boolean under(String p, String dir) {
        return dir.equals("/") || p.equals(dir) || p.startsWith(dir + "/");
    }

    /** The way from directory {@code from} to {@code to}, both canonical: "..", "sub/f", ".". */
    private static String relative(String from, String to) {
        List<String> a = parts(from), b = parts(to);
        int common = 0;
        while (common < a.size() && common < b.size() && a.get(common).equals(b.get(common))) common++;
        List<String> out = new ArrayList<>();
        for (int i = common; i < a.size(); i++) out.add("..");
        out.addAll(b.subList(common, b.size()));
        return out.isEmpty() ? "." : String.join("/", out);
    }

    private static List<String> parts(String p) {
        List<String> out = new ArrayList<>();
        for (String s : p.split("/")) if (!s.isEmpty()) out.add(s);
        return out;
    }
}
