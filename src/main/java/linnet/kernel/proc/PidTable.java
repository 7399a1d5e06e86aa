package linnet.kernel.proc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;

/**
 * The machine's pid namespace: pids handed out in increasing order as alloc_pid does (no reuse
 * is modelled: a lab never wraps pid_max), init as pid 1 in the root namespace. Each process
 * holds a reference on its network namespace (get_net/put_net), so a namespace whose name was
 * deleted lives on while a process is still in it.
 */
public final class PidTable {
    /** Signals by number as kill(1) and bash name them (signal(7), x86). */
    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGKILL = 9, SIGUSR1 = 10, SIGUSR2 = 12,
            SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19;

    private final Kernel kernel;
    private final TreeMap<Integer, Proc> procs = new TreeMap<>();
    private final Proc init;
    /**
     * The next pid: a booted Debian machine has used a few hundred by the time a user types, and
     * the corpus never prints one (they are random on the kernel), so any start is faithful.
     */
    private int next = 1000;

    public PidTable(Kernel kernel) {
        this.kernel = kernel;
        init = new Proc(1, 0, "systemd", kernel.initNet());
        kernel.getNet(init.net);
        procs.put(1, init);
    }

    /** pid 1, in the root namespace (`ip link set DEV netns 1` moves a device home). */
    public Proc init() { return init; }

    /** fork(2): a child of {@code parent} (init when null) in the parent's namespace. */
    public Proc fork(Proc parent, String comm) {
        Proc p = parent == null ? init : parent;
        Proc child = new Proc(next++, p.pid, comm, p.net);
        child.uts = p.uts;
        kernel.getNet(child.net);
        procs.put(child.pid, child);
        return child;
    }

    /** execve(2): the same pid runs another program. */
    public void exec(Proc p, String comm) { p.comm = comm; }

    /** setns(2) / unshare(2) with CLONE_NEWNET: the process moves to {@code net}. */
    public void setns(Proc p, Net net) {
        if (p.net == net) return;
        kernel.getNet(net);
        Net old = p.net;
        p.net = net;
        kernel.putNet(old);
    }

    /** exit(2): the pid is gone (reaping is not modelled) and its namespace reference dropped. */
    public void exit(Proc p) {
        if (!p.alive || p == init) return;
        p.alive = false;
        p.target = null;
        procs.remove(p.pid);
        kernel.putNet(p.net);
    }

    /** The live process with this pid, or null (ESRCH). */
    public Proc get(int pid) {
        Proc p = procs.get(pid);
        return p != null && p.alive ? p : null;
    }

    /** The live processes in {@code net}, in pid order (readdir order of /proc). */
    public List<Proc> in(Net net) {
        List<Proc> l = new ArrayList<>();
        for (Proc p : procs.values()) if (p.net == net) l.add(p);
        return l;
    }

    /** All live processes in pid order. */
    public List<Proc> all() { return List.copyOf(procs.values()); }

    /**
     * kill(2): false when there is no such process (ESRCH). Signal 0 only checks. A process that
     * runs in a shell's foreground has no target here (nothing else runs meanwhile to signal it).
     */
    public boolean kill(int pid, int signal) {
        Proc p = get(pid);
        if (p == null) return false;
        if (signal != 0 && p.target != null) p.target.deliver(signal);
        return true;
    }
}
