package linnet.tools.coreutils;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * which(1) of debianutils (the Debian 12 shell script): the first match on PATH for each name,
 * -a every match (merged /usr makes "which -a ip" list /usr/sbin/ip, /usr/bin/ip, /sbin/ip,
 * /bin/ip); a name with a slash is printed when it is an executable file. Status 1 when a name
 * was not found (or none was given); getopts' complaint and the usage line (on stdout) and 2 for
 * an unknown option.
 */
public final class Which implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        boolean all = false;
        int i = 0;
        // getopts: clustered letters, "--" ends the options, the first non-option word too
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.length() < 2 || a.charAt(0) != '-') break;
            for (char c : a.substring(1).toCharArray()) {
                if (c != 'a') {
                    ctx.err.println("Illegal option -" + c);
                    ctx.out.println("Usage: /usr/bin/which [-a] args");
                    return 2;
                }
                all = true;
            }
        }
        List<String> names = args.subList(i, args.size());
        int rc = names.isEmpty() ? 1 : 0;
        for (String name : names) {
            boolean found = false;
            if (name.indexOf('/') >= 0) {
                if (executable(ctx, name)) {
                    ctx.out.println(name);
                    found = true;
                }
            } else if (!name.isEmpty()) {
                for (String p : ctx.exec.programPaths(ctx, name)) {
                    ctx.out.println(p);
                    found = true;
                    if (!all) break;
                }
            }
            if (!found) rc = 1;
        }
        ctx.out.flush();
        return rc;
    }

    /** test -f && test -x as root: a program, or any regular file (root may execute it). */
    private static boolean executable(Ctx ctx, String name) {
        if (ctx.exec.programPath(ctx, name) != null) return true;
        try {
            return ctx.host.vfs().stat(ctx.ns(), ctx.resolve(name)).type() == linnet.kernel.fs.FileType.REGULAR;
        } catch (linnet.kernel.core.KernelException e) {
            return false;
        }
    }
}
