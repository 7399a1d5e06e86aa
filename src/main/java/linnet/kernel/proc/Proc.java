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

    /** The UTS namespace (hostname): null is the machine's initial one; children inherit it (clone without CLONE_NEWUTS). */
    public linnet.kernel.core.Uts uts;

    /** The UTS namespace this process sees: its own, else the machine's {@code initial}. */
    public linnet.kernel.core.Uts uts(linnet.kernel.core.Uts initial) { return uts != null ? uts : initial; }

    public String comm() { return comm; }

    public boolean alive() { return alive; }

    /** Who receives signals sent to this pid; null while it runs in the foreground of a shell. */
    public void onSignal(SignalTarget t) { target = t; }
}
