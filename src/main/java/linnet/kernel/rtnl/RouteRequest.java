package linnet.kernel.rtnl;

/**
 * An RTM_NEWROUTE / RTM_DELROUTE request. {@code dev} null = no RTA_OIF; {@code *Given} flags
 * tell which optional fields the user set (delete matches only those). {@code metrics} holds the
 * RTA_METRICS other than the mtu by RTAX index (null = none), {@code metricLocks} their RTAX_LOCK bits.
 */
public record RouteRequest(int table, int type, boolean typeGiven, int dst, int dstLen, int tos, int priority,
                           boolean priorityGiven, int protocol, boolean protocolGiven, int scope, boolean scopeGiven,
                           int prefsrc, int gw, String dev, boolean onlink, int mtu, boolean mtuLock, int[] metrics, int metricLocks) {
    /** Without metrics other than the mtu. */
    public RouteRequest(int table, int type, boolean typeGiven, int dst, int dstLen, int tos, int priority,
                        boolean priorityGiven, int protocol, boolean protocolGiven, int scope, boolean scopeGiven,
                        int prefsrc, int gw, String dev, boolean onlink, int mtu, boolean mtuLock) {
        this(table, type, typeGiven, dst, dstLen, tos, priority, priorityGiven, protocol, protocolGiven, scope, scopeGiven,
                prefsrc, gw, dev, onlink, mtu, mtuLock, null, 0);
    }
}
