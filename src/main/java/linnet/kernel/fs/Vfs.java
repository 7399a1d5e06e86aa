package linnet.kernel.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.Sysctl;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.ipv4.FibTable;
import linnet.kernel.ipv4.NetnsIpv4;
import linnet.kernel.rtnl.NetnsFiles;
import linnet.wire.Mac;

/**
 * The files of the emulated machine. The kernel's own files keep their kernel semantics and
 * are per network namespace where Linux makes them so: /proc/sys (sysctls), /sys/class/net (a
 * sysfs mounted inside the namespace), /proc/net/{dev,route,arp,xt_recent}, and /run/netns (the
 * namespaces' bind mounts). Everything else is one writable tree for the whole machine
 * ({@link Tmpfs}, laid out by {@link RootFs}). Reads return the file text; errors are the errno
 * the system call would return, for the tools to word.
 */
public final class Vfs {
    private final NetnsFiles netns;
    private final Tmpfs fs;
    /** When the kernel's own files appeared (their mtime, as sysfs and procfs show it). */
    private final long bootNs;

    /** The initial network namespace: the boot's sysfs on /sys shows it. */
    private final java.util.function.Supplier<Net> bootNet;

    /**
     * @param monotonicNs the machine's virtual clock (file times are CLOCK_REALTIME over it)
     * @param bootNet the initial network namespace, whose sysfs the machine mounted at boot
     */
    public Vfs(NetnsFiles netns, java.util.function.LongSupplier monotonicNs, java.util.function.Supplier<Net> bootNet) {
        this.netns = netns;
        this.bootNet = bootNet;
        this.fs = RootFs.build(() -> linnet.kernel.core.Realtime.ns(monotonicNs.getAsLong()));
        this.bootNs = fs.now();
    }

    /** The kernel's file systems mounted over the tree: they answer for these paths and below. */
    private static final String[] KERNEL_MOUNTS = {"/proc/sys", "/proc/net", "/sys/class/net", "/sys/devices/virtual/net",
        "/run/netns"};

    /** Where a device's sysfs directory really is; /sys/class/net/DEV is a symlink to it (same files). */
    private static final String DEVICES = "/sys/devices/virtual/net";

    private static boolean under(String p, String dir) {
        return p.equals(dir) || p.startsWith(dir) && p.charAt(dir.length()) == '/';
    }

    /** Whether a (normalized) path belongs to one of the kernel's own file systems. */
    static boolean kernelPath(String p) {
        for (String m : KERNEL_MOUNTS) if (under(p, m)) return true;
        return false;
    }

    private static String norm(String p) {
        if (p.startsWith("/var/run/") || p.equals("/var/run")) p = "/run" + p.substring("/var/run".length());
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }

    /**
     * The path as the tree walks it, so that a kernel file system is met through any spelling:
     * '//' and '/./' folded (a final '.' is the walk's: rmdir refuses it), /var/run (a symlink) as /run. A trailing '/' is kept: it means
     * "a directory" to the walk.
     */
    private static String route(String path) {
        String p = fold(path);
        if (p.equals("/var/run") || p.startsWith("/var/run/")) p = p.substring("/var".length());
        // the device directories are served under their class names, which link to them
        if (under(p, DEVICES)) p = "/sys/class/net" + p.substring(DEVICES.length());
        return p;
    }

    private static String fold(String path) {
        String p = path.replaceAll("/{2,}", "/");
        while (p.contains("/./")) p = p.replace("/./", "/");
        return p;
    }

    /**
     * Follows the sysfs symlinks that lead from one device to another: DEV/master and
     * DEV/brport/bridge point at the bridge's directory (/sys/class/net/BR).
     */
    private static String followLinks(Net net, String p) {
        String base = "/sys/class/net/";
        for (int guard = 0; guard < 8 && p.startsWith(base); guard++) {
            String[] parts = p.substring(base.length()).split("/", -1);
            if (parts.length < 2) return p;
            NetDevice d = net.byName(parts[0]);
            if (d == null) return p;
            if (parts[1].equals("subsystem")) {
                StringBuilder sb = new StringBuilder("/sys/class/net");
                for (int i = 2; i < parts.length; i++) sb.append('/').append(parts[i]);
                p = sb.toString();
                continue;
            }
            if (parts.length >= 3 && parts[1].equals("brif") && isPortOf(net, parts[2], d)) {
                // BR/brif/PORT is the port's brport directory
                StringBuilder sb = new StringBuilder(base).append(parts[2]).append("/brport");
                for (int i = 3; i < parts.length; i++) sb.append('/').append(parts[i]);
                p = sb.toString();
                continue;
            }
            if (d.master == null) return p;
            int skip;
            if (parts[1].equals("master")) skip = 2;
            else if (parts.length >= 3 && parts[1].equals("brport") && parts[2].equals("bridge")) skip = 3;
            else return p;
            StringBuilder sb = new StringBuilder(base).append(d.master.name());
            for (int i = skip; i < parts.length; i++) sb.append('/').append(parts[i]);
            p = sb.toString();
        }
        return p;
    }

    /*
     * The system calls as a process makes them: its namespaces decide which network namespace a
     * kernel file shows (sysfs its mount's, procfs its own). Paths are absolute and already
     * through the process's bind mounts (Ctx.resolve).
     */

    /** The network namespace whose files {@code path} shows to a process with namespaces {@code ns}. */
    private Net netFor(Nsproxy ns, String path) {
        return under(norm(route(path)), "/sys") ? ns.sysfsNet(bootNet.get()) : ns.net();
    }

    /** Directory entries, sorted as ls shows them; ENOTDIR for a file, ENOENT when missing. */
    public List<String> list(Nsproxy ns, String path) throws KernelException { return list(netFor(ns, path), path); }

