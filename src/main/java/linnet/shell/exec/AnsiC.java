package linnet.shell.exec;

/** The backslash escapes of $'...' (and of echo -e and printf's %b, which share most of them). */
final class AnsiC {
    private AnsiC() {}

    static String decode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { out.append(c); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'e', 'E' -> out.append('\u001b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case '?' -> out.append('?');
                case 'x' -> {
                    int v = 0, k = 0;
                    while (k < 2 && i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0) { v = v * 16 + Character.digit(s.charAt(++i), 16); k++; }
                    if (k == 0) out.append("\\x");
                    else out.append((char) v);
                }
                case 'c' -> {
                    if (i + 1 < s.length()) out.append((char) (s.charAt(++i) & 0x1f));
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int v = n - '0', k = 1;
                        while (k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') { v = v * 8 + (s.charAt(++i) - '0'); k++; }
                        out.append((char) (v & 0xff));
                    } else out.append('\\').append(n);
                }
            }
        }
        return out.toString();
    }

    /**
     * ansic_shouldquote + ansic_quote: a name with a byte that is not printable in the C locale
     * (a control character, any non-ASCII byte) is shown as $'...' with escapes, as bash names a
     * command it cannot find; other names stay as they are.
     */
    static String quoteIfUnprintable(String name) {
        byte[] b = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean plain = true;
        for (byte x : b) if (x < 0x20 || x >= 0x7f) plain = false;
        if (plain) return name;
        StringBuilder sb = new StringBuilder("$'");
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case 7 -> sb.append("\\a");
                case 8 -> sb.append("\\b");
                case 27 -> sb.append("\\E");
                case 12 -> sb.append("\\f");
                case 10 -> sb.append("\\n");
                case 13 -> sb.append("\\r");
                case 9 -> sb.append("\\t");
                case 11 -> sb.append("\\v");
                case '\'', '\\' -> sb.append('\\').append((char) c);
                default -> {
                    if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\%03o", c));
                    else sb.append((char) c);
                }
            }
        }
        return sb.append('\'').toString();
    }
}
