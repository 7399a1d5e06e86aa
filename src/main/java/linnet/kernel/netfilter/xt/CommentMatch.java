package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/** `-m comment --comment TEXT` (xt_comment): always matches; the text is only for people. */
public record CommentMatch(String comment) implements XtMatch {
    @Override
    public String name() { return "comment"; }

    @Override
    public boolean match(NfPacket p) { return true; }
}