    /**
     * What opening {@code path} for writing fails with (bash's "> FILE"), or null when it opens:
     * a missing device directory is ENOENT, a read-only or missing file in one EACCES.
     */
    public Errno openForWriteError(Nsproxy ns, String path) { return openForWriteError(netFor(ns, path), path); }

    /** Whether {@code path} exists (symlinks followed). */
    public boolean exists(Nsproxy ns, String path) { return exists(netFor(ns, path), path); }

    /** The whole file, as read(2) gives it. */
    public String read(Nsproxy ns, String path) throws KernelException { return read(netFor(ns, path), path); }

    /** open(2) for writing without O_TRUNC: the errors it gives before anything is written. */
    public void openForWrite(Nsproxy ns, String path) throws KernelException { openForWrite(netFor(ns, path), path); }

    /** open(2) for writing with O_CREAT, and O_TRUNC when {@code truncate}. */
    public void openForWrite(Nsproxy ns, String path, boolean truncate) throws KernelException {
        openForWrite(netFor(ns, path), path, truncate);
    }

    /** Writes {@code value} as the whole file (one write(2) for a kernel file). */
    public void write(Nsproxy ns, String path, String value) throws KernelException { write(netFor(ns, path), path, value); }

    /** Writes at the end of the file (O_APPEND). */
    public void append(Nsproxy ns, String path, String data) throws KernelException { append(netFor(ns, path), path, data); }

    /** touch(1)'s open(O_CREAT) + utimensat. */
    public void touch(Nsproxy ns, String path) throws KernelException { touch(netFor(ns, path), path); }

    /** mkdir(2) with mode 0755. */
    public void mkdir(Nsproxy ns, String path) throws KernelException { mkdir(netFor(ns, path), path); }

    /** mkdir(2) with the given permission bits. */
    public void mkdir(Nsproxy ns, String path, int mode) throws KernelException { mkdir(netFor(ns, path), path, mode); }

    /** symlink(2). */
    public void symlink(Nsproxy ns, String target, String path) throws KernelException {
        symlink(netFor(ns, path), target, path);
    }

    /** link(2). */
    public void link(Nsproxy ns, String from, String to) throws KernelException { link(netFor(ns, from), netFor(ns, to), from, to); }

    /** chmod(2). */
    public void chmod(Nsproxy ns, String path, int mode) throws KernelException { chmod(netFor(ns, path), path, mode); }

    /** utimensat(2) of the modification time. */
    public void utimens(Nsproxy ns, String path, long mtimeNs, boolean follow) throws KernelException {
        utimens(netFor(ns, path), path, mtimeNs, follow);
    }

    /** unlink(2). */
    public void unlink(Nsproxy ns, String path) throws KernelException { unlink(netFor(ns, path), path); }

    /** rmdir(2). */
    public void rmdir(Nsproxy ns, String path) throws KernelException { rmdir(netFor(ns, path), path); }

    /** rename(2). */
    public void rename(Nsproxy ns, String from, String to) throws KernelException { rename(netFor(ns, from), from, to); }

    /** stat(2): symlinks followed. */
    public Stat stat(Nsproxy ns, String path) throws KernelException { return stat(netFor(ns, path), path); }

    /** lstat(2): a symlink itself. */
    public Stat lstat(Nsproxy ns, String path) throws KernelException { return lstat(netFor(ns, path), path); }

    /** Whether {@code path} is a directory (symlinks followed). */
    public boolean isDirectory(Nsproxy ns, String path) { return isDirectory(netFor(ns, path), path); }

    private List<String> list(Net net, String path) throws KernelException {
        String r = route(path);
        if (!kernelPath(norm(r))) return fs.list(r);
        String p = followLinks(net, norm(r));
        if (p.equals("/proc/net")) {
            TreeSet<String> s = new TreeSet<>(List.of(PROC_NET));
            if (!linnet.kernel.netfilter.NetfilterNet.of(net).xtables.recentTables.isEmpty()) s.add("xt_recent");
            return new ArrayList<>(s);
        }
        if (p.startsWith("/proc/net/") && List.of(PROC_NET).contains(p.substring("/proc/net/".length()))) {
            throw new KernelException(Errno.ENOTDIR);
        }
        if (p.equals("/run/netns")) return new ArrayList<>(new TreeSet<>(netns.namesNewestFirst()));
        if (p.startsWith("/run/netns/")) {
            if (netns.exists(p.substring("/run/netns/".length()))) throw new KernelException(Errno.ENOTDIR);
            throw new KernelException(Errno.ENOENT);
        }
        if (p.equals("/proc/net/xt_recent")) {
            var tables = linnet.kernel.netfilter.NetfilterNet.of(net).xtables.recentTables;
            if (tables.isEmpty()) throw new KernelException(Errno.ENOENT);
            return new ArrayList<>(new TreeSet<>(tables.keySet()));
        }
        if (p.startsWith("/proc/net/xt_recent/")) {
            var tables = linnet.kernel.netfilter.NetfilterNet.of(net).xtables.recentTables;
            String name = p.substring("/proc/net/xt_recent/".length());
            throw new KernelException(tables.containsKey(name) ? Errno.ENOTDIR : Errno.ENOENT);
        }
        if (p.equals("/sys/class/net")) {
            TreeSet<String> s = new TreeSet<>();
            for (NetDevice d : net.devices()) s.add(d.name());
            return new ArrayList<>(s);
        }
        if (p.startsWith("/sys/class/net/")) {
            String[] parts = p.substring("/sys/class/net/".length()).split("/");
            NetDevice d = net.byName(parts[0]);
            if (d == null) throw new KernelException(Errno.ENOENT);
            if (parts.length == 1) {
                TreeSet<String> names = new TreeSet<>(List.of(SYSFS_ATTRS));
                names.addAll(d.sysfsGroupAttrs());
                names.addAll(BrSysfs.extraEntries(d));
                return new ArrayList<>(names);
            }
            if (parts.length == 2 && parts[1].equals("statistics")) return new ArrayList<>(new TreeSet<>(List.of(STATS)));
            List<String> pw = PowerSysfs.list(parts);
            if (pw != null) return pw;
            List<String> br = BrSysfs.list(d, parts);
            if (br != null) return br;
            List<String> q = QueueSysfs.list(d, parts);
            if (q != null) return q;
            // a file of its directory is no directory; a name the directory lacks is nothing
            String parent = p.substring(0, p.lastIndexOf('/'));
            if (list(net, parent).contains(parts[parts.length - 1])) throw new KernelException(Errno.ENOTDIR);
            throw new KernelException(Errno.ENOENT);
        }
        if (p.startsWith("/proc/sys")) {
            String key = p.substring("/proc/sys".length()).replace('/', '.');
            if (key.startsWith(".")) key = key.substring(1);
            if (net.sysctl.get(key) != null) throw new KernelException(Errno.ENOTDIR);
            if (!net.sysctl.isDirectory(key)) throw new KernelException(Errno.ENOENT);
            TreeSet<String> s = new TreeSet<>();
            String pre = key.isEmpty() ? "" : key + ".";
            for (Sysctl.Entry e : net.sysctl.list(pre)) s.add(e.key.substring(pre.length()).split("\\.")[0]);
            return new ArrayList<>(s);
        }
        throw new KernelException(Errno.ENOENT);
    }

