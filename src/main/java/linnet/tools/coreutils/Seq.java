package linnet.tools.coreutils;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.tools.text.GnuOpts;
import linnet.tools.text.Input;

/**
 * seq(1) of GNU coreutils 9.1: [FIRST [INCR]] LAST, -s SEP, -w, -f FORMAT. Without -f a number
 * is printed with as many decimals as FIRST or INCR was written with ("%.Nf"; "%g" when an
 * operand is hex or not finite), -w pads with zeros to the widest of FIRST and LAST as written.
 * Decimal operands are stepped exactly (GNU's long double gives the same digits and prints LAST
 * when rounding lands just past it); -f and %g use C's double.
 */
public final class Seq implements Tool {
    /** An operand as GNU scans it: its value, its width as written, its decimals (MAX_VALUE: none usable). */
    private record Operand(String text, double value, int width, int precision) {}

    @Override
    public int run(Ctx ctx, List<String> args) {
        // A word like -1 or -.5 is a negative number, not an option: options end before it.
        int cut = 0;
        while (cut < args.size()) {
            String a = args.get(cut);
            if (a.length() > 1 && a.charAt(0) == '-' && (a.charAt(1) == '.' || Character.isDigit(a.charAt(1)))) break;
            if (a.equals("--")) break;
            // an option's argument in the next word may look like a number too (-s -1)
            if (a.matches("-w*[fs]") || (a.startsWith("--") && a.length() > 2 && !a.contains("=")
                    && ("format".startsWith(a.substring(2)) || "separator".startsWith(a.substring(2))))) cut++;
            cut++;
        }
        cut = Math.min(cut, args.size());
        GnuOpts o = new GnuOpts("seq", "+f:s:w", 1).longOpt("format", 1, "f").longOpt("separator", 1, "s")
                .longOpt("equal-width", 0, "w").parse(ctx, args.subList(0, cut));
        List<String> ops = new java.util.ArrayList<>(o.operands);
        ops.addAll(args.subList(cut, args.size()));
        if (cut < args.size() && o.operands.isEmpty() && args.get(cut).equals("--")) ops.remove(0);
        String format = null, sep = "\n";
        boolean equalWidth = false;
        for (GnuOpts.Opt opt : o.opts) {
            switch (opt.key()) {
                case "f" -> format = opt.arg();
                case "s" -> sep = opt.arg();
                default -> equalWidth = true;
            }
        }
        if (ops.isEmpty()) o.fail(ctx, "missing operand");
        if (ops.size() > 3) o.fail(ctx, "extra operand " + Input.quoteAlways(ops.get(3)));
        Format f = null;
        if (format != null) {
            f = Format.parse(format, ctx);
            if (f == null) return 1;
            if (equalWidth) o.fail(ctx, "format string may not be specified when printing equal width strings");
        }
        Operand first = new Operand("1", 1, 1, 0), step = first, last;
        last = scan(ops.get(0), ctx, o);
        if (ops.size() > 1) {
            first = last;
            last = scan(ops.get(1), ctx, o);
            if (ops.size() > 2) {
                step = last;
                if (step.value == 0) o.fail(ctx, "invalid Zero increment value: " + Input.quoteAlways(ops.get(1)));
                last = scan(ops.get(2), ctx, o);
            }
        }
        Out out = new Out(ctx);
        if (f == null && first.precision == 0 && step.precision == 0 && last.precision == 0
                && Double.isFinite(first.value) && Double.isFinite(step.value) && !equalWidth && sep.length() == 1
                && digits(first.text) && isInteger(step.text) && step.value > 0 && digits(last.text)) {
            integers(new BigInteger(first.text.strip().replace("+", "")), new BigInteger(step.text.strip().replace("+", "")),
                    new BigInteger(last.text.strip().replace("+", "")), sep, out);
        } else if (f == null && Double.isFinite(last.value) && Double.isFinite(first.value) && Double.isFinite(step.value)
                && first.precision != Integer.MAX_VALUE && step.precision != Integer.MAX_VALUE
                && last.precision != Integer.MAX_VALUE) {
            decimals(first, step, last, equalWidth, sep, out);
        } else {
            if (f == null) f = new Format("", "", "", -1, -1, 'g');
            floats(f, first.value, step.value, last.value, sep, out);
        }
        out.flush();
        return 0;
    }

