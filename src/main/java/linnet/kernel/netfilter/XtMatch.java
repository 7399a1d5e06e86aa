package linnet.kernel.netfilter;

/**
 * A match extension's kernel half (xt_match): immutable parameters and the test. The tool half
 * (parsing and printing) lives in linnet.tools.iptables; {@link #name()} ties them together.
 */
public interface XtMatch {
    /** The extension name as `-m NAME` spells it ("tcp", "icmp", "conntrack", ...). */
    String name();

    boolean match(NfPacket p);
}
