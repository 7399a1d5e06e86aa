package linnet.tools.iptables;

import java.util.List;
import java.util.Locale;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.ConntrackMatch;

/**
 * `-m conntrack --ctstate S[,S]` and `-m state --state S[,S]` (libxt_conntrack, which carries the
 * state match too): the same kernel record, printed as "ctstate ..." or "state ...".
 */
final class ConntrackExt extends MatchExt {
    private final boolean stateModule;
    private int mask = -1;
    private boolean invert;

    ConntrackExt(boolean stateModule) { this.stateModule = stateModule; }

    @Override
    String name() { return stateModule ? "state" : "conntrack"; }

    /** The -m conntrack tests beyond --ctstate (xt_conntrack_mtinfo3 fields). */
    private int flags, invertFlags, proto, statusMask;
    private final int[] addrs = new int[8], ports = {0, 0xffff, 0, 0xffff, 0, 0xffff, 0, 0xffff};
    private long expMin, expMax;

    private static final List<String> ADDR_OPTS = List.of("ctorigsrc", "ctorigdst", "ctreplsrc", "ctrepldst");
    private static final List<String> PORT_OPTS = List.of("ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport");
    private static final int[] ADDR_FLAGS = {ConntrackMatch.F_ORIGSRC, ConntrackMatch.F_ORIGDST, ConntrackMatch.F_REPLSRC,
        ConntrackMatch.F_REPLDST};
    private static final int[] PORT_FLAGS = {ConntrackMatch.F_ORIGSRC_PORT, ConntrackMatch.F_ORIGDST_PORT,
        ConntrackMatch.F_REPLSRC_PORT, ConntrackMatch.F_REPLDST_PORT};

    @Override
    List<Opt> options() {
        if (stateModule) return List.of(Opt.arg("state"));
        return List.of(Opt.arg("ctstate"), Opt.arg("ctproto"), Opt.arg("ctorigsrc"), Opt.arg("ctorigdst"), Opt.arg("ctreplsrc"),
                Opt.arg("ctrepldst"), Opt.arg("ctstatus"), Opt.arg("ctexpire"), Opt.arg("ctorigsrcport"), Opt.arg("ctorigdstport"),
                Opt.arg("ctreplsrcport"), Opt.arg("ctrepldstport"), Opt.argNoInv("ctdir"));
    }

    private void flag(int f, boolean inv) {
        flags |= f;
        if (inv) invertFlags |= f;
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        if (!stateModule && !opt.equals("ctstate")) {
            int ai = ADDR_OPTS.indexOf(opt), pi = PORT_OPTS.indexOf(opt);
            if (ai >= 0) {
                int[] am = Names.parseAddrMask(arg);
                addrs[2 * ai] = am[0];
                addrs[2 * ai + 1] = am[1];
                flag(ADDR_FLAGS[ai], inv);
            } else if (pi >= 0) {
                int colon = arg.indexOf(':');
                int lo = Names.parsePort(colon < 0 ? arg : arg.substring(0, colon), null);
                int hi = colon < 0 ? lo : Names.parsePort(arg.substring(colon + 1), null);
                ports[2 * pi] = lo;
                ports[2 * pi + 1] = hi;
                flag(PORT_FLAGS[pi], inv);
            } else {
                switch (opt) {
                    case "ctproto" -> {
                        proto = Names.parseProtocol(arg);
                        flag(ConntrackMatch.F_PROTO, inv);
                    }
                    case "ctstatus" -> {
                        int m = 0;
                        for (String s : arg.split(",", -1)) {
                            m |= switch (s.toUpperCase(Locale.ROOT)) {
                                case "NONE" -> 0;
                                case "EXPECTED" -> 1;
                                case "SEEN_REPLY" -> 2;
                                case "ASSURED" -> 4;
                                case "CONFIRMED" -> 8;
                                default -> throw IptError.param("Bad ctstatus \"" + s + "\"");
                            };
                        }
                        statusMask = m;
                        flag(ConntrackMatch.F_STATUS, inv);
                    }
                    case "ctexpire" -> {
                        int colon = arg.indexOf(':');
                        expMin = MarkMatchExt.parseU32Opt(colon < 0 ? arg : arg.substring(0, colon), "conntrack", opt);
                        expMax = colon < 0 ? expMin : MarkMatchExt.parseU32Opt(arg.substring(colon + 1), "conntrack", opt);
                        flag(ConntrackMatch.F_EXPIRES, inv);
                    }
                    default -> {
                        // --ctdir ORIGINAL | REPLY: REPLY is the inverted direction test
                        if (arg.equalsIgnoreCase("ORIGINAL")) invertFlags &= ~ConntrackMatch.F_DIRECTION;
                        else if (arg.equalsIgnoreCase("REPLY")) invertFlags |= ConntrackMatch.F_DIRECTION;
                        else throw IptError.param("conntrack: Bad value for \"--ctdir\" option: \"" + arg + "\"");
                        flags |= ConntrackMatch.F_DIRECTION;
                    }
                }
            }
            return;
        }
        int m = 0;
        for (String s : arg.split(",", -1)) {
            m |= switch (s.toUpperCase(Locale.ROOT)) {
                case "INVALID" -> ConntrackMatch.INVALID;
                case "ESTABLISHED" -> ConntrackMatch.ESTABLISHED;
                case "NEW" -> ConntrackMatch.NEW;
                case "RELATED" -> ConntrackMatch.RELATED;
                case "UNTRACKED" -> ConntrackMatch.UNTRACKED;
                case "SNAT" -> {
                    if (stateModule) throw bad(s);
                    yield ConntrackMatch.SNAT;
                }
                case "DNAT" -> {
                    if (stateModule) throw bad(s);
                    yield ConntrackMatch.DNAT;
                }
                default -> throw bad(s);
            };
        }
        mask = m;
        invert = inv;
    }

