package linnet.tools.common;

import linnet.wire.Inet4;
import linnet.wire.Mac;

/** Formatting shared by the tools. */
public final class Fmt {
    private Fmt() {}

    public static String ip(int a) { return Inet4.format(a); }

    public static String mac(long m) { return Mac.format(m); }

    /** Left-justify in a field of {@code w} characters (printf "%-Ns"). */
    public static String pad(String s, int w) {
        if (s.length() >= w) return s;
        return s + " ".repeat(w - s.length());
    }

    /** Right-justify (printf "%Ns"). */
    public static String rpad(String s, int w) {
        if (s.length() >= w) return s;
        return " ".repeat(w - s.length()) + s;
    }

    /**
     * strtoul(s, &end, 0) as get_unsigned/get_u32 use it: decimal, 0x hex or 0 octal, the
     * whole string, no sign; NumberFormatException otherwise.
     */
    public static long parseUnsigned(String s) {
        int radix = 10;
        String d = s;
        if (s.startsWith("0x") || s.startsWith("0X")) {
            radix = 16;
            d = s.substring(2);
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            d = s.substring(1);
        }
        if (d.isEmpty() || d.charAt(0) == '+' || d.charAt(0) == '-') throw new NumberFormatException(s);
        long v = Long.parseLong(d, radix);
        if (v < 0) throw new NumberFormatException(s);
        return v;
    }
}