    /**
     * What opening {@code path} for writing fails with (bash's "> FILE"), or null when it opens:
     * a missing device directory is ENOENT, a read-only or missing file in one EACCES.
     */
    private Errno openForWriteError(Net net, String path) {
        String r = route(path);
        if (!kernelPath(norm(r))) return fs.openError(r);
        String p = followLinks(net, norm(r));
        if (p.startsWith("/sys/class/net/")) {
            String[] parts = p.substring("/sys/class/net/".length()).split("/");
            NetDevice d = net.byName(parts[0]);
            if (d == null) return Errno.ENOENT;
            if (parts.length == 1) return Errno.EISDIR;
            if (parts.length == 2) {
                if (isDir(net, p)) return Errno.EISDIR;
                return DevSysfs.openError(parts[1]);
            }
            if (parts[1].equals("statistics")) return parts.length == 3 ? Errno.EACCES : Errno.ENOENT;
            if (parts[1].equals("queues")) return QueueSysfs.openForWriteError(d, parts);
            if (parts[1].equals("power")) return PowerSysfs.openForWriteError(parts);
            if (parts.length == 3) {
                Errno e = BrSysfs.openForWriteError(d, parts[1], parts[2]);
                if (e != null) return e;
            }
        }
        if (p.startsWith("/proc/sys/")) return null;
        return exists(net, p) ? null : Errno.ENOENT;
    }

    private boolean isDir(Net net, String p) {
        try {
            list(net, p);
            return true;
        } catch (KernelException e) {
            return false;
        }
    }

    /** Whether {@code path} exists (for ls of a single file). */
    private boolean exists(Net net, String path) {
        String r = route(path);
        if (!kernelPath(norm(r))) return fs.exists(r);
        try {
            list(net, path);
            return true;
        } catch (KernelException e) {
            return e.errno == Errno.ENOTDIR;
        }
    }

    /**
     * net/8021q/vlanproc.c vlan_seq_show: the name type (VLAN_NAME_TYPE_RAW_PLUS_VID_NO_PAD, the
     * default), then each VLAN device of the namespace with its VID and real device.
     */
    private static String procNetVlanConfig(Net net) {
        StringBuilder sb = new StringBuilder("VLAN Dev name\t | VLAN ID\nName-Type: VLAN_NAME_TYPE_RAW_PLUS_VID_NO_PAD\n");
        for (linnet.kernel.core.NetDevice d : net.devices()) {
            if (d instanceof linnet.kernel.drivers.Vlan v)
                sb.append(String.format("%-15s| %d  | %s%n", v.name(), v.vid(), v.realDev().name()));
        }
        return sb.toString();
    }

    /** The files of /proc/net that linnet knows (Linux has many more). */
    private static final String[] PROC_NET = {"arp", "dev", "if_inet6", "netstat", "route", "snmp", "snmp6", "unix"};

    /** The files of /sys/class/net/DEV/statistics (netstat_attrs). */
    static final String[] STATS = {"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
        "rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors", "rx_over_errors", "rx_crc_errors",
        "rx_frame_errors", "rx_fifo_errors", "rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors",
        "tx_fifo_errors", "tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed", "rx_nohandler"};

    static final String[] SYSFS_ATTRS = {"addr_assign_type", "addr_len", "address", "broadcast", "carrier",
        "carrier_changes", "carrier_down_count", "carrier_up_count", "dev_id", "dev_port", "dormant", "duplex",
        "flags", "gro_flush_timeout", "ifalias", "ifindex", "iflink", "link_mode", "mtu", "name_assign_type",
        "napi_defer_hard_irqs", "netdev_group", "operstate", "proto_down", "speed", "statistics", "testing", "threaded",
        "tx_queue_len", "type", "queues", "power", "subsystem", "uevent"};

