package linnet.tools.common;

import java.nio.charset.StandardCharsets;

/**
 * How coreutils (gnulib's quotearg) quotes a file name in a message, in the C locale, where every
 * byte above 0x7f is unprintable: {@link #af} (quoteaf, shell-escape-always: "cannot remove
 * 'x'"), {@link #f} (quotef: quotes only what a shell would need), {@link #locale} (quote():
 * 'x' with C escapes, as mkdir's messages have).
 */
public final class Quote {
    private Quote() {}

    /** The characters a shell takes literally anywhere in a word. */
    private static final String SAFE = "%+,-./:=@_^";

    private static boolean safe(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || SAFE.indexOf(c) >= 0;
    }

    /** quoteaf: always quoted, shell-escape style. */
    public static String af(String name) { return shell(name, true); }

    /** quotef: quoted only when a shell would need it. */
    public static String f(String name) { return shell(name, false); }

    private static String shell(String name, boolean always) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        boolean plain = b.length > 0, control = false, hasQuote = false, dqUnsafe = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (c < 0x20 || c >= 0x7f) control = true;
            if (c == '\'') hasQuote = true;
            if (c == '"' || c == '$' || c == '`' || c == '\\') dqUnsafe = true;
            if (!safe(c)) plain = false;
        }
        if (plain && !always) return name;
        if (hasQuote && !control && !dqUnsafe) return "\"" + name + "\"";
        StringBuilder sb = new StringBuilder("'");
        boolean inEscape = false;
        for (byte x : b) {
            int c = x & 0xff;
            boolean esc = c < 0x20 || c >= 0x7f;
            // a run of unprintable bytes shares one $'...' between the quoted parts
            if (esc && !inEscape) sb.append("'$'");
            if (!esc && inEscape) sb.append("''");
            inEscape = esc;
            if (esc) sb.append(escape(c));
            else if (c == '\'') sb.append("'\\''");
            else sb.append((char) c);
        }
        // a name ending in an escape closes with it: no empty '' after
        return sb.append('\'').toString();
    }

    /** quote(): single quotes with C escapes (locale quoting in the C locale). */
    public static String locale(String name) {
        StringBuilder sb = new StringBuilder("'");
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c == '\'' || c == '\\') sb.append('\\').append((char) c);
            else if (c < 0x20 || c >= 0x7f) sb.append(escape(c));
            else sb.append((char) c);
        }
        return sb.append('\'').toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 9 -> "\\t";
            case 10 -> "\\n";
            case 11 -> "\\v";
            case 12 -> "\\f";
            case 13 -> "\\r";
            default -> String.format("\\%03o", c);
        };
    }
}
