package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.RpfilterMatch;

/** `-m rpfilter [--loose] [--validmark] [--accept-local] [--invert]` (libipt_rpfilter). */
final class RpfilterExt extends MatchExt {
    private boolean loose, validMark, acceptLocal, invert;

    @Override
    String name() { return "rpfilter"; }

    @Override
    List<Opt> options() {
        return List.of(new Opt("loose", false, false, false), new Opt("validmark", false, false, false),
                new Opt("accept-local", false, false, false), new Opt("invert", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        switch (opt) {
            case "loose" -> loose = true;
            case "validmark" -> validMark = true;
            case "accept-local" -> acceptLocal = true;
            default -> invert = true;
        }
    }

    @Override
    XtMatch build(RuleSpec r) { return new RpfilterMatch(loose, validMark, acceptLocal, invert); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        RpfilterMatch x = (RpfilterMatch) m;
        sb.append(" rpfilter");
        if (x.loose()) sb.append(" loose");
        if (x.validMark()) sb.append(" validmark");
        if (x.acceptLocal()) sb.append(" accept-local");
        if (x.invert()) sb.append(" invert");
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        RpfilterMatch x = (RpfilterMatch) m;
        if (x.loose()) sb.append(" --loose");
        if (x.validMark()) sb.append(" --validmark");
        if (x.acceptLocal()) sb.append(" --accept-local");
        if (x.invert()) sb.append(" --invert");
    }
}
