package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/** whoami(1) of GNU coreutils 9.1: everything on linnet runs as root. */
public final class Whoami implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("whoami", "", 1).parse(ctx, args);
        if (!o.operands.isEmpty()) o.fail(ctx, "extra operand " + Input.quoteAlways(o.operands.get(0)));
        ctx.out.println("root");
        ctx.out.flush();
        return 0;
    }
}
