package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * mkdir(1) of coreutils 9.1: -m MODE (exact, as mode_adjust over 0777 makes it), -p (the missing
 * ancestors with u+wx, an existing directory is no error), -v. Errors name the directory in
 * quote()'s style; status 1 when any failed.
 */
public final class Mkdir implements Tool {
    static final int UMASK = 022;

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("mkdir", "m:pvZ", 1).longOpt("mode", 1, "m").longOpt("parents", 0, "p")
                .longOpt("verbose", 0, "v").longOpt("context", 2, "Z").parse(ctx, args);
        boolean parents = false, verbose = false;
        String modeSpec = null;
        for (GnuOpts.Opt op : o.opts) {
            switch (op.key()) {
                case "m" -> modeSpec = op.arg();
                case "p" -> parents = true;
                case "v" -> verbose = true;
                default -> { }
            }
        }
        if (o.operands.isEmpty()) o.fail(ctx, "missing operand");
        int mode = 0777 & ~UMASK;
        if (modeSpec != null) {
            Modes m = Modes.compile(modeSpec);
            if (m == null) {
                ctx.err.println("mkdir: invalid mode " + Quote.locale(modeSpec));
                return 1;
            }
            mode = m.apply(0777, true, UMASK);
            // coreutils 9.1 sets the permission bits exactly, but a mode with set-id or sticky bits
            // keeps what the umask took from it (observed: -m a+t gives 1755, -m g-w 757)
            if ((mode & 07000) != 0) mode &= ~UMASK;
        }
        int rc = 0;
        for (String dir : o.operands) {
            if (!make(ctx, dir, mode, parents, verbose)) rc = 1;
        }
        return rc;
    }

    private static boolean make(Ctx ctx, String dir, int mode, boolean parents, boolean verbose) {
        var vfs = ctx.host.vfs();
        if (parents) {
            // each missing ancestor, from the top; one that is there must be a directory
            int from = 0;
            while (true) {
                int slash = dir.indexOf('/', from);
                if (slash < 0) break;
                from = slash + 1;
                String anc = dir.substring(0, slash);
                if (anc.isEmpty() || anc.endsWith("/") || slash + 1 == dir.length()) continue;
                String last = anc.substring(anc.lastIndexOf('/') + 1);
                if (last.equals(".") || last.equals("..")) continue;
                try {
                    vfs.mkdir(ctx.ns(), ctx.resolve(anc), (0777 & ~UMASK) | 0300);
                    if (verbose) ctx.out.println("mkdir: created directory " + Quote.locale(anc));
                } catch (KernelException e) {
                    if (e.errno == Errno.EEXIST && vfs.isDirectory(ctx.ns(), ctx.resolve(anc))) continue;
                    Errno why = e.errno == Errno.EEXIST ? Errno.ENOTDIR : e.errno;
                    ctx.err.println("mkdir: cannot create directory " + Quote.locale(anc) + ": " + why.text);
                    return false;
                }
            }
        }
        try {
            vfs.mkdir(ctx.ns(), Files.abs(ctx, dir), mode);
            if (verbose) ctx.out.println("mkdir: created directory " + Quote.locale(dir));
            return true;
        } catch (KernelException e) {
            if (parents && e.errno == Errno.EEXIST && vfs.isDirectory(ctx.ns(), ctx.resolve(dir))) return true;
            ctx.err.println("mkdir: cannot create directory " + Quote.locale(dir) + ": " + e.errno.text);
            return false;
        }
    }
}
