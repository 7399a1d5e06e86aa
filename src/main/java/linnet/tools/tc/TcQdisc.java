package linnet.tools.tc;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.Qdisc;
import linnet.kernel.rtnl.QdiscInfo;
import linnet.kernel.rtnl.RtnlQdisc;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;

/** tc/tc_qdisc.c: `tc qdisc add|change|replace|delete|show`. */
final class TcQdisc {
    private static final String USAGE = """
            Usage: tc qdisc [ add | del | replace | change | show ] dev STRING
                   [ handle QHANDLE ] [ root | ingress | clsact | parent CLASSID ]
                   [ estimator INTERVAL TIME_CONSTANT ]
                   [ stab [ help | STAB_OPTIONS] ]
                   [ ingress_block BLOCK_INDEX ] [ egress_block BLOCK_INDEX ]
                   [ [ QDISC_KIND ] [ help | OPTIONS ] ]

                   tc qdisc { show | list } [ dev STRING ] [ QDISC_ID ] [ invisible ]
            Where:
            QDISC_KIND := { [p|b]fifo | tbf | prio | cbq | red | etc. }
            OPTIONS := ... try tc qdisc add <desired QDISC_KIND> help
            STAB_OPTIONS := ... try tc qdisc add stab help
            QDISC_ID := { root | ingress | handle QHANDLE | parent CLASSID }
            """;

    private final Ctx ctx;
    private final Tc.Opts o;

    TcQdisc(Ctx ctx, Tc.Opts o) {
        this.ctx = ctx;
        this.o = o;
    }

    int run(List<String> a) {
        if (a.isEmpty()) return list(a);
        String c = a.get(0);
        List<String> r = a.subList(1, a.size());
        if (Args.matches(c, "add")) return modify(false, true, false, true, r);
        if (Args.matches(c, "change")) return modify(false, false, false, false, r);
        if (Args.matches(c, "replace")) return modify(false, true, true, false, r);
        if (Args.matches(c, "link")) return modify(false, false, true, false, r);
        if (Args.matches(c, "delete")) return modify(true, false, false, false, r);
        if (Args.matches(c, "list") || Args.matches(c, "show") || Args.matches(c, "lst")) return list(r);
        if (Args.matches(c, "help")) {
            ctx.err.print(USAGE);
            return 0;
        }
        ctx.err.println("Command \"" + c + "\" is unknown, try \"tc qdisc help\".");
        return 255;
    }

