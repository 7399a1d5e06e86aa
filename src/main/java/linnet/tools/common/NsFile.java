package linnet.tools.common;

import linnet.kernel.core.Net;

/**
 * The files a network namespace can be opened by (what setns(2) and IFLA_NET_NS_FD take): a bind
 * mount under /run/netns (/var/run/netns), or a process's /proc/PID/ns/net.
 */
public final class NsFile {
    private NsFile() { }

    /** The namespace the file stands for, or null when it cannot be opened as one. */
    public static Net open(Ctx ctx, String path) {
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
    public static String openError(Ctx ctx, String path) {
        return ctx.host.vfs().exists(ctx.ns(), ctx.resolve(path)) ? "Invalid argument" : "No such file or directory";
    }
}
