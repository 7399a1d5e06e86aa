package linnet.tools.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import linnet.tools.text.SedCommand.AddrKind;
import linnet.tools.text.SedCommand.Address;
import linnet.tools.text.SedCommand.Piece;

/**
 * Runs a compiled sed program over input lines the way GNU sed's execute.c does: one cycle per
 * line (read, run the commands, print the pattern space unless -n, flush the a/r queue), with
 * the hold space, range states and the last regex kept across cycles.
 */
final class SedExec {
    /** One input line; {@code newline} is false for a last line without its terminator. */
    record Line(String text, boolean newline, String file) {}

    /** What a cycle's output goes to; remembers a missing final newline, which any later output first adds. */
    static final class Output {
        final StringBuilder b = new StringBuilder();
        private boolean missing;

        void write(String s, boolean terminated, char eol) {
            if (missing) { b.append(eol); missing = false; }
            b.append(s);
            if (terminated) b.append(eol);
            else missing = true;
        }

        void text(String s) {
            if (missing) { b.append('\n'); missing = false; }
            b.append(s);
        }
    }

    /** Raised for a runtime error of the script (an empty regex with none before it). */
    static final class RuntimeError extends RuntimeException {
        RuntimeError(String m) { super(m, null, false, false); }
    }

    private final List<SedCommand> prog;
    private final boolean quiet;
    private final char eol;
    private final int lineWrap;
    private final String where;
    /** r FILE: reads a file's text (null when it cannot be read: r then adds nothing). */
    private final java.util.function.Function<String, String> readFile;
    final Map<String, Output> wfiles = new LinkedHashMap<>();

    private String hold = "";
    private PosixRegex lastRegex;
    private Output out;

    // per stream
    private List<Line> lines;
    private int next;
    private long lineNo;
    private Line cur;
    private String ps;
    private final List<String> appendQueue = new ArrayList<>();

    /** Run at every branch taken: where the runner's wall-clock guard may end a script that loops forever (`:a; ba`). */
    Runnable guard = () -> {};

    SedExec(List<SedCommand> prog, boolean quiet, char eol, int lineWrap, String where,
            java.util.function.Function<String, String> readFile) {
        this.prog = prog;
        this.quiet = quiet;
        this.eol = eol;
        this.lineWrap = lineWrap;
        this.where = where;
        this.readFile = readFile;
    }

    /**
     * Runs over one stream (all input, or one file with -s/-i) into {@code o}; line numbers
     * restart with it. Returns -1 when the input ended, else the exit status of q/Q.
     */
    int run(List<Line> input, Output o) {
        lines = input;
        out = o;
        next = 0;
        lineNo = 0;
        while (next < lines.size()) {
            readLine();
            int rc = cycle();
            if (rc >= 0) return rc;
        }
        return -1;
    }

    /** How many bytes of the stream the lines read so far took (what q leaves of a pipe is the rest). */
    long readBytes() {
        long n = 0;
        for (int i = 0; i < next; i++) {
            Line l = lines.get(i);
            n += l.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + (l.newline() ? 1 : 0);
        }
        return n;
    }

    private void readLine() {
        cur = lines.get(next++);
        lineNo++;
        ps = cur.text();
    }

    private boolean isLast() { return next >= lines.size(); }

    private void printPs(String s) { out.write(s, cur.newline() || !isLast(), eol); }

    private void endOfCycle(boolean autoprint) {
        if (autoprint && !quiet) printPs(ps);
        for (String t : appendQueue) out.text(t);
        appendQueue.clear();
    }

