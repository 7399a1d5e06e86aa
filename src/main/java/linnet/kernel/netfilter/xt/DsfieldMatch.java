package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/** `-m dscp` (dscp_mt: the upper six DS bits) and `-m tos` (tos_mt: (tos & mask) == value), each invertible. */
public record DsfieldMatch(boolean dscp, int value, int mask, boolean invert) implements XtMatch {
    @Override
    public String name() { return dscp ? "dscp" : "tos"; }

    @Override
    public boolean match(NfPacket p) {
        int tos = Ipv4.tos(p.buf(), p.ip());
        boolean m = dscp ? (tos >>> 2) == value : (tos & mask) == value;
        return m ^ invert;
    }
}
