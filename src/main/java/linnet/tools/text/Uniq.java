package linnet.tools.text;

import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * uniq(1) as coreutils 9.1: adjacent equal lines folded into one; -c counts ("%7d "), -d only
 * repeated, -u only unique, -i ignoring case, -f N / -s N skipping fields / chars, -w N comparing
 * at most N chars. Input from FILE or stdin; an OUTPUT operand is not supported here.
 */
public final class Uniq implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("uniq", "cdDf:is:uw:z", 1).longOpt("count", 0, "c").longOpt("repeated", 0, "d")
                .longOpt("skip-fields", 1, "f").longOpt("ignore-case", 0, "i").longOpt("skip-chars", 1, "s")
                .longOpt("unique", 0, "u").longOpt("check-chars", 1, "w").longOpt("help", 0, "help")
                .longOpt("version", 0, "version").parse(ctx, args);
        boolean count = false, repeated = false, unique = false, icase = false;
        long fields = 0, chars = 0, width = Long.MAX_VALUE;
        for (GnuOpts.Opt x : o.opts) {
            switch (x.key()) {
                case "c" -> count = true;
                case "d" -> repeated = true;
                case "u" -> unique = true;
                case "i" -> icase = true;
                case "f" -> fields = number(ctx, x.arg(), "number of fields to skip");
                case "s" -> chars = number(ctx, x.arg(), "number of bytes to skip");
                case "w" -> width = number(ctx, x.arg(), "number of bytes to compare");
                case "help" -> {
                    ctx.out.println("Usage: uniq [OPTION]... [INPUT [OUTPUT]]");
                    return 0;
                }
                case "version" -> {
                    ctx.out.println("uniq (GNU coreutils) 9.1");
                    return 0;
                }
                default -> {
                    ctx.err.println("uniq: -" + x.key() + " is not supported by linnet");
                    return 1;
                }
            }
        }
        if (o.operands.size() > 2) {
            ctx.err.println("uniq: extra operand " + Input.quoteAlways(o.operands.get(2)));
            o.fail(ctx, null);
        }
        if (o.operands.size() == 2) {
            ctx.err.println("uniq: an OUTPUT operand is not supported by linnet");
            return 1;
        }
        String f = o.operands.isEmpty() ? "-" : o.operands.get(0);
        Input.Read r = new Input(ctx).read(f);
        if (!r.ok()) {
            ctx.err.println("uniq: " + Input.quote(f) + ": " + r.error());
            return 1;
        }
        List<String> lines = Input.lines(r.text());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String key = key(lines.get(i), fields, chars, width);
            int j = i + 1;
            while (j < lines.size() && (icase ? key.equalsIgnoreCase(key(lines.get(j), fields, chars, width))
                    : key.equals(key(lines.get(j), fields, chars, width)))) j++;
            int n = j - i;
            if (!(repeated && n == 1) && !(unique && n > 1)) {
                if (count) out.append(String.format("%7d ", n));
                out.append(lines.get(i)).append('\n');
            }
            i = j;
        }
        Input.out(ctx, out);
        return 0;
    }

    private static long number(Ctx ctx, String s, String what) {
        if (!s.matches("[0-9]+")) {
            ctx.err.println("uniq: " + Input.quote(s) + ": invalid " + what);
            throw new linnet.tools.common.ToolExit(1);
        }
        return s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s);
    }

    /** The part compared: after N blank-separated fields and M chars, at most W chars. */
    private static String key(String l, long fields, long chars, long width) {
        int p = 0;
        for (long f = 0; f < fields && p < l.length(); f++) {
            while (p < l.length() && (l.charAt(p) == ' ' || l.charAt(p) == '\t')) p++;
            while (p < l.length() && l.charAt(p) != ' ' && l.charAt(p) != '\t') p++;
        }
        p = (int) Math.min(l.length(), p + chars);
        return l.substring(p, (int) Math.min(l.length(), p + Math.min(width, l.length())));
    }
}
