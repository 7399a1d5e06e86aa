package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.RecentMatch;

/** `-m recent` (libxt_recent revision 1): --set/--rcheck/--update/--remove and their modifiers. */
final class RecentExt extends MatchExt {
    private int checkSet;
    private boolean invert, dest;
    private long seconds;
    private int hitCount, mask = -1;
    private String table = "DEFAULT";

    @Override
    String name() { return "recent"; }

    /** recent_opts order (the exclusion messages name the earlier option first). */
    @Override
    List<Opt> options() {
        return List.of(Opt.flag("set"), Opt.flag("rcheck"), Opt.flag("update"), Opt.flag("remove"), Opt.argNoInv("seconds"),
                new Opt("reap", false, false, false), Opt.argNoInv("hitcount"), new Opt("rttl", false, false, false),
                Opt.argNoInv("name"), new Opt("rsource", false, false, false), new Opt("rdest", false, false, false),
                Opt.argNoInv("mask"));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        switch (opt) {
            case "set" -> action(RecentMatch.SET, inv);
            case "rcheck" -> action(RecentMatch.CHECK, inv);
            case "update" -> action(RecentMatch.UPDATE, inv);
            case "remove" -> action(RecentMatch.REMOVE, inv);
            case "seconds" -> seconds = MarkMatchExt.parseU32Opt(arg, "recent", opt);
            case "reap" -> checkSet |= RecentMatch.REAP;
            case "hitcount" -> hitCount = (int) MarkMatchExt.parseU32Opt(arg, "recent", opt);
            case "rttl" -> checkSet |= RecentMatch.TTL;
            case "name" -> table = arg;
            case "rsource" -> dest = false;
            case "rdest" -> dest = true;
            default -> {
                Integer m = linnet.tools.common.Resolver.inetAton(arg);
                if (m == null) throw IptError.param("recent: bad value for option \"--mask\", or out of range.\n");
                mask = m;
            }
        }
    }

    private void action(int bit, boolean inv) {
        checkSet |= bit;
        invert = inv;
    }

    /** The .excl of option {@code a} (directional): every action excludes the others, --rttl excludes --set and --remove. */
    private static boolean excl(String a, String b) {
        List<String> ops = List.of("set", "rcheck", "update", "remove");
        return ops.contains(a) && ops.contains(b) || a.equals("rttl") && (b.equals("set") || b.equals("remove"));
    }

    @Override
    void finalCheck(RuleSpec r) {
        for (Opt o : options()) {
            if (!seen.contains(o.name())) continue;
            for (Opt other : options())
                if (!other.name().equals(o.name()) && seen.contains(other.name()) && excl(o.name(), other.name()))
                    throw IptError.param("recent: option \"--" + o.name() + "\" cannot be used together with \"--"
                            + other.name() + "\".\n");
            if (o.name().equals("reap") && !seen.contains("seconds"))
                throw IptError.param("recent: option \"--reap\" also requires \"--seconds\".\n");
        }
        if ((checkSet & (RecentMatch.SET | RecentMatch.CHECK | RecentMatch.UPDATE | RecentMatch.REMOVE)) == 0)
            throw IptError.param("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'");
    }

    @Override
    XtMatch build(RuleSpec r) { return new RecentMatch(checkSet, invert, seconds, hitCount, table, !dest, mask); }

    private static String ip(int a) { return (a >>> 24) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff); }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        RecentMatch x = (RecentMatch) m;
        if (x.invert()) sb.append(" !");
        sb.append(" recent:");
        if ((x.checkSet() & RecentMatch.SET) != 0) sb.append(" SET");
        if ((x.checkSet() & RecentMatch.CHECK) != 0) sb.append(" CHECK");
        if ((x.checkSet() & RecentMatch.UPDATE) != 0) sb.append(" UPDATE");
        if ((x.checkSet() & RecentMatch.REMOVE) != 0) sb.append(" REMOVE");
        if (x.seconds() != 0) sb.append(" seconds: ").append(x.seconds());
        if ((x.checkSet() & RecentMatch.REAP) != 0) sb.append(" reap");
        if (x.hitCount() != 0) sb.append(" hit_count: ").append(x.hitCount());
        if ((x.checkSet() & RecentMatch.TTL) != 0) sb.append(" TTL-Match");
        sb.append(" name: ").append(x.tableName());
        sb.append(x.source() ? " side: source" : " side: dest");
        sb.append(" mask: ").append(ip(x.mask()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        RecentMatch x = (RecentMatch) m;
        if (x.invert()) sb.append(" !");
        if ((x.checkSet() & RecentMatch.SET) != 0) sb.append(" --set");
        if ((x.checkSet() & RecentMatch.CHECK) != 0) sb.append(" --rcheck");
        if ((x.checkSet() & RecentMatch.UPDATE) != 0) sb.append(" --update");
        if ((x.checkSet() & RecentMatch.REMOVE) != 0) sb.append(" --remove");
        if (x.seconds() != 0) sb.append(" --seconds ").append(x.seconds());
        if ((x.checkSet() & RecentMatch.REAP) != 0) sb.append(" --reap");
        if (x.hitCount() != 0) sb.append(" --hitcount ").append(x.hitCount());
        if ((x.checkSet() & RecentMatch.TTL) != 0) sb.append(" --rttl");
        sb.append(" --name ").append(x.tableName()).append(" --mask ").append(ip(x.mask()));
        sb.append(x.source() ? " --rsource" : " --rdest");
    }
}
