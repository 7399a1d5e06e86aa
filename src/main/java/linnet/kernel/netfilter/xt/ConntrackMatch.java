package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m conntrack --ctstate S` and `-m state --state S` (xt_conntrack / xt_state): the state of the
 * packet's connection. {@code stateModule} only records which spelling the rule was made with.
 */
public record ConntrackMatch(int stateMask, boolean invert, boolean stateModule) implements XtMatch {
    /** XT_CONNTRACK_STATE_* / XT_STATE_* bits. */
    public static final int INVALID = 1, ESTABLISHED = 2, RELATED = 4, NEW = 8, UNTRACKED = 16, SNAT = 32, DNAT = 64;

    @Override
    public String name() { return stateModule ? "state" : "conntrack"; }

    @Override
    public boolean match(NfPacket p) {
        int bit;
        if (p.ct == null) {
            bit = p.ctinfo == NfConn.UNTRACKED ? UNTRACKED : INVALID;
        } else {
            bit = switch (p.ctinfo) {
                case NfConn.IP_CT_ESTABLISHED, NfConn.IP_CT_ESTABLISHED_REPLY -> ESTABLISHED;
                case NfConn.IP_CT_RELATED, NfConn.IP_CT_RELATED_REPLY -> RELATED;
                default -> NEW;
            };
            if (!stateModule) {
                if ((p.ct.status & NfConn.IPS_SRC_NAT) != 0) bit |= SNAT & stateMask;
                if ((p.ct.status & NfConn.IPS_DST_NAT) != 0) bit |= DNAT & stateMask;
            }
        }
        return ((bit & stateMask) != 0) ^ invert;
    }
}
