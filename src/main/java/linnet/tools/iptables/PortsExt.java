package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.PortMatch;

/** `-m tcp` and `-m udp` (libxt_tcp, libxt_udp): --sport/--dport with ranges "A:B", invertible. */
final class PortsExt extends MatchExt {
    private final String name;
    private final int proto;
    private int sMin = 0, sMax = 0xffff, dMin = 0, dMax = 0xffff;
    private boolean invS, invD, invF;
    private int fMask, fCmp;

    PortsExt(String name) {
        this.name = name;
        // the port matches of libxt_tcp, libxt_udp, libxt_sctp and libxt_dccp (ports only for the last two)
        this.proto = switch (name) {
            case "tcp" -> 6;
            case "sctp" -> 132;
            case "dccp" -> 33;
            default -> 17;
        };
    }

    @Override
    String name() { return name; }

    @Override
    List<Opt> options() {
        if (proto == 6)
            return List.of(Opt.arg("source-port"), Opt.arg("sport"), Opt.arg("destination-port"), Opt.arg("dport"),
                    Opt.flag("syn"), Opt.arg("tcp-flags"));
        return List.of(Opt.arg("source-port"), Opt.arg("sport"), Opt.arg("destination-port"), Opt.arg("dport"));
    }

    @Override
    int extraArgs(String opt) { return opt.equals("tcp-flags") ? 1 : 0; }

    /** tcp_flag_names, in the order print_tcpf walks them. */
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG"};

    /** parse_tcp_flag: a comma list of names (case-insensitive), ALL and NONE included. */
    static int parseFlags(String s) {
        int r = 0;
        for (String f : s.split(",", -1)) {
            int bit = -1;
            for (int i = 0; i < FLAG_NAMES.length; i++) if (FLAG_NAMES[i].equalsIgnoreCase(f)) bit = 1 << i;
            if (f.equalsIgnoreCase("ALL")) bit = 0x3f;
            else if (f.equalsIgnoreCase("NONE")) bit = 0;
            if (bit < 0) throw IptError.param("Unknown TCP flag `" + f + "'");
            r |= bit;
        }
        return r;
    }

    /** print_tcpf: "NONE", or the names of the set bits joined by commas. */
    static String flagNames(int flags) {
        if (flags == 0) return "NONE";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) == 0) continue;
            if (sb.length() > 0) sb.append(',');
            sb.append(FLAG_NAMES[i]);
        }
        return sb.toString();
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        if (opt.equals("syn") || opt.equals("tcp-flags")) {
            if (seen.contains("syn") && seen.contains("tcp-flags"))
                throw IptError.param("Only one of `--syn' or `--tcp-flags'  allowed");
            if (opt.equals("syn")) {
                fMask = 0x17;
                fCmp = 0x02;
            } else {
                int sp = arg.indexOf(' ');
                fMask = parseFlags(arg.substring(0, sp));
                fCmp = parseFlags(arg.substring(sp + 1));
            }
            invF = invert;
            return;
        }
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
    XtMatch build(RuleSpec r) { return new PortMatch(name, proto, sMin, sMax, dMin, dMax, invS, invD, fMask, fCmp, invF); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        PortMatch p = (PortMatch) m;
        sb.append(' ').append(p.name());
        printPorts(sb, "spt", p.sportMin(), p.sportMax(), p.invSport(), numeric, p.name());
        printPorts(sb, "dpt", p.dportMin(), p.dportMax(), p.invDport(), numeric, p.name());
        if (p.flgMask() != 0 || p.invFlags()) {
            sb.append(" flags:").append(p.invFlags() ? "!" : "");
            if (numeric) sb.append(String.format("0x%02X/0x%02X", p.flgMask(), p.flgCmp()));
            else sb.append(flagNames(p.flgMask())).append('/').append(flagNames(p.flgCmp()));
        }
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
        if (p.flgMask() != 0 || p.invFlags()) {
            if (p.invFlags()) sb.append(" !");
            sb.append(" --tcp-flags ").append(flagNames(p.flgMask())).append(' ').append(flagNames(p.flgCmp()));
        }
    }

    private static void savePorts(StringBuilder sb, String opt, int min, int max, boolean inv) {
        if (min == 0 && max == 0xffff) return;
        if (inv) sb.append(" !");
        sb.append(' ').append(opt).append(' ').append(min);
        if (min != max) sb.append(':').append(max);
    }
}
