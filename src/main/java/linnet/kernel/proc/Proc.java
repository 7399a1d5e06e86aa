package linnet.kernel.proc;

import linnet.kernel.core.Net;

/**
 * A process as far as networking sees one (the parts of task_struct linnet models): its pid, its
 * parent, its command name and the network namespace its nsproxy points at. setns(2) and
 * unshare(2) change the namespace of the process itself, so {@code ip netns exec NS sleep 30 &}
 * is one pid that `ip netns pids NS` lists.
 */
public final class Proc {
    /** Delivers a signal to what runs as this process (a background job's coroutine). */
    @FunctionalInterface
    public interface SignalTarget {
        void deliver(int signal);
    }

    public final int pid;
    public final int ppid;
    String comm;
    Net net;
    boolean alive = true;
    SignalTarget target;

    Proc(int pid, int ppid, String comm, Net net) {
        this.pid = pid;
        this.ppid = ppid;
        this.comm = comm;
        this.net = net;
    }

    public Net net() { return net; }

    public String comm() { return comm; }

    public boolean alive() { return alive; }

    /** Who receives signals sent to this pid; null while it runs in the foreground of a shell. */
    public void onSignal(SignalTarget t) { target = t; }
}
