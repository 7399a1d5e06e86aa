package linnet.tools.jq;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * jq 1.6's jv_dump: compact or indented (spaces or tabs), keys in insertion order or sorted (-S),
 * non-ASCII kept or escaped (-a), and numbers as jq's dtoa prints them: the shortest digits that
 * read back to the same double, in plain notation unless the decimal point lies 4 or more places
 * before the first digit or more than 15 places past the last one (1e+17, 1e-05), infinities as
 * the largest double, NaN as null.
 */
public final class JsonPrinter {
    /** 0 = compact; else spaces per level; {@link #TAB} = one tab per level. */
    private final int indent;
    private final boolean sortKeys;
    private final boolean ascii;
    /** -C: the escape sequences per kind (null, false, true, numbers, strings, arrays, objects), else null. */
    private final String[] colors;
    public static final int TAB = -1;
    private static final String ESC = "\u001b";
    private static final String RESET = ESC + "[0m", FIELD = ESC + "[34;1m";
    /** jq 1.6's def_colors. */
    static final String[] DEFAULT_COLORS = {"1;30", "0;39", "0;39", "0;39", "0;32", "1;39", "1;39"};

    public JsonPrinter(int indent, boolean sortKeys, boolean ascii) { this(indent, sortKeys, ascii, null); }

    /** colors: SGR parameters per kind ({@link #DEFAULT_COLORS} or $JQ_COLORS's), or null for none. */
    public JsonPrinter(int indent, boolean sortKeys, boolean ascii, String[] colors) {
        this.indent = indent;
        this.sortKeys = sortKeys;
        this.ascii = ascii;
        if (colors == null) this.colors = null;
        else {
            this.colors = new String[colors.length];
            for (int i = 0; i < colors.length; i++) this.colors[i] = ESC + "[" + colors[i] + "m";
        }
    }

    /** jq_set_colors: up to seven colon-separated SGR parameter lists; null when the text is refused. */
    static String[] parseColors(String spec) {
        String[] out = DEFAULT_COLORS.clone();
        int i = 0;
        int c = 0;
        while (i < out.length && c < spec.length()) {
            int e = spec.indexOf(':', c);
            if (e < 0) e = spec.length();
            String part = spec.substring(c, e);
            if (part.length() > 12 || !part.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == ';')) return null;
            out[i++] = part;
            c = e < spec.length() ? e + 1 : e;
        }
        return out;
    }

    private String color(Object v) {
        if (colors == null) return null;
        if (v == null) return colors[0];
        if (v instanceof Boolean x) return colors[x ? 2 : 1];
        if (v instanceof Double) return colors[3];
        if (v instanceof String) return colors[4];
        if (v instanceof List) return colors[5];
        return colors[6];
    }

    /** What tojson, tostring and error messages print. */
    public static String compact(Object v) {
        StringBuilder b = new StringBuilder();
        new JsonPrinter(0, false, false).dump(b, v, 0);
        return b.toString();
    }

    public String print(Object v) {
        StringBuilder b = new StringBuilder();
        dump(b, v, 0);
        return b.toString();
    }

    private boolean pretty() { return indent != 0; }

    private void newline(StringBuilder b, int level) {
        b.append('\n');
        if (indent == TAB) b.append("\t".repeat(level));
        else b.append(" ".repeat(level * indent));
    }

    private void dump(StringBuilder b, Object v, int level) {
        String color = color(v);
        if (color != null) b.append(color);
        if (v == null) b.append("null");
        else if (v instanceof Boolean x) b.append(x ? "true" : "false");
        else if (v instanceof Double d) b.append(number(d));
        else if (v instanceof String s) string(b, s, ascii);
        else if (v instanceof List<?> l) {
            if (l.isEmpty()) b.append("[]");
            else {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) b.append(',');
                    if (pretty()) newline(b, level + 1);
                    dump(b, l.get(i), level + 1);
                    if (color != null) b.append(color);
                }
                if (pretty()) newline(b, level);
                if (color != null) b.append(color);
                b.append(']');
            }
        } else {
            Map<String, Object> m = JqValues.object(v);
            if (m.isEmpty()) b.append("{}");
            else {
                b.append('{');
                boolean first = true;
                for (String k : sortKeys ? JqValues.sortedKeys(m) : m.keySet()) {
                    if (!first) b.append(',');
                    if (pretty()) newline(b, level + 1);
                    if (color != null) b.append(RESET);
                    first = false;
                    if (color != null) b.append(FIELD);
                    string(b, k, ascii);
                    if (color != null) b.append(RESET).append(color);
                    b.append(pretty() ? ": " : ":");
                    if (color != null) b.append(RESET);
                    dump(b, m.get(k), level + 1);
                    if (color != null) b.append(color);
                }
                if (pretty()) newline(b, level);
                if (color != null) b.append(color);
                b.append('}');
            }
        }
        if (color != null) b.append(RESET);
    }

    /** A JSON string as jq writes it: \b \t \n \f \r by name, other controls and DEL as \\u00XX. */
    public static void string(StringBuilder b, String s, boolean ascii) {
        b.append('"');
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x20 && c <= 0x7e) {
                if (c == '"' || c == '\\') b.append('\\');
                b.append((char) c);
            } else if (c < 0x20 || c == 0x7f) {
                switch (c) {
                    case '\b' -> b.append("\\b");
                    case '\t' -> b.append("\\t");
                    case '\r' -> b.append("\\r");
                    case '\n' -> b.append("\\n");
                    case '\f' -> b.append("\\f");
                    default -> b.append(String.format("\\u%04x", c));
                }
            } else if (ascii) {
                if (c <= 0xffff) b.append(String.format("\\u%04x", c));
                else {
                    int d = c - 0x10000;
                    b.append(String.format("\\u%04x\\u%04x", 0xD800 | (d >> 10), 0xDC00 | (d & 0x3ff)));
                }
            } else b.appendCodePoint(c);
        }
        b.append('"');
    }

    /** jvp_dtoa_fmt as jq 1.6 prints a number. */
    public static String number(double d) {
        if (Double.isNaN(d)) return "null";
        if (d == Double.POSITIVE_INFINITY) d = Double.MAX_VALUE;
        if (d == Double.NEGATIVE_INFINITY) d = -Double.MAX_VALUE;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        if (a == 0) return neg ? "-0" : "0";
        String digits;
        int decpt;
        BigDecimal bd = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        digits = bd.unscaledValue().toString();
        decpt = digits.length() - bd.scale();
        if (digits.length() == 2) {
            // Java prints at least two digits where one would do (4.9E-324); dtoa takes the shortest
            for (int delta : new int[] {0, -1, 1}) {
                long one = Math.round(Integer.parseInt(digits) / 10.0) + delta;
                if (one < 1 || one > 9) continue;
                if (Double.parseDouble(one + "e" + (decpt - 1)) == a) {
                    digits = Long.toString(one);
                    break;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        if (neg) b.append('-');
        int n = digits.length();
        if (decpt <= -4 || decpt > n + 15) {
            b.append(digits.charAt(0));
            if (n > 1) b.append('.').append(digits, 1, n);
            int e = decpt - 1;
            b.append('e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) b.append('0');
            b.append(ae);
        } else if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= n) {
            b.append(digits).append("0".repeat(decpt - n));
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return b.toString();
    }
}
