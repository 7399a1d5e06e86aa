package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/**
 * `-j CT --notrack` and its old spelling `-j NOTRACK` (xt_CT, raw table only, PREROUTING and
 * OUTPUT): a packet not yet attached to a connection is marked untracked, so conntrack skips it
 * and -m conntrack/state see UNTRACKED. {@code alias} remembers the NOTRACK spelling, which
 * -S and iptables-save keep while -L lists the target as CT.
 */
public record CtTarget(boolean alias) implements XtTarget {
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
        if (p.skb.nfct != null) return Verdict.XT_CONTINUE;
        p.skb.nfct = NfConn.UNTRACKED_MARK;
        p.skb.nfctinfo = NfConn.UNTRACKED;
        p.ct = null;
        p.ctinfo = NfConn.UNTRACKED;
        return Verdict.XT_CONTINUE;
    }
}
