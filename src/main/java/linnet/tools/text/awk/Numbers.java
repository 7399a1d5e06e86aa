package linnet.tools.text.awk;

/** String-to-number as mawk does it through strtod(3): a leading prefix for arithmetic, the whole text for strnums. */
final class Numbers {
    private Numbers() {}

    /** strtod's value of the longest numeric prefix (0 when there is none), and where it ended. */
    static double prefix(String s) {
        long r = scan(s);
        return r < 0 ? 0 : last;
    }

    private static double last;

    /** The number when the whole text (blanks around it allowed) is one, else null. */
    static Double fullNumber(String s) {
        int end = (int) scan(s);
        if (end < 0) return null;
        for (int i = end; i < s.length(); i++) if (!isSpace(s.charAt(i))) return null;
        return last;
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 11; }

    /** Parses as strtod does; returns the end index (-1: no number) and leaves the value in {@link #last}. */
    private static synchronized long scan(String s) {
        int i = 0, n = s.length();
        while (i < n && isSpace(s.charAt(i))) i++;
        int start = i;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { neg = s.charAt(i) == '-'; i++; }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.startsWith("inf")) {
            last = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return i + (rest.startsWith("infinity") ? 8 : 3);
        }
        if (rest.startsWith("nan")) {
            last = neg ? -Double.NaN : Double.NaN;
            last = neg ? Double.longBitsToDouble(0xfff8000000000000L) : Double.longBitsToDouble(0x7ff8000000000000L);
            return i + 3;
        }
        if (rest.startsWith("0x") && rest.length() > 2 && Character.digit(rest.charAt(2), 16) >= 0) {
            int j = i + 2;
            double v = 0;
            while (j < n && Character.digit(s.charAt(j), 16) >= 0) v = v * 16 + Character.digit(s.charAt(j++), 16);
            last = neg ? -v : v;
            return j;
        }
        int digits = 0, j = i;
        while (j < n && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) { j++; digits++; }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) { j++; digits++; }
        }
        if (digits == 0) return -1;
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) k++;
            if (k < n && Character.isDigit(s.charAt(k))) {
                while (k < n && Character.isDigit(s.charAt(k))) k++;
                j = k;
            }
        }
        last = Double.parseDouble(s.substring(start, j));
        return j;
    }

    /** mawk's d_to_I: toward zero, clamped to [-Max_Int, Max_Int]. */
    static int toInt(double d) {
        if (d >= Integer.MAX_VALUE) return Integer.MAX_VALUE;
        if (d > -Integer.MAX_VALUE) return (int) d;
        return -Integer.MAX_VALUE;
    }

    /** mawk's d_to_U for the unsigned conversions: negatives are 0. */
    static long toUnsigned(double d) {
        if (d >= 4294967295.0) return 4294967295L;
        if (d > 0) return (long) d;
        return 0;
    }
}
