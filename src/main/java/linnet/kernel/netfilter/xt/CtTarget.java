package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/**
 * `-j CT --notrack` and its old spelling `-j NOTRACK` (xt_CT, raw table only, PREROUTING and
 * OUTPUT): a packet not yet attached to a connection is marked untracked, so conntrack skips it
 * and -m conntrack/state see UNTRACKED. A bare `-j CT` (no options) changes nothing here. {@code alias} remembers the NOTRACK spelling, which
 * -S and iptables-save keep while -L lists the target as CT.
 */
public record CtTarget(boolean alias, boolean notrack) implements XtTarget {
    /** NOTRACK (alias) or CT --notrack. */
    public CtTarget(boolean alias) { this(alias, true); }

    @Override
    public String name() { return alias ? "NOTRACK" : "CT"; }

    @Override
    public String listName() { return "CT"; }

    @Override
    public String[] tables() { return new String[] {"raw"}; }

    @Override
    public int hooks() { return (1 << 0) | (1 << 3); }

    @Override
    public int target(NfPacket p) {
        // A bare -j CT attaches a template without zone, helper or timeout: tracking goes on as usual.
        if (!notrack || p.skb.nfct != null) return Verdict.XT_CONTINUE;
        p.skb.nfct = NfConn.UNTRACKED_MARK;
        p.skb.nfctinfo = NfConn.UNTRACKED;
        p.ct = null;
        p.ctinfo = NfConn.UNTRACKED;
        return Verdict.XT_CONTINUE;
    }
}
