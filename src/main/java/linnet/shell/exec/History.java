package linnet.shell.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * bash's history list (lib/readline/history.c as bash drives it from bashhist.c) and the two
 * builtins that read it, {@code history} (builtins/history.def) and {@code fc} (builtins/fc.def).
 * A shell that is not interactive starts with the list off (set +o history), which is why
 * {@code history} in a script prints nothing; {@code set -o history} turns it on for the lines
 * read after the one that says so, and {@code history -s} adds a line even when it is off.
 * Numbers start at 1 and follow the list after -c and -d, as with bash's history_base of 1.
 */
final class History {
    private static final String HISTORY_USAGE =
            "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]";
    private static final String FC_USAGE = "fc [-e ename] [-lnr] [first] [last] or fc -s [pat=rep] [command]";

    private List<String> lines = new ArrayList<>();
    /** set -o history (bash's remember_on_history). */
    boolean on;
    /**
     * Whether the last thing done to the list was adding a line (bash's hist_last_line_added): then
     * the newest entry is the command now running, which history -s/-p replace and fc leaves out.
     */
    private boolean lastAdded;
    /** Whether history -s already replaced the running line (bash's hist_last_line_pushed): a second one adds. */
    private boolean pushed;

    History copy() {
        History h = new History();
        h.lines = new ArrayList<>(lines);
        h.on = on;
        h.lastAdded = lastAdded;
        return h;
    }

    /** A line the shell read from its input, before it runs it. */
    void read(String line) {
        if (!on) return;
        lines.add(line);
        lastAdded = true;
        pushed = false;
    }

    /**
     * The entry for the source text of one command as the shell read it (its lines and any
     * comment lines before it): bash keeps each comment line as an entry, drops blank lines,
     * and (cmdhist) joins the lines of a multi-line command into one entry.
     */
    void readCommand(String text) {
        if (!on || text.isEmpty()) return;
        String[] ls = text.split("\n", -1);
        int k = 0;
        // the blank and comment-only lines read before the command's first word
        while (k < ls.length && (ls[k].isBlank() || ls[k].strip().startsWith("#"))) {
            if (!ls[k].isBlank()) read(ls[k]);
            k++;
        }
        if (k == ls.length) return;
        String cmd = String.join("\n", java.util.Arrays.asList(ls).subList(k, ls.length));
        if (cmd.endsWith("\n") && !hasHereDoc(cmd)) cmd = cmd.substring(0, cmd.length() - 1);
        if (!cmd.isBlank()) read(joinLines(cmd));
    }

    private static boolean hasHereDoc(String cmd) { return cmd.contains("<<") && !cmd.contains("<<<"); }

    /**
     * cmdhist's joining (parse.y history_delimiting_chars): a newline inside quotes, a command
     * substitution or a here-document stays a newline; after a word that cannot be followed by ';'
     * (do, then, {, |, &&, ...) a space; an empty line adds nothing; else "; ".
     */
    static String joinLines(String cmd) {
        String[] ls = cmd.split("\n", -1);
        if (ls.length == 1) return cmd;
        if (hasHereDoc(cmd)) return cmd;
        StringBuilder sb = new StringBuilder(ls[0]);
        for (int i = 1; i < ls.length; i++) {
            String prev = sb.toString();
            if (!Shell.isComplete(prev) && openQuote(prev)) sb.append('\n');
            else if (ls[i].isBlank()) continue;
            else if (noSemicolonAfter(prev)) sb.append(' ');
            else sb.append("; ");
            sb.append(ls[i]);
        }
        return sb.toString();
    }

