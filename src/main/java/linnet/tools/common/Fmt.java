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
}
