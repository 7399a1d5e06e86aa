package linnet.tools.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import linnet.tools.text.SedCommand.AddrKind;
import linnet.tools.text.SedCommand.Address;
import linnet.tools.text.SedCommand.Piece;

/**
 * Compiles sed script text (the -e expressions and -f files, in order) into one program, with
 * GNU sed 4.9's error texts and the position it reports them at ("-e expression #2, char 3").
 * Each piece is compiled on its own, as GNU does, but blocks and labels span pieces.
 */
final class SedScript {
    /** A bad script: the whole message after "sed: ". */
    static final class Error extends Exception {
        /** sed's exit status for it: 1 for a bad program, 4 (EXIT_PANIC) for a jump to nowhere. */
        final int status;

        Error(String message) { this(message, 1); }

        Error(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** One -e expression or -f file; {@code where} names it in messages. */
    record Piece_(String text, String where, boolean file) {}

    private static final int EOF = -1;

    private final boolean extended;
    private final RegexDialect regex = RegexDialect.posix();
    final List<SedCommand> program = new ArrayList<>();
    private final ArrayDeque<Integer> blocks = new ArrayDeque<>();
    private final Map<String, Integer> labels = new HashMap<>();
    /** Whether "#n" on the script's first line asked for -n. */
    boolean hashN;

    private String text;
    private int pos;
    private String where;
    private boolean file;
    private String lastWhere = "-e expression #1";
    /** An a\, i\ or c\ that ended its piece: its text is the next piece's first line (-e 'a\' -e 'x'). */
    private SedCommand pendingText;

    SedScript(boolean extended) { this.extended = extended; }

    /** Compiles every piece, then resolves labels and checks blocks; returns the program. */
    List<SedCommand> compile(List<Piece_> pieces) throws Error {
        boolean first = true;
        for (Piece_ p : pieces) {
            text = p.text();
            pos = 0;
            where = p.where();
            file = p.file();
            lastWhere = where;
            if (first && text.startsWith("#n") && (text.length() == 2 || text.charAt(2) == '\n')) hashN = true;
            first = false;
            if (pendingText != null) {
                String t = text.indexOf('\n') < 0 ? text : text.substring(0, text.indexOf('\n'));
                pos = t.length();
                pendingText.text = t.isEmpty() ? "" : unescapeText(t) + "\n";
                pendingText = null;
            }
            compilePiece();
        }
        if (!blocks.isEmpty()) throw new Error(lastWhere + ", char 0: unmatched `{'");
        for (SedCommand c : program) {
            if ("btT".indexOf(c.name) < 0) continue;
            if (c.text.isEmpty()) { c.target = program.size(); continue; }
            Integer t = labels.get(c.text);
            if (t == null) throw new Error("can't find label for jump to `" + c.text + "'", 4);
            c.target = t;
        }
        return program;
    }

    private int next() { return pos < text.length() ? text.charAt(pos++) : EOF; }

    private void back(int c) { if (c != EOF) pos--; }

    private int peek() { return pos < text.length() ? text.charAt(pos) : EOF; }

    private Error bad(String msg) {
        if (file) {
            int line = 1;
            for (int i = 0; i < pos && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
            return new Error(where + " line " + line + ": " + msg);
        }
        return new Error(where + ", char " + pos + ": " + msg);
    }

    private int skipSpace() {
        int c;
        do c = next(); while (c == ' ' || c == '\t');
        return c;
    }

    private void compilePiece() throws Error {
        while (true) {
            int c = next();
            while (c == ' ' || c == '\t' || c == '\n' || c == ';') c = next();
            if (c == EOF) return;
            back(c);
            SedCommand cmd = new SedCommand();
            cmd.a1 = address();
            if (cmd.a1 != null) {
                if (cmd.a1.kind() == AddrKind.PLUS || cmd.a1.kind() == AddrKind.MULT)
                    throw bad("invalid usage of +N or ~N as first address");
                c = skipSpace();
                if (c == ',') {
                    c = skipSpace();
                    back(c);
                    cmd.a2 = address();
                    if (cmd.a2 == null) throw bad("unexpected `,'");
                    if (cmd.a2.kind() == AddrKind.STEP) cmd.a2 = new Address(AddrKind.LINE, cmd.a2.n(), 0, null);
                } else back(c);
            }
            c = skipSpace();
            if (c == '!') {
                cmd.negate = true;
                c = skipSpace();
                if (c == '!') throw bad("multiple `!'s");
            }
            if (c == EOF || c == '\n' || c == ';' && cmd.a1 != null) throw bad("missing command");
            cmd.name = (char) c;
            if (cmd.a1 != null && cmd.a1.kind() == AddrKind.ZERO
                    && (cmd.a2 == null || cmd.a2.kind() != AddrKind.REGEX))
                throw bad("invalid usage of line address 0");
            command(cmd);
        }
    }

    private void noAddresses(SedCommand cmd, String msg) throws Error {
        if (cmd.a1 != null) throw bad(msg);
    }

    private void oneAddress(SedCommand cmd) throws Error {
        if (cmd.a2 != null) throw bad("command only uses one address");
    }

    private void command(SedCommand cmd) throws Error {
        switch (cmd.name) {
            case '#' -> {
                noAddresses(cmd, "comments don't accept any addresses");
                int c;
                do c = next(); while (c != EOF && c != '\n');
                return;
            }
            case '{' -> {
                blocks.push(program.size());
                program.add(cmd);
                return;
            }
            case '}' -> {
                if (blocks.isEmpty()) throw bad("unexpected `}'");
                noAddresses(cmd, "} doesn't want any addresses");
                program.get(blocks.pop()).target = program.size() + 1;
                program.add(cmd);
                endOfCommand();
                return;
            }
            case ':' -> {
                noAddresses(cmd, ": doesn't want any addresses");
                String l = label();
                if (l.isEmpty()) throw bad("\":\" lacks a label");
                labels.putIfAbsent(l, program.size());
                return;
            }
            case 'a', 'i', 'c' -> {
                if (cmd.name == 'i' || cmd.name == 'a') { /* GNU accepts two addresses for both */ }
                cmd.text = text();
                if (cmd.text == null) { cmd.text = ""; pendingText = cmd; }
            }
            case 'b', 't', 'T' -> cmd.text = label();
            case '=', 'd', 'D', 'g', 'G', 'h', 'H', 'n', 'N', 'p', 'P', 'x', 'z', 'F' -> endOfCommand();
            case 'l', 'L' -> { cmd.number = number(); endOfCommand(); }
            case 'q', 'Q' -> {
                oneAddress(cmd);
                int n = number();
                cmd.number = n < 0 ? 0 : n;
                endOfCommand();
            }
            case 'r', 'R', 'w', 'W' -> cmd.text = fileName();
            case 's' -> substitute(cmd);
            case 'y' -> transliterate(cmd);
            default -> throw bad("unknown command: `" + cmd.name + "'");
        }
        program.add(cmd);
    }

    /** After a command: only blanks, then the end, a newline, ';', or a '}'/'#' that starts the next. */
    private void endOfCommand() throws Error {
        int c = skipSpace();
        if (c == EOF || c == '\n' || c == ';') return;
        if (c == '}' || c == '#') { back(c); return; }
        throw bad("extra characters after command");
    }

    private int number() {
        int c = skipSpace();
        if (c < '0' || c > '9') { back(c); return -1; }
        long n = 0;
        while (c >= '0' && c <= '9') { n = Math.min(Integer.MAX_VALUE, n * 10 + c - '0'); c = next(); }
        back(c);
        return (int) n;
    }

    /** A label runs to a newline or ';' (GNU 4.x), leading blanks skipped. */
    private String label() {
        int c = skipSpace();
        StringBuilder b = new StringBuilder();
        while (c != EOF && c != '\n' && c != ';') { b.append((char) c); c = next(); }
        return b.toString().strip();
    }

    private String fileName() throws Error {
        int c = skipSpace();
        StringBuilder b = new StringBuilder();
        while (c != EOF && c != '\n') { b.append((char) c); c = next(); }
        if (b.isEmpty()) throw bad("missing filename in r/R/w/W commands");
        return b.toString();
    }

    /**
     * The text of a/i/c: the classic form (a\ NEWLINE text), GNU's one-line forms (a text, a\text);
     * backslash-newline continues it, other backslashes escape. Returns it with its newline.
     */
    private String text() throws Error {
        int c = skipSpace();
        if (c == EOF) throw bad("expected \\ after `a', `c' or `i'");
        if (c == '\\') {
            c = next();
            if (c == '\n') c = next();
            else if (c == EOF) return null;
        }
        StringBuilder b = new StringBuilder();
        while (c != EOF && c != '\n') {
            if (c == '\\') {
                c = next();
                if (c == EOF) break;
                b.append(textEscape(c));
            } else b.append((char) c);
            c = next();
        }
        return b.isEmpty() ? "" : b.append('\n').toString();
    }

    private static String unescapeText(String t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length()) b.append(textEscape(t.charAt(++i)));
            else b.append(c);
        }
        return b.toString();
    }

