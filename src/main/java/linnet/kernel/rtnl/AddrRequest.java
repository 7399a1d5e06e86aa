package linnet.kernel.rtnl;

/**
 * One RTM_NEWADDR / RTM_DELADDR for IPv4 as iproute2 builds it. Null fields are absent
 * attributes: {@code local} IFA_LOCAL, {@code address} IFA_ADDRESS (the peer, or the local
 * address again), {@code broadcast} IFA_BROADCAST, {@code label} IFA_LABEL, {@code metric}
 * IFA_RT_PRIORITY; {@code validLft}/{@code preferredLft} null when no IFA_CACHEINFO was sent.
 * {@code family} is ifa_family (0 = AF_UNSPEC when the command named no address at all).
 */
public record AddrRequest(int family, Integer local, Integer address, int prefixLen, Integer broadcast, String label,
                          int scope, int flags, Integer metric, Long validLft, Long preferredLft, int nlFlags) {
    /** nlmsg_flags of the request. */
    public static final int NLM_F_REPLACE = 0x100, NLM_F_EXCL = 0x200, NLM_F_CREATE = 0x400;
}
