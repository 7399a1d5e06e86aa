package linnet.kernel.ipv4;

import java.util.ArrayDeque;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * A raw IPv4 socket (net/ipv4/raw.c), the kind iputils ping opens: it receives a copy of every
 * packet of its protocol delivered locally (minus the ICMP types its filter drops), and with
 * IP_RECVERR it also gets the ICMP errors caused by its own packets on an error queue.
 */
public final class RawSocket {
    /** An entry of the error queue (sock_extended_err + the offending packet's header). */
    public record ErrQueueEntry(int origin, int type, int code, int info, int offender, byte[] payload) {}

    public static final int SO_EE_ORIGIN_LOCAL = 1, SO_EE_ORIGIN_ICMP = 2;

    final NetnsIpv4 ns;
    public final int protocol;
    /** SO_BINDTODEVICE, or null. */
    public NetDevice boundDev;
    /** bind() address (0 = any). */
    public int boundAddr;
    /** ICMP_FILTER: bit n set = drop ICMP type n. */
    public int icmpFilter;
    public boolean recvErr;
    public int ttl;
    public final ArrayDeque<SkBuff> rxQueue = new ArrayDeque<>();
    public final ArrayDeque<ErrQueueEntry> errQueue = new ArrayDeque<>();
    boolean closed;

    RawSocket(NetnsIpv4 ns, int protocol) {
        this.ns = ns;
        this.protocol = protocol;
    }

    public void close() {
        closed = true;
        ns.rawSockets.remove(this);
    }

    /** raw_v4_match + raw_rcv: whether this socket takes a copy of the packet. */
    boolean matches(SkBuff skb, int daddr, int iif) {
        if (boundAddr != 0 && boundAddr != daddr) return false;
        if (boundDev != null && boundDev.ifindex() != iif) return false;
        return true;
    }
}
