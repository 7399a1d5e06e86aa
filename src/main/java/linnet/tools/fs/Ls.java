package linnet.tools.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * ls(1) of the emulated directories, one name per line (stdout is not a terminal). As GNU ls
 * does: a missing operand is reported as it is met (exit 2); then the operands that are files,
 * sorted, then each directory, sorted, under a "NAME:" header when there was more than one
 * operand, sections apart by an empty line.
 */
public final class Ls implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        int rc = 0;
        List<String> operands = new ArrayList<>();
        for (String p : args) if (!p.startsWith("-")) operands.add(p);
        List<String> files = new ArrayList<>();
        Map<String, List<String>> dirs = new TreeMap<>();
        for (String p : operands) {
            try {
                dirs.put(p, ctx.host.vfs().list(ctx.net, ctx.resolve(p)));
            } catch (KernelException e) {
                if (e.errno == Errno.ENOTDIR) {
                    files.add(p);
                } else {
                    ctx.err.println("ls: cannot access '" + p + "': " + e.errno.text);
                    rc = 2;
                }
            }
        }
        files.sort(null);
        for (String f : files) ctx.out.println(f);
        boolean headers = operands.size() > 1;
        boolean first = files.isEmpty();
        for (Map.Entry<String, List<String>> d : dirs.entrySet()) {
            if (!first) ctx.out.println();
            first = false;
            if (headers) ctx.out.println(d.getKey() + ":");
            for (String n : d.getValue()) ctx.out.println(n);
        }
        return rc;
    }
}