    private IptError bad(String s) {
        return IptError.param("Bad " + (stateModule ? "state" : "ctstate") + " \"" + s + "\"");
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (mask < 0 && flags != 0) return;
        if (mask < 0) {
            if (stateModule) throw mandatory("state");
            // conntrack_mt_check (x6 fcheck): no test at all
            throw IptError.param("conntrack: At least one option is required");
        }
    }

    @Override
    XtMatch build(RuleSpec r) {
        if (flags == 0) return new ConntrackMatch(mask, invert, stateModule);
        int f = flags, inv = invertFlags;
        if (mask >= 0) {
            f |= ConntrackMatch.F_STATE;
            if (invert) inv |= ConntrackMatch.F_STATE;
        }
        return new ConntrackMatch(Math.max(mask, 0), invert, false,
                new ConntrackMatch.Extra(f, inv, proto, addrs.clone(), ports.clone(), statusMask, expMin, expMax));
    }

    /** conntrack_dump: the tests in the kernel struct's order, with "ct" (-L) or "--ct" (-S) prefixes. */
    private static void dump(ConntrackMatch c, StringBuilder sb, String prefix) {
        ConntrackMatch.Extra x = c.extra();
        int f = x.flags(), inv = x.invertFlags();
        if ((f & ConntrackMatch.F_STATE) != 0) {
            if ((inv & ConntrackMatch.F_STATE) != 0) sb.append(" !");
            sb.append(' ').append(prefix).append("state ").append(states(c.stateMask()));
        }
        if ((f & ConntrackMatch.F_PROTO) != 0) {
            if ((inv & ConntrackMatch.F_PROTO) != 0) sb.append(" !");
            sb.append(' ').append(prefix).append("proto ").append(x.proto());
        }
        String[] an = {"origsrc", "origdst", "replsrc", "repldst"};
        for (int i = 0; i < 4; i++) {
            if ((f & ADDR_FLAGS[i]) == 0) continue;
            if ((inv & ADDR_FLAGS[i]) != 0) sb.append(" !");
            int a = x.addrs()[2 * i], m = x.addrs()[2 * i + 1];
            sb.append(' ').append(prefix).append(an[i]).append(' ').append(Names.dotted(a));
            if (m != -1) sb.append('/').append(Names.maskText(m));
        }
        String[] pn = {"origsrcport", "origdstport", "replsrcport", "repldstport"};
        for (int i = 0; i < 4; i++) {
            if ((f & PORT_FLAGS[i]) == 0) continue;
            if ((inv & PORT_FLAGS[i]) != 0) sb.append(" !");
            int lo = x.ports()[2 * i], hi = x.ports()[2 * i + 1];
            sb.append(' ').append(prefix).append(pn[i]).append(' ').append(lo);
            if (lo != hi) sb.append(':').append(hi);
        }
        if ((f & ConntrackMatch.F_STATUS) != 0) {
            if ((inv & ConntrackMatch.F_STATUS) != 0) sb.append(" !");
            sb.append(' ').append(prefix).append("status ").append(statusNames(x.statusMask()));
        }
        if ((f & ConntrackMatch.F_EXPIRES) != 0) {
            if ((inv & ConntrackMatch.F_EXPIRES) != 0) sb.append(" !");
            sb.append(' ').append(prefix).append("expire ").append(x.expMin());
            if (x.expMin() != x.expMax()) sb.append(':').append(x.expMax());
        }
        if ((f & ConntrackMatch.F_DIRECTION) != 0)
            sb.append(' ').append(prefix).append((inv & ConntrackMatch.F_DIRECTION) != 0 ? "dir REPLY" : "dir ORIGINAL");
    }

    /** print_status: NONE, or EXPECTED, SEEN_REPLY, ASSURED, CONFIRMED joined by commas. */
    private static String statusNames(int m) {
        if (m == 0) return "NONE";
        StringBuilder sb = new StringBuilder();
        String[] names = {"EXPECTED", "SEEN_REPLY", "ASSURED", "CONFIRMED"};
        for (int i = 0; i < 4; i++) {
            if ((m & (1 << i)) == 0) continue;
            if (!sb.isEmpty()) sb.append(',');
            sb.append(names[i]);
        }
        return sb.toString();
    }

    /** print_state: INVALID, NEW, RELATED, ESTABLISHED, UNTRACKED, SNAT, DNAT. */
    static String states(int m) {
        StringBuilder sb = new StringBuilder();
        int[] bits = {ConntrackMatch.INVALID, ConntrackMatch.NEW, ConntrackMatch.RELATED, ConntrackMatch.ESTABLISHED,
            ConntrackMatch.UNTRACKED, ConntrackMatch.SNAT, ConntrackMatch.DNAT};
        String[] names = {"INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED", "SNAT", "DNAT"};
        for (int i = 0; i < bits.length; i++) {
            if ((m & bits[i]) == 0) continue;
            if (!sb.isEmpty()) sb.append(',');
            sb.append(names[i]);
        }
        return sb.toString();
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        ConntrackMatch c = (ConntrackMatch) m;
        if (c.extra() != null) {
            dump(c, sb, "ct");
            return;
        }
        if (c.stateModule()) {
            sb.append(" state ").append(c.invert() ? "!" : "").append(states(c.stateMask()));
            return;
        }
        if (c.invert()) sb.append(" !");
        sb.append(" ctstate ").append(states(c.stateMask()));
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        ConntrackMatch c = (ConntrackMatch) m;
        if (c.extra() != null) {
            dump(c, sb, "--ct");
            return;
        }
        if (c.invert()) sb.append(" !");
        sb.append(c.stateModule() ? " --state " : " --ctstate ").append(states(c.stateMask()));
    }
}
