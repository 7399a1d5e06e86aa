package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.FibRule;
import linnet.kernel.core.FibRuleMsg;
import linnet.kernel.core.KernelException;
import linnet.kernel.rtnl.RtnlRule;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;
import linnet.tools.common.ToolExit;
import linnet.wire.Inet6;

/** `ip rule` (iproute2 ip/iprule.c): add, del, flush, and list/show with its filter. */
final class IpRule {
    private static final int AF_UNSPEC = 0, AF_INET = 2, AF_INET6 = 10;
    private static final int RTM_NEWRULE = 32, RTM_DELRULE = 33;

    private final Ctx ctx;
    private final IpOpts o;

    IpRule(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("list", "show", "save", "add", "delete", "flush", "help");

    int run(List<String> argv) {
        if (argv.isEmpty()) return list(new Args(argv), false);
        String cmd = argv.get(0);
        Args a = new Args(argv.subList(1, argv.size()));
        if (Args.matches(cmd, "list") || Args.matches(cmd, "lst") || Args.matches(cmd, "show")) return list(a, false);
        if (Args.matches(cmd, "save")) {
            ctx.err.println("Not sending a binary stream to stdout");
            return 255;
        }
        if (Args.matches(cmd, "add")) return modify(RTM_NEWRULE, a);
        if (Args.matches(cmd, "delete")) return modify(RTM_DELRULE, a);
        if (Args.matches(cmd, "flush")) return list(a, true);
        if (Args.matches(cmd, "help")) throw usage();
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip rule help\".");
        return 255;
    }

    private ToolExit usage() {
        ctx.err.print("""
                Usage: ip rule { add | del } SELECTOR ACTION
                       ip rule { flush | save | restore }
                       ip rule [ list [ SELECTOR ]]
                SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
                            [ fwmark FWMARK[/MASK] ]
                            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
                            [ uidrange NUMBER-NUMBER ]
                            [ ipproto PROTOCOL ]
                            [ sport [ NUMBER | NUMBER-NUMBER ]
                            [ dport [ NUMBER | NUMBER-NUMBER ] ]
                ACTION := [ table TABLE_ID ]
                          [ protocol PROTO ]
                          [ nat ADDRESS ]
                          [ realms [SRCREALM/]DSTREALM ]
                          [ goto NUMBER ]
                          SUPPRESSOR
                SUPPRESSOR := [ suppress_prefixlength NUMBER ]
                              [ suppress_ifgroup DEVGROUP ]
                TABLE_ID := [ local | main | default | NUMBER ]
                """);
        return new ToolExit(255);
    }

    /** get_prefix: an address with an optional length, of the family asked for (unspec: either). */
    private record Prefix(int family, byte[] addr, int bitlen) {}

    private Prefix prefix(String s, int family) {
        if (s.equals("default") || s.equals("any") || s.equals("all")) return new Prefix(family, new byte[0], 0);
        try {
            String addr = s;
            int len = -1;
            int slash = s.indexOf('/');
            if (slash >= 0) {
                addr = s.substring(0, slash);
                len = Integer.parseInt(s.substring(slash + 1));
            }
            if (addr.indexOf(':') >= 0) {
                if (family == AF_INET || len > 128 || len < -1) throw new IllegalArgumentException();
                return new Prefix(AF_INET6, Inet6.parse(addr), len < 0 ? 128 : len);
            }
            if (family == AF_INET6 || len > 32 || len < -1) throw new IllegalArgumentException();
            return new Prefix(AF_INET, bytes4(IpAddr.parseInet(addr)), len < 0 ? 32 : len);
        } catch (IllegalArgumentException e) {
            // get_prefix: the family's verbose name (family_name_verbose)
            String fam = family == AF_INET ? "inet" : family == AF_INET6 ? "inet6" : "any valid";
            ctx.err.println("Error: " + fam + " prefix is expected rather than \"" + s + "\".");
            throw new ToolExit(1);
        }
    }

