package linnet.tools.fs;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** cat(1) over the emulated /proc and /sys files. */
public final class Cat implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        int rc = 0;
        // no operand, or "-", is standard input
        for (String p : args.isEmpty() ? List.of("-") : args) {
            if (p.equals("-")) {
                if (ctx.stdin() != null) ctx.out.write(ctx.stdin(), 0, ctx.stdin().length);
                continue;
            }
            try {
                ctx.out.writeBytes(linnet.kernel.fs.RawText.encode(ctx.host.vfs().read(ctx.ns(), ctx.resolve(p))));
            } catch (KernelException e) {
                ctx.err.println("cat: " + linnet.tools.common.Quote.f(p) + ": " + e.errno.text);
                rc = 1;
            }
        }
        return rc;
    }
}
