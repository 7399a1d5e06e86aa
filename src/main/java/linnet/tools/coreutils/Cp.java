package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.FileType;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * cp(1) of coreutils 9.1: SOURCE DEST, SOURCE... DIRECTORY (or -t DIRECTORY), -T; -r/-R copies
 * directories and keeps symlinks as symlinks, -a is -R with modes and times kept (-p keeps them
 * without -R), -d/-P/-L choose whether symlinks are followed, -n leaves existing files, -v tells
 * each copy. A new file gets the source's mode under the umask.
 */
public final class Cp implements Tool {
    /** What one run asked for (the options), shared with mv's copy across file systems. */
    static final class Options {
        boolean recursive, preserve, verbose, noClobber;
        /** Whether symlinks are followed: null = cp's default (on the command line unless -R). */
        Boolean deref;
        String prog = "cp";
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("cp", "abdfHilLnprst:uvxPRS:T", 1).longOpt("archive", 0, "a")
                .longOpt("recursive", 0, "r").longOpt("force", 0, "f").longOpt("interactive", 0, "i")
                .longOpt("no-clobber", 0, "n").longOpt("verbose", 0, "v").longOpt("dereference", 0, "L")
                .longOpt("no-dereference", 0, "P").longOpt("preserve", 2, "p").longOpt("no-preserve", 1, "NP")
                .longOpt("target-directory", 1, "t").longOpt("no-target-directory", 0, "T").longOpt("update", 2, "u")
                .longOpt("one-file-system", 0, "x").parse(ctx, args);
        Options opt = new Options();
        String target = null;
        boolean noTargetDir = false;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "a" -> { opt.recursive = true; opt.preserve = true; opt.deref = false; }
                case "r", "R" -> opt.recursive = true;
                case "p" -> opt.preserve = true;
                case "d", "P" -> opt.deref = false;
                case "L" -> opt.deref = true;
                case "v" -> opt.verbose = true;
                case "n" -> opt.noClobber = true;
                case "t" -> target = op.arg();
                case "T" -> noTargetDir = true;
                default -> { }
            }
        }
        return Cp.main(ctx, o, opt, target, noTargetDir);
    }

    /** The operand rules cp and mv share: which sources go where. */
    static int main(Ctx ctx, GnuOpts o, Options opt, String target, boolean noTargetDir) {
        List<String> ops = o.operands;
        String p = opt.prog;
        if (target == null) {
            if (ops.isEmpty()) o.fail(ctx, "missing file operand");
            if (ops.size() == 1) o.fail(ctx, "missing destination file operand after " + Quote.af(ops.get(0)));
        } else if (ops.isEmpty()) {
            o.fail(ctx, "missing file operand");
        }
        if (noTargetDir) {
            if (target != null) o.fail(ctx, "cannot combine --target-directory (-t) and --no-target-directory (-T)");
            if (ops.size() > 2) o.fail(ctx, "extra operand " + Quote.af(ops.get(2)));
            return copyOrMove(ctx, opt, ops.get(0), ops.get(1)) ? 0 : 1;
        }
        List<String> sources = target == null ? ops.subList(0, ops.size() - 1) : ops;
        String dest = target == null ? ops.get(ops.size() - 1) : target;
        Stat ds = Files.stat(ctx, dest);
        if (ds == null || !ds.isDirectory()) {
            if (target != null) {
                Errno e = ds == null ? Errno.ENOENT : Errno.ENOTDIR;
                ctx.err.println(p + ": target directory " + Quote.af(dest) + ": " + e.text);
                return 1;
            }
            if (sources.size() > 1) {
                if (ds == null) ctx.err.println(p + ": target " + Quote.af(dest) + ": " + Errno.ENOENT.text);
                else ctx.err.println(p + ": target " + Quote.af(dest) + " is not a directory");
                return 1;
            }
            return copyOrMove(ctx, opt, sources.get(0), dest) ? 0 : 1;
        }
        int rc = 0;
        for (String s : sources) if (!copyOrMove(ctx, opt, s, Files.join(dest, Files.base(s)))) rc = 1;
        return rc;
    }

    private static boolean copyOrMove(Ctx ctx, Options opt, String src, String dst) {
        if (opt.prog.equals("mv")) return Mv.move(ctx, opt, src, dst);
        return copy(ctx, opt, src, dst, true);
    }

    /** Copies one operand (a tree under -R); false after any error, which is reported. */
    static boolean copy(Ctx ctx, Options opt, String src, String dst, boolean commandLine) {
        String p = opt.prog;
        boolean deref = opt.deref != null ? opt.deref : commandLine && !opt.recursive;
        Stat ss = deref ? Files.stat(ctx, src) : Files.lstat(ctx, src);
        if (ss == null) {
            ctx.err.println(p + ": cannot stat " + Quote.af(src) + ": " + why(ctx, src, deref).text);
            return false;
        }
        if (ss.isDirectory() && !opt.recursive) {
            ctx.err.println(p + ": -r not specified; omitting directory " + Quote.af(src));
            return false;
        }
        var vfs = ctx.host.vfs();
        Stat ds = Files.stat(ctx, dst);
        Stat dl = Files.lstat(ctx, dst);
        if (Files.same(Files.stat(ctx, src), ds) && (ss.type() != FileType.SYMLINK || Files.same(ss, dl))) {
            ctx.err.println(p + ": " + Quote.af(src) + " and " + Quote.af(dst) + " are the same file");
            return false;
        }
        String sa = ctx.resolve(src), da = ctx.resolve(dst);
        try {
            if (ss.isDirectory()) {
                if (da.startsWith(sa.equals("/") ? "/" : sa + "/")) {
                    ctx.err.println(p + ": cannot copy a directory, " + Quote.af(src) + ", into itself, " + Quote.af(dst));
                    return false;
                }
                if (ds != null && !ds.isDirectory()) {
                    ctx.err.println(p + ": cannot overwrite non-directory " + Quote.af(dst) + " with directory "
                            + Quote.af(src));
                    return false;
                }
                if (opt.verbose) ctx.out.println(Quote.af(src) + " -> " + Quote.af(dst));
                if (ds == null) vfs.mkdir(ctx.ns(), da, (ss.mode() & ~Mkdir.UMASK) | 0700);
                boolean ok = true;
                for (String n : vfs.list(ctx.ns(), sa)) {
                    if (!copy(ctx, opt, Files.join(src, n), Files.join(dst, n), false)) ok = false;
                }
                vfs.chmod(ctx.ns(), da, opt.preserve ? ss.mode() : ds == null ? ss.mode() & ~Mkdir.UMASK : ds.mode());
                if (opt.preserve) vfs.utimens(ctx.ns(), da, ss.mtimeNs(), true);
                return ok;
            }
            if (ds != null && ds.isDirectory()) {
                ctx.err.println(p + ": cannot overwrite directory " + Quote.af(dst) + " with non-directory");
                return false;
            }
            if (opt.noClobber && dl != null) return true;
            if (ss.type() == FileType.SYMLINK) {
                if (dl != null) vfs.unlink(ctx.ns(), da);
                try {
                    vfs.symlink(ctx.ns(), ss.linkTarget(), da);
                } catch (KernelException e) {
                    ctx.err.println(p + ": cannot create symbolic link " + Quote.af(dst) + ": " + e.errno.text);
                    return false;
                }
                if (opt.verbose) ctx.out.println(Quote.af(src) + " -> " + Quote.af(dst));
                return true;
            }
            String data;
            try {
                data = vfs.read(ctx.ns(), Files.abs(ctx, src));
            } catch (KernelException e) {
                ctx.err.println(p + ": error reading " + Quote.af(src) + ": " + e.errno.text);
                return false;
            }
            try {
                Errno e = vfs.openForWriteError(ctx.ns(), Files.abs(ctx, dst));
                if (e != null) throw new KernelException(e);
                vfs.write(ctx.ns(), Files.abs(ctx, dst), data);
            } catch (KernelException e) {
                ctx.err.println(p + ": cannot create regular file " + Quote.af(dst) + ": " + e.errno.text);
                return false;
            }
            if (opt.verbose) ctx.out.println(Quote.af(src) + " -> " + Quote.af(dst));
            if (ds == null || opt.preserve) vfs.chmod(ctx.ns(), da, opt.preserve ? ss.mode() : ss.mode() & ~Mkdir.UMASK);
            if (opt.preserve) vfs.utimens(ctx.ns(), da, ss.mtimeNs(), true);
            return true;
        } catch (KernelException e) {
            ctx.err.println(p + ": cannot create " + Quote.af(dst) + ": " + e.errno.text);
            return false;
        }
    }

    /** Why a stat failed: ENOENT, or ENOTDIR for "file/", ELOOP. */
    static Errno why(Ctx ctx, String path, boolean follow) {
        try {
            if (follow) ctx.host.vfs().stat(ctx.ns(), Files.abs(ctx, path));
            else ctx.host.vfs().lstat(ctx.ns(), Files.abs(ctx, path));
            return Errno.ENOENT;
        } catch (KernelException e) {
            return e.errno;
        }
    }
}
