package linnet.kernel.rtnl;

/**
 * An RTM_NEWROUTE / RTM_DELROUTE request. {@code dev} null = no RTA_OIF; {@code *Given} flags
 * tell which optional fields the user set (delete matches only those).
 */
public record RouteRequest(int table, int type, boolean typeGiven, int dst, int dstLen, int tos, int priority,
                           boolean priorityGiven, int protocol, boolean protocolGiven, int scope, boolean scopeGiven,
                           int prefsrc, int gw, String dev, boolean onlink, int mtu, boolean mtuLock) {}
