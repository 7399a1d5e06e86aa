package linnet.tools.text;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * cut(1) as coreutils 9.1: -b/-c (the same in the C locale) and -f with -d (TAB by default),
 * lists of N, N-M, N-, -M, --complement, -s, --output-delimiter.
 */
public final class Cut implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("cut", "b:c:d:f:nsz", 1).longOpt("bytes", 1, "b").longOpt("characters", 1, "c")
                .longOpt("delimiter", 1, "d").longOpt("fields", 1, "f").longOpt("complement", 0, "complement")
                .longOpt("only-delimited", 0, "s").longOpt("output-delimiter", 1, "output-delimiter")
                .longOpt("help", 0, "help").longOpt("version", 0, "version").parse(ctx, args);
        String list = null;
        char mode = 0;
        Character delim = null;
        boolean complement = false, onlyDelimited = false;
        String outDelim = null;
        for (GnuOpts.Opt x : o.opts) {
            switch (x.key()) {
                case "b", "c", "f" -> {
                    if (mode != 0) fail(o, ctx, "only one list may be specified");
                    mode = x.key().equals("f") ? 'f' : 'b';
                    list = x.arg();
                }
                case "d" -> {
                    if (x.arg().length() > 1) fail(o, ctx, "the delimiter must be a single character");
                    delim = x.arg().isEmpty() ? '\0' : x.arg().charAt(0);
                }
                case "complement" -> complement = true;
                case "s" -> onlyDelimited = true;
                case "output-delimiter" -> outDelim = x.arg();
                case "n" -> { }
                case "help" -> {
                    ctx.out.println("Usage: cut OPTION... [FILE]...");
                    return 0;
                }
                case "version" -> {
                    ctx.out.println("cut (GNU coreutils) 9.1");
                    return 0;
                }
                default -> {
                    ctx.err.println("cut: -" + x.key() + " is not supported by linnet");
                    return 1;
                }
            }
        }
        if (mode == 0) fail(o, ctx, "you must specify a list of bytes, characters, or fields");
        if (mode == 'b' && delim != null) fail(o, ctx, "an input delimiter may be specified only when operating on fields");
        if (mode == 'b' && onlyDelimited) fail(o, ctx, "suppressing non-delimited lines makes sense\n\tonly when operating on fields");
        List<long[]> ranges = ranges(o, ctx, list, mode == 'f');
        char d = delim == null ? '\t' : delim;
        String od = outDelim != null ? outDelim : String.valueOf(d);
        List<String> files = o.operands.isEmpty() ? List.of("-") : o.operands;
        Input in = new Input(ctx);
        int rc = 0;
        for (String f : files) {
            Input.Read r = in.read(f);
            if (!r.ok()) {
                ctx.err.println("cut: " + Input.quote(f) + ": " + r.error());
                rc = 1;
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (String line : Input.lines(r.text())) {
                if (mode == 'b') {
                    boolean firstRange = true;
                    int prev = -2;
                    for (int i = 0; i < line.length(); i++) {
                        if (selected(ranges, i + 1) == complement) continue;
                        if (outDelim != null && !firstRange && prev != i - 1) out.append(outDelim);
                        out.append(line.charAt(i));
                        firstRange = false;
                        prev = i;
                    }
                    out.append('\n');
                    continue;
                }
                if (line.indexOf(d) < 0) {
                    if (!onlyDelimited) out.append(line).append('\n');
                    continue;
                }
                String[] fs = line.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
                boolean first = true;
                for (int i = 0; i < fs.length; i++) {
                    if (selected(ranges, i + 1) == complement) continue;
                    if (!first) out.append(od);
                    out.append(fs[i]);
                    first = false;
                }
                out.append('\n');
            }
            Input.out(ctx, out);
        }
        return rc;
    }

    private static void fail(GnuOpts o, Ctx ctx, String msg) { o.fail(ctx, msg); }

    private static boolean selected(List<long[]> ranges, long n) {
        for (long[] r : ranges) if (n >= r[0] && n <= r[1]) return true;
        return false;
    }

    /** A LIST as coreutils' set_fields reads it, with its error texts. */
    private static List<long[]> ranges(GnuOpts o, Ctx ctx, String list, boolean fields) {
        List<long[]> out = new ArrayList<>();
        String what = fields ? "fields" : "bytes";
        String from1 = fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1";
        for (String part : list.split("[, ]", -1)) {
            if (part.equals("-")) fail(o, ctx, "invalid range with no endpoint: -");
            if (part.isEmpty()) fail(o, ctx, from1);
            int dash = part.indexOf('-');
            String lo = dash < 0 ? part : part.substring(0, dash);
            String hi = dash < 0 ? part : part.substring(dash + 1);
            if (!lo.matches("[0-9]*") || !hi.matches("[0-9]*") || part.indexOf('-', dash + 1) >= 0) {
                fail(o, ctx, "invalid " + (fields ? "field" : "byte/character") + " value " + Input.quoteAlways(part));
            }
            long a = lo.isEmpty() ? 1 : big(lo);
            long b = hi.isEmpty() ? Long.MAX_VALUE : big(hi);
            if (a == 0) fail(o, ctx, from1);
            if (b < a) fail(o, ctx, "invalid decreasing range");
            out.add(new long[] {a, b});
        }
        return out;
    }

    private static long big(String d) { return d.length() > 18 ? Long.MAX_VALUE : Long.parseLong(d); }
}
