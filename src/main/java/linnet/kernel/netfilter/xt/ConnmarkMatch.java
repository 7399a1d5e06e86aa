package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/** `-m connmark [!] --mark V[/M]` (xt_connmark, connmark_mt): (ct->mark & M) == V; no connection never matches. */
public record ConnmarkMatch(int mark, int mask, boolean invert) implements XtMatch {
    @Override
    public String name() { return "connmark"; }

    @Override
    public boolean match(NfPacket p) {
        if (p.ct == null) return false;
        return ((p.ct.mark & mask) == mark) ^ invert;
    }
}
