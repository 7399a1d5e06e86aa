package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.PkttypeMatch;

/** `-m pkttype [!] --pkt-type unicast|broadcast|multicast|otherhost` (libxt_pkttype; host, bcast, mcast are aliases). */
final class PkttypeExt extends MatchExt {
    private int type = -1;
    private boolean invert;

    /** supported_types: the printed names first, then the aliases. */
    private static final Object[][] TYPES = {{"unicast", SkBuff.PACKET_HOST}, {"broadcast", SkBuff.PACKET_BROADCAST},
        {"multicast", SkBuff.PACKET_MULTICAST}, {"otherhost", SkBuff.PACKET_OTHERHOST}, {"bcast", SkBuff.PACKET_BROADCAST},
        {"mcast", SkBuff.PACKET_MULTICAST}, {"host", SkBuff.PACKET_HOST}};

    @Override
    String name() { return "pkttype"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("pkt-type")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        for (Object[] t : TYPES) {
            if (t[0].equals(arg)) {
                type = (Integer) t[1];
                this.invert = invert;
                return;
            }
        }
        throw IptError.param("Bad packet type '" + arg + "'");
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (type < 0) throw mandatory("pkt-type");
    }

    @Override
    XtMatch build(RuleSpec r) { return new PkttypeMatch(type, invert); }

    private static String typeName(int type) {
        for (Object[] t : TYPES) if ((Integer) t[1] == type) return (String) t[0];
        return Integer.toString(type);
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        PkttypeMatch p = (PkttypeMatch) m;
        sb.append(" PKTTYPE ").append(p.invert() ? "!" : "").append("= ").append(typeName(p.pkttype()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        PkttypeMatch p = (PkttypeMatch) m;
        sb.append(p.invert() ? " !" : "").append(" --pkt-type ").append(typeName(p.pkttype()));
    }
}