    private static byte[] bytes4(int a) { return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a}; }

    /** check_ifname: 1 to 15 characters, no '/' or white space (a ':' is accepted). */
    private static boolean validIfname(String s) {
        if (s.isEmpty() || s.length() > 15) return false;
        for (char c : s.toCharArray()) if (c == '/' || Character.isWhitespace(c)) return false;
        return true;
    }

    /** sscanf("%u-%u"): both numbers or null. */
    private static long[] uidRange(String s) {
        int dash = s.indexOf('-');
        if (dash < 0) return null;
        Long a = scanU(s.substring(0, dash)), b = scanU(s.substring(dash + 1));
        return a == null || b == null ? null : new long[] {a & 0xffffffffL, b & 0xffffffffL};
    }

    /** scanf %u: leading digits (after an optional sign), wrapping at 32 bits. */
    private static Long scanU(String s) {
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int st = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i == st) return null;
        long v = 0;
        for (int k = st; k < i; k++) v = (v * 10 + (s.charAt(k) - '0')) & 0xffffffffffL;
        return neg ? -v : v;
    }

    /** sscanf("%hu-%hu") for ports: one number (start = end) or two, each wrapped to 16 bits. */
    private static int[] portRange(String s) {
        Long a = scanU(s);
        if (a == null) return null;
        int dash = -1, i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '-') dash = i;
        int start = (int) (a & 0xffff);
        if (dash < 0) return new int[] {start, start};
        Long b = scanU(s.substring(dash + 1));
        if (b == null) return new int[] {start, start};
        return new int[] {start, (int) (b & 0xffff)};
    }

    /** get_u32 (base 0). */
    private static Long u32(String s) { return IpRoute.unsigned(s); }

    private int family() { return o.family == AF_INET6 ? AF_INET6 : o.family == AF_INET ? AF_INET : AF_UNSPEC; }

    // ------------------------------------------------------------------ add / del

    /** iprule_modify: one RTM_NEWRULE (with NLM_F_CREATE|NLM_F_EXCL) or RTM_DELRULE. */
    private int modify(int cmd, Args a) {
        if (!a.has()) {
            ctx.err.println(cmd == RTM_NEWRULE ? "\"ip rule add\" requires arguments." : "\"ip rule del\" requires arguments.");
            return 1;
        }
        FibRuleMsg m = new FibRuleMsg();
        m.family = family();
        m.action = cmd == RTM_NEWRULE ? FibRule.FR_ACT_TO_TBL : FibRule.FR_ACT_UNSPEC;
        boolean tableOk = false, l3mdev = false;
        long tid = 0;
        while (a.has()) {
            String k = a.next();
            if (k.equals("not")) {
                m.flags |= FibRule.FIB_RULE_INVERT;
            } else if (k.equals("from")) {
                Prefix p = prefix(a.value(ctx), m.family);
                m.srcLen = p.bitlen();
                m.src = p.addr();
            } else if (k.equals("to")) {
                Prefix p = prefix(a.value(ctx), m.family);
                m.dstLen = p.bitlen();
                m.dst = p.addr();
            } else if (Args.matches(k, "preference") || Args.matches(k, "order") || Args.matches(k, "priority")) {
                String v = a.value(ctx);
                Long p = u32(v);
                if (p == null) throw Errors.invarg(ctx, "preference value is invalid\n", v);
                m.priority = p.intValue();
            } else if (k.equals("tos") || Args.matches(k, "dsfield")) {
                String v = a.value(ctx);
                Integer t = o.names.dsfield(v);
                if (t == null) throw Errors.invarg(ctx, "TOS value is invalid\n", v);
                m.tos = t;
            } else if (k.equals("fwmark")) {
                String v = a.value(ctx);
                int slash = v.indexOf('/');
                String mark = slash >= 0 ? v.substring(0, slash) : v;
                Long mk = u32(mark);
                if (mk == null) throw Errors.invarg(ctx, "fwmark value is invalid\n", mark);
                m.fwmark = mk.intValue();
                if (slash >= 0) {
                    Long mask = u32(v.substring(slash + 1));
                    if (mask == null) throw Errors.invarg(ctx, "fwmask value is invalid\n", v.substring(slash + 1));
                    m.fwmask = mask.intValue();
                }
            } else if (Args.matches(k, "realms")) {
                String v = a.value(ctx);
                Integer r = realms(v);
                if (r == null) throw Errors.invarg(ctx, "invalid realms\n", v);
                m.flow = r;
            } else if (Args.matches(k, "protocol")) {
                String v = a.value(ctx);
                Integer p = o.names.protoId(v);
                if (p == null) throw Errors.invarg(ctx, "\"protocol\" value is invalid\n", v);
                m.protocol = p;
            } else if (Args.matches(k, "tun_id")) {
                String v = a.value(ctx);
                Long t = u32(v);
                if (t == null) throw Errors.invarg(ctx, "\"tun_id\" value is invalid\n", v);
                m.tunId = t;
            } else if (Args.matches(k, "table") || k.equals("lookup")) {
                String v = a.value(ctx);
                Long t = o.names.tableId(v);
                if (t == null) throw Errors.invarg(ctx, "invalid table ID\n", v);
                tid = t;
                if (t < 256) {
                    m.table = t.intValue();
                } else {
                    m.table = 0;
                    m.tableAttr = t.intValue();
                }
                tableOk = true;
            } else if (Args.matches(k, "suppress_prefixlength") || k.equals("sup_pl")) {
                String v = a.value(ctx);
                Integer pl = s32(v);
                if (pl == null || pl < 0) throw Errors.invarg(ctx, "suppress_prefixlength value is invalid\n", v);
                m.suppressPrefixlen = pl;
            } else if (Args.matches(k, "suppress_ifgroup") || k.equals("sup_group")) {
                String v = a.value(ctx);
                Integer g = group(v);
                if (g == null) throw Errors.invarg(ctx, "Invalid \"suppress_ifgroup\" value\n", v);
                m.suppressIfgroup = g;
            } else if (k.equals("dev") || k.equals("iif")) {
                String v = a.value(ctx);
                if (!validIfname(v)) throw Errors.invarg(ctx, "\"iif\"/\"dev\" not a valid ifname", v);
                m.iifname = v;
            } else if (k.equals("oif")) {
                String v = a.value(ctx);
                if (!validIfname(v)) throw Errors.invarg(ctx, "\"oif\" not a valid ifname", v);
                m.oifname = v;
            } else if (k.equals("l3mdev")) {
                m.l3mdev = 1;
                tableOk = true;
                l3mdev = true;
            } else if (k.equals("uidrange")) {
                String v = a.value(ctx);
                long[] r = uidRange(v);
                if (r == null) throw Errors.invarg(ctx, "invalid UID range\n", v);
                m.uidRange = r;
            } else if (k.equals("nat") || Args.matches(k, "map-to")) {
                a.value(ctx);
                ctx.err.println("Warning: route NAT is deprecated");
                m.action = 10; // RTN_NAT; the kernel keeps no gateway for it
            } else if (k.equals("ipproto")) {
                String v = a.value(ctx);
                Integer p = RtNames.ipProto(v);
                if (p == null) throw Errors.invarg(ctx, "Invalid \"ipproto\" value\n", v);
                m.ipProto = p;
            } else if (k.equals("sport") || k.equals("dport")) {
                String v = a.value(ctx);
                int[] r = portRange(v);
                if (r == null) throw Errors.invarg(ctx, k.equals("sport") ? "invalid port range\n" : "invalid dport range\n", v);
                if (k.equals("sport")) m.sportRange = r;
                else m.dportRange = r;
            } else {
                if (k.equals("type")) k = a.value(ctx);
                if (Args.matches(k, "help")) throw usage();
                int type;
                if (Args.matches(k, "goto")) {
                    type = FibRule.FR_ACT_GOTO;
                    String v = a.value(ctx);
                    Long t = u32(v);
                    if (t == null) throw Errors.invarg(ctx, "invalid target\n", v);
                    m.gotoTarget = t.intValue();
                } else if (Args.matches(k, "nop")) {
                    type = FibRule.FR_ACT_NOP;
                } else {
                    Integer t = RtNames.rtnType(k);
                    if (t == null) {
                        ctx.err.println("Error: argument \"" + k + "\" is wrong: Failed to parse rule type");
                        return 255;
                    }
                    type = t;
                }
                m.action = type;
                tableOk = true;
            }
        }
        if (l3mdev && tid != 0) {
            ctx.err.println("table can not be specified for l3mdev rules");
            return 22;
        }
        if (m.family == AF_UNSPEC) m.family = AF_INET;
        if (!tableOk && cmd == RTM_NEWRULE) m.table = 254;
        try {
            if (cmd == RTM_NEWRULE) RtnlRule.add(ctx.net, m, true);
            else RtnlRule.delete(ctx.net, m);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** get_s32 (base 0). */
    private static Integer s32(String v) {
        try {
            long r = Long.decode(v);
            return r < Integer.MIN_VALUE || r > Integer.MAX_VALUE ? null : (int) r;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** rtnl_group_a2n: "default" (0) or a number. */
    private static Integer group(String v) {
        if (v.equals("default")) return 0;
        Long g = IpRoute.unsigned(v);
        return g == null ? null : g.intValue();
    }

    /** get_rt_realms_or_raw: [FROM/]TO realm numbers (or "unknown"), FROM in the upper 16 bits. */
    private static Integer realms(String v) {
        int slash = v.indexOf('/');
        if (slash < 0) {
            Integer t = realm(v);
            return t;
        }
        Integer f = realm(v.substring(0, slash)), t = realm(v.substring(slash + 1));
        return f == null || t == null ? null : (f << 16) | t;
    }

    private static Integer realm(String v) {
        if (v.equals("unknown") || v.equals("cosmos")) return 0;
        Long r = IpRoute.unsigned(v);
        return r == null || r > 0xffff ? null : r.intValue();
    }

    // ------------------------------------------------------------------ list / flush

    /** The `ip rule list|flush` selector (iprule.c's filter). */
    private static final class Filter {
        boolean not, l3mdev, iif, oif, uid, prefSet, tosSet;
        long pref;
        int tos, fwmark, fwmask, ipproto, protocol, protocolMask;
        long tb;
        String iifName, oifName;
        long uidStart, uidEnd;
        Prefix src, dst;
        int[] sport, dport;
        long tunId;
    }

    private Filter filter(Args a, int af) {
        Filter f = new Filter();
        while (a.has()) {
            String k = a.next();
            if (Args.matches(k, "preference") || Args.matches(k, "order") || Args.matches(k, "priority")) {
                String v = a.value(ctx);
                Long p = u32(v);
                if (p == null) throw Errors.invarg(ctx, "preference value is invalid\n", v);
                f.pref = p;
                f.prefSet = true;
            } else if (k.equals("not")) {
                f.not = true;
            } else if (k.equals("tos") || k.equals("dsfield")) {
                String v = a.value(ctx);
                Integer t = o.names.dsfield(v);
                if (t == null) throw Errors.invarg(ctx, "TOS value is invalid\n", v);
                f.tos = t;
                f.tosSet = true;
            } else if (k.equals("fwmark")) {
                String v = a.value(ctx);
                int slash = v.indexOf('/');
                String mark = slash >= 0 ? v.substring(0, slash) : v;
                Long mk = u32(mark);
                if (mk == null) throw Errors.invarg(ctx, "fwmark value is invalid\n", mark);
                f.fwmark = mk.intValue();
                if (slash >= 0) {
                    Long mask = u32(v.substring(slash + 1));
                    if (mask == null) throw Errors.invarg(ctx, "fwmask value is invalid\n", v.substring(slash + 1));
                    f.fwmask = mask.intValue();
                }
            } else if (k.equals("dev") || k.equals("iif")) {
                String v = a.value(ctx);
                if (!validIfname(v)) throw Errors.invarg(ctx, "\"iif\"/\"dev\" not a valid ifname", v);
                f.iifName = v;
                f.iif = true;
            } else if (k.equals("oif")) {
                String v = a.value(ctx);
                if (!validIfname(v)) throw Errors.invarg(ctx, "\"oif\" not a valid ifname", v);
                f.oifName = v;
                f.oif = true;
            } else if (k.equals("l3mdev")) {
                f.l3mdev = true;
            } else if (k.equals("uidrange")) {
                String v = a.value(ctx);
                long[] r = uidRange(v);
                if (r == null) throw Errors.invarg(ctx, "invalid UID range\n", v);
                f.uid = true;
                f.uidStart = r[0];
                f.uidEnd = r[1];
            } else if (Args.matches(k, "tun_id")) {
                String v = a.value(ctx);
                Long t = u32(v);
                if (t == null) throw Errors.invarg(ctx, "\"tun_id\" value is invalid\n", v);
                f.tunId = t;
            } else if (Args.matches(k, "lookup") || Args.matches(k, "table")) {
                String v = a.value(ctx);
                Long t = o.names.tableId(v);
                if (t == null) throw Errors.invarg(ctx, "table id value is invalid\n", v);
                f.tb = t;
            } else if (Args.matches(k, "from") || Args.matches(k, "src")) {
                f.src = prefix(a.value(ctx), af);
            } else if (Args.matches(k, "protocol")) {
                String v = a.value(ctx);
                f.protocolMask = -1;
                Integer p = o.names.protoId(v);
                if (p == null) {
                    if (!v.equals("all")) throw Errors.invarg(ctx, "invalid \"protocol\"\n", v);
                    p = 0;
                    f.protocolMask = 0;
                }
                f.protocol = p;
            } else if (k.equals("ipproto")) {
                String v = a.value(ctx);
                Integer p = RtNames.ipProto(v);
                if (p == null) throw Errors.invarg(ctx, "Invalid \"ipproto\" value\n", v);
                f.ipproto = p;
            } else if (k.equals("sport") || k.equals("dport")) {
                String v = a.value(ctx);
                int[] r = portRange(v);
                if (r == null) throw Errors.invarg(ctx, k.equals("sport") ? "invalid port range\n" : "invalid dport range\n", v);
                if (k.equals("sport")) f.sport = r;
                else f.dport = r;
            } else {
                if (Args.matches(k, "dst") || Args.matches(k, "to")) k = a.value(ctx);
                f.dst = prefix(k, af);
            }
        }
        return f;
    }

    /** inet_addr_match_rta: the first bitlen bits of the rule's address equal the filter's. */
    private static boolean addrMatch(Prefix f, byte[] addr) {
        if (f.addr().length == 0 || f.bitlen() <= 0) return true;
        if (addr == null || addr.length != f.addr().length) return false;
        for (int i = 0; i < f.bitlen(); i++) {
            int bit = 0x80 >>> (i & 7);
            if ((addr[i >> 3] & bit) != (f.addr()[i >> 3] & bit)) return false;
        }
        return true;
    }

    /** filter_nlmsg. */
    private static boolean selected(Filter f, FibRuleMsg m) {
        if (f.prefSet && f.pref != Integer.toUnsignedLong(m.priority == null ? 0 : m.priority)) return false;
        if (f.not && (m.flags & FibRule.FIB_RULE_INVERT) == 0) return false;
        if (f.src != null) {
            if (f.src.family() != m.family || f.src.bitlen() > m.srcLen) return false;
            if (!addrMatch(f.src, m.src)) return false;
        }
        if (f.dst != null) {
            if (f.dst.family() != m.family || f.dst.bitlen() > m.dstLen) return false;
            if (!addrMatch(f.dst, m.dst)) return false;
        }
        if (f.tosSet && f.tos != m.tos) return false;
        if (f.fwmark != 0 && f.fwmark != (m.fwmark == null ? 0 : m.fwmark)) return false;
        if (f.fwmask != 0 && f.fwmask != (m.fwmask == null ? 0 : m.fwmask)) return false;
        if (f.iif && (m.iifname == null || !m.iifname.equals(f.iifName))) return false;
        if (f.oif && (m.oifname == null || !m.oifname.equals(f.oifName))) return false;
        if (f.l3mdev && m.l3mdev == null) return false;
        if (f.uid && (m.uidRange == null || m.uidRange[0] != f.uidStart || m.uidRange[1] != f.uidEnd)) return false;
        if (f.ipproto != 0 && f.ipproto != (m.ipProto == null ? 0 : m.ipProto)) return false;
        if (f.sport != null && f.sport[0] != 0
                && (m.sportRange == null || m.sportRange[0] != f.sport[0] || m.sportRange[1] != f.sport[1])) return false;
        if (f.dport != null && f.dport[0] != 0
                && (m.dportRange == null || m.dportRange[0] != f.dport[0] || m.dportRange[1] != f.dport[1])) return false;
        if (f.tunId != 0 && (m.tunId == null || m.tunId != f.tunId)) return false;
        return f.tb <= 0 || f.tb == Integer.toUnsignedLong(m.getTable());
    }

    /** iprule_list_flush_or_save: a dump of the family (inet unless -6), filtered; flush deletes what passes. */
    private int list(Args a, boolean flush) {
        int af = o.family == AF_INET6 ? AF_INET6 : AF_INET;
        Filter f = filter(a, af);
        List<FibRuleMsg> rules;
        try {
            rules = RtnlRule.dump(ctx.net, af);
        } catch (KernelException e) {
            return Errors.dump(ctx, e);
        }
        Printer p = new Printer(o.json, o.pretty);
        List<FibRuleMsg> doomed = new ArrayList<>();
        for (FibRuleMsg m : rules) {
            if (!selected(f, m)) continue;
            if (flush) {
                if (m.protocol != null && ((f.protocol ^ m.protocol) & f.protocolMask) != 0) continue;
                // flush_rule: only rules with a preference attribute go (the pref 0 rules stay)
                if (m.priority != null) doomed.add(m);
                continue;
            }
            print(p, m);
        }
        if (flush) {
            for (FibRuleMsg m : doomed) {
                try {
                    RtnlRule.delete(ctx.net, m);
                } catch (KernelException e) {
                    Errors.rtnl(ctx, e);
                    return 2;
                }
            }
            return 0;
        }
        ctx.out.print(p.finish());
        return 0;
    }

    private static String addrText(int family, byte[] b) {
        if (family == AF_INET6) return Inet6.format(b);
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /** print_rule. */
    private void print(Printer p, FibRuleMsg m) {
        int hostLen = m.family == AF_INET6 ? 128 : 32;
        p.openObject(null);
        long prio = m.priority == null ? 0 : Integer.toUnsignedLong(m.priority);
        p.number("priority", "%s:\t", prio);
        if ((m.flags & FibRule.FIB_RULE_INVERT) != 0) p.nullValue("not", "not ");
        if (m.src != null) {
            p.text("from ");
            p.string("src", "%s", addrText(m.family, m.src));
            if (m.srcLen != hostLen) p.number("srclen", "/%s", m.srcLen);
        } else if (m.srcLen != 0) {
            p.string("src", "from %s", "0");
            p.number("srclen", "/%s", m.srcLen);
        } else {
            p.string("src", "from %s", "all");
        }
        if (m.dst != null) {
            p.text(" to ");
            p.string("dst", "%s", addrText(m.family, m.dst));
            if (m.dstLen != hostLen) p.number("dstlen", "/%s", m.dstLen);
        } else if (m.dstLen != 0) {
            p.string("dst", " to %s", "0");
            p.number("dstlen", "/%s", m.dstLen);
        }
        if (m.tos != 0) p.string("tos", " tos %s", o.names.dsfieldName(m.tos));
        if (m.fwmark != null || m.fwmask != null) {
            int mark = m.fwmark == null ? 0 : m.fwmark;
            p.string("fwmark", " fwmark %s", hex(mark));
            if (m.fwmask != null && m.fwmask != 0xffffffff) p.string("fwmask", "/%s", hex(m.fwmask));
        }
        if (m.iifname != null) {
            p.text(" iif ");
            p.string("iif", "%s", m.iifname);
            if ((m.flags & FibRule.FIB_RULE_IIF_DETACHED) != 0) p.nullValue("iif_detached", " [detached]");
        }
        if (m.oifname != null) {
            p.text(" oif ");
            p.string("oif", "%s", m.oifname);
            if ((m.flags & FibRule.FIB_RULE_OIF_DETACHED) != 0) p.nullValue("oif_detached", " [detached]");
        }
        if (m.l3mdev != null && m.l3mdev != 0) p.nullValue("l3mdev", " lookup [l3mdev-table]");
        if (m.uidRange != null) {
            p.number("uid_start", " uidrange %s", m.uidRange[0]);
            p.number("uid_end", "-%s", m.uidRange[1]);
        }
        if (m.ipProto != null) p.string("ipproto", " ipproto %s", RtNames.ipProtoName(m.ipProto));
        ports(p, "sport", m.sportRange);
        ports(p, "dport", m.dportRange);
        if (m.tunId != null) p.number("tun_id", " tun_id %s", m.tunId);
        int table = m.getTable();
        if (table != 0) {
            p.string("table", " lookup %s", o.names.table(table));
            if (m.suppressPrefixlen != null && m.suppressPrefixlen != -1)
                p.number("suppress_prefixlen", " suppress_prefixlength %s", m.suppressPrefixlen);
            if (m.suppressIfgroup != null && m.suppressIfgroup != -1)
                p.string("suppress_ifgroup", " suppress_ifgroup %s",
                        m.suppressIfgroup == 0 ? "default" : Integer.toString(m.suppressIfgroup));
        }
        if (m.flow != null) {
            int to = m.flow & 0xffff, from = m.flow >>> 16;
            if (from != 0) p.string("flow_from", " realms %s/", realmName(from));
            else p.text(" realms ");
            p.string("flow_to", "%s", realmName(to));
        }
        if (m.action == 10) {
            p.nullValue("masquerade", " masquerade");
        } else if (m.action == FibRule.FR_ACT_GOTO) {
            if (m.gotoTarget != null) p.number("goto", " goto %s", Integer.toUnsignedLong(m.gotoTarget));
            else p.string("goto", " goto %s", "none");
            if ((m.flags & FibRule.FIB_RULE_UNRESOLVED) != 0) p.nullValue("unresolved", " [unresolved]");
        } else if (m.action == FibRule.FR_ACT_NOP) {
            p.nullValue("nop", " nop");
        } else if (m.action != FibRule.FR_ACT_TO_TBL) {
            p.string("action", " %s", o.names.rtnTypeName(m.action));
        }
        if (m.protocol != null) {
            int proto = m.protocol;
            if ((proto != 0 && proto != 2) || o.details > 0) p.string("protocol", " proto %s", o.names.proto(proto));
        }
        p.text("\n");
        p.closeObject();
    }

    private static String realmName(int r) { return r == 0 ? "unknown" : Integer.toString(r); }

    private static void ports(Printer p, String key, int[] r) {
        if (r == null) return;
        if (r[0] == r[1]) {
            p.number(key, " " + key + " %s", r[0]);
        } else {
            p.number(key + "_start", " " + key + " %s", r[0]);
            p.number(key + "_end", "-%s", r[1]);
        }
    }

    private static String hex(int v) { return v == 0 ? "0" : "0x" + Integer.toHexString(v); }
}
