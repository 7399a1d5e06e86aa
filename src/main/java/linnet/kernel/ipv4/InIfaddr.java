package linnet.kernel.ipv4;

import linnet.kernel.core.NetDevice;

/** One IPv4 address of a device (struct in_ifaddr). */
public final class InIfaddr {
    public static final int IFA_F_SECONDARY = 0x01, IFA_F_NODAD = 0x02, IFA_F_PERMANENT = 0x80,
            IFA_F_NOPREFIXROUTE = 0x200;
    /** rtnetlink scopes (RT_SCOPE_*). */
    public static final int SCOPE_UNIVERSE = 0, SCOPE_SITE = 200, SCOPE_LINK = 253, SCOPE_HOST = 254, SCOPE_NOWHERE = 255;

    public final NetDevice dev;
    public int local;
    /** IFA_ADDRESS: the peer on point-to-point links, else equal to local. */
    public int address;
    public int prefixLen;
    public int broadcast;
    public String label;
    public int scope;
    public int flags;
    public int rtPriority;

    public InIfaddr(NetDevice dev) { this.dev = dev; }

    public int mask() { return prefixLen == 0 ? 0 : (int) (0xffffffffL << (32 - prefixLen)); }

    public int prefix() { return address & mask(); }

    public boolean secondary() { return (flags & IFA_F_SECONDARY) != 0; }

    /** Whether {@code a} is in this address's subnet (inet_ifa_match). */
    public boolean match(int a) { return ((a ^ address) & mask()) == 0; }
}
