package linnet.kernel.rtnl;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.ipv4.NeighTable;
import linnet.kernel.ipv4.Neighbour;
import linnet.kernel.ipv4.NetnsIpv4;

/**
 * The ARP ioctls arp(8) uses (arp_ioctl in net/ipv4/arp.c): SIOCSARP and SIOCDARP on a struct
 * arpreq. Without a device the kernel picks one by routing the address with a link-scope flow
 * (so only on-link and local destinations have one); a published (ATF_PUBL) request works on the
 * proxy table instead, or on the proxy_arp switch when its netmask is 0.
 */
public final class ArpIoctl {
    private ArpIoctl() {}

    /** ATF_* flags of struct arpreq (include/uapi/linux/if_arp.h). */
    public static final int ATF_COM = 0x02, ATF_PERM = 0x04, ATF_PUBL = 0x08, ATF_USETRAILERS = 0x10,
            ATF_NETMASK = 0x20, ATF_DONTPUB = 0x40;

    /**
     * struct arpreq: the protocol address, the hardware address with its type (sa_family, 0 when
     * not set), the flags, the netmask (used with ATF_NETMASK) and arp_dev (null or empty = none).
     */
    public record ArpReq(int ip, int haType, long ha, int flags, int netmask, String dev) {}

    /** SIOCSARP. */
    public static void set(Net net, ArpReq r) throws KernelException {
        Req q = prepare(net, r);
        if ((q.flags & ATF_PUBL) != 0) {
            setPublic(net, q, r);
            return;
        }
        int flags = q.flags;
        if ((flags & ATF_PERM) != 0) flags |= ATF_COM;
        NetDevice dev = q.dev != null ? q.dev : routeDev(net, r.ip());
        if (q.haType != dev.type) throw new KernelException(Errno.EINVAL);
        // __neigh_lookup_errno + neigh_update(OVERRIDE | ADMIN): permanent, or stale for "temp"
        NeighTable arp = NetnsIpv4.of(net).arp;
        Neighbour old = arp.lookup(r.ip(), dev);
        int state = (flags & ATF_PERM) != 0 ? Neighbour.NUD_PERMANENT : Neighbour.NUD_STALE;
        Long lladdr = (flags & ATF_COM) != 0 ? r.ha() : null;
        arp.userAdd(r.ip(), dev, state, lladdr, true, false, true, old == null ? 0 : old.flags);
    }

    /** SIOCDARP. */
    public static void delete(Net net, ArpReq r) throws KernelException {
        Req q = prepare(net, r);
        NetnsIpv4 ns = NetnsIpv4.of(net);
        if ((q.flags & ATF_PUBL) != 0) {
            // arp_req_delete_public: a host entry of the proxy table, or the proxy_arp switch
            if (q.mask == 0xffffffff) {
                ns.arp.proxyDelete(r.ip(), q.dev);
                return;
            }
            if (q.mask != 0) throw new KernelException(Errno.EINVAL);
            setProxy(net, q.dev, 0);
            return;
        }
        NetDevice dev = q.dev != null ? q.dev : routeDev(net, r.ip());
        // arp_invalidate(force): the entry goes in any case, but only one that was more than NOARP
        // counts as deleted (a NOARP or NONE entry vanishes with ENXIO).
        Neighbour n = ns.arp.lookup(r.ip(), dev);
        if (n == null) throw new KernelException(Errno.ENXIO);
        boolean counted = (n.state & ~Neighbour.NUD_NOARP) != 0;
        ns.arp.remove(n);
        if (!counted) throw new KernelException(Errno.ENXIO);
    }

    /** The checked request: flags, the effective netmask and the device arp_dev names. */
    private record Req(int flags, int mask, NetDevice dev, int haType) {}

    /** arp_ioctl's common checks before SIOCSARP/SIOCDARP run. */
    private static Req prepare(Net net, ArpReq r) throws KernelException {
        int flags = r.flags();
        if ((flags & ATF_PUBL) == 0 && (flags & (ATF_NETMASK | ATF_DONTPUB)) != 0) throw new KernelException(Errno.EINVAL);
        int mask = (flags & ATF_NETMASK) != 0 ? r.netmask() : 0xffffffff;
        NetDevice dev = null;
        int haType = r.haType();
        if (r.dev() != null && !r.dev().isEmpty()) {
            dev = net.byName(r.dev());
            if (dev == null) throw new KernelException(Errno.ENODEV);
            if (haType == 0) haType = dev.type;
            if ((flags & ATF_COM) != 0 && haType != dev.type) throw new KernelException(Errno.EINVAL);
        }
        return new Req(flags, mask, dev, haType);
    }

    /** arp_req_set_public: a proxy entry for the host, on the device that owns the hardware address if none was named. */
    private static void setPublic(Net net, Req q, ArpReq r) throws KernelException {
        if (q.mask != 0 && q.mask != 0xffffffff) throw new KernelException(Errno.EINVAL);
        NetDevice dev = q.dev;
        if (dev == null && (q.flags & ATF_COM) != 0) {
            // dev_getbyhwaddr: the first device of that type with that address
            for (NetDevice d : net.devices()) {
                if (d.type == q.haType && d.addr == r.ha()) {
                    dev = d;
                    break;
                }
            }
            if (dev == null) throw new KernelException(Errno.ENODEV);
        }
        if (q.mask == 0) {
            setProxy(net, dev, 1);
            return;
        }
        if (dev == null) throw new KernelException(Errno.EINVAL);
        NetnsIpv4.of(net).arp.proxyAdd(r.ip(), dev);
    }

    private static void setProxy(Net net, NetDevice dev, int on) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        if (dev == null) {
            ns.all.setProxyArp(on);
            return;
        }
        InDevice in = InDevice.of(dev);
        if (in == null) throw new KernelException(Errno.ENXIO);
        in.conf.setProxyArp(on);
    }

    /**
     * ip_route_output(net, ip, 0, 0, 0, RT_SCOPE_LINK)->dst.dev: a local destination goes to the
     * loopback device, an on-link one to its device; anything only a gateway reaches has no route.
     */
    private static NetDevice routeDev(Net net, int ip) throws KernelException {
        FibRoute rt = NetnsIpv4.of(net).fib.lookupScope(ip, InIfaddr.SCOPE_LINK);
        if (rt == null) throw new KernelException(Errno.ENETUNREACH);
        switch (rt.type) {
            case FibRoute.RTN_UNREACHABLE -> throw new KernelException(Errno.EHOSTUNREACH);
            case FibRoute.RTN_PROHIBIT -> throw new KernelException(Errno.EACCES);
            case FibRoute.RTN_BLACKHOLE -> throw new KernelException(Errno.EINVAL);
            case FibRoute.RTN_LOCAL -> {
                // local routes deliver through net->loopback_dev
                for (NetDevice d : net.devices()) if (d.type == linnet.kernel.core.Iff.ARPHRD_LOOPBACK) return d;
                throw new KernelException(Errno.EINVAL);
            }
            default -> { }
        }
        if (rt.dev == null) throw new KernelException(Errno.EINVAL);
        return rt.dev;
    }
}
