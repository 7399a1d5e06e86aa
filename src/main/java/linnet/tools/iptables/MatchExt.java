package linnet.tools.iptables;

import linnet.kernel.netfilter.XtMatch;

/** A match extension's user half: parses its options into the kernel record and prints it back. */
abstract class MatchExt extends Ext {
    /** The kernel half for what was parsed. */
    abstract XtMatch build(RuleSpec r);

    /** The -L text (each item starting with a space), as the extension's print() writes it. */
    abstract void print(XtMatch m, boolean numeric, StringBuilder sb);

    /**
     * The -L text for a match in a rule of protocol {@code proto} (ipt_entry's ip.proto), for the
     * extensions whose print() looks at the rule (multiport names ports by the rule's protocol).
     */
    void print(XtMatch m, boolean numeric, StringBuilder sb, int proto) { print(m, numeric, sb); }

    /** The -S / iptables-save options after "-m NAME". */
    abstract void save(XtMatch m, StringBuilder sb);
}
