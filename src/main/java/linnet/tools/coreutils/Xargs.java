package linnet.tools.coreutils;

import java.util.ArrayList;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.common.ToolExit;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * xargs(1) of GNU findutils 4.9: builds command lines from standard input (blank-separated items
 * with quotes and backslashes, or -0 / -d DELIM items, -L lines, -I lines put in place of a
 * string) and runs them one after the other (-P is accepted, linnet runs one at a time); echo
 * without a command. Each command gets /dev/null as its standard input, as GNU gives it. Exit
 * statuses: 123 when a command failed, 124 when one exited 255 (xargs stops), 126 a command that
 * cannot run, 127 one not found, 1 for xargs' own errors.
 */
public final class Xargs implements Tool {
    private static final int MAX_CHARS = 131072;

    /** The settings the options leave. */
    private static final class Settings {
        int maxArgs;
        int maxLines;
        String replace;
        Character delim;
        boolean noRunIfEmpty;
        boolean verbose;
        boolean exit;
        String eof;
        int maxChars = MAX_CHARS;
        String argFile;
    }

    /** One item read, and whether a line ended after it (what -L counts). */
    private record Item(String text, boolean endsLine) {}

    @Override
    public int run(Ctx ctx, List<String> args) {
        GnuOpts o = new GnuOpts("xargs", "+0a:E:e::i::I:l::L:n:prs:txP:d:", 1).longOpt("null", 0, "0")
                .longOpt("arg-file", 1, "a").longOpt("delimiter", 1, "d").longOpt("eof", 2, "e")
                .longOpt("replace", 2, "i").longOpt("max-lines", 2, "l").longOpt("max-args", 1, "n")
                .longOpt("open-tty", 0, "o").longOpt("interactive", 0, "p").longOpt("no-run-if-empty", 0, "r")
                .longOpt("max-chars", 1, "s").longOpt("verbose", 0, "t").longOpt("exit", 0, "x")
                .longOpt("max-procs", 1, "P").longOpt("process-slot-var", 1, "S").parse(ctx, args);
        Settings s = new Settings();
        for (GnuOpts.Opt opt : o.opts) {
            String arg = opt.arg();
            switch (opt.key()) {
                case "0" -> s.delim = '\0';
                case "a" -> s.argFile = arg;
                case "d" -> s.delim = delimiter(ctx, arg);
                case "E" -> s.eof = arg;
                case "e" -> s.eof = arg;
                case "I", "i" -> {
                    if (s.maxLines != 0) exclusive(ctx, "--replace/-I/-i", "--max-lines");
                    if (s.maxArgs != 0) exclusive(ctx, "--replace/-I/-i", "--max-args");
                    s.maxLines = 0;
                    s.maxArgs = 0;
                    s.replace = arg == null ? "{}" : arg;
                    s.exit = true;
                }
                case "L", "l" -> {
                    s.maxLines = opt.key().equals("l") && arg == null ? 1 : number(ctx, o, arg, opt.key().charAt(0), 1, true);
                    String name = opt.key().equals("L") ? "-L" : "--max-lines/-l";
                    if (s.maxArgs != 0) exclusive(ctx, name, "--max-args");
                    if (s.replace != null) exclusive(ctx, name, "--replace");
                    s.maxArgs = 0;
                    s.replace = null;
                }
                case "n" -> {
                    s.maxArgs = number(ctx, o, arg, 'n', 1, true);
                    if (s.maxLines != 0) exclusive(ctx, "--max-args/-n", "--max-lines");
                    s.maxLines = 0;
                    if (s.replace != null) {
                        // "-I {} -n1" is what -I does anyway
                        if (s.maxArgs == 1) s.maxArgs = 0;
                        else {
                            exclusive(ctx, "--max-args/-n", "--replace");
                            s.replace = null;
                        }
                    }
                }
                case "r" -> s.noRunIfEmpty = true;
                case "s" -> s.maxChars = number(ctx, o, arg, 's', 1, false);
                case "t" -> s.verbose = true;
                case "x" -> s.exit = true;
                case "P" -> number(ctx, o, arg, 'P', 0, true);
                default -> { } // -p, -o, --process-slot-var: nothing to ask and one process at a time
            }
        }
        List<String> command = o.operands.isEmpty() ? List.of("echo") : o.operands;
        String input;
        if (s.argFile != null) {
            Input.Read r = s.argFile.equals("-") ? new Input.Read(Input.stdin(ctx), null) : Input.read(ctx, s.argFile);
            if (!r.ok()) {
                ctx.err.println("xargs: Cannot open input file " + Input.quoteAlways(s.argFile) + ": " + r.error());
                return 1;
            }
            input = r.text();
        } else {
            input = Input.stdin(ctx);
        }
        String[] readError = {null};
        List<Item> items = s.delim != null ? split(input, s.delim)
                : words(input, s.replace != null, s.eof, readError);
        // the read error is reported first, then what was read before it still runs
        if (readError[0] != null) {
            ctx.err.println(readError[0]);
            s.noRunIfEmpty = true;
        }
        int rc = s.replace != null ? replacing(ctx, s, command, items) : batches(ctx, s, command, items);
        if (readError[0] != null && rc < 124) rc = 1;
        return rc;
    }

