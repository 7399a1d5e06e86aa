package linnet.kernel.core;

/** Per-device counters (struct rtnl_link_stats64), the ones ip -s, ifconfig and /proc/net/dev show. */
public final class LinkStats {
    public long rxPackets, txPackets, rxBytes, txBytes;
    public long rxErrors, txErrors, rxDropped, txDropped, multicast, collisions;
    public long rxLengthErrors, rxOverErrors, rxCrcErrors, rxFrameErrors, rxFifoErrors, rxMissedErrors;
    public long txAbortedErrors, txCarrierErrors, txFifoErrors, txHeartbeatErrors, txWindowErrors;
    public long rxCompressed, txCompressed, rxNohandler;
}
