package linnet.kernel.ipv4;

import linnet.kernel.core.NetDevice;

/** One IPv4 address of a device (struct in_ifaddr). */
public final class InIfaddr {
    /** IFA_F_* (include/uapi/linux/if_addr.h). */
    public static final int IFA_F_SECONDARY = 0x01, IFA_F_NODAD = 0x02, IFA_F_OPTIMISTIC = 0x04,
            IFA_F_DADFAILED = 0x08, IFA_F_HOMEADDRESS = 0x10, IFA_F_DEPRECATED = 0x20, IFA_F_TENTATIVE = 0x40,
            IFA_F_PERMANENT = 0x80, IFA_F_MANAGETEMPADDR = 0x100, IFA_F_NOPREFIXROUTE = 0x200,
            IFA_F_MCAUTOJOIN = 0x400, IFA_F_STABLE_PRIVACY = 0x800;
    /** The flags IPv4 drops from a request (IPV6ONLY_FLAGS in devinet.c). */
    public static final int IPV6ONLY_FLAGS = IFA_F_NODAD | IFA_F_OPTIMISTIC | IFA_F_DADFAILED | IFA_F_HOMEADDRESS
            | IFA_F_TENTATIVE | IFA_F_MANAGETEMPADDR | IFA_F_STABLE_PRIVACY;
    /** rtnetlink scopes (RT_SCOPE_*). */
    public static final int SCOPE_UNIVERSE = 0, SCOPE_SITE = 200, SCOPE_LINK = 253, SCOPE_HOST = 254, SCOPE_NOWHERE = 255;
    /** INFINITY_LIFE_TIME: a lifetime that never runs out. */
    public static final long INFINITY_LIFE_TIME = 0xffff_ffffL;

    public final NetDevice dev;
    public int local;
    /** IFA_ADDRESS: the peer on point-to-point links, else equal to local. */
    public int address;
    public int prefixLen;
    public int broadcast;
    public String label;
    public int scope;
    public int flags;
    /** IFA_RT_PRIORITY: the metric of the prefix route. */
    public int rtPriority;
    /** ifa_valid_lft / ifa_preferred_lft in seconds (meaningful while not IFA_F_PERMANENT). */
    public long validLft = INFINITY_LIFE_TIME, preferredLft = INFINITY_LIFE_TIME;
    /** ifa_tstamp (last lifetime update) and ifa_cstamp (creation), virtual ns. */
    public long tstamp, cstamp;

    public InIfaddr(NetDevice dev) { this.dev = dev; }

    public int mask() { return prefixLen == 0 ? 0 : (int) (0xffffffffL << (32 - prefixLen)); }

    public int prefix() { return address & mask(); }

    public boolean secondary() { return (flags & IFA_F_SECONDARY) != 0; }

    /** Whether {@code a} is in this address's subnet (inet_ifa_match). */
    public boolean match(int a) { return ((a ^ address) & mask()) == 0; }
}
