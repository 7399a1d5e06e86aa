package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Bytes;

/**
 * `-m tcp` / `-m udp` (xt_tcpudp): source and destination port ranges, each invertible. Never
 * matches a non-first fragment (no transport header there), like tcp_mt/udp_mt.
 */
public record PortMatch(String name, int proto, int sportMin, int sportMax, int dportMin, int dportMax,
                        boolean invSport, boolean invDport) implements XtMatch {
    public static PortMatch any(String name, int proto) {
        return new PortMatch(name, proto, 0, 0xffff, 0, 0xffff, false, false);
    }

    @Override
    public boolean match(NfPacket p) {
        int t = p.transport(4);
        if (t < 0) return false;
        byte[] b = p.buf();
        int sp = Bytes.u16(b, t), dp = Bytes.u16(b, t + 2);
        return ((sp >= sportMin && sp <= sportMax) ^ invSport) && ((dp >= dportMin && dp <= dportMax) ^ invDport);
    }
}