    private String read(Net net, String path) throws KernelException {
        String r = route(path);
        if (!kernelPath(norm(r))) return fs.read(r);
        String p = followLinks(net, norm(r));
        if (p.startsWith("/proc/sys/")) {
            String key = p.substring("/proc/sys/".length()).replace('/', '.');
            if (net.sysctl.get(key) == null) throw new KernelException(net.sysctl.isDirectory(key) ? Errno.EISDIR : Errno.ENOENT);
            return net.sysctl.read(key) + "\n";
        }
        if (p.equals("/proc/net/route")) return procNetRoute(net);
        if (p.equals("/proc/net/dev")) return procNetDev(net);
        if (p.equals("/proc/net/arp")) return procNetArp(net);
        if (p.equals("/proc/net/if_inet6")) return ProcNetInet6.ifInet6(net);
        if (p.equals("/proc/net/unix")) return ProcNetInet6.unix();
        if (p.equals("/proc/net/snmp")) return linnet.kernel.ipv4.SnmpProc.snmp(net);
        if (p.equals("/proc/net/netstat")) return linnet.kernel.ipv4.SnmpProc.netstat(net);
        if (p.equals("/proc/net/snmp6")) return linnet.kernel.ipv6.Snmp6Proc.snmp6(net);
        if (p.equals("/proc/net/vlan/config")) return procNetVlanConfig(net);
        if (p.startsWith("/proc/net/bonding/")
                && net.byName(p.substring("/proc/net/bonding/".length())) instanceof linnet.kernel.drivers.Bond b)
            return b.procInfo();
        if (p.startsWith("/proc/net/xt_recent/")) return procNetXtRecent(net, p.substring("/proc/net/xt_recent/".length()));
        if (p.startsWith("/sys/class/net/")) return sysfs(net, p.substring("/sys/class/net/".length()));
        if (p.startsWith("/run/netns/") && netns.exists(p.substring("/run/netns/".length()))) return "";
        // a directory of the kernel's trees (/sys/class/net, /proc/net, ...): read(2) says EISDIR
        throw new KernelException(isDir(net, p) ? Errno.EISDIR : Errno.ENOENT);
    }

    /**
     * What open(2) for writing says before anything is written: ENOENT for a missing sysctl, EISDIR
     * for a directory, EACCES for a read-only one (the shell reports these against the file name).
     */
    private void openForWrite(Net net, String path) throws KernelException {
        openForWrite(net, path, false);
    }

    /**
     * open(2) for writing with O_CREAT, and O_TRUNC when {@code truncate} (bash's {@code >}; its
     * {@code >>} does not truncate): a missing regular file is created here, before the command runs.
     */
    private void openForWrite(Net net, String path, boolean truncate) throws KernelException {
        String r = route(path);
        if (!kernelPath(norm(r))) {
            fs.open(r, truncate);
            return;
        }
        String p = followLinks(net, norm(r));
        if (!p.startsWith("/proc/sys/")) return;
        String key = p.substring("/proc/sys/".length()).replace('/', '.');
        Sysctl.Entry e = net.sysctl.get(key);
        if (e == null) throw new KernelException(net.sysctl.isDirectory(key) ? Errno.EISDIR : Errno.ENOENT);
        if ((e.mode() & 0200) == 0) throw new KernelException(Errno.EACCES);
    }

    /**
     * Writes {@code value} as the whole file: a kernel file takes it as one write(2); a regular
     * file is created when missing (its directory must exist) and truncated first.
     */
    private void write(Net net, String path, String value) throws KernelException {
        String r = route(path);
        if (!kernelPath(norm(r))) {
            fs.write(r, value, false);
            return;
        }
        String p = followLinks(net, norm(r));
        if (p.startsWith("/proc/sys/")) {
            String key = p.substring("/proc/sys/".length()).replace('/', '.');
            if (net.sysctl.get(key) == null) throw new KernelException(Errno.ENOENT);
            net.sysctl.write(key, value);
            return;
        }
        if (p.startsWith("/sys/class/net/")) {
            String[] parts = p.substring("/sys/class/net/".length()).split("/");
            NetDevice d = net.byName(parts[0]);
            if (d != null && parts.length == 3 && BrSysfs.write(d, parts, value)) return;
            if (d != null && QueueSysfs.write(d, parts, value)) return;
            if (d != null && PowerSysfs.write(d, parts, value)) return;
            if (d == null || parts.length != 2) throw new KernelException(Errno.ENOENT);
            if (parts[1].equals("statistics")) throw new KernelException(Errno.EISDIR);
            DevSysfs.write(d, parts[1], value);
            return;
        }
        throw new KernelException(Errno.ENOENT);
    }

    /**
     * Writes at the end of the file (O_APPEND, bash's {@code >>}): a regular file keeps what it
     * had and is created when missing; a kernel file has no end to write at, so /proc/sys and
     * sysfs take the data exactly as {@link #write} does.
     */
    private void append(Net net, String path, String data) throws KernelException {
        String r = route(path);
        if (!kernelPath(norm(r))) {
            fs.write(r, data, true);
            return;
        }
        write(net, path, data);
    }

    /** touch(1)'s open(O_CREAT) + utimensat: creates an empty file or makes its mtime now. */
    private void touch(Net net, String path) throws KernelException {
        String r = route(path);
        if (kernelPath(norm(r))) {
            // the kernel's files take any time stamp silently, but none can be created
            if (!exists(net, path)) throw new KernelException(createError(net, r, false));
            return;
        }
        Errno e = pseudoCreateError(net, r, false);
        if (e != null) throw new KernelException(e);
        fs.touch(r);
    }

    /** mkdir(2) with mode 0755 (0777 under umask 022). */
    private void mkdir(Net net, String path) throws KernelException { mkdir(net, path, 0755); }

    /** mkdir(2) with the given permission bits (the caller has applied its umask). */
    private void mkdir(Net net, String path, int mode) throws KernelException {
        String r = route(path);
        if (kernelPath(norm(r))) throw new KernelException(exists(net, path) ? Errno.EEXIST : createError(net, r, true));
        Errno e = pseudoCreateError(net, r, true);
        if (e != null) throw new KernelException(e);
        fs.mkdir(r, mode & 07777);
    }

