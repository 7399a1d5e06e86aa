package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.AddrtypeMatch;

/** `-m addrtype [!] --src-type T[,T] [!] --dst-type T[,T] [--limit-iface-in|out]` (libxt_addrtype revision 1). */
final class AddrtypeExt extends MatchExt {
    private int source, dest, flags;

    @Override
    String name() { return "addrtype"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.arg("src-type"), Opt.arg("dst-type"), new Opt("limit-iface-in", false, false, false),
                new Opt("limit-iface-out", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        switch (opt) {
            case "src-type" -> {
                source = types(arg);
                if (inv) flags |= AddrtypeMatch.INVERT_SOURCE;
            }
            case "dst-type" -> {
                dest = types(arg);
                if (inv) flags |= AddrtypeMatch.INVERT_DEST;
            }
            case "limit-iface-in" -> {
                if ((flags & AddrtypeMatch.LIMIT_IFACE_OUT) != 0)
                    throw IptError.param("addrtype: you can't specify both --limit-iface-in and --limit-iface-out");
                flags |= AddrtypeMatch.LIMIT_IFACE_IN;
            }
            default -> {
                if ((flags & AddrtypeMatch.LIMIT_IFACE_IN) != 0)
                    throw IptError.param("addrtype: you can't specify both --limit-iface-in and --limit-iface-out");
                flags |= AddrtypeMatch.LIMIT_IFACE_OUT;
            }
        }
    }

    private static int types(String arg) {
        int mask = 0;
        for (String t : arg.split(",", -1)) {
            int i = 0;
            for (; i < AddrtypeMatch.RTN_NAMES.length; i++)
                if (AddrtypeMatch.RTN_NAMES[i].equals(t.toUpperCase(Locale.ROOT))) break;
            if (i == AddrtypeMatch.RTN_NAMES.length) throw IptError.param("addrtype: invalid type \"" + t + "\"");
            mask |= 1 << i;
        }
        return mask;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (source == 0 && dest == 0)
            throw IptError.param("addrtype: you must specify --src-type or --dst-type");
    }

    @Override
    XtMatch build(RuleSpec r) { return new AddrtypeMatch(source, dest, flags); }

    private static String typeList(int mask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < AddrtypeMatch.RTN_NAMES.length; i++) {
            if ((mask & (1 << i)) == 0) continue;
            if (!sb.isEmpty()) sb.append(',');
            sb.append(AddrtypeMatch.RTN_NAMES[i]);
        }
        return sb.toString();
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        AddrtypeMatch a = (AddrtypeMatch) m;
        sb.append(" ADDRTYPE match");
        if (a.source() != 0) sb.append(" src-type ").append((a.flags() & AddrtypeMatch.INVERT_SOURCE) != 0 ? "!" : "")
                .append(typeList(a.source()));
        if (a.dest() != 0) sb.append(" dst-type ").append((a.flags() & AddrtypeMatch.INVERT_DEST) != 0 ? "!" : "")
                .append(typeList(a.dest()));
        if ((a.flags() & AddrtypeMatch.LIMIT_IFACE_IN) != 0) sb.append(" limit-in");
        if ((a.flags() & AddrtypeMatch.LIMIT_IFACE_OUT) != 0) sb.append(" limit-out");
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        AddrtypeMatch a = (AddrtypeMatch) m;
        if (a.source() != 0) {
            if ((a.flags() & AddrtypeMatch.INVERT_SOURCE) != 0) sb.append(" !");
            sb.append(" --src-type ").append(typeList(a.source()));
        }
        if (a.dest() != 0) {
            if ((a.flags() & AddrtypeMatch.INVERT_DEST) != 0) sb.append(" !");
            sb.append(" --dst-type ").append(typeList(a.dest()));
        }
        if ((a.flags() & AddrtypeMatch.LIMIT_IFACE_IN) != 0) sb.append(" --limit-iface-in");
        if ((a.flags() & AddrtypeMatch.LIMIT_IFACE_OUT) != 0) sb.append(" --limit-iface-out");
    }
}
