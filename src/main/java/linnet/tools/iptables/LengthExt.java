package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.LengthMatch;

/** `-m length [!] --length MIN[:MAX]` (libxt_length, XTTYPE_UINT16RC: ":B" is 0:B, "A:" is A:65535). */
final class LengthExt extends MatchExt {
    private int min, max = 0xffff;
    private boolean invert, given;

    @Override
    String name() { return "length"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("length")); }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        int colon = arg.indexOf(':');
        String a = colon >= 0 ? arg.substring(0, colon) : arg, b = colon >= 0 ? arg.substring(colon + 1) : arg;
        Integer lo = a.isEmpty() && colon >= 0 ? Integer.valueOf(0) : Names.parseUInt(a, 0, 0xffff);
        Integer hi = b.isEmpty() && colon >= 0 ? Integer.valueOf(0xffff) : Names.parseUInt(b, 0, 0xffff);
        if (lo == null || hi == null)
            throw IptError.param("length: bad value for option \"--length\" near \"" + (lo == null ? a : b)
                    + "\", or out of range (0-65535).\n");
        min = lo;
        max = hi;
        invert = inv;
        given = true;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!given) throw mandatory("length");
    }

    @Override
    XtMatch build(RuleSpec r) { return new LengthMatch(min, max, invert); }

    private static String range(LengthMatch l) {
        return l.min() == l.max() ? Integer.toString(l.min()) : l.min() + ":" + l.max();
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        LengthMatch l = (LengthMatch) m;
        sb.append(" length ").append(l.invert() ? "!" : "").append(range(l));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        LengthMatch l = (LengthMatch) m;
        if (l.invert()) sb.append(" !");
        sb.append(" --length ").append(range(l));
    }
}