    /** symlink(2): a new name {@code path} whose contents is {@code target} (not looked at). */
    private void symlink(Net net, String target, String path) throws KernelException {
        String r = route(path);
        if (kernelPath(norm(r))) throw new KernelException(exists(net, path) ? Errno.EEXIST : createError(net, r, true));
        Errno e = pseudoCreateError(net, r, true);
        if (e != null) throw new KernelException(e);
        fs.symlink(target, r);
    }

    /** link(2): a hard link; the kernel's files have none, and none crosses into them (EXDEV). */
    private void link(Net fromNet, Net toNet, String from, String to) throws KernelException {
        String f = route(from);
        String t = route(to);
        if (kernelPath(norm(f)) || kernelPath(norm(t))) {
            if (!exists(fromNet, f)) throw new KernelException(Errno.ENOENT);
            throw new KernelException(exists(toNet, t) ? Errno.EEXIST : Errno.EXDEV);
        }
        Errno e = pseudoCreateError(toNet, t, true);
        if (e != null) throw new KernelException(e);
        fs.link(f, t);
    }

    /**
     * chmod(2). sysfs (kernfs) keeps a mode per attribute until the device goes; procfs's sysctl
     * files refuse (EPERM).
     */
    private void chmod(Net net, String path, int mode) throws KernelException {
        String r = route(path);
        String n = norm(r);
        if (!kernelPath(n)) {
            fs.chmod(r, mode);
            return;
        }
        Stat st = stat(net, path);
        if (!n.startsWith("/sys/")) throw new KernelException(Errno.EPERM);
        String p = followLinks(net, n);
        String[] parts = p.substring("/sys/class/net/".length()).split("/", 2);
        if (parts.length < 2 && st.isDirectory()) {
            // the device directory itself (behind the class symlink)
            parts = new String[] {parts[0], ""};
        }
        NetDevice d = net.byName(parts[0]);
        sysfsModes.computeIfAbsent(d, k -> new java.util.HashMap<>()).put(parts.length > 1 ? parts[1] : "", mode & 07777);
    }

    /** A mode chmod gave a sysfs file, per device (gone with the device), by the path under its directory. */
    private final java.util.Map<NetDevice, java.util.Map<String, Integer>> sysfsModes = new java.util.WeakHashMap<>();

    /** utimensat(2) of the modification time: the kernel's files take it silently (and keep theirs). */
    private void utimens(Net net, String path, long mtimeNs, boolean follow) throws KernelException {
        String r = route(path);
        if (kernelPath(norm(r))) {
            stat(net, path, follow);
            return;
        }
        fs.utimens(r, mtimeNs, follow);
    }

    /** CLOCK_REALTIME now, in ns (ls -l compares file times with it). */
    public long now() { return fs.now(); }

    /**
     * Why nothing can be created at a missing name inside /proc or /sys that the tree itself holds
     * (their top directories): procfs has no such entry (ENOENT); sysfs refuses a directory or
     * symlink (EPERM) and a file (EACCES). Null outside them.
     */
    private Errno pseudoCreateError(Net net, String r, boolean dirOrLink) {
        String n = norm(r);
        if (!under(n, "/proc") && !under(n, "/sys")) return null;
        if (fs.exists(r) || n.equals("/proc") || n.equals("/sys")) return null;
        return createError(net, r, dirOrLink);
    }

    private static Errno createError(Net net, String r, boolean dirOrLink) {
        if (norm(r).startsWith("/proc") || norm(r).startsWith("/run/netns")) {
            return norm(r).startsWith("/run/") ? Errno.EACCES : Errno.ENOENT;
        }
        return dirOrLink ? Errno.EPERM : Errno.EACCES;
    }

    /** unlink(2). */
    private void unlink(Net net, String path) throws KernelException {
        String r = route(path);
        if (kernelPath(norm(r))) throw kernelRemoveError(net, r);
        fs.unlink(r);
    }

    /** rmdir(2). */
    private void rmdir(Net net, String path) throws KernelException {
        String r = route(path);
        if (kernelPath(norm(r))) {
            if (exists(net, r) && !lstat(net, r).isDirectory()) throw new KernelException(Errno.ENOTDIR);
            throw kernelRemoveError(net, r);
        }
        fs.rmdir(r);
    }

    /** rename(2); the kernel's files cannot be renamed, nor anything moved into them. */
    private void rename(Net net, String from, String to) throws KernelException {
        String f = route(from);
        String t = route(to);
        if (kernelPath(norm(f))) throw kernelRemoveError(net, f);
        if (kernelPath(norm(t))) throw new KernelException(Errno.EXDEV);
        fs.rename(f, t);
    }

    /**
     * /run/netns/NAME is a mount point (EBUSY); sysfs has no unlink (EPERM); procfs's sysctl
     * directories are not writable, so root's unlink there fails the permission check (EACCES).
     */
    private KernelException kernelRemoveError(Net net, String r) {
        if (!exists(net, r)) return new KernelException(Errno.ENOENT);
        String p = norm(r);
        if (p.startsWith("/run/netns/")) return new KernelException(Errno.EBUSY);
        return new KernelException(p.startsWith("/proc/") ? Errno.EACCES : Errno.EPERM);
    }

    /** stat(2): symlinks followed. */
    private Stat stat(Net net, String path) throws KernelException { return stat(net, path, true); }

    /** lstat(2): a symlink itself (the sysfs device links, /bin, /var/run). */
    private Stat lstat(Net net, String path) throws KernelException { return stat(net, path, false); }

