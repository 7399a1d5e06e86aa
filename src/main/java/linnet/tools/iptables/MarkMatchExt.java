package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.MarkMatch;

/** `-m mark [!] --mark VALUE[/MASK]` (libxt_mark revision 1). */
final class MarkMatchExt extends MatchExt {
    private int mark, mask = -1;
    private boolean invert, given;

    @Override
    String name() { return "mark"; }

    @Override
    List<Opt> options() { return List.of(Opt.arg("mark")); }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        long[] vm = parseMarkMask(arg, name(), opt);
        mark = (int) vm[0];
        mask = (int) vm[1];
        invert = inv;
        given = true;
    }

    /** XTTYPE_MARKMASK32: "V" or "V/M", numbers in C notation. */
    static long[] parseMarkMask(String arg, String ext, String opt) {
        int slash = arg.indexOf('/');
        String v = slash >= 0 ? arg.substring(0, slash) : arg;
        Long value = parseU32(v), mask = slash >= 0 ? parseU32(arg.substring(slash + 1)) : Long.valueOf(0xffffffffL);
        if (value == null || mask == null)
            throw IptError.param(ext + ": bad value for option \"--" + opt + "\", or out of range (0-4294967295).\n");
        return new long[] {value, mask};
    }

    static Long parseU32(String s) {
        try {
            long v;
            if (s.startsWith("0x") || s.startsWith("0X")) v = Long.parseLong(s.substring(2), 16);
            else if (s.length() > 1 && s.startsWith("0")) v = Long.parseLong(s.substring(1), 8);
            else v = Long.parseLong(s);
            return v < 0 || v > 0xffffffffL ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!given) throw IptError.param("mark match: The --mark option is required");
    }

    @Override
    XtMatch build(RuleSpec r) { return new MarkMatch(mark, mask, invert); }

    static String markText(int mark, int mask) {
        return mask != -1 ? "0x" + Integer.toHexString(mark) + "/0x" + Integer.toHexString(mask)
                : "0x" + Integer.toHexString(mark);
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        MarkMatch mm = (MarkMatch) m;
        sb.append(" mark match");
        if (mm.invert()) sb.append(" !");
        sb.append(' ').append(markText(mm.mark(), mm.mask()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        MarkMatch mm = (MarkMatch) m;
        if (mm.invert()) sb.append(" !");
        sb.append(" --mark ").append(markText(mm.mark(), mm.mask()));
    }
}
