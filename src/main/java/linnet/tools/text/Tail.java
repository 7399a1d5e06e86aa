package linnet.tools.text;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * tail(1) as coreutils 9.1 without -f: -n [+]N lines, -c [+]N bytes ('+' counts from the start,
 * 1-based), the old -N / +N first argument, "==> NAME <==" headers for several files (-q, -v).
 */
public final class Tail implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        List<String> a = new ArrayList<>(args);
        // the obsolete "tail -5" / "tail +5c FILE" form: one option and at most one file
        if (!a.isEmpty() && a.size() <= 2 && a.get(0).matches("[-+][0-9]+[bkm]?[cl]?")) {
            String w = a.remove(0);
            boolean bytes = w.endsWith("c");
            String num = w.substring(1).replaceAll("[cl]$", "");
            a.add(0, (bytes ? "-c" : "-n") + (w.startsWith("+") ? "+" : "") + num);
        }
        GnuOpts o = new GnuOpts("tail", "c:n:fFqvzs:", 1).digits().longOpt("bytes", 1, "c").longOpt("lines", 1, "n")
                .longOpt("quiet", 0, "q").longOpt("silent", 0, "q").longOpt("verbose", 0, "v")
                .longOpt("follow", 2, "f").longOpt("zero-terminated", 0, "z")
                .longOpt("help", 0, "help").longOpt("version", 0, "version").parse(ctx, a);
        long count = 10;
        boolean bytes = false, fromStart = false;
        int headers = 0;
        for (GnuOpts.Opt x : o.opts) {
            switch (x.key()) {
                case GnuOpts.NUMBER_KEY -> count = Long.parseLong(x.arg());
                case "n", "c" -> {
                    bytes = x.key().equals("c");
                    String v = x.arg();
                    fromStart = v.startsWith("+");
                    if (fromStart || v.startsWith("-")) v = v.substring(1);
                    count = Sizes.parse(v);
                    if (count < 0) {
                        ctx.err.println("tail: invalid number of " + (bytes ? "bytes" : "lines") + ": '" + x.arg() + "'");
                        return 1;
                    }
                }
                case "q" -> headers = -1;
                case "v" -> headers = 1;
                case "help" -> {
                    ctx.out.println("Usage: tail [OPTION]... [FILE]...");
                    return 0;
                }
                case "version" -> {
                    ctx.out.println("tail (GNU coreutils) 9.1");
                    return 0;
                }
                case "f", "F", "z", "s" -> {
                    ctx.err.println("tail: -" + x.key() + " is not supported by linnet");
                    return 1;
                }
                default -> { }
            }
        }
        List<String> files = o.operands.isEmpty() ? List.of("-") : o.operands;
        boolean show = headers == 1 || headers == 0 && files.size() > 1;
        Input in = new Input(ctx);
        int rc = 0;
        boolean first = true;
        for (String f : files) {
            Input.Read r = in.read(f);
            if (!r.ok()) {
                ctx.err.println("tail: cannot open " + Input.quoteAlways(f) + " for reading: " + r.error());
                rc = 1;
                continue;
            }
            if (show) {
                Input.out(ctx, (first ? "" : "\n") + "==> " + (f.equals("-") ? "standard input" : f) + " <==\n");
            }
            first = false;
            String t = r.text();
            String out;
            if (bytes) {
                long skip = fromStart ? Math.max(0, count - 1) : Math.max(0, t.length() - count);
                out = t.substring((int) Math.min(skip, t.length()));
            } else {
                List<Integer> ends = Head.lineEnds(t);
                long skipLines = fromStart ? Math.max(0, count - 1) : Math.max(0, ends.size() - count);
                out = skipLines == 0 ? t : skipLines >= ends.size() ? "" : t.substring(ends.get((int) skipLines - 1));
            }
            Input.out(ctx, out);
        }
        return rc;
    }
}
