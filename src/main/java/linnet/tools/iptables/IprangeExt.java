package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.IprangeMatch;
import linnet.wire.Inet4;

/** `-m iprange [!] --src-range A[-B] [!] --dst-range A[-B]` (libxt_iprange revision 1). */
final class IprangeExt extends MatchExt {
    private int flags, sMin, sMax, dMin, dMax;

    @Override
    String name() { return "iprange"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("src-range"), Opt.arg("dst-range")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        int[] range = parseRange(arg, opt);
        if (Integer.compareUnsigned(range[0], range[1]) > 0)
            r.warn("xt_iprange: range " + Inet4.format(range[0]) + "-" + Inet4.format(range[1])
                    + " is reversed and will never match");
        if (opt.equals("src-range")) {
            flags |= IprangeMatch.SRC | (invert ? IprangeMatch.SRC_INV : 0);
            sMin = range[0];
            sMax = range[1];
        } else {
            flags |= IprangeMatch.DST | (invert ? IprangeMatch.DST_INV : 0);
            dMin = range[0];
            dMax = range[1];
        }
    }

    /** iprange_parse_range: "A-B", or "A" alone for the one-address range A-A. */
    static int[] parseRange(String s, String opt) {
        int dash = s.indexOf('-');
        String a = dash >= 0 ? s.substring(0, dash) : s, b = dash >= 0 ? s.substring(dash + 1) : s;
        return new int[] {addr(a, opt), addr(b, opt)};
    }

    private static int addr(String a, String opt) {
        try {
            return Inet4.parse(a);
        } catch (IllegalArgumentException e) {
            throw IptError.param("iprange: Bad value for \"--" + opt + "\" option: \"" + a + "\"");
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (flags == 0) throw IptError.param("iprange match: You must specify `--src-range' or `--dst-range'");
    }

    @Override
    XtMatch build(RuleSpec r) { return new IprangeMatch(flags, sMin, sMax, dMin, dMax); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        IprangeMatch i = (IprangeMatch) m;
        if ((i.flags() & IprangeMatch.SRC) != 0) {
            sb.append(" source IP range");
            if ((i.flags() & IprangeMatch.SRC_INV) != 0) sb.append(" !");
            sb.append(' ').append(Inet4.format(i.srcMin())).append('-').append(Inet4.format(i.srcMax()));
        }
        if ((i.flags() & IprangeMatch.DST) != 0) {
            sb.append(" destination IP range");
            if ((i.flags() & IprangeMatch.DST_INV) != 0) sb.append(" !");
            sb.append(' ').append(Inet4.format(i.dstMin())).append('-').append(Inet4.format(i.dstMax()));
        }
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        IprangeMatch i = (IprangeMatch) m;
        if ((i.flags() & IprangeMatch.SRC) != 0) {
            if ((i.flags() & IprangeMatch.SRC_INV) != 0) sb.append(" !");
            sb.append(" --src-range ").append(Inet4.format(i.srcMin())).append('-').append(Inet4.format(i.srcMax()));
        }
        if ((i.flags() & IprangeMatch.DST) != 0) {
            if ((i.flags() & IprangeMatch.DST_INV) != 0) sb.append(" !");
            sb.append(" --dst-range ").append(Inet4.format(i.dstMin())).append('-').append(Inet4.format(i.dstMax()));
        }
    }
}
