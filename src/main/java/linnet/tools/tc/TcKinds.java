package linnet.tools.tc;

import java.util.List;
import linnet.kernel.core.SchFifo;
import linnet.kernel.core.SchFqCodel;
import linnet.kernel.rtnl.QdiscInfo;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;

/**
 * The qdisc kinds' own parts of tc (tc/q_fifo.c, q_tbf.c, q_prio.c, q_fq_codel.c, q_ingress.c): their options
 * parsed into what the kernel takes, and their dumps printed. A kind tc has no module for takes no options.
 */
final class TcKinds {
    private TcKinds() {}

    /** parse_qopt failed after its message: tc qdisc exits 1. */
    static final Object FAILED = new Object();
    /** tc itself refused the options (a kind without an option parser): exit 255. */
    static final Object UNPARSABLE = new Object();

    /** Options of a kind tc knows but linnet does not build: passed on unread. */
    static final Object UNCHECKED = new Object();

    /** The q_*.c modules of tc 6.1 that linnet's kernel does not have. */
    private static final java.util.Set<String> TC_MODULES = java.util.Set.of("sfq", "red", "prio", "skbprio", "cbq", "rr",
            "multiq", "netem", "choke", "sfb", "dsmark", "gred", "hfsc", "drr", "qfq", "mqprio", "codel", "fq_codel", "fq",
            "pie", "fq_pie", "cake", "hhf", "clsact", "cbs", "etf", "taprio", "plug", "ets");

    private static final String HTB_USAGE = """
            Usage: ... qdisc add ... htb [default N] [r2q N]
                                  [direct_qlen P] [offload]
             default  minor id of class to which unclassified packets are sent {0}
             r2q      DRR quantums are computed as rate in Bps/r2q {10}
             debug    string of 16 numbers each 0-3 {0}

             direct_qlen  Limit of the direct queue {in packets}
             offload  enable hardware offload
            ... class add ... htb rate R1 [burst B1] [mpu B] [overhead O]
                                  [prio P] [slot S] [pslot PS]
                                  [ceil R2] [cburst B2] [mtu MTU] [quantum Q]
             rate     rate allocated to this class (class can still borrow)
             burst    max bytes burst which can be accumulated during idle period {computed}
             mpu      minimum packet size used in rate computations
             overhead per-packet size overhead used in rate computations
             linklay  adapting to a linklayer e.g. atm
             ceil     definite upper class rate (no borrows) {rate}
             cburst   burst but for ceil {computed}
             mtu      max packet size we create rate map for {1600}
             prio     priority of leaf; lower are served first {0}
             quantum  how much bytes to serve from leaf at once {use r2q}

            TC HTB version 3.3
            """;

