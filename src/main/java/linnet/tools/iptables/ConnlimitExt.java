package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.ConnlimitMatch;

/** `-m connlimit --connlimit-upto N | --connlimit-above N [--connlimit-mask P] [--connlimit-saddr|--connlimit-daddr]` (libxt_connlimit rev 1). */
final class ConnlimitExt extends MatchExt {
    private Integer limit;
    private boolean upto, daddr;
    private int prefix = 32;

    @Override
    String name() { return "connlimit"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("connlimit-upto"), Opt.arg("connlimit-above"), Opt.argNoInv("connlimit-mask"),
                new Opt("connlimit-saddr", false, false, false), new Opt("connlimit-daddr", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "connlimit-upto", "connlimit-above" -> {
                limit = (int) MarkMatchExt.parseU32Opt(arg, "connlimit", opt);
                // ! --connlimit-above is --connlimit-upto
                upto = opt.equals("connlimit-upto") ^ invert;
            }
            case "connlimit-mask" -> {
                Integer p = Names.parseUInt(arg, 0, 32);
                if (p == null) throw IptError.param("connlimit: bad value for option \"--connlimit-mask\", or out of range (0-32).\n");
                prefix = p;
            }
            case "connlimit-saddr" -> daddr = false;
            default -> daddr = true;
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (limit == null) throw IptError.param("You must specify \"--connlimit-above\" or \"--connlimit-upto\".");
    }

    @Override
    XtMatch build(RuleSpec r) { return new ConnlimitMatch(limit, prefix, daddr, upto, new ConnlimitMatch.State()); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        ConnlimitMatch c = (ConnlimitMatch) m;
        sb.append(" #conn ").append(c.daddr() ? "dst" : "src").append('/').append(c.prefix()).append(c.invert() ? " <= " : " > ")
                .append(Integer.toUnsignedString(c.limit()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        ConnlimitMatch c = (ConnlimitMatch) m;
        sb.append(c.invert() ? " --connlimit-upto " : " --connlimit-above ").append(Integer.toUnsignedString(c.limit()))
                .append(" --connlimit-mask ").append(c.prefix()).append(c.daddr() ? " --connlimit-daddr" : " --connlimit-saddr");
    }
}
