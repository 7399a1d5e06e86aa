package linnet.kernel.rtnl;

/**
 * An address as RTM_NEWADDR describes it: IPv4 in {@code local}/{@code address}, IPv6 in {@code addr6}.
 * {@code validLft}/{@code preferredLft} are the remaining seconds of IFA_CACHEINFO (0xffffffff =
 * forever), {@code metric} is IFA_RT_PRIORITY (0 = absent).
 */
public record AddrInfo(int family, int ifindex, int prefixLen, int scope, int flags, int local, int address,
                       int broadcast, String label, byte[] addr6, long validLft, long preferredLft, int metric) {
    public static final int AF_INET = 2, AF_INET6 = 10;
    public static final long FOREVER = 0xffff_ffffL;

    public AddrInfo(int family, int ifindex, int prefixLen, int scope, int flags, int local, int address,
                    int broadcast, String label, byte[] addr6) {
        this(family, ifindex, prefixLen, scope, flags, local, address, broadcast, label, addr6, FOREVER, FOREVER, 0);
    }
}
