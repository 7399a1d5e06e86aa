package linnet.tools.text.awk;

import java.util.Map;
import linnet.tools.text.awk.Token.Kind;

/**
 * mawk's scanner: newlines are tokens, the program ends with an implicit newline, '/' starts a
 * regex where an operand is expected, a name directly followed by '(' is a function call, and
 * backslash-newline joins lines. Line numbers are counted as mawk reports them.
 */
final class Lexer {
    static final Map<String, Kind> KEYWORDS = Map.ofEntries(
            Map.entry("BEGIN", Kind.BEGIN), Map.entry("END", Kind.END), Map.entry("function", Kind.FUNCTION),
            Map.entry("if", Kind.IF), Map.entry("else", Kind.ELSE), Map.entry("while", Kind.WHILE),
            Map.entry("for", Kind.FOR), Map.entry("do", Kind.DO), Map.entry("break", Kind.BREAK),
            Map.entry("continue", Kind.CONTINUE), Map.entry("next", Kind.NEXT), Map.entry("nextfile", Kind.NEXTFILE),
            Map.entry("exit", Kind.EXIT), Map.entry("return", Kind.RETURN), Map.entry("delete", Kind.DELETE),
            Map.entry("in", Kind.IN), Map.entry("getline", Kind.GETLINE), Map.entry("print", Kind.PRINT),
            Map.entry("printf", Kind.PRINTF));

    static final java.util.Set<String> BUILTINS = java.util.Set.of("length", "substr", "index", "split", "sub",
            "gsub", "match", "sprintf", "sin", "cos", "atan2", "exp", "log", "int", "sqrt", "rand", "srand",
            "tolower", "toupper", "system", "close", "fflush");

    private final String src;
    private int pos;
    private int line = 1;
    private boolean implicitNewlineDone;
    private Kind last = Kind.NEWLINE;

    Lexer(String src) { this.src = src; }

    /** The line an error at the end of the program is reported on. */
    int line() { return line; }

    private boolean operandBefore() {
        return switch (last) {
            case NUMBER, STRING, ERE, NAME, BUILTIN, RPAREN, RBRACKET, DOLLAR, INCR, DECR -> true;
            default -> false;
        };
    }

    Token next() {
        Token t = scan();
        last = t.kind();
        return t;
    }

    private Token tok(Kind k, String text) { return new Token(k, text, 0, line); }

