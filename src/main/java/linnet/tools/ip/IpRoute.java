package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.Fib;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.rtnl.RouteInfo;
import linnet.kernel.rtnl.RouteRequest;
import linnet.kernel.rtnl.RtnlRoute;
import linnet.kernel.rtnl.Rtnl6;
import linnet.wire.Inet6;
import linnet.kernel.rtnl.RouteMsg;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Fmt;
import linnet.tools.common.Printer;

/** `ip route` (iproute.c): show, add/append/replace/change, del, flush, get. */
final class IpRoute {
    private final Ctx ctx;
    private final IpOpts o;

    IpRoute(Ctx ctx, IpOpts o) {
        this.ctx = ctx;
        this.o = o;
    }

    /** The commands run() dispatches, in its order (the interactive shell completes from this table). */
    static final List<String> COMMANDS = List.of("add", "append", "replace", "change", "prepend", "delete", "show", "list", "flush", "get",
            "save", "restore", "showdump");

    int run(List<String> argv) {
        Args a = new Args(argv);
        if (!a.has()) return show(a, false);
        String cmd = a.next();
        if (inet6(argv)) {
            if (Args.matches(cmd, "add")) return modify6(a, true, false, true);
            if (Args.matches(cmd, "replace")) return modify6(a, false, true, true);
            if (Args.matches(cmd, "change") || cmd.equals("chg")) return modify6(a, false, true, false);
            if (Args.matches(cmd, "append") || Args.matches(cmd, "prepend")) return modify6(a, false, false, true);
            if (Args.matches(cmd, "delete")) return delete6(a);
        }
        if (Args.matches(cmd, "add")) return modify(a, Fib.NLM_F_CREATE | Fib.NLM_F_EXCL);
        if (Args.matches(cmd, "append")) return modify(a, Fib.NLM_F_CREATE | Fib.NLM_F_APPEND);
        if (Args.matches(cmd, "replace")) return modify(a, Fib.NLM_F_CREATE | Fib.NLM_F_REPLACE);
        if (Args.matches(cmd, "change") || cmd.equals("chg")) return modify(a, Fib.NLM_F_REPLACE);
        // iproute2 6.1: prepend is NLM_F_CREATE alone, so fib_table_insert puts it before its equals.
        if (Args.matches(cmd, "prepend")) return modify(a, Fib.NLM_F_CREATE);
        if (Args.matches(cmd, "delete")) return delete(a);
        if (Args.matches(cmd, "show") || Args.matches(cmd, "list") || Args.matches(cmd, "lst")) return show(a, false);
        if (Args.matches(cmd, "flush")) {
            if (a.has() && a.peek().equals("cache")) {
                RtnlRoute.flushCache(ctx.net);
                return 0;
            }
            return show(a, true);
        }
        if (Args.matches(cmd, "get")) return get(a);
        if (Args.matches(cmd, "save")) return save(a);
        if (Args.matches(cmd, "restore")) return restore();
        if (Args.matches(cmd, "showdump")) return showdump();
        ctx.err.println("Command \"" + cmd + "\" is unknown, try \"ip route help\".");
        return 255;
    }

    static final String[] TYPES = {"unspec", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole",
        "unreachable", "prohibit", "throw", "nat", "xresolve"};

    static int typeId(String s) {
        for (int i = 0; i < TYPES.length; i++) if (TYPES[i].equals(s)) return i;
        return -1;
    }

    private String tableName(int t) { return o.names.table(t); }

    /** rtnl_rttable_a2n for a route request: "\"table\" value is invalid" when it is no table. */
    private int tableId(Ctx ctx, String s) {
        Long t = o.names.tableId(s);
        if (t == null) throw Errors.invarg(ctx, "\"table\" value is invalid\n", s);
        return (int) (long) t;
    }

    /** A listing's table: a name or number, "all" (every table, 0), else "table id value is invalid". */
    private int tableFilterId(Ctx ctx, String s) {
        Long t = o.names.tableId(s);
        if (t != null) return (int) (long) t;
        if (s.equals("all")) return 0;
        throw Errors.invarg(ctx, "table id value is invalid\n", s);
    }

    private String protoName(int p) { return o.names.proto(p); }

    private int protoId(Ctx ctx, String s) {
        Integer p = o.names.protoId(s);
        if (p == null) throw Errors.invarg(ctx, "\"protocol\" value is invalid\n", s);
        return p;
    }

    /** A listing's protocol selector: "all" selects every protocol (-1); the error wording is the listing's own. */
    private int protoFilterId(Ctx ctx, String s) {
        Integer p = o.names.protoId(s);
        if (p != null) return p;
        if (s.equals("all")) return -1;
        throw Errors.invarg(ctx, "invalid \"protocol\"\n", s);
    }

    private int scopeId(Ctx ctx, String s) {
        Integer sc = o.names.scopeId(s);
        if (sc == null) throw Errors.invarg(ctx, "invalid \"scope\" value.", s);
        return sc;
    }

    /** A parsed route command line. */
    private final class Spec {
        int type = FibRoute.RTN_UNICAST;
        boolean typeGiven;
        int dst, dstLen;
        boolean dstGiven;
        int table = 0;
        int tos;
        int priority;
        boolean priorityGiven;
        int protocol = FibRoute.RTPROT_BOOT;
        boolean protocolGiven;
        int scope = -1;
        int prefsrc;
        int gw;
        String dev;
        boolean onlink;
        int mtu;
        boolean mtuLock;
        int[] metrics;
        int metricLocks;
        Integer matchPrefix;
        String rootOf, matchOf;

        void parse(Args a, boolean forShow) {
            while (a.has()) {
                String k = a.next();
                switch (k) {
                    case "via" -> {
                        String v = a.value(ctx);
                        if (v.equals("inet")) v = a.value(ctx);
                        try {
                            gw = IpAddr.parseInet(v);
                        } catch (IllegalArgumentException e) {
                            throw Errors.badAddress(ctx, v);
                        }
                    }
                    case "dev", "oif" -> dev = a.value(ctx);
                    case "src" -> {
                        String v = a.value(ctx);
                        try {
                            prefsrc = IpAddr.parseInet(v);
                        } catch (IllegalArgumentException e) {
                            throw Errors.badAddress(ctx, v);
                        }
                    }
                    case "onlink" -> onlink = true;
                    case "type" -> {
                        // a listing filter (iproute_list_flush_or_save); add/del take the bare type word
                        if (!forShow) throw Errors.duparg2(ctx, "to", k);
                        String v = a.value(ctx);
                        if (typeId(v) < 0) throw Errors.invarg(ctx, "node type value is invalid\n", v);
                        type = typeId(v);
                        typeGiven = true;
                    }
                    case "table" -> table = forShow ? tableFilterId(ctx, a.value(ctx)) : tableId(ctx, a.value(ctx));
                    case "root" -> rootOf = a.value(ctx);
                    case "match" -> matchOf = a.value(ctx);
                    case "exact" -> { }
                    case "tos", "dsfield" -> tos = Integer.decode(a.value(ctx));
                    default -> {
                        if (Args.matches(k, "metric") || Args.matches(k, "priority") || k.equals("preference")) {
                            String v = a.value(ctx);
                            try {
                                priority = Integer.parseUnsignedInt(v);
                            } catch (NumberFormatException e) {
                                throw Errors.invarg(ctx, "\"metric\" value is invalid\n", v);
                            }
                            priorityGiven = true;
                        } else if (Args.matches(k, "protocol")) {
                            protocol = forShow ? protoFilterId(ctx, a.value(ctx)) : protoId(ctx, a.value(ctx));
                            protocolGiven = protocol >= 0;
                        } else if (Args.matches(k, "scope")) {
                            scope = scopeId(ctx, a.value(ctx));
                        } else if (k.equals("mtu")) {
                            String v = a.value(ctx);
                            if (v.equals("lock")) {
                                mtuLock = true;
                                v = a.value(ctx);
                            }
                            mtu = Integer.parseInt(v);
                        } else if (metric(k, a)) {
                            // an RTA_METRICS attribute
                        } else if (forShow) {
                            // iproute_list_flush_or_save: [to] PREFIX; a type word is not a selector here
                            String w = k.equals("to") ? a.value(ctx) : k;
                            if (dstGiven) throw Errors.duparg2(ctx, "to", w);
                            dst(w);
                        } else {
                            String w = destinationWord(k, a);
                            if (typeWord >= 0) {
                                type = typeWord;
                                typeGiven = true;
                            }
                            if (dstGiven) throw Errors.duparg2(ctx, "to", w);
                            dst(w);
                        }
                    }
                }
            }
        }

