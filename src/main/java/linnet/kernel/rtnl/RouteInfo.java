package linnet.kernel.rtnl;

/** A route as RTM_NEWROUTE describes it (IPv4; one nexthop). {@code oif} 0 = no device;
 * {@code metrics} the RTAX metrics other than the mtu, by index, {@code metricLocks} their lock bits. */
public record RouteInfo(int table, int type, int dst, int dstLen, int tos, int priority, int protocol, int scope,
                        int prefsrc, int gw, int oif, int nhFlags, int mtu, boolean mtuLock, int expires, int[] metrics, int metricLocks) {
    public RouteInfo(int table, int type, int dst, int dstLen, int tos, int priority, int protocol, int scope,
                     int prefsrc, int gw, int oif, int nhFlags, int mtu, boolean mtuLock, int expires) {
        this(table, type, dst, dstLen, tos, priority, protocol, scope, prefsrc, gw, oif, nhFlags, mtu, mtuLock, expires,
                new int[linnet.kernel.ipv4.FibRoute.RTAX_MAX + 1], 0);
    }
}
