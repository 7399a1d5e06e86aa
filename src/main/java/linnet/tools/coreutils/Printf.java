package linnet.tools.coreutils;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.ToolExit;

/**
 * /usr/bin/printf, GNU coreutils 9.1 in the C locale (what `env printf`, `xargs printf` and
 * `find -exec printf` run instead of bash's builtin). It differs from the builtin where coreutils
 * does: numbers are checked by strtoimax and reported as "'ARG': expected a numeric value" or
 * "value not completely converted" (and the output goes on), a bad conversion ends everything
 * with "%SPEC: invalid conversion specification", \c ends everything at once, no -v, %q is
 * quotearg's shell-escape style, a universal character the locale cannot show is printed as its escape, and excess
 * operands after a format that uses none are a warning. Messages start with the program's name.
 */
public final class Printf implements linnet.tools.common.Tool {
    private Ctx ctx;
    private String prog;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int status;

    /** \c: no more output, status 0 (exit(EXIT_SUCCESS) in print_esc_char). */
    private static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    @Override
    public int run(Ctx ctx, List<String> args) { return new Printf().go(ctx, args); }

    private int go(Ctx ctx, List<String> args) {
        this.ctx = ctx;
        prog = ctx.argv0("printf");
        out.reset();
        status = 0;
        if (args.size() == 1 && args.get(0).equals("--help")) {
            ctx.out.print(HELP.replace("PROG", prog));
            return 0;
        }
        if (args.size() == 1 && args.get(0).equals("--version")) {
            ctx.out.print(VERSION);
            return 0;
        }
        List<String> a = args;
        if (!a.isEmpty() && a.get(0).equals("--")) a = a.subList(1, a.size());
        if (a.isEmpty()) {
            ctx.err.println(prog + ": missing operand");
            ctx.err.println("Try '" + prog + " --help' for more information.");
            return 1;
        }
        String format = a.get(0);
        List<String> rest = a.subList(1, a.size());
        try {
            int pos = 0;
            while (true) {
                int used = once(format, rest, pos);
                pos += used;
                if (used == 0 || pos >= rest.size()) break;
            }
            if (pos < rest.size())
                warn("warning: ignoring excess arguments, starting with " + quote(rest.get(pos)));
        } catch (Stop s) {
            flush();
            return 0;
        } catch (ToolExit e) {
            flush();
            throw e;
        }
        flush();
        return status;
    }

    private void flush() {
        ctx.out.write(out.toByteArray(), 0, out.size());
        ctx.out.flush();
        out.reset();
    }

    private void warn(String msg) {
        flush();
        ctx.err.println(prog + ": " + msg);
    }

    private void error(String msg) {
        warn(msg);
        status = 1;
    }

    private ToolExit fatal(String msg) {
        warn(msg);
        return new ToolExit(1);
    }

    private void put(String s) { out.writeBytes(s.getBytes(StandardCharsets.UTF_8)); }

