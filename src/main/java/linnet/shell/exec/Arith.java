package linnet.shell.exec;

/**
 * bash's arithmetic (expr.c): 64-bit integers, C's operators and precedence plus {@code **},
 * variables evaluated recursively as expressions, numbers in bases 8/16/N#. Side effects are
 * skipped in the branch && || ?: do not take, as bash skips them. Errors carry bash's text and
 * its "error token" (the expression text from the offending token on).
 */
final class Arith {
    /** What Arith needs from the shell: reading and assigning variables. */
    interface Env {
        String get(String name);

        void set(String name, String value);
    }

    /** An arithmetic error as bash reports it: "EXPR: MESSAGE (error token is "TOKEN")". */
    static final class ArithError extends RuntimeException {
        final String expr;
        final String token;

        ArithError(String expr, String message, String token) {
            super(message, null, false, false);
            this.expr = expr;
            this.token = token;
        }

        /** The text after bash's "NAME: line N: " prefix. */
        String text() { return expr + ": " + getMessage() + " (error token is \"" + token + "\")"; }
    }

    private final String src;
    private final Env env;
    private final int depth;
    private int pos;
    /** Start of the current token and of the previous one (bash's tp and lasttp). */
    private int tokStart;
    private int lastTokStart;
    private int noeval;

    private Arith(String src, Env env, int depth) {
        this.src = src;
        this.env = env;
        this.depth = depth;
    }

    /** Evaluates {@code expr} (an empty one is 0). */
    static long eval(String expr, Env env) { return eval(expr, env, 0); }

    private static long eval(String expr, Env env, int depth) {
        String e = expr.stripLeading();
        if (depth > 1024) throw new ArithError(e, "expression recursion level exceeded", e);
        Arith a = new Arith(e, env, depth);
        a.skipBlanks();
        if (a.pos >= e.length()) return 0;
        long v = a.comma();
        a.skipBlanks();
        if (a.pos < e.length()) throw a.error("syntax error in expression", a.pos);
        return v;
    }

    private ArithError error(String message, int at) {
        return new ArithError(src, message, src.substring(Math.min(at, src.length())));
    }

    /** bash points at the current token, or at the last one when the input ran out. */
    private ArithError operandExpected() {
        skipBlanks();
        int at = pos >= src.length() ? tokStart : pos;
        return error("syntax error: operand expected", at);
    }

    private void skipBlanks() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private boolean eat(String op) {
        skipBlanks();
        if (!src.startsWith(op, pos)) return false;
        lastTokStart = tokStart;
        tokStart = pos;
        pos += op.length();
        return true;
    }

    /** Eats {@code op} unless it is the start of one of the longer operators {@code not}. */
    private boolean eatOnly(String op, String... not) {
        skipBlanks();
        for (String n : not) if (src.startsWith(n, pos)) return false;
        return eat(op);
    }

    private long comma() {
        long v = assign();
        while (eat(",")) v = assign();
        return v;
    }

    private static final String[] ASSIGN_OPS = {"<<=", ">>=", "**=", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "="};

    private long assign() {
        skipBlanks();
        int save = pos;
        int saveTok = tokStart;
        int saveLast = lastTokStart;
        String name = identifier();
        if (name != null) {
            skipBlanks();
            for (String op : ASSIGN_OPS) {
                if (src.startsWith(op, pos) && !(op.equals("=") && src.startsWith("==", pos))) {
                    eat(op);
                    long rhs = assign();
                    long v = op.equals("=") ? rhs : binary(op.substring(0, op.length() - 1), value(name), rhs, pos);
                    if (noeval == 0) env.set(name, Long.toString(v));
                    return v;
                }
            }
        }
        pos = save;
        tokStart = saveTok;
        lastTokStart = saveLast;
        long v = ternary();
        skipBlanks();
        if (src.startsWith("=", pos) && !src.startsWith("==", pos)) throw error("attempted assignment to non-variable", pos);
        return v;
    }

