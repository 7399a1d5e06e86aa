package linnet.kernel.netfilter.xt;

import linnet.kernel.core.Iff;
import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Inet4;
import linnet.wire.Ipv4;

/**
 * `-m rpfilter` (ipt_rpfilter, rpfilter_mt): the reverse-path test of the packet's source, in
 * the raw or mangle table at PREROUTING only; what arrives on a loopback device passes, as does a
 * 0.0.0.0 source sending to the limited broadcast or a link-local group.
 */
public record RpfilterMatch(boolean loose, boolean validMark, boolean acceptLocal, boolean invert) implements XtMatch {
    @Override
    public String name() { return "rpfilter"; }

    @Override
    public int hooks() { return 1 << 0; }

    /** rpfilter_check: only in the raw and mangle tables. */
    @Override
    public String[] tables() { return new String[] {"raw", "mangle"}; }

    @Override
    public boolean match(NfPacket p) {
        if (p.in != null && (p.in.flags() & Iff.LOOPBACK) != 0) return true ^ invert;
        byte[] b = p.buf();
        int o = p.ip();
        int saddr = Ipv4.src(b, o), daddr = Ipv4.dst(b, o);
        if (Inet4.isZeronet(saddr) && (daddr == -1 || (daddr & 0xffffff00) == 0xe0000000)) return true ^ invert;
        boolean ok = NetfilterNet.of(p.net).ops().rpfilterReverse(p.net, saddr, daddr, validMark ? p.skb.mark : 0,
                Ipv4.tos(b, o), p.in, loose, acceptLocal);
        return ok ^ invert;
    }
}
