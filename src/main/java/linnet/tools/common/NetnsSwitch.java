package linnet.tools.common;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.fs.Mounts;
import linnet.kernel.fs.Stat;

/**
 * iproute2's lib/namespace.c netns_switch, used by {@code ip -n}, {@code bridge -n} and {@code ip
 * netns exec}: setns into /run/netns/NAME, a mount namespace of its own with /sys unmounted and a
 * fresh sysfs mounted (so /sys/class/net lists NAME's devices, where nsenter's shows the
 * caller's), and bind_etc: every entry of /etc/netns/NAME bind mounted over /etc/ENTRY, for this
 * process and what it starts only.
 */
public final class NetnsSwitch {
    private NetnsSwitch() {}

    /** NAME_MAX: bind_etc gives up on a longer name without a word. */
    private static final int NAME_MAX = 255;

    static final String NETNS_ETC_DIR = "/etc/netns";

    /** The process switched into namespace {@code name}, or null after "Cannot open network namespace" was printed. */
    public static Ctx enter(Ctx ctx, String name) {
        Net n = ctx.host.netns().get(name);
        if (n == null) {
            ctx.err.println("Cannot open network namespace \"" + name + "\": No such file or directory");
            return null;
        }
        // setns moves the process itself (ip netns pids lists it there)
        Ctx in = ctx.setns(n);
        return bindEtc(in.withMounts(in.mounts.mountSysfs(n)), name);
    }

    /**
     * bind_etc: a bind that fails (no /etc/ENTRY to mount on, or a file over a directory or the
     * other way round) is reported and skipped; the command still runs.
     */
    static Ctx bindEtc(Ctx ctx, String name) {
        if (name.length() >= NAME_MAX) return ctx;
        String dir = NETNS_ETC_DIR + "/" + name;
        List<String> entries;
        try {
            entries = ctx.host.vfs().list(ctx.ns(), ctx.resolve(dir));
        } catch (KernelException e) {
            return ctx;
        }
        Mounts m = ctx.mounts;
        for (String e : entries) {
            String src = dir + "/" + e, target = "/etc/" + e;
            Errno err = bindError(ctx, m, src, target);
            if (err != null) {
                ctx.err.println("Bind " + src + " -> " + target + " failed: " + err.text);
                continue;
            }
            m = m.bind(src, target);
        }
        return ctx.withMounts(m);
    }

    /** What mount(MS_BIND) fails with: the target's lookup error, or ENOTDIR when only one of them is a directory. */
    private static Errno bindError(Ctx ctx, Mounts m, String src, String target) {
        try {
            Stat t = ctx.host.vfs().stat(ctx.ns(), m.resolve(target));
            Stat s = ctx.host.vfs().stat(ctx.ns(), m.resolve(src));
            return t.isDirectory() == s.isDirectory() ? null : Errno.ENOTDIR;
        } catch (KernelException e) {
            return e.errno;
        }
    }
}