    private long ternary() {
        long c = logOr();
        if (!eat("?")) return c;
        if (c == 0) noeval++;
        long a = comma();
        if (c == 0) noeval--;
        if (!eat(":")) {
            skipBlanks();
            throw error("`:' expected for conditional expression", pos >= src.length() ? tokStart : pos);
        }
        if (c != 0) noeval++;
        long b = ternary();
        if (c != 0) noeval--;
        return c != 0 ? a : b;
    }

    private long logOr() {
        long v = logAnd();
        while (eat("||")) {
            if (v != 0) noeval++;
            long r = logAnd();
            if (v != 0) noeval--;
            v = (v != 0 || r != 0) ? 1 : 0;
        }
        return v;
    }

    private long logAnd() {
        long v = bitOr();
        while (eat("&&")) {
            if (v == 0) noeval++;
            long r = bitOr();
            if (v == 0) noeval--;
            v = (v != 0 && r != 0) ? 1 : 0;
        }
        return v;
    }

    private long bitOr() {
        long v = bitXor();
        while (eatOnly("|", "||", "|=")) v |= bitXor();
        return v;
    }

    private long bitXor() {
        long v = bitAnd();
        while (eatOnly("^", "^=")) v ^= bitAnd();
        return v;
    }

    private long bitAnd() {
        long v = equality();
        while (eatOnly("&", "&&", "&=")) v &= equality();
        return v;
    }

    private long equality() {
        long v = relational();
        while (true) {
            if (eat("==")) v = v == relational() ? 1 : 0;
            else if (eat("!=")) v = v != relational() ? 1 : 0;
            else return v;
        }
    }

    private long relational() {
        long v = shift();
        while (true) {
            if (eat("<=")) v = v <= shift() ? 1 : 0;
            else if (eat(">=")) v = v >= shift() ? 1 : 0;
            else if (eatOnly("<", "<<")) v = v < shift() ? 1 : 0;
            else if (eatOnly(">", ">>")) v = v > shift() ? 1 : 0;
            else return v;
        }
    }

    private long shift() {
        long v = additive();
        while (true) {
            if (eatOnly("<<", "<<=")) v = v << additive();
            else if (eatOnly(">>", ">>=")) v = v >> additive();
            else return v;
        }
    }

    private long additive() {
        long v = multiplicative();
        while (true) {
            if (eatOnly("+", "+=", "++")) v += multiplicative();
            else if (eatOnly("-", "-=", "--")) v -= multiplicative();
            else return v;
        }
    }

    private long multiplicative() {
        long v = power();
        while (true) {
            String op;
            if (eatOnly("*", "*=", "**")) op = "*";
            else if (eatOnly("/", "/=")) op = "/";
            else if (eatOnly("%", "%=")) op = "%";
            else return v;
            skipBlanks();
            int at = pos;
            v = binary(op, v, power(), at);
        }
    }

    private long binary(String op, long a, long b, int at) {
        return switch (op) {
            case "*" -> a * b;
            case "/", "%" -> {
                if (b == 0) {
                    if (noeval > 0) yield 0;
                    throw error("division by 0", at);
                }
                if (a == Long.MIN_VALUE && b == -1) yield op.equals("/") ? a : 0;
                yield op.equals("/") ? a / b : a % b;
            }
            case "+" -> a + b;
            case "-" -> a - b;
            case "<<" -> a << b;
            case ">>" -> a >> b;
            case "&" -> a & b;
            case "^" -> a ^ b;
            case "|" -> a | b;
            case "**" -> pow(a, b, at);
            default -> throw new IllegalStateException(op);
        };
    }

    private long pow(long a, long b, int at) {
        if (b < 0) {
            if (noeval > 0) return 0;
            // exppower has read the token after the exponent: bash's lasttp is that one, or the
            // exponent's last token when the expression ended there
            skipBlanks();
            throw error("exponent less than 0", pos >= src.length() ? tokStart : pos);
        }
        long r = 1;
        while (b-- > 0) r *= a;
        return r;
    }

