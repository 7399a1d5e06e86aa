package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.RejectTarget;

/** `-j REJECT [--reject-with TYPE]` (libipt_REJECT); default icmp-port-unreachable. */
final class RejectExt extends TargetExt {
    /** reject_table: ipt_reject_with value, name, alias. */
    static final Object[][] TYPES = {{RejectTarget.ICMP_NET_UNREACHABLE, "icmp-net-unreachable", "net-unreach"},
        {RejectTarget.ICMP_HOST_UNREACHABLE, "icmp-host-unreachable", "host-unreach"},
        {RejectTarget.ICMP_PROT_UNREACHABLE, "icmp-proto-unreachable", "proto-unreach"},
        {RejectTarget.ICMP_PORT_UNREACHABLE, "icmp-port-unreachable", "port-unreach"},
        {RejectTarget.ICMP_NET_PROHIBITED, "icmp-net-prohibited", "net-prohib"},
        {RejectTarget.ICMP_HOST_PROHIBITED, "icmp-host-prohibited", "host-prohib"},
        {RejectTarget.TCP_RESET, "tcp-reset", "tcp-rst"},
        {RejectTarget.ICMP_ADMIN_PROHIBITED, "icmp-admin-prohibited", "admin-prohib"}};

    private int with = RejectTarget.ICMP_PORT_UNREACHABLE;

    @Override
    String name() { return "REJECT"; }

    @Override
    List<Opt> options() { return List.of(Opt.argNoInv("reject-with")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        String l = arg.toLowerCase(Locale.ROOT);
        for (Object[] t : TYPES) {
            if (((String) t[1]).startsWith(l) || ((String) t[2]).startsWith(l)) {
                with = (Integer) t[0];
                return;
            }
        }
        throw IptError.param("unknown reject type \"" + arg + "\"");
    }

    @Override
    XtTarget build(RuleSpec r) { return new RejectTarget(with); }

    static String typeName(int with) {
        for (Object[] t : TYPES) if ((Integer) t[0] == with) return (String) t[1];
        return "icmp-port-unreachable";
    }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        sb.append(" reject-with ").append(typeName(((RejectTarget) t).with()));
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        sb.append(" --reject-with ").append(typeName(((RejectTarget) t).with()));
    }
}
