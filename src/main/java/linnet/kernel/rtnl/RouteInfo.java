package linnet.kernel.rtnl;

/** A route as RTM_NEWROUTE describes it (IPv4; one nexthop). {@code oif} 0 = no device. */
public record RouteInfo(int table, int type, int dst, int dstLen, int tos, int priority, int protocol, int scope,
                        int prefsrc, int gw, int oif, int nhFlags, int mtu, boolean mtuLock, int expires) {}
