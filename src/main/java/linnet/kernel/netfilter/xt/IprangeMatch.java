package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * `-m iprange --src-range A-B --dst-range A-B` (xt_iprange revision 1, iprange_mt4): inclusive
 * address ranges compared as unsigned host-order numbers, each optional and invertible.
 */
public record IprangeMatch(int flags, int srcMin, int srcMax, int dstMin, int dstMax) implements XtMatch {
    /** IPRANGE_SRC, IPRANGE_DST, IPRANGE_SRC_INV, IPRANGE_DST_INV. */
    public static final int SRC = 1, DST = 2, SRC_INV = 0x10, DST_INV = 0x20;

    @Override
    public String name() { return "iprange"; }

    @Override
    public boolean match(NfPacket p) {
        byte[] b = p.buf();
        int ip = p.ip();
        if ((flags & SRC) != 0) {
            int a = Ipv4.src(b, ip);
            boolean m = Integer.compareUnsigned(a, srcMin) < 0 || Integer.compareUnsigned(a, srcMax) > 0;
            if (m ^ ((flags & SRC_INV) != 0)) return false;
        }
        if ((flags & DST) != 0) {
            int a = Ipv4.dst(b, ip);
            boolean m = Integer.compareUnsigned(a, dstMin) < 0 || Integer.compareUnsigned(a, dstMax) > 0;
            if (m ^ ((flags & DST_INV) != 0)) return false;
        }
        return true;
    }
}
