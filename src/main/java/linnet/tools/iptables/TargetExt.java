package linnet.tools.iptables;

import linnet.kernel.netfilter.XtTarget;

/** A target extension's user half (REJECT, LOG, MARK, the NAT targets, the standard verdicts). */
abstract class TargetExt extends Ext {
    abstract XtTarget build(RuleSpec r);

    /** The -L text after the addresses (each item starting with a space); none by default. */
    void print(XtTarget t, boolean numeric, StringBuilder sb) {}

    /** The -S / iptables-save options after "-j NAME". */
    void save(XtTarget t, StringBuilder sb) {}
}