    /** Whether an incomplete text is open inside a quote or $( ) rather than inside a compound command. */
    private static boolean openQuote(String text) {
        char q = 0;
        int paren = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q == '\'') { if (c == '\'') q = 0; continue; }
            if (c == '\\') { i++; continue; }
            if (q == '"') { if (c == '"') q = 0; else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') { paren++; i++; } continue; }
            if (c == '\'' || c == '"' || c == '`') { q = c == '`' ? q : c; if (c == '`') paren = paren == 0 ? 1 : paren - 1; continue; }
            if (c == '#' && (i == 0 || " \t\n;".indexOf(text.charAt(i - 1)) >= 0)) {
                while (i < text.length() && text.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') { paren++; i++; }
            else if (c == ')' && paren > 0) paren--;
        }
        return q != 0 || paren > 0;
    }

    private static final List<String> NO_SEMI = List.of("{", "(", ";", "&", "|", "case", "do", "else", "if", ";;",
            ";&", ";;&", "then", "until", "while", "&&", "||", "in", "elif");

    private static boolean noSemicolonAfter(String text) {
        String t = text.strip();
        if (t.isEmpty()) return true;
        for (String w : NO_SEMI) {
            if (t.endsWith(w) && (t.length() == w.length() || !Character.isLetterOrDigit(w.charAt(0))
                    || " \t;&|(".indexOf(t.charAt(t.length() - w.length() - 1)) >= 0)) return true;
        }
        return t.endsWith(")") && t.matches("(?s).*\\b[A-Za-z_][A-Za-z0-9_]*\\s*\\(\\s*\\)$");
    }

    // ------------------------------------------------------------------ history

    int history(Shell sh, List<String> args) {
        BuiltinOpts o = BuiltinOpts.parse(sh, "history", args, "acd:npsrw", HISTORY_USAGE);
        if (o == null) return 2;
        String flags = "";
        String delete = null;
        for (BuiltinOpts.Opt x : o.opts) {
            flags += x.name();
            if (x.name() == 'd') delete = x.arg();
        }
        List<String> rest = o.operands;
        int files = 0;
        for (char c : "anrw".toCharArray()) if (flags.indexOf(c) >= 0) files++;
        if (files > 1) {
            sh.error("history: cannot use more than one of -anrw");
            return 1;
        }
        if (flags.indexOf('c') >= 0) {
            lines.clear();
            lastAdded = false;
            if (rest.isEmpty()) return 0;
        }
        if (flags.indexOf('s') >= 0) {
            if (!rest.isEmpty()) {
                // the `history -s' line itself gives way to its arguments
                if (on && lastAdded && !pushed && !lines.isEmpty()) lines.remove(lines.size() - 1);
                lines.add(String.join(" ", rest));
                lastAdded = true;
                pushed = true;
            }
            return 0;
        }
        if (flags.indexOf('p') >= 0) {
            if (on && lastAdded && !lines.isEmpty()) {
                lines.remove(lines.size() - 1);
                lastAdded = false;
            }
            int rc = 0;
            for (String w : rest) {
                HistoryExpansion.Result r = HistoryExpansion.expand(w, events());
                if (r.error() != null) {
                    sh.error("history: " + w + ": history expansion failed");
                    rc = 1;
                } else sh.out.println(r.line());
            }
            sh.out.flush();
            return rc;
        }
        if (delete != null) return delete(sh, delete);
        if (files == 0) return display(sh, rest);
        String file = !rest.isEmpty() ? rest.get(0) : sh.vars.get("HISTFILE");
        // readline's default history file when HISTFILE is unset
        if (file == null || file.isEmpty()) file = (sh.vars.get("HOME") == null ? "" : sh.vars.get("HOME")) + "/.history";
        String path = sh.resolve(file);
        var vfs = sh.host.vfs();
        // readline reports no reason for a file it cannot read or write, only the status
        if (flags.indexOf('w') >= 0 || flags.indexOf('a') >= 0) {
            if (vfs.openForWriteError(sh.ns(), path) != null) return 1;
            StringBuilder sb = new StringBuilder();
            for (String l : lines) sb.append(l).append('\n');
            String data = sb.toString();
            try {
                if (flags.indexOf('a') >= 0) vfs.append(sh.ns(), path, data);
                else vfs.write(sh.ns(), path, data);
            } catch (linnet.kernel.core.KernelException | RuntimeException e) {
                return 1;
            }
            return 0;
        }
        String text;
        try {
            text = vfs.read(sh.ns(), path);
        } catch (linnet.kernel.core.KernelException | RuntimeException e) {
            return 1;
        }
        for (String l : text.split("\n")) if (!l.isEmpty()) lines.add(l);
        return 0;
    }

    private int display(Shell sh, List<String> rest) {
        long limit = -1;
        if (!rest.isEmpty()) {
            if (rest.size() > 1) {
                sh.error("history: too many arguments");
                return 1;
            }
            String w = rest.get(0).strip();
            if (!w.matches("[+-]?[0-9]+")) {
                sh.error("history: " + rest.get(0) + ": numeric argument required");
                return 1;
            }
            limit = parse(w);
            if (limit < 0) limit = -limit;
        }
        int i = limit >= 0 && limit < lines.size() ? lines.size() - (int) limit : 0;
        for (; i < lines.size(); i++) sh.out.printf("%5d  %s%n", i + 1, lines.get(i));
        sh.out.flush();
        return 0;
    }

    private static long parse(String w) {
        try {
            return Long.parseLong(w.startsWith("+") ? w.substring(1) : w);
        } catch (NumberFormatException e) {
            return w.startsWith("-") ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    /** history -d N, -d -N (back from the end, which counts the running line), -d START-END. */
    private int delete(Shell sh, String arg) {
        int dash = arg.indexOf('-', arg.startsWith("-") ? 1 : 0);
        if (dash >= 0) {
            String a = arg.substring(0, dash), b = arg.substring(dash + 1);
            if (!isNumber(a) || !isNumber(b)) return outOfRange(sh, arg);
            long start = parse(a.strip()), end = parse(b.strip());
            if (a.startsWith("-") && start < 0) start += lines.size();
            if (start < 1 || start > lines.size()) return outOfRange(sh, a);
            if (b.startsWith("-") && end < 0) end += lines.size();
            if (end < 1 || end > lines.size()) return outOfRange(sh, b);
            if (end < start) return 1;
            lines.subList((int) start - 1, (int) end).clear();
            return 0;
        }
        if (!isNumber(arg)) return outOfRange(sh, arg);
        long n = parse(arg.strip());
        long index;
        if (arg.startsWith("-") && n < 0) {
            index = lines.size() + n;
            if (index < 0) return outOfRange(sh, arg);
        } else {
            if (n < 1 || n > lines.size()) return outOfRange(sh, arg);
            index = n - 1;
        }
        lines.remove((int) index);
        return 0;
    }

    private static boolean isNumber(String s) { return s.strip().matches("[+-]?[0-9]+"); }

    private static int outOfRange(Shell sh, String what) {
        sh.error("history: " + what + ": history position out of range");
        return 1;
    }

    private HistoryExpansion.Events events() {
        return new HistoryExpansion.Events() {
            public int first() { return 1; }

            public int last() { return lines.size(); }

            public String get(int number) { return lines.get(number - 1); }
        };
    }

    // ------------------------------------------------------------------ fc

    int fc(Shell sh, List<String> args) {
        // a -N is a history number, not an option: the options end before it (fc_number)
        int optEnd = 0;
        while (optEnd < args.size() && !args.get(optEnd).matches("-[0-9].*")) {
            String w = args.get(optEnd++);
            if (w.equals("--") || !w.startsWith("-") || w.equals("-")) break;
            if (w.matches("-[lnrs]*e") && optEnd < args.size()) optEnd++;
        }
        BuiltinOpts o = BuiltinOpts.parse(sh, "fc", args.subList(0, optEnd), "e:lnrs", FC_USAGE);
        if (o == null) return 2;
        List<String> rest = new java.util.ArrayList<>(o.operands);
        rest.addAll(args.subList(optEnd, args.size()));
        boolean listing = false, numbering = true, reverse = false, redo = false;
        String editor = null;
        for (BuiltinOpts.Opt x : o.opts) {
            switch (x.name()) {
                case 'l' -> listing = true;
                case 'n' -> numbering = false;
                case 'r' -> reverse = true;
                case 's' -> redo = true;
                default -> editor = x.arg();
            }
        }
        if ("-".equals(editor)) redo = true;
        // the fc line itself is the newest entry when it was added: it does not count
        int last = lines.size() - 1 - (on && lastAdded ? 1 : 0);
        if (last >= lines.size()) last = lines.size() - 1;
        if (redo && !listing) return redo(sh, rest, last);
        int beg, end;
        if (!rest.isEmpty()) {
            beg = number(rest.get(0), last, listing, true);
            if (rest.size() > 1) end = number(rest.get(1), last, listing, false);
            else end = listing ? last : beg;
        } else {
            end = last;
            // a listing shows the last 16 lines, an edit the last one
            beg = listing ? Math.max(0, end - 16 + 1) : end;
        }
        if (beg == NOT_FOUND || end == NOT_FOUND) {
            sh.error("fc: no command found");
            return 1;
        }
        if (beg < 0 || end < 0) {
            if (lines.isEmpty()) return 0;
            sh.error("fc: history specification out of range");
            return 1;
        }
        if (end < beg) {
            int t = end;
            end = beg;
            beg = t;
            reverse = !reverse;
        }
        if (!listing) return edit(sh, editor, beg, end, reverse);
        for (int k = 0; k <= end - beg; k++) {
            int i = reverse ? end - k : beg + k;
            if (i >= lines.size()) continue;
            sh.out.print((numbering ? String.valueOf(i + 1) : "") + "\t " + lines.get(i) + "\n");
        }
        sh.out.flush();
        return 0;
    }

    /**
     * fc [-e ename] [first [last]]: the lines go to a file, the editor ($FCEDIT, $EDITOR, vi) is run on
     * it, and what it leaves there is echoed and run; it takes fc's place in the list.
     */
    private int edit(Shell sh, String editor, int beg, int end, boolean reverse) {
        if (editor == null) editor = sh.vars.get("FCEDIT");
        if (editor == null || editor.isEmpty()) editor = sh.vars.get("EDITOR");
        if (editor == null || editor.isEmpty()) editor = "vi";
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k <= end - beg; k++) {
            int i = reverse ? end - k : beg + k;
            if (i < lines.size()) sb.append(lines.get(i)).append('\n');
        }
        String file = "/tmp/bash-fc." + sh.proc.pid;
        var vfs = sh.host.vfs();
        try {
            vfs.write(sh.ns(), file, sb.toString());
        } catch (linnet.kernel.core.KernelException e) {
            return 1;
        }
        int rc = sh.runSource(editor + " " + file + "\n", true);
        String text;
        try {
            text = vfs.read(sh.ns(), file);
            vfs.unlink(sh.ns(), file);
        } catch (linnet.kernel.core.KernelException | RuntimeException e) {
            return rc == 0 ? 1 : rc;
        }
        if (rc != 0) return rc;
        if (on && lastAdded && !lines.isEmpty()) lines.remove(lines.size() - 1);
        String cmd = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (!cmd.isEmpty()) {
            lines.add(cmd);
            lastAdded = true;
        }
        sh.err.print(text);
        sh.err.flush();
        return sh.runSource(text, true);
    }

    private static final int NOT_FOUND = Integer.MIN_VALUE;

    /** fc_gethnum: a number (1-based, clamped to the list), -N back from the end, or the newest line with a prefix. */
    private int number(String spec, int last, boolean listing, boolean first) {
        String s = spec.startsWith("-") ? spec.substring(1) : spec;
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            int k = 0;
            while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
            long n = parse(s.substring(0, k));
            if (spec.startsWith("-")) n = -n;
            if (n < 0) return (int) Math.max(0, n + last + 1);
            if (n == 0) return listing ? Math.max(0, last - 16 + 1) : last;
            // past the end: a listing starts at the oldest line, otherwise it is the newest
            if (n - 1 > last) return listing && first ? 0 : last;
            return (int) (n - 1);
        }
        for (int j = last; j >= 0; j--) if (lines.get(j).startsWith(spec)) return j;
        return NOT_FOUND;
    }

    /** fc -s [pat=rep] [command]: the command again, after each pat became rep; it takes fc's place in the list. */
    private int redo(Shell sh, List<String> rest, int last) {
        String pat = null, rep = null;
        int i = 0;
        if (i < rest.size() && rest.get(i).indexOf('=') > 0) {
            pat = rest.get(i).substring(0, rest.get(i).indexOf('='));
            rep = rest.get(i).substring(rest.get(i).indexOf('=') + 1);
            i++;
        }
        int at = last < 0 ? NOT_FOUND : i < rest.size() ? number(rest.get(i), last, false, true) : last;
        if (at == NOT_FOUND || at < 0) {
            sh.error("fc: no command found");
            return 1;
        }
        String cmd = lines.get(at);
        if (pat != null) cmd = cmd.replace(pat, rep);
        if (on && lastAdded && !lines.isEmpty()) lines.remove(lines.size() - 1);
        lines.add(cmd);
        lastAdded = true;
        sh.err.println(cmd);
        sh.err.flush();
        return sh.runSource(cmd + "\n", true);
    }
}