    private Token scan() {
        while (true) {
            if (pos >= src.length()) {
                if (!implicitNewlineDone) {
                    implicitNewlineDone = true;
                    Token t = tok(Kind.NEWLINE, "end of line");
                    line++;
                    return t;
                }
                return tok(Kind.EOF, "end of file");
            }
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f') { pos++; continue; }
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') { pos += 2; line++; continue; }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
                continue;
            }
            break;
        }
        char c = src.charAt(pos++);
        switch (c) {
            case '\n' -> {
                Token t = tok(Kind.NEWLINE, "end of line");
                line++;
                return t;
            }
            case '{' -> { return tok(Kind.LBRACE, "{"); }
            case '}' -> { return tok(Kind.RBRACE, "}"); }
            case '(' -> { return tok(Kind.LPAREN, "("); }
            case ')' -> { return tok(Kind.RPAREN, ")"); }
            case '[' -> { return tok(Kind.LBRACKET, "["); }
            case ']' -> { return tok(Kind.RBRACKET, "]"); }
            case ';' -> { return tok(Kind.SEMI, ";"); }
            case ',' -> { return tok(Kind.COMMA, ","); }
            case '?' -> { return tok(Kind.QUESTION, "?"); }
            case ':' -> { return tok(Kind.COLON, ":"); }
            case '~' -> { return tok(Kind.TILDE, "~"); }
            case '$' -> { return tok(Kind.DOLLAR, "$"); }
            case '+' -> { return two('+', Kind.INCR, "++", '=', Kind.ADD_ASSIGN, "+=", Kind.PLUS, "+"); }
            case '-' -> { return two('-', Kind.DECR, "--", '=', Kind.SUB_ASSIGN, "-=", Kind.MINUS, "-"); }
            case '*' -> { return two('=', Kind.MUL_ASSIGN, "*=", '\0', null, null, Kind.STAR, "*"); }
            case '%' -> { return two('=', Kind.MOD_ASSIGN, "%=", '\0', null, null, Kind.PERCENT, "%"); }
            case '^' -> { return two('=', Kind.POW_ASSIGN, "^=", '\0', null, null, Kind.CARET, "^"); }
            case '=' -> { return two('=', Kind.EQ, "==", '\0', null, null, Kind.ASSIGN, "="); }
            case '!' -> {
                if (peek('=')) return tok(Kind.NE, "!=");
                if (peek('~')) return tok(Kind.NOMATCH, "!~");
                return tok(Kind.NOT, "!");
            }
            case '<' -> { return two('=', Kind.LE, "<=", '\0', null, null, Kind.LT, "<"); }
            case '>' -> { return two('=', Kind.GE, ">=", '>', Kind.APPEND, ">>", Kind.GT, ">"); }
            case '&' -> {
                if (peek('&')) return tok(Kind.AND, "&&");
                throw new AwkError(line + ": unexpected character '&'");
            }
            case '|' -> { return two('|', Kind.OR, "||", '\0', null, null, Kind.PIPE, "|"); }
            case '/' -> {
                if (operandBefore()) return two('=', Kind.DIV_ASSIGN, "/=", '\0', null, null, Kind.SLASH, "/");
                return regex();
            }
            case '"' -> { return string(); }
            default -> { }
        }
        if (c >= '0' && c <= '9' || c == '.' && pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos--;
            return number();
        }
        if (Character.isLetter(c) && c < 128 || c == '_') {
            int start = pos - 1;
            while (pos < src.length() && (src.charAt(pos) < 128 && Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            String w = src.substring(start, pos);
            Kind k = KEYWORDS.get(w);
            if (k != null) return tok(k, w);
            if (BUILTINS.contains(w)) return tok(Kind.BUILTIN, w);
            if (pos < src.length() && src.charAt(pos) == '(') return tok(Kind.FUNC_NAME, w);
            return tok(Kind.NAME, w);
        }
        throw new AwkError(line + ": unexpected character '" + c + "'");
    }

    private boolean peek(char c) {
        if (pos < src.length() && src.charAt(pos) == c) { pos++; return true; }
        return false;
    }

    private Token two(char c1, Kind k1, String t1, char c2, Kind k2, String t2, Kind k, String t) {
        if (peek(c1)) return tok(k1, t1);
        if (k2 != null && peek(c2)) return tok(k2, t2);
        return tok(k, t);
    }

    /** A decimal constant as strtod reads it (no hex in program text: "0x10" is 0 then x10). */
    private Token number() {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
            } else pos = save;
        }
        String s = src.substring(start, pos);
        return new Token(Kind.NUMBER, s, Double.parseDouble(s), line);
    }

    private Token string() {
        StringBuilder b = new StringBuilder();
        int start = pos;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                String so = src.substring(start, Math.min(pos, src.length()));
                throw new AwkError("line " + line + ": runaway string constant \"" + (so.length() > 10 ? so.substring(0, 10) : so) + " ...");
            }
            char c = src.charAt(pos++);
            if (c == '"') break;
            if (c == '\\' && pos < src.length()) {
                char n = src.charAt(pos++);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case '\\' -> b.append('\\');
                    case '"' -> b.append('"');
                    case '/' -> b.append('/');
                    case 'a' -> b.append('\007');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'v' -> b.append('\013');
                    case '\n' -> line++;
                    default -> {
                        if (n >= '0' && n <= '7') {
                            int v = n - '0', k = 1;
                            while (k < 3 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
                                v = v * 8 + src.charAt(pos++) - '0';
                                k++;
                            }
                            b.append((char) (v & 0xff));
                        } else b.append('\\').append(n);
                    }
                }
            } else b.append(c);
        }
        return tok(Kind.STRING, b.toString());
    }

    /** A regex literal: its text up to the closing unescaped '/', "\/" meaning '/'. */
    private Token regex() {
        StringBuilder b = new StringBuilder();
        int start = pos;
        boolean inBracket = false;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                String so = src.substring(start, Math.min(pos, src.length()));
                throw new AwkError("line " + line + ": runaway regular expression /" + (so.length() > 10 ? so.substring(0, 10) : so) + " ...");
            }
            char c = src.charAt(pos++);
            if (c == '/' && !inBracket) break;
            if (c == '[' && !inBracket) {
                inBracket = true;
                b.append(c);
                if (pos < src.length() && src.charAt(pos) == '^') b.append(src.charAt(pos++));
                if (pos < src.length() && src.charAt(pos) == ']') b.append(src.charAt(pos++));
                continue;
            }
            if (c == ']' && inBracket) inBracket = false;
            if (c == '\\' && pos < src.length()) {
                char n = src.charAt(pos++);
                if (n == '/') b.append('/');
                else b.append('\\').append(n);
                continue;
            }
            b.append(c);
        }
        return tok(Kind.ERE, b.toString());
    }
}
