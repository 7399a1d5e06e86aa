package linnet.tools.jq;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * jq 1.6's lexer (src/lexer.l) over the program's UTF-8 bytes: longest match, keywords only as
 * whole words, `.foo` one FIELD token, strings as QQSTRING_START / TEXT / INTERP_START ...
 * INTERP_END / END, and brackets tracked so that a closer that does not match the innermost
 * opener is an INVALID_CHARACTER (that is what jq reports for a stray `)` or `}`).
 * Offsets are byte offsets, as jq's error locations count them.
 */
final class JqLexer {
    enum T {
        END("$end"), INVALID("INVALID_CHARACTER"), IDENT("IDENT"), FIELD("FIELD"), LITERAL("LITERAL"),
        FORMAT("FORMAT"), QQSTRING_START("QQSTRING_START"), QQSTRING_TEXT("QQSTRING_TEXT"),
        QQSTRING_INTERP_START("QQSTRING_INTERP_START"), QQSTRING_INTERP_END("QQSTRING_INTERP_END"),
        QQSTRING_END("QQSTRING_END"), KEYWORD(null), OP(null), VARIABLE_SIGN("'$'");

        final String display;

        T(String display) { this.display = display; }
    }

    /** A token: kind, its text (the keyword or operator, the name, the number's text), byte offsets. */
    record Tok(T type, String text, Object value, int start, int end) {
        boolean is(String op) { return (type == T.OP || type == T.KEYWORD) && text.equals(op); }

        /** How bison names the token in "unexpected X". */
        String display() {
            if (type == T.KEYWORD) return text;
            if (type == T.OP) return text.length() == 1 ? "'" + text + "'" : text;
            return type.display;
        }
    }

    static final Set<String> KEYWORDS = Set.of("as", "import", "include", "module", "def", "if", "then", "else",
            "elif", "and", "or", "end", "reduce", "foreach", "try", "catch", "label", "break", "__loc__");
    private static final String[] OPS = {"?//", "//=", "!=", "==", "//", "|=", "+=", "-=", "*=", "/=", "%=", "<=", ">=", ".."};
    private static final String SINGLE = ".?=;,:|+-*/%$<>";

    /** A lexing problem inside a string escape, reported as a compile error at the token. */
    static final class BadText {
        final String message;

        BadText(String message) { this.message = message; }
    }

    private final byte[] src;
    private int pos;
    /** Where the last lexeme, whitespace and comments included, started: bison's location for $end. */
    int lastStart;
    private final Deque<Character> modes = new ArrayDeque<>(); // '(', '[', '{', 'I' (interpolation), 'S' (string)

    JqLexer(String program) { this.src = program.getBytes(StandardCharsets.UTF_8); }

    byte[] bytes() { return src; }

    static List<Tok> tokens(String program) {
        JqLexer l = new JqLexer(program);
        List<Tok> out = new ArrayList<>();
        Tok t;
        do {
            t = l.next();
            out.add(t);
        } while (t.type != T.END);
        return out;
    }

    private boolean at(String s) {
        if (pos + s.length() > src.length) return false;
        for (int i = 0; i < s.length(); i++) if (src[pos + i] != s.charAt(i)) return false;
        return true;
    }

