package linnet.shell.exec;

import java.util.List;
import java.util.function.Consumer;

/**
 * printf (bash's builtin printf.def, which /usr/bin/printf matches for these cases): the format is
 * reused until the arguments run out; numbers accept C forms (0x, 0 octal, 'c for a character
 * code) and a bad one is reported, printed as far as it parsed, and makes the status 1.
 */
public final class Printf {
    private Printf() {}

    /** The result: the text and whether every conversion went well. */
    public record Result(String text, int status) {}

    /** @param error receives messages without a prefix ("abc: invalid number") */
    public static Result format(String fmt, List<String> args, Consumer<String> error) {
        StringBuilder out = new StringBuilder();
        int[] ai = {0};
        int[] status = {0};
        do {
            int before = ai[0];
            if (!once(fmt, args, ai, out, error, status)) break;
            if (ai[0] == before) break;
        } while (ai[0] < args.size());
        return new Result(out.toString(), status[0]);
    }

    /** One pass over the format; false when \c (or a fatal format error) ends all output. */
    private static boolean once(String fmt, List<String> args, int[] ai, StringBuilder out, Consumer<String> error,
            int[] status) {
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '\\') {
                int[] end = {i};
                String esc = escape(fmt, i, end, false);
                if (esc == null) return false;
                out.append(esc);
                i = end[0];
                continue;
            }
            if (c != '%') { out.append(c); continue; }
            if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') { out.append('%'); i++; continue; }
            int j = i + 1;
            StringBuilder spec = new StringBuilder("%");
            while (j < fmt.length() && "-+ #0".indexOf(fmt.charAt(j)) >= 0) spec.append(fmt.charAt(j++));
            if (j < fmt.length() && fmt.charAt(j) == '*') { spec.append(number(next(args, ai), error, status)); j++; }
            else while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) spec.append(fmt.charAt(j++));
            if (j < fmt.length() && fmt.charAt(j) == '.') {
                spec.append('.');
                j++;
                if (j < fmt.length() && fmt.charAt(j) == '*') { spec.append(number(next(args, ai), error, status)); j++; }
                else while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) spec.append(fmt.charAt(j++));
            }
            // printf.def's LENMODS: accepted and ignored (q is %q, not a length)
            while (j < fmt.length() && "hjlLtz".indexOf(fmt.charAt(j)) >= 0) j++;
            if (j >= fmt.length()) {
                error.accept("`" + spec.substring(1) + "': missing format character");
                status[0] = 1;
                return false;
            }
            char conv = fmt.charAt(j);
            String sp = spec.toString();
            switch (conv) {
                case 's' -> out.append(String.format(sp + "s", next(args, ai)));
                case 'b' -> {
                    String a = next(args, ai);
                    StringBuilder b = new StringBuilder();
                    boolean stop = false;
                    for (int k = 0; k < a.length(); k++) {
                        if (a.charAt(k) == '\\') {
                            int[] end = {k};
                            String e = escape(a, k, end, true);
                            if (e == null) { stop = true; break; }
                            b.append(e);
                            k = end[0];
                        } else b.append(a.charAt(k));
                    }
                    out.append(String.format(sp + "s", b));
                    if (stop) return false;
                }
                case 'c' -> {
                    String a = next(args, ai);
                    out.append(String.format(sp.replace("0", "") + "s", a.isEmpty() ? "" : a.substring(0, 1)));
                }
                case 'd', 'i' -> out.append(String.format(sp.replace("#", "") + "d", number(next(args, ai), error, status)));
                case 'u' -> out.append(String.format(sp + "s", Long.toUnsignedString(number(next(args, ai), error, status))));
                case 'x', 'X', 'o' -> out.append(String.format(sp + conv, number(next(args, ai), error, status)));
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    double d = real(next(args, ai), error, status);
                    char cv = conv == 'F' ? 'f' : conv;
                    String r;
                    if (cv == 'g' || cv == 'G') r = gFormat(sp, d, cv == 'G');
                    else r = String.format(sp + cv, d);
                    out.append(r);
                }
                case 'q' -> out.append(String.format(sp + "s", shellQuote(next(args, ai))));
                case 'Q' -> {
                    // %Q: the precision cuts the word before quoting, and never the quoted text
                    String w = next(args, ai);
                    int dot = sp.indexOf('.');
                    if (dot >= 0) {
                        String p = sp.substring(dot + 1);
                        int prec = p.isEmpty() ? 0 : Integer.parseInt(p);
                        byte[] b = w.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        if (prec < b.length) w = new String(b, 0, prec, java.nio.charset.StandardCharsets.UTF_8);
                    }
                    out.append(String.format((dot >= 0 ? sp.substring(0, dot) : sp) + "s", shellQuote(w)));
                }
                default -> {
                    error.accept("`" + conv + "': invalid format character");
                    status[0] = 1;
                    return false;
                }
            }
            i = j;
        }
        return true;
    }

    private static String next(List<String> args, int[] ai) {
        return ai[0] < args.size() ? args.get(ai[0]++) : "";
    }

    /** A C integer argument; a bad one is reported and yields what parsed before the junk. */
    static long number(String a, Consumer<String> error, int[] status) {
        String s = a.strip();
        if (s.isEmpty()) return 0;
        if (s.startsWith("'") || s.startsWith("\"")) return s.length() > 1 ? s.codePointAt(1) : 0;
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') { neg = s.charAt(0) == '-'; i++; }
        int base = 10;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) { base = 16; i += 2; }
        else if (s.startsWith("0", i) && s.length() > i + 1) { base = 8; i++; }
        long v = 0;
        int start = i;
        while (i < s.length() && Character.digit(s.charAt(i), base) >= 0) v = v * base + Character.digit(s.charAt(i++), base);
        if (i < s.length() || i == start && base != 8) {
            error.accept(a + ": invalid number");
            status[0] = 1;
        }
        return neg ? -v : v;
    }

    private static double real(String a, Consumer<String> error, int[] status) {
        String s = a.strip();
        if (s.isEmpty()) return 0;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            int k = s.length();
            while (k > 0) {
                try {
                    double d = Double.parseDouble(s.substring(0, k));
                    error.accept(a + ": invalid number");
                    status[0] = 1;
                    return d;
                } catch (NumberFormatException x) {
                    k--;
                }
            }
            error.accept(a + ": invalid number");
            status[0] = 1;
            return 0;
        }
    }

    /** C's %g: %e or %f by the exponent, trailing zeros removed unless '#'. */
    private static String gFormat(String sp, double d, boolean upper) {
        int prec = 6;
        int dot = sp.indexOf('.');
        String flagsWidth = dot < 0 ? sp : sp.substring(0, dot);
        if (dot >= 0) prec = sp.length() > dot + 1 ? Integer.parseInt(sp.substring(dot + 1)) : 0;
        if (prec == 0) prec = 1;
        String body;
        if (d == 0) body = "0";
        else {
            int exp = (int) Math.floor(Math.log10(Math.abs(d)));
            String e = String.format("%." + (prec - 1) + "e", d);
            exp = Integer.parseInt(e.substring(e.indexOf('e') + 1));
            if (exp < -4 || exp >= prec) {
                String mant = e.substring(0, e.indexOf('e'));
                if (!sp.contains("#") && mant.contains(".")) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
                body = mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            } else {
                body = String.format("%." + Math.max(0, prec - 1 - exp) + "f", d);
                if (!sp.contains("#") && body.contains(".")) body = body.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        if (upper) body = body.toUpperCase();
        String width = flagsWidth.replaceAll("[^0-9]", "");
        if (flagsWidth.startsWith("%0") && !flagsWidth.contains("-")) width = width.replaceFirst("^0", "");
        if (width.isEmpty()) return body;
        int w = Integer.parseInt(width);
        boolean left = flagsWidth.contains("-");
        boolean zero = flagsWidth.matches("%[-+ #]*0.*") && !left;
        StringBuilder sb = new StringBuilder(body);
        while (sb.length() < w) {
            if (left) sb.append(' ');
            else if (zero) sb.insert(body.startsWith("-") ? 1 : 0, '0');
            else sb.insert(0, ' ');
        }
        return sb.toString();
    }

    /**
     * One backslash escape at s[i]; end[0] is set to its last character. null means \c (stop).
     * In %b arguments \0NNN is octal and \c ends the output; in formats \NNN is octal.
     */
    /**
     * The byte an \\xHH or octal escape stands for: bash writes it as it is, not as a character,
     * so a byte above 0x7f is carried surrogate-escaped (kernel.fs.RawText) to the output.
     */
    private static String raw(int v) { return String.valueOf((char) (v < 0x80 ? v : 0xdc00 | v)); }

    static String escape(String s, int i, int[] end, boolean bArg) {
        if (i + 1 >= s.length()) { end[0] = i; return "\\"; }
        char n = s.charAt(i + 1);
        end[0] = i + 1;
        switch (n) {
            case 'a': return "\u0007";
            case 'b': return "\b";
            case 'e': case 'E': return "\u001b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'v': return "\u000b";
            case '\\': return "\\";
            case '"': return "\"";
            case '\'': return bArg ? "\\'" : "'";
            case 'c': if (bArg) return null; return "\\c";
            case 'x': {
                int v = 0, k = 0, j = i + 2;
                while (k < 2 && j < s.length() && Character.digit(s.charAt(j), 16) >= 0) { v = v * 16 + Character.digit(s.charAt(j++), 16); k++; }
                if (k == 0) return "\\x";
                end[0] = j - 1;
                return raw(v);
            }
            default:
                if (n >= '0' && n <= '7') {
                    int j = i + 1, v = 0, k = 0;
                    int max = 3;
                    if (bArg && n == '0') { j++; }
                    while (k < max && j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '7') { v = v * 8 + (s.charAt(j++) - '0'); k++; }
                    end[0] = j - 1;
                    return raw(v & 0xff);
                }
                return "\\" + n;
        }
    }

    /**
     * %q: the word as bash would need it typed. A word with a character that is not printable in
     * the C locale (any non-ASCII byte too) becomes $'...' (ansic_quote); otherwise bash's
     * sh_backslash_quote puts a backslash before each character special to the shell.
     */
    static String shellQuote(String s) {
        if (s.isEmpty()) return "''";
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean ansi = false;
        for (byte b : bytes) if (b < 0x20 || b == 0x7f) ansi = true;
        if (ansi) return ansiCQuote(bytes);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean special = " \t\n!\"$&'()*,;<>?[\\]^`{|}".indexOf(c) >= 0
                    || c == '#' && i == 0
                    || c == '~' && (i == 0 || s.charAt(i - 1) == ':' || s.charAt(i - 1) == '=');
            if (special) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private static String ansiCQuote(byte[] bytes) {
        StringBuilder sb = new StringBuilder("$'");
        for (byte x : bytes) {
            int c = x & 0xff;
            switch (c) {
                case 0x1b -> sb.append("\\E");
                case 0x07 -> sb.append("\\a");
                case 0x0b -> sb.append("\\v");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\\', '\'' -> sb.append('\\').append((char) c);
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append('\\').append((c >> 6) & 7).append((c >> 3) & 7).append(c & 7);
                    else sb.append((char) c);
                }
            }
        }
        return sb.append('\'').toString();
    }
}