    private static boolean isInteger(String s) { return s.strip().matches("[-+]?[0-9]+"); }

    /** A non-negative whole number as written (GNU steps those as digit strings; "-0" is a float). */
    private static boolean digits(String s) { return s.strip().matches("[+]?[0-9]+"); }

    private static Operand scan(String arg, Ctx ctx, GnuOpts o) {
        Double v = CFloat.parse(arg);
        if (v == null) o.fail(ctx, "invalid floating point argument: " + Input.quoteAlways(arg));
        if (v.isNaN()) o.fail(ctx, "invalid 'not-a-number' argument: " + Input.quoteAlways(arg));
        String a = arg.strip();
        while (a.startsWith("+")) a = a.substring(1);
        int width = 0, precision = Integer.MAX_VALUE;
        int dot = a.indexOf('.');
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        if (dot < 0 && !lower.contains("p")) precision = 0;
        if (!lower.contains("x") && Double.isFinite(v)) {
            int fraction = 0;
            width = a.length();
            if (dot >= 0) {
                int e = dot + 1;
                while (e < a.length() && a.charAt(e) != 'e' && a.charAt(e) != 'E') e++;
                fraction = e - dot - 1;
                precision = fraction;
                // "1." is printed as "1", ".5" and "-.5" as "0.5"
                if (fraction == 0) width--;
                else if (dot == 0 || !Character.isDigit(a.charAt(dot - 1))) width++;
            }
            int e = lower.indexOf('e');
            if (e >= 0) {
                long exponent;
                try {
                    exponent = Long.parseLong(a.substring(e + 1).replace("+", ""));
                } catch (NumberFormatException x) {
                    exponent = 0;
                }
                precision += exponent < 0 ? (int) -exponent : -(int) Math.min(precision, exponent);
                width -= a.length() - e;
                if (exponent < 0) {
                    if (dot >= 0) {
                        if (e == dot + 1) width++;
                    } else {
                        width++;
                    }
                    exponent = -exponent;
                } else {
                    if (dot >= 0 && precision == 0 && fraction > 0) width--;
                    exponent -= Math.min(fraction, exponent);
                }
                width += (int) exponent;
            }
        }
        return new Operand(arg, v, width, precision);
    }

    /**
     * Standard output as stdio buffers it into a pipe: written a buffer at a time as the numbers
     * come, so a sequence without practical end (`seq 1000000000 | head -1`) is ended by its pipe
     * (SIGPIPE) instead of being built whole first.
     */
    private static final class Out {
        private static final int BUFSIZ = 8192;
        private final Ctx ctx;
        private final StringBuilder sb = new StringBuilder(BUFSIZ + 64);

        Out(Ctx ctx) { this.ctx = ctx; }

        Out append(Object o) {
            sb.append(o);
            if (sb.length() >= BUFSIZ) flush();
            return this;
        }

        Out append(char c) {
            sb.append(c);
            if (sb.length() >= BUFSIZ) flush();
            return this;
        }

        void flush() {
            if (sb.isEmpty()) return;
            Input.out(ctx, sb);
            sb.setLength(0);
        }
    }

    /** Whole numbers of any size (GNU's fast path). */
    private static void integers(BigInteger first, BigInteger step, BigInteger last, String sep, Out out) {
        boolean down = step.signum() < 0;
        if (down ? first.compareTo(last) < 0 : first.compareTo(last) > 0) return;
        BigInteger x = first;
        while (true) {
            out.append(x);
            x = x.add(step);
            if (down ? x.compareTo(last) < 0 : x.compareTo(last) > 0) break;
            out.append(sep);
        }
        out.append('\n');
    }

