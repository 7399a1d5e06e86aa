package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;
import linnet.tools.text.PosixRegex;

/**
 * tac(1) of GNU coreutils 9.1: each FILE's records last to first, a record ending with its
 * separator (newline, or -s STRING, a basic regular expression with -r), or starting with it
 * with -b. A file that cannot be opened is reported and the others still printed (status 1).
 */
public final class Tac implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("tac", "brs:", 1).longOpt("before", 0, "b").longOpt("regex", 0, "r")
                .longOpt("separator", 1, "s").parse(ctx, args);
        boolean before = false, regex = false;
        String sep = "\n";
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "b" -> before = true;
                case "r" -> regex = true;
                default -> sep = opt.arg();
            }
        }
        PosixRegex re = null;
        if (regex) {
            try {
                re = PosixRegex.compile(sep, PosixRegex.Syntax.BASIC, 0);
            } catch (PosixRegex.SyntaxError e) {
                ctx.err.println("tac: " + e.getMessage());
                return 1;
            }
        }
        Input in = new Input(ctx);
        int rc = 0;
        StringBuilder out = new StringBuilder();
        for (String name : o.operands.isEmpty() ? List.of("-") : o.operands) {
            Input.Read r = in.read(name);
            if (!r.ok()) {
                ctx.err.println("tac: failed to open " + Input.quoteAlways(name) + " for reading: " + r.error());
                rc = 1;
                continue;
            }
            out.append(reverse(r.text(), sep, re, before));
        }
        Input.out(ctx, out);
        return rc;
    }

    /** The records of text, last first. */
    private static String reverse(String text, String sep, PosixRegex re, boolean before) {
        // where each separator starts and ends
        List<int[]> seps = new ArrayList<>();
        if (re != null) {
            Matcher m = re.matcher(text);
            while (m.find()) if (m.end() > m.start()) seps.add(new int[] {m.start(), m.end()});
        } else if (!sep.isEmpty()) {
            // tac looks for a string separator from the end backwards ("axxxb" with xx: "axxx", "b")
            for (int i = text.lastIndexOf(sep); i >= 0; i = i - sep.length() < 0 ? -1 : text.lastIndexOf(sep, i - sep.length())) {
                seps.add(0, new int[] {i, i + sep.length()});
            }
        }
        List<String> records = new ArrayList<>();
        int start = 0;
        for (int[] s : seps) {
            int cut = before ? s[0] : s[1];
            if (cut > start) records.add(text.substring(start, cut));
            start = cut;
        }
        if (start < text.length()) records.add(text.substring(start));
        StringBuilder b = new StringBuilder(text.length());
        for (int i = records.size() - 1; i >= 0; i--) b.append(records.get(i));
        return b.toString();
    }
}
