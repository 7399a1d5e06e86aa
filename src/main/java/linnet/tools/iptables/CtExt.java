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
    List<Opt> options() { return alias ? List.of() : List.of(new Opt("notrack", false, false, false)); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        notrack = true;
    }

    @Override
    XtTarget build(RuleSpec r) { return new CtTarget(alias, alias || notrack); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        CtTarget c = (CtTarget) t;
        sb.append(c.alias() ? " NOTRACK" : c.notrack() ? " CT notrack" : " CT");
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        CtTarget c = (CtTarget) t;
        if (!c.alias() && c.notrack()) sb.append(" --notrack");
    }
}
