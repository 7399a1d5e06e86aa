package linnet.tools.iptables;

import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.XtTarget;

/** The extensions this iptables knows (its "xtables library directory"), by the name -m / -j use. */
final class Extensions {
    private Extensions() {}

    /** The names match() knows, for the shell's completion of -m. */
    static final java.util.List<String> MATCHES = java.util.List.of("tcp", "udp", "sctp", "dccp", "icmp", "multiport",
            "comment", "mark", "addrtype", "physdev", "conntrack", "state", "limit", "iprange", "mac", "length", "ttl",
            "pkttype", "connmark", "owner", "recent", "hashlimit", "string", "connlimit", "statistic", "helper", "ecn",
            "esp", "ah", "set", "rpfilter", "quota", "dscp", "tos");

    /** The names target() knows, for the shell's completion of -j. */
    static final java.util.List<String> TARGETS = java.util.List.of("ACCEPT", "DROP", "RETURN", "REJECT", "LOG", "MARK",
            "TTL", "CT", "NOTRACK", "MASQUERADE", "SNAT", "DNAT", "REDIRECT", "NFQUEUE", "TRACE", "TCPMSS", "CONNMARK",
            "DSCP", "TOS");

    /** A fresh match extension for -m NAME, or null when there is none ("Couldn't load match"). */
    static MatchExt match(String name) {
        return switch (name) {
            case "tcp", "udp", "sctp", "dccp" -> new PortsExt(name);
            case "icmp" -> new IcmpExt();
            case "multiport" -> new MultiportExt();
            case "comment" -> new CommentExt();
            case "mark" -> new MarkMatchExt();
            case "addrtype" -> new AddrtypeExt();
            case "physdev" -> new PhysdevExt();
            case "conntrack" -> new ConntrackExt(false);
            case "state" -> new ConntrackExt(true);
            case "limit" -> new LimitExt();
            case "iprange" -> new IprangeExt();
            case "mac" -> new MacExt();
            case "length" -> new LengthExt();
            case "ttl" -> new TtlMatchExt();
            case "pkttype" -> new PkttypeExt();
            case "connmark" -> new ConnmarkMatchExt();
            case "owner" -> new OwnerExt();
            case "recent" -> new RecentExt();
            case "hashlimit" -> new HashlimitExt();
            case "string" -> new StringExt();
            case "connlimit" -> new ConnlimitExt();
            case "statistic" -> new StatisticExt();
            case "helper", "ecn", "esp", "ah", "set" -> new MiscExt(name);
            case "rpfilter" -> new RpfilterExt();
            case "quota" -> new StatisticExt.Quota();
            case "dscp" -> new DsfieldExt.Match();
            case "tos" -> new DsfieldExt.TosMatch();
            default -> null;
        };
    }

    /** A fresh target extension for -j NAME, or null when NAME is not a target (then it names a chain). */
    static TargetExt target(String name) {
        return switch (name) {
            case "ACCEPT", "DROP", "RETURN" -> new StandardExt(name);
            case "REJECT" -> new RejectExt();
            case "LOG" -> new LogExt();
            case "MARK" -> new MarkTargetExt();
            case "TTL" -> new TtlTargetExt();
            case "CT" -> new CtExt(false);
            case "NOTRACK" -> new CtExt(true);
            case "MASQUERADE", "SNAT", "DNAT", "REDIRECT" -> new NatExt(name);
            case "NFQUEUE" -> new NfqueueExt();
            case "TRACE" -> new TraceExt();
            case "TCPMSS" -> new TcpmssExt();
            case "CONNMARK" -> new ConnmarkTargetExt();
            case "DSCP" -> new DsfieldExt.Target();
            case "TOS" -> new DsfieldExt.TosTarget();
            default -> null;
        };
    }

    /**
     * Whether xtables_find_target would find a target called {@code name}: the standard verdicts,
     * the standard target itself (empty name), and every target extension of the library
     * directory (libxt_X / libipt_X), also those this iptables cannot run.
     */
    static boolean isTargetName(String name) {
        if (name.isEmpty() || target(name) != null) return true;
        return java.util.Set.of("QUEUE", "CLUSTERIP", "ECN", "NETMAP", "ULOG", "AUDIT", "CHECKSUM", "CLASSIFY",
                "CONNMARK", "CONNSECMARK", "DSCP", "HMARK", "IDLETIMER", "LED", "NFLOG", "NFQUEUE", "RATEEST",
                "SECMARK", "SET", "SYNPROXY", "TCPMSS", "TCPOPTSTRIP", "TEE", "TOS", "TPROXY", "TRACE").contains(name);
    }

    /** The extension that prints a kernel match. */
    static MatchExt printerFor(XtMatch m) { return match(m.name()); }

    /** The extension that prints a kernel target; null for a jump or the empty "no target" rule. */
    static TargetExt printerFor(XtTarget t) {
        if (t instanceof JumpTarget) return null;
        if (t instanceof StandardTarget s && s.verdict() == linnet.kernel.netfilter.Verdict.XT_CONTINUE) return null;
        return target(t.name());
    }
}