    /** Whether {@code path} is a directory (symlinks followed). */
    private boolean isDirectory(Net net, String path) {
        try {
            return stat(net, path).isDirectory();
        } catch (KernelException e) {
            return false;
        }
    }

    private Stat stat(Net net, String path, boolean follow) throws KernelException {
        // route() walks /var/run as /run; lstat of the name itself is the symlink the tree has
        if (!follow && fold(path).equals("/var/run")) return fs.stat("/var/run", false);
        String r = route(path);
        String n = norm(r);
        if (!kernelPath(n)) {
            Stat st = fs.stat(r, follow);
            // the mount points of procfs and sysfs: their own roots, which claim no blocks
            if (st.isDirectory() && (under(n, "/proc") || under(n, "/sys"))) {
                return new Stat(st.type(), st.mode(), 0, 0, st.nlink(), st.mtimeNs(), 0, 0, null, st.ino());
            }
            return st;
        }
        // a device's own directory under /sys/devices is no link (its master and brport/bridge are)
        boolean deviceDir = under(norm(fold(path)), DEVICES) && norm(fold(path)).lastIndexOf('/') == DEVICES.length();
        if (!follow && !r.endsWith("/") && !deviceDir) {
            // the links met through a followed parent too (DEV/subsystem/lo is a link)
            int slash = n.lastIndexOf('/');
            String link = sysfsLink(net, followLinks(net, n.substring(0, slash)) + n.substring(slash));
            if (link != null) return new Stat(FileType.SYMLINK, 0777, 0, 0, 1, bootNs, 0, 0, link, 0);
        }
        String p = followLinks(net, n);
        boolean sys = p.startsWith("/sys/");
        try {
            List<String> entries = list(net, p);
            // procfs's sysctl directories count no links; sysfs counts its subdirectories (not
            // its symlinks); /run/netns is a tmpfs, 20 bytes a name with . and ..
            int nlink = p.startsWith("/proc/sys") ? 1 : 2;
            if (sys) for (String e : entries) if (isDir(net, p + "/" + e) && sysfsLink(net, p + "/" + e) == null) nlink++;
            long size = p.equals("/run/netns") ? 20L * (entries.size() + 2) : 0;
            return new Stat(FileType.DIRECTORY, sysfsMode(net, p, sys || p.startsWith("/run/") ? 0755 : 0555), size, 0,
                    nlink, bootNs, 0, 0, null, 0);
        } catch (KernelException e) {
            if (e.errno != Errno.ENOTDIR) throw e;
        }
        if (r.endsWith("/")) throw new KernelException(Errno.ENOTDIR);
        int mode;
        if (p.startsWith("/proc/sys/")) {
            Sysctl.Entry en = net.sysctl.get(p.substring("/proc/sys/".length()).replace('/', '.'));
            mode = en == null ? 0444 : en.mode();
        } else if (sys) {
            mode = sysfsMode(net, p, openForWriteError(net, p) == Errno.EACCES ? 0444 : 0644);
        } else {
            mode = 0444;
        }
        // sysfs attributes claim a page; procfs and nsfs files have no size
        return new Stat(FileType.REGULAR, mode, sys ? 4096 : 0, 0, 1, bootNs, 0, 0, null, 0);
    }

    /** The mode chmod gave a sysfs path, else its own. */
    private int sysfsMode(Net net, String p, int own) {
        String base = "/sys/class/net/";
        if (!p.startsWith(base)) return own;
        String[] parts = p.substring(base.length()).split("/", 2);
        var modes = sysfsModes.get(net.byName(parts[0]));
        if (modes == null) return own;
        return modes.getOrDefault(parts.length > 1 ? parts[1] : "", own);
    }

    /**
     * The symlinks sysfs has where linnet's paths lead: /sys/class/net/DEV points into
     * /sys/devices/virtual/net, DEV/master and DEV/brport/bridge at the bridge. Null for others.
     */
    private static String sysfsLink(Net net, String p) {
        String base = "/sys/class/net/";
        if (!p.startsWith(base)) return null;
        String[] parts = p.substring(base.length()).split("/");
        NetDevice d = net.byName(parts[0]);
        if (d == null) return null;
        if (parts.length == 1) return "../../devices/virtual/net/" + d.name();
        if (parts.length == 2 && parts[1].equals("subsystem")) return "../../../../class/net";
        if (parts.length == 3 && parts[1].equals("brif") && isPortOf(net, parts[2], d)) return "../../" + parts[2] + "/brport";
        if (d.master == null) return null;
        if (parts.length == 2 && parts[1].equals("master")) return "../" + d.master.name();
        if (parts.length == 3 && parts[1].equals("brport") && parts[2].equals("bridge")) return "../../" + d.master.name();
        return null;
    }

    /** Whether the device named {@code port} is enslaved to the bridge {@code br} (an entry of br's brif/). */
    private static boolean isPortOf(Net net, String port, NetDevice br) {
        NetDevice pd = net.byName(port);
        return pd != null && pd.master == br && pd.rxHandlerData instanceof linnet.kernel.bridge.BridgePort;
    }

