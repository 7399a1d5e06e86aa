package linnet.kernel.ipv4;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;

/**
 * fib_validate_source (net/ipv4/fib_frontend.c): the reverse-path check an input route makes on
 * a packet's source. The reverse lookup is a FIB lookup with source and destination swapped.
 */
public final class FibValidate {
    private FibValidate() {}

    /** RT_SCOPE_HOST: a nexthop without a gateway has this scope (the source is directly on link). */
    private static final int RT_SCOPE_HOST = 254;

    /**
     * Returns 1 when the source is directly reachable through {@code dev} (what makes RTCF_DIRECTSRC
     * and lets a redirect be sent), 0 when accepted otherwise; throws EXDEV when reverse-path
     * filtering rejects it, EINVAL for a source that is one of our addresses (without accept_local).
     * {@code oif} is the output device of the forward route (0 for local delivery).
     */
    public static int validateSource(NetnsIpv4 ns, Flowi4 fl, int oif, NetDevice dev, InDevice idev)
            throws KernelException {
        int src = fl.saddr;
        int rpf = rpFilter(ns, idev);
        if (rpf == 0 && (dev.ifindex() != oif || !txRedirects(ns, idev))) {
            // Without filtering nothing but our own addresses is refused, and the full lookup
            // is only needed to tell whether a redirect may be sent.
            if (acceptLocal(ns, idev)) return 0;
            if (isIfaddr(ns, src)) throw new KernelException(Errno.EINVAL);
            return 0;
        }
        return fullCheck(ns, fl, dev, rpf, idev);
    }

    /** __fib_validate_source. */
    private static int fullCheck(NetnsIpv4 ns, Flowi4 fl, NetDevice dev, int rpf, InDevice idev)
            throws KernelException {
        boolean noAddr = idev.addrs.isEmpty();
        // The reverse flow: to the source, from the destination, as if it came in on dev
        // (the mark only counts with src_valid_mark).
        Flowi4 rev = new Flowi4();
        rev.daddr = fl.saddr;
        rev.saddr = fl.daddr;
        rev.iif = dev.ifindex();
        rev.tos = fl.tos;
        rev.proto = fl.proto;
        rev.sport = fl.dport;
        rev.dport = fl.sport;
        rev.mark = (ns.all.srcValidMark() | idev.conf.srcValidMark()) != 0 ? fl.mark : 0;
        FibRoute r;
        try {
            r = ns.fib.lookup(rev).route();
        } catch (KernelException e) {
            return lastResort(rpf);
        }
        if (r.type != FibRoute.RTN_UNICAST && (r.type != FibRoute.RTN_LOCAL || !acceptLocal(ns, idev)))
            throw new KernelException(Errno.EINVAL);
        boolean devMatch = r.dev == dev
                || (r.type == FibRoute.RTN_LOCAL && (dev.flags() & Iff.LOOPBACK) != 0);
        if (devMatch) return nhScope(r) >= RT_SCOPE_HOST ? 1 : 0;
        if (noAddr) return lastResort(rpf);
        if (rpf == 1) throw new KernelException(Errno.EXDEV);
        // Loose mode: any route back will do; one out of this very device also says "on link".
        rev.oif = dev.ifindex();
        try {
            FibRoute viaDev = ns.fib.lookup(rev).route();
            if (viaDev.type == FibRoute.RTN_UNICAST && viaDev.dev == dev) return nhScope(viaDev) >= RT_SCOPE_HOST ? 1 : 0;
        } catch (KernelException e) {
            // no route out of dev: accepted, not on link
        }
        return 0;
    }

    private static int lastResort(int rpf) throws KernelException {
        if (rpf != 0) throw new KernelException(Errno.EXDEV);
        return 0;
    }

    /** The nexthop's scope: link for a gateway, host for a directly attached destination. */
    private static int nhScope(FibRoute r) { return r.gw != 0 ? 253 : RT_SCOPE_HOST; }

    /** inet_lookup_ifaddr_rcu: whether some device of the namespace carries {@code addr}. */
    static boolean isIfaddr(NetnsIpv4 ns, int addr) {
        for (NetDevice d : ns.net.devices()) {
            InDevice in = InDevice.of(d);
            if (in == null) continue;
            for (InIfaddr a : in.addrs) if (a.local == addr) return true;
        }
        return false;
    }

    /** IN_DEV_RPFILTER: the stricter of conf.all and the device (IN_DEV_MAXCONF). */
    public static int rpFilter(NetnsIpv4 ns, InDevice idev) { return Math.max(ns.all.rpFilter(), idev.conf.rpFilter()); }

    /** IN_DEV_ACCEPT_LOCAL: conf.all or the device (IN_DEV_ORCONF). */
    static boolean acceptLocal(NetnsIpv4 ns, InDevice idev) { return (ns.all.acceptLocal() | idev.conf.acceptLocal()) != 0; }

    /** IN_DEV_TX_REDIRECTS: conf.all or the device. */
    public static boolean txRedirects(NetnsIpv4 ns, InDevice idev) { return (ns.all.sendRedirects() | idev.conf.sendRedirects()) != 0; }

    /** IN_DEV_SHARED_MEDIA: conf.all or the device. */
    public static boolean sharedMedia(NetnsIpv4 ns, InDevice idev) { return (ns.all.sharedMedia() | idev.conf.sharedMedia()) != 0; }

    /** IN_DEV_SEC_REDIRECTS: conf.all or the device. */
    public static boolean secureRedirects(NetnsIpv4 ns, InDevice idev) { return (ns.all.secureRedirects() | idev.conf.secureRedirects()) != 0; }

    /** IN_DEV_RX_REDIRECTS: both (AND) on a forwarding device, either (OR) on a host. */
    public static boolean rxRedirects(NetnsIpv4 ns, InDevice idev) {
        if (idev.conf.forwarding() != 0) return (ns.all.acceptRedirects() & idev.conf.acceptRedirects()) != 0;
        return (ns.all.acceptRedirects() | idev.conf.acceptRedirects()) != 0;
    }
}
