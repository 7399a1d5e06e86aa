package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/** `-m mark --mark V[/M]` (xt_mark): (skb->mark &amp; mask) == value, invertible. */
public record MarkMatch(int mark, int mask, boolean invert) implements XtMatch {
    @Override
    public String name() { return "mark"; }

    @Override
    public boolean match(NfPacket p) { return ((p.skb.mark & mask) == mark) ^ invert; }
}
