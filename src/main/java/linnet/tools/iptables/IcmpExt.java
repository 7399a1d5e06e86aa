package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.IcmpMatch;

/** `-m icmp --icmp-type {NAME | TYPE[/CODE]}` (libxt_icmp): names by unique prefix, as iptables allows. */
final class IcmpExt extends MatchExt {
    /** icmp_codes: name, type, code_min, code_max (aliases follow the name they stand for). */
    static final Object[][] CODES = {{"any", 0xff, 0, 0xff}, {"echo-reply", 0, 0, 0xff}, {"pong", 0, 0, 0xff},
        {"destination-unreachable", 3, 0, 0xff}, {"network-unreachable", 3, 0, 0}, {"host-unreachable", 3, 1, 1},
        {"protocol-unreachable", 3, 2, 2}, {"port-unreachable", 3, 3, 3}, {"fragmentation-needed", 3, 4, 4},
        {"source-route-failed", 3, 5, 5}, {"network-unknown", 3, 6, 6}, {"host-unknown", 3, 7, 7},
        {"network-prohibited", 3, 9, 9}, {"host-prohibited", 3, 10, 10}, {"TOS-network-unreachable", 3, 11, 11},
        {"TOS-host-unreachable", 3, 12, 12}, {"communication-prohibited", 3, 13, 13},
        {"host-precedence-violation", 3, 14, 14}, {"precedence-cutoff", 3, 15, 15}, {"source-quench", 4, 0, 0xff},
        {"redirect", 5, 0, 0xff}, {"network-redirect", 5, 0, 0}, {"host-redirect", 5, 1, 1},
        {"TOS-network-redirect", 5, 2, 2}, {"TOS-host-redirect", 5, 3, 3}, {"echo-request", 8, 0, 0xff},
        {"ping", 8, 0, 0xff}, {"router-advertisement", 9, 0, 0xff}, {"router-solicitation", 10, 0, 0xff},
        {"time-exceeded", 11, 0, 0xff}, {"ttl-exceeded", 11, 0, 0xff}, {"ttl-zero-during-transit", 11, 0, 0},
        {"ttl-zero-during-reassembly", 11, 1, 1}, {"parameter-problem", 12, 0, 0xff},
        {"ip-header-bad", 12, 0, 0}, {"required-option-missing", 12, 1, 1}, {"timestamp-request", 13, 0, 0xff},
        {"timestamp-reply", 14, 0, 0xff}, {"address-mask-request", 17, 0, 0xff},
        {"address-mask-reply", 18, 0, 0xff}};

    private int type = 0xff, codeMin = 0, codeMax = 0xff;
    private boolean invert;

    @Override
    String name() { return "icmp"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("icmp-type")); }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        int[] t = parseType(arg);
        type = t[0];
        codeMin = t[1];
        codeMax = t[2];
        invert = inv;
    }

    /** parse_icmp: a unique (case-insensitive) name prefix, else TYPE[/CODE]. */
    static int[] parseType(String s) {
        int match = -1;
        String l = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < CODES.length; i++) {
            if (((String) CODES[i][0]).toLowerCase(Locale.ROOT).startsWith(l)) {
                if (match >= 0)
                    throw IptError.param("Ambiguous ICMP type `" + s + "': `" + CODES[match][0] + "' or `"
                            + CODES[i][0] + "'?");
                match = i;
            }
        }
        if (match >= 0 && !s.isEmpty())
            return new int[] {(Integer) CODES[match][1], (Integer) CODES[match][2], (Integer) CODES[match][3]};
        int slash = s.indexOf('/');
        String ts = slash >= 0 ? s.substring(0, slash) : s;
        Integer t = Names.parseUInt(ts, 0, 255);
        if (t == null) throw IptError.param("Unknown ICMP type `" + s + "'");
        if (slash < 0) return new int[] {t, 0, 0xff};
        Integer c = Names.parseUInt(s.substring(slash + 1), 0, 255);
        if (c == null) throw IptError.param("Invalid ICMP code `" + s.substring(slash + 1) + "'\n");
        return new int[] {t, c, c};
    }

    @Override
    XtMatch build(RuleSpec r) { return new IcmpMatch(type, codeMin, codeMax, invert); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        IcmpMatch i = (IcmpMatch) m;
        sb.append(" icmp");
        if (!numeric) {
            for (Object[] c : CODES) {
                if ((Integer) c[1] == i.type() && (Integer) c[2] == i.codeMin() && (Integer) c[3] == i.codeMax()) {
                    sb.append(' ').append(i.invert() ? "!" : "").append(c[0]);
                    return;
                }
            }
        }
        if (i.invert()) sb.append(" !");
        sb.append("type ").append(i.type());
        if (i.codeMin() == i.codeMax()) sb.append(" code ").append(i.codeMin());
        else if (i.codeMin() != 0 || i.codeMax() != 0xff) sb.append(" codes ").append(i.codeMin()).append('-')
                .append(i.codeMax());
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        IcmpMatch i = (IcmpMatch) m;
        if (i.invert()) sb.append(" !");
        if (i.type() == 0xff) {
            sb.append(" --icmp-type any");
            return;
        }
        sb.append(" --icmp-type ").append(i.type());
        if (i.codeMin() != 0 || i.codeMax() != 0xff) sb.append('/').append(i.codeMin());
    }
}
