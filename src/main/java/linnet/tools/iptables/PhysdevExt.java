package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.PhysdevMatch;

/** `-m physdev` (libxt_physdev): --physdev-in/-out NAME, --physdev-is-in/-is-out/-is-bridged, each invertible. */
final class PhysdevExt extends MatchExt {
    private String in = "", out = "";
    private int bitmask, invert;

    @Override
    String name() { return "physdev"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.arg("physdev-in"), Opt.arg("physdev-out"), Opt.flag("physdev-is-in"),
                Opt.flag("physdev-is-out"), Opt.flag("physdev-is-bridged"));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        int bit = switch (opt) {
            case "physdev-in" -> {
                in = Iface.parse(arg);
                yield PhysdevMatch.OP_IN;
            }
            case "physdev-out" -> {
                out = Iface.parse(arg);
                yield PhysdevMatch.OP_OUT;
            }
            case "physdev-is-in" -> PhysdevMatch.OP_ISIN;
            case "physdev-is-out" -> PhysdevMatch.OP_ISOUT;
            default -> PhysdevMatch.OP_BRIDGED;
        };
        bitmask |= bit;
        if (inv) invert |= bit;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (bitmask == 0) throw IptError.param("PHYSDEV: no physdev option specified");
    }

    @Override
    XtMatch build(RuleSpec r) { return new PhysdevMatch(in, out, bitmask, invert); }

    private static void body(PhysdevMatch p, StringBuilder sb) {
        if ((p.bitmask() & PhysdevMatch.OP_ISIN) != 0)
            sb.append((p.invert() & PhysdevMatch.OP_ISIN) != 0 ? " !" : "").append(" --physdev-is-in");
        if ((p.bitmask() & PhysdevMatch.OP_IN) != 0)
            sb.append((p.invert() & PhysdevMatch.OP_IN) != 0 ? " !" : "").append(" --physdev-in ").append(p.physIn());
        if ((p.bitmask() & PhysdevMatch.OP_ISOUT) != 0)
            sb.append((p.invert() & PhysdevMatch.OP_ISOUT) != 0 ? " !" : "").append(" --physdev-is-out");
        if ((p.bitmask() & PhysdevMatch.OP_OUT) != 0)
            sb.append((p.invert() & PhysdevMatch.OP_OUT) != 0 ? " !" : "").append(" --physdev-out ")
                    .append(p.physOut());
        if ((p.bitmask() & PhysdevMatch.OP_BRIDGED) != 0)
            sb.append((p.invert() & PhysdevMatch.OP_BRIDGED) != 0 ? " !" : "").append(" --physdev-is-bridged");
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        sb.append(" PHYSDEV match");
        body((PhysdevMatch) m, sb);
    }

    @Override
    void save(XtMatch m, StringBuilder sb) { body((PhysdevMatch) m, sb); }
}
