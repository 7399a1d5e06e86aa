package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/** `-m length --length MIN[:MAX]` (xt_length, length_mt): the IPv4 total length in [min, max]. */
public record LengthMatch(int min, int max, boolean invert) implements XtMatch {
    @Override
    public String name() { return "length"; }

    @Override
    public boolean match(NfPacket p) {
        int len = Ipv4.totalLength(p.buf(), p.ip());
        return (len >= min && len <= max) ^ invert;
    }
}
