package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.HashlimitMatch;

/**
 * `-m hashlimit` (libxt_hashlimit revision 3): --hashlimit-upto/--hashlimit-above RATE,
 * --hashlimit-burst, --hashlimit-mode, --hashlimit-name (required), --hashlimit-srcmask/dstmask,
 * --hashlimit-htable-size/-max/-gcinterval/-expire.
 */
final class HashlimitExt extends MatchExt {
    private Long avg;
    private boolean above;
    private int burst = 5, mode, srcMask = 32, dstMask = 32, size, max, gcInterval = 1000, expire = 10000;
    private String table;

    @Override
    String name() { return "hashlimit"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("hashlimit"), Opt.argNoInv("hashlimit-upto"), Opt.argNoInv("hashlimit-above"),
                Opt.argNoInv("hashlimit-burst"), Opt.argNoInv("hashlimit-mode"), Opt.argNoInv("hashlimit-name"),
                Opt.argNoInv("hashlimit-srcmask"), Opt.argNoInv("hashlimit-dstmask"), Opt.argNoInv("hashlimit-htable-size"),
                Opt.argNoInv("hashlimit-htable-max"), Opt.argNoInv("hashlimit-htable-gcinterval"),
                Opt.argNoInv("hashlimit-htable-expire"));
    }

    private static IptError bad(String opt, String arg) {
        return IptError.param("hashlimit: Bad value for \"--" + opt + "\" option: \"" + arg + "\"");
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "hashlimit", "hashlimit-upto", "hashlimit-above" -> {
                Long v = parseRate(arg);
                if (v == null) throw bad(opt, arg);
                avg = v;
                above = opt.equals("hashlimit-above");
            }
            case "hashlimit-burst" -> burst = (int) uint(opt, arg, 1, 10000);
            case "hashlimit-mode" -> {
                int m = 0;
                for (String w : arg.split(",", -1)) {
                    m |= switch (w) {
                        case "srcip" -> HashlimitMatch.SRCIP;
                        case "srcport" -> HashlimitMatch.SRCPORT;
                        case "dstip" -> HashlimitMatch.DSTIP;
                        case "dstport" -> HashlimitMatch.DSTPORT;
                        default -> throw bad(opt, arg);
                    };
                }
                mode = m;
            }
            case "hashlimit-name" -> table = arg;
            case "hashlimit-srcmask" -> srcMask = (int) uint(opt, arg, 0, 32);
            case "hashlimit-dstmask" -> dstMask = (int) uint(opt, arg, 0, 32);
            case "hashlimit-htable-size" -> size = (int) uint(opt, arg, 0, 0xffffffffL);
            case "hashlimit-htable-max" -> max = (int) uint(opt, arg, 0, 0xffffffffL);
            case "hashlimit-htable-gcinterval" -> gcInterval = (int) uint(opt, arg, 0, 0xffffffffL);
            default -> expire = (int) uint(opt, arg, 0, 0xffffffffL);
        }
    }

    private static long uint(String opt, String arg, long min, long maxv) {
        Long v = MarkMatchExt.parseU32(arg);
        if (v == null || v < min || v > maxv)
            throw IptError.param("hashlimit: bad value for option \"--" + opt + "\", or out of range (" + min + "-" + maxv + ").\n");
        return v;
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (table == null) throw mandatory("hashlimit-name");
        if (avg == null) throw IptError.param("You have to specify --hashlimit");
    }

    @Override
    XtMatch build(RuleSpec r) {
        return new HashlimitMatch(avg, burst, mode, above, srcMask, dstMask, table, expire, size, new HashlimitMatch.State());
    }

    /** parse_rate (revision 2+): N[/unit] as the period in 1/1000000 s; null when it is no rate. */
    static Long parseRate(String rate) {
        long mult = 1;
        int slash = rate.indexOf('/');
        if (slash >= 0) {
            String u = rate.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
            if (u.isEmpty()) return null;
            if ("second".startsWith(u)) mult = 1;
            else if ("minute".startsWith(u)) mult = 60;
            else if ("hour".startsWith(u)) mult = 3600;
            else if ("day".startsWith(u)) mult = 86400;
            else return null;
        }
        String n = slash >= 0 ? rate.substring(0, slash) : rate;
        long r;
        try {
            r = Long.parseLong(n.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (r <= 0) return null;
        long v = HashlimitMatch.SCALE * mult / r;
        return v == 0 ? null : v;
    }

    private static final String[] UNITS = {"day", "hour", "min", "sec"};
    private static final long[] MULTS = {HashlimitMatch.SCALE * 86400L, HashlimitMatch.SCALE * 3600L,
        HashlimitMatch.SCALE * 60L, HashlimitMatch.SCALE};

    /** print_rate (revision 2+): the largest unit that still shows the rate exactly enough. */
    private static String rateText(HashlimitMatch h) {
        long period = h.avg();
        int i;
        for (i = 1; i < MULTS.length; i++)
            if (period > MULTS[i] || MULTS[i] / period < MULTS[i] % period) break;
        return (MULTS[i - 1] / period) + "/" + UNITS[i - 1];
    }

    private static List<String> modes(int m) {
        List<String> l = new ArrayList<>();
        if ((m & HashlimitMatch.SRCIP) != 0) l.add("srcip");
        if ((m & HashlimitMatch.SRCPORT) != 0) l.add("srcport");
        if ((m & HashlimitMatch.DSTIP) != 0) l.add("dstip");
        if ((m & HashlimitMatch.DSTPORT) != 0) l.add("dstport");
        return l;
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        HashlimitMatch h = (HashlimitMatch) m;
        sb.append(" limit: ").append(h.above() ? "above " : "up to ").append(rateText(h)).append(" burst ").append(h.burst());
        if (h.mode() != 0) sb.append(" mode ").append(String.join("-", modes(h.mode())));
        if (h.srcMask() != 32) sb.append(" srcmask ").append(h.srcMask());
        if (h.dstMask() != 32) sb.append(" dstmask ").append(h.dstMask());
        if (h.size() != 0) sb.append(" htable-size ").append(Integer.toUnsignedString(h.size()));
        if (h.expireMs() != 10000) sb.append(" htable-expire ").append(h.expireMs());
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        HashlimitMatch h = (HashlimitMatch) m;
        sb.append(h.above() ? " --hashlimit-above " : " --hashlimit-upto ").append(rateText(h)).append(" --hashlimit-burst ")
                .append(h.burst());
        if (h.mode() != 0) sb.append(" --hashlimit-mode ").append(String.join(",", modes(h.mode())));
        sb.append(" --hashlimit-name ").append(h.tableName());
        if (h.srcMask() != 32) sb.append(" --hashlimit-srcmask ").append(h.srcMask());
        if (h.dstMask() != 32) sb.append(" --hashlimit-dstmask ").append(h.dstMask());
        if (h.size() != 0) sb.append(" --hashlimit-htable-size ").append(Integer.toUnsignedString(h.size()));
        if (h.expireMs() != 10000) sb.append(" --hashlimit-htable-expire ").append(h.expireMs());
    }
}
