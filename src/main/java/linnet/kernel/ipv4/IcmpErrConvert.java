package linnet.kernel.ipv4;

import linnet.kernel.core.Errno;

/**
 * icmp_err_convert (net/ipv4/icmp.c): the errno a socket learns from each Destination Unreachable
 * code, and whether the error is fatal (hard): only hard errors reach a connected socket's
 * sk_err when it has not asked for IP_RECVERR.
 */
final class IcmpErrConvert {
    private IcmpErrConvert() {}

    record Conv(Errno errno, boolean fatal) {}

    private static final Conv[] UNREACH = {
        new Conv(Errno.ENETUNREACH, false), // NET_UNREACH
        new Conv(Errno.EHOSTUNREACH, false), // HOST_UNREACH
        new Conv(Errno.ENOPROTOOPT, true), // PROT_UNREACH
        new Conv(Errno.ECONNREFUSED, true), // PORT_UNREACH
        new Conv(Errno.EMSGSIZE, false), // FRAG_NEEDED
        new Conv(Errno.EOPNOTSUPP, false), // SR_FAILED
        new Conv(Errno.ENETUNREACH, true), // NET_UNKNOWN
        new Conv(Errno.EHOSTDOWN, true), // HOST_UNKNOWN
        new Conv(Errno.ENONET, true), // HOST_ISOLATED
        new Conv(Errno.ENETUNREACH, true), // NET_ANO
        new Conv(Errno.EHOSTUNREACH, true), // HOST_ANO
        new Conv(Errno.ENETUNREACH, false), // NET_UNR_TOS
        new Conv(Errno.EHOSTUNREACH, false), // HOST_UNR_TOS
        new Conv(Errno.EHOSTUNREACH, true), // PKT_FILTERED
        new Conv(Errno.EHOSTUNREACH, true), // PREC_VIOLATION
        new Conv(Errno.EHOSTUNREACH, true), // PREC_CUTOFF
    };

    /** A Destination Unreachable code's conversion (codes past the table: EHOSTUNREACH, not fatal). */
    static Conv unreach(int code) {
        return code >= 0 && code < UNREACH.length ? UNREACH[code] : new Conv(Errno.EHOSTUNREACH, false);
    }
}
