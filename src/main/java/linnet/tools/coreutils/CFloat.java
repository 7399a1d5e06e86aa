package linnet.tools.coreutils;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * C's strtod and printf for floating point as glibc does them: parsing of decimal, hex, inf and
 * nan; %f %e %g (and upper case) with flags, width and precision, rounded from the exact binary
 * value with ties to even (Java's Formatter rounds the shortest decimal half up, which differs).
 */
final class CFloat {
    private CFloat() {}

    /** strtod over the whole string (leading blanks allowed, nothing after); null when it is not a number. */
    static Double parse(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) i++;
        String t = s.substring(i);
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        String low = body.toLowerCase(java.util.Locale.ROOT);
        double v;
        if (low.equals("inf") || low.equals("infinity")) v = Double.POSITIVE_INFINITY;
        else if (low.equals("nan")) v = Double.NaN;
        else if (low.startsWith("0x")) {
            String h = low.substring(2);
            if (!h.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[-+]?[0-9]+)?")) return null;
            v = Double.parseDouble("0x" + (h.contains("p") ? h : h + "p0"));
        } else {
            if (!body.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) return null;
            v = Double.parseDouble(body);
        }
        return neg ? -v : v;
    }

    /** One conversion: flags ("-+ #0"), width (-1 none), precision (-1 default), conv one of "eEfFgG". */
    static String format(String flags, int width, int prec, char conv, double v) {
        boolean upper = Character.isUpperCase(conv);
        char c = Character.toLowerCase(conv);
        String body;
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        if (Double.isNaN(v)) body = "nan";
        else if (Double.isInfinite(v)) body = "inf";
        else {
            int p = prec < 0 ? 6 : prec;
            boolean alt = flags.indexOf('#') >= 0;
            body = switch (c) {
                case 'f' -> fixed(a, p, alt);
                case 'e' -> exp(a, p, alt);
                default -> general(a, p, alt);
            };
        }
        if (upper) body = body.toUpperCase(java.util.Locale.ROOT);
        String sign = neg ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        int pad = width - sign.length() - body.length();
        if (pad <= 0) return sign + body;
        if (flags.indexOf('-') >= 0) return sign + body + " ".repeat(pad);
        if (flags.indexOf('0') >= 0 && Double.isFinite(v)) return sign + "0".repeat(pad) + body;
        return " ".repeat(pad) + sign + body;
    }

    private static String fixed(double a, int p, boolean alt) {
        String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return p == 0 && alt ? s + "." : s;
    }

    private static String exp(double a, int p, boolean alt) {
        if (a == 0) return "0" + (p > 0 || alt ? "." + "0".repeat(p) : "") + "e+00";
        BigDecimal b = new BigDecimal(a).round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
        int e = b.precision() - b.scale() - 1;
        String digits = b.unscaledValue().toString();
        digits = (digits + "0".repeat(p + 1)).substring(0, p + 1);
        String m = digits.substring(0, 1) + (p > 0 || alt ? "." + digits.substring(1) : "");
        return m + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }

    private static String general(double a, int p, boolean alt) {
        if (p == 0) p = 1;
        int x;
        if (a == 0) x = 0;
        else {
            BigDecimal b = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            x = b.precision() - b.scale() - 1;
        }
        String s = x < -4 || x >= p ? exp(a, p - 1, alt) : fixed(a, p - 1 - x, alt);
        if (alt) return s;
        // %g drops trailing zeros of the fraction (and a bare point)
        int e = s.indexOf('e');
        String m = e < 0 ? s : s.substring(0, e), tail = e < 0 ? "" : s.substring(e);
        if (m.indexOf('.') >= 0) m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
        return m + tail;
    }
}
