package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/** `-m icmp --icmp-type T[/C]` (ipt_icmp): type 0xff is "any"; a code range [codeMin, codeMax]. */
public record IcmpMatch(int type, int codeMin, int codeMax, boolean invert) implements XtMatch {
    @Override
    public String name() { return "icmp"; }

    @Override
    public boolean match(NfPacket p) {
        byte[] b = p.buf();
        int o = p.ip();
        if (Ipv4.fragOffset(b, o) != 0) return false;
        int t = o + Ipv4.ihl(b, o);
        if (t + 2 > b.length) {
            p.hotdrop = true;
            return false;
        }
        int ty = b[t] & 0xff, code = b[t + 1] & 0xff;
        boolean m = type == 0xff || (ty == type && code >= codeMin && code <= codeMax);
        return m ^ invert;
    }
}
