package linnet.tools.text;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * wc(1) as coreutils 9.1 in the C locale: lines, words, bytes (-m counts bytes too), -L the
 * widest line; the column width GNU computes from the sizes of the regular files it was given
 * (at least 7 when an input is a pipe or device; 1 for a single count of a single input).
 */
public final class Wc implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("wc", "clLmw", 1).longOpt("bytes", 0, "c").longOpt("chars", 0, "m")
                .longOpt("lines", 0, "l").longOpt("words", 0, "w").longOpt("max-line-length", 0, "L")
                .longOpt("files0-from", 1, "files0-from").longOpt("total", 1, "total")
                .longOpt("help", 0, "help").longOpt("version", 0, "version").parse(ctx, args);
        boolean l = false, w = false, c = false, m = false, big = false;
        for (GnuOpts.Opt x : o.opts) {
            switch (x.key()) {
                case "l" -> l = true;
                case "w" -> w = true;
                case "c" -> c = true;
                case "m" -> m = true;
                case "L" -> big = true;
                case "help" -> {
                    ctx.out.println("Usage: wc [OPTION]... [FILE]...");
                    return 0;
                }
                case "version" -> {
                    ctx.out.println("wc (GNU coreutils) 9.1");
                    return 0;
                }
                default -> {
                    ctx.err.println("wc: --" + x.key() + " is not supported by linnet");
                    return 1;
                }
            }
        }
        if (!(l || w || c || m || big)) l = w = c = true;
        List<String> files = o.operands.isEmpty() ? List.of("-") : o.operands;
        Input in = new Input(ctx);
        List<long[]> counts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long regularTotal = 0;
        int minWidth = 1;
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            Input.Read r = in.read(f);
            if (!r.ok()) {
                counts.add(null);
                errors.add(r.error());
                continue;
            }
            errors.add(null);
            counts.add(count(r.text()));
            if (f.equals("-")) minWidth = 7; // a pipe or /dev/null: no size to go by
            else regularTotal += statSize(ctx.resolve(f), r.text());
        }
        int nCounts = (l ? 1 : 0) + (w ? 1 : 0) + (c ? 1 : 0) + (m ? 1 : 0) + (big ? 1 : 0);
        int width = 1;
        if (!(files.size() == 1 && nCounts == 1)) {
            width = Long.toString(regularTotal).length();
            width = Math.max(width, minWidth);
        }
        long[] total = new long[5];
        int rc = 0;
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            if (counts.get(i) == null) {
                ctx.err.println("wc: " + Input.quote(f) + ": " + errors.get(i));
                rc = 1;
                continue;
            }
            long[] k = counts.get(i);
            for (int j = 0; j < 4; j++) total[j] += k[j];
            total[4] = Math.max(total[4], k[4]);
            Input.out(ctx, line(k, l, w, c, m, big, width, o.operands.isEmpty() ? null : f));
        }
        if (files.size() > 1) Input.out(ctx, line(total, l, w, c, m, big, width, "total"));
        return rc;
    }

    /** What stat(2) says a file's size is: /proc files 0, sysfs attributes a page, others their length. */
    private static long statSize(String path, String text) {
        if (path.startsWith("/proc/")) return 0;
        if (path.startsWith("/sys/")) return 4096;
        return text.length();
    }

    /** lines, words, bytes, chars (bytes in the C locale), longest line's display width. */
    static long[] count(String t) {
        long lines = 0, words = 0, longest = 0, col = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\n') {
                lines++;
                longest = Math.max(longest, col);
                col = 0;
            } else if (ch == '\t') {
                col += 8 - col % 8;
            } else if (ch == '\r' || ch == '\f') {
                if (ch == '\r') col = 0;
            } else if (ch >= 0x20 && ch < 0x7f) {
                col++;
            }
            boolean space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == 0x0B;
            if (space) inWord = false;
            else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        longest = Math.max(longest, col);
        return new long[] {lines, words, t.length(), t.length(), longest};
    }

    private static String line(long[] k, boolean l, boolean w, boolean c, boolean m, boolean big, int width, String name) {
        StringBuilder b = new StringBuilder();
        long[] vals = {k[0], k[1], k[3], k[2], k[4]};
        boolean[] on = {l, w, m, c, big};
        for (int i = 0; i < 5; i++) {
            if (!on[i]) continue;
            String v = Long.toString(vals[i]);
            if (b.length() > 0) b.append(' ');
            b.append(" ".repeat(Math.max(0, width - v.length()))).append(v);
        }
        if (name != null) b.append(' ').append(name);
        return b.append('\n').toString();
    }
}
