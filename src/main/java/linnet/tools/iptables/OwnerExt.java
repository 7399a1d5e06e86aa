package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.OwnerMatch;
import linnet.tools.common.Passwd;

/** `-m owner [!] --uid-owner U[-U] [!] --gid-owner G[-G] [!] --socket-exists --suppl-groups` (libxt_owner rev 1). */
final class OwnerExt extends MatchExt {
    private int match, invert;
    private long uidMin, uidMax, gidMin, gidMax;

    @Override
    String name() { return "owner"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.arg("uid-owner"), Opt.arg("gid-owner"), Opt.flag("socket-exists"),
                new Opt("suppl-groups", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        switch (opt) {
            case "uid-owner" -> {
                long[] range = range(arg, opt, true);
                uidMin = range[0];
                uidMax = range[1];
                set(OwnerMatch.UID, inv);
            }
            case "gid-owner" -> {
                long[] range = range(arg, opt, false);
                gidMin = range[0];
                gidMax = range[1];
                set(OwnerMatch.GID, inv);
            }
            case "socket-exists" -> set(OwnerMatch.SOCKET, inv);
            default -> {
                if ((match & OwnerMatch.GID) == 0)
                    throw IptError.param("owner: Bad value for \"--suppl-groups\" option: \"you need to use --gid-owner first\"");
                match |= OwnerMatch.SUPPL_GROUPS;
            }
        }
    }

    private void set(int bit, boolean inv) {
        match |= bit;
        if (inv) invert |= bit;
    }

    /** owner_parse_range: a name (getpwnam/getgrnam) or N[-M]. */
    private static long[] range(String arg, String opt, boolean user) {
        Integer id = user ? Passwd.uid(arg) : Passwd.gid(arg);
        if (id != null) return new long[] {id, id};
        String[] p = arg.split("-", 2);
        Long lo = MarkMatchExt.parseU32(p[0]), hi = p.length > 1 ? MarkMatchExt.parseU32(p[1]) : lo;
        if (lo == null || hi == null)
            throw IptError.param("owner: Bad value for \"--" + opt + "\" option: \"" + arg + "\"");
        return new long[] {lo, hi};
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (match == 0) throw IptError.param("owner: At least one of --uid-owner, --gid-owner or --socket-exists is required");
    }

    @Override
    XtMatch build(RuleSpec r) { return new OwnerMatch(match, invert, uidMin, uidMax, gidMin, gidMax); }

    private static String ids(long min, long max, boolean numeric, boolean user) {
        if (min != max) return min + "-" + max;
        String n = numeric ? null : user ? Passwd.userName(min) : Passwd.groupName(min);
        return n != null ? n : Long.toString(min);
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        OwnerMatch o = (OwnerMatch) m;
        if ((o.match() & OwnerMatch.SOCKET) != 0)
            sb.append((o.invert() & OwnerMatch.SOCKET) != 0 ? " !" : "").append(" owner socket exists");
        if ((o.match() & OwnerMatch.UID) != 0)
            sb.append((o.invert() & OwnerMatch.UID) != 0 ? " !" : "").append(" owner UID match ")
                    .append(ids(o.uidMin(), o.uidMax(), numeric, true));
        if ((o.match() & OwnerMatch.GID) != 0)
            sb.append((o.invert() & OwnerMatch.GID) != 0 ? " !" : "").append(" owner GID match ")
                    .append(ids(o.gidMin(), o.gidMax(), numeric, false));
        if ((o.match() & OwnerMatch.SUPPL_GROUPS) != 0) sb.append(" incl. suppl. groups");
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        OwnerMatch o = (OwnerMatch) m;
        if ((o.match() & OwnerMatch.SOCKET) != 0)
            sb.append((o.invert() & OwnerMatch.SOCKET) != 0 ? " !" : "").append(" --socket-exists");
        if ((o.match() & OwnerMatch.UID) != 0)
            sb.append((o.invert() & OwnerMatch.UID) != 0 ? " !" : "").append(" --uid-owner ")
                    .append(ids(o.uidMin(), o.uidMax(), true, true));
        if ((o.match() & OwnerMatch.GID) != 0)
            sb.append((o.invert() & OwnerMatch.GID) != 0 ? " !" : "").append(" --gid-owner ")
                    .append(ids(o.gidMin(), o.gidMax(), true, false));
        if ((o.match() & OwnerMatch.SUPPL_GROUPS) != 0) sb.append(" --suppl-groups");
    }
}
