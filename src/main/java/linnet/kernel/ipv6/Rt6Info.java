package linnet.kernel.ipv6;

import linnet.kernel.core.NetDevice;

/** One IPv6 route (struct fib6_info): prefix, type, table, device, next hop and metric. */
public final class Rt6Info {
    public static final int RTN_UNICAST = 1, RTN_LOCAL = 2, RTN_MULTICAST = 5, RTN_UNREACHABLE = 7;
    public static final int RTPROT_KERNEL = 2, RTPROT_BOOT = 3;
    public static final int RT_TABLE_MAIN = 254, RT_TABLE_LOCAL = 255;
    /** RTA_PREF values (ICMPV6_ROUTER_PREF_*). */
    public static final int PREF_MEDIUM = 0, PREF_HIGH = 1, PREF_LOW = 3;

    public final int table;
    public final int type;
    public final byte[] dst;
    public final int dstLen;
    public final NetDevice dev;
    /** Gateway, or null for a directly connected prefix. */
    public final byte[] gateway;
    public final int metric;
    public final int protocol;
    public final int pref = PREF_MEDIUM;
    /** Insertion sequence: the order of routes with the same prefix and metric. */
    long seq;

    public Rt6Info(int table, int type, byte[] dst, int dstLen, NetDevice dev, byte[] gateway, int metric, int protocol) {
        this.table = table;
        this.type = type;
        this.dst = linnet.wire.Inet6.mask(dst, dstLen);
        this.dstLen = dstLen;
        this.dev = dev;
        this.gateway = gateway;
        this.metric = metric;
        this.protocol = protocol;
    }

    boolean sameKey(Rt6Info o) {
        return table == o.table && type == o.type && dstLen == o.dstLen && java.util.Arrays.equals(dst, o.dst)
                && dev == o.dev && metric == o.metric && java.util.Arrays.equals(gateway, o.gateway);
    }
}
