package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.FileType;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * chmod(1) of coreutils 9.1: MODE (octal or symbolic, see {@link Modes}) applied to each FILE
 * (symlinks followed; under -R the ones met inside a tree are left alone), -v/-c to tell, -f to
 * keep quiet. A mode that looks like an option (-w, -x, -rwx) is a mode. A symbolic change
 * without ugoa that the umask kept from taking full effect is reported ("new permissions are").
 */
public final class Chmod implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        // chmod takes "-w" and the like as the mode: pull such words out before getopt sees them
        List<String> rest = new ArrayList<>();
        String modeWord = null;
        boolean ended = false;
        for (String a : args) {
            if (!ended && modeWord == null && a.length() > 1 && a.charAt(0) == '-' && a.substring(1).matches("[rwxXst]+([-+=].*|,.*)?|[-+=].*|[0-7].*")
                    && !a.equals("--")) {
                modeWord = a;
                continue;
            }
            if (a.equals("--")) ended = true;
            rest.add(a);
        }
        GnuOpts o = new GnuOpts("chmod", "Rcfv", 1).longOpt("recursive", 0, "R").longOpt("changes", 0, "c")
                .longOpt("silent", 0, "f").longOpt("quiet", 0, "f").longOpt("verbose", 0, "v")
                .longOpt("reference", 1, "ref").longOpt("no-preserve-root", 0, "N").longOpt("preserve-root", 0, "P")
                .parse(ctx, rest);
        boolean recursive = false, changes = false, quiet = false, verbose = false;
        String reference = null;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "R" -> recursive = true;
                case "c" -> changes = true;
                case "f" -> quiet = true;
                case "v" -> verbose = true;
                case "ref" -> reference = op.arg();
                default -> { }
            }
        }
        List<String> ops = new ArrayList<>(o.operands);
        if (modeWord != null) ops.add(0, modeWord);
        if (reference == null && ops.isEmpty()) o.fail(ctx, "missing operand");
        if (reference == null && ops.size() == 1) o.fail(ctx, "missing operand after " + Quote.locale(ops.get(0)));
        Modes mode;
        if (reference != null) {
            Stat r = Files.stat(ctx, reference);
            if (r == null) {
                ctx.err.println("chmod: failed to get attributes of " + Quote.af(reference) + ": "
                        + Cp.why(ctx, reference, true).text);
                return 1;
            }
            mode = Modes.compile(Integer.toOctalString(r.mode() & 07777));
            if (ops.isEmpty()) o.fail(ctx, "missing operand");
        } else {
            mode = Modes.compile(ops.get(0));
            if (mode == null) o.fail(ctx, "invalid mode: " + Quote.locale(ops.get(0)));
            ops = ops.subList(1, ops.size());
        }
        Run r = new Run(ctx, mode, recursive, changes, quiet, verbose);
        int rc = 0;
        for (String f : ops) if (!r.change(f, true)) rc = 1;
        return rc;
    }

    private record Run(Ctx ctx, Modes mode, boolean recursive, boolean changes, boolean quiet, boolean verbose) {
        boolean change(String f, boolean commandLine) {
            Stat l = Files.lstat(ctx, f);
            if (!commandLine && l != null && l.type() == FileType.SYMLINK) return true;
            Stat st = Files.stat(ctx, f);
            if (st == null) {
                if (!quiet) {
                    ctx.err.println("chmod: cannot access " + Quote.af(f) + ": " + Cp.why(ctx, f, true).text);
                }
                return false;
            }
            int old = st.mode() & 07777;
            int now = mode.apply(old, st.isDirectory(), Mkdir.UMASK);
            boolean ok = true;
            try {
                ctx.host.vfs().chmod(ctx.ns(), Files.abs(ctx, f), now);
                if (verbose || changes && now != old) {
                    if (now == old) ctx.out.println("mode of " + Quote.af(f) + " retained as " + describe(now, st));
                    else ctx.out.println("mode of " + Quote.af(f) + " changed from " + describe(old, st) + " to "
                            + describe(now, st));
                }
            } catch (KernelException e) {
                if (!quiet) ctx.err.println("chmod: changing permissions of " + Quote.af(f) + ": " + e.errno.text);
                ok = false;
            }
            if (ok && mode.umaskMatters()) {
                int naive = mode.apply(old, st.isDirectory(), 0);
                if ((now & ~naive) != 0) {
                    // what the user asked for, had the umask not been applied
                    if (!quiet) ctx.err.println("chmod: " + Quote.f(f) + ": new permissions are "
                            + Modes.rwx(now) + ", not " + Modes.rwx(naive));
                    ok = false;
                }
            }
            if (recursive && st.isDirectory()) {
                try {
                    for (String n : ctx.host.vfs().list(ctx.ns(), ctx.resolve(f))) {
                        if (!change(Files.join(f, n), false)) ok = false;
                    }
                } catch (KernelException e) {
                    if (!quiet) ctx.err.println("chmod: cannot read directory " + Quote.af(f) + ": " + e.errno.text);
                    ok = false;
                }
            }
            return ok;
        }
    }

    /** "0644 (rw-r--r--)" as -v shows a mode. */
    private static String describe(int mode, Stat unused) {
        return String.format("%04o (%s)", mode, Modes.rwx(mode));
    }
}