    private static char textEscape(int c) {
        return switch (c) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'a' -> '\007';
                    case 'f' -> '\f';
                    case 'v' -> '\013';
                    case 'r' -> '\r';
                    default -> (char) c;
                };
    }

    /** An address, or null when none starts here. */
    private Address address() throws Error {
        int c = next();
        if (c >= '0' && c <= '9') {
            back(c);
            long n = number();
            c = next();
            if (c == '~') {
                int step = number();
                return new Address(AddrKind.STEP, n, Math.max(step, 0), null);
            }
            back(c);
            return n == 0 ? new Address(AddrKind.ZERO, 0, 0, null) : new Address(AddrKind.LINE, n, 0, null);
        }
        if (c == '+' || c == '~') {
            int n = number();
            return new Address(c == '+' ? AddrKind.PLUS : AddrKind.MULT, Math.max(n, 0), 0, null);
        }
        if (c == '$') return new Address(AddrKind.LAST, 0, 0, null);
        if (c == '/' || c == '\\') {
            int delim = c == '/' ? '/' : next();
            String re = delimited(delim, true);
            if (re == null) throw bad("unterminated address regex");
            boolean icase = false;
            while (true) {
                c = next();
                if (c == 'I') icase = true;
                else if (c == 'M') { /* multi-line mode: not emulated */ }
                else { back(c); break; }
            }
            return new Address(AddrKind.REGEX, 0, 0, compileRegex(re, icase));
        }
        back(c);
        return null;
    }

