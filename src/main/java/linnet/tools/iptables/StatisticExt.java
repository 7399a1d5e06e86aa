package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.QuotaMatch;
import linnet.kernel.netfilter.xt.StatisticMatch;

/** `-m statistic --mode random|nth ...` (libxt_statistic) and `-m quota` (libxt_quota). */
final class StatisticExt extends MatchExt {
    private boolean nth, invert, modeGiven;
    private Integer every, packet;
    private Double probability;

    @Override
    String name() { return "statistic"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("mode"), Opt.arg("probability"), Opt.arg("every"), Opt.argNoInv("packet"));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        switch (opt) {
            case "mode" -> {
                if (arg.equals("random")) nth = false;
                else if (arg.equals("nth")) nth = true;
                else throw IptError.param("Bad mode \"" + arg + "\"");
                modeGiven = true;
            }
            case "probability" -> {
                try {
                    probability = Double.parseDouble(arg);
                } catch (NumberFormatException e) {
                    throw IptError.param("statistic: bad value for option \"--probability\", or out of range (0-1).\n");
                }
                if (probability < 0 || probability > 1)
                    throw IptError.param("statistic: bad value for option \"--probability\", or out of range (0-1).\n");
                invert = inv;
            }
            case "every" -> {
                every = (int) MarkMatchExt.parseU32Opt(arg, "statistic", opt);
                invert = inv;
            }
            default -> packet = (int) MarkMatchExt.parseU32Opt(arg, "statistic", opt);
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (probability != null && (every != null || packet != null))
            throw IptError.param("statistic: option \"--probability\" cannot be used together with \"--" + (every != null ? "every" : "packet")
                    + "\".\n");
        if (!nth) {
            if (probability == null) throw IptError.param("--probability must be specified when using random mode");
        } else {
            if (every == null) throw IptError.param("--every and --packet must be specified when using nth mode");
            if (packet == null) packet = 0;
            if (packet > every - 1) throw IptError.param("the --packet p must be 0 <= p <= n-1");
        }
    }

    @Override
    XtMatch build(RuleSpec r) {
        long prob = nth ? 0 : Math.round(0x80000000L * probability);
        return new StatisticMatch(nth, nth ? every : 0, nth ? packet : 0, prob, invert, new StatisticMatch.Counter());
    }

    private static String prob(StatisticMatch s) { return String.format(Locale.ROOT, "%.11f", s.probability() / (double) 0x80000000L); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        StatisticMatch s = (StatisticMatch) m;
        sb.append(" statistic mode ");
        if (s.nth()) {
            sb.append("nth").append(s.invert() ? " !" : "").append(" every ").append(s.every());
            if (s.packet() != 0) sb.append(" packet ").append(s.packet());
        } else {
            sb.append("random").append(s.invert() ? " !" : "").append(" probability ").append(prob(s));
        }
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        StatisticMatch s = (StatisticMatch) m;
        if (s.nth()) sb.append(" --mode nth").append(s.invert() ? " !" : "").append(" --every ").append(s.every())
                .append(" --packet ").append(s.packet());
        else sb.append(" --mode random").append(s.invert() ? " !" : "").append(" --probability ").append(prob(s));
    }

    /** `-m quota [!] --quota BYTES`. */
    static final class Quota extends MatchExt {
        private Long quota;
        private boolean invert;

        @Override
        String name() { return "quota"; }

        @Override
        List<Opt> options() { return List.of(Opt.arg("quota")); }

        @Override
        void parse(String opt, String arg, boolean inv, RuleSpec r) {
            try {
                quota = Long.parseUnsignedLong(arg);
            } catch (NumberFormatException e) {
                throw IptError.param("quota: bad value for option \"--quota\", or out of range (0-18446744073709551615).\n");
            }
            invert = inv;
        }

        @Override
        void finalCheck(RuleSpec r) {
            if (quota == null) throw mandatory("quota");
        }

        @Override
        XtMatch build(RuleSpec r) { return new QuotaMatch(quota, invert, new QuotaMatch.Left()); }

        @Override
        void print(XtMatch m, boolean numeric, StringBuilder sb) {
            sb.append(" quota: ").append(Long.toUnsignedString(((QuotaMatch) m).quota())).append(" bytes");
        }

        @Override
        void save(XtMatch m, StringBuilder sb) {
            QuotaMatch q = (QuotaMatch) m;
            sb.append(q.invert() ? " !" : "").append(" --quota ").append(Long.toUnsignedString(q.quota()));
        }
    }
}
