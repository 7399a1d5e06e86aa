package linnet.kernel.rtnl;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.Fib;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.ipv4.NetnsIpv4;

/**
 * The routing ioctls (ip_rt_ioctl, rtentry_to_fib_config in net/ipv4/fib_frontend.c): an
 * rtentry becomes the same request rtnetlink makes, with the ioctl's own defaults: proto boot,
 * metric - 1 as priority, scope universe only for a gateway that is a unicast address, link
 * otherwise, reject routes as unreachable, no NLM_F_EXCL (an identical route is EEXIST, a
 * differing one is prepended).
 */
public final class RtIoctl {
    private RtIoctl() {}

    /** SIOCADDRT. */
    public static void add(Net net, RtEntry rt) throws KernelException {
        RouteRequest q = toConfig(net, rt, false);
        RtnlRoute.add(net, q, Fib.NLM_F_CREATE);
    }

    /** SIOCDELRT. */
    public static void delete(Net net, RtEntry rt) throws KernelException {
        RtnlRoute.delete(net, toConfig(net, rt, true));
    }

    static RouteRequest toConfig(Net net, RtEntry rt, boolean delete) throws KernelException {
        int plen = 32;
        if ((rt.flags() & RtEntry.RTF_HOST) == 0) {
            if (badMask(rt.genmask(), rt.dst())) throw new KernelException(Errno.EINVAL);
            plen = Integer.bitCount(rt.genmask());
        }
        int protocol = delete ? FibRoute.RTPROT_UNSPEC : FibRoute.RTPROT_BOOT;
        int priority = rt.metric() > 0 ? rt.metric() - 1 : 0;
        if ((rt.flags() & RtEntry.RTF_REJECT) != 0) {
            return new RouteRequest(0, FibRoute.RTN_UNREACHABLE, true, rt.dst(), plen, 0, priority, priority != 0,
                    protocol, !delete, InIfaddr.SCOPE_HOST, true, 0, 0, null, false, 0, false);
        }
        int scope = InIfaddr.SCOPE_NOWHERE;
        String devName = null;
        int prefsrc = 0;
        if (rt.dev() != null) {
            int colon = rt.dev().indexOf(':');
            devName = colon >= 0 ? rt.dev().substring(0, colon) : rt.dev();
            NetDevice dev = Rtnl.dev(net, devName);
            if (colon >= 0) {
                // An alias names the address whose local becomes the preferred source.
                InDevice in = InDevice.of(dev);
                if (in == null) throw new KernelException(Errno.ENODEV);
                InIfaddr ifa = null;
                for (InIfaddr a : in.addrs) if (rt.dev().equals(a.label)) { ifa = a; break; }
                if (ifa == null) throw new KernelException(Errno.ENODEV);
                prefsrc = ifa.local;
            }
        }
        int gw = rt.gateway();
        if (gw != 0 && (rt.flags() & RtEntry.RTF_GATEWAY) != 0 && addrType(net, gw) == FibRoute.RTN_UNICAST)
            scope = InIfaddr.SCOPE_UNIVERSE;
        if (!delete) {
            if ((rt.flags() & RtEntry.RTF_GATEWAY) != 0 && gw == 0) throw new KernelException(Errno.EINVAL);
            if (scope == InIfaddr.SCOPE_NOWHERE) scope = InIfaddr.SCOPE_LINK;
        }
        return new RouteRequest(0, FibRoute.RTN_UNICAST, true, rt.dst(), plen, 0, priority, priority != 0, protocol,
                !delete, scope, true, prefsrc, gw, devName, false, 0, false);
    }

    /** bad_mask: a mask that is not contiguous, or a destination with host bits set. */
    static boolean badMask(int mask, int addr) {
        if ((addr & ~mask) != 0) return true;
        int inv = ~mask;
        return (inv & (inv + 1)) != 0;
    }

    /** inet_addr_type_table for the main table, which shares its trie with local (no rules added). */
    static int addrType(Net net, int addr) {
        if (addr == 0 || addr == -1) return FibRoute.RTN_BROADCAST;
        if ((addr >>> 28) == 0xe) return FibRoute.RTN_MULTICAST;
        FibRoute r = NetnsIpv4.of(net).fib.lookup(addr, 0);
        return r == null ? FibRoute.RTN_UNICAST : r.type;
    }
}
