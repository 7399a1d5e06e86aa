package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/**
 * `-j NFQUEUE` (xt_NFQUEUE, revision 3): hands the packet to queue {@code queuenum} (or one of
 * {@code total} queues from it). No user-space program ever binds a queue here, so nf_queue
 * fails with ESRCH: the packet is dropped, or with --queue-bypass it goes on as if accepted
 * by this hook's chain.
 */
public record NfqueueTarget(int queuenum, int total, boolean bypass, boolean cpuFanout) implements XtTarget {
    @Override
    public String name() { return "NFQUEUE"; }

    @Override
    public int target(NfPacket p) { return bypass ? Verdict.NF_ACCEPT : Verdict.NF_DROP; }
}
