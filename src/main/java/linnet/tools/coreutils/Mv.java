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
 * mv(1) of coreutils 9.1: rename(2) of SOURCE to DEST or into DIRECTORY (-t, -T as cp has them);
 * across file systems (EXDEV: into or out of the kernel's files) it copies with modes and times
 * and then removes the source, reporting what could not be removed. -n, -v; -f and -i are taken.
 */
public final class Mv implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("mv", "bfinS:t:uvTZ", 1).longOpt("force", 0, "f").longOpt("interactive", 0, "i")
                .longOpt("no-clobber", 0, "n").longOpt("verbose", 0, "v").longOpt("target-directory", 1, "t")
                .longOpt("no-target-directory", 0, "T").longOpt("update", 2, "u").parse(ctx, args);
        Cp.Options opt = new Cp.Options();
        opt.prog = "mv";
        String target = null;
        boolean noTargetDir = false;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "v" -> opt.verbose = true;
                case "n" -> opt.noClobber = true;
                case "t" -> target = op.arg();
                case "T" -> noTargetDir = true;
                default -> { }
            }
        }
        return Cp.main(ctx, o, opt, target, noTargetDir);
    }

    static boolean move(Ctx ctx, Cp.Options opt, String src, String dst) {
        Stat ss = Files.lstat(ctx, src);
        if (ss == null) {
            ctx.err.println("mv: cannot stat " + Quote.af(src) + ": " + Cp.why(ctx, src, false).text);
            return false;
        }
        Stat dl = Files.lstat(ctx, dst);
        Stat ds = Files.stat(ctx, dst);
        if (Files.same(ss, dl)) {
            ctx.err.println("mv: " + Quote.af(src) + " and " + Quote.af(dst) + " are the same file");
            return false;
        }
        String sa = ctx.resolve(src), da = ctx.resolve(dst);
        if (ss.isDirectory() && da.startsWith(sa.equals("/") ? "/" : sa + "/")) {
            ctx.err.println("mv: cannot move " + Quote.af(src) + " to a subdirectory of itself, " + Quote.af(dst));
            return false;
        }
        if (ds != null && ds.isDirectory() && !ss.isDirectory()) {
            ctx.err.println("mv: cannot overwrite directory " + Quote.af(dst) + " with non-directory");
            return false;
        }
        if (ds != null && !ds.isDirectory() && ss.isDirectory()) {
            ctx.err.println("mv: cannot overwrite non-directory " + Quote.af(dst) + " with directory " + Quote.af(src));
            return false;
        }
        if (opt.noClobber && dl != null) return true;
        var vfs = ctx.host.vfs();
        try {
            vfs.rename(ctx.ns(), Files.abs(ctx, src), Files.abs(ctx, dst));
        } catch (KernelException e) {
            if (e.errno != Errno.EXDEV && e.errno != Errno.EPERM && e.errno != Errno.EACCES) {
                ctx.err.println("mv: cannot move " + Quote.af(src) + " to " + Quote.af(dst) + ": " + e.errno.text);
                return false;
            }
            // another file system: copy everything, then remove the source
            Cp.Options copy = new Cp.Options();
            copy.prog = "mv";
            copy.recursive = true;
            copy.preserve = true;
            copy.deref = false;
            if (!Cp.copy(ctx, copy, src, dst, true)) return false;
            if (opt.verbose) ctx.out.println("renamed " + Quote.af(src) + " -> " + Quote.af(dst));
            return removeTree(ctx, src, ss);
        }
        if (opt.verbose) ctx.out.println("renamed " + Quote.af(src) + " -> " + Quote.af(dst));
        return true;
    }

    /** The source of a copying move goes as rm -r would remove it. */
    private static boolean removeTree(Ctx ctx, String path, Stat st) {
        var vfs = ctx.host.vfs();
        try {
            if (st.isDirectory()) {
                boolean ok = true;
                for (String n : vfs.list(ctx.ns(), ctx.resolve(path))) {
                    String c = Files.join(path, n);
                    Stat cs = Files.lstat(ctx, c);
                    if (cs != null && !removeTree(ctx, c, cs)) ok = false;
                }
                if (!ok) return false;
                vfs.rmdir(ctx.ns(), ctx.resolve(path));
            } else {
                vfs.unlink(ctx.ns(), ctx.resolve(path));
            }
            return true;
        } catch (KernelException e) {
            ctx.err.println("mv: cannot remove " + Quote.af(path) + ": " + e.errno.text);
            return false;
        }
    }
}