    private long power() {
        long v = unary();
        if (eatOnly("**", "**=")) {
            skipBlanks();
            int at = pos;
            return pow(v, power(), at);
        }
        return v;
    }

    private long unary() {
        skipBlanks();
        if (eat("++") || eat("--")) {
            boolean inc = src.charAt(tokStart) == '+';
            skipBlanks();
            String name = identifier();
            if (name == null) throw operandExpected();
            long v = value(name) + (inc ? 1 : -1);
            if (noeval == 0) env.set(name, Long.toString(v));
            return v;
        }
        if (eatOnly("!", "!=")) return unary() == 0 ? 1 : 0;
        if (eat("~")) return ~unary();
        if (eat("-")) return -unary();
        if (eat("+")) return unary();
        return postfix();
    }

    private long postfix() {
        skipBlanks();
        if (pos >= src.length()) throw operandExpected();
        char c = src.charAt(pos);
        if (c == '(') {
            eat("(");
            long v = comma();
            if (!eat(")")) {
                skipBlanks();
                throw error("missing `)'", pos >= src.length() ? tokStart : pos);
            }
            return v;
        }
        if (Character.isDigit(c)) return number();
        String name = identifier();
        if (name == null) throw operandExpected();
        skipBlanks();
        if (src.startsWith("++", pos) || src.startsWith("--", pos)) {
            boolean inc = src.charAt(pos) == '+';
            eat(inc ? "++" : "--");
            long v = value(name);
            if (noeval == 0) env.set(name, Long.toString(v + (inc ? 1 : -1)));
            return v;
        }
        return value(name);
    }

    /** An identifier (with an optional [subscript]) at pos, consumed; null (nothing consumed) if none. */
    private String identifier() {
        skipBlanks();
        int s = pos;
        if (pos >= src.length() || !(Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) return null;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        if (pos < src.length() && src.charAt(pos) == '[') {
            int close = src.indexOf(']', pos);
            if (close > 0) {
                String sub = src.substring(pos + 1, close);
                String name = src.substring(s, pos);
                pos = close + 1;
                lastTokStart = tokStart;
                tokStart = s;
                return name + "[" + eval(sub, env, depth + 1) + "]";
            }
        }
        lastTokStart = tokStart;
        tokStart = s;
        return src.substring(s, pos);
    }

    /** A variable's value as a number: its text evaluated as an expression, empty or unset is 0. */
    private long value(String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return 0;
        String t = v.strip();
        if (t.matches("-?[0-9]+")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                // fall through to the general path, which wraps as bash's strtoimax does not
            }
        }
        return eval(v, env, depth + 1);
    }

    private long number() {
        int s = pos;
        lastTokStart = tokStart;
        tokStart = s;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '#'
                || src.charAt(pos) == '_' || src.charAt(pos) == '@')) pos++;
        String tok = src.substring(s, pos);
        return parseNumber(tok);
    }

    /** A number token: decimal, 0NNN octal, 0xNN hex, BASE#DIGITS (digits 0-9 a-z A-Z @ _). */
    private long parseNumber(String tok) {
        int base = 10;
        String digits = tok;
        int hash = tok.indexOf('#');
        if (hash >= 0) {
            base = (int) Math.min(Integer.MAX_VALUE, parseDecimal(tok.substring(0, hash), tok));
            digits = tok.substring(hash + 1);
            if (base < 2 || base > 64) throw new ArithError(tok, "invalid arithmetic base", tok);
        } else if (tok.startsWith("0x") || tok.startsWith("0X")) {
            base = 16;
            digits = tok.substring(2);
        } else if (tok.length() > 1 && tok.charAt(0) == '0') {
            base = 8;
            digits = tok.substring(1);
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'Z') d = base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
            else if (c == '@') d = 62;
            else if (c == '_') d = 63;
            else d = 99;
            if (d >= base) throw new ArithError(tok, "value too great for base", tok);
            v = v * base + d;
        }
        return v;
    }

    private static long parseDecimal(String s, String tok) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new ArithError(tok, "invalid number", tok);
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
