package linnet.kernel.fs;

import linnet.kernel.core.Net;

/**
 * The namespaces a process's path lookups go through (Linux's struct nsproxy, the two members
 * the file system cares about): its network namespace, which /proc/net and /proc/sys/net show
 * (procfs looks at the current task), and its mount namespace, whose sysfs shows the network
 * namespace of whoever mounted it. So after nsenter --net or unshare -n a process sees its new
 * namespace's /proc/net but its caller's /sys/class/net, while ip netns exec, which mounts a
 * fresh sysfs, shows the namespace's own in both.
 */
public record Nsproxy(Net net, Mounts mnt) {
    /** A process in {@code net} whose mount namespace has a sysfs mounted from {@code net} too. */
    public static Nsproxy of(Net net) { return new Nsproxy(net, Mounts.NONE.mountSysfs(net)); }

    /** The network namespace /sys shows: the sysfs mount's, or {@code bootNet} for the sysfs mounted at boot. */
    public Net sysfsNet(Net bootNet) { return mnt.sysfs() != null ? mnt.sysfs() : bootNet; }
}
