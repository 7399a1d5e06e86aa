package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.TtlMatch;

/** `-m ttl [!] --ttl-eq N | --ttl-lt N | --ttl-gt N` (libipt_ttl): exactly one of them. */
final class TtlMatchExt extends MatchExt {
    private int mode = -1, ttl;

    @Override
    String name() { return "ttl"; }

    @Override
    List<Opt> options() { return List.of(Opt.argNoInv("ttl-lt"), Opt.argNoInv("ttl-gt"), Opt.arg("ttl-eq")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        Integer v = Names.parseUInt(arg, 0, 255);
        if (v == null) throw IptError.param("ttl: bad value for option \"--" + opt + "\", or out of range (0-255).\n");
        ttl = v;
        mode = switch (opt) {
            case "ttl-lt" -> TtlMatch.LT;
            case "ttl-gt" -> TtlMatch.GT;
            default -> invert ? TtlMatch.NE : TtlMatch.EQ;
        };
    }

    @Override
    void finalCheck(RuleSpec r) {
        exclusive(this);
        if (mode < 0) throw IptError.param("TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt");
    }

    /**
     * xtables_options_fcheck for mutually exclusive options (XTOPT .excl): the first given option
     * in table order names the second.
     */
    static void exclusive(Ext e) {
        String first = null;
        for (Opt o : e.options()) {
            if (!e.seen.contains(o.name())) continue;
            if (first == null) first = o.name();
            else throw IptError.param(e.name() + ": option \"--" + first + "\" cannot be used together with \"--"
                    + o.name() + "\".\n");
        }
    }

    @Override
    XtMatch build(RuleSpec r) { return new TtlMatch(mode, ttl); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        TtlMatch t = (TtlMatch) m;
        String op = switch (t.mode()) {
            case TtlMatch.EQ -> "==";
            case TtlMatch.NE -> "!=";
            case TtlMatch.LT -> "<";
            default -> ">";
        };
        sb.append(" TTL match TTL ").append(op).append(' ').append(t.ttl());
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        TtlMatch t = (TtlMatch) m;
        sb.append(switch (t.mode()) {
            case TtlMatch.EQ -> " --ttl-eq ";
            case TtlMatch.NE -> " ! --ttl-eq ";
            case TtlMatch.LT -> " --ttl-lt ";
            default -> " --ttl-gt ";
        }).append(t.ttl());
    }
}