    /** One cycle from the first command; returns -1 to go on, or an exit status to stop with. */
    private int cycle() {
        boolean replaced = false;
        int pc = 0;
        while (pc < prog.size()) {
            SedCommand c = prog.get(pc);
            if (!selected(c)) {
                pc = c.name == '{' ? c.target : pc + 1;
                continue;
            }
            switch (c.name) {
                case '=' -> out.text(lineNo + "\n");
                case 'a' -> appendQueue.add(c.text);
                case 'i' -> out.text(c.text);
                case 'c' -> {
                    if (c.a2 == null || !c.rangeActive) out.text(c.text);
                    endOfCycle(false);
                    return -1;
                }
                case 'd' -> { endOfCycle(false); return -1; }
                case 'D' -> {
                    int nl = ps.indexOf('\n');
                    if (nl < 0) { endOfCycle(false); return -1; }
                    ps = ps.substring(nl + 1);
                    endOfCycle(false);
                    pc = 0;
                    replaced = false;
                    continue;
                }
                case 'g' -> ps = hold;
                case 'G' -> ps = ps + "\n" + hold;
                case 'h' -> hold = ps;
                case 'H' -> hold = hold + "\n" + ps;
                case 'x' -> { String t = ps; ps = hold; hold = t; }
                case 'z' -> ps = "";
                case 'l' -> out.text(unambiguous(ps, c.number >= 0 ? c.number : lineWrap));
                case 'n' -> {
                    if (isLast()) { endOfCycle(true); return 0; }
                    if (!quiet) printPs(ps);
                    endOfCycle(false);
                    readLine();
                }
                case 'N' -> {
                    if (isLast()) { endOfCycle(true); return 0; }
                    for (String t : appendQueue) out.text(t);
                    appendQueue.clear();
                    String before = ps;
                    readLine();
                    ps = before + "\n" + ps;
                }
                case 'p' -> printPs(ps);
                case 'P' -> {
                    int nl = ps.indexOf('\n');
                    out.write(nl < 0 ? ps : ps.substring(0, nl), nl >= 0 || cur.newline() || !isLast(), eol);
                }
                case 'q' -> { endOfCycle(true); return c.number; }
                case 'Q' -> { return c.number; }
                case 'r' -> {
                    String t = c.text.equals("/dev/stdin") ? null : readFile.apply(c.text);
                    if (t != null && !t.isEmpty()) appendQueue.add(t);
                }
                case 'R', 'L' -> { /* not emulated */ }
                case 'w' -> writeTo(c.text, ps);
                case 'W' -> { int nl = ps.indexOf('\n'); writeTo(c.text, nl < 0 ? ps : ps.substring(0, nl)); }
                case 's' -> {
                    if (substitute(c.subst)) {
                        replaced = true;
                        if (c.subst.print()) printPs(ps);
                        if (c.subst.writeFile() != null) writeTo(c.subst.writeFile(), ps);
                    }
                }
                case 'y' -> {
                    StringBuilder b = new StringBuilder(ps.length());
                    for (int i = 0; i < ps.length(); i++) {
                        int k = c.yFrom.indexOf(ps.charAt(i));
                        b.append(k < 0 ? ps.charAt(i) : c.yTo.charAt(k));
                    }
                    ps = b.toString();
                }
                case 'F' -> out.text(cur.file() + "\n");
                case 'b' -> {
                    guard.run();
                    pc = c.target;
                    continue;
                }
                case 't', 'T' -> {
                    if (replaced == (c.name == 't')) {
                        guard.run();
                        replaced = false;
                        pc = c.target;
                        continue;
                    }
                    replaced = false;
                }
                default -> { /* '{' and '}' */ }
            }
            pc++;
        }
        endOfCycle(true);
        return -1;
    }

    private void writeTo(String file, String s) {
        Output o = file.equals("/dev/stdout") ? out : wfiles.computeIfAbsent(file, f -> new Output());
        o.write(s, true, eol);
    }

    private PosixRegex regex(PosixRegex p) {
        if (p == null) {
            if (lastRegex == null) throw new RuntimeError(where + ", char 0: no previous regular expression");
            return lastRegex;
        }
        lastRegex = p;
        return p;
    }

    private boolean matches(Address a) {
        return switch (a.kind()) {
            case LINE -> lineNo == a.n();
            case LAST -> isLast();
            case REGEX -> regex(a.regex()).matcher(ps).find();
            case STEP -> a.step() <= 0 ? lineNo == a.n() : lineNo >= a.n() && (lineNo - a.n()) % a.step() == 0;
            default -> false;
        };
    }

