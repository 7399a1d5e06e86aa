package linnet.tools.utillinux;

import linnet.kernel.core.Net;
import linnet.tools.common.Ctx;

/** The files a network namespace can be opened by: a bind mount under /run/netns, or /proc/PID/ns/net. */
final class NsFiles {
    private NsFiles() { }

    /** The namespace the file stands for, or null when it cannot be opened as one. */
    static Net open(Ctx ctx, String path) {
        String p = ctx.resolve(path);
        if (p.startsWith("/var/run/")) p = p.substring(4);
        if (p.startsWith("/run/netns/") && p.indexOf('/', 11) < 0) return ctx.host.netns().get(p.substring(11));
        var m = java.util.regex.Pattern.compile("/proc/([0-9]+|self|thread-self)/ns/net").matcher(p);
        if (m.matches()) {
            if (!Character.isDigit(m.group(1).charAt(0))) return ctx.net;
            try {
                var proc = ctx.host.pids().get(Integer.parseInt(m.group(1)));
                return proc == null ? null : proc.net();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Why open(2) of a path that is no namespace failed. */
    static String openError(Ctx ctx, String path) {
        return ctx.host.vfs().exists(ctx.net, ctx.resolve(path)) ? "Invalid argument" : "No such file or directory";
    }
}