    /** get_qdisc_handle: a major number in hex, optionally followed by ':' (what follows is ignored); -1 if bad. */
    static long qdiscHandle(String s) {
        if (s.equals("none")) return 0;
        int i = 0;
        while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) i++;
        if (i == 0) return -1;
        long maj = parseHexPrefix(s.substring(0, i));
        if (maj >= 1 << 16) return -1;
        if (i < s.length() && s.charAt(i) != ':') return -1;
        return maj << 16;
    }

    /** get_tc_classid: root, none, MAJ:MIN, :MIN or a bare MAJ... as a 32-bit id; -1 if bad. */
    static long classid(String s) {
        if (s.equals("root")) return 0xFFFFFFFFL;
        if (s.equals("none")) return 0;
        int i = 0;
        while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) i++;
        long maj = i == 0 ? 0 : parseHexPrefix(s.substring(0, i));
        if (i == 0 && (s.isEmpty() || s.charAt(0) != ':')) return -1;
        if (i < s.length() && s.charAt(i) == ':') {
            if (maj >= 1 << 16) return -1;
            String m = s.substring(i + 1);
            int j = 0;
            while (j < m.length() && Character.digit(m.charAt(j), 16) >= 0) j++;
            if (j != m.length()) return -1;
            long min = j == 0 ? 0 : parseHexPrefix(m);
            if (min >= 1 << 16) return -1;
            return maj << 16 | min;
        }
        if (i != s.length()) return -1;
        return maj;
    }

    /** strtoul's value of a run of hex digits (saturating like ULONG_MAX). */
    private static long parseHexPrefix(String h) {
        return h.length() > 15 ? Long.MAX_VALUE : Long.parseLong(h, 16);
    }

    private int modify(boolean delete, boolean create, boolean replace, boolean excl, List<String> a) {
        String dev = null, kind = null;
        int handle = 0, parent = 0;
        int i = 0;
        while (i < a.size()) {
            String w = a.get(i);
            if (w.equals("dev")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (dev != null) throw Errors.duparg(ctx, "dev", a.get(i));
                dev = a.get(i);
            } else if (w.equals("handle")) {
                // duparg names the keyword itself: tc checks before it reads the value
                if (handle != 0) throw Errors.duparg(ctx, "handle", w);
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                long h = qdiscHandle(a.get(i));
                if (h < 0) throw Errors.invarg(ctx, "invalid qdisc ID", a.get(i));
                handle = (int) h;
            } else if (w.equals("root")) {
                if (parent != 0) {
                    ctx.err.println("Error: \"root\" is duplicate parent ID");
                    return 255;
                }
                parent = Qdisc.TC_H_ROOT;
            } else if (w.equals("ingress") || w.equals("clsact")) {
                if (parent != 0) {
                    ctx.err.println("Error: \"" + w + "\" is a" + " duplicate parent ID");
                    return 255;
                }
                parent = Qdisc.TC_H_INGRESS;
                kind = w;
                handle = 0xFFFF0000;
                i++;
                break;
            } else if (w.equals("parent")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (parent != 0) throw Errors.duparg(ctx, "parent", a.get(i));
                long h = classid(a.get(i));
                if (h < 0) throw Errors.invarg(ctx, "invalid parent ID", a.get(i));
                parent = (int) h;
            } else if (Args.matches(w, "estimator")) {
                // an estimator needs its two times; linnet keeps no rate estimates
                if (i + 2 >= a.size()) throw Errors.incomplete(ctx);
                i += 2;
            } else if (Args.matches(w, "help")) {
                ctx.err.print(USAGE);
            } else {
                kind = w;
                i++;
                break;
            }
            i++;
        }
        List<String> rest = a.subList(Math.min(i, a.size()), a.size());
        Object options = null;
        if (kind != null) {
            Object parsed = TcKinds.parse(ctx, kind, rest, dev);
            if (parsed == TcKinds.FAILED) return 1;
            if (parsed == TcKinds.UNPARSABLE) return 255;
            options = parsed;
        } else if (!rest.isEmpty()) {
            if (Args.matches(rest.get(0), "help")) ctx.err.print(USAGE);
            ctx.err.println("Garbage instead of arguments \"" + rest.get(0) + " ...\". Try \"tc qdisc help\".");
            return 255;
        }
        int ifindex = 0;
        if (dev != null) {
            NetDevice d = ctx.net.byName(dev);
            if (d == null) {
                ctx.err.println("Cannot find device \"" + dev + "\"");
                return 1;
            }
            ifindex = d.ifindex();
        }
        try {
            if (delete) RtnlQdisc.delete(ctx.net, ifindex, parent, handle, kind);
            else RtnlQdisc.modify(ctx.net, ifindex, parent, handle, kind, options, create, replace, excl);
        } catch (KernelException e) {
            Errors.rtnl(ctx, e);
            return 2;
        }
        return 0;
    }

    private int list(List<String> a) {
        String dev = null;
        long filterParent = 0, filterHandle = 0;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (w.equals("dev")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                dev = a.get(i);
            } else if (w.equals("root") || w.equals("ingress") || w.equals("clsact")) {
                if (filterParent != 0) throw Errors.invarg(ctx, "parent is already specified", w);
                if (filterHandle != 0) throw Errors.invarg(ctx, "handle is already specified", w);
                filterParent = w.equals("root") ? 0xFFFFFFFFL : 0xFFFFFFF1L;
            } else if (Args.matches(w, "parent")) {
                if (filterParent != 0) throw Errors.invarg(ctx, "parent is already specified", w);
                if (filterHandle != 0) throw Errors.invarg(ctx, "handle is already specified", w);
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                long h = classid(a.get(i));
                if (h < 0) throw Errors.invarg(ctx, "invalid parent ID", a.get(i));
                filterParent = h;
            } else if (Args.matches(w, "handle")) {
                if (filterParent != 0) throw Errors.invarg(ctx, "parent is already specified", w);
                if (filterHandle != 0) throw Errors.invarg(ctx, "handle is already specified", w);
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                long h = qdiscHandle(a.get(i));
                if (h < 0) throw Errors.invarg(ctx, "invalid handle ID", a.get(i));
                filterHandle = h;
            } else if (Args.matches(w, "help")) {
                ctx.err.print(USAGE);
            } else if (w.equals("invisible")) {
                continue;
            } else {
                ctx.err.println("What is \"" + w + "\"? Try \"tc qdisc help\".");
                return 255;
            }
        }
        int filterIfindex = 0;
        if (dev != null) {
            NetDevice d = ctx.net.byName(dev);
            if (d == null) {
                ctx.err.println("Cannot find device \"" + dev + "\"");
                return 1;
            }
            filterIfindex = d.ifindex();
        }
        Printer p = new Printer(o.json(), o.pretty());
        for (QdiscInfo q : RtnlQdisc.dump(ctx.net)) {
            if (filterIfindex != 0 && filterIfindex != q.ifindex()) continue;
            if (filterHandle != 0 && filterHandle != (q.handle() & 0xFFFFFFFFL)) continue;
            if (filterParent != 0 && filterParent != (q.parent() & 0xFFFFFFFFL)) continue;
            print(p, q, filterIfindex == 0);
        }
        ctx.out.print(p.finish());
        return 0;
    }

    /** print_qdisc. */
    private void print(Printer p, QdiscInfo q, boolean withDev) {
        p.openObject(null);
        p.string("kind", "qdisc %s", q.kind());
        p.string("handle", " %s", Qdisc.handleText(q.handle()));
        p.text(" ");
        if (withDev) {
            NetDevice d = ctx.net.byIndex(q.ifindex());
            p.string("dev", "dev %s ", d == null ? "if" + q.ifindex() : d.name());
        }
        if (q.parent() == Qdisc.TC_H_ROOT) p.raw("root", "root ", "", "true");
        else if (q.parent() != 0) p.string("parent", "parent %s ", classidText(q.parent()));
        if (q.refcnt() != 1) p.number("refcnt", "refcnt %s ", q.refcnt());
        p.openObject("options");
        TcKinds.print(p, q, o.details() > 0);
        p.closeObject();
        p.text("\n");
        if (o.stats() > 0) {
            p.text(" ");
            p.number("bytes", "Sent %s bytes", q.bytes());
            p.number("packets", " %s pkt", q.packets());
            p.number("drops", " (dropped %s", q.drops());
            p.number("overlimits", ", overlimits %s", q.overlimits());
            p.number("requeues", " requeues %s) ", q.requeues());
            p.text("\n ");
            p.raw("backlog", "backlog %s", TcUnits.sprintSize(q.backlog()), Long.toString(q.backlog()));
            p.number("qlen", " %sp", q.qlen());
            p.text(" requeues " + q.requeues());
            p.text("\n");
        }
        p.closeObject();
    }

    /** print_tc_classid. */
    static String classidText(int h) {
        if (h == Qdisc.TC_H_ROOT) return "root";
        if (h == 0) return "none";
        int maj = h >>> 16, min = h & 0xFFFF;
        if (maj == 0) return ":" + Integer.toHexString(min);
        if (min == 0) return Integer.toHexString(maj) + ":";
        return Integer.toHexString(maj) + ":" + Integer.toHexString(min);
    }
}
