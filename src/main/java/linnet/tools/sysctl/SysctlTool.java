package linnet.tools.sysctl;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** sysctl(8) of procps 4.0.2: read `key`, write `-w key=value`, `-n`, `-q`. */
public final class SysctlTool implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean write = false, valuesOnly = false, quiet = false;
        int rc = 0;
        for (String a : args) {
            if (a.equals("-w")) {
                write = true;
                continue;
            }
            if (a.equals("-n")) {
                valuesOnly = true;
                continue;
            }
            if (a.equals("-q")) {
                quiet = true;
                continue;
            }
            int eq = a.indexOf('=');
            if (write || eq >= 0) {
                if (eq < 0) {
                    ctx.err.println("sysctl: \"" + a + "\" must be of the form name=value");
                    rc = 1;
                    continue;
                }
                String key = a.substring(0, eq).replace('/', '.');
                String val = a.substring(eq + 1);
                String path = "/proc/sys/" + key.replace('.', '/');
                try {
                    ctx.host.vfs().write(ctx.net, path, val);
                    if (!quiet) ctx.out.println(key + " = " + val);
                } catch (KernelException e) {
                    if (e.errno == Errno.ENOENT) ctx.err.println("sysctl: cannot stat " + path + ": No such file or directory");
                    else ctx.err.println("sysctl: setting key \"" + key + "\": " + e.errno.text);
                    rc = 1;
                }
            } else {
                String key = a.replace('/', '.');
                String path = "/proc/sys/" + key.replace('.', '/');
                try {
                    String v = ctx.host.vfs().read(ctx.net, path).stripTrailing();
                    ctx.out.println(valuesOnly ? v : key + " = " + v);
                } catch (KernelException e) {
                    ctx.err.println("sysctl: cannot stat " + path + ": No such file or directory");
                    rc = 1;
                }
            }
        }
        return rc;
    }
}
