package linnet.tools.text;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * head(1) as coreutils 9.1: -n [-]N lines, -c [-]N bytes (a leading '-' means all but the last
 * N), the old -N[bkm][cl] first argument, "==> NAME <==" headers for several files (-q, -v).
 */
public final class Head implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        List<String> a = new ArrayList<>(args);
        // the obsolete "head -5" / "head -5c" form, only as the first argument
        if (!a.isEmpty() && a.get(0).matches("-[0-9]+[bkm]?[cl]?[qv]*")) {
            String w = a.remove(0);
            String num = w.replaceAll("^-([0-9]+[bkm]?).*", "$1");
            boolean bytes = w.matches("-[0-9]+[bkm]?c.*");
            a.add(0, (bytes ? "-c" : "-n") + num);
        }
        GnuOpts o = new GnuOpts("head", "c:n:qvz", 1).longOpt("bytes", 1, "c").longOpt("lines", 1, "n")
                .longOpt("quiet", 0, "q").longOpt("silent", 0, "q").longOpt("verbose", 0, "v")
                .longOpt("zero-terminated", 0, "z").longOpt("help", 0, "help").longOpt("version", 0, "version")
                .parse(ctx, a);
        long count = 10;
        boolean bytes = false, allBut = false;
        int headers = 0; // 0 as the operands say, -1 never, 1 always
        for (GnuOpts.Opt x : o.opts) {
            switch (x.key()) {
                case "n", "c" -> {
                    bytes = x.key().equals("c");
                    String v = x.arg();
                    allBut = v.startsWith("-");
                    if (allBut || v.startsWith("+")) v = v.substring(1);
                    count = Sizes.parse(v);
                    if (count < 0) {
                        ctx.err.println("head: invalid number of " + (bytes ? "bytes" : "lines") + ": '" + x.arg() + "'");
                        return 1;
                    }
                }
                case "q" -> headers = -1;
                case "v" -> headers = 1;
                case "help" -> {
                    ctx.out.println("Usage: head [OPTION]... [FILE]...");
                    return 0;
                }
                case "version" -> {
                    ctx.out.println("head (GNU coreutils) 9.1");
                    return 0;
                }
                case "z" -> {
                    ctx.err.println("head: -z is not supported by linnet");
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
                ctx.err.println("head: cannot open " + Input.quoteAlways(f) + " for reading: " + r.error());
                rc = 1;
                continue;
            }
            if (show) {
                Input.out(ctx, (first ? "" : "\n") + "==> " + (f.equals("-") ? "standard input" : f) + " <==\n");
            }
            first = false;
            String head = bytes ? bytes(r.text(), count, allBut) : lines(r.text(), count, allBut);
            // with what it wants read, head stops reading: a pipe's writer may be left with the rest
            if (f.equals("-") && !allBut) ctx.stdinReadUpTo(head.length());
            Input.out(ctx, head);
        }
        return rc;
    }

    private static String bytes(String t, long n, boolean allBut) {
        if (allBut) return t.substring(0, (int) Math.max(0, t.length() - Math.min(n, t.length())));
        return t.substring(0, (int) Math.min(n, t.length()));
    }

    /** The first n lines (kept as they are, a last one without newline too), or all but the last n. */
    static String lines(String t, long n, boolean allBut) {
        if (allBut) {
            List<Integer> ends = lineEnds(t);
            int keep = (int) Math.max(0, ends.size() - Math.min(n, ends.size()));
            return keep == 0 ? "" : t.substring(0, ends.get(keep - 1));
        }
        int pos = 0;
        for (long i = 0; i < n && pos < t.length(); i++) {
            int nl = t.indexOf('\n', pos);
            pos = nl < 0 ? t.length() : nl + 1;
        }
        return t.substring(0, pos);
    }

    /** Where each line ends (just after its newline, or at the end of the text). */
    static List<Integer> lineEnds(String t) {
        List<Integer> ends = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            pos = nl < 0 ? t.length() : nl + 1;
            ends.add(pos);
        }
        return ends;
    }
}
