package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * rm(1) of coreutils 9.1: -f (no complaint about a missing name, no operand is fine), -r/-R
 * (depth first; a directory is left alone once something in it could not go), -d (empty
 * directories), -v; '/' is refused under -r unless --no-preserve-root, '.' and '..' are
 * skipped. -i and -I are taken but never ask (standard input is not a terminal).
 */
public final class Rm implements Tool {
    private boolean force, recursive, dirs, verbose, preserveRoot = true;

    @Override
    public int run(Ctx ctx, List<String> args) {
        Rm r = new Rm();
        return r.main(ctx, args);
    }

    private int main(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("rm", "dfirvIR", 1).longOpt("force", 0, "f").longOpt("interactive", 2, "i")
                .longOpt("one-file-system", 0, "x").longOpt("no-preserve-root", 0, "N").longOpt("preserve-root", 2, "P")
                .longOpt("recursive", 0, "r").longOpt("dir", 0, "d").longOpt("verbose", 0, "v").parse(ctx, args);
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "f" -> force = true;
                case "i", "I" -> force = false;
                case "r", "R" -> recursive = true;
                case "d" -> dirs = true;
                case "v" -> verbose = true;
                case "N" -> preserveRoot = false;
                case "P" -> preserveRoot = true;
                default -> { }
            }
        }
        if (o.operands.isEmpty()) {
            if (force) return 0;
            o.fail(ctx, "missing operand");
        }
        int rc = 0;
        for (String p : o.operands) if (!removeOperand(ctx, p)) rc = 1;
        return rc;
    }

    private boolean removeOperand(Ctx ctx, String p) {
        String last = Files.base(p);
        if ((recursive || dirs) && (last.equals(".") || last.equals(".."))) {
            ctx.err.println("rm: refusing to remove '.' or '..' directory: skipping " + Quote.af(p));
            return false;
        }
        if (recursive && preserveRoot && ctx.resolve(p).equals("/")) {
            ctx.err.println("rm: it is dangerous to operate recursively on " + Quote.af(p)
                    + (p.equals("/") ? "" : " (same as '/')"));
            ctx.err.println("rm: use --no-preserve-root to override this failsafe");
            return false;
        }
        Stat st = Files.lstat(ctx, p);
        if (st == null) {
            Errno why = why(ctx, p);
            if (force && why == Errno.ENOENT) return true;
            ctx.err.println("rm: cannot remove " + Quote.af(p) + ": " + why.text);
            return false;
        }
        // fts shows a root given with trailing slashes with one
        String shown = p.replaceAll("/+$", "/");
        if (shown.isEmpty()) shown = p;
        return remove(ctx, shown, st);
    }

    /** Why lstat failed (ENOENT, ENOTDIR for "file/"). */
    private static Errno why(Ctx ctx, String p) {
        try {
            ctx.host.vfs().lstat(ctx.ns(), Files.abs(ctx, p));
            return Errno.ENOENT;
        } catch (KernelException e) {
            return e.errno;
        }
    }

    private boolean remove(Ctx ctx, String shown, Stat st) {
        var vfs = ctx.host.vfs();
        String abs = Files.abs(ctx, shown);
        if (!st.isDirectory()) {
            try {
                vfs.unlink(ctx.ns(), abs);
                if (verbose) ctx.out.println("removed " + Quote.af(shown));
                return true;
            } catch (KernelException e) {
                ctx.err.println("rm: cannot remove " + Quote.af(shown) + ": " + e.errno.text);
                return false;
            }
        }
        if (!recursive && !dirs) {
            ctx.err.println("rm: cannot remove " + Quote.af(shown) + ": " + Errno.EISDIR.text);
            return false;
        }
        if (recursive) {
            List<String> names;
            try {
                names = vfs.list(ctx.ns(), abs);
            } catch (KernelException e) {
                ctx.err.println("rm: cannot remove " + Quote.af(shown) + ": " + e.errno.text);
                return false;
            }
            boolean ok = true;
            String prefix = shown.endsWith("/") ? shown : shown + "/";
            for (String n : names) {
                String child = prefix + n;
                Stat cs = Files.lstat(ctx, child);
                if (cs == null) continue;
                if (!remove(ctx, child, cs)) ok = false;
            }
            if (!ok) return false;
        }
        try {
            vfs.rmdir(ctx.ns(), abs);
            if (verbose) ctx.out.println("removed directory " + Quote.af(shown));
            return true;
        } catch (KernelException e) {
            ctx.err.println("rm: cannot remove " + Quote.af(shown) + ": " + e.errno.text);
            return false;
        }
    }
}