    /** GNU's match_address_p: single addresses, and ranges with their start/end rules. */
    private boolean selected(SedCommand c) {
        boolean r;
        if (c.a1 == null) return true;
        if (c.a2 == null) r = matches(c.a1);
        else if (c.rangeActive || c.a1.kind() == AddrKind.ZERO && lineNo == 1) {
            c.rangeActive = true;
            Address a2 = c.a2;
            switch (a2.kind()) {
                case LINE, PLUS -> {
                    long end = a2.kind() == AddrKind.LINE ? a2.n() : c.rangeEnd;
                    if (lineNo >= end) c.rangeActive = false;
                    r = lineNo <= end;
                }
                case MULT -> {
                    if (a2.n() <= 0 || lineNo % a2.n() == 0) c.rangeActive = false;
                    r = true;
                }
                case LAST -> { if (isLast()) c.rangeActive = false; r = true; }
                default -> { if (matches(a2)) c.rangeActive = false; r = true; }
            }
        } else if (matches(c.a1)) {
            r = true;
            Address a2 = c.a2;
            switch (a2.kind()) {
                case LINE -> c.rangeActive = a2.n() > lineNo;
                case PLUS -> { c.rangeEnd = lineNo + a2.n(); c.rangeActive = a2.n() > 0; }
                case MULT -> c.rangeActive = a2.n() > 0;
                case LAST -> c.rangeActive = !isLast();
                default -> c.rangeActive = true;
            }
        } else r = false;
        return r != c.negate;
    }

    /** s///: GNU's rules for which matches count (an empty match right after a match does not). */
    private boolean substitute(SedCommand.Subst s) {
        PosixRegex p = regex(s.regex());
        StringBuilder b = new StringBuilder();
        int copied = 0, from = 0, prevEnd = -1;
        long count = 0;
        boolean did = false;
        int len = ps.length();
        MatchResult m;
        while (from <= len && (m = p.find(ps, from)) != null) {
            int st = m.start(), en = m.end();
            if (st == en && st == prevEnd) {
                if (st >= len) break;
                from = st + 1;
                continue;
            }
            count++;
            if (count >= s.occurrence()) {
                b.append(ps, copied, st);
                appendReplacement(b, m, s.replacement());
                copied = en;
                did = true;
                if (!s.global()) break;
            }
            prevEnd = en;
            if (st == en) {
                if (en >= len) break;
                from = en + 1;
            } else from = en;
        }
        if (!did) return false;
        b.append(ps, copied, len);
        ps = b.toString();
        return true;
    }

    private static void appendReplacement(StringBuilder b, MatchResult m, List<Piece> pieces) {
        char mode = 'E', once = '\0';
        for (Piece x : pieces) {
            if (x.caseOp() != '\0') {
                if (x.caseOp() == 'l' || x.caseOp() == 'u') once = x.caseOp();
                else { mode = x.caseOp(); once = '\0'; }
                continue;
            }
            String t = x.text() != null ? x.text() : m.group(x.group());
            if (t == null || t.isEmpty()) continue;
            if (mode == 'L') t = t.toLowerCase(java.util.Locale.ROOT);
            else if (mode == 'U') t = t.toUpperCase(java.util.Locale.ROOT);
            if (once != '\0') {
                String h = t.substring(0, 1);
                t = (once == 'l' ? h.toLowerCase(java.util.Locale.ROOT) : h.toUpperCase(java.util.Locale.ROOT)) + t.substring(1);
                once = '\0';
            }
            b.append(t);
        }
    }

    /** The l command: C escapes, octal for other bytes, lines folded with '\' at width-1 characters, a final '$'. */
    static String unambiguous(String s, int width) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            String r = switch (c) {
                case '\\' -> "\\\\";
                case 7 -> "\\a";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case 11 -> "\\v";
                default -> c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\%03o", c);
            };
            if (width > 1 && col + r.length() > width - 1) {
                b.append("\\\n");
                col = 0;
            }
            b.append(r);
            col += r.length();
        }
        return b.append("$\n").toString();
    }
}
