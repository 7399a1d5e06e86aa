package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * /usr/bin/pwd of coreutils 9.1 (what env -C DIR pwd runs; bash has its own builtin): the
 * working directory, -P with its symlinks followed. Operands are ignored with a warning.
 */
public final class Pwd implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("pwd", "LP", 1).longOpt("logical", 0, "L").longOpt("physical", 0, "P").parse(ctx, args);
        boolean logical = false;
        for (GnuOpts.Opt opt : o.opts) logical = opt.key().equals("L");
        if (!o.operands.isEmpty()) ctx.err.println("pwd: ignoring non-option arguments");
        String dir = ctx.cwd;
        if (!logical) {
            Canonical.Result r = Canonical.resolve(ctx, dir, Canonical.Mode.MISSING, true);
            if (r.path() != null) dir = r.path();
        }
        ctx.out.println(dir);
        ctx.out.flush();
        return 0;
    }
}