    /**
     * The text up to an unescaped {@code delim}; "\delim" stands for the delimiter itself, a
     * literal newline is "\n". Null when the piece ends first.
     */
    private String delimited(int delim, boolean isRegex) {
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = next();
            if (c == EOF) return null;
            if (c == delim) return b.toString();
            if (c == '\n' && isRegex) return null;
            if (c == '[' && isRegex) {
                // a bracket expression is copied whole: the delimiter inside it is an ordinary character
                int end = bracketEnd(pos);
                if (end < 0) { pos = text.length(); return null; }
                b.append('[').append(text.substring(pos, end).replace("\\n", "\n"));
                pos = end;
                continue;
            }
            if (c == '\\') {
                c = next();
                if (c == EOF) return null;
                if (c == delim) {
                    // a special delimiter escaped stays special in a regex only if it is '&'-like; GNU makes it literal
                    if (isRegex && "\\.[]*^$".indexOf(c) >= 0) b.append('\\');
                    b.append((char) c);
                } else if (c == '\n') b.append(isRegex ? "\n" : "\\\n");
                else if (isRegex && c == 'n') b.append('\n');
                else if (isRegex && c == 't') b.append('\t');
                else b.append('\\').append((char) c);
                continue;
            }
            b.append((char) c);
        }
    }

    /** Where the bracket expression whose '[' is just before {@code from} ends (after its ']'), or -1. */
    private int bracketEnd(int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '^') i++;
        if (i < text.length() && text.charAt(i) == ']') i++;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') return -1;
            if (c == ']') return i + 1;
            if (c == '[' && i + 1 < text.length() && ":.=".indexOf(text.charAt(i + 1)) >= 0) {
                int e = text.indexOf(text.charAt(i + 1) + "]", i + 2);
                if (e < 0) return -1;
                i = e + 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    private Pattern compileRegex(String re, boolean icase) throws Error {
        if (re.isEmpty()) return null;
        try {
            return regex.compile(re, extended, icase);
        } catch (RegexDialect.SyntaxError e) {
            throw bad(e.getMessage());
        }
    }

    private void substitute(SedCommand cmd) throws Error {
        int delim = next();
        String re = delim == EOF || delim == '\n' || delim == '\\' ? null : delimited(delim, true);
        if (re == null) throw bad("unterminated `s' command");
        String rhs = delimited(delim, false);
        if (rhs == null) throw bad("unterminated `s' command");
        boolean global = false, print = false, icase = false;
        long occurrence = 0;
        String wfile = null;
        while (true) {
            int c = next();
            if (c == 'g') {
                if (global) throw bad("multiple `g' options to `s' command");
                global = true;
            } else if (c == 'p') {
                if (print) throw bad("multiple `p' options to `s' command");
                print = true;
            } else if (c == 'i' || c == 'I') icase = true;
            else if (c == 'm' || c == 'M' || c == 'e') { /* not emulated */ }
            else if (c >= '0' && c <= '9') {
                if (occurrence != 0) throw bad("multiple number options to `s' command");
                back(c);
                occurrence = number();
                if (occurrence == 0) throw bad("number option to `s' command may not be zero");
            } else if (c == 'w') {
                wfile = fileName();
                break;
            } else if (c == EOF || c == '\n' || c == ';') break;
            else if (c == '}' || c == '#') { back(c); break; }
            else if (c == ' ' || c == '\t') { endOfCommand(); break; }
            else throw bad("unknown option to `s'");
        }
        Pattern p = compileRegex(re, icase);
        List<Piece> pieces = replacement(rhs);
        int groups = p == null ? 9 : p.matcher("").groupCount();
        for (Piece x : pieces) {
            if (x.group() > groups) throw bad("invalid reference \\" + x.group() + " on `s' command's RHS");
        }
        cmd.subst = new SedCommand.Subst(p, pieces, global, occurrence == 0 ? 1 : occurrence, print, wfile);
    }

    /** The replacement: & and \0..\9 are groups, \L \U \E and the one-letter \l, \\u change case, \n and friends are characters. */
    private static List<Piece> replacement(String rhs) {
        List<Piece> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < rhs.length(); i++) {
            char c = rhs.charAt(i);
            if (c == '&') {
                flush(out, lit);
                out.add(new Piece(null, 0, '\0'));
            } else if (c == '\\' && i + 1 < rhs.length()) {
                char n = rhs.charAt(++i);
                if (n >= '0' && n <= '9') {
                    flush(out, lit);
                    out.add(new Piece(null, n - '0', '\0'));
                } else if ("LUluE".indexOf(n) >= 0) {
                    flush(out, lit);
                    out.add(new Piece(null, -1, n));
                } else lit.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'a' -> '\007';
                    case 'f' -> '\f';
                    case 'v' -> '\013';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else lit.append(c);
        }
        flush(out, lit);
        return out;
    }

    private static void flush(List<Piece> out, StringBuilder lit) {
        if (lit.isEmpty()) return;
        out.add(new Piece(lit.toString(), -1, '\0'));
        lit.setLength(0);
    }

    private void transliterate(SedCommand cmd) throws Error {
        int delim = next();
        String from = delim == EOF || delim == '\n' || delim == '\\' ? null : delimited(delim, false);
        if (from == null) throw bad("unterminated `y' command");
        String to = delimited(delim, false);
        if (to == null) throw bad("unterminated `y' command");
        from = unescapeY(from);
        to = unescapeY(to);
        if (from.length() != to.length()) throw bad("strings for `y' command are different lengths");
        endOfCommand();
        cmd.yFrom = from;
        cmd.yTo = to;
    }

    private static String unescapeY(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == '\\' ? '\\' : n);
            } else b.append(c);
        }
        return b.toString();
    }
}
