package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.ConnmarkMatch;

/** `-m connmark [!] --mark V[/M]` (libxt_connmark revision 1). */
final class ConnmarkMatchExt extends MatchExt {
    private int mark, mask;
    private boolean given, invert;

    @Override
    String name() { return "connmark"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("mark")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        long[] vm = MarkMatchExt.parseMarkMask(arg, "connmark", opt);
        mark = (int) vm[0];
        mask = (int) vm[1];
        this.invert = invert;
        given = true;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!given) throw mandatory("mark");
    }

    @Override
    XtMatch build(RuleSpec r) { return new ConnmarkMatch(mark, mask, invert); }

    private static void markMask(StringBuilder sb, int mark, int mask) {
        sb.append(" 0x").append(Integer.toHexString(mark));
        if (mask != -1) sb.append("/0x").append(Integer.toHexString(mask));
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        ConnmarkMatch c = (ConnmarkMatch) m;
        sb.append(" connmark match ").append(c.invert() ? "!" : "");
        markMask(sb, c.mark(), c.mask());
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        ConnmarkMatch c = (ConnmarkMatch) m;
        sb.append(c.invert() ? " !" : "").append(" --mark");
        markMask(sb, c.mark(), c.mask());
    }
}
