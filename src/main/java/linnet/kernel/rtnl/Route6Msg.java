package linnet.kernel.rtnl;

import java.util.Arrays;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.wire.Netlink;

/**
 * An IPv6 RTM_NEWROUTE in its wire form: what rt6_fill_node (net/ipv6/route.c) puts in a dump,
 * and how inet6_rtm_newroute reads one back. The attributes come as RTA_TABLE, RTA_DST,
 * RTA_PRIORITY (always), the nexthop's RTA_GATEWAY and RTA_OIF (a reject route's is lo), the
 * 32-byte RTA_CACHEINFO (its expiry in hundredths of a second) and RTA_PREF.
 */
public final class Route6Msg {
    private Route6Msg() {}

    public static final int AF_INET6 = 10;
    private static final int RTA_CACHEINFO = 12, RTA_PREF = 20, RTNH_F_LINKDOWN = 16;

    public static byte[] fill(Rtnl6.Route6Info r, int seq, int pid) {
        Netlink.Builder b = new Netlink.Builder(Netlink.RTM_NEWROUTE, Netlink.NLM_F_MULTI | Netlink.NLM_F_DUMP_FILTERED, seq, pid);
        byte[] h = new byte[RouteMsg.RTMSG_LEN];
        h[0] = AF_INET6;
        h[1] = (byte) r.dstLen();
        h[4] = (byte) (r.table() < 256 ? r.table() : 252);
        h[5] = (byte) r.protocol();
        h[7] = (byte) r.type();
        Netlink.put32(h, 8, r.linkdown() ? RTNH_F_LINKDOWN : 0);
        b.bytes(h);
        b.u32(RouteMsg.RTA_TABLE, r.table());
        if (r.dstLen() != 0) b.attr(RouteMsg.RTA_DST, r.dst().clone());
        b.u32(RouteMsg.RTA_PRIORITY, r.metric());
        if (r.gateway() != null) b.attr(RouteMsg.RTA_GATEWAY, r.gateway().clone());
        if (r.oif() != 0) b.u32(RouteMsg.RTA_OIF, r.oif());
        byte[] ci = new byte[32];
        if (r.expires() > 0) Netlink.put32(ci, 8, (int) (r.expires() * 100));
        b.attr(RTA_CACHEINFO, ci);
        b.u8(RTA_PREF, r.pref());
        return b.finish();
    }

    /** The route a message describes; null for another family. */
    public static Rtnl6.Route6Info info(byte[] msg) {
        int o = Netlink.NLMSG_HDRLEN;
        if (msg.length < o + RouteMsg.RTMSG_LEN || RouteMsg.family(msg) != AF_INET6) return null;
        int dstLen = msg[o + 1] & 0xff, table = msg[o + 4] & 0xff, protocol = msg[o + 5] & 0xff, type = msg[o + 7] & 0xff;
        boolean linkdown = (Netlink.u32(msg, o + 8) & RTNH_F_LINKDOWN) != 0;
        int[][] tb = Netlink.attrs(msg, RouteMsg.RTMSG_LEN, RouteMsg.RTA_MAX);
        if (tb[RouteMsg.RTA_TABLE] != null) table = Netlink.u32(msg, tb[RouteMsg.RTA_TABLE][0]);
        byte[] dst = addr(msg, tb[RouteMsg.RTA_DST]);
        if (dst == null) dst = new byte[16];
        byte[] gw = addr(msg, tb[RouteMsg.RTA_GATEWAY]);
        int metric = tb[RouteMsg.RTA_PRIORITY] != null ? Netlink.u32(msg, tb[RouteMsg.RTA_PRIORITY][0]) : 0;
        int oif = tb[RouteMsg.RTA_OIF] != null ? Netlink.u32(msg, tb[RouteMsg.RTA_OIF][0]) : 0;
        int pref = tb[RTA_PREF] != null ? msg[tb[RTA_PREF][0]] & 0xff : 0;
        long expires = -1;
        if (tb[RTA_CACHEINFO] != null && tb[RTA_CACHEINFO][1] >= 12) {
            long e = Netlink.u32(msg, tb[RTA_CACHEINFO][0] + 8) & 0xffff_ffffL;
            if (e != 0) expires = e / 100;
        }
        return new Rtnl6.Route6Info(table, type, dst, dstLen, oif, gw, metric, protocol, pref, linkdown, expires);
    }

    private static byte[] addr(byte[] msg, int[] at) {
        return at == null || at[1] < 16 ? null : Arrays.copyOfRange(msg, at[0], at[0] + 16);
    }

    /** inet6_rtm_newroute for a message read back (ip -6 route restore): a device that is gone is ENODEV. */
    public static void newRoute(Net net, byte[] msg) throws KernelException {
        Rtnl6.Route6Info r = info(msg);
        if (r == null) throw new KernelException(Errno.EAFNOSUPPORT);
        String dev = null;
        if (r.oif() != 0) {
            NetDevice d = net.byIndex(r.oif());
            if (d == null) throw new KernelException(Errno.ENODEV);
            dev = d.name();
        }
        int flags = Netlink.u16(msg, 6);
        Rtnl6.addRoute(net, r.table(), r.type(), r.dst(), r.dstLen(), r.gateway(), dev, r.metric(), r.protocol(),
                (flags & Netlink.NLM_F_EXCL) != 0, (flags & Netlink.NLM_F_REPLACE) != 0, (flags & Netlink.NLM_F_CREATE) != 0);
    }
}
