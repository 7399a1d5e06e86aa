package linnet.tools.text.awk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * printf/sprintf as C's printf(3) formats (mawk hands each conversion to it): %d %i %o %x %X %u
 * %c %s %e %E %f %F %g %G %%, flags - + space # 0, width and precision with '*'. Floating
 * conversions round the exact binary value half-to-even as glibc does ("%.0f" of 2.5 is 2).
 * Integer conversions clamp as mawk's d_to_I/d_to_U do.
 */
final class Format {
    private Format() {}

    /** A value source for one printf call. */
    interface Args {
        int count();
        Cell get(int i);
        String str(Cell c);
        double num(Cell c);
    }

    /** The text for one call; {@code who} is "printf" or "sprintf" for mawk's run time errors. */
    static String format(String fmt, Args args, String who) {
        StringBuilder out = new StringBuilder();
        int ai = 0;
        int i = 0, n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') { out.append(c); continue; }
            if (i < n && fmt.charAt(i) == '%') { out.append('%'); i++; continue; }
            boolean minus = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') minus = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = -1, prec = -1;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                if (ai >= args.count()) throw notEnough(who, fmt, out);
                width = Numbers.toInt(args.num(args.get(ai++)));
                if (width < 0) { minus = true; width = -width; }
            } else {
                while (i < n && Character.isDigit(fmt.charAt(i))) width = Math.max(width, 0) * 10 + fmt.charAt(i++) - '0';
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                prec = 0;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    if (ai >= args.count()) throw notEnough(who, fmt, out);
                    prec = Numbers.toInt(args.num(args.get(ai++)));
                    if (prec < 0) prec = -1;
                } else {
                    while (i < n && Character.isDigit(fmt.charAt(i))) prec = prec * 10 + fmt.charAt(i++) - '0';
                }
            }
            while (i < n && "hlLqjzt".indexOf(fmt.charAt(i)) >= 0 && fmt.charAt(i) != 'z') i++;
            if (i >= n) {
                if (ai >= args.count()) throw notEnough(who, fmt, out);
                throw new AwkError("run time error: bad conversion in " + who + "(\"" + fmt + "\")");
            }
            char conv = fmt.charAt(i++);
            if ("diouxXcseEfFgG".indexOf(conv) < 0) {
                if (ai >= args.count()) throw notEnough(who, fmt, out);
                Cell a = args.get(ai);
                throw new AwkError("run time error: improper conversion(number " + (ai + 1) + ") in " + who + "(\"" + fmt + "\")");
            }
            if (ai >= args.count()) throw notEnough(who, fmt, out);
            Cell a = args.get(ai++);
            String body;
            switch (conv) {
                case 's' -> {
                    body = args.str(a);
                    if (prec >= 0 && prec < body.length()) body = body.substring(0, prec);
                    out.append(pad(body, width, minus, false));
                    continue;
                }
                case 'c' -> {
                    if (a.type == Cell.NUM) body = String.valueOf((char) (Numbers.toInt(a.d) & 0xff));
                    else {
                        String s = args.str(a);
                        body = s.isEmpty() ? "\0" : s.substring(0, 1);
                    }
                    out.append(pad(body, width, minus, false));
                    continue;
                }
                case 'd', 'i' -> {
                    long v = Numbers.toInt(args.num(a));
                    out.append(integer(Long.toString(Math.abs(v)), v < 0, plus, space, minus, zero, width, prec, ""));
                    continue;
                }
                case 'o', 'x', 'X', 'u' -> {
                    long v = Numbers.toUnsigned(args.num(a));
                    String digits = conv == 'o' ? Long.toOctalString(v) : conv == 'u' ? Long.toString(v)
                            : conv == 'x' ? Long.toHexString(v) : Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
                    String prefix = "";
                    if (alt && conv == 'o' && !digits.startsWith("0")) digits = "0" + digits;
                    if (alt && (conv == 'x' || conv == 'X') && v != 0) prefix = conv == 'x' ? "0x" : "0X";
                    out.append(integer(digits, false, false, false, minus, zero, width, prec, prefix));
                    continue;
                }
                default -> out.append(floating(conv, args.num(a), minus, plus, space, alt, zero, width, prec));
            }
        }
        return out.toString();
    }

    /** A printf that failed part way: what it formatted before the bad conversion is still written. */
    static final class Partial extends AwkError {
        final String done;

        Partial(String message, String done) {
            super(message);
            this.done = done;
        }
    }

    private static AwkError notEnough(String who, String fmt, StringBuilder done) {
        return new Partial("run time error: not enough arguments passed to " + who + "(\"" + fmt + "\")", done.toString());
    }

    private static String pad(String s, int width, boolean left, boolean zeros) {
        if (width <= s.length()) return s;
        String fill = String.valueOf(zeros ? '0' : ' ').repeat(width - s.length());
        return left ? s + fill : fill + s;
    }

    private static String integer(String digits, boolean neg, boolean plus, boolean space, boolean minus,
            boolean zero, int width, int prec, String prefix) {
        if (prec >= 0) {
            if (prec == 0 && digits.equals("0")) digits = "";
            if (digits.length() < prec) digits = "0".repeat(prec - digits.length()) + digits;
        }
        String sign = neg ? "-" : plus ? "+" : space ? " " : "";
        String head = sign + prefix;
        if (zero && !minus && prec < 0 && width > head.length() + digits.length())
            digits = "0".repeat(width - head.length() - digits.length()) + digits;
        return pad(head + digits, width, minus, false);
    }

    /** One floating conversion of {@code d} as glibc prints it. */
    static String floating(char conv, double d, boolean minus, boolean plus, boolean space, boolean alt,
            boolean zero, int width, int prec) {
        boolean upper = Character.isUpperCase(conv);
        boolean neg = d < 0 || d == 0 && 1 / d < 0 || Double.isNaN(d) && Double.doubleToRawLongBits(d) < 0;
        String sign = neg ? "-" : plus ? "+" : space ? " " : "";
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String t = Double.isNaN(d) ? "nan" : "inf";
            return pad(sign + (upper ? t.toUpperCase(java.util.Locale.ROOT) : t), width, minus, false);
        }
        double a = Math.abs(d);
        if (prec < 0) prec = 6;
        String body = switch (Character.toLowerCase(conv)) {
            case 'f' -> fixed(a, prec, alt);
            case 'e' -> exponent(a, prec, alt);
            default -> general(a, prec, alt);
        };
        if (upper) body = body.toUpperCase(java.util.Locale.ROOT);
        if (zero && !minus && width > sign.length() + body.length())
            body = "0".repeat(width - sign.length() - body.length()) + body;
        return pad(sign + body, width, minus, false);
    }

    private static String fixed(double a, int prec, boolean alt) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) s += ".";
        return s;
    }

    private static String exponent(double a, int prec, boolean alt) {
        if (a == 0) return "0" + (prec > 0 || alt ? "." + "0".repeat(prec) : "") + "e+00";
        BigDecimal bd = new BigDecimal(a);
        BigDecimal r = bd.round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().abs().toString();
        if (digits.length() < prec + 1) digits = digits + "0".repeat(prec + 1 - digits.length());
        digits = digits.substring(0, prec + 1);
        StringBuilder b = new StringBuilder().append(digits.charAt(0));
        if (prec > 0 || alt) b.append('.');
        b.append(digits, 1, digits.length());
        b.append('e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) b.append('0');
        return b.append(e).toString();
    }

    private static String general(double a, int prec, boolean alt) {
        int p = prec == 0 ? 1 : prec;
        int x;
        if (a == 0) x = 0;
        else {
            BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            x = r.precision() - r.scale() - 1;
        }
        String s = p > x && x >= -4 ? fixed(a, p - 1 - x, alt) : exponent(a, p - 1, alt);
        if (alt) return s;
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e), tail = e < 0 ? "" : s.substring(e);
        if (mant.indexOf('.') >= 0) {
            mant = mant.replaceAll("0+$", "");
            if (mant.endsWith(".")) mant = mant.substring(0, mant.length() - 1);
        }
        return mant + tail;
    }

    /** CONVFMT/OFMT applied to one number (what mawk's sprintf of a double does). */
    static String sprintf1(String fmt, double d) {
        return format(fmt, new Args() {
            public int count() { return 1; }
            public Cell get(int i) { return Cell.num(d); }
            public String str(Cell c) { return Interp.numberText(c.d, "%.6g"); }
            public double num(Cell c) { return c.d; }
        }, "sprintf");
    }
}
