package linnet.kernel.ipv6;

import java.util.ArrayDeque;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * A raw ICMPv6 socket (net/ipv6/raw.c) as iputils ping opens it: a copy of every ICMPv6 message
 * delivered locally, and with IPV6_RECVERR the ICMPv6 errors about its own packets.
 */
public final class RawSocket6 {
    /** An error-queue entry: the ICMPv6 type/code, who sent it, and the offending packet. */
    public record ErrQueueEntry(int type, int code, int info, byte[] offender, byte[] payload) {}

    final NetnsIpv6 ns;
    /** SO_BINDTODEVICE, or null. */
    public NetDevice boundDev;
    public final ArrayDeque<SkBuff> rxQueue = new ArrayDeque<>();
    public final ArrayDeque<ErrQueueEntry> errQueue = new ArrayDeque<>();

    RawSocket6(NetnsIpv6 ns) { this.ns = ns; }

    public void close() { ns.rawSockets.remove(this); }
}
