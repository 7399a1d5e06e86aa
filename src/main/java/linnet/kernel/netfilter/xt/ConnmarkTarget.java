package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/**
 * `-j CONNMARK` (xt_CONNMARK, connmark_tg_shift without shifts): SET ct->mark = (ct->mark &
 * ~ctmask) ^ ctmark; SAVE ct->mark = (ct->mark & ~ctmask) ^ (skb->mark & nfmask); RESTORE
 * skb->mark = (skb->mark & ~nfmask) ^ (ct->mark & ctmask). A packet without a connection is left alone.
 */
public record ConnmarkTarget(int mode, int ctmark, int ctmask, int nfmask) implements XtTarget {
    public static final int SET = 0, SAVE = 1, RESTORE = 2;

    @Override
    public String name() { return "CONNMARK"; }

    @Override
    public int target(NfPacket p) {
        if (p.ct == null) return Verdict.XT_CONTINUE;
        switch (mode) {
            case SET -> p.ct.mark = (p.ct.mark & ~ctmask) ^ ctmark;
            case SAVE -> p.ct.mark = (p.ct.mark & ~ctmask) ^ (p.skb.mark & nfmask);
            default -> p.skb.mark = (p.skb.mark & ~nfmask) ^ (p.ct.mark & ctmask);
        }
        return Verdict.XT_CONTINUE;
    }
}