    private static void exclusive(Ctx ctx, String option, String offending) {
        ctx.err.println("xargs: warning: options " + offending + " and " + option
                + " are mutually exclusive, ignoring previous " + offending + " value");
    }

    /** A numeric option's argument; below min it is an error (fatal ones end xargs with the hint). */
    private static int number(Ctx ctx, GnuOpts o, String arg, char opt, int min, boolean fatal) {
        long v;
        try {
            v = Long.parseLong(arg.strip());
        } catch (NumberFormatException e) {
            ctx.err.println("xargs: invalid number \"" + arg + "\" for -" + opt + " option");
            o.fail(ctx, null);
            return 0;
        }
        if (v < min) {
            ctx.err.println("xargs: value " + arg + " for -" + opt + " option should be >= " + min);
            if (fatal) o.fail(ctx, null);
            return min;
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** -d's argument: one character, or a backslash escape (\n, \t, \\, \xHH, \0NNN octal). */
    private static char delimiter(Ctx ctx, String arg) {
        if (arg.length() == 1) return arg.charAt(0);
        if (arg.startsWith("\\") && arg.length() > 1) {
            String rest = arg.substring(2);
            char c = arg.charAt(1);
            Integer v = switch (c) {
                case 'a' -> rest.isEmpty() ? 7 : null;
                case 'b' -> rest.isEmpty() ? 8 : null;
                case 'f' -> rest.isEmpty() ? 12 : null;
                case 'n' -> rest.isEmpty() ? 10 : null;
                case 'r' -> rest.isEmpty() ? 13 : null;
                case 't' -> rest.isEmpty() ? 9 : null;
                case 'v' -> rest.isEmpty() ? 11 : null;
                case '\\' -> rest.isEmpty() ? 92 : null;
                case 'x' -> rest.matches("[0-9a-fA-F]{1,2}") ? Integer.parseInt(rest, 16) : null;
                default -> (c >= '0' && c <= '7') && (c + rest).matches("[0-7]{1,3}")
                        ? Integer.parseInt(c + rest, 8) : null;
            };
            if (v != null && v < 256) return (char) (int) v;
        }
        ctx.err.println("xargs: Invalid input delimiter specification " + arg
                + ": the delimiter must be either a single character or an escape sequence starting with \\.");
        throw new ToolExit(1);
    }

    /** -0 / -d: items are what lies between delimiters, taken literally; no empty item after the last one. */
    private static List<Item> split(String in, char delim) {
        List<Item> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= in.length(); i++) {
            if (i == in.length() ? i > start : in.charAt(i) == delim) {
                out.add(new Item(in.substring(start, i), true));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * The default reading: items separated by blanks and newlines, '...' and "..." quote blanks,
     * a backslash the next character; -E's string ends the input. With -I (lines) a line is one
     * item, its leading blanks dropped. A line ending in a blank continues on the next (for -L).
     * An unmatched quote ends the reading with GNU's message (what was read still runs).
     */
    private static List<Item> words(String in, boolean lines, String eof, String[] error) {
        List<Item> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        boolean lastBlank = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (quote != 0) {
                if (c == '\n') {
                    error[0] = unmatched(quote);
                    return out;
                }
                if (c == quote) quote = 0;
                else cur.append(c);
                continue;
            }
            if (c == '\n') {
                if (inWord) {
                    if (eof != null && cur.toString().equals(eof)) return out;
                    out.add(new Item(cur.toString(), !lastBlank));
                } else if (!out.isEmpty() && !lastBlank) {
                    Item last = out.remove(out.size() - 1);
                    out.add(new Item(last.text, true));
                }
                cur.setLength(0);
                inWord = false;
                lastBlank = false;
                continue;
            }
            boolean blank = c == ' ' || c == '\t';
            if (blank && (!lines || !inWord)) {
                if (inWord && !lines) {
                    if (eof != null && cur.toString().equals(eof)) return out;
                    out.add(new Item(cur.toString(), false));
                    cur.setLength(0);
                    inWord = false;
                }
                lastBlank = true;
                continue;
            }
            lastBlank = blank;
            inWord = true;
            if (c == '\'' || c == '"') quote = c;
            else if (c == '\\' && i + 1 < in.length()) cur.append(in.charAt(++i));
            else cur.append(c);
        }
        if (quote != 0) {
            error[0] = unmatched(quote);
            return out;
        }
        if (inWord && !(eof != null && cur.toString().equals(eof))) out.add(new Item(cur.toString(), true));
        return out;
    }

    private static String unmatched(char quote) {
        return "xargs: unmatched " + (quote == '\'' ? "single" : "double")
                + " quote; by default quotes are special to xargs unless you use the -0 option";
    }

    /** Without -I: as many items per command as -n, -L and the size limit allow; once with none unless -r. */
    private static int batches(Ctx ctx, Settings s, List<String> command, List<Item> items) {
        int base = 0;
        for (String a : command) base += a.length() + 1;
        if (base > s.maxChars) {
            ctx.err.println("xargs: cannot fit single argument within argument list size limit");
            return 1;
        }
        int status = 0;
        List<String> batch = new ArrayList<>();
        int size = base, lines = 0;
        boolean ran = false;
        for (Item it : items) {
            int need = it.text.length() + 1;
            if (base + need > s.maxChars) {
                ctx.err.println("xargs: argument line too long");
                return 1;
            }
            if (size + need > s.maxChars && !batch.isEmpty()) {
                int r = exec(ctx, s, command, batch);
                if (r >= 124) return r;
                status = Math.max(status, r);
                ran = true;
                batch.clear();
                size = base;
                lines = 0;
            }
            batch.add(it.text);
            size += need;
            if (it.endsLine) lines++;
            if ((s.maxArgs > 0 && batch.size() >= s.maxArgs) || (s.maxLines > 0 && lines >= s.maxLines)) {
                int r = exec(ctx, s, command, batch);
                if (r >= 124) return r;
                status = Math.max(status, r);
                ran = true;
                batch.clear();
                size = base;
                lines = 0;
            }
        }
        if (!batch.isEmpty() || (!ran && !s.noRunIfEmpty)) {
            int r = exec(ctx, s, command, batch);
            if (r >= 124) return r;
            status = Math.max(status, r);
        }
        return status;
    }

    /** -I STR: one command per line, STR replaced by the line in every argument. */
    private static int replacing(Ctx ctx, Settings s, List<String> command, List<Item> items) {
        int status = 0;
        for (Item it : items) {
            List<String> argv = new ArrayList<>();
            for (String a : command) argv.add(a.replace(s.replace, it.text));
            int r = run(ctx, s, argv);
            if (r >= 124) return r;
            status = Math.max(status, r);
        }
        return status;
    }

    private static int exec(Ctx ctx, Settings s, List<String> command, List<String> batch) {
        List<String> argv = new ArrayList<>(command);
        argv.addAll(batch);
        return run(ctx, s, argv);
    }

    /** Runs one command line: 0, 123 for a failure, 124 (255: abort), 126/127 (cannot run, xargs stops). */
    private static int run(Ctx ctx, Settings s, List<String> argv) {
        if (s.verbose) {
            StringBuilder b = new StringBuilder();
            for (String a : argv) b.append(b.length() == 0 ? "" : " ").append(Input.quote(a));
            ctx.err.println(b);
        }
        ctx.out.flush();
        Integer st = ctx.exec.execvp(ctx.withIo(ctx.out, null), argv);
        ctx.out.flush();
        if (st == null) {
            String e = ctx.exec.execError(ctx, argv.get(0));
            ctx.err.println("xargs: " + argv.get(0) + ": " + e);
            return e.equals("No such file or directory") ? 127 : 126;
        }
        if (st == 255) {
            ctx.err.println("xargs: " + argv.get(0) + ": exited with status 255; aborting");
            return 124;
        }
        return st == 0 ? 0 : 123;
    }
}
