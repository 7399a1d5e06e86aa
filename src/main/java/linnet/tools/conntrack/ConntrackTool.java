package linnet.tools.conntrack;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.Tuple;
import linnet.kernel.rtnl.ConnInfo;
import linnet.kernel.rtnl.RtnlConntrack;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;
import linnet.wire.Inet4;

/**
 * conntrack(8) of conntrack-tools 1.4.7: -L/-D with filters, -F, -C. Like the real one, the
 * summary goes to stderr and the entries to (block-buffered) stdout, so the summary comes first.
 */
public final class ConntrackTool implements Tool {
    private static final String VERSION = "conntrack v1.4.7 (conntrack-tools): ";

    /** The filters of -L/-D (null = any). */
    private static final class Filter {
        Integer proto, src, dst, replySrc, replyDst, sport, dport, mark, icmpType, icmpCode, icmpId;
        boolean srcNat, dstNat, anyNat, ipv6;
        /** --status: bits that must all be set (a leading "!"-style UNREPLIED: SEEN_REPLY must be clear). */
        int[] status;

        boolean matches(ConnInfo c) {
            if (proto != null && c.orig().proto() != proto) return false;
            if (src != null && c.orig().src() != src) return false;
            if (dst != null && c.orig().dst() != dst) return false;
            if (replySrc != null && c.reply().src() != replySrc) return false;
            if (replyDst != null && c.reply().dst() != replyDst) return false;
            if (sport != null && c.orig().sport() != sport) return false;
            if (dport != null && c.orig().dport() != dport) return false;
            if (mark != null && c.mark() != mark) return false;
            // -f ipv6: the IPv6 table, which this listing (IPv4 only) leaves empty
            if (ipv6) return false;
            if (status != null && ((c.status() & status[0]) != status[0] || (c.status() & status[1]) != 0)) return false;
            // filter_nat: -j wants either kind, -n and -g together want both.
            if (anyNat) return isSnat(c) || isDnat(c);
            if (srcNat && !isSnat(c)) return false;
            if (dstNat && !isDnat(c)) return false;
            return true;
        }
    }

    /**
     * libnetfilter_conntrack's IS_SNAT || IS_SPAT: the source NAT step ran (SRC_NAT_DONE, also
     * for a null binding) and the reply's destination address or port differs from the
     * original source. The "ports" are the tuple's l4 unions, so for ICMP the original id is
     * compared with the reply's type/code: an ICMP entry counts whenever the step ran.
     */
    static boolean isSnat(ConnInfo c) {
        if ((c.status() & NfConn.IPS_SRC_NAT_DONE) == 0) return false;
        return c.reply().dst() != c.orig().src() || c.reply().dport() != c.orig().sport();
    }

