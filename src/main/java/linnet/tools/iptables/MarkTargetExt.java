package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.MarkTarget;

/** `-j MARK` (libxt_MARK revision 2): --set-xmark, --set-mark, --and-mark, --or-mark, --xor-mark. */
final class MarkTargetExt extends TargetExt {
    private int mark, mask;
    private boolean given;

    @Override
    String name() { return "MARK"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("set-xmark"), Opt.argNoInv("set-mark"), Opt.argNoInv("and-mark"),
                Opt.argNoInv("or-mark"), Opt.argNoInv("xor-mark"));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        if (given) throw IptError.param("MARK: Only one action is allowed; you already used one");
        given = true;
        // set-xmark and set-mark are XTTYPE_MARKMASK32, the others plain XTTYPE_UINT32
        long[] vm = opt.startsWith("set-") ? MarkMatchExt.parseMarkMask(arg, "MARK", opt)
                : new long[] {MarkMatchExt.parseU32Opt(arg, "MARK", opt), 0xffffffffL};
        int v = (int) vm[0], m = (int) vm[1];
        switch (opt) {
            case "set-xmark" -> { mark = v; mask = m; }
            case "set-mark" -> { mark = v; mask = m | v; }
            case "and-mark" -> { mark = 0; mask = ~v; }
            case "or-mark" -> { mark = v; mask = v; }
            default -> { mark = v; mask = 0; }
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!given) throw IptError.param("MARK target: Parameter --set/and/or/xor-mark is required");
    }

    @Override
    XtTarget build(RuleSpec r) { return new MarkTarget(mark, mask); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        MarkTarget m = (MarkTarget) t;
        String v = Integer.toHexString(m.value()), k = Integer.toHexString(m.mask());
        if (m.value() == 0) sb.append(" MARK and 0x").append(Integer.toHexString(~m.mask()));
        else if (m.value() == m.mask()) sb.append(" MARK or 0x").append(v);
        else if (m.mask() == 0) sb.append(" MARK xor 0x").append(v);
        else if (m.mask() == -1) sb.append(" MARK set 0x").append(v);
        else sb.append(" MARK xset 0x").append(v).append("/0x").append(k);
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        MarkTarget m = (MarkTarget) t;
        sb.append(" --set-xmark 0x").append(Integer.toHexString(m.value())).append("/0x")
                .append(Integer.toHexString(m.mask()));
    }
}
