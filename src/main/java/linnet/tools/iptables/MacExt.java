package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.MacMatch;
import linnet.wire.Mac;

/** `-m mac [!] --mac-source XX:XX:XX:XX:XX:XX` (libxt_mac); printed in lower case. */
final class MacExt extends MatchExt {
    private long mac;
    private boolean invert, given;

    @Override
    String name() { return "mac"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("mac-source")); }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        try {
            mac = Mac.parse(arg);
        } catch (IllegalArgumentException e) {
            throw IptError.param("Invalid MAC address specified.");
        }
        invert = inv;
        given = true;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!given) throw mandatory("mac-source");
    }

    @Override
    XtMatch build(RuleSpec r) { return new MacMatch(mac, invert); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        MacMatch mm = (MacMatch) m;
        sb.append(" MAC");
        if (mm.invert()) sb.append(" !");
        sb.append(' ').append(Mac.format(mm.src()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        MacMatch mm = (MacMatch) m;
        if (mm.invert()) sb.append(" !");
        sb.append(" --mac-source ").append(Mac.format(mm.src()));
    }
}
