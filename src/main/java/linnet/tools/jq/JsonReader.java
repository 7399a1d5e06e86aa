package linnet.tools.jq;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * jq 1.6's JSON text reader (jv_parse): a byte-at-a-time state machine that hands out each
 * top-level value as soon as it is complete, so values before a syntax error are still
 * processed. A number or literal is complete only when a following byte ends it (or at EOF).
 * The error texts and their "at line L, column C" are jq's: the column counts bytes from 1 and
 * is 0 right after a newline.
 *
 * <p>Input reaches jq's parser the way jq reads it: one fgets(3) line (at most 4095 bytes) at a
 * time. "at &lt;stdin&gt;:N" in runtime error messages is the number of whole lines handed over
 * when the value was finished, which is what {@link #position()} gives.
 */
final class JsonReader {
    /** A syntax error; the message is jq's text with its position. */
    static final class ParseError extends Exception {
        ParseError(String m) { super(m, null, false, false); }
    }

    /** One input: a file name as jq prints it ("&lt;stdin&gt;" for standard input) and its bytes. */
    record Source(String name, byte[] data) {}

    /** Returned by {@link #next()} when the input is used up. */
    static final Object END = new Object();
    private static final Object NONE = new Object();
    private static final int MAX_DEPTH = 256;
    private static final int FGETS = 4095;
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /** David Gay's strtod, which jq uses, also reads these (a token starting with n is checked as null first). */
    private static final Pattern INF_NAN = Pattern.compile("[+-]?(?i:(inf|infinity)|(nan))");

    private final byte[] data;
    private final List<int[]> bounds = new ArrayList<>(); // per source: start, end
    private final List<String> names = new ArrayList<>();
    private int pos;
    private int fedEnd;
    private int fedSource = -1;
    private int fedLines;
    private boolean bomChecked;

    private enum St { NORMAL, STRING, ESCAPE }

    private St st = St.NORMAL;
    private final ByteArrayOutputStream token = new ByteArrayOutputStream();
    private final List<Object> stack = new ArrayList<>();
    private Object next = NONE;
    private Object out;
    private int line = 1, column;
    private boolean failed;
    private boolean ended;

    JsonReader(List<Source> sources) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Source s : sources) {
            bounds.add(new int[] {all.size(), all.size() + s.data().length});
            names.add(s.name());
            all.writeBytes(s.data());
        }
        data = all.toByteArray();
    }

    JsonReader(byte[] stdin) { this(List.of(new Source("<stdin>", stdin))); }

    /** "FILE:N" for runtime errors, as jq_util_input_get_position prints it. */
    String position() {
        // once the end was read, jq has closed the input; it keeps naming it only if it ended in a newline
        if (ended && data.length > 0 && data[data.length - 1] != '\n') return "<unknown>";
        int s = Math.max(fedSource, 0);
        return (names.isEmpty() ? "<stdin>" : names.get(Math.min(s, names.size() - 1))) + ":" + fedLines;
    }

    /** Whole lines of the current input handed to the parser so far. */
    int lines() { return fedLines; }

    /** Hands the parser the next fgets line from the source holding byte pos, counting whole lines as jq's input layer does. */
    private void feed() {
        int src = 0;
        while (bounds.get(src)[1] <= pos) src++;
        if (src != fedSource) {
            fedSource = src;
            fedLines = 0;
        }
        int limit = Math.min(bounds.get(src)[1], pos + FGETS);
        int i = pos;
        while (i < limit && data[i] != '\n') i++;
        if (i < limit) {
            fedLines++;
            i++;
        }
        fedEnd = i;
    }

    /** The next top-level value, or {@link #END}. */
    Object next() throws ParseError {
        if (failed) {
            ended = true;
            return END;
        }
        if (!bomChecked) {
            bomChecked = true;
            int[] bom = {0xEF, 0xBB, 0xBF};
            int k = 0;
            while (k < 3 && pos + k < data.length && (data[pos + k] & 0xff) == bom[k]) k++;
            if (k == 3) pos += 3;
            else if (k > 0) {
                failed = true;
                throw new ParseError("Malformed BOM");
            }
        }
        while (pos < data.length) {
            while (pos >= fedEnd) feed();
            int ch = data[pos++] & 0xff;
            try {
                if (scan(ch)) {
                    Object v = out;
                    out = null;
                    return v;
                }
            } catch (ParseError e) {
                failed = true;
                throw new ParseError(e.getMessage() + " at line " + line + ", column " + column);
            }
        }
        if (fedSource < bounds.size() - 1) { // files left that held nothing: jq opened them too
            fedSource = bounds.size() - 1;
            fedLines = 0;
        }
        failed = true; // EOF: what is left is the last value or an error
        if (st != St.NORMAL) throw new ParseError("Unfinished string at EOF at line " + line + ", column " + column);
        try {
            checkLiteral();
        } catch (ParseError e) {
            throw new ParseError(e.getMessage() + " at EOF at line " + line + ", column " + column);
        }
        if (!stack.isEmpty()) throw new ParseError("Unfinished JSON term at EOF at line " + line + ", column " + column);
        if (next == NONE) {
            ended = true;
            return END;
        }
        Object v = next;
        next = NONE;
        return v;
    }

    private boolean scan(int ch) throws ParseError {
        column++;
        if (ch == '\n') {
            line++;
            column = 0;
        }
        boolean done = false;
        if (st == St.NORMAL) {
            boolean ws = ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
            boolean structure = ch == '[' || ch == ',' || ch == ']' || ch == '{' || ch == ':' || ch == '}';
            boolean literal = !ws && !structure && ch != '"';
            if (!literal) {
                checkLiteral();
                done = checkDone();
            }
            if (literal) token.write(ch);
            else if (ch == '"') st = St.STRING;
            else if (structure) token(ch);
            if (checkDone()) done = true;
        } else if (ch == '"' && st == St.STRING) {
            foundString();
            st = St.NORMAL;
            done = checkDone();
        } else {
            token.write(ch);
            st = ch == '\\' && st == St.STRING ? St.ESCAPE : St.STRING;
        }
        return done;
    }

    private boolean checkDone() {
        if (stack.isEmpty() && next != NONE) {
            out = next;
            next = NONE;
            return true;
        }
        return false;
    }

    private void value(Object v) throws ParseError {
        if (next != NONE) throw new ParseError("Expected separator between values");
        next = v;
    }

    private Object top() { return stack.get(stack.size() - 1); }

    private Object pop() { return stack.remove(stack.size() - 1); }

    private void push(Object v) throws ParseError {
        if (stack.size() >= MAX_DEPTH) throw new ParseError("Exceeds depth limit for parsing");
        stack.add(v);
    }

    /** A string on the stack is an object key waiting for its value. */
    private void token(int ch) throws ParseError {
        switch (ch) {
            case '[' -> {
                if (next != NONE) throw new ParseError("Expected separator between values");
                push(new ArrayList<Object>());
            }
            case '{' -> {
                if (next != NONE) throw new ParseError("Expected separator between values");
                push(new LinkedHashMap<String, Object>());
            }
            case ':' -> {
                if (stack.isEmpty() || !(top() instanceof Map)) throw new ParseError("':' not as part of an object");
                if (!(next instanceof String)) throw new ParseError("Object keys must be strings");
                push(next);
                next = NONE;
            }
            case ',' -> {
                if (next == NONE) throw new ParseError("Expected value before ','");
                if (stack.isEmpty()) throw new ParseError("',' not as part of an object or array");
                if (top() instanceof List) {
                    JqValues.array(top()).add(next);
                    next = NONE;
                } else if (top() instanceof String key) {
                    pop();
                    JqValues.object(top()).put(key, next);
                    next = NONE;
                } else throw new ParseError("Objects must consist of key:value pairs");
            }
            case ']' -> {
                if (stack.isEmpty() || !(top() instanceof List)) throw new ParseError("Unmatched ']'");
                if (next != NONE) JqValues.array(top()).add(next);
                else if (!JqValues.array(top()).isEmpty()) throw new ParseError("Expected another array element");
                next = pop();
            }
            default -> { // '}'
                if (stack.isEmpty()) throw new ParseError("Unmatched '}'");
                if (next != NONE) {
                    if (!(top() instanceof String key)) throw new ParseError("Objects must consist of key:value pairs");
                    pop();
                    JqValues.object(top()).put(key, next);
                } else {
                    if (!(top() instanceof Map)) throw new ParseError("Unmatched '}'");
                    if (!JqValues.object(top()).isEmpty()) throw new ParseError("Expected another key-value pair");
                }
                next = pop();
            }
        }
    }

    private void checkLiteral() throws ParseError {
        if (token.size() == 0) return;
        String t = token.toString(StandardCharsets.ISO_8859_1);
        String pattern = switch (t.charAt(0)) {
            case 't' -> "true";
            case 'f' -> "false";
            case 'n' -> "null";
            default -> null;
        };
        if (pattern != null) {
            if (!t.equals(pattern)) throw new ParseError("Invalid literal");
            value(t.equals("null") ? null : Boolean.valueOf(t.equals("true")));
        } else {
            Double d = parseNumber(t);
            if (d == null) throw new ParseError("Invalid numeric literal");
            value(d);
        }
        token.reset();
    }

    /** What jq's strtod accepts as a whole token: sign, digits with an optional point, exponent. */
    static Double parseNumber(String t) {
        java.util.regex.Matcher m = INF_NAN.matcher(t);
        if (m.matches()) {
            if (m.group(2) != null) return Double.NaN;
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!NUMBER.matcher(t).matches()) return null;
        return Double.parseDouble(t);
    }

    /** All remaining values, for --slurp: jq collects them without closing the input, so it keeps its name. */
    List<Object> rest() throws ParseError {
        List<Object> all = new ArrayList<>();
        for (Object v = next(); v != END; v = next()) all.add(v);
        ended = false;
        return all;
    }

    private void foundString() throws ParseError {
        byte[] in = token.toByteArray();
        token.reset();
        StringBuilder s = new StringBuilder();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int i = 0;
        while (i < in.length) {
            int c = in[i++];
            if (c == '\\') {
                if (i >= in.length) throw new ParseError("Expected escape character at end of string");
                c = in[i++];
                int cp;
                switch (c) {
                    case '\\', '"', '/' -> cp = c;
                    case 'b' -> cp = '\b';
                    case 'f' -> cp = '\f';
                    case 't' -> cp = '\t';
                    case 'n' -> cp = '\n';
                    case 'r' -> cp = '\r';
                    case 'u' -> {
                        if (i + 4 > in.length) throw new ParseError("Invalid \\uXXXX escape");
                        cp = hex4(in, i);
                        if (cp < 0) throw new ParseError("Invalid characters in \\uXXXX escape");
                        i += 4;
                        if (cp >= 0xD800 && cp <= 0xDBFF) {
                            int low = i + 6 <= in.length && in[i] == '\\' && in[i + 1] == 'u' ? hex4(in, i + 2) : -1;
                            if (low < 0xDC00 || low > 0xDFFF) throw new ParseError("Invalid \\uXXXX\\uXXXX surrogate pair escape");
                            i += 6;
                            cp = 0x10000 + ((cp - 0xD800) << 10 | (low - 0xDC00));
                        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                            cp = 0xFFFD; // a lone low surrogate is not valid UTF-8: jq stores U+FFFD
                        }
                    }
                    default -> throw new ParseError("Invalid escape");
                }
                flush(raw, s);
                s.appendCodePoint(cp);
            } else {
                // jq's test is c < 0x1f, so U+001F itself (and NUL) pass
                if (c > 0 && c < 0x1f) throw new ParseError("Invalid string: control characters from U+0000 through U+001F must be escaped");
                raw.write(c);
            }
        }
        flush(raw, s);
        value(s.toString());
    }

    private static void flush(ByteArrayOutputStream raw, StringBuilder s) {
        if (raw.size() == 0) return;
        byte[] b = raw.toByteArray();
        s.append(JqStrings.decodeUtf8(b, 0, b.length));
        raw.reset();
    }

    private static int hex4(byte[] b, int i) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[i + k], 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    /** Parses one whole text as jv_parse does (tonumber, fromjson, --argjson): one value or an error. */
    static Object parseOne(String text) throws ParseError {
        JsonReader r = new JsonReader(text.getBytes(StandardCharsets.UTF_8));
        Object v;
        try {
            v = r.next();
            if (v != END) {
                Object w = r.next();
                if (w != END) throw new ParseError("Unexpected extra JSON values");
            }
        } catch (ParseError e) {
            throw new ParseError(e.getMessage() + " (while parsing '" + text + "')");
        }
        if (v == END) throw new ParseError("Expected JSON value (while parsing '" + text + "')");
        return v;
    }
}
