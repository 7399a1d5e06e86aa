package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/** `-m ttl --ttl-eq/--ttl-lt/--ttl-gt N`, `! --ttl-eq` (ipt_ttl, ttl_mt): IPT_TTL_EQ, NE, LT, GT. */
public record TtlMatch(int mode, int ttl) implements XtMatch {
    public static final int EQ = 0, NE = 1, LT = 2, GT = 3;

    @Override
    public String name() { return "ttl"; }

    @Override
    public boolean match(NfPacket p) {
        int t = Ipv4.ttl(p.buf(), p.ip());
        return switch (mode) {
            case EQ -> t == ttl;
            case NE -> t != ttl;
            case LT -> t < ttl;
            case GT -> t > ttl;
            default -> false;
        };
    }
}
