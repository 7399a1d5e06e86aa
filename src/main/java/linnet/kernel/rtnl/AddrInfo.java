package linnet.kernel.rtnl;

/** An address as RTM_NEWADDR describes it: IPv4 in {@code local}/{@code address}, IPv6 in {@code addr6}. */
public record AddrInfo(int family, int ifindex, int prefixLen, int scope, int flags, int local, int address,
                       int broadcast, String label, byte[] addr6) {
    public static final int AF_INET = 2, AF_INET6 = 10;
}