    /** get_u32: the whole word in the base, within 32 bits; -1 if not. */
    private static long u32(String s, int base) {
        try {
            long v = Long.parseLong(s.startsWith("0x") && base == 16 ? s.substring(2) : s, base);
            return v < 0 || v > 0xFFFFFFFFL ? -1 : v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** htb_parse_opt. */
    private static Object htb(Ctx ctx, List<String> a) {
        long r2q = 10, defcls = 0;
        Integer directQlen = null;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (Args.matches(w, "r2q") || Args.matches(w, "default") || Args.matches(w, "direct_qlen")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                String key = Args.matches(w, "r2q") ? "r2q" : Args.matches(w, "default") ? "default" : "direct_qlen";
                long v = u32(a.get(i), key.equals("default") ? 16 : 10);
                if (v < 0) {
                    ctx.err.println("Illegal \"" + key + "\"");
                    ctx.err.print(HTB_USAGE);
                    return FAILED;
                }
                if (key.equals("r2q")) r2q = v;
                else if (key.equals("default")) defcls = v;
                else directQlen = (int) v;
            } else if (Args.matches(w, "debug")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
            } else if (Args.matches(w, "offload")) {
                continue;
            } else {
                ctx.err.println("What is \"" + w + "\"?");
                ctx.err.print(HTB_USAGE);
                return FAILED;
            }
        }
        return new linnet.kernel.core.SchHtb.Opt((int) r2q, (int) defcls, directQlen);
    }

    static Object parse(Ctx ctx, String kind, List<String> a, String dev) {
        switch (kind) {
            case "pfifo", "bfifo", "pfifo_head_drop" -> { return fifo(ctx, kind, a); }
            case "tbf" -> { return TcTbf.parse(ctx, a); }
            case "htb" -> { return htb(ctx, a); }
            case "pfifo_fast" -> {
                if (a.isEmpty()) return null;
                ctx.err.println("qdisc '" + kind + "' does not support option parsing");
                return UNPARSABLE;
            }
            case "ingress", "clsact" -> {
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).equals("handle")) {
                        if (++i >= a.size()) throw Errors.incomplete(ctx);
                        continue;
                    }
                    ctx.err.println("What is \"" + a.get(i) + "\"?");
                    ctx.err.println("Usage: ... " + kind);
                    return FAILED;
                }
                return null;
            }
            default -> {
                // tc has a module for these; the oracle's kernel has not (it answers that the kind is unknown)
                if (TC_MODULES.contains(kind)) return UNCHECKED;
                if (a.isEmpty()) return null;
                ctx.err.println("Unknown qdisc \"" + kind + "\", hence option \"" + a.get(0) + "\" is unparsable");
                return FAILED;
            }
        }
    }

    /** fifo_parse_opt. */
    private static Object fifo(Ctx ctx, String kind, List<String> a) {
        Integer limit = null;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (w.equals("limit")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                long v = TcUnits.size(a.get(i));
                if (v < 0) {
                    ctx.err.println(kind + ": Illegal value for \"limit\": \"" + a.get(i) + "\"");
                    return FAILED;
                }
                limit = (int) v;
            } else {
                if (!w.equals("help")) ctx.err.println(kind + ": unknown parameter \"" + w + "\"");
                ctx.err.println("Usage: ... <[p|b]fifo | pfifo_head_drop> [ limit NUMBER ]");
                return FAILED;
            }
        }
        return limit == null ? null : new SchFifo.Opt(limit);
    }

    /** The kind's print_qopt. */
    static void print(Printer p, QdiscInfo q, boolean details) {
        switch (q.options()) {
            case SchFifo.Opt f -> {
                if (q.kind().equals("bfifo")) p.raw("limit", "limit %s", TcUnits.sprintSize(f.limit() & 0xFFFFFFFFL), Long.toString(f.limit() & 0xFFFFFFFFL));
                else p.number("limit", "limit %sp", f.limit() & 0xFFFFFFFFL);
            }
            case QdiscInfo.TbfDump t -> TcTbf.print(p, t, details);
            case QdiscInfo.PrioDump d -> {
                p.number("bands", "bands %s ", d.bands());
                p.text("priomap");
                p.openArray("priomap");
                for (int b : d.priomap()) {
                    p.text(" " + b);
                    p.numberItem(b);
                }
                p.closeArray();
                p.jsonFalse("multiqueue");
            }
            case QdiscInfo.HtbDump h -> {
                p.number("r2q", "r2q %s", h.r2q());
                long d = h.defcls() & 0xFFFFFFFFL;
                p.raw("default", " default %s", d == 0 ? "0" : "0x" + Long.toHexString(d), "\"" + (d == 0 ? "0" : "0x" + Long.toHexString(d)) + "\"");
                p.number("direct_packets_stat", " direct_packets_stat %s", h.directPkts());
                if (details) p.string("ver", " ver %s", (h.version() >> 16) + "." + (h.version() & 0xFFFF));
                p.number("direct_qlen", " direct_qlen %s", h.directQlen());
            }
            case SchFqCodel.Opt c -> {
                p.number("limit", "limit %sp ", c.limit());
                p.number("flows", "flows %s ", c.flows());
                p.number("quantum", "quantum %s ", c.quantum());
                p.raw("target", "target %s ", TcUnits.sprintTime(c.targetUs()), Integer.toString(c.targetUs()));
                p.raw("interval", "interval %s ", TcUnits.sprintTime(c.intervalUs()), Integer.toString(c.intervalUs()));
                p.raw("memory_limit", "memory_limit %s ", TcUnits.sprintSize(c.memoryLimit()), Integer.toString(c.memoryLimit()));
                if (c.ecn()) p.raw("ecn", "ecn ", "", "true");
                p.number("drop_batch", "drop_batch %s ", c.dropBatch());
            }
            case null -> {
                if (q.kind().equals("ingress")) p.text("---------------- ");
            }
            default -> {}
        }
    }
}
