package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * rmdir(1) of coreutils 9.1: -p (then each parent in turn, stopping at the first that cannot
 * go), -v (said before each attempt), --ignore-fail-on-non-empty.
 */
public final class Rmdir implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("rmdir", "pv", 1).longOpt("parents", 0, "p").longOpt("verbose", 0, "v")
                .longOpt("ignore-fail-on-non-empty", 0, "I").parse(ctx, args);
        boolean parents = false, verbose = false, ignore = false;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "p" -> parents = true;
                case "v" -> verbose = true;
                default -> ignore = true;
            }
        }
        if (o.operands.isEmpty()) o.fail(ctx, "missing operand");
        int rc = 0;
        for (String dir : o.operands) {
            Errno e = remove(ctx, dir, verbose);
            if (e != null) {
                if (ignore && e == Errno.ENOTEMPTY) continue;
                ctx.err.println("rmdir: failed to remove " + Quote.af(dir) + ": " + e.text);
                rc = 1;
                continue;
            }
            if (!parents) continue;
            String p = dir.replaceAll("/+$", "");
            while (true) {
                int s = p.lastIndexOf('/');
                if (s <= 0) break;
                p = p.substring(0, s).replaceAll("/+$", "");
                if (p.isEmpty()) break;
                e = remove(ctx, p, verbose);
                if (e == null) continue;
                if (!(ignore && e == Errno.ENOTEMPTY)) {
                    ctx.err.println("rmdir: failed to remove directory " + Quote.af(p) + ": " + e.text);
                    rc = 1;
                }
                break;
            }
        }
        return rc;
    }

    private static Errno remove(Ctx ctx, String dir, boolean verbose) {
        if (verbose) ctx.out.println("rmdir: removing directory, " + Quote.af(dir));
        try {
            ctx.host.vfs().rmdir(ctx.ns(), Files.abs(ctx, dir));
            return null;
        } catch (KernelException e) {
            return e.errno;
        }
    }
}
