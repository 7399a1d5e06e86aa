package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.TraceTarget;

/** `-j TRACE` (libxt_TRACE): no options, nothing printed after the target name. */
final class TraceExt extends TargetExt {
    @Override
    String name() { return "TRACE"; }

    @Override
    List<Opt> options() { return List.of(); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {}

    @Override
    XtTarget build(RuleSpec r) { return new TraceTarget(); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {}

    @Override
    void save(XtTarget t, StringBuilder sb) {}
}
