package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.CtTarget;

/**
 * `-j CT --notrack` and `-j NOTRACK` (libxt_CT; only the notrack form). -L prints " CT notrack"
 * or " NOTRACK"; -S gives back the spelling used.
 */
final class CtExt extends TargetExt {
    private final boolean alias;
    private boolean notrack;

    CtExt(boolean alias) { this.alias = alias; }

    @Override
    String name() { return alias ? "NOTRACK" : "CT"; }

    @Override
    List<Opt> options() { return alias ? List.of() : List.of(Opt.flag("notrack")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        if (invert) throw IptError.param("CT: option \"--notrack\" cannot be inverted.\n");
        notrack = true;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!alias && !notrack) throw IptError.param("CT: only \"--notrack\" is supported by this iptables");
    }

    @Override
    XtTarget build(RuleSpec r) { return new CtTarget(alias); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        sb.append(((CtTarget) t).alias() ? " NOTRACK" : " CT notrack");
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        if (!((CtTarget) t).alias()) sb.append(" --notrack");
    }
}
