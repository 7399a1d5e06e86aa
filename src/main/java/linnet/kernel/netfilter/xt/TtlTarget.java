package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;
import linnet.wire.Ipv4;

/**
 * `-j TTL --ttl-set/--ttl-dec/--ttl-inc N` (ipt_TTL, ttl_tg; mangle only): the new TTL clamped
 * to 0..255, the header checksum updated when it changes; the rule walk continues.
 */
public record TtlTarget(int mode, int ttl) implements XtTarget {
    /** IPT_TTL_SET, IPT_TTL_INC, IPT_TTL_DEC. */
    public static final int SET = 0, INC = 1, DEC = 2;

    @Override
    public String name() { return "TTL"; }

    @Override
    public String[] tables() { return new String[] {"mangle"}; }

    @Override
    public int target(NfPacket p) {
        byte[] b = p.buf();
        int ip = p.ip();
        int old = Ipv4.ttl(b, ip);
        int n = switch (mode) {
            case SET -> ttl;
            case INC -> Math.min(255, old + ttl);
            case DEC -> Math.max(0, old - ttl);
            default -> old;
        };
        if (n != old) {
            Ipv4.setTtl(b, ip, n);
            Ipv4.fillChecksum(b, ip);
        }
        return Verdict.XT_CONTINUE;
    }
}
