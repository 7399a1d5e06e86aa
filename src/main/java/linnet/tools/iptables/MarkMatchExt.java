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
    /**
     * xtopt_parse_markmask (XTTYPE_MARKMASK32): VALUE[/MASK], each as strtoul base 0 within 32
     * bits; a bad number is "bad integer value", anything after the number(s) "trailing garbage".
     */
    static long[] parseMarkMask(String arg, String ext, String opt) {
        int[] end = new int[1];
        Long value = strtoui(arg, 0, end);
        if (value == null) throw IptError.param(ext + ": bad integer value for option \"--" + opt + "\", or out of range.\n");
        long mask = 0xffffffffL;
        int p = end[0];
        if (p < arg.length() && arg.charAt(p) == '/') {
            Long m = strtoui(arg, p + 1, end);
            if (m == null) throw IptError.param(ext + ": bad integer value for option \"--" + opt + "\", or out of range.\n");
            mask = m;
            p = end[0];
        }
        if (p != arg.length()) throw IptError.param(ext + ": trailing garbage after value for option \"--" + opt + "\".\n");
        return new long[] {value, mask};
    }

    /** xtopt_parse_int for XTTYPE_UINT32: the whole argument one number, else "bad value ... (0-4294967295)". */
    static long parseU32Opt(String arg, String ext, String opt) {
        Long v = parseU32(arg);
        if (v == null) throw IptError.param(ext + ": bad value for option \"--" + opt + "\", or out of range (0-4294967295).\n");
        return v;
    }

    /** xtables_strtoui from {@code from}: strtoul base 0 (a leading sign is taken by strtoul), the end in end[0]. */
    private static Long strtoui(String s, int from, int[] end) {
        int i = from;
        int radix = 10;
        if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (i < s.length() && s.charAt(i) == '0') {
            radix = 8;
        }
        int start = i;
        long v = 0;
        while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0) {
            v = v * radix + Character.digit(s.charAt(i), radix);
            if (v > 0xffffffffL) return null;
            i++;
        }
        if (i == start) return null;
        end[0] = i;
        return v;
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
