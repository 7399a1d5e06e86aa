package linnet.kernel.netfilter;

/**
 * A match extension's kernel half (xt_match): immutable parameters and the test. The tool half
 * (parsing and printing) lives in linnet.tools.iptables; {@link #name()} ties them together.
 */
public interface XtMatch {
    /** The extension name as `-m NAME` spells it ("tcp", "icmp", "conntrack", ...). */
    String name();

    boolean match(NfPacket p);

    /** The hooks this match may be used in (bit mask of 1 << NF_INET_*; 0 = any), as xt_check_match checks. */
    default int hooks() { return 0; }

    /** The tables this match may be used in (null = any). */
    default String[] tables() { return null; }

    /** The match's checkentry beyond hooks and protocol: false makes the rule EINVAL. */
    default boolean checkentry() { return true; }

    /** What a failed {@link #checkentry()} returns. */
    default linnet.kernel.core.Errno checkErrno() { return linnet.kernel.core.Errno.EINVAL; }
}
