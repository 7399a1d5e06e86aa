package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/**
 * `-j TRACE` (xt_TRACE): sets skb->nf_trace so later rule hits are logged to the kernel log (not
 * shown by any tool here); the packet goes on with the next rule.
 */
public record TraceTarget() implements XtTarget {
    @Override
    public String name() { return "TRACE"; }

    @Override
    public int target(NfPacket p) {
        p.skb.nfTrace = true;
        return Verdict.XT_CONTINUE;
    }
}
