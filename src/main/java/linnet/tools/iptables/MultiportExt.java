package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.MultiportMatch;

/** `-m multiport --dports|--sports|--ports P[,P|A:B]...` (libxt_multiport revision 1, at most 15 ports). */
final class MultiportExt extends MatchExt {
    private int flags = -1;
    private final List<int[]> ranges = new ArrayList<>();
    private boolean invert;

    @Override
    String name() { return "multiport"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.arg("source-ports"), Opt.arg("sports"), Opt.arg("destination-ports"), Opt.arg("dports"),
                Opt.arg("ports"));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        String proto = checkProto(r);
        if (flags >= 0) throw IptError.param("multiport can only have one option");
        flags = switch (opt) {
            case "source-ports", "sports" -> MultiportMatch.SOURCE;
            case "destination-ports", "dports" -> MultiportMatch.DESTINATION;
            default -> MultiportMatch.EITHER;
        };
        int count = 0;
        for (String p : arg.split(",", -1)) {
            int colon = p.indexOf(':');
            if (colon >= 0) {
                int lo = Names.parsePort(p.substring(0, colon), proto);
                int hi = Names.parsePort(p.substring(colon + 1), proto);
                if (lo >= hi) throw IptError.param("invalid portrange specified");
                ranges.add(new int[] {lo, hi});
                count += 2;
            } else {
                int v = Names.parsePort(p, proto);
                ranges.add(new int[] {v, v});
                count++;
            }
            if (count > 15) throw IptError.param("too many ports specified");
        }
        invert = inv;
    }

    private static String checkProto(RuleSpec r) {
        if ((r.invFlags & IpEntry.INV_PROTO) != 0)
            throw IptError.param("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
        return switch (r.proto) {
            case 6 -> "tcp";
            case 17 -> "udp";
            case 136 -> "udplite";
            case 132 -> "sctp";
            case 33 -> "dccp";
            case 0 -> throw IptError.param(
                    "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
            default -> throw IptError.param("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
        };
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (flags < 0) throw IptError.param("multiport expects an option");
    }

    @Override
    XtMatch build(RuleSpec r) { return new MultiportMatch(flags, ranges, invert); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) { print(m, numeric, sb, 0); }

    /** multiport's print_port: getservbyport with the name of the rule's protocol (proto_to_name). */
    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb, int proto) {
        MultiportMatch mp = (MultiportMatch) m;
        sb.append(" multiport ").append(switch (mp.flags()) {
            case MultiportMatch.SOURCE -> "sports ";
            case MultiportMatch.DESTINATION -> "dports ";
            default -> "ports ";
        });
        if (mp.invert()) sb.append(" !");
        ports(mp, sb, numeric, protoName(proto));
    }

    private static String protoName(int proto) {
        return switch (proto) {
            case 6 -> "tcp";
            case 17 -> "udp";
            case 132 -> "sctp";
            case 33 -> "dccp";
            case 136 -> "udplite";
            default -> null;
        };
    }

    private static void ports(MultiportMatch mp, StringBuilder sb, boolean numeric, String proto) {
        boolean first = true;
        for (int[] r : mp.ranges()) {
            if (!first) sb.append(',');
            first = false;
            sb.append(PortsExt.port(r[0], numeric, proto));
            if (r[0] != r[1]) sb.append(':').append(PortsExt.port(r[1], numeric, proto));
        }
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        MultiportMatch mp = (MultiportMatch) m;
        if (mp.invert()) sb.append(" !");
        sb.append(switch (mp.flags()) {
            case MultiportMatch.SOURCE -> " --sports ";
            case MultiportMatch.DESTINATION -> " --dports ";
            default -> " --ports ";
        });
        ports(mp, sb, true, null);
    }
}
