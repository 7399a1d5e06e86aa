package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.TtlTarget;

/** `-j TTL --ttl-set N | --ttl-dec N | --ttl-inc N` (libipt_TTL): exactly one action. */
final class TtlTargetExt extends TargetExt {
    private int mode = -1, ttl;

    @Override
    String name() { return "TTL"; }

    @Override
    List<Opt> options() { return List.of(Opt.argNoInv("ttl-set"), Opt.argNoInv("ttl-dec"), Opt.argNoInv("ttl-inc")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        int lo = opt.equals("ttl-set") ? 0 : 1;
        Integer v = Names.parseUInt(arg, lo, 255);
        if (v == null)
            throw IptError.param("TTL: bad value for option \"--" + opt + "\", or out of range (" + lo + "-255).\n");
        ttl = v;
        switch (opt) {
            case "ttl-set" -> mode = TtlTarget.SET;
            case "ttl-dec" -> mode = TtlTarget.DEC;
            default -> mode = TtlTarget.INC;
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        TtlMatchExt.exclusive(this);
        if (mode < 0) throw IptError.param("TTL: You must specify an action");
    }

    @Override
    XtTarget build(RuleSpec r) { return new TtlTarget(mode, ttl); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        TtlTarget x = (TtlTarget) t;
        sb.append(switch (x.mode()) {
            case TtlTarget.SET -> " TTL set to ";
            case TtlTarget.DEC -> " TTL decrement by ";
            default -> " TTL increment by ";
        }).append(x.ttl());
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        TtlTarget x = (TtlTarget) t;
        sb.append(switch (x.mode()) {
            case TtlTarget.SET -> " --ttl-set ";
            case TtlTarget.DEC -> " --ttl-dec ";
            default -> " --ttl-inc ";
        }).append(x.ttl());
    }
}
