package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;
import linnet.wire.Checksum;
import linnet.wire.Ipv4;
import linnet.wire.Tcp;

/**
 * `-j TCPMSS --set-mss N | --clamp-mss-to-pmtu` (xt_TCPMSS, tcpmss_mangle_packet): lowers the MSS
 * option of a SYN to N, or to the route's MTU minus the IP and TCP headers; a larger MSS is
 * never raised. Clamping needs the output route, so only FORWARD, OUTPUT and POSTROUTING take
 * it; the rule must be -p tcp (under nft_compat the SYN-match check of tcpmss_tg4_check is skipped).
 */
public record TcpmssTarget(int mss) implements XtTarget {
    /** XT_TCPMSS_CLAMP_PMTU. */
    public static final int CLAMP_PMTU = 0xffff;

    @Override
    public String name() { return "TCPMSS"; }

    @Override
    public int proto() { return Ipv4.PROTO_TCP; }

    @Override
    public int hooks() { return mss == CLAMP_PMTU ? (1 << 2) | (1 << 3) | (1 << 4) : 0; }

    @Override
    public int target(NfPacket p) {
        int t = p.transport(Tcp.HLEN);
        if (t < 0) return Verdict.XT_CONTINUE;
        byte[] b = p.buf();
        if ((Tcp.flags(b, t) & Tcp.SYN) == 0) return Verdict.XT_CONTINUE;
        int newmss = mss;
        if (mss == CLAMP_PMTU) {
            if (!(p.skb.dst instanceof linnet.kernel.netfilter.DstMtu rt)) return Verdict.XT_CONTINUE;
            newmss = rt.mtu() - Ipv4.ihl(b, p.ip()) - Tcp.HLEN;
        }
        int hlen = Tcp.dataOffset(b, t);
        for (int o = t + Tcp.HLEN; o + 1 < t + hlen; ) {
            int kind = b[o] & 0xff;
            if (kind == 0) break;
            if (kind == 1) {
                o++;
                continue;
            }
            int len = b[o + 1] & 0xff;
            if (len < 2) break;
            if (kind == 2 && len == 4 && o + 4 <= t + hlen) {
                int old = ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
                if (old <= newmss) return Verdict.XT_CONTINUE;
                b[o + 2] = (byte) (newmss >>> 8);
                b[o + 3] = (byte) newmss;
                Tcp.setChecksum(b, t, Checksum.update16(Tcp.checksum(b, t), old, newmss));
                return Verdict.XT_CONTINUE;
            }
            o += len;
        }
        return Verdict.XT_CONTINUE;
    }
}
