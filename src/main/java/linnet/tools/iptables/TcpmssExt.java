package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.TcpmssTarget;

/** `-j TCPMSS --set-mss N | --clamp-mss-to-pmtu` (libxt_TCPMSS). */
final class TcpmssExt extends TargetExt {
    private int mss = -1;

    @Override
    String name() { return "TCPMSS"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("set-mss"), new Opt("clamp-mss-to-pmtu", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        if (opt.equals("set-mss")) {
            // XTTYPE_UINT16 with .max = 65535 - 20 (IPv4 header)
            Integer v = Names.parseUInt(arg, 0, 65515);
            if (v == null) throw IptError.param("TCPMSS: bad value for option \"--set-mss\", or out of range (0-65515).\n");
            mss = v;
        } else {
            mss = TcpmssTarget.CLAMP_PMTU;
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (mss < 0) throw IptError.param("TCPMSS target: At least one parameter is required");
    }

    @Override
    XtTarget build(RuleSpec r) { return new TcpmssTarget(mss); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        int m = ((TcpmssTarget) t).mss();
        if (m == TcpmssTarget.CLAMP_PMTU) sb.append(" TCPMSS clamp to PMTU");
        else sb.append(" TCPMSS set ").append(m);
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        int m = ((TcpmssTarget) t).mss();
        if (m == TcpmssTarget.CLAMP_PMTU) sb.append(" --clamp-mss-to-pmtu");
        else sb.append(" --set-mss ").append(m);
    }
}
