package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/** `-m icmp --icmp-type T[/C]` (ipt_icmp): type 0xff is "any"; a code range [codeMin, codeMax]. */
public record IcmpMatch(int type, int codeMin, int codeMax, boolean invert) implements XtMatch {
    @Override
    public String name() { return "icmp"; }

    @Override
    public boolean match(NfPacket p) {
        int t = p.transport(2);
        if (t < 0) return false;
        byte[] b = p.buf();
        int ty = b[t] & 0xff, code = b[t + 1] & 0xff;
        boolean m = type == 0xff || (ty == type && code >= codeMin && code <= codeMax);
        return m ^ invert;
    }
}
