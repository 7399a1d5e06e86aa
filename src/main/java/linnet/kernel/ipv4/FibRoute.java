package linnet.kernel.ipv4;

import linnet.kernel.core.NetDevice;

/** One route (a fib_alias with its fib_info and single nexthop). */
public final class FibRoute {
    /** Route types RTN_*. */
    public static final int RTN_UNSPEC = 0, RTN_UNICAST = 1, RTN_LOCAL = 2, RTN_BROADCAST = 3, RTN_ANYCAST = 4,
            RTN_MULTICAST = 5, RTN_BLACKHOLE = 6, RTN_UNREACHABLE = 7, RTN_PROHIBIT = 8, RTN_THROW = 9, RTN_NAT = 10;
    /** Route protocols RTPROT_*. */
    public static final int RTPROT_UNSPEC = 0, RTPROT_REDIRECT = 1, RTPROT_KERNEL = 2, RTPROT_BOOT = 3, RTPROT_STATIC = 4;
    /** Nexthop flags RTNH_F_*. */
    public static final int RTNH_F_DEAD = 1, RTNH_F_PERVASIVE = 2, RTNH_F_ONLINK = 4, RTNH_F_LINKDOWN = 16;
    /** Tables. */
    public static final int RT_TABLE_UNSPEC = 0, RT_TABLE_DEFAULT = 253, RT_TABLE_MAIN = 254, RT_TABLE_LOCAL = 255;

    public int table;
    public int type = RTN_UNICAST;
    public int dst;
    public int dstLen;
    public int tos;
    public int priority;
    public int protocol;
    public int scope;
    public int prefsrc;
    public int gw;
    public NetDevice dev;
    public int nhFlags;
    /** RTAX_MTU metric (0 = none), and whether it is locked. */
    public int mtu;
    public boolean mtuLock;
    /** The other RTAX_* metrics by index (window 3 ... fastopen_no_cookie 17; 0 = unset), and their lock bits (1 << RTAX). */
    public int[] metrics = new int[RTAX_MAX + 1];
    public int metricLocks;
    public static final int RTAX_MTU = 2, RTAX_WINDOW = 3, RTAX_RTT = 4, RTAX_RTTVAR = 5, RTAX_SSTHRESH = 6,
            RTAX_CWND = 7, RTAX_ADVMSS = 8, RTAX_REORDERING = 9, RTAX_HOPLIMIT = 10, RTAX_INITCWND = 11,
            RTAX_FEATURES = 12, RTAX_RTO_MIN = 13, RTAX_INITRWND = 14, RTAX_QUICKACK = 15, RTAX_MAX = 17;
    /**
     * nhc_exceptions of the next hop, by destination. Routes with the same fib_info share one map
     * (fib_find_info): a redirect learned through a default route also applies to another prefix
     * via the same gateway, and the exceptions go when the last such route is deleted.
     */
    public java.util.Map<Integer, FibNhException> exceptions = new java.util.LinkedHashMap<>();
    /** Insertion order, to keep equal aliases in the order they were added. */
    long seq;

    public int mask() { return dstLen == 0 ? 0 : (int) (0xffffffffL << (32 - dstLen)); }

    public boolean matches(int addr) { return ((addr ^ dst) & mask()) == 0; }

    public boolean dead() { return (nhFlags & RTNH_F_DEAD) != 0; }

    public FibRoute copy() {
        FibRoute r = new FibRoute();
        r.table = table; r.type = type; r.dst = dst; r.dstLen = dstLen; r.tos = tos; r.priority = priority;
        r.protocol = protocol; r.scope = scope; r.prefsrc = prefsrc; r.gw = gw; r.dev = dev; r.nhFlags = nhFlags;
        r.mtu = mtu; r.mtuLock = mtuLock; r.seq = seq;
        r.metrics = metrics.clone(); r.metricLocks = metricLocks;
        return r;
    }

    /** fib_find_info's comparison: the same table, type, protocol, scope, source, priority, metrics and next hop. */
    public boolean sameInfo(FibRoute o) {
        return table == o.table && type == o.type && protocol == o.protocol && scope == o.scope && prefsrc == o.prefsrc
                && priority == o.priority && gw == o.gw && dev == o.dev
                && (nhFlags & RTNH_F_ONLINK) == (o.nhFlags & RTNH_F_ONLINK) && mtu == o.mtu && mtuLock == o.mtuLock
                && java.util.Arrays.equals(metrics, o.metrics) && metricLocks == o.metricLocks;
    }

    /** Whether the routes are the same fib_info + alias (what makes an append a duplicate). */
    public boolean sameAs(FibRoute o) {
        return type == o.type && dst == o.dst && dstLen == o.dstLen && tos == o.tos && priority == o.priority
                && protocol == o.protocol && scope == o.scope && prefsrc == o.prefsrc && gw == o.gw && dev == o.dev;
    }
}
