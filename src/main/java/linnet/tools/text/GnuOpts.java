package linnet.tools.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.common.Ctx;
import linnet.tools.common.ToolExit;

/**
 * glibc getopt_long as GNU tools call it: clustered short options, an option's argument glued
 * or in the next word, long options by any unambiguous prefix, operands permuted to the end
 * (unless the short spec starts with '+', as env's and xargs' do), "--" ending options. Its
 * diagnostics are getopt's own, followed by the tool's "Try ... --help" hint.
 */
public final class GnuOpts {
    /** One option as parsed: its key (the short letter, or the long name mapped to it) and argument. */
    public record Opt(String key, String arg) {}

    private final String prog;
    private final String shortSpec;
    private final Map<String, String[]> longs = new LinkedHashMap<>();
    private final int status;
    private String usageLine;
    /** Words of the form -NUM (head -3, grep -2): taken as the option NUMBER_KEY. */
    private boolean digits;
    public static final String NUMBER_KEY = "#";

    public final List<Opt> opts = new ArrayList<>();
    public final List<String> operands = new ArrayList<>();

    /**
     * @param shortSpec getopt's string ("n:c:qv"; ':' after a letter: it takes an argument, "::" an optional one)
     * @param status the tool's exit status for a usage error
     */
    public GnuOpts(String prog, String shortSpec, int status) {
        this.prog = prog;
        this.shortSpec = shortSpec;
        this.status = status;
    }

    /** A long option: name, whether it takes an argument (0 no, 1 required, 2 optional), the key it yields. */
    public GnuOpts longOpt(String name, int hasArg, String key) {
        longs.put(name, new String[] {String.valueOf(hasArg), key});
        return this;
    }

    /** grep's "Usage: grep [OPTION]... PATTERNS [FILE]..." printed before the hint. */
    public GnuOpts usageLine(String line) {
        this.usageLine = line;
        return this;
    }

    public GnuOpts digits() {
        this.digits = true;
        return this;
    }

    /** The hint GNU tools print after a usage error. */
    public void fail(Ctx ctx, String message) {
        if (message != null) ctx.err.println(prog + ": " + message);
        if (usageLine != null) ctx.err.println(usageLine);
        ctx.err.println("Try '" + prog + " --help' for more information.");
        throw new ToolExit(status);
    }

    public GnuOpts parse(Ctx ctx, List<String> args) {
        boolean inOrder = shortSpec.startsWith("+");
        String spec = inOrder ? shortSpec.substring(1) : shortSpec;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.startsWith("--")) {
                i = longOption(ctx, args, i);
                continue;
            }
            if (a.length() < 2 || a.charAt(0) != '-') {
                if (inOrder) break;
                operands.add(a);
                continue;
            }
            int j = 1;
            if (digits && Character.isDigit(a.charAt(1))) {
                int k = 1;
                while (k < a.length() && Character.isDigit(a.charAt(k))) k++;
                opts.add(new Opt(NUMBER_KEY, a.substring(1, k)));
                j = k;
            }
            for (; j < a.length(); j++) {
                char c = a.charAt(j);
                int at = c == ':' ? -1 : spec.indexOf(c);
                if (at < 0) fail(ctx, "invalid option -- '" + c + "'");
                boolean takes = at + 1 < spec.length() && spec.charAt(at + 1) == ':';
                if (!takes) {
                    opts.add(new Opt(String.valueOf(c), null));
                    continue;
                }
                // "e::": the argument is optional and only ever glued to the letter (xargs -i, -l)
                if (at + 2 < spec.length() && spec.charAt(at + 2) == ':') {
                    opts.add(new Opt(String.valueOf(c), j + 1 < a.length() ? a.substring(j + 1) : null));
                    break;
                }
                if (j + 1 < a.length()) {
                    opts.add(new Opt(String.valueOf(c), a.substring(j + 1)));
                } else if (i + 1 < args.size()) {
                    opts.add(new Opt(String.valueOf(c), args.get(++i)));
                } else {
                    fail(ctx, "option requires an argument -- '" + c + "'");
                }
                break;
            }
        }
        for (; i < args.size(); i++) operands.add(args.get(i));
        return this;
    }

    private int longOption(Ctx ctx, List<String> args, int i) {
        String a = args.get(i);
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        String found = longs.containsKey(name) ? name : null;
        if (found == null) {
            List<String> cands = new ArrayList<>();
            for (String l : longs.keySet()) if (l.startsWith(name)) cands.add(l);
            // several names for one option (--color/--colour) are no ambiguity
            long distinct = cands.stream().map(l -> longs.get(l)[1] + "/" + longs.get(l)[0]).distinct().count();
            // getopt names the whole word, "=value" included
            if (cands.isEmpty()) fail(ctx, "unrecognized option '" + a + "'");
            if (distinct > 1) {
                StringBuilder m = new StringBuilder("option '" + a + "' is ambiguous; possibilities:");
                for (String c : cands) m.append(" '--").append(c).append('\'');
                fail(ctx, m.toString());
            }
            found = cands.get(0);
        }
        String[] def = longs.get(found);
        int hasArg = Integer.parseInt(def[0]);
        if (hasArg == 0 && eq >= 0) fail(ctx, "option '--" + found + "' doesn't allow an argument");
        String arg = null;
        if (eq >= 0) arg = a.substring(eq + 1);
        else if (hasArg == 1) {
            if (i + 1 >= args.size()) fail(ctx, "option '--" + found + "' requires an argument");
            arg = args.get(++i);
        }
        opts.add(new Opt(def[1], arg));
        return i;
    }
}
