package linnet.tools.tc;

import java.util.List;
import linnet.kernel.core.SchTbf;
import linnet.kernel.rtnl.QdiscInfo;
import linnet.tools.common.Args;
import linnet.tools.common.Ctx;
import linnet.tools.common.Errors;
import linnet.tools.common.Printer;

/** tc/q_tbf.c: tbf's options (every problem reported in one go), and its dump with the bucket turned back into bytes. */
final class TcTbf {
    private TcTbf() {}

    private static void explain(Ctx ctx) {
        ctx.err.println("Usage: ... tbf limit BYTES burst BYTES[/BYTES] rate KBPS [ mtu BYTES[/BYTES] ]");
        ctx.err.println("\t[ peakrate KBPS ] [ latency TIME ] [ overhead BYTES ] [ linklayer TYPE ]");
    }

    private static Object illegal(Ctx ctx, String arg, String val) {
        ctx.err.println("tbf: illegal value for \"" + arg + "\": \"" + val + "\"");
        return TcKinds.FAILED;
    }

    private static Object fail(Ctx ctx, String msg) {
        ctx.err.println(msg);
        return TcKinds.FAILED;
    }

    /** get_size_and_cell: a size with an optional "/CELL" (a power of two); the cell log, or -2 when bad. */
    private static long[] sizeAndCell(String s) {
        int slash = s.indexOf('/');
        long size = TcUnits.size(slash < 0 ? s : s.substring(0, slash));
        if (size < 0) return null;
        int cellLog = -1;
        if (slash >= 0) {
            int cell;
            try {
                cell = Integer.decode(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            cellLog = Integer.bitCount(cell) == 1 && cell > 0 ? Integer.numberOfTrailingZeros(cell) : -2;
            if (cellLog == -2) return null;
        }
        return new long[] {size, cellLog};
    }

    static Object parse(Ctx ctx, List<String> a) {
        long limit = 0, latency = 0, buffer = 0, mtu = 0, mpu = 0, rate = 0, prate = 0;
        int overhead = 0, rcell = -1, pcell = -1;
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (Args.matches(w, "limit")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (limit != 0) return fail(ctx, "tbf: duplicate \"limit\" specification");
                if (latency != 0) return fail(ctx, "tbf: specifying both \"latency\" and \"limit\" is not allowed");
                limit = TcUnits.size(a.get(i));
                if (limit < 0) return illegal(ctx, "limit", a.get(i));
            } else if (Args.matches(w, "latency")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (latency != 0) return fail(ctx, "tbf: duplicate \"latency\" specification");
                if (limit != 0) return fail(ctx, "tbf: specifying both \"limit\" and \"/latency\" is not allowed");
                latency = TcUnits.time(a.get(i));
                if (latency < 0) return illegal(ctx, "latency", a.get(i));
            } else if (Args.matches(w, "burst") || w.equals("buffer") || w.equals("maxburst")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (buffer != 0) return fail(ctx, "tbf: duplicate \"buffer/burst/maxburst\" specification");
                long[] sc = sizeAndCell(a.get(i));
                if (sc == null) return illegal(ctx, w, a.get(i));
                buffer = sc[0];
                rcell = (int) sc[1];
            } else if (w.equals("mtu") || w.equals("minburst")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (mtu != 0) return fail(ctx, "tbf: duplicate \"mtu/minburst\" specification");
                long[] sc = sizeAndCell(a.get(i));
                if (sc == null) return illegal(ctx, w, a.get(i));
                mtu = sc[0];
                pcell = (int) sc[1];
            } else if (w.equals("mpu")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (mpu != 0) return fail(ctx, "tbf: duplicate \"mpu\" specification");
                mpu = TcUnits.size(a.get(i));
                if (mpu < 0) return illegal(ctx, "mpu", a.get(i));
            } else if (w.equals("rate")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (rate != 0) return fail(ctx, "tbf: duplicate \"rate\" specification");
                rate = TcUnits.rate64(a.get(i));
                if (rate < 0) return illegal(ctx, "rate", a.get(i));
            } else if (Args.matches(w, "peakrate")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (prate != 0) return fail(ctx, "tbf: duplicate \"peakrate\" specification");
                prate = TcUnits.rate64(a.get(i));
                if (prate < 0) return illegal(ctx, "peakrate", a.get(i));
            } else if (Args.matches(w, "overhead")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                if (overhead != 0) return fail(ctx, "tbf: duplicate \"overhead\" specification");
                try {
                    overhead = Integer.parseInt(a.get(i));
                    if (overhead < 0 || overhead > 0xFFFF) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    return illegal(ctx, "overhead", a.get(i));
                }
            } else if (Args.matches(w, "linklayer")) {
                if (++i >= a.size()) throw Errors.incomplete(ctx);
                // get_linklayer: ethernet (or eth), atm, adsl, each as a prefix; linnet shapes every one as Ethernet
                String l = a.get(i);
                if (!Args.matches(l, "ethernet") && !Args.matches(l, "eth") && !Args.matches(l, "atm")
                        && !Args.matches(l, "adsl"))
                    return illegal(ctx, "linklayer", l);
            } else if (w.equals("help")) {
                explain(ctx);
                return TcKinds.FAILED;
            } else {
                ctx.err.println("tbf: unknown parameter \"" + w + "\"");
                explain(ctx);
                return TcKinds.FAILED;
            }
        }
        boolean bad = false;
        if (rate == 0) {
            ctx.err.println("tbf: the \"rate\" parameter is mandatory.");
            bad = true;
        }
        if (buffer == 0) {
            ctx.err.println("tbf: the \"burst\" parameter is mandatory.");
            bad = true;
        }
        if (prate != 0 && mtu == 0) {
            ctx.err.println("tbf: when \"peakrate\" is specified, \"mtu\" must also be specified.");
            bad = true;
        }
        if (limit == 0 && latency == 0) {
            ctx.err.println("tbf: either \"limit\" or \"latency\" is required.");
            bad = true;
        }
        if (bad) {
            explain(ctx);
            return TcKinds.FAILED;
        }
        if (limit == 0) {
            // the limit a latency gives: what the rate sends in that time, plus the bucket
            double lim = rate * (double) latency / TcUnits.TIME_UNITS_PER_SEC + buffer;
            if (prate != 0) {
                double lim2 = prate * (double) latency / TcUnits.TIME_UNITS_PER_SEC + mtu;
                if (lim2 < lim) lim = lim2;
            }
            limit = (long) lim & 0xFFFFFFFFL;
        }
        return new SchTbf.Opt(rate, prate, (int) buffer, (int) mtu, (int) limit, (int) mpu, overhead,
                Math.max(rcell, 0), Math.max(pcell, 0));
    }

    /** tbf_print_opt. */
    static void print(Printer p, QdiscInfo.TbfDump t, boolean details) {
        SchTbf.Opt o = t.opt();
        long rate = o.rate();
        p.raw("rate", "rate %s ", TcUnits.sprintRate(rate), Long.toString(rate));
        long buffer = TcUnits.xmitsize(rate, t.bufferTicks());
        if (details) {
            // the kernel's dump leaves the rate's cell_log 0
            p.string("burst", "burst %s ", TcUnits.sprintSize(buffer) + "/1");
            p.raw("mpu", "mpu %s ", TcUnits.sprintSize(o.mpu()), Integer.toString(o.mpu()));
        } else {
            p.raw("burst", "burst %s ", TcUnits.sprintSize(buffer), Long.toString(buffer));
        }
        long prate = o.peakrate();
        if (prate != 0) {
            p.text("peakrate " + TcUnits.sprintRate(prate) + " ");
            long mtu = TcUnits.xmitsize(prate, t.mtuTicks());
            if (details) {
                p.string("mtu", "mtu %s ", TcUnits.sprintSize(mtu) + "/1");
                p.raw("mpu", "mpu %s ", TcUnits.sprintSize(o.mpu()), Integer.toString(o.mpu()));
            } else {
                p.raw("minburst", "minburst %s ", TcUnits.sprintSize(mtu), Long.toString(mtu));
            }
        }
        long limit = o.limit() & 0xFFFFFFFFL;
        double latency = TcUnits.TIME_UNITS_PER_SEC * (limit / (double) rate) - TcUnits.tick2time(t.bufferTicks());
        if (prate != 0) {
            double lat2 = TcUnits.TIME_UNITS_PER_SEC * (limit / (double) prate) - TcUnits.tick2time(t.mtuTicks());
            if (lat2 > latency) latency = lat2;
        }
        if (latency >= 0.0) p.raw("lat", null, "", Long.toString((long) latency)).text("lat " + TcUnits.sprintTime(latency) + " ");
        if (latency < 0.0) p.raw("limit", "limit %s ", TcUnits.sprintSize(limit), Long.toString(limit));
        if (o.overhead() != 0) p.number("overhead", "overhead %s ", o.overhead());
        if (details) p.string("linklayer", "linklayer %s ", "ethernet");
    }
}
