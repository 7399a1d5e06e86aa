package linnet.kernel.rtnl;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.FibRoute;
import linnet.wire.Inet4;
import linnet.wire.Netlink;

/**
 * An IPv4 RTM_NEWROUTE in its wire form: what the kernel puts in a route dump (fib_dump_info,
 * net/ipv4/fib_semantics.c) and how it reads one back as a request (rtm_to_fib_config,
 * net/ipv4/fib_frontend.c). The 12-byte rtmsg is family, dst_len, src_len, tos, table,
 * protocol, scope, type, then u32 flags; the attributes follow in the kernel's order.
 */
public final class RouteMsg {
    private RouteMsg() {}

    public static final int AF_INET = 2, RTMSG_LEN = 12;
    public static final int RTA_DST = 1, RTA_OIF = 4, RTA_GATEWAY = 5, RTA_PRIORITY = 6, RTA_PREFSRC = 7,
            RTA_METRICS = 8, RTA_TABLE = 15, RTA_MAX = 30;
    private static final int RTAX_LOCK = 1;

    /** The rtmsg family of a message. */
    public static int family(byte[] msg) { return msg.length > Netlink.NLMSG_HDRLEN ? msg[Netlink.NLMSG_HDRLEN] & 0xff : 0; }

    /** fib_dump_info of one route, as part of a dump answering {@code seq} to port {@code pid}. */
    public static byte[] fill(RouteInfo r, int seq, int pid) {
        Netlink.Builder b = new Netlink.Builder(Netlink.RTM_NEWROUTE, Netlink.NLM_F_MULTI | Netlink.NLM_F_DUMP_FILTERED, seq, pid);
        // rtm_flags carries the nexthop's dead/linkdown/onlink flags (fib_nexthop_info)
        int flags = r.nhFlags() & (FibRoute.RTNH_F_DEAD | FibRoute.RTNH_F_LINKDOWN | FibRoute.RTNH_F_ONLINK);
        byte[] h = new byte[RTMSG_LEN];
        h[0] = AF_INET;
        h[1] = (byte) r.dstLen();
        h[3] = (byte) r.tos();
        h[4] = (byte) (r.table() < 256 ? r.table() : 252); // RT_TABLE_COMPAT for ids that do not fit
        h[5] = (byte) r.protocol();
        h[6] = (byte) r.scope();
        h[7] = (byte) r.type();
        Netlink.put32(h, 8, flags);
        b.bytes(h);
        b.u32(RTA_TABLE, r.table());
        if (r.dstLen() != 0) b.in4(RTA_DST, r.dst());
        if (r.priority() != 0) b.u32(RTA_PRIORITY, r.priority());
        byte[] metrics = metrics(r);
        if (metrics.length > 0) b.attr(RTA_METRICS, metrics);
        if (r.prefsrc() != 0) b.in4(RTA_PREFSRC, r.prefsrc());
        if (r.gw() != 0) b.in4(RTA_GATEWAY, r.gw());
        if (r.oif() != 0) b.u32(RTA_OIF, r.oif());
        return b.finish();
    }

    /** rtnetlink_put_metrics: the lock bits first (RTAX_LOCK), then every metric set, by RTAX number. */
    private static byte[] metrics(RouteInfo r) {
        Netlink.Builder nest = new Netlink.Builder(0, 0, 0, 0);
        int locks = r.metricLocks() | (r.mtuLock() ? 1 << FibRoute.RTAX_MTU : 0);
        if (locks != 0) nest.u32(RTAX_LOCK, locks);
        if (r.mtu() != 0) nest.u32(FibRoute.RTAX_MTU, r.mtu());
        int[] m = r.metrics();
        for (int i = FibRoute.RTAX_MTU + 1; m != null && i < m.length && i <= FibRoute.RTAX_MAX; i++) {
            if (m[i] != 0) nest.u32(i, m[i]);
        }
        byte[] all = nest.finish();
        return java.util.Arrays.copyOfRange(all, Netlink.NLMSG_HDRLEN, all.length);
    }

    /** A request the kernel reads from a message, with the nlmsg_flags it came with. */
    public record Request(RouteRequest route, int nlFlags) {}