    private static String sysfs(Net net, String rest) throws KernelException {
        String[] parts = rest.split("/");
        NetDevice d = net.byName(parts[0]);
        if (d == null) throw new KernelException(Errno.ENOENT);
        if (parts.length == 1) throw new KernelException(Errno.EISDIR);
        String attr = parts[1];
        if (attr.equals("statistics") && parts.length == 3) return stat(d, parts[2]) + "\n";
        if (attr.equals("statistics") && parts.length == 2) throw new KernelException(Errno.EISDIR);
        String br = BrSysfs.read(d, parts);
        if (br != null) return br;
        String q = QueueSysfs.read(d, parts);
        if (q != null) return q;
        String pw = PowerSysfs.read(d, parts);
        if (pw != null) return pw;
        boolean running = d.isUp();
        return switch (attr) {
            case "ifindex" -> d.ifindex() + "\n";
            case "iflink" -> d.iflink() + "\n";
            case "mtu" -> d.mtu + "\n";
            case "address" -> (d.addrLen == 0 ? "" : Mac.format(d.addr)) + "\n";
            case "broadcast" -> (d.addrLen == 0 ? "" : Mac.format(d.broadcast)) + "\n";
            case "addr_len" -> d.addrLen + "\n";
            case "type" -> d.type + "\n";
            case "flags" -> String.format("0x%x%n", d.flags() & ~(Iff.RUNNING | Iff.LOWER_UP));
            case "tx_queue_len" -> d.txQueueLen + "\n";
            case "operstate" -> d.operstate().name().toLowerCase() + "\n";
            case "addr_assign_type" -> d.addrAssignType + "\n";
            case "name_assign_type" -> {
                if (d.nameAssignType == NetDevice.NET_NAME_UNKNOWN) throw new KernelException(Errno.EINVAL);
                yield d.nameAssignType + "\n";
            }
            case "carrier" -> {
                if (!running) throw new KernelException(Errno.EINVAL);
                yield (d.carrierOk() ? 1 : 0) + "\n";
            }
            case "carrier_changes" -> (d.carrierUpCount + d.carrierDownCount) + "\n";
            case "carrier_up_count" -> d.carrierUpCount + "\n";
            case "carrier_down_count" -> d.carrierDownCount + "\n";
            case "dormant", "testing" -> {
                // Like carrier: meaningful only while the device runs (netif_running), else EINVAL.
                if (!running) throw new KernelException(Errno.EINVAL);
                yield "0\n";
            }
            case "dev_id" -> "0x0\n";
            // the device's uevent environment (net_uevent)
            case "uevent" -> "INTERFACE=" + d.name() + "\nIFINDEX=" + d.ifindex() + "\n";
            case "dev_port", "link_mode", "proto_down", "threaded" -> "0\n";
            case "netdev_group" -> d.group + "\n";
            case "ifalias" -> d.ifalias == null || d.ifalias.isEmpty() ? "" : d.ifalias + "\n";
            case "gro_flush_timeout" -> d.groFlushTimeout + "\n";
            case "napi_defer_hard_irqs" -> d.napiDeferHardIrqs + "\n";
            case "speed", "duplex" -> {
                // speed_show/duplex_show: only while netif_running and the driver has
                // get_link_ksettings (else EINVAL); speed is printed "%d", so SPEED_UNKNOWN is -1.
                NetDevice.LinkKsettings ks = running ? d.ethtoolLinkKsettings() : null;
                if (ks == null) throw new KernelException(Errno.EINVAL);
                if (attr.equals("speed")) yield ks.speed() + "\n";
                yield switch (ks.duplex()) {
                    case NetDevice.DUPLEX_HALF -> "half\n";
                    case NetDevice.DUPLEX_FULL -> "full\n";
                    default -> "unknown\n";
                };
            }
            default -> {
                String v = d.sysfsGroupRead(attr);
                if (v == null) throw new KernelException(Errno.ENOENT);
                yield v;
            }
        };
    }

    private static long stat(NetDevice d, String n) throws KernelException {
        var s = d.settledStats();
        return switch (n) {
            case "rx_packets" -> s.rxPackets;
            case "tx_packets" -> s.txPackets;
            case "rx_bytes" -> s.rxBytes;
            case "tx_bytes" -> s.txBytes;
            case "rx_dropped" -> s.rxDropped;
            case "tx_dropped" -> s.txDropped;
            case "rx_errors" -> s.rxErrors;
            case "tx_errors" -> s.txErrors;
            case "multicast" -> s.multicast;
            case "collisions" -> s.collisions;
            case "rx_length_errors" -> s.rxLengthErrors;
            case "rx_over_errors" -> s.rxOverErrors;
            case "rx_crc_errors" -> s.rxCrcErrors;
            case "rx_frame_errors" -> s.rxFrameErrors;
            case "rx_fifo_errors" -> s.rxFifoErrors;
            case "rx_missed_errors" -> s.rxMissedErrors;
            case "tx_aborted_errors" -> s.txAbortedErrors;
            case "tx_carrier_errors" -> s.txCarrierErrors;
            case "tx_fifo_errors" -> s.txFifoErrors;
            case "tx_heartbeat_errors" -> s.txHeartbeatErrors;
            case "tx_window_errors" -> s.txWindowErrors;
            case "rx_compressed" -> s.rxCompressed;
            case "tx_compressed" -> s.txCompressed;
            case "rx_nohandler" -> s.rxNohandler;
            default -> throw new KernelException(Errno.ENOENT);
        };
    }