        /** iproute_modify's metric keywords: [lock] VALUE each, into RTA_METRICS (RTAX_LOCK for locks). */
        boolean metric(String k, Args a) {
            int ax;
            String what = k;
            switch (k) {
                case "window" -> ax = FibRoute.RTAX_WINDOW;
                case "rtt" -> ax = FibRoute.RTAX_RTT;
                case "rttvar" -> ax = FibRoute.RTAX_RTTVAR;
                case "ssthresh" -> ax = FibRoute.RTAX_SSTHRESH;
                case "cwnd" -> ax = FibRoute.RTAX_CWND;
                case "advmss" -> { ax = FibRoute.RTAX_ADVMSS; what = "mss"; }
                case "reordering" -> ax = FibRoute.RTAX_REORDERING;
                case "hoplimit" -> ax = FibRoute.RTAX_HOPLIMIT;
                case "initcwnd" -> ax = FibRoute.RTAX_INITCWND;
                case "rto_min" -> ax = FibRoute.RTAX_RTO_MIN;
                case "initrwnd" -> ax = FibRoute.RTAX_INITRWND;
                case "quickack" -> ax = FibRoute.RTAX_QUICKACK;
                default -> { return false; }
            }
            String v = a.value(ctx);
            if (v.equals("lock") && ax != FibRoute.RTAX_QUICKACK) {
                metricLocks |= 1 << ax;
                v = a.value(ctx);
            }
            long val;
            String bad = "\"" + what + "\" value is invalid\n";
            if (ax == FibRoute.RTAX_RTT || ax == FibRoute.RTAX_RTTVAR || ax == FibRoute.RTAX_RTO_MIN) {
                long[] t = timeRtt(v);
                if (t == null) throw Errors.invarg(ctx, bad, v);
                // A bare number is already in the kernel's units (1/8 ms for rtt, 1/4 ms for rttvar).
                val = t[1] != 0 || ax == FibRoute.RTAX_RTO_MIN ? t[0]
                        : t[0] * (ax == FibRoute.RTAX_RTT ? 8 : 4);
                val &= 0xffffffffL;
            } else {
                Long u = unsigned(v);
                if (u == null || (ax == FibRoute.RTAX_HOPLIMIT && u > 255)) throw Errors.invarg(ctx, bad, v);
                if (ax == FibRoute.RTAX_QUICKACK && u != 0 && u != 1)
                    throw Errors.invarg(ctx, "\"quickack\" value should be 0 or 1\n", v);
                val = u;
            }
            if (metrics == null) metrics = new int[FibRoute.RTAX_MAX + 1];
            metrics[ax] = (int) val;
            return true;
        }

        void dst(String s) {
            dstGiven = true;
            if (s.equals("default") || s.equals("all") || s.equals("any")) {
                dst = 0;
                dstLen = 0;
                return;
            }
            int[] p = IpAddr.prefix(ctx, s);
            dst = p[0];
            dstLen = p[1] < 0 ? 32 : p[1];
            matchPrefix = p[1];
        }

        RouteRequest request(boolean delete) {
            int sc = scope;
            boolean scopeGiven = sc >= 0;
            if (sc < 0) {
                if (type == FibRoute.RTN_LOCAL || type == FibRoute.RTN_NAT) sc = 254;
                else if (type == FibRoute.RTN_BROADCAST || type == FibRoute.RTN_MULTICAST || type == FibRoute.RTN_ANYCAST) sc = 253;
                else if (type == FibRoute.RTN_UNICAST || type == FibRoute.RTN_UNSPEC) {
                    if (delete) sc = 255;
                    else if (gw == 0) sc = 253;
                    else sc = 0;
                } else sc = 0;
            }
            return new RouteRequest(table, type, typeGiven, dst, dstLen, tos, priority, priorityGiven, protocol,
                    protocolGiven || !delete, sc, scopeGiven, prefsrc, gw, dev, onlink, mtu, mtuLock, metrics, metricLocks);
        }
    }