    /** IS_DNAT || IS_DPAT: the reply's source address or port differs from the original destination. */
    static boolean isDnat(ConnInfo c) {
        if ((c.status() & NfConn.IPS_DST_NAT_DONE) == 0) return false;
        return c.reply().src() != c.orig().dst() || c.reply().sport() != c.orig().dport();
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        String cmd = null;
        Filter f = new Filter();
        boolean extended = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "-L", "--dump", "-D", "--delete", "-F", "--flush", "-C", "--count", "-S", "--stats", "-V",
                         "--version", "-G", "--get" -> {
                        // add_command: one command per invocation
                        if (cmd != null) return paramProblem(ctx, "Invalid commands combination");
                        cmd = a.length() == 2 ? a : switch (a) {
                            case "--stats" -> "-S";
                            case "--version" -> "-V";
                            default -> "-" + Character.toUpperCase(a.charAt(2));
                        };
                    }
                    case "-p", "--proto", "--protonum" -> {
                        String v = args.get(++i);
                        Integer pn = protoNumber(v);
                        if (pn == null) return paramProblem(ctx, "`" + v + "' unsupported protocol");
                        f.proto = pn;
                    }
                    case "-s", "--src", "--orig-src" -> f.src = address(args.get(++i));
                    case "-d", "--dst", "--orig-dst" -> f.dst = address(args.get(++i));
                    case "-r", "--reply-src" -> f.replySrc = address(args.get(++i));
                    case "-q", "--reply-dst" -> f.replyDst = address(args.get(++i));
                    case "--sport", "--orig-port-src" -> f.sport = Integer.parseInt(args.get(++i));
                    case "--dport", "--orig-port-dst" -> f.dport = Integer.parseInt(args.get(++i));
                    case "-m", "--mark" -> f.mark = Integer.decode(args.get(++i));
                    case "--icmp-type" -> f.icmpType = Integer.parseInt(args.get(++i));
                    case "--icmp-code" -> f.icmpCode = Integer.parseInt(args.get(++i));
                    case "--icmp-id" -> f.icmpId = Integer.parseInt(args.get(++i));
                    case "-u", "--status" -> {
                        String v = args.get(++i);
                        try {
                            f.status = statusBits(v);
                        } catch (IllegalArgumentException e) {
                            return paramProblem(ctx, "Bad parameter `" + e.getMessage() + "'");
                        }
                    }
                    case "-n", "--src-nat" -> f.srcNat = true;
                    case "-g", "--dst-nat" -> f.dstNat = true;
                    case "-j", "--any-nat" -> f.anyNat = true;
                    case "-f", "--family" -> {
                        String v = args.get(++i);
                        if (!v.equals("ipv4") && !v.equals("ipv6")) return paramProblem(ctx, "`" + v + "' unsupported protocol");
                        f.ipv6 = v.equals("ipv6");
                    }
                    case "-o", "--output" -> {
                        for (String o : args.get(++i).split(",")) {
                            switch (o) {
                                case "extended" -> extended = true;
                                case "xml", "timestamp", "id", "ktimestamp", "labels", "userspace", "save" -> { }
                                default -> throw new IllegalArgumentException(o);
                            }
                        }
                    }
                    default -> {
                        ctx.err.println(VERSION + "unknown option `" + a + "'");
                        ctx.err.println("Try `conntrack -h' or 'conntrack --help' for more information.");
                        return 2;
                    }
                }
            } catch (BadAddress e) {
                return paramProblem(ctx, "Invalid IP address `" + e.getMessage() + "'");
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                ctx.err.println(VERSION + "Bad parameter `" + a + "'");
                return 2;
            }
        }
        if ("-V".equals(cmd)) {
            ctx.out.println("conntrack v1.4.7 (conntrack-tools)");
            return 0;
        }
        if ("-S".equals(cmd)) {
            // CT_STATS: the per-CPU counters of ctnetlink's stats dump, one line per possible CPU of
            // the machine (two on the oracle); the emulated stack counts none of these events.
            StringBuilder sb = new StringBuilder();
            for (int cpu = 0; cpu < STATS_CPUS; cpu++)
                sb.append(String.format("cpu=%-4d\tfound=0 invalid=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 "
                        + "search_restart=0 clash_resolve=0 chaintoolong=0 %n", cpu));
            ctx.out.print(sb);
            return 0;
        }
        if (cmd == null) cmd = "-L";
        switch (cmd) {
            case "-C" -> {
                ctx.out.println(RtnlConntrack.count(ctx.net));
                return 0;
            }
            case "-G" -> {
                return get(ctx, f, extended);
            }
            case "-F" -> {
                RtnlConntrack.flush(ctx.net);
                ctx.err.println(VERSION + "connection tracking table has been emptied.");
                return 0;
            }
            default -> {
                List<ConnInfo> sel = new ArrayList<>();
                for (ConnInfo c : RtnlConntrack.dump(ctx.net)) if (f.matches(c)) sel.add(c);
                boolean delete = cmd.equals("-D");
                StringBuilder sb = new StringBuilder();
                for (ConnInfo c : sel) {
                    if (delete) RtnlConntrack.delete(ctx.net, c.id());
                    // -o extended: the layer-3 protocol first (NFCT_O_EXTENDED)
                    if (extended) sb.append(Fmt.pad("ipv4", 8)).append(" 2 ");
                    sb.append(format(c)).append('\n');
                }
                ctx.err.println(VERSION + sel.size() + " flow entries have been " + (delete ? "deleted." : "shown."));
                ctx.out.print(sb);
                // Only a listing may come up empty: a delete that matched nothing is a failure.
                return delete && sel.isEmpty() ? 1 : 0;
            }
        }
    }

    /**
     * CT_GET: one entry by its original tuple. conntrack-tools wants the protocol, both addresses
     * and the protocol's own keys first; the kernel (ctnetlink_get_conntrack) finds the entry by
     * that tuple in either direction, but only an original-direction match is printed (and held
     * once more: use=2); no entry at all is "such conntrack doesn't exist".
     */
    private static int get(Ctx ctx, Filter f, boolean extended) {
        if (f.proto == null) return paramProblem(ctx, "You need to supply the `--protonum' option for this command");
        if (f.src == null || f.dst == null) return paramProblem(ctx, "you have to specify `--src' and `--dst'");
        int p = f.proto;
        if (p == 1) {
            if (f.icmpType == null) return paramProblem(ctx, "You need to supply the `--icmp-type' option for this command");
            if (f.icmpCode == null) return paramProblem(ctx, "You need to supply the `--icmp-code' option for this command");
        } else if (p == 6 || p == 17 || p == 132 || p == 33 || p == 136) {
            if (f.sport == null || f.dport == null) return paramProblem(ctx, "you have to specify `--sport' and `--dport'");
        } else if (p == 47) {
            return paramProblem(ctx, "you have to specify `--srckey' and `--dstkey'");
        }
        boolean replyMatch = false;
        for (ConnInfo c : RtnlConntrack.dump(ctx.net)) {
            if (matchesTuple(c.orig(), f)) {
                ctx.err.println(VERSION + "1 flow entries have been shown.");
                ctx.out.println((extended ? Fmt.pad("ipv4", 8) + " 2 " : "") + format(c).replace(" use=1", " use=2"));
                return 0;
            }
            if (matchesTuple(c.reply(), f)) replyMatch = true;
        }
        if (replyMatch) {
            ctx.err.println(VERSION + "0 flow entries have been shown.");
            return 1;
        }
        ctx.err.println(VERSION + "Operation failed: such conntrack doesn't exist");
        return 1;
    }

    private static boolean matchesTuple(Tuple t, Filter f) {
        if (t.proto() != f.proto || t.src() != f.src || t.dst() != f.dst) return false;
        if (t.proto() == 1) {
            int id = f.icmpId == null ? 0 : f.icmpId;
            return (t.dport() >>> 8) == f.icmpType && (t.dport() & 0xff) == f.icmpCode && t.sport() == id;
        }
        if (t.proto() == 6 || t.proto() == 17) return t.sport() == f.sport && t.dport() == f.dport;
        return true;
    }

    /** The possible CPUs of the oracle machine, one line each in conntrack -S. */
    static final int STATS_CPUS = 2;

    /** exit_error(PARAMETER_PROBLEM, ...): the message, the help hint, exit 2. */
    private static int paramProblem(Ctx ctx, String msg) {
        ctx.err.println(VERSION + msg);
        ctx.err.println("Try `conntrack -h' or 'conntrack --help' for more information.");
        return 2;
    }

    /** A -s/-d/-r/-q argument that is no address. */
    private static final class BadAddress extends RuntimeException {
        BadAddress(String s) { super(s, null, false, false); }
    }

    /** parse_addr: inet_aton's forms ("1.2.3" is 1.2.0.3). */
    private static int address(String s) {
        Integer a = linnet.tools.common.Resolver.inetAton(s);
        if (a == null) throw new BadAddress(s);
        return a;
    }

    /**
     * --status LIST (parse_parameter over the status names): the bits every entry must have, and
     * UNREPLIED as the absence of SEEN_REPLY; a bad name is "Bad parameter".
     */
    private static int[] statusBits(String list) {
        int set = 0, clear = 0;
        for (String n : list.split(",", -1)) {
            switch (n) {
                case "EXPECTED" -> set |= NfConn.IPS_EXPECTED;
                case "ASSURED" -> set |= NfConn.IPS_ASSURED;
                case "SEEN_REPLY" -> set |= NfConn.IPS_SEEN_REPLY;
                case "FIXED_TIMEOUT" -> set |= 1 << 10;
                case "UNREPLIED" -> clear |= NfConn.IPS_SEEN_REPLY;
                case "UNSET" -> { }
                default -> throw new IllegalArgumentException(n);
            }
        }
        return new int[] {set, clear};
    }

    /** The protocol of -p: a name conntrack has a helper for, or a number 0..255; null when neither. */
    private static Integer protoNumber(String p) {
        switch (p) {
            case "icmp": return 1;
            case "tcp": return 6;
            case "udp": return 17;
            case "sctp": return 132;
            case "dccp": return 33;
            case "gre": return 47;
            case "udplite": return 136;
            case "icmpv6": return 58;
            default:
                // any other name getprotobyname knows is tracked generically
                Integer named = linnet.tools.common.Protocols.byName(p);
                if (named != null) return named;
                try {
                    int n = Integer.parseInt(p);
                    return n >= 0 && n <= 255 ? n : null;
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    private static String protoName(int p) {
        return switch (p) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            default -> "unknown";
        };
    }

    private static String tuple(Tuple t) {
        StringBuilder sb = new StringBuilder();
        sb.append("src=").append(Fmt.ip(t.src())).append(" dst=").append(Fmt.ip(t.dst())).append(' ');
        if (t.proto() == 1) {
            sb.append("type=").append(t.dport() >>> 8).append(" code=").append(t.dport() & 0xff).append(" id=").append(t.sport()).append(' ');
        } else if (t.proto() == 6 || t.proto() == 17) {
            sb.append("sport=").append(t.sport()).append(" dport=").append(t.dport()).append(' ');
        }
        return sb.toString();
    }

    /** One entry in conntrack's default output format. */
    static String format(ConnInfo c) {
        StringBuilder sb = new StringBuilder();
        sb.append(Fmt.pad(protoName(c.orig().proto()), 8)).append(' ').append(c.orig().proto()).append(' ')
                .append(c.timeoutSec()).append(' ');
        if (c.tcpState() != null) sb.append(c.tcpState()).append(' ');
        sb.append(tuple(c.orig()));
        if ((c.status() & NfConn.IPS_SEEN_REPLY) == 0) sb.append("[UNREPLIED] ");
        sb.append(tuple(c.reply()));
        if ((c.status() & NfConn.IPS_ASSURED) != 0) sb.append("[ASSURED] ");
        sb.append("mark=").append(c.mark()).append(" use=1");
        return sb.toString();
    }
}
