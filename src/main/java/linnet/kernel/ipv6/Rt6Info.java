package linnet.kernel.ipv6;

import linnet.kernel.core.NetDevice;

/** One IPv6 route (struct fib6_info): prefix, type, table, device, next hop and metric. */
public final class Rt6Info {
    public static final int RTN_UNICAST = 1, RTN_LOCAL = 2, RTN_BROADCAST = 3, RTN_ANYCAST = 4, RTN_MULTICAST = 5,
            RTN_BLACKHOLE = 6, RTN_UNREACHABLE = 7, RTN_PROHIBIT = 8, RTN_THROW = 9, RTN_NAT = 10, RTN_XRESOLVE = 11;
    public static final int RTPROT_KERNEL = 2, RTPROT_BOOT = 3;
    public static final int RT_TABLE_MAIN = 254, RT_TABLE_LOCAL = 255;
    /** RTA_PREF values (ICMPV6_ROUTER_PREF_*). */
    public static final int PREF_MEDIUM = 0, PREF_HIGH = 1, PREF_LOW = 3;

    public final int table;
    public final int type;
    public final byte[] dst;
    public final int dstLen;
    /** {@link #dst} as two 64-bit halves, for the table's ordering and hashing. */
    final long dstHi, dstLo;
    public final NetDevice dev;
    /** Gateway, or null for a directly connected prefix. */
    public final byte[] gateway;
    public final int metric;
    public final int protocol;
    public final int pref = PREF_MEDIUM;
    /** The previous and next route of the same device in its table (the table's per-device chain). */
    Rt6Info devPrev, devNext;
    /** Insertion sequence: the order of routes with the same prefix and metric. */
    long seq;
    /**
     * RTF_REJECT: a reject type, or a route through lo that is not a loopback or local one
     * (fib6_is_reject). It sits on lo, and a packet using it is discarded with ICMPv6 "no route".
     */
    public boolean reject;
    /** RTF_EXPIRES: when the route runs out (virtual ns), 0 for never (a dynamic address's prefix route). */
    public long expires;
    /** RTF_ANYCAST: a subnet-router anycast route made by addrconf (never marked linkdown). */
    public boolean anycast;

    public Rt6Info(int table, int type, byte[] dst, int dstLen, NetDevice dev, byte[] gateway, int metric, int protocol) {
        this.table = table;
        this.type = type;
        this.dst = linnet.wire.Inet6.mask(dst, dstLen);
        this.dstLen = dstLen;
        this.dstHi = half(this.dst, 0);
        this.dstLo = half(this.dst, 8);
        this.dev = dev;
        this.gateway = gateway;
        this.metric = metric;
        this.protocol = protocol;
    }

    /**
     * fib6_prop: the error a lookup ending on this route gives, by type (EAGAIN for throw: the
     * next table or rule is asked); null for the types that route packets, even when promoted to
     * reject (those discard at output instead).
     */
    public linnet.kernel.core.Errno error() {
        return switch (type) {
            case RTN_BLACKHOLE, RTN_NAT, RTN_XRESOLVE -> linnet.kernel.core.Errno.EINVAL;
            case RTN_UNREACHABLE -> linnet.kernel.core.Errno.EHOSTUNREACH;
            case RTN_PROHIBIT -> linnet.kernel.core.Errno.EACCES;
            case RTN_THROW -> linnet.kernel.core.Errno.EAGAIN;
            default -> null;
        };
    }

    /** RTNH_F_LINKDOWN: a device that is up without carrier, except for RTF_LOCAL/RTF_ANYCAST routes. */
    public boolean linkdown() {
        return dev != null && dev.isUp() && !dev.carrierOk() && type != RTN_LOCAL && !anycast;
    }

    static long half(byte[] a, int off) {
        long v = 0;
        for (int i = off; i < off + 8; i++) v = v << 8 | (a[i] & 0xff);
        return v;
    }

    boolean sameKey(Rt6Info o) {
        return table == o.table && type == o.type && dstLen == o.dstLen && java.util.Arrays.equals(dst, o.dst)
                && dev == o.dev && metric == o.metric && java.util.Arrays.equals(gateway, o.gateway);
    }
}
