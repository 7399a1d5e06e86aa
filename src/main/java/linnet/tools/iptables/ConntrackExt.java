package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.ConntrackMatch;

/**
 * `-m conntrack --ctstate S[,S]` and `-m state --state S[,S]` (libxt_conntrack, which carries the
 * state match too): the same kernel record, printed as "ctstate ..." or "state ...".
 */
final class ConntrackExt extends MatchExt {
    private final boolean stateModule;
    private int mask = -1;
    private boolean invert;

    ConntrackExt(boolean stateModule) { this.stateModule = stateModule; }

    @Override
    String name() { return stateModule ? "state" : "conntrack"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg(stateModule ? "state" : "ctstate")); }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        int m = 0;
        for (String s : arg.split(",", -1)) {
            m |= switch (s.toUpperCase(Locale.ROOT)) {
                case "INVALID" -> ConntrackMatch.INVALID;
                case "ESTABLISHED" -> ConntrackMatch.ESTABLISHED;
                case "NEW" -> ConntrackMatch.NEW;
                case "RELATED" -> ConntrackMatch.RELATED;
                case "UNTRACKED" -> ConntrackMatch.UNTRACKED;
                case "SNAT" -> {
                    if (stateModule) throw bad(s);
                    yield ConntrackMatch.SNAT;
                }
                case "DNAT" -> {
                    if (stateModule) throw bad(s);
                    yield ConntrackMatch.DNAT;
                }
                default -> throw bad(s);
            };
        }
        mask = m;
        invert = inv;
    }

    private IptError bad(String s) {
        return IptError.param("Bad " + (stateModule ? "state" : "ctstate") + " \"" + s + "\"");
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (mask < 0) {
            if (stateModule) throw mandatory("state");
            throw IptError.param("You must specify one or more options");
        }
    }

    @Override
    XtMatch build(RuleSpec r) { return new ConntrackMatch(mask, invert, stateModule); }

    /** print_state: INVALID, NEW, RELATED, ESTABLISHED, UNTRACKED, SNAT, DNAT. */
    static String states(int m) {
        StringBuilder sb = new StringBuilder();
        int[] bits = {ConntrackMatch.INVALID, ConntrackMatch.NEW, ConntrackMatch.RELATED, ConntrackMatch.ESTABLISHED,
            ConntrackMatch.UNTRACKED, ConntrackMatch.SNAT, ConntrackMatch.DNAT};
        String[] names = {"INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED", "SNAT", "DNAT"};
        for (int i = 0; i < bits.length; i++) {
            if ((m & bits[i]) == 0) continue;
            if (!sb.isEmpty()) sb.append(',');
            sb.append(names[i]);
        }
        return sb.toString();
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        ConntrackMatch c = (ConntrackMatch) m;
        if (c.stateModule()) {
            sb.append(" state ").append(c.invert() ? "!" : "").append(states(c.stateMask()));
            return;
        }
        if (c.invert()) sb.append(" !");
        sb.append(" ctstate ").append(states(c.stateMask()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        ConntrackMatch c = (ConntrackMatch) m;
        if (c.invert()) sb.append(" !");
        sb.append(c.stateModule() ? " --state " : " --ctstate ").append(states(c.stateMask()));
    }
}
