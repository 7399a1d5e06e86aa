package linnet.kernel.fs;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;

/**
 * A process's mount namespace, as far as it differs from the machine's: the bind mounts made in
 * it (ip netns exec binds /etc/netns/NAME/FILE over /etc/FILE) and the sysfs mounted on /sys
 * (ip netns exec mounts one from the namespace it enters). Immutable; a process that binds
 * something gets a new one (unshare(CLONE_NEWNS) then mount), its children inherit it, and the
 * processes outside never see it. A path is looked up through the newest bind that covers it.
 */
public final class Mounts {
    /** The machine's own namespace: no binds. */
    public static final Mounts NONE = new Mounts(List.of(), null);

    /** One bind mount: lookups at or below {@code target} continue at {@code source}. */
    record Bind(String target, String source) {}

    private final List<Bind> binds;
    /**
     * The network namespace the sysfs on /sys was mounted from (sysfs keeps its mounter's), or
     * null for the one mounted at boot (the initial namespace's).
     */
    private final Net sysfs;

    private Mounts(List<Bind> binds, Net sysfs) {
        this.binds = binds;
        this.sysfs = sysfs;
    }

    /** umount /sys and mount sysfs afresh from {@code net}, in a copy of this namespace. */
    public Mounts mountSysfs(Net net) { return new Mounts(binds, net); }

    /** The network namespace /sys/class/net lists, or null for the boot's (the initial namespace). */
    public Net sysfs() { return sysfs; }

    /**
     * mount(source, target, MS_BIND) in a copy of this namespace. Both are absolute folded paths as
     * the process names them; the source is pinned where it leads now (through the binds so far).
     */
    public Mounts bind(String source, String target) {
        List<Bind> b = new ArrayList<>(binds);
        b.add(new Bind(target, resolve(source)));
        return new Mounts(List.copyOf(b), sysfs);
    }

    private static boolean under(String p, String dir) {
        return p.equals(dir) || p.startsWith(dir + "/");
    }

    /** Where an absolute folded path leads in the machine's tree: the newest covering bind's source, else itself. */
    public String resolve(String path) {
        for (int i = binds.size() - 1; i >= 0; i--) {
            Bind m = binds.get(i);
            if (under(path, m.target)) return m.source + path.substring(m.target.length());
        }
        return path;
    }
}
