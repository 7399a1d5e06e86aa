package linnet.tools.tc;

import java.util.Locale;

/**
 * iproute2's units for tc (lib/utils_math.c, lib/utils.c, tc/tc_core.c): rates, sizes and times as typed and
 * printed, and the psched tick arithmetic tc uses to turn a bucket's ticks back into bytes.
 */
final class TcUnits {
    private TcUnits() {}

    /** TIME_UNITS_PER_SEC: tc's times are microseconds. */
    static final double TIME_UNITS_PER_SEC = 1_000_000;
    /** tick_in_usec from /proc/net/psched (1000 / 64 with a 1 µs clock resolution). */
    static final double TICK_IN_USEC = 1000.0 / 64;

    private static final String[][] RATE_SUFFIXES = {
        {"bit", "1"}, {"Kibit", "1024"}, {"kbit", "1000"}, {"mibit", "1048576"}, {"mbit", "1000000"},
        {"gibit", "1073741824"}, {"gbit", "1000000000"}, {"tibit", "1099511627776"}, {"tbit", "1000000000000"},
        {"Bps", "8"}, {"KiBps", "8192"}, {"KBps", "8000"}, {"MiBps", "8388608"}, {"MBps", "8000000"},
        {"GiBps", "8589934592"}, {"GBps", "8000000000"}, {"TiBps", "8796093022208"}, {"TBps", "8000000000000"},
    };

    /** strtod's longest numeric prefix (decimal, with exponent), or -1 when there is none. */
    private static int numberEnd(String s) {
        int i = 0, n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return -1;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int k = j;
            while (k < n && Character.isDigit(s.charAt(k))) k++;
            if (k > j) i = k;
        }
        return i;
    }

    /** get_rate64: bytes per second, or -1 (no number or an unknown suffix; a bare number is bits per second). */
    static long rate64(String s) {
        int e = numberEnd(s);
        if (e < 0) return -1;
        double bps = Double.parseDouble(s.substring(0, e).trim());
        String suf = s.substring(e);
        if (!suf.isEmpty()) {
            boolean found = false;
            for (String[] r : RATE_SUFFIXES) {
                if (r[0].equalsIgnoreCase(suf)) {
                    bps *= Double.parseDouble(r[1]);
                    found = true;
                    break;
                }
            }
            if (!found) return -1;
        }
        bps /= 8;
        if (bps < 0 || bps >= 0x1p64) return -1;
        return (long) bps;
    }

    /** get_size: bytes as an unsigned 32-bit count, or -1. */
    static long size(String s) {
        int e = numberEnd(s);
        if (e < 0) return -1;
        double sz = Double.parseDouble(s.substring(0, e).trim());
        String p = s.substring(e).toLowerCase(Locale.ROOT);
        switch (p) {
            case "" , "b" -> {}
            case "kb", "k" -> sz *= 1024;
            case "gb", "g" -> sz *= 1024.0 * 1024 * 1024;
            case "gbit" -> sz *= 1024.0 * 1024 * 1024 / 8;
            case "mb", "m" -> sz *= 1024 * 1024;
            case "mbit" -> sz *= 1024 * 1024 / 8;
            case "kbit" -> sz *= 1024 / 8;
            default -> { return -1; }
        }
        // the unsigned assignment, then the overflow check against floor()
        if (sz < 0 || sz >= 0x1p32) return -1;
        long v = (long) sz;
        if (v != Math.floor(sz)) return -1;
        return v;
    }

    /** get_time: microseconds, or -1. */
    static long time(String s) {
        int e = numberEnd(s);
        if (e < 0) return -1;
        double t = Double.parseDouble(s.substring(0, e).trim());
        String p = s.substring(e).toLowerCase(Locale.ROOT);
        switch (p) {
            case "" -> {}
            case "s", "sec", "secs" -> t *= TIME_UNITS_PER_SEC;
            case "ms", "msec", "msecs" -> t *= TIME_UNITS_PER_SEC / 1000;
            case "us", "usec", "usecs" -> t *= TIME_UNITS_PER_SEC / 1000000;
            default -> { return -1; }
        }
        return (long) t & 0xFFFFFFFFL;
    }

    /** print_rate: bits per second with the largest 1000-step unit that divides it (below 1000 of the next). */
    static String sprintRate(long bytesPerSec) {
        String[] units = {"", "K", "M", "G", "T"};
        long r = bytesPerSec << 3;
        int i = 0;
        for (; i < units.length - 1; i++) {
            if (Long.compareUnsigned(r, 1000) < 0) break;
            if (Long.remainderUnsigned(r, 1000) != 0 && Long.compareUnsigned(r, 1000L * 1000) < 0) break;
            r = Long.divideUnsigned(r, 1000);
        }
        return Long.toUnsignedString(r) + units[i] + "bit";
    }

    /** sprint_size: Mb or Kb when within 1024 / 16 bytes of a whole unit, else bytes. */
    static String sprintSize(long sz) {
        double tmp = sz;
        long kilo = 1024, mega = kilo * kilo;
        if (sz >= mega && Math.abs(mega * Math.rint(tmp / mega) - sz) < 1024) return g(Math.rint(tmp / mega)) + "Mb";
        if (sz >= kilo && Math.abs(kilo * Math.rint(tmp / kilo) - sz) < 16) return g(Math.rint(tmp / kilo)) + "Kb";
        return sz + "b";
    }

    /** print_time: three significant digits of s or ms, else whole µs (the value is truncated to __u32 first). */
    static String sprintTime(double us) {
        long t = (long) us & 0xFFFFFFFFL;
        double tmp = t;
        if (tmp >= TIME_UNITS_PER_SEC) return g3(tmp / TIME_UNITS_PER_SEC) + "s";
        if (tmp >= TIME_UNITS_PER_SEC / 1000) return g3(tmp / (TIME_UNITS_PER_SEC / 1000)) + "ms";
        return t + "us";
    }

    /** tc_core_tick2time: ticks to µs, truncated. */
    static long tick2time(long ticks) { return (long) (ticks / TICK_IN_USEC) & 0xFFFFFFFFL; }

    /** tc_calc_xmitsize: the bytes a number of ticks carries at a rate, truncated. */
    static long xmitsize(long rate, long ticks) {
        return (long) ((double) rate * tick2time(ticks) / TIME_UNITS_PER_SEC) & 0xFFFFFFFFL;
    }

    /** printf %g of a whole number (what rint gives). */
    private static String g(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return g3(v);
    }

    /** printf("%.3g"). */
    static String g3(double v) {
        if (v == 0) return "0";
        // the exponent after rounding to three digits (which may carry into the next power of ten)
        double rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
        int exp = (int) Math.floor(Math.log10(Math.abs(rounded)));
        if (exp < -4 || exp >= 3) {
            String m = String.format(Locale.ROOT, "%.2e", v);
            // %g strips trailing zeros of the mantissa and writes the exponent with at least two digits
            String[] parts = m.split("e");
            String mant = stripZeros(parts[0]);
            int ex = Integer.parseInt(parts[1]);
            return mant + "e" + (ex < 0 ? "-" : "+") + (Math.abs(ex) < 10 ? "0" : "") + Math.abs(ex);
        }
        int decimals = Math.max(0, 2 - exp);
        return stripZeros(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
