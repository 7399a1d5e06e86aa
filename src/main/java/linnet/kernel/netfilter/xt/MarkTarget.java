package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/** MARK --set-xmark value/mask: mark = (mark & ~mask) ^ value (xt_MARK); the other spellings map here. */
public record MarkTarget(int value, int mask) implements XtTarget {
    @Override
    public String name() { return "MARK"; }

    @Override
    public int target(NfPacket p) {
        p.skb.mark = (p.skb.mark & ~mask) ^ value;
        return Verdict.XT_CONTINUE;
    }
}
