package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.PortMatch;

/** `-m tcp` and `-m udp` (libxt_tcp, libxt_udp): --sport/--dport with ranges "A:B", invertible. */
final class PortsExt extends MatchExt {
    private final String name;
    private final int proto;
    private int sMin = 0, sMax = 0xffff, dMin = 0, dMax = 0xffff;
    private boolean invS, invD;

    PortsExt(String name) {
        this.name = name;
        this.proto = name.equals("tcp") ? 6 : 17;
    }

    @Override
    String name() { return name; }

    @Override
    List<Opt> options() {
        return List.of(Opt.arg("source-port"), Opt.arg("sport"), Opt.arg("destination-port"), Opt.arg("dport"));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        int[] range = parseRange(arg, name);
        if (opt.equals("sport") || opt.equals("source-port")) {
            sMin = range[0];
            sMax = range[1];
            invS = invert;
        } else {
            dMin = range[0];
            dMax = range[1];
            invD = invert;
        }
    }

    /** parse_tcp_ports: "P", "A:B", ":B", "A:". */
    static int[] parseRange(String s, String proto) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            int p = Names.parsePort(s, proto);
            return new int[] {p, p};
        }
        String a = s.substring(0, colon), b = s.substring(colon + 1);
        int lo = a.isEmpty() ? 0 : Names.parsePort(a, proto);
        int hi = b.isEmpty() ? 0xffff : Names.parsePort(b, proto);
        if (lo > hi) throw IptError.param("invalid portrange (min > max)");
        return new int[] {lo, hi};
    }

    @Override
    XtMatch build(RuleSpec r) { return new PortMatch(name, proto, sMin, sMax, dMin, dMax, invS, invD); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        PortMatch p = (PortMatch) m;
        sb.append(' ').append(p.name());
        printPorts(sb, "spt", p.sportMin(), p.sportMax(), p.invSport(), numeric, p.name());
        printPorts(sb, "dpt", p.dportMin(), p.dportMax(), p.invDport(), numeric, p.name());
    }

    private static void printPorts(StringBuilder sb, String what, int min, int max, boolean inv, boolean numeric,
                                   String proto) {
        if (min == 0 && max == 0xffff && !inv) return;
        sb.append(' ').append(what);
        if (min == max) sb.append(':').append(inv ? "!" : "").append(port(min, numeric, proto));
        else sb.append("s:").append(inv ? "!" : "").append(port(min, numeric, proto)).append(':')
                .append(port(max, numeric, proto));
    }

    static String port(int p, boolean numeric, String proto) {
        String s = numeric ? null : Names.serviceByPort(p, proto);
        return s != null ? s : Integer.toString(p);
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        PortMatch p = (PortMatch) m;
        savePorts(sb, "--sport", p.sportMin(), p.sportMax(), p.invSport());
        savePorts(sb, "--dport", p.dportMin(), p.dportMax(), p.invDport());
    }

    private static void savePorts(StringBuilder sb, String opt, int min, int max, boolean inv) {
        if (min == 0 && max == 0xffff) return;
        if (inv) sb.append(" !");
        sb.append(' ').append(opt).append(' ').append(min);
        if (min != max) sb.append(':').append(max);
    }
}
