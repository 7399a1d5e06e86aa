package linnet.tools.coreutils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Quote;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;

/**
 * tee(1) of coreutils 9.1: standard input to standard output and to each FILE, opened (and
 * truncated, or with -a appended to) before anything is read; a file that cannot be opened is
 * reported, the rest still get the data, and the status is 1. -i and -p are taken.
 */
public final class Tee implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("tee", "aip", 1).longOpt("append", 0, "a").longOpt("ignore-interrupts", 0, "i")
                .longOpt("output-error", 2, "p").parse(ctx, args);
        boolean append = false;
        for (GnuOpts.Opt op : o.opts) if (op.key().equals("a")) append = true;
        var vfs = ctx.host.vfs();
        int rc = 0;
        List<String> open = new ArrayList<>();
        for (String f : o.operands) {
            try {
                linnet.kernel.core.Errno e = vfs.openForWriteError(ctx.ns(), Files.abs(ctx, f));
                if (e != null) throw new KernelException(e);
                vfs.openForWrite(ctx.ns(), Files.abs(ctx, f), !append);
                open.add(f);
            } catch (KernelException e) {
                ctx.err.println("tee: " + Quote.f(f) + ": " + e.errno.text);
                rc = 1;
            }
        }
        String data = ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.UTF_8);
        ctx.out.print(data);
        if (data.isEmpty()) return rc;
        for (String f : open) {
            try {
                vfs.append(ctx.ns(), Files.abs(ctx, f), data);
            } catch (KernelException e) {
                ctx.err.println("tee: " + Quote.f(f) + ": " + e.errno.text);
                rc = 1;
            }
        }
        return rc;
    }
}
