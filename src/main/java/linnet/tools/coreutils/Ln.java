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
 * ln(1) of coreutils 9.1: hard links, or with -s symlinks (the target is stored as written);
 * TARGET LINK, TARGET alone (a link of its name in "."), TARGET... DIRECTORY or -t; -f replaces
 * an existing name (never a directory), -n and -T treat LINK as a plain name, -v tells each.
 */
public final class Ln implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("ln", "bdfinrst:vFLPS:T", 1).longOpt("force", 0, "f").longOpt("symbolic", 0, "s")
                .longOpt("no-dereference", 0, "n").longOpt("verbose", 0, "v").longOpt("target-directory", 1, "t")
                .longOpt("no-target-directory", 0, "T").longOpt("interactive", 0, "i").parse(ctx, args);
        boolean symbolic = false, force = false, noDeref = false, verbose = false, noTargetDir = false;
        String target = null;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "s" -> symbolic = true;
                case "f" -> force = true;
                case "n" -> noDeref = true;
                case "v" -> verbose = true;
                case "t" -> target = op.arg();
                case "T" -> noTargetDir = true;
                default -> { }
            }
        }
        List<String> ops = o.operands;
        if (ops.isEmpty()) o.fail(ctx, "missing file operand");
        Link l = new Link(ctx, symbolic, force, verbose);
        if (noTargetDir) {
            if (ops.size() > 2) o.fail(ctx, "extra operand " + Quote.af(ops.get(2)));
            if (ops.size() < 2) o.fail(ctx, "missing destination file operand after " + Quote.af(ops.get(0)));
            return l.make(ops.get(0), ops.get(1)) ? 0 : 1;
        }
        List<String> sources;
        String dir;
        if (target != null) {
            Stat t = Files.stat(ctx, target);
            if (t == null) {
                ctx.err.println("ln: failed to access " + Quote.af(target) + ": " + Cp.why(ctx, target, true).text);
                return 1;
            }
            if (!t.isDirectory()) {
                ctx.err.println("ln: target " + Quote.af(target) + " is not a directory");
                return 1;
            }
            sources = ops;
            dir = target;
        } else if (ops.size() == 1) {
            sources = ops;
            dir = ".";
        } else {
            String last = ops.get(ops.size() - 1);
            Stat ls = Files.lstat(ctx, last);
            Stat st = Files.stat(ctx, last);
            boolean isDir = st != null && st.isDirectory() && !(noDeref && ls.type() == linnet.kernel.fs.FileType.SYMLINK);
            if (!isDir) {
                if (ops.size() > 2) {
                    if (st == null) ctx.err.println("ln: target " + Quote.af(last) + ": " + Errno.ENOENT.text);
                    else ctx.err.println("ln: target " + Quote.af(last) + " is not a directory");
                    return 1;
                }
                return l.make(ops.get(0), last) ? 0 : 1;
            }
            sources = ops.subList(0, ops.size() - 1);
            dir = last;
        }
        int rc = 0;
        for (String s : sources) if (!l.make(s, Files.join(dir, Files.base(s)))) rc = 1;
        return rc;
    }

    private record Link(Ctx ctx, boolean symbolic, boolean force, boolean verbose) {
        boolean make(String source, String dest) {
            var vfs = ctx.host.vfs();
            Stat src = symbolic ? null : Files.lstat(ctx, source);
            if (!symbolic) {
                if (src == null) {
                    ctx.err.println("ln: failed to access " + Quote.af(source) + ": " + Cp.why(ctx, source, false).text);
                    return false;
                }
                if (src.isDirectory()) {
                    ctx.err.println("ln: " + Quote.f(source) + ": hard link not allowed for directory");
                    return false;
                }
            }
            Stat existing = Files.lstat(ctx, dest);
            String da = Files.abs(ctx, dest);
            try {
                if (existing != null && force) {
                    if (existing.isDirectory()) {
                        ctx.err.println("ln: " + Quote.f(dest) + ": cannot overwrite directory");
                        return false;
                    }
                    Stat s = symbolic ? Files.stat(ctx, relativeTo(dest, source)) : src;
                    if (Files.same(s, existing)) {
                        ctx.err.println("ln: " + Quote.af(source) + " and " + Quote.af(dest) + " are the same file");
                        return false;
                    }
                    vfs.unlink(ctx.ns(), da);
                }
                if (symbolic) vfs.symlink(ctx.ns(), source, da);
                else vfs.link(ctx.ns(), Files.abs(ctx, source), da);
            } catch (KernelException e) {
                if (symbolic) {
                    ctx.err.println("ln: failed to create symbolic link " + Quote.af(dest)
                            + (source.isEmpty() ? " -> ''" : "") + ": " + e.errno.text);
                } else {
                    ctx.err.println("ln: failed to create hard link " + Quote.af(dest)
                            + (e.errno == Errno.EEXIST ? "" : " => " + Quote.af(source)) + ": " + e.errno.text);
                }
                return false;
            }
            if (verbose) ctx.out.println(Quote.af(dest) + (symbolic ? " -> " : " => ") + Quote.af(source));
            return true;
        }
    }

    /** A symlink's target as the kernel resolves it: from the directory the link is in. */
    private static String relativeTo(String link, String target) {
        if (target.startsWith("/")) return target;
        int s = link.lastIndexOf('/');
        return s < 0 ? target : link.substring(0, s + 1) + target;
    }
}
