package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.XtTarget;

/** The "standard" target: -j ACCEPT, DROP, RETURN (no options, nothing printed after the addresses). */
final class StandardExt extends TargetExt {
    private final String verdict;

    StandardExt(String verdict) { this.verdict = verdict; }

    @Override
    String name() { return verdict; }

    @Override
    List<Opt> options() { return List.of(); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {}

    @Override
    XtTarget build(RuleSpec r) {
        return switch (verdict) {
            case "ACCEPT" -> StandardTarget.ACCEPT;
            case "DROP" -> StandardTarget.DROP;
            default -> StandardTarget.RETURN;
        };
    }
}
