package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.LogTarget;

/** `-j LOG` (libipt_LOG): --log-level, --log-prefix, --log-tcp-sequence/-tcp-options/-ip-options/-uid/-macdecode. */
final class LogExt extends TargetExt {
    static final int TCPSEQ = 1, TCPOPT = 2, IPOPT = 4, UID = 8, MACDECODE = 0x20;
    /** Level names in libxt_LOG's order; -L without -n shows the first name of a level ("warn"). */
    static final Object[][] LEVELS = {{"alert", 1}, {"crit", 2}, {"debug", 7}, {"emerg", 0}, {"error", 3},
        {"info", 6}, {"notice", 5}, {"panic", 0}, {"warn", 4}, {"warning", 4}};

    private String prefix = "";
    private int level = 4, flags;

    @Override
    String name() { return "LOG"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("log-level"), Opt.argNoInv("log-prefix"),
                new Opt("log-tcp-sequence", false, false, false), new Opt("log-tcp-options", false, false, false),
                new Opt("log-ip-options", false, false, false), new Opt("log-uid", false, false, false),
                new Opt("log-macdecode", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "log-level" -> {
                Integer n = Names.parseUInt(arg, 0, 7);
                if (n == null) {
                    for (Object[] l : LEVELS) if (l[0].equals(arg)) n = (Integer) l[1];
                }
                // xtopt_parse_sysloglevel: 0..7 or a syslog level name; its message ends in a
                // newline of its own, so a blank line comes before the help hint.
                if (n == null) throw IptError.param("log level \"" + arg + "\" unknown\n");
                level = n;
            }
            case "log-prefix" -> {
                if (arg.length() > 29)
                    throw IptError.param("Maximum prefix length 29 for --log-prefix");
                if (arg.contains("\n")) throw IptError.param("Newlines not allowed in --log-prefix");
                prefix = arg;
            }
            case "log-tcp-sequence" -> flags |= TCPSEQ;
            case "log-tcp-options" -> flags |= TCPOPT;
            case "log-ip-options" -> flags |= IPOPT;
            case "log-uid" -> flags |= UID;
            default -> flags |= MACDECODE;
        }
    }

    @Override
    XtTarget build(RuleSpec r) { return new LogTarget(prefix, level, flags); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        LogTarget l = (LogTarget) t;
        sb.append(" LOG");
        if (numeric) {
            sb.append(" flags ").append(l.flags()).append(" level ").append(l.level());
        } else {
            String name = null;
            for (Object[] x : LEVELS) if ((Integer) x[1] == l.level()) { name = (String) x[0]; break; }
            if (name != null) sb.append(" level ").append(name);
            else sb.append(" UNKNOWN level ").append(l.level());
            if ((l.flags() & TCPSEQ) != 0) sb.append(" tcp-sequence");
            if ((l.flags() & TCPOPT) != 0) sb.append(" tcp-options");
            if ((l.flags() & IPOPT) != 0) sb.append(" ip-options");
            if ((l.flags() & UID) != 0) sb.append(" uid");
            if ((l.flags() & MACDECODE) != 0) sb.append(" macdecode");
        }
        if (!l.prefix().isEmpty()) sb.append(" prefix \"").append(l.prefix()).append('"');
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        LogTarget l = (LogTarget) t;
        if (!l.prefix().isEmpty()) {
            sb.append(" --log-prefix");
            CommentExt.saveString(sb, l.prefix());
        }
        if (l.level() != 4) sb.append(" --log-level ").append(l.level());
        if ((l.flags() & TCPSEQ) != 0) sb.append(" --log-tcp-sequence");
        if ((l.flags() & TCPOPT) != 0) sb.append(" --log-tcp-options");
        if ((l.flags() & IPOPT) != 0) sb.append(" --log-ip-options");
        if ((l.flags() & UID) != 0) sb.append(" --log-uid");
        if ((l.flags() & MACDECODE) != 0) sb.append(" --log-macdecode");
    }
}
