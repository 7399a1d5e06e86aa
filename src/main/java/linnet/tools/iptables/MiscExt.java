package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.MiscMatch;

/** `-m helper`, `-m ecn`, `-m esp`, `-m ah` (libxt_helper, libxt_ecn, libxt_esp, libxt_ah) and `-m set` (no sets exist). */
final class MiscExt extends MatchExt {
    private final String kind;
    private int flags, inv, a, b = -1;
    private String text;

    MiscExt(String kind) { this.kind = kind; }

    @Override
    String name() { return kind; }

    @Override
    List<Opt> options() {
        return switch (kind) {
            case "helper" -> List.of(Opt.arg("helper"));
            case "ecn" -> List.of(Opt.flag("ecn-tcp-cwr"), Opt.flag("ecn-tcp-ece"), Opt.arg("ecn-ip-ect"));
            case "esp" -> List.of(Opt.arg("espspi"));
            case "ah" -> List.of(Opt.arg("ahspi"));
            default -> List.of(Opt.arg("match-set"), Opt.arg("set"));
        };
    }

    @Override
    int extraArgs(String opt) { return opt.equals("match-set") || opt.equals("set") ? 1 : 0; }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "helper" -> {
                text = arg;
                flags = invert ? 1 : 0;
            }
            case "ecn-tcp-cwr" -> bit(MiscMatch.ECN_CWR, invert);
            case "ecn-tcp-ece" -> bit(MiscMatch.ECN_ECE, invert);
            case "ecn-ip-ect" -> {
                Integer v = Names.parseUInt(arg, 0, 3);
                if (v == null) throw IptError.param("ecn: bad value for option \"--ecn-ip-ect\", or out of range (0-3).\n");
                a = v;
                bit(MiscMatch.ECN_IP, invert);
            }
            case "espspi", "ahspi" -> {
                int colon = arg.indexOf(':');
                Long lo = MarkMatchExt.parseU32(colon < 0 ? arg : arg.substring(0, colon));
                Long hi = colon < 0 ? lo : MarkMatchExt.parseU32(arg.substring(colon + 1));
                if (lo == null || hi == null)
                    throw IptError.param(kind + ": bad value for option \"--" + opt + "\", or out of range (0-4294967295).\n");
                a = lo.intValue();
                b = hi.intValue();
                inv = invert ? 1 : 0;
                flags = 1;
            }
            default -> {
                // get_set_byname: the emulated machine has no ipset sets at all
                String name = arg.split(" ")[0];
                throw IptError.param("Set " + name + " doesn't exist.\n");
            }
        }
    }

    private void bit(int f, boolean invert) {
        flags |= f;
        if (invert) inv |= f;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (kind.equals("helper") && text == null) throw mandatory("helper");
        if (kind.equals("ecn") && flags == 0) throw IptError.param("ECN match: some option required");
        if ((kind.equals("esp") || kind.equals("ah")) && b == -1 && flags == 0) {
            a = 0;
            b = -1;
        }
    }

    @Override
    XtMatch build(RuleSpec r) {
        int lo = a, hi = (kind.equals("esp") || kind.equals("ah")) && flags == 0 ? -1 : b;
        return new MiscMatch(kind, flags, inv, lo, hi, text);
    }

    private static String spis(MiscMatch m) {
        long lo = m.a() & 0xffffffffL, hi = m.b() & 0xffffffffL;
        return lo == hi ? Long.toString(lo) : lo + ":" + hi;
    }

    @Override
    void print(XtMatch x, boolean numeric, StringBuilder sb) {
        MiscMatch m = (MiscMatch) x;
        switch (m.kind()) {
            case "helper" -> sb.append(" helper match ").append(m.flags() != 0 ? "! " : "").append('"').append(m.text()).append('"');
            case "ecn" -> {
                sb.append(" ECN match");
                if ((m.flags() & MiscMatch.ECN_ECE) != 0) sb.append((m.invFlags() & MiscMatch.ECN_ECE) != 0 ? " !" : "").append(" ECE");
                if ((m.flags() & MiscMatch.ECN_CWR) != 0) sb.append((m.invFlags() & MiscMatch.ECN_CWR) != 0 ? " !" : "").append(" CWR");
                if ((m.flags() & MiscMatch.ECN_IP) != 0)
                    sb.append(' ').append((m.invFlags() & MiscMatch.ECN_IP) != 0 ? "!" : "").append("ECT=").append(m.a());
            }
            default -> {
                long lo = m.a() & 0xffffffffL, hi = m.b() & 0xffffffffL;
                sb.append(' ').append(m.kind());
                if (lo != 0 || hi != 0xffffffffL || m.invFlags() != 0)
                    sb.append(lo == hi ? " spi:" : " spis:").append(m.invFlags() != 0 ? "!" : "").append(spis(m));
            }
        }
    }

    @Override
    void save(XtMatch x, StringBuilder sb) {
        MiscMatch m = (MiscMatch) x;
        switch (m.kind()) {
            case "helper" -> sb.append(m.flags() != 0 ? " !" : "").append(" --helper ").append(m.text());
            case "ecn" -> {
                if ((m.flags() & MiscMatch.ECN_ECE) != 0) sb.append((m.invFlags() & MiscMatch.ECN_ECE) != 0 ? " !" : "").append(" --ecn-tcp-ece");
                if ((m.flags() & MiscMatch.ECN_CWR) != 0) sb.append((m.invFlags() & MiscMatch.ECN_CWR) != 0 ? " !" : "").append(" --ecn-tcp-cwr");
                if ((m.flags() & MiscMatch.ECN_IP) != 0)
                    sb.append((m.invFlags() & MiscMatch.ECN_IP) != 0 ? " !" : "").append(" --ecn-ip-ect ").append(m.a());
            }
            default -> {
                long lo = m.a() & 0xffffffffL, hi = m.b() & 0xffffffffL;
                if (lo != 0 || hi != 0xffffffffL || m.invFlags() != 0)
                    sb.append(m.invFlags() != 0 ? " !" : "").append(m.kind().equals("esp") ? " --espspi " : " --ahspi ").append(spis(m));
            }
        }
    }
}
