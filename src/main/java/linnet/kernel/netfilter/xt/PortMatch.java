package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Bytes;

/**
 * `-m tcp` / `-m udp` (xt_tcpudp): source and destination port ranges, each invertible, and for
 * tcp the flags test (byte 13 & flgMask) == flgCmp (--tcp-flags, --syn), invertible. Never
 * matches a non-first fragment (no transport header there), like tcp_mt/udp_mt; a header cut
 * short (20 bytes for tcp, 8 for udp) hot-drops the packet.
 */
public record PortMatch(String name, int proto, int sportMin, int sportMax, int dportMin, int dportMax,
                        boolean invSport, boolean invDport, int flgMask, int flgCmp, boolean invFlags)
        implements XtMatch {
    public PortMatch(String name, int proto, int sportMin, int sportMax, int dportMin, int dportMax,
                     boolean invSport, boolean invDport) {
        this(name, proto, sportMin, sportMax, dportMin, dportMax, invSport, invDport, 0, 0, false);
    }

    public static PortMatch any(String name, int proto) {
        return new PortMatch(name, proto, 0, 0xffff, 0, 0xffff, false, false);
    }

    @Override
    public boolean match(NfPacket p) {
        int t = p.transport(proto == 6 ? 20 : 8);
        if (t < 0) return false;
        byte[] b = p.buf();
        int sp = Bytes.u16(b, t), dp = Bytes.u16(b, t + 2);
        if (!(((sp >= sportMin && sp <= sportMax) ^ invSport) && ((dp >= dportMin && dp <= dportMax) ^ invDport)))
            return false;
        if (proto != 6) return true;
        return (((b[t + 13] & flgMask) & 0xff) == flgCmp) ^ invFlags;
    }
}