    private static boolean identStart(int c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'; }

    private static boolean identPart(int c) { return identStart(c) || c >= '0' && c <= '9'; }

    private Tok tok(T type, String text, Object value, int start) { return new Tok(type, text, value, start, pos); }

    Tok next() {
        if (!modes.isEmpty() && modes.peek() == 'S') return inString();
        while (true) {
            if (pos >= src.length) return new Tok(T.END, "", null, lastStart, pos);
            int c = src[pos] & 0xff;
            if (c == ' ' || c == '\n' || c == '\t') {
                lastStart = pos;
                while (pos < src.length && (src[pos] == ' ' || src[pos] == '\n' || src[pos] == '\t')) pos++;
                continue;
            }
            if (c == '#') {
                lastStart = pos;
                while (pos < src.length && src[pos] != '\n' && src[pos] != '\r') pos++;
                continue;
            }
            break;
        }
        int start = pos;
        lastStart = start;
        int c = src[pos] & 0xff;
        // longest match between a FIELD/REC/number and the one-character '.'
        if (c == '.' && pos + 1 < src.length && identStart(src[pos + 1])) {
            pos++;
            while (pos < src.length && identPart(src[pos])) pos++;
            return tok(T.FIELD, text(start + 1, pos), null, start);
        }
        for (String op : OPS) {
            if (at(op)) {
                // "..5" or ".5": the number rule matches longer than ".."/"."
                int numEnd = numberEnd(pos);
                if (numEnd > pos + op.length()) break;
                pos += op.length();
                return tok(T.OP, op, null, start);
            }
        }
        if (c >= '0' && c <= '9' || c == '.') {
            int e = numberEnd(pos);
            if (e > pos + 1 || c != '.') {
                pos = e;
                String t = text(start, pos);
                Double d = JsonReader.parseNumber(t);
                return tok(T.LITERAL, t, d, start);
            }
        }
        if (SINGLE.indexOf(c) >= 0) {
            pos++;
            return tok(T.OP, String.valueOf((char) c), null, start);
        }
        if (c == '[' || c == '{' || c == '(') {
            pos++;
            modes.push((char) c);
            return tok(T.OP, String.valueOf((char) c), null, start);
        }
        if (c == ']' || c == '}' || c == ')') {
            pos++;
            Character m = modes.peek();
            char want = m == null ? 0 : m == '(' ? ')' : m == '[' ? ']' : m == '{' ? '}' : m == 'I' ? ')' : 0;
            if (want != c) return tok(T.INVALID, String.valueOf((char) c), null, start);
            modes.pop();
            if (m == 'I') return tok(T.QQSTRING_INTERP_END, ")", null, start);
            return tok(T.OP, String.valueOf((char) c), null, start);
        }
        if (c == '@' && pos + 1 < src.length && identPart(src[pos + 1])) {
            pos++;
            while (pos < src.length && identPart(src[pos])) pos++;
            return tok(T.FORMAT, text(start + 1, pos), null, start);
        }
        if (c == '"') {
            pos++;
            modes.push('S');
            return tok(T.QQSTRING_START, "\"", null, start);
        }
        if (identStart(c)) {
            identEnd();
            // IDENT may be module-qualified: a::b::c
            while (at("::") && pos + 2 < src.length && identStart(src[pos + 2])) {
                pos += 2;
                identEnd();
            }
            String t = text(start, pos);
            return tok(KEYWORDS.contains(t) ? T.KEYWORD : T.IDENT, t, null, start);
        }
        pos++;
        return tok(T.INVALID, String.valueOf((char) c), null, start);
    }

    private void identEnd() {
        pos++;
        while (pos < src.length && identPart(src[pos])) pos++;
    }

    /** [0-9.]+([eE][+-]?[0-9]+)? from i. */
    private int numberEnd(int i) {
        int j = i;
        while (j < src.length && (src[j] >= '0' && src[j] <= '9' || src[j] == '.')) j++;
        if (j == i) return i;
        if (j < src.length && (src[j] == 'e' || src[j] == 'E')) {
            int k = j + 1;
            if (k < src.length && (src[k] == '+' || src[k] == '-')) k++;
            int d = k;
            while (k < src.length && src[k] >= '0' && src[k] <= '9') k++;
            if (k > d) j = k;
        }
        return j;
    }

    private String text(int a, int b) { return new String(src, a, b - a, StandardCharsets.UTF_8); }

    private Tok inString() {
        int start = pos;
        if (pos >= src.length) return new Tok(T.END, "", null, lastStart, pos);
        lastStart = start;
        if (at("\\(")) {
            pos += 2;
            modes.push('I');
            return tok(T.QQSTRING_INTERP_START, "\\(", null, start);
        }
        if (src[pos] == '"') {
            pos++;
            modes.pop();
            return tok(T.QQSTRING_END, "\"", null, start);
        }
        if (src[pos] == '\\') {
            // a run of escapes (not \( ) goes through the JSON string reader, as jq does
            while (pos < src.length && src[pos] == '\\' && pos + 1 < src.length && src[pos + 1] != '(') {
                if (src[pos + 1] == 'u') {
                    pos += 2;
                    int n = 0;
                    while (n < 4 && pos < src.length && identPart(src[pos]) && src[pos] != '_') {
                        pos++;
                        n++;
                    }
                } else {
                    pos += 2;
                }
            }
            if (pos == start) {
                pos++;
                return tok(T.INVALID, "\\", null, start);
            }
            String t = text(start, pos);
            try {
                Object v = JsonReader.parseOne("\"" + t + "\"");
                return tok(T.QQSTRING_TEXT, t, v, start);
            } catch (JsonReader.ParseError e) {
                return tok(T.QQSTRING_TEXT, t, new BadText(e.getMessage()), start);
            }
        }
        while (pos < src.length && src[pos] != '\\' && src[pos] != '"') pos++;
        return tok(T.QQSTRING_TEXT, text(start, pos), text(start, pos), start);
    }
}
