package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.LimitMatch;

/** `-m limit --limit N[/second|/minute|/hour|/day] --limit-burst N` (libxt_limit; installed as nft limit, see LimitMatch). */
final class LimitExt extends MatchExt {
    private int avg = LimitMatch.SCALE * 60 * 60 / 3, burst = 5;

    @Override
    String name() { return "limit"; }

    @Override
    List<Opt> options() { return List.of(Opt.argNoInv("limit"), Opt.argNoInv("limit-burst")); }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        if (opt.equals("limit")) {
            Long v = parseRate(arg);
            if (v == null) throw IptError.param("bad rate \"" + arg + "\"'");
            avg = (int) (long) v;
        } else {
            Long b = MarkMatchExt.parseU32(arg);
            if (b == null || b > 10000)
                throw IptError.param("limit: bad value for option \"--limit-burst\", or out of range (0-10000).\n");
            burst = (int) (long) b;
        }
    }

    /** parse_rate: N or N/unit with unit any prefix of second, minute, hour, day. */
    static Long parseRate(String rate) {
        long mult = 1;
        int slash = rate.indexOf('/');
        if (slash >= 0) {
            String u = rate.substring(slash + 1).toLowerCase(Locale.ROOT);
            if (u.isEmpty()) return null;
            if ("second".startsWith(u)) mult = 1;
            else if ("minute".startsWith(u)) mult = 60;
            else if ("hour".startsWith(u)) mult = 3600;
            else if ("day".startsWith(u)) mult = 86400;
            else return null;
        }
        long r = atoi(rate);
        if (r == 0) return null;
        long v = ((LimitMatch.SCALE * mult) & 0xffffffffL) / (r & 0xffffffffL);
        if (v == 0) throw IptError.param("Rate too fast \"" + rate + "\"");
        return v;
    }

    private static long atoi(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) neg = s.charAt(i++) == '-';
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && v < 1L << 40) v = v * 10 + (s.charAt(i++) - '0');
        return (int) (neg ? -v : v);
    }

    @Override
    XtMatch build(RuleSpec r) { return LimitMatch.of(avg, burst); }

    private static final String[] UNITS = {"day", "hour", "min", "sec"};
    private static final long[] MULTS = {LimitMatch.SCALE * 86400L, LimitMatch.SCALE * 3600L, LimitMatch.SCALE * 60L,
        LimitMatch.SCALE};

    /** print_rate: the largest unit that still shows the rate exactly enough. */
    static String rate(int avg) {
        long period = avg & 0xffffffffL;
        int i;
        for (i = 1; i < MULTS.length; i++)
            if (period > MULTS[i] || MULTS[i] / period < MULTS[i] % period) break;
        return (MULTS[i - 1] / period) + "/" + UNITS[i - 1];
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        LimitMatch l = (LimitMatch) m;
        sb.append(" limit: avg ").append(rate(l.avg())).append(" burst ").append(Integer.toUnsignedString(l.burst()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        LimitMatch l = (LimitMatch) m;
        sb.append(" --limit ").append(rate(l.avg()));
        if (l.burst() != 5) sb.append(" --limit-burst ").append(Integer.toUnsignedString(l.burst()));
    }
}
