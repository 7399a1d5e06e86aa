package linnet.kernel.ipv6;

import linnet.kernel.core.NetDevice;
import linnet.sim.EventLoop;

/** One IPv6 address of a device (struct inet6_ifaddr): the address, its prefix, scope, flags and DAD timer. */
public final class Inet6Ifaddr {
    public static final int IFA_F_SECONDARY = 0x01, IFA_F_NODAD = 0x02, IFA_F_OPTIMISTIC = 0x04,
            IFA_F_DADFAILED = 0x08, IFA_F_HOMEADDRESS = 0x10, IFA_F_DEPRECATED = 0x20, IFA_F_TENTATIVE = 0x40,
            IFA_F_PERMANENT = 0x80, IFA_F_MANAGETEMPADDR = 0x100, IFA_F_NOPREFIXROUTE = 0x200;

    public final NetDevice dev;
    public final byte[] addr;
    public final int prefixLen;
    /** rtnetlink scope: 0 global, 253 link, 254 host. */
    public final int scope;
    public int flags;
    /** ifa_proto: who made the address (IFAPROT_KERNEL_LO 1 for ::1, _KERNEL_RA 2, _KERNEL_LL 3; 0 = a user). */
    public int proto;
    public static final int IFAPROT_KERNEL_LO = 1, IFAPROT_KERNEL_RA = 2, IFAPROT_KERNEL_LL = 3;
    EventLoop.Timer dadTimer;
    /** INFINITY_LIFE_TIME: a lifetime that never runs out. */
    public static final long INFINITY_LIFE_TIME = 0xffff_ffffL;
    /** valid_lft / prefered_lft in seconds from {@link #tstamp} (virtual ns); the expiry check's timer. */
    long validLft = INFINITY_LIFE_TIME, preferredLft = INFINITY_LIFE_TIME, tstamp;

    /** When the address was made and last changed (virtual ns), IFA_CACHEINFO's stamps. */
    public long tstamp() { return tstamp; }
    EventLoop.Timer lifetimeTimer;

    /**
     * inet6_fill_ifaddr's IFA_CACHEINFO: a permanent address is forever; otherwise what is left of
     * each lifetime in whole seconds (the valid one only counts down with a finite preferred one).
     */
    public long[] remainingLifetimes(long now) {
        if ((flags & IFA_F_PERMANENT) != 0 && preferredLft == INFINITY_LIFE_TIME)
            return new long[] {INFINITY_LIFE_TIME, INFINITY_LIFE_TIME};
        long preferred = preferredLft, valid = validLft;
        if (preferred != INFINITY_LIFE_TIME) {
            long tval = (now - tstamp) / EventLoop.NS_PER_SEC;
            preferred = preferred > tval ? preferred - tval : 0;
            if (valid != INFINITY_LIFE_TIME) valid = valid > tval ? valid - tval : 0;
        }
        return new long[] {valid, preferred};
    }
    /** The local route of this address (table local), once DAD is done. */
    Rt6Info localRoute;

    Inet6Ifaddr(NetDevice dev, byte[] addr, int prefixLen, int scope, int flags) {
        this.dev = dev;
        this.addr = addr;
        this.prefixLen = prefixLen;
        this.scope = scope;
        this.flags = flags;
    }

    public boolean tentative() { return (flags & IFA_F_TENTATIVE) != 0; }

    /** ipv6_addr_src_scope, the order key of a device's address list (larger first). */
    int srcScope() {
        if (linnet.wire.Inet6.isLoopback(addr)) return 0x1;
        if (linnet.wire.Inet6.isLinkLocal(addr)) return 0x2;
        return 0xe;
    }
}
