package linnet.tools.coreutils;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.Stat;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * readlink(1) of GNU coreutils 9.1: a symlink's target as stored, or with -f (all but the last
 * component must exist), -e (all must) or -m (none need) the canonical name. Failures are silent
 * unless -v; the status is 1 when any name failed.
 */
public final class Readlink implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("readlink", "efmnqsvz", 1).longOpt("canonicalize", 0, "f")
                .longOpt("canonicalize-existing", 0, "e").longOpt("canonicalize-missing", 0, "m")
                .longOpt("no-newline", 0, "n").longOpt("quiet", 0, "q").longOpt("silent", 0, "s")
                .longOpt("verbose", 0, "v").longOpt("zero", 0, "z").parse(ctx, args);
        Canonical.Mode mode = null;
        boolean noNewline = false, verbose = false, zero = false;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "f" -> mode = Canonical.Mode.ALL_BUT_LAST;
                case "e" -> mode = Canonical.Mode.EXISTING;
                case "m" -> mode = Canonical.Mode.MISSING;
                case "n" -> noNewline = true;
                case "q", "s" -> verbose = false;
                case "v" -> verbose = true;
                default -> zero = true;
            }
        }
        if (o.operands.isEmpty()) o.fail(ctx, "missing operand");
        if (noNewline && o.operands.size() > 1) {
            ctx.err.println("readlink: ignoring --no-newline with multiple arguments");
            noNewline = false;
        }
        int rc = 0;
        StringBuilder out = new StringBuilder();
        for (String name : o.operands) {
            String value;
            Errno error = null;
            if (mode != null) {
                Canonical.Result r = Canonical.resolve(ctx, name, mode, true);
                value = r.path();
                error = r.error();
            } else {
                value = null;
                if (name.isEmpty()) error = Errno.ENOENT;
                else try {
                    // readlink(2) follows a trailing slash: "link/" names the directory, no link
                    Stat st = ctx.host.vfs().lstat(ctx.ns(), ctx.resolve(name) + (name.endsWith("/") ? "/" : ""));
                    if (st.linkTarget() != null && !name.endsWith("/")) value = st.linkTarget();
                    else error = Errno.EINVAL;
                } catch (KernelException e) {
                    error = e.errno;
                }
            }
            if (error != null) {
                if (verbose) ctx.err.println("readlink: " + Input.quote(name) + ": " + error.text);
                rc = 1;
                continue;
            }
            out.append(value);
            if (!noNewline) out.append(zero ? '\0' : '\n');
        }
        ctx.out.print(out);
        ctx.out.flush();
        return rc;
    }
}