    private int modify(Args a, int flags) {
        Spec s = new Spec();
        s.parse(a, false);
        if (!s.dstGiven) throw Errors.incomplete(ctx);
        if (s.dev != null && ctx.net.byName(s.dev) == null) throw Errors.cannotFindDevice(ctx, s.dev);
        try {
            RtnlRoute.add(ctx.net, s.request(false), flags);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int delete(Args a) {
        Spec s = new Spec();
        s.parse(a, false);
        if (!s.dstGiven) throw Errors.incomplete(ctx);
        if (s.dev != null && ctx.net.byName(s.dev) == null) throw Errors.cannotFindDevice(ctx, s.dev);
        RouteRequest q = s.request(true);
        q = new RouteRequest(q.table(), q.type(), q.typeGiven(), q.dst(), q.dstLen(), q.tos(), q.priority(),
                q.priorityGiven(), q.protocol(), s.protocolGiven, q.scope(), q.scopeGiven(), q.prefsrc(), q.gw(), q.dev(),
                q.onlink(), q.mtu(), q.mtuLock());
        try {
            RtnlRoute.delete(ctx.net, q);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    private int show(Args a, boolean flush) { return show(a, flush, false); }

    /**
     * ip route save [SELECTOR]: the magic, then the dump's messages the selectors let through, as
     * the kernel sent them; the magic is out before the selectors are read, as in iproute2.
     */
    private int save(Args a) {
        if (!DumpFile.prepare(ctx, DumpFile.ROUTE_MAGIC)) return 1;
        if (o.family == 10) return show6(a, false, true);
        return show(a, false, true);
    }

    /**
     * ip route restore: the saved routes sent back as RTM_NEWROUTE requests in three passes over
     * the file (routes to local addresses, then to local networks, then through gateways), so
     * each finds what it depends on. An existing route is reported and passed over; any other
     * error ends the restore (status 2).
     */
    private int restore() {
        if (!DumpFile.checkMagic(ctx, DumpFile.ROUTE_MAGIC, "route")) return 1;
        // the passes go back to the start with fseek: a pipe cannot, and ftell already says so
        if (ctx.stdinPipe) {
            ctx.err.println("Failed to restore: ftell: Illegal seek");
            return 1;
        }
        for (int prio = 0; prio < 3; prio++) {
            int pass = prio;
            int rc = DumpFile.each(ctx, msg -> {
                boolean gw = RouteMsg.has(msg, RouteMsg.RTA_GATEWAY);
                boolean src = RouteMsg.has(msg, RouteMsg.RTA_PREFSRC);
                boolean srcIsDst = src && RouteMsg.has(msg, RouteMsg.RTA_DST) && sameAttr(msg);
                boolean mine = switch (pass) {
                    case 0 -> !gw && (!src || srcIsDst);
                    case 1 -> !gw && src && !srcIsDst;
                    default -> gw;
                };
                if (!mine) return 0;
                DumpFile.asRequest(msg);
                try {
                    if (RouteMsg.family(msg) == linnet.kernel.rtnl.Route6Msg.AF_INET6)
                        linnet.kernel.rtnl.Route6Msg.newRoute(ctx.net, msg);
                    else RouteMsg.newRoute(ctx.net, msg);
                } catch (KernelException e) {
                    Errors.rtnl(ctx, e);
                    return e.errno == linnet.kernel.core.Errno.EEXIST ? 0 : -1;
                }
                return 0;
            });
            if (rc != 0) return 2;
        }
        return 0;
    }

    /** rtattr_cmp of RTA_PREFSRC and RTA_DST: the same address. */
    private static boolean sameAttr(byte[] msg) {
        RouteInfo r = RouteMsg.info(msg);
        return r != null && r.prefsrc() == r.dst();
    }

    /** ip route showdump: print_route of every saved message, with a filter that selects nothing out. */
    private int showdump() {
        if (!DumpFile.checkMagic(ctx, DumpFile.ROUTE_MAGIC, "route")) return 1;
        Spec none = new Spec();
        none.protocol = -1;
        int rc = DumpFile.each(ctx, msg -> {
            Printer pr = new Printer(o.json, o.pretty).color(o.color);
            RouteInfo r = RouteMsg.info(msg);
            Rtnl6.Route6Info r6 = linnet.kernel.rtnl.Route6Msg.info(msg);
            if (r != null) print(pr, r, true, none);
            else if (r6 != null) print6(pr, r6, true, false);
            else return 0;
            ctx.out.print(pr.finish());
            return 0;
        });
        return rc == 0 ? 0 : 2;
    }

    private int show(Args a, boolean flush, boolean save) {
        if (o.family == 10) return show6(a, flush);
        // "cloned"/"cached" (and "cache") anywhere among the selectors lists the route cache
        if (!flush && a.rest().stream().anyMatch(IpRoute::isCloned)) return showCache(a);
        Spec s = new Spec();
        s.table = FibRoute.RT_TABLE_MAIN;
        s.protocol = -1;
        s.parse(a, true);
        int table = s.table;
        List<RouteInfo> routes;
        try {
            // without strict dump checking (ip -batch) the kernel ignores the table asked for and
            // dumps them all; the table is then picked out here
            routes = RtnlRoute.dump(ctx.net, table == FibRoute.RT_TABLE_MAIN || !o.strictDump ? 0 : table);
        } catch (KernelException e) {
            // save_route_errhndlr: the main table missing from a fresh namespace is an empty save
            if (save && table == FibRoute.RT_TABLE_MAIN) return 0;
            int rc = Errors.dump(ctx, e);
            // new_json_obj ran before the dump: the array's opening is all stdout gets.
            if (o.json && !save) ctx.out.print(o.pretty ? "[ " : "[");
            return rc;
        }
        NetDevice dev = null;
        if (s.dev != null) {
            dev = ctx.net.byName(s.dev);
            if (dev == null) throw Errors.cannotFindDevice(ctx, s.dev);
        }
        List<RouteInfo> sel = new ArrayList<>();
        for (RouteInfo r : routes) {
            if (table != 0 && r.table() != table) continue;
            if (dev != null && r.oif() != dev.ifindex()) continue;
            if (s.protocolGiven && r.protocol() != s.protocol) continue;
            if (s.typeGiven && r.type() != s.type) continue;
            if (s.scope >= 0 && r.scope() != s.scope) continue;
            if (s.gw != 0 && r.gw() != s.gw) continue;
            if (s.prefsrc != 0 && r.prefsrc() != s.prefsrc) continue;
            if (s.dstGiven && s.matchPrefix != null && s.matchPrefix >= 0 && (r.dst() != s.dst || r.dstLen() != s.dstLen)) continue;
            if (s.dstGiven && (s.matchPrefix == null || s.matchPrefix < 0) && s.dstLen != 0 && (r.dst() != s.dst || r.dstLen() != 32)) continue;
            if (s.rootOf != null) {
                int[] p = IpAddr.prefix(ctx, s.rootOf);
                int len = p[1] < 0 ? 32 : p[1];
                if (r.dstLen() < len || !inPrefix(r.dst(), p[0], len)) continue;
            }
            if (s.matchOf != null) {
                int[] p = IpAddr.prefix(ctx, s.matchOf);
                int len = p[1] < 0 ? 32 : p[1];
                if (r.dstLen() > len || !inPrefix(p[0], r.dst(), r.dstLen())) continue;
            }
            sel.add(r);
        }
        if (flush) {
            RtnlRoute.flush(ctx.net, sel);
            return 0;
        }
        if (save) {
            int seq = DumpFile.dumpSeq(ctx), pid = DumpFile.portId(ctx);
            for (RouteInfo r : sel) DumpFile.write(ctx, RouteMsg.fill(r, seq, pid));
            // "table all" leaves the family unspecified: the kernel's dump goes on with IPv6
            if (o.family == 0 && table == 0 && !s.dstGiven && s.gw == 0 && s.prefsrc == 0 && s.rootOf == null
                    && s.matchOf == null) {
                for (Rtnl6.Route6Info r : Rtnl6.routes(ctx.net, 0)) {
                    if (dev != null && r.oif() != dev.ifindex()) continue;
                    if (s.typeGiven && r.type() != s.type) continue;
                    if (s.protocolGiven && r.protocol() != s.protocol) continue;
                    DumpFile.write(ctx, linnet.kernel.rtnl.Route6Msg.fill(r, seq, pid));
                }
            }
            ctx.out.flush();
            return 0;
        }
        Printer pr = new Printer(o.json, o.pretty).color(o.color);
        for (RouteInfo r : sel) print(pr, r, table == 0, s);
        // iproute2 leaves the family unspecified when a dump names no table of its own ("table
        // all"/0) and no selector implies IPv4: the kernel then dumps every family, IPv6 after IPv4.
        if (o.family == 0 && table == 0 && !s.dstGiven && s.gw == 0 && s.prefsrc == 0 && s.rootOf == null
                && s.matchOf == null) {
            for (Rtnl6.Route6Info r : Rtnl6.routes(ctx.net, 0)) {
                if (dev != null && r.oif() != dev.ifindex()) continue;
                if (s.typeGiven && r.type() != s.type) continue;
                if (s.protocolGiven && r.protocol() != s.protocol) continue;
                print6(pr, r, true, dev != null, s.protocolGiven);
            }
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    /**
     * `ip route show cache [SELECTORS]`: iproute_list_flush_or_save with filter.cloned, so the usual
     * selectors apply to the dumped exceptions (each a /32): a bare, `to` or `exact` PREFIX must be
     * that very /32, `root` PREFIX covers it, `match` PREFIX is covered by it (so only a /32 does);
     * `dev` and `via` select and are then not printed; `table` picks the tables dumped (main by default).
     */
    private int showCache(Args a) {
        List<String> rest = new ArrayList<>();
        while (a.has()) {
            String w = a.next();
            if (!isCloned(w)) rest.add(w);
        }
        Spec s = new Spec();
        s.table = FibRoute.RT_TABLE_MAIN;
        s.protocol = -1;
        s.parse(new Args(rest), true);
        NetDevice dev = null;
        if (s.dev != null) {
            dev = ctx.net.byName(s.dev);
            if (dev == null) throw Errors.cannotFindDevice(ctx, s.dev);
        }
        Printer pr = new Printer(o.json, o.pretty).color(o.color);
        for (RtnlRoute.Decision d : RtnlRoute.dumpCache(ctx.net, s.table)) {
            if (s.dstGiven && (s.dstLen != 32 || d.dst() != s.dst)) continue;
            if (s.rootOf != null) {
                int[] p = IpAddr.prefix(ctx, s.rootOf);
                if (!inPrefix(d.dst(), p[0], p[1] < 0 ? 32 : p[1])) continue;
            }
            if (s.matchOf != null) {
                int[] p = IpAddr.prefix(ctx, s.matchOf);
                if ((p[1] >= 0 && p[1] != 32) || p[0] != d.dst()) continue;
            }
            if (dev != null && d.oif() != dev.ifindex()) continue;
            if (s.gw != 0 && d.gw() != s.gw) continue;
            printCloned(pr, d, null, false, s.gw != 0, dev != null);
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    private static boolean isCloned(String w) {
        return w.length() >= 4 && ("cloned".startsWith(w) || "cached".startsWith(w));
    }

    private static boolean inPrefix(int a, int p, int len) {
        int mask = len == 0 ? 0 : (int) (0xffffffffL << (32 - len));
        return ((a ^ p) & mask) == 0;
    }

    /** print_route. */
    private void print(Printer p, RouteInfo r, boolean showTable, Spec filter) {
        p.openObject(null);
        // A field the listing was filtered on exactly is not repeated on every line (filter.*mask == -1,
        // a host-length via/src); the type filter is a bit mask and the type is still printed.
        boolean det = o.details > 0;
        if (r.type() != FibRoute.RTN_UNICAST || det) p.string("type", "%s ", o.names.rtnTypeName(r.type()));
        // print_route: the destination and gateway in the family's color, the device in the ifname's.
        p.colored("dst", "%s ", r.dstLen() == 0 ? "default"
                : Fmt.ip(r.dst()) + (r.dstLen() == 32 ? "" : "/" + r.dstLen()), Printer.COLOR_INET);
        // a listing that selected a tos (filter.tosmask) does not repeat it
        if (r.tos() != 0 && filter.tos == 0) p.string("tos", "tos %s ", o.names.dsfieldName(r.tos()));
        if (r.gw() != 0 && filter.gw == 0) p.text("via ").colored("gateway", "%s ", Fmt.ip(r.gw()), Printer.COLOR_INET);
        if (r.oif() != 0 && filter.dev == null) {
            NetDevice d = ctx.net.byIndex(r.oif());
            p.text("dev ").colored("dev", "%s ", d == null ? "if" + r.oif() : d.name(), Printer.COLOR_IFNAME);
        }
        // print_route: the main table is named too with -d (unless the listing chose a table).
        if (showTable && (r.table() != FibRoute.RT_TABLE_MAIN || det)) p.string("table", "table %s ", tableName(r.table()));
        if ((r.protocol() != FibRoute.RTPROT_BOOT || det) && !filter.protocolGiven) p.string("protocol", "proto %s ", protoName(r.protocol()));
        if ((r.scope() != 0 || det) && filter.scope < 0) p.string("scope", "scope %s ", IpAddr_scope(r.scope()));
        if (r.prefsrc() != 0 && filter.prefsrc == 0) p.text("src ").colored("prefsrc", "%s ", Fmt.ip(r.prefsrc()), Printer.COLOR_INET);
        if (r.priority() != 0) p.number("metric", "metric %s ", Integer.toUnsignedLong(r.priority()));
        p.openArray("flags");
        if ((r.nhFlags() & FibRoute.RTNH_F_DEAD) != 0) p.text("dead ").jsonItem("dead");
        if ((r.nhFlags() & FibRoute.RTNH_F_ONLINK) != 0) p.text("onlink ").jsonItem("onlink");
        if ((r.nhFlags() & FibRoute.RTNH_F_LINKDOWN) != 0) p.text("linkdown ").jsonItem("linkdown");
        p.closeArray();
        if (r.mtu() != 0 || hasMetrics(r.metrics(), r.metricLocks()))
            printMetrics(p, r.mtu(), r.mtuLock(), r.metrics(), r.metricLocks());
        p.text("\n").closeObject();
    }

    static final String[] MX_NAMES = {null, "lock", "mtu", "window", "rtt", "rttvar", "ssthresh", "cwnd", "advmss",
        "reordering", "hoplimit", "initcwnd", "features", "rto_min", "initrwnd", "quickack", "congctl", "fastopen_no_cookie"};

    private static boolean hasMetrics(int[] m, int locks) {
        if (locks != 0) return true;
        for (int i = 3; i < m.length; i++) if (m[i] != 0) return true;
        return false;
    }

    /**
     * print_rta_metrics: RTAX_MTU.. in index order, each "NAME [lock ]VALUE "; the kernel dumps only non-zero
     * metrics, rtt/rttvar/rto_min are times (rtt in 1/8 ms, rttvar in 1/4 ms), 1000 ms or more in seconds.
     */
    static String metricsText(int mtu, boolean mtuLock, int[] m, int locks) {
        StringBuilder sb = new StringBuilder();
        int allLocks = locks | (mtuLock ? 1 << FibRoute.RTAX_MTU : 0);
        for (int i = FibRoute.RTAX_MTU; i <= FibRoute.RTAX_MAX; i++) {
            long val = Integer.toUnsignedLong(i == FibRoute.RTAX_MTU ? mtu : m[i]);
            if (val == 0 && (allLocks & (1 << i)) == 0) continue;
            sb.append(MX_NAMES[i]).append(' ');
            if ((allLocks & (1 << i)) != 0) sb.append("lock ");
            if (i == FibRoute.RTAX_RTT || i == FibRoute.RTAX_RTTVAR || i == FibRoute.RTAX_RTO_MIN) {
                if (i == FibRoute.RTAX_RTT) val /= 8;
                else if (i == FibRoute.RTAX_RTTVAR) val /= 4;
                if (val >= 1000) sb.append(g(val / 1e3)).append("s ");
                else sb.append(val).append("ms ");
            } else {
                sb.append(val).append(' ');
            }
        }
        return sb.toString();
    }

    /** C's "%g". */
    static String g(double v) {
        if (v == 0) return "0";
        java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(6));
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String mant = b.movePointLeft(exp).stripTrailingZeros().toPlainString();
            return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        return b.stripTrailingZeros().toPlainString();
    }

    /** get_unsigned: strtoul(base 0) of the whole word, at most UINT_MAX. */
    static Long unsigned(String v) {
        try {
            String s = v;
            int radix = 10;
            if (s.startsWith("0x") || s.startsWith("0X")) { s = s.substring(2); radix = 16; }
            else if (s.length() > 1 && s.startsWith("0")) { s = s.substring(1); radix = 8; }
            if (s.isEmpty() || s.startsWith("-") || s.startsWith("+")) return null;
            long r = Long.parseLong(s, radix);
            return r > 0xffffffffL ? null : r;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** get_time_rtt: {value in ms rounded up, raw (1 = no unit given)}; null when invalid. */
    static long[] timeRtt(String arg) {
        int i = 0;
        while (i < arg.length() && (Character.isDigit(arg.charAt(i)) || arg.charAt(i) == '.')) i++;
        String num = arg.substring(0, i), unit = arg.substring(i);
        if (num.isEmpty()) return null;
        double t;
        if (num.contains(".")) {
            try {
                t = Double.parseDouble(num);
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            Long u = unsigned(num);
            if (u == null) return null;
            t = u;
        }
        long raw = 1;
        if (!unit.isEmpty()) {
            raw = 0;
            String lu = unit.toLowerCase(java.util.Locale.ROOT);
            if (lu.equals("s") || lu.equals("sec") || lu.equals("secs")) t *= 1000;
            else if (!(lu.equals("ms") || lu.equals("msec") || lu.equals("msecs"))) return null;
        }
        long val = (long) t;
        if (val < t) val++;
        return new long[] {val, raw};
    }

    private String IpAddr_scope(int s) { return o.names.scope(s); }

    /** The type word {@link #destinationWord} consumed, or -1. */
    private int typeWord = -1;

    /**
     * iproute_modify's last branch: [to] [TYPE] PREFIX. A word not starting with a digit that names
     * a route type sets the type, and the prefix must follow (else the command is incomplete).
     */
    private String destinationWord(String k, Args a) {
        typeWord = -1;
        String w = k.equals("to") ? a.value(ctx) : k;
        if (!w.isEmpty() && (w.charAt(0) < '0' || w.charAt(0) > '9')) {
            Integer t = RtNames.rtnType(w);
            if (t != null) {
                typeWord = t;
                w = a.value(ctx);
            }
        }
        return w;
    }

    /** An AF_INET6 request: `-6`, or (iproute2 guessing the family) a prefix or gateway with a colon. */
    private boolean inet6(List<String> argv) {
        if (o.family == 10) return true;
        if (o.family != 0) return false;
        for (int i = 1; i < argv.size(); i++) {
            String k = argv.get(i);
            if (k.equals("dev") || k.equals("oif") || k.equals("table")) {
                i++;
                continue;
            }
            if (k.indexOf(':') >= 0) return true;
        }
        return false;
    }

    /** A parsed `ip -6 route add|del` line. */
    private final class Spec6 {
        byte[] dst;
        int dstLen;
        byte[] gw;
        String dev;
        Integer metric, protocol;
        int table = -1;
        int type = FibRoute.RTN_UNICAST;

        void parse(Args a) {
            while (a.has()) {
                String k = a.next();
                switch (k) {
                    case "via" -> {
                        String v = a.value(ctx);
                        if (v.equals("inet6")) v = a.value(ctx);
                        try {
                            gw = Inet6.parse(v);
                        } catch (IllegalArgumentException e) {
                            throw Errors.badAddress(ctx, v);
                        }
                    }
                    case "dev", "oif" -> dev = a.value(ctx);
                    case "table" -> table = tableId(ctx, a.value(ctx));
                    default -> {
                        if (Args.matches(k, "metric") || Args.matches(k, "priority") || k.equals("preference")) {
                            String v = a.value(ctx);
                            try {
                                metric = Integer.parseUnsignedInt(v);
                            } catch (NumberFormatException e) {
                                throw Errors.invarg(ctx, "\"metric\" value is invalid\n", v);
                            }
                        } else if (Args.matches(k, "protocol")) {
                            protocol = protoId(ctx, a.value(ctx));
                        } else {
                            String w = destinationWord(k, a);
                            if (typeWord >= 0) type = typeWord;
                            if (dst != null) throw Errors.duparg2(ctx, "to", w);
                            dst(w);
                        }
                    }
                }
            }
        }

        /** iproute_modify without `table`: local, broadcast, nat and anycast routes go to table local. */
        int tableOrDefault() {
            if (table >= 0) return table;
            return type == FibRoute.RTN_LOCAL || type == FibRoute.RTN_BROADCAST || type == FibRoute.RTN_NAT
                    || type == FibRoute.RTN_ANYCAST ? Rtnl6.RT_TABLE_LOCAL : Rtnl6.RT_TABLE_MAIN;
        }

        void dst(String s) {
            if (s.equals("default") || s.equals("all") || s.equals("any")) {
                dst = Inet6.ANY.clone();
                dstLen = 0;
                return;
            }
            int[] l = new int[1];
            dst = IpAddr.prefix6(ctx, s, l, o.family);
            dstLen = l[0] < 0 ? 128 : l[0];
        }
    }

    /** `ip -6 route add|replace|change|append` (RTM_NEWROUTE, ip6_route_add). */
    private int modify6(Args a, boolean excl, boolean replace, boolean create) {
        Spec6 s = new Spec6();
        s.parse(a);
        if (s.dst == null) throw Errors.incomplete(ctx);
        if (s.dev != null && ctx.net.byName(s.dev) == null) throw Errors.cannotFindDevice(ctx, s.dev);
        try {
            Rtnl6.addRoute(ctx.net, s.tableOrDefault(), s.type, s.dst, s.dstLen, s.gw, s.dev, s.metric,
                    s.protocol == null ? FibRoute.RTPROT_BOOT : s.protocol, excl, replace, create);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** `ip -6 route del` (RTM_DELROUTE, ip6_route_del). */
    private int delete6(Args a) {
        Spec6 s = new Spec6();
        s.parse(a);
        if (s.dst == null) throw Errors.incomplete(ctx);
        if (s.dev != null && ctx.net.byName(s.dev) == null) throw Errors.cannotFindDevice(ctx, s.dev);
        try {
            Rtnl6.delRoute(ctx.net, s.tableOrDefault(), s.dst, s.dstLen, s.gw, s.dev, s.metric, s.protocol);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        return 0;
    }

    /** `ip -6 route [show] [table T] [dev D] [proto P] [type T] [via GW] [PREFIX]`. */
    private int show6(Args a, boolean flush) { return show6(a, flush, false); }

    private int show6(Args a, boolean flush, boolean save) {
        int table = Rtnl6.RT_TABLE_MAIN;
        boolean tableGiven = false;
        String dev = null;
        // filter.rdst (routes within it) and filter.mdst (routes containing it); a plain prefix sets both
        byte[] rdst = null, mdst = null;
        int rlen = 0, mlen = 0;
        boolean cloned = false;
        int proto = -1, type = -1;
        byte[] via = null;
        while (a.has()) {
            String k = a.next();
            switch (k) {
                case "table" -> {
                    table = tableFilterId(ctx, a.value(ctx));
                    tableGiven = true;
                }
                case "dev", "oif" -> dev = a.value(ctx);
                // iproute_list_flush_or_save's selectors: an exact protocol, a type, a gateway
                case "proto", "protocol" -> proto = protoFilterId(ctx, a.value(ctx));
                case "type" -> {
                    String v = a.value(ctx);
                    if (typeId(v) < 0) throw Errors.invarg(ctx, "node type value is invalid\n", v);
                    type = typeId(v);
                }
                case "via" -> {
                    String v = a.value(ctx);
                    if (v.equals("inet6")) v = a.value(ctx);
                    via = IpAddr.prefix6(ctx, v, new int[1]);
                }
                default -> {
                    if (isCloned(k)) {
                        cloned = true;
                        continue;
                    }
                    // iproute_list_flush_or_save: [to] (root P | match P | [exact] P)
                    String w = Args.matches(k, "to") ? a.value(ctx) : k;
                    int which = 0; // 0 exact, 1 root, 2 match
                    if (Args.matches(w, "root")) {
                        which = 1;
                        w = a.value(ctx);
                    } else if (Args.matches(w, "match")) {
                        which = 2;
                        w = a.value(ctx);
                    } else if (Args.matches(w, "exact")) {
                        w = a.value(ctx);
                    }
                    byte[] pa;
                    int[] l = new int[1];
                    if (w.equals("default")) {
                        pa = Inet6.ANY.clone();
                        l[0] = 0;
                    } else if (w.equals("all") || w.equals("any")) {
                        continue;
                    } else {
                        pa = IpAddr.prefix6(ctx, w, l, o.family);
                        if (l[0] < 0) l[0] = 128;
                    }
                    if (which != 2) {
                        rdst = pa;
                        rlen = l[0];
                    }
                    if (which != 1) {
                        mdst = pa;
                        mlen = l[0];
                    }
                }
            }
        }
        NetDevice d = null;
        if (dev != null) {
            d = ctx.net.byName(dev);
            if (d == null) throw Errors.cannotFindDevice(ctx, dev);
        }
        Printer pr = new Printer(o.json, o.pretty).color(o.color);
        for (Rtnl6.Route6Info r : Rtnl6.routes(ctx.net, table)) {
            if (d != null && r.oif() != d.ifindex()) continue;
            if (proto >= 0 && r.protocol() != proto) continue;
            if (type >= 0 && r.type() != type) continue;
            if (via != null && (r.gateway() == null || !Inet6.equals(r.gateway(), via))) continue;
            // filter_nlmsg: at least as long as rdst and inside it; at most as long as mdst and covering it
            if (rdst != null && (r.dstLen() < rlen || !Inet6.inPrefix(r.dst(), rdst, rlen))) continue;
            if (mdst != null && (r.dstLen() > mlen || !Inet6.inPrefix(mdst, r.dst(), r.dstLen()))) continue;
            // the exceptions (RTF_CACHE clones) of IPv6 are not emulated: a cache listing is empty
            if (cloned) continue;
            if (flush) {
                // iproute_flush: an RTM_DELROUTE for every route the filter lets through.
                NetDevice nd = ctx.net.byIndex(r.oif());
                try {
                    Rtnl6.delRoute(ctx.net, r.table(), r.dst(), r.dstLen(), r.gateway(), nd == null ? null : nd.name(),
                            r.metric(), r.protocol());
                } catch (KernelException e) {
                    // gone already
                }
                continue;
            }
            if (save) {
                DumpFile.write(ctx, linnet.kernel.rtnl.Route6Msg.fill(r, DumpFile.dumpSeq(ctx), DumpFile.portId(ctx)));
                continue;
            }
            print6(pr, r, table == 0, d != null, proto >= 0, via != null);
        }
        if (save) {
            ctx.out.flush();
            return 0;
        }
        ctx.out.print(pr.finish());
        return 0;
    }

    /** print_route for AF_INET6. */
    private void print6(Printer p, Rtnl6.Route6Info r, boolean showTable, boolean devFiltered) {
        print6(p, r, showTable, devFiltered, false, false);
    }

    private void print6(Printer p, Rtnl6.Route6Info r, boolean showTable, boolean devFiltered, boolean protoFiltered) {
        print6(p, r, showTable, devFiltered, protoFiltered, false);
    }

    /**
     * @param protoFiltered the listing selected one protocol exactly, so it is not repeated per line
     * @param viaFiltered likewise for the gateway
     */
    private void print6(Printer p, Rtnl6.Route6Info r, boolean showTable, boolean devFiltered, boolean protoFiltered,
                        boolean viaFiltered) {
        p.openObject(null);
        boolean det = o.details > 0;
        if (r.type() != Rtnl6.RTN_UNICAST || det) p.string("type", "%s ", o.names.rtnTypeName(r.type()));
        p.colored("dst", "%s ", r.dstLen() == 0 ? "default"
                : Inet6.format(r.dst()) + (r.dstLen() == 128 ? "" : "/" + r.dstLen()), Printer.COLOR_INET6);
        if (r.gateway() != null && !viaFiltered) p.text("via ").colored("gateway", "%s ", Inet6.format(r.gateway()), Printer.COLOR_INET6);
        if (r.oif() != 0 && !devFiltered) {
            NetDevice nd = ctx.net.byIndex(r.oif());
            p.text("dev ").colored("dev", "%s ", nd == null ? "if" + r.oif() : nd.name(), Printer.COLOR_IFNAME);
        }
        if (showTable && (r.table() != Rtnl6.RT_TABLE_MAIN || det)) p.string("table", "table %s ", tableName(r.table()));
        if ((r.protocol() != FibRoute.RTPROT_BOOT || det) && !protoFiltered) p.string("protocol", "proto %s ", protoName(r.protocol()));
        // IPv6 routes are all RT_SCOPE_UNIVERSE; -d prints the scope as for IPv4
        if (det) p.string("scope", "scope %s ", "global");
        p.number("metric", "metric %s ", Integer.toUnsignedLong(r.metric()));
        p.openArray("flags");
        if (r.linkdown()) p.text("linkdown ").jsonItem("linkdown");
        p.closeArray();
        if (r.expires() >= 0) p.number("expires", "expires %ssec ", r.expires());
        p.string("pref", "pref %s", pref(r.pref()));
        p.text("\n").closeObject();
    }

    static String pref(int v) {
        return switch (v) {
            case 0 -> "medium";
            case 1 -> "high";
            case 3 -> "low";
            default -> Integer.toString(v);
        };
    }

    /**
     * `ip -6 route get`: an output lookup (from the given source, out of the given device), or with
     * `iif` an input lookup; printed by print_route: RTA_SRC always (:: without a source), the
     * preferred source only for output, the input device before the preference.
     */
    private int get6(String to, String from, String iif, String oif) {
        int[] dl = new int[1];
        byte[] dst = IpAddr.prefix6(ctx, to, dl, o.family);
        if (dl[0] >= 0 && dl[0] != 128) ctx.err.println("Warning: /" + dl[0] + " as prefix is invalid, only /128 (or none) is supported.");
        byte[] src = from == null ? Inet6.ANY.clone() : IpAddr.prefix6(ctx, from, new int[1], o.family);
        if (iif != null && ctx.net.byName(iif) == null) throw Errors.cannotFindDevice(ctx, iif);
        if (oif != null && ctx.net.byName(oif) == null) throw Errors.cannotFindDevice(ctx, oif);
        Rtnl6.Route6Get g;
        try {
            g = iif != null ? Rtnl6.getInput(ctx.net, Inet6.mask(dst, 128), src, iif) : Rtnl6.get(ctx.net, dst, oif);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        Rtnl6.Route6Info r = g.route();
        boolean det = o.details > 0;
        Printer p = new Printer(o.json, o.pretty);
        p.openObject(null);
        if (r.type() != Rtnl6.RTN_UNICAST || det) p.string("type", "%s ", o.names.rtnTypeName(r.type()));
        p.string("dst", "%s ", Inet6.format(g.dst()));
        p.string("from", "from %s ", Inet6.format(src));
        if (r.gateway() != null) p.string("gateway", "via %s ", Inet6.format(r.gateway()));
        NetDevice od = ctx.net.byIndex(g.oif());
        p.string("dev", "dev %s ", od == null ? "if" + g.oif() : od.name());
        if (r.table() != Rtnl6.RT_TABLE_MAIN || det) p.string("table", "table %s ", tableName(r.table()));
        if (r.protocol() != FibRoute.RTPROT_BOOT || det) p.string("protocol", "proto %s ", protoName(r.protocol()));
        if (det) p.string("scope", "scope %s ", "global");
        if (g.src() != null) p.string("prefsrc", "src %s ", Inet6.format(g.src()));
        p.number("metric", "metric %s ", Integer.toUnsignedLong(r.metric()));
        p.openArray("flags");
        if (r.linkdown()) p.text("linkdown ").jsonItem("linkdown");
        p.closeArray();
        if (iif != null) p.string("iif", "iif %s ", iif);
        p.string("pref", "pref %s", pref(r.pref()));
        p.text("\n").closeObject();
        ctx.out.print(p.finish());
        return 0;
    }

    private int get(Args a) {
        String to = null, from = null, iif = null, oif = null;
        boolean fibmatch = false, connected = false;
        int mark = 0, tos = 0, ipproto = 0, sport = 0, dport = 0;
        Long uid = null;
        while (a.has()) {
            String k = a.next();
            if (k.equals("tos") || Args.matches(k, "dsfield")) {
                String v = a.value(ctx);
                Integer t = o.names.dsfield(v);
                if (t == null) throw Errors.invarg(ctx, "TOS value is invalid\n", v);
                tos = t;
            } else if (Args.matches(k, "from")) {
                from = a.value(ctx);
            } else if (Args.matches(k, "iif")) {
                iif = a.value(ctx);
            } else if (Args.matches(k, "mark")) {
                String v = a.value(ctx);
                Long m = unsigned(v);
                if (m == null) throw Errors.invarg(ctx, "invalid mark value", v);
                mark = m.intValue();
            } else if (Args.matches(k, "oif") || k.equals("dev")) {
                oif = a.value(ctx);
            } else if (Args.matches(k, "uid")) {
                String v = a.value(ctx);
                uid = unsigned(v);
                if (uid == null) throw Errors.invarg(ctx, "invalid UID\n", v);
            } else if (Args.matches(k, "sport") || Args.matches(k, "dport")) {
                String v = a.value(ctx);
                Long p = unsigned(v);
                if (p == null || p > 0xffff) throw Errors.invarg(ctx, Args.matches(k, "sport") ? "invalid sport\n" : "invalid dport\n", v);
                if (Args.matches(k, "sport")) sport = p.intValue();
                else dport = p.intValue();
            } else if (Args.matches(k, "ipproto")) {
                String v = a.value(ctx);
                Integer p = RtNames.ipProto(v);
                if (p == null) throw Errors.invarg(ctx, "Invalid \"ipproto\" value\n", v);
                ipproto = p;
            } else if (Args.matches(k, "fibmatch")) {
                fibmatch = true;
            } else if (Args.matches(k, "connected")) {
                connected = true;
            } else if (Args.matches(k, "notify")) {
                // accepted, not modelled
            } else if (k.equals("to")) {
                to = a.value(ctx);
            } else {
                to = k;
            }
        }
        if (to == null) {
            ctx.err.println("need at least a destination address");
            return 1;
        }
        if (o.family == 10 || to.indexOf(':') >= 0) return get6(to, from, iif, oif);
        int[] dp = IpAddr.prefix(ctx, to);
        int dst = dp[0];
        // iproute_get: a destination prefix is only a host; anything else is warned about and sent as /32
        if (dp[1] >= 0 && dp[1] != 32) ctx.err.println("Warning: /" + dp[1] + " as prefix is invalid, only /32 (or none) is supported.");
        int[] sp = from == null ? null : IpAddr.prefix(ctx, from);
        int src = sp == null ? 0 : sp[0];
        // the source prefix length goes into rtm_src_len, which inet_rtm_valid_getroute_req wants 0 or 32
        if (sp != null && sp[1] >= 0 && sp[1] != 32)
            return Errors.rtnl(ctx, new KernelException(linnet.kernel.core.Errno.EINVAL, "ipv4: Invalid values in header for route get request"));
        if (iif != null && ctx.net.byName(iif) == null) throw Errors.cannotFindDevice(ctx, iif);
        if (oif != null && ctx.net.byName(oif) == null) throw Errors.cannotFindDevice(ctx, oif);
        RtnlRoute.GetRequest req = new RtnlRoute.GetRequest(dst, src, iif, oif, mark, uid, tos, ipproto, sport, dport);
        if (fibmatch) {
            RouteInfo ri;
            try {
                ri = RtnlRoute.getFibMatch(ctx.net, req);
            } catch (KernelException e) {
                return Errors.rtnl(ctx, e);
            }
            Printer pr = new Printer(o.json, o.pretty).color(o.color);
            print(pr, ri, true, new Spec());
            ctx.out.print(pr.finish());
            return 0;
        }
        int rc = printGet(req, iif, false);
        // `connected` without `from`: ask again from the source the first answer chose, and print
        // that answer too (iproute2 turns RTA_PREFSRC into the request's source).
        if (rc != 0 || !connected || from != null) return rc;
        return printGet(new RtnlRoute.GetRequest(dst, lastGetSrc, iif, oif, mark, uid, tos, ipproto, sport, dport), iif, true);
    }

    private int lastGetSrc;

    private int printGet(RtnlRoute.GetRequest req, String iif, boolean hideReqSrc) {
        RtnlRoute.Decision d;
        try {
            d = RtnlRoute.get(ctx.net, req);
        } catch (KernelException e) {
            return Errors.rtnl(ctx, e);
        }
        lastGetSrc = d.src();
        if (hideReqSrc) d = new RtnlRoute.Decision(d.type(), d.dst(), d.src(), d.gw(), d.oif(), d.iif(), d.table(), d.mtu(),
                d.expires(), 0, d.metricMtu(), d.metricMtuLock(), d.metrics(), d.metricLocks(), d.mark(), d.uid(), d.cacheFlags());
        // iproute_get with `connected`: the second answer comes after the JSON document was
        // closed, so iproute2 prints it as text.
        Printer pr = new Printer(o.json && !hideReqSrc, o.pretty);
        printCloned(pr, d, iif, true, false, false);
        ctx.out.print(pr.finish());
        return 0;
    }

    /**
     * print_route for a cloned route (RTM_F_CLONED: a route get answer, or a cached exception):
     * the route part, then the `cache` line with its flags, the cacheinfo expiry, the metrics
     * (output routes) and the input device. {@code get}: the answer to a request (source, uid).
     */
    private void printCloned(Printer p, RtnlRoute.Decision d, String iif, boolean get, boolean gwFiltered,
                             boolean devFiltered) {
        boolean det = o.details > 0;
        p.openObject(null);
        if (d.type() != FibRoute.RTN_UNICAST || det) p.string("type", "%s ", o.names.rtnTypeName(d.type()));
        p.string("dst", "%s ", Fmt.ip(d.dst()));
        // RTA_SRC: the source the request named (always shown for an input lookup with a source).
        if (get && iif != null && d.src() != 0) p.string("from", "from %s ", Fmt.ip(d.src()));
        else if (get && iif == null && d.reqSrc() != 0) p.string("from", "from %s ", Fmt.ip(d.reqSrc()));
        if (d.gw() != 0 && !gwFiltered) p.string("gateway", "via %s ", Fmt.ip(d.gw()));
        if (!devFiltered) {
            NetDevice od = ctx.net.byIndex(d.oif());
            p.string("dev", "dev %s ", od == null ? "if" + d.oif() : od.name());
        }
        // RTA_TABLE: main is shown only with -d
        if (d.table() != 0 && (d.table() != FibRoute.RT_TABLE_MAIN || det))
            p.string("table", "table %s ", o.names.table(d.table()));
        // rt_fill_info puts RTA_PREFSRC only when the chosen source differs from the requested one.
        if (get && iif == null && d.src() != d.reqSrc()) p.string("prefsrc", "src %s ", Fmt.ip(d.src()));
        p.openArray("flags");
        // RTCF_MULTICAST shares its bit with RTM_F_OFFLOAD_FAILED in rtm_flags, which iproute2 names.
        if ((d.cacheFlags() & RtnlRoute.RTCF_MULTICAST) != 0) p.text("rt_offload_failed ").jsonItem("rt_offload_failed");
        p.closeArray();
        // print_route: marks below 16 in decimal, others in hex
        if (d.mark() != 0) p.raw("mark", "mark %s ", Integer.compareUnsigned(d.mark(), 16) < 0 ? Integer.toString(d.mark())
                : "0x" + Integer.toHexString(d.mark()), Long.toString(Integer.toUnsignedLong(d.mark())));
        // An output lookup is made for a socket: the kernel reports its uid (RTA_UID).
        if (get && iif == null) p.number("uid", "uid %s ", d.uid());
        p.text("\n    ");
        cacheLine(p, d, iif, iif == null);
        p.text("\n").closeObject();
    }

    /**
     * The second line of a cloned route as iproute2 prints it: `cache`, the flags in angle
     * brackets, the cacheinfo expiry, the metrics (output routes), then the input device.
     */
    static void cacheLine(Printer p, RtnlRoute.Decision d, String iif, boolean metrics) {
        p.text("cache ");
        p.openArray("cache");
        int flags = d.cacheFlags() & ~0xffff;
        if (flags != 0) {
            p.text("<");
            String sep = "";
            for (int i = 0; i < CACHE_FLAG_BITS.length; i++) {
                if ((flags & CACHE_FLAG_BITS[i]) == 0) continue;
                flags &= ~CACHE_FLAG_BITS[i];
                p.text(sep + CACHE_FLAG_NAMES[i]).jsonItem(CACHE_FLAG_NAMES[i]);
                sep = ",";
            }
            if (flags != 0) p.text(sep + Integer.toHexString(flags)).jsonItem(Integer.toHexString(flags));
            p.text("> ");
        }
        p.closeArray();
        if (d.expires() != 0) p.number("expires", "expires %ssec ", d.expires() / 100);
        if (metrics) printMetrics(p, d.mtu() != 0 ? d.mtu() : d.metricMtu(), d.metricMtuLock(), d.metrics(), d.metricLocks());
        if (iif != null) p.string("iif", "iif %s ", iif);
    }

    /** print_rta_metrics: text as {@link #metricsText}, JSON an array holding one object of the values. */
    private static void printMetrics(Printer p, int mtu, boolean mtuLock, int[] m, int locks) {
        String all = metricsText(mtu, mtuLock, m, locks);
        if (all.isEmpty()) return;
        if (!p.json()) {
            p.text(all);
            return;
        }
        p.openArray("metrics").openObject(null);
        for (int i = FibRoute.RTAX_MTU; i <= FibRoute.RTAX_MAX; i++) {
            long val = Integer.toUnsignedLong(i == FibRoute.RTAX_MTU ? mtu : m[i]);
            if (val == 0) continue;
            // times in milliseconds (rtt kept in 1/8 ms, rttvar in 1/4 ms); a lock is not in the JSON
            if (i == FibRoute.RTAX_RTT) val /= 8;
            else if (i == FibRoute.RTAX_RTTVAR) val /= 4;
            p.number(MX_NAMES[i], null, val);
        }
        p.closeObject().closeArray();
    }

    /** print_cache_flags' order and names of the RTCF_* bits. */
    private static final int[] CACHE_FLAG_BITS = {RtnlRoute.RTCF_LOCAL, 0x40000000, 0x20000000, RtnlRoute.RTCF_BROADCAST,
            0x08000000, 0x00800000, 0x00400000, 0x00020000, 0x04000000, RtnlRoute.RTCF_REDIRECTED, RtnlRoute.RTCF_DOREDIRECT,
            0x00200000, 0x00010000, 0x00080000};
    private static final String[] CACHE_FLAG_NAMES = {"local", "reject", "mc", "brd", "dst-nat", "src-nat", "masq",
            "dst-direct", "src-direct", "redirected", "redirect", "fastroute", "notify", "tproxy"};

}