    /** The route a message describes (what print_route shows of it); null for a family other than IPv4. */
    public static RouteInfo info(byte[] msg) {
        int o = Netlink.NLMSG_HDRLEN;
        if (msg.length < o + RTMSG_LEN || family(msg) != AF_INET) return null;
        int dstLen = msg[o + 1] & 0xff, tos = msg[o + 3] & 0xff, table = msg[o + 4] & 0xff;
        int protocol = msg[o + 5] & 0xff, scope = msg[o + 6] & 0xff, type = msg[o + 7] & 0xff;
        int rtmFlags = Netlink.u32(msg, o + 8);
        int[][] tb = Netlink.attrs(msg, RTMSG_LEN, RTA_MAX);
        if (tb[RTA_TABLE] != null) table = Netlink.u32(msg, tb[RTA_TABLE][0]);
        int dst = tb[RTA_DST] != null ? Inet4.read(msg, tb[RTA_DST][0]) : 0;
        int gw = tb[RTA_GATEWAY] != null ? Inet4.read(msg, tb[RTA_GATEWAY][0]) : 0;
        int prefsrc = tb[RTA_PREFSRC] != null ? Inet4.read(msg, tb[RTA_PREFSRC][0]) : 0;
        int priority = tb[RTA_PRIORITY] != null ? Netlink.u32(msg, tb[RTA_PRIORITY][0]) : 0;
        int oif = tb[RTA_OIF] != null ? Netlink.u32(msg, tb[RTA_OIF][0]) : 0;
        int mtu = 0, locks = 0;
        int[] metrics = new int[FibRoute.RTAX_MAX + 1];
        if (tb[RTA_METRICS] != null) {
            int off = tb[RTA_METRICS][0], end = off + tb[RTA_METRICS][1];
            while (off + 4 <= end) {
                int alen = Netlink.u16(msg, off), t = Netlink.u16(msg, off + 2);
                if (alen < 4 || off + alen > end) break;
                int v = alen >= 8 ? Netlink.u32(msg, off + 4) : 0;
                if (t == RTAX_LOCK) locks = v;
                else if (t == FibRoute.RTAX_MTU) mtu = v;
                else if (t > 0 && t <= FibRoute.RTAX_MAX) metrics[t] = v;
                off += Netlink.align(alen);
            }
        }
        return new RouteInfo(table, type, dst, dstLen, tos, priority, protocol, scope, prefsrc, gw, oif, rtmFlags, mtu,
                (locks & 1 << FibRoute.RTAX_MTU) != 0, -1, metrics, locks & ~(1 << FibRoute.RTAX_MTU));
    }

    /** Whether a message has the attribute (restore orders routes by RTA_GATEWAY and RTA_PREFSRC). */
    public static boolean has(byte[] msg, int attr) { return Netlink.attrs(msg, RTMSG_LEN, RTA_MAX)[attr] != null; }

    /**
     * rtm_to_fib_config, and the device lookup fib_create_info does by RTA_OIF: a device that is
     * gone is ENODEV without a message (inetdev_by_index), or for a route through a gateway the
     * failed lookup "Nexthop has invalid gateway".
     */
    public static Request request(Net net, byte[] msg) throws KernelException {
        if (msg.length < Netlink.NLMSG_HDRLEN + RTMSG_LEN) throw new KernelException(Errno.EINVAL);
        RouteInfo r = info(msg);
        if (r == null) throw new KernelException(Errno.EAFNOSUPPORT);
        String dev = null;
        if (r.oif() != 0) {
            NetDevice d = net.byIndex(r.oif());
            if (d == null) {
                if (r.gw() != 0) throw new KernelException(Errno.ENETUNREACH, "Nexthop has invalid gateway");
                throw new KernelException(Errno.ENODEV);
            }
            dev = d.name();
        }
        boolean hasMetrics = has(msg, RTA_METRICS);
        boolean onlink = (r.nhFlags() & FibRoute.RTNH_F_ONLINK) != 0;
        RouteRequest q = new RouteRequest(r.table(), r.type(), true, r.dst(), r.dstLen(), r.tos(), r.priority(), true,
                r.protocol(), true, r.scope(), true, r.prefsrc(), r.gw(), dev, onlink, r.mtu(), r.mtuLock(),
                hasMetrics ? r.metrics() : null, r.metricLocks());
        return new Request(q, Netlink.u16(msg, 6));
    }

    /** inet_rtm_newroute for a message read back (ip route restore). */
    public static void newRoute(Net net, byte[] msg) throws KernelException {
        Request r = request(net, msg);
        RtnlRoute.add(net, r.route(), r.nlFlags());
    }
}