    /** print_formatted: one pass over the format; the number of operands it took. */
    private int once(String f, List<String> args, int start) {
        int ai = start;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\') {
                i = escape(f, i, false);
                continue;
            }
            if (c != '%') {
                put(String.valueOf(c));
                continue;
            }
            int s = i;
            i++;
            if (i < f.length() && f.charAt(i) == '%') {
                put("%");
                continue;
            }
            if (i < f.length() && f.charAt(i) == 'b') {
                String arg = ai < args.size() ? args.get(ai++) : "";
                for (int k = 0; k < arg.length(); k++) {
                    if (arg.charAt(k) == '\\') k = escape(arg, k, true);
                    else put(String.valueOf(arg.charAt(k)));
                }
                continue;
            }
            if (i < f.length() && f.charAt(i) == 'q') {
                put(shellQuote(ai < args.size() ? args.get(ai++) : ""));
                continue;
            }
            StringBuilder flags = new StringBuilder();
            while (i < f.length() && "-+ #0'I".indexOf(f.charAt(i)) >= 0) flags.append(f.charAt(i++));
            int width = -1, prec = -1;
            if (i < f.length() && f.charAt(i) == '*') {
                i++;
                String w = ai < args.size() ? args.get(ai++) : "";
                long v = integer(w);
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw fatal("invalid field width: " + quote(w));
                width = (int) v;
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
            } else {
                int k = i;
                while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
                if (i > k) width = Integer.parseInt(f.substring(k, Math.min(i, k + 9)));
            }
            if (i < f.length() && f.charAt(i) == '.') {
                i++;
                if (i < f.length() && f.charAt(i) == '*') {
                    i++;
                    String p = ai < args.size() ? args.get(ai++) : "";
                    long v = integer(p);
                    if (v > Integer.MAX_VALUE) throw fatal("invalid precision: " + quote(p));
                    prec = v < 0 ? -1 : (int) v;
                } else {
                    int k = i;
                    while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
                    prec = i > k ? Integer.parseInt(f.substring(k, Math.min(i, k + 9))) : 0;
                }
            }
            while (i < f.length() && "hlLjzt".indexOf(f.charAt(i)) >= 0) i++;
            char conv = i < f.length() ? f.charAt(i) : 0;
            if (conv == 0 || "diouxXfFeEgGaAcs".indexOf(conv) < 0)
                throw fatal(f.substring(s, Math.min(f.length(), i + 1)) + ": invalid conversion specification");
            String arg = ai < args.size() ? args.get(ai++) : null;
            if (conv == 'c') {
                // one byte of the operand, even of a multibyte character (the C locale)
                byte[] b = arg == null ? new byte[0] : arg.getBytes(StandardCharsets.UTF_8);
                boolean left = flags.indexOf("-") >= 0;
                if (!left && width > 1) put(" ".repeat(width - 1));
                out.write(b.length == 0 ? 0 : b[0]);
                if (left && width > 1) put(" ".repeat(width - 1));
                continue;
            }
            put(convert(flags.toString(), width, prec, conv, arg));
        }
        return ai - start;
    }

    private String convert(String flags, int width, int prec, char conv, String arg) {
        String body;
        switch (conv) {
            case 's' -> {
                String v = arg == null ? "" : arg;
                if (prec >= 0 && prec < v.length()) v = v.substring(0, prec);
                return pad(flags, width, v, false);
            }
            case 'd', 'i' -> body = intBody(BigInteger.valueOf(integer(arg == null ? "" : arg)), prec, flags, 10, false);
            case 'u', 'o', 'x', 'X' -> {
                BigInteger v = unsigned(arg == null ? "" : arg);
                int radix = conv == 'o' ? 8 : conv == 'u' ? 10 : 16;
                body = intBody(v, prec, flags.replace("+", "").replace(" ", ""), radix, conv == 'X');
                if (flags.indexOf('#') >= 0 && v.signum() != 0) {
                    if (conv == 'x') body = "0x" + body;
                    else if (conv == 'X') body = "0X" + body;
                    else if (conv == 'o' && !body.startsWith("0")) body = "0" + body;
                }
            }
            default -> {
                double d = real(arg == null ? "" : arg);
                if (conv == 'a' || conv == 'A') {
                    String h = Double.toHexString(d).replace("0x1.0p", "0x1p");
                    return pad(flags, width, conv == 'A' ? h.toUpperCase(java.util.Locale.ROOT) : h, false);
                }
                return CFloat.format(flags.replace("'", "").replace("I", ""), width, prec, conv, d);
            }
        }
        // the zero flag pads after the sign; a precision turns it off
        if (flags.indexOf('0') >= 0 && flags.indexOf('-') < 0 && prec < 0 && body.length() < width) {
            int signLen = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1
                    : body.startsWith("0x") || body.startsWith("0X") ? 2 : 0;
            return body.substring(0, signLen) + "0".repeat(width - body.length()) + body.substring(signLen);
        }
        return pad(flags, width, body, false);
    }

    private static String intBody(BigInteger v, int prec, String flags, int radix, boolean upper) {
        String digits = v.abs().toString(radix);
        if (upper) digits = digits.toUpperCase(java.util.Locale.ROOT);
        if (prec == 0 && v.signum() == 0) digits = "";
        if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
        String sign = v.signum() < 0 ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        return sign + digits;
    }

    private static String pad(String flags, int width, String s, boolean bytes) {
        int len = s.getBytes(StandardCharsets.UTF_8).length;
        if (width <= len) return s;
        return flags.indexOf('-') >= 0 ? s + " ".repeat(width - len) : " ".repeat(width - len) + s;
    }

    /** A character constant ('c or "c): the value of its first byte; more after it is a warning. */
    private Long charConstant(String a) {
        if (a.length() < 2 || (a.charAt(0) != '\'' && a.charAt(0) != '"')) return null;
        byte[] b = a.substring(1).getBytes(StandardCharsets.UTF_8);
        if (b.length > 1) warn("warning: " + new String(b, 1, b.length - 1, StandardCharsets.UTF_8)
                + ": character(s) following character constant have been ignored");
        return (long) (b[0] & 0xff);
    }

    /** vstrtoimax with printf's checks: its value, clamped, and the error reported. */
    private long integer(String a) {
        Long c = charConstant(a);
        if (c != null) return c;
        Object[] r = strtol(a);
        BigInteger v = (BigInteger) r[0];
        check(a, (int) r[1]);
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE), min = BigInteger.valueOf(Long.MIN_VALUE);
        if (v.compareTo(max) > 0 || v.compareTo(min) < 0) {
            if ((int) r[1] == a.length()) error(quote(a) + ": Numerical result out of range");
            return v.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return v.longValue();
    }

    /** vstrtoumax: a negative number wraps around as strtoumax does. */
    private BigInteger unsigned(String a) {
        Long c = charConstant(a);
        if (c != null) return BigInteger.valueOf(c);
        Object[] r = strtol(a);
        BigInteger v = (BigInteger) r[0];
        check(a, (int) r[1]);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        if (v.abs().compareTo(two64) >= 0) {
            if ((int) r[1] == a.length()) error(quote(a) + ": Numerical result out of range");
            return two64.subtract(BigInteger.ONE);
        }
        return v.signum() < 0 ? v.add(two64) : v;
    }

    /** The value strtol(..., 0) reads from the start of a, and where it stopped (0 when nothing was a number). */
    private static Object[] strtol(String a) {
        int i = 0;
        while (i < a.length() && " \t\n\r\f\u000b".indexOf(a.charAt(i)) >= 0) i++;
        boolean neg = false;
        if (i < a.length() && (a.charAt(i) == '+' || a.charAt(i) == '-')) neg = a.charAt(i++) == '-';
        int radix = 10, digitsFrom = i;
        if (a.startsWith("0x", i) || a.startsWith("0X", i)) {
            if (i + 2 < a.length() && Character.digit(a.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
                digitsFrom = i;
            }
        } else if (a.startsWith("0", i)) radix = 8;
        int k = i;
        while (k < a.length() && Character.digit(a.charAt(k), radix) >= 0 && a.charAt(k) < 128) k++;
        if (k == digitsFrom) return new Object[] {BigInteger.ZERO, 0};
        BigInteger v = new BigInteger(a.substring(i, k), radix);
        return new Object[] {neg ? v.negate() : v, k};
    }

    /** verify_numeric: nothing read, or something left over. */
    private void check(String a, int end) {
        if (end == a.length()) return; // "" is 0: strtoimax stops at its NUL
        if (end == 0) error(quote(a) + ": expected a numeric value");
        else if (end != a.length()) error(quote(a) + ": value not completely converted");
    }

    private double real(String a) {
        Long c = charConstant(a);
        if (c != null) return c;
        String t = a.stripLeading();
        int end = t.length();
        Double v = null;
        while (end > 0 && (v = CFloat.parse(t.substring(0, end))) == null) end--;
        if (v == null) {
            if (!a.isEmpty()) error(quote(a) + ": expected a numeric value");
            return 0;
        }
        if (end != t.length()) error(quote(a) + ": value not completely converted");
        return v;
    }

    /**
     * print_esc: one escape at {@code s.charAt(i)} == '\\'; the index of its last character. In %b
     * an octal escape is \0 and up to three digits, in the format up to three digits.
     */
    private int escape(String s, int i, boolean percentB) {
        int j = i + 1;
        if (j >= s.length()) {
            put("\\");
            return i;
        }
        char c = s.charAt(j);
        if (c == 'x') {
            int k = j + 1, v = 0;
            while (k < s.length() && k < j + 3 && Character.digit(s.charAt(k), 16) >= 0) v = v * 16 + Character.digit(s.charAt(k++), 16);
            if (k == j + 1) throw fatal("missing hexadecimal number in escape");
            out.write(v);
            return k - 1;
        }
        if (c >= '0' && c <= '7') {
            int k = j, v = 0;
            if (percentB && c == '0') k++;
            int from = k;
            while (k < s.length() && k < from + 3 && s.charAt(k) >= '0' && s.charAt(k) <= '7') v = v * 8 + (s.charAt(k++) - '0');
            out.write(v & 0xff);
            return k - 1;
        }
        if (c == 'u' || c == 'U') {
            int n = c == 'u' ? 4 : 8, k = j + 1;
            long v = 0;
            while (k < s.length() && k < j + 1 + n && Character.digit(s.charAt(k), 16) >= 0) v = v * 16 + Character.digit(s.charAt(k++), 16);
            if (k != j + 1 + n) throw fatal("missing hexadecimal number in escape");
            // the C99 rule: below U+00A0 only $ @ ` are names, and no surrogates
            if ((v < 0xa0 && v != 0x24 && v != 0x40 && v != 0x60) || (v >= 0xd800 && v <= 0xdfff))
                throw fatal("invalid universal character name \\" + c + s.substring(j + 1, k));
            // the C locale cannot show it: the escape is written out (print_unicode_char's fallback)
            put(v < 0x80 ? String.valueOf((char) v)
                    : "\\" + c + String.format(c == 'u' ? "%04X" : "%08X", v));
            return k - 1;
        }
        String simple = switch (c) {
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'e' -> "\u001b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\u000b";
            default -> null;
        };
        if (c == 'c') throw new Stop();
        if (simple == null) {
            put("\\" + c);
            return j;
        }
        put(simple);
        return j;
    }

    /** quote(): the operand in 'single quotes' as gnulib's locale_quoting_style shows it in the C locale. */
    private static String quote(String s) {
        if (s.indexOf('\'') < 0) return "'" + s + "'";
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** %q: quotearg's shell_escape_quoting_style. */
    static String shellQuote(String s) {
        if (s.isEmpty()) return "''";
        boolean plain = true, control = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) control = true;
            if (!(Character.isLetterOrDigit(c) && c < 128) && "%+,-./:=@_^".indexOf(c) < 0) plain = false;
        }
        if (plain) return s;
        if (!control) {
            if (s.indexOf('\'') < 0) return "'" + s + "'";
            if (s.indexOf('"') < 0 && s.indexOf('$') < 0 && s.indexOf('`') < 0 && s.indexOf('\\') < 0 && s.indexOf('!') < 0)
                return "\"" + s + "\"";
            return "'" + s.replace("'", "'\\''") + "'";
        }
        StringBuilder sb = new StringBuilder("''$'");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\%03o", c));
                    else sb.append((char) c);
                }
            }
        }
        return sb.append("'").toString();
    }

    private static final String HELP = """
            Usage: PROG FORMAT [ARGUMENT]...
              or:  PROG OPTION
            Print ARGUMENT(s) according to FORMAT, or execute according to OPTION:

                  --help        display this help and exit
                  --version     output version information and exit

            FORMAT controls the output as in C printf.  Interpreted sequences are:

              \\"      double quote
              \\\\      backslash
              \\a      alert (BEL)
              \\b      backspace
              \\c      produce no further output
              \\e      escape
              \\f      form feed
              \\n      new line
              \\r      carriage return
              \\t      horizontal tab
              \\v      vertical tab
              \\NNN    byte with octal value NNN (1 to 3 digits)
              \\xHH    byte with hexadecimal value HH (1 to 2 digits)
              \\uHHHH  Unicode (ISO/IEC 10646) character with hex value HHHH (4 digits)
              \\UHHHHHHHH  Unicode character with hex value HHHHHHHH (8 digits)
              %%      a single %
              %b      ARGUMENT as a string with '\\' escapes interpreted,
                      except that octal escapes are of the form \\0 or \\0NNN
              %q      ARGUMENT is printed in a format that can be reused as shell input,
                      escaping non-printable characters with the proposed POSIX $'' syntax.

            and all C format specifications ending with one of diouxXfeEgGcs, with
            ARGUMENTs converted to proper type first.  Variable widths are handled.

            NOTE: your shell may have its own version of printf, which usually supersedes
            the version described here.  Please refer to your shell's documentation
            for details about the options it supports.

            GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
            Report any translation bugs to <https://translationproject.org/team/>
            Full documentation <https://www.gnu.org/software/coreutils/printf>
            or available locally via: info '(coreutils) printf invocation'
            """;

    private static final String VERSION = """
            printf (GNU coreutils) 9.1
            Copyright (C) 2022 Free Software Foundation, Inc.
            License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
            This is free software: you are free to change and redistribute it.
            There is NO WARRANTY, to the extent permitted by law.

            Written by David MacKenzie.
            """;
}