    private static String procNetRoute(Net net) {
        StringBuilder sb = new StringBuilder(String.format("%-127s%n",
                "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT"));
        FibTable t = NetnsIpv4.of(net).fib.table(FibRoute.RT_TABLE_MAIN);
        if (t == null) return sb.toString();
        for (FibRoute r : t.routes()) {
            // fib_route_seq_show skips only broadcast and multicast aliases (throw routes show too).
            if (r.type == FibRoute.RTN_BROADCAST || r.type == FibRoute.RTN_MULTICAST) continue;
            // fib_flag_trans: RTF_REJECT for unreachable/prohibit only (not blackhole or throw),
            // plus GATEWAY, HOST for a /32, and RTF_UP always.
            int flags = 0x0001;
            if (r.type == FibRoute.RTN_UNREACHABLE || r.type == FibRoute.RTN_PROHIBIT) flags |= 0x0200;
            if (r.gw != 0) flags |= 0x0002;
            if (r.dstLen == 32) flags |= 0x0004;
            // The MTU column is fib_advmss + 40 (0 without an advmss metric; the mtu metric is not in it),
            // Window fib_window, IRTT fib_rtt >> 3.
            String line = String.format("%s\t%08X\t%08X\t%04X\t%d\t%d\t%d\t%08X\t%d\t%d\t%d",
                    r.dev == null ? "*" : r.dev.name(), Integer.reverseBytes(r.dst), Integer.reverseBytes(r.gw), flags, 0, 0,
                    r.priority, Integer.reverseBytes(r.mask()),
                    r.metrics[FibRoute.RTAX_ADVMSS] == 0 ? 0 : r.metrics[FibRoute.RTAX_ADVMSS] + 40,
                    Integer.toUnsignedLong(r.metrics[FibRoute.RTAX_WINDOW]), r.metrics[FibRoute.RTAX_RTT] >>> 3);
            sb.append(String.format("%-127s%n", line));
        }
        return sb.toString();
    }

    /**
     * /proc/net/arp (arp_seq_show): the namespace's arp_tbl without NOARP-only entries
     * (NEIGH_SEQ_SKIP_NOARP); flags are ATF_PERM|ATF_COM for permanent, ATF_COM for other valid states;
     * the proxy (pneigh) entries follow.
     */
    private static String procNetArp(Net net) {
        StringBuilder sb = new StringBuilder("IP address       HW type     Flags       HW address            Mask     Device\n");
        for (linnet.kernel.ipv4.Neighbour n : NetnsIpv4.of(net).arp.entries()) {
            if ((n.state & ~linnet.kernel.ipv4.Neighbour.NUD_NOARP) == 0) continue;
            int flags = (n.state & linnet.kernel.ipv4.Neighbour.NUD_PERMANENT) != 0 ? 0x06
                    : (n.state & linnet.kernel.ipv4.Neighbour.NUD_VALID) != 0 ? 0x02 : 0;
            // The hardware address is n->ha over dev->addr_len bytes (all zero until resolved).
            StringBuilder ha = new StringBuilder();
            long mac = n.hasLladdr ? n.lladdr : 0;
            for (int i = 0; i < n.dev.addrLen; i++) {
                if (i > 0) ha.append(':');
                ha.append(String.format("%02x", (mac >>> (8 * (n.dev.addrLen - 1 - i))) & 0xff));
            }
            String ip = ((n.key >>> 24) & 0xff) + "." + ((n.key >>> 16) & 0xff) + "." + ((n.key >>> 8) & 0xff) + "." + (n.key & 0xff);
            sb.append(String.format("%-16s 0x%-10x0x%-10x%-17s     %-8s %s%n", ip, n.dev.type, flags, ha, "*", n.dev.name()));
        }
        // then the proxy entries (arp_format_pneigh_entry): ATF_PUBL|ATF_PERM, a zero address
        for (linnet.kernel.ipv4.NeighTable.Proxy p : NetnsIpv4.of(net).arp.proxies()) {
            int k = p.key();
            String ip = ((k >>> 24) & 0xff) + "." + ((k >>> 16) & 0xff) + "." + ((k >>> 8) & 0xff) + "." + (k & 0xff);
            sb.append(String.format("%-16s 0x%-10x0x%-10x%s     *        %s%n", ip, p.dev() == null ? 0 : p.dev().type, 0x0c,
                    "00:00:00:00:00:00", p.dev() == null ? "*" : p.dev().name()));
        }
        return sb.toString();
    }

    /**
     * /proc/net/xt_recent/NAME (recent_seq_show): per address its TTL, the newest stamp, the ring
     * index (printed as "oldest_pkt") and every stamp, in jiffies (HZ 250 on the oracle, from INITIAL_JIFFIES).
     */
    private static String procNetXtRecent(Net net, String name) throws KernelException {
        var t = linnet.kernel.netfilter.NetfilterNet.of(net).xtables.recentTables.get(name);
        if (t == null) throw new KernelException(Errno.ENOENT);
        StringBuilder sb = new StringBuilder();
        for (var e : t.entries()) {
            long[] st = e.stamps();
            int k = e.addr;
            sb.append("src=").append((k >>> 24) & 0xff).append('.').append((k >>> 16) & 0xff).append('.')
                    .append((k >>> 8) & 0xff).append('.').append(k & 0xff).append(" ttl: ").append(e.ttl)
                    .append(" last_seen: ").append(jiffies(st[(e.index() - 1) & (st.length > 0 ? 31 : 0)]))
                    .append(" oldest_pkt: ").append(e.index());
            for (int i = 0; i < st.length; i++) sb.append(i > 0 ? "," : "").append(' ').append(jiffies(st[i]));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** INITIAL_JIFFIES ((unsigned long)(unsigned int)(-300 * HZ)) plus the virtual clock, at HZ 250. */
    private static long jiffies(long ns) { return 4294892296L + ns / 4_000_000L; }

    private static String procNetDev(Net net) {
        StringBuilder sb = new StringBuilder();
        sb.append("Inter-|   Receive                                                |  Transmit\n");
        sb.append(" face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n");
        for (NetDevice d : net.devices()) {
            var s = d.settledStats();
            sb.append(String.format("%6s:%8d %7d %4d %4d %4d %5d %10d %9d %8d %7d %4d %4d %4d %5d %7d %10d%n",
                    d.name(), s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped, s.rxFifoErrors, s.rxFrameErrors,
                    s.rxCompressed, s.multicast, s.txBytes, s.txPackets, s.txErrors, s.txDropped, s.txFifoErrors,
                    s.collisions, s.txCarrierErrors, s.txCompressed));
        }
        return sb.toString();
    }
}