    /** "%.Nf" (or with -w "%0W.Nf"), stepping exactly in decimal. */
    private static void decimals(Operand first, Operand step, Operand last, boolean equalWidth, String sep,
            Out out) {
        int prec = Math.max(first.precision, step.precision);
        int width = 0;
        if (equalWidth) {
            int firstWidth = first.width + (prec - first.precision);
            int lastWidth = last.width + (prec - last.precision);
            if (last.precision > 0 && prec == 0) lastWidth--;
            if (last.precision == 0 && prec > 0) lastWidth++;
            if (first.precision == 0 && prec > 0) firstWidth++;
            width = Math.max(firstWidth, lastWidth);
        }
        BigDecimal f = exact(first), s = exact(step), l = exact(last);
        boolean down = s.signum() < 0;
        if (down ? f.compareTo(l) < 0 : f.compareTo(l) > 0) return;
        for (long i = 1; ; i++) {
            // the first is the operand itself (its sign too: "-0")
            double x = i == 1 ? first.value : f.add(s.multiply(BigDecimal.valueOf(i - 1))).doubleValue();
            out.append(CFloat.format(equalWidth ? "0" : "", width, prec, 'f', x));
            BigDecimal next = f.add(s.multiply(BigDecimal.valueOf(i)));
            if (down ? next.compareTo(l) < 0 : next.compareTo(l) > 0) break;
            out.append(sep);
        }
        out.append('\n');
    }

    private static BigDecimal exact(Operand o) {
        try {
            return new BigDecimal(o.text.strip().replace("+", ""));
        } catch (NumberFormatException e) {
            return new BigDecimal(o.value);
        }
    }

    /** A user's format (or %g) over C doubles: first + i * step, and LAST when rounding lands just past it. */
    private static void floats(Format f, double first, double step, double last, String sep, Out out) {
        boolean outOfRange = step < 0 ? first < last : last < first;
        if (outOfRange) return;
        double x = first;
        for (long i = 1; ; i++) {
            double x0 = x;
            out.append(f.apply(x));
            x = first + i * step;
            outOfRange = step < 0 ? x < last : last < x;
            if (outOfRange) {
                String xs = f.number(x);
                Double back = CFloat.parse(xs);
                boolean extra = back != null && back == last && !xs.equals(f.number(x0));
                if (!extra) break;
            }
            out.append(sep);
            if (Double.isInfinite(x) && x == last) break;
        }
        out.append('\n');
    }

    /** A -f FORMAT: text before, one float conversion, text after ("%%" is a percent sign in both). */
    private record Format(String prefix, String suffix, String flags, int width, int prec, char conv) {
        static Format parse(String fmt, Ctx ctx) {
            StringBuilder pre = new StringBuilder();
            int i = 0;
            while (true) {
                if (i >= fmt.length()) return die(ctx, "format " + Input.quoteAlways(fmt) + " has no % directive");
                if (fmt.charAt(i) == '%' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
                    pre.append('%');
                    i += 2;
                    continue;
                }
                if (fmt.charAt(i) == '%') break;
                pre.append(fmt.charAt(i++));
            }
            i++;
            int s = i;
            while (i < fmt.length() && "-+#0 '".indexOf(fmt.charAt(i)) >= 0) i++;
            String flags = fmt.substring(s, i);
            s = i;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) i++;
            int width = i > s ? Integer.parseInt(fmt.substring(s, i)) : -1;
            int prec = -1;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                s = ++i;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) i++;
                prec = i > s ? Integer.parseInt(fmt.substring(s, i)) : 0;
            }
            if (i < fmt.length() && fmt.charAt(i) == 'L') i++;
            if (i >= fmt.length()) return die(ctx, "format " + Input.quoteAlways(fmt) + " ends in %");
            char conv = fmt.charAt(i);
            if ("efgaEFGA".indexOf(conv) < 0) {
                return die(ctx, "format " + Input.quoteAlways(fmt) + " has unknown %" + conv + " directive");
            }
            StringBuilder suf = new StringBuilder();
            for (i++; i < fmt.length(); i++) {
                if (fmt.charAt(i) == '%') {
                    if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
                        suf.append('%');
                        i++;
                        continue;
                    }
                    return die(ctx, "format " + Input.quoteAlways(fmt) + " has too many % directives");
                }
                suf.append(fmt.charAt(i));
            }
            // %a (hex floats) is printed as %e: glibc's long double hex digits are not modelled
            char c = conv == 'a' ? 'e' : conv == 'A' ? 'E' : conv;
            return new Format(pre.toString(), suf.toString(), flags.replace("'", ""), width, prec, c);
        }

        private static Format die(Ctx ctx, String message) {
            ctx.err.println("seq: " + message);
            return null;
        }

        String number(double x) { return CFloat.format(flags, width, prec, conv, x); }

        String apply(double x) { return prefix + number(x) + suffix; }
    }
}
