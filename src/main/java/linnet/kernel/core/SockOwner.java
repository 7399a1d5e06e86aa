package linnet.kernel.core;

/**
 * What skb->sk tells netfilter's owner match about a locally generated packet: whether the
 * socket has an open file (a user program's socket, with the file's credentials) or is one of
 * the kernel's own control sockets (ICMP replies and errors, resets), which have none.
 */
public record SockOwner(boolean file, int uid, int gid) {
    /** A socket of a program run by root (every program here runs as root). */
    public static final SockOwner ROOT = new SockOwner(true, 0, 0);
    /** A per-namespace kernel control socket (icmp_sk, the TCP reset socket). */
    public static final SockOwner KERNEL = new SockOwner(false, 0, 0);
}
