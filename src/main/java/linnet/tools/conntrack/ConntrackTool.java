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
        Integer proto, src, dst, replySrc, replyDst, sport, dport, mark;
        boolean srcNat, dstNat, anyNat;

        boolean matches(ConnInfo c) {
            if (proto != null && c.orig().proto() != proto) return false;
            if (src != null && c.orig().src() != src) return false;
            if (dst != null && c.orig().dst() != dst) return false;
            if (replySrc != null && c.reply().src() != replySrc) return false;
            if (replyDst != null && c.reply().dst() != replyDst) return false;
            if (sport != null && c.orig().sport() != sport) return false;
            if (dport != null && c.orig().dport() != dport) return false;
            if (mark != null && c.mark() != mark) return false;
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
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "-L", "--dump", "-D", "--delete", "-F", "--flush", "-C", "--count" -> {
                        if (cmd != null) {
                            ctx.err.println(VERSION + "Invalid parameters");
                            return 2;
                        }
                        cmd = a.length() == 2 ? a : "-" + Character.toUpperCase(a.charAt(2));
                    }
                    case "-p", "--proto", "--protonum" -> f.proto = protoNumber(args.get(++i));
                    case "-s", "--src", "--orig-src" -> f.src = Inet4.parse(args.get(++i));
                    case "-d", "--dst", "--orig-dst" -> f.dst = Inet4.parse(args.get(++i));
                    case "-r", "--reply-src" -> f.replySrc = Inet4.parse(args.get(++i));
                    case "-q", "--reply-dst" -> f.replyDst = Inet4.parse(args.get(++i));
                    case "--sport", "--orig-port-src" -> f.sport = Integer.parseInt(args.get(++i));
                    case "--dport", "--orig-port-dst" -> f.dport = Integer.parseInt(args.get(++i));
                    case "-m", "--mark" -> f.mark = Integer.decode(args.get(++i));
                    case "-n", "--src-nat" -> f.srcNat = true;
                    case "-g", "--dst-nat" -> f.dstNat = true;
                    case "-j", "--any-nat" -> f.anyNat = true;
                    case "-f", "--family" -> i++;
                    case "-o", "--output" -> i++;
                    default -> {
                        ctx.err.println(VERSION + "unknown option `" + a + "'");
                        ctx.err.println("Try `conntrack -h' or 'conntrack --help' for more information.");
                        return 2;
                    }
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                ctx.err.println(VERSION + "Bad parameter `" + a + "'");
                return 2;
            }
        }
        if (cmd == null) cmd = "-L";
        switch (cmd) {
            case "-C" -> {
                ctx.out.println(RtnlConntrack.count(ctx.net));
                return 0;
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
                    sb.append(format(c)).append('\n');
                }
                ctx.err.println(VERSION + sel.size() + " flow entries have been " + (delete ? "deleted." : "shown."));
                ctx.out.print(sb);
                // Only a listing may come up empty: a delete that matched nothing is a failure.
                return delete && sel.isEmpty() ? 1 : 0;
            }
        }
    }

    private static int protoNumber(String p) {
        return switch (p) {
            case "icmp" -> 1;
            case "tcp" -> 6;
            case "udp" -> 17;
            default -> Integer.parseInt(p);
        };
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
