package linnet.tools.common;

import java.util.List;

/** iproute2-style argument walking: keywords may be abbreviated to any prefix (matches()). */
public final class Args {
    private final List<String> a;
    private int i;

    public Args(List<String> a) { this.a = a; }

    public boolean has() { return i < a.size(); }
    /** How many words are left. */
    public int remaining() { return a.size() - i; }

    public String peek() { return a.get(i); }

    public String next() { return a.get(i++); }

    /** The argument after a keyword; "Command line is not complete" when missing. */
    public String value(Ctx ctx) {
        if (!has()) throw Errors.incomplete(ctx);
        return next();
    }

    public List<String> rest() { return a.subList(i, a.size()); }

    /** iproute2 matches(): {@code arg} is a non-empty prefix of {@code keyword}. */
    public static boolean matches(String arg, String keyword) {
        return !arg.isEmpty() && keyword.startsWith(arg);
    }

    /** strcmp equality for keywords iproute2 does not let you abbreviate. */
    public static boolean is(String arg, String keyword) { return arg.equals(keyword); }
}
