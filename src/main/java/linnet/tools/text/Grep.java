package linnet.tools.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * grep(1) as GNU grep 3.8 in the C locale: BRE/ERE/fixed patterns (through {@link PosixRegex}),
 * the selection and output options tutorials use, context with "--" group separators, the
 * "(standard input)" name, exit 0 selected / 1 none / 2 trouble (0 with -q once a line matched).
 * Not here: -P, -f, -r, -z, binary-file detection.
 */
public final class Grep implements Tool {
    private static final String USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...";

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("grep", "EFGPe:f:iyvwxcLloqsnhHA:B:C:m:abrRUzZT", 2).usageLine(USAGE).digits()
                .longOpt("extended-regexp", 0, "E").longOpt("fixed-strings", 0, "F").longOpt("basic-regexp", 0, "G")
                .longOpt("perl-regexp", 0, "P").longOpt("regexp", 1, "e").longOpt("file", 1, "f")
                .longOpt("ignore-case", 0, "i").longOpt("no-ignore-case", 0, "no-i").longOpt("word-regexp", 0, "w")
                .longOpt("line-regexp", 0, "x").longOpt("null-data", 0, "z").longOpt("no-messages", 0, "s")
                .longOpt("invert-match", 0, "v").longOpt("version", 0, "V").longOpt("help", 0, "help")
                .longOpt("max-count", 1, "m").longOpt("byte-offset", 0, "b").longOpt("line-number", 0, "n")
                .longOpt("line-buffered", 0, "line-buffered").longOpt("with-filename", 0, "H")
                .longOpt("no-filename", 0, "h").longOpt("label", 1, "label").longOpt("only-matching", 0, "o")
                .longOpt("quiet", 0, "q").longOpt("silent", 0, "q").longOpt("text", 0, "a")
                .longOpt("files-without-match", 0, "L").longOpt("files-with-matches", 0, "l")
                .longOpt("before-context", 1, "B").longOpt("after-context", 1, "A")
                .longOpt("context", 1, "C").longOpt("group-separator", 1, "group-separator")
                .longOpt("no-group-separator", 0, "no-group-separator")
                .longOpt("color", 2, "color").longOpt("colour", 2, "color")
                .longOpt("count", 0, "c") // getopt lists ambiguous prefixes in grep's table order
                .parse(ctx, args);
        Opts opt = new Opts();
        List<String> patterns = null;
        char matcher = 0;
        for (GnuOpts.Opt x : o.opts) {
            switch (x.key()) {
                case "E", "F", "G", "P" -> {
                    if (x.key().equals("P")) {
                        ctx.err.println("grep: -P is not supported by linnet");
                        return 2;
                    }
                    char m = x.key().charAt(0);
                    if (matcher != 0 && matcher != m) {
                        ctx.err.println("grep: conflicting matchers specified");
                        return 2;
                    }
                    matcher = m;
                }
                case "e" -> {
                    if (patterns == null) patterns = new ArrayList<>();
                    patterns.addAll(Arrays.asList(x.arg().split("\n", -1)));
                }
                case "i", "y" -> opt.icase = true;
                case "no-i" -> opt.icase = false;
                case "v" -> opt.invert = true;
                case "w" -> opt.word = true;
                case "x" -> opt.line = true;
                case "c" -> opt.count = true;
                case "l" -> { opt.listMatching = true; opt.listMissing = false; }
                case "L" -> { opt.listMissing = true; opt.listMatching = false; }
                case "o" -> opt.only = true;
                case "q" -> opt.quiet = true;
                case "s" -> opt.noMessages = true;
                case "n" -> opt.number = true;
                case "b" -> opt.byteOffset = true;
                case "h" -> opt.withName = 0;
                case "H" -> opt.withName = 1;
                case "label" -> opt.label = x.arg();
                case "A" -> opt.after = context(ctx, x.arg());
                case "B" -> opt.before = context(ctx, x.arg());
                case "C", GnuOpts.NUMBER_KEY -> opt.before = opt.after = context(ctx, x.arg());
                case "m" -> opt.max = maxCount(ctx, x.arg());
                case "group-separator" -> opt.separator = x.arg();
                case "no-group-separator" -> opt.separator = null;
                case "color" -> {
                    String a = x.arg();
                    if (a != null && !List.of("always", "yes", "force", "never", "no", "none", "auto", "tty",
                            "if-tty").contains(a)) {
                        o.fail(ctx, null);
                    }
                }
                case "f", "r", "R", "z", "Z", "T", "U" -> {
                    ctx.err.println("grep: -" + x.key() + " is not supported by linnet");
                    return 2;
                }
                case "help" -> {
                    ctx.out.println(USAGE);
                    ctx.out.println("Search for PATTERNS in each FILE.");
                    return 0;
                }
                case "V" -> {
                    ctx.out.println("grep (GNU grep) 3.8");
                    return 0;
                }
                default -> { }
            }
        }
        List<String> files = new ArrayList<>(o.operands);
        if (patterns == null) {
            if (files.isEmpty()) o.fail(ctx, null);
            patterns = Arrays.asList(files.remove(0).split("\n", -1));
        }
        int flags = (opt.icase ? PosixRegex.ICASE : 0) | (opt.line ? PosixRegex.WHOLE : opt.word ? PosixRegex.WORD : 0);
        PosixRegex re;
        try {
            re = matcher == 'F' ? PosixRegex.fixed(patterns, flags)
                    : PosixRegex.compile(patterns, matcher == 'E' ? PosixRegex.Syntax.EXTENDED : PosixRegex.Syntax.BASIC, flags);
        } catch (PosixRegex.SyntaxError e) {
            ctx.err.println("grep: " + e.getMessage());
            return 2;
        }
        for (String w : re.warnings()) ctx.err.println("grep: warning: " + w);
        if (files.isEmpty()) files.add("-");
        if (opt.listMatching || opt.listMissing) opt.count = false;
        if (opt.only) opt.before = opt.after = 0; // -o prints neither context nor separators
        if (opt.withName < 0) opt.withName = files.size() > 1 ? 1 : 0;
        boolean any = false, trouble = false;
        StringBuilder out = new StringBuilder();
        Input in = new Input(ctx);
        for (String f : files) {
            Input.Read r = in.read(f);
            String name = f.equals("-") ? opt.label : f;
            if (!r.ok()) {
                if (!opt.noMessages) {
                    Input.out(ctx, out);
                    out.setLength(0);
                    ctx.err.println("grep: " + f + ": " + r.error());
                }
                trouble = true;
                continue;
            }
            opt.stoppedAt = -1;
            int n = search(re, opt, r.text(), name, out);
            // grep stops reading where -q or -m has what it wants: a pipe's writer may be left with the rest
            if (f.equals("-") && opt.stoppedAt >= 0) ctx.stdinReadUpTo(opt.stoppedAt);
            if (n > 0) any = true;
            if (any && opt.quiet) return 0;
        }
        if (!opt.quiet) Input.out(ctx, out);
        return trouble && !(opt.quiet && any) ? 2 : any ? 0 : 1;
    }

    private static final class Opts {
        boolean icase, invert, word, line, count, listMatching, listMissing, only, quiet, noMessages, number, byteOffset;
        /** Where in the input the last search stopped reading (-q's first match, -m's last), -1: at its end. */
        long stoppedAt = -1;
        int withName = -1;
        int before, after;
        long max = -1;
        String label = "(standard input)";
        String separator = "--";
    }

    private static int context(Ctx ctx, String s) {
        try {
            long v = Long.parseLong(s);
            if (v >= 0) return (int) Math.min(v, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            // a count too large for a long is still a count
            if (s.matches("[0-9]+")) return Integer.MAX_VALUE;
        }
        ctx.err.println("grep: " + s + ": invalid context length argument");
        throw new linnet.tools.common.ToolExit(2);
    }

    private static long maxCount(Ctx ctx, String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            if (s.trim().matches("[0-9]+")) return Long.MAX_VALUE;
            ctx.err.println("grep: invalid max count");
            throw new linnet.tools.common.ToolExit(2);
        }
    }

    /** Searches one file's text; returns the number of selected lines. */
    private static int search(PosixRegex re, Opts opt, String text, String name, StringBuilder out) {
        List<String> lines = Input.lines(text);
        int selected = 0;
        int lastPrinted = -1;   // index of the last line printed (for context and separators)
        int afterLeft = 0;
        long offset = 0;
        long[] offsets = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            offsets[i] = offset;
            offset += lines.get(i).length() + 1;
        }
        boolean printLines = !opt.count && !opt.listMatching && !opt.listMissing && !opt.quiet;
        for (int i = 0; i < lines.size(); i++) {
            if (opt.max >= 0 && selected >= opt.max) {
                // after the last allowed match its trailing context still follows, matching or not
                if (printLines && afterLeft > 0) {
                    emit(out, opt, name, i, offsets[i], lines.get(i), '-');
                    lastPrinted = i;
                    afterLeft--;
                    continue;
                }
                opt.stoppedAt = offsets[i];
                break;
            }
            String line = lines.get(i);
            boolean hit = re.matchesIn(line) != opt.invert;
            if (!hit) {
                if (printLines && afterLeft > 0 && !opt.only) {
                    emit(out, opt, name, i, offsets[i], line, '-');
                    lastPrinted = i;
                    afterLeft--;
                } else if (afterLeft > 0) {
                    afterLeft--;
                    lastPrinted = i;
                }
                continue;
            }
            selected++;
            if (opt.quiet) {
                // -q: the first match settles the status, nothing more is read
                opt.stoppedAt = offsets[i] + line.length() + 1;
                break;
            }
            if (!printLines) continue;
            int from = Math.max(lastPrinted + 1, i - opt.before);
            if ((opt.before > 0 || opt.after > 0) && lastPrinted >= 0 && from > lastPrinted + 1 && opt.separator != null) {
                out.append(opt.separator).append('\n');
            }
            if (!opt.only) {
                for (int k = from; k < i; k++) emit(out, opt, name, k, offsets[k], lines.get(k), '-');
            }
            if (opt.only) {
                if (!opt.invert) onlyMatching(re, opt, name, i, offsets[i], line, out);
            } else {
                emit(out, opt, name, i, offsets[i], line, ':');
            }
            lastPrinted = i;
            afterLeft = opt.after;
        }
        if (opt.count) {
            if (opt.withName == 1) out.append(name).append(':');
            out.append(selected).append('\n');
        }
        if (opt.listMatching && selected > 0) out.append(name).append('\n');
        if (opt.listMissing && selected == 0) out.append(name).append('\n');
        return selected;
    }

    private static void prefix(StringBuilder out, Opts opt, String name, int i, long off, char sep) {
        if (opt.withName == 1) out.append(name).append(sep);
        if (opt.number) out.append(i + 1).append(sep);
        if (opt.byteOffset) out.append(off).append(sep);
    }

    private static void emit(StringBuilder out, Opts opt, String name, int i, long off, String line, char sep) {
        prefix(out, opt, name, i, off, sep);
        out.append(line).append('\n');
    }

    /** -o: each non-empty leftmost-longest match on its own line; an empty match moves one on. */
    private static void onlyMatching(PosixRegex re, Opts opt, String name, int i, long off, String line, StringBuilder out) {
        int from = 0;
        while (from <= line.length()) {
            MatchResult m = re.find(line, from);
            if (m == null) break;
            if (m.end() == m.start()) {
                from = m.end() + 1;
                continue;
            }
            prefix(out, opt, name, i, off + m.start(), ':');
            out.append(line, m.start(), m.end()).append('\n');
            from = m.end();
        }
    }
}
