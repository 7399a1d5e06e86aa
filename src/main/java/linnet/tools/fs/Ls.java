package linnet.tools.fs;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** ls(1) of the emulated directories (one name per line, as when stdout is not a terminal). */
public final class Ls implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        int rc = 0;
        for (String p : args) {
            if (p.startsWith("-")) continue;
            try {
                for (String n : ctx.host.vfs().list(ctx.net, p)) ctx.out.println(n);
            } catch (KernelException e) {
                if (e.errno == Errno.ENOTDIR) {
                    ctx.out.println(p);
                } else {
                    ctx.err.println("ls: cannot access '" + p + "': " + e.errno.text);
                    rc = 2;
                }
            }
        }
        return rc;
    }
}
