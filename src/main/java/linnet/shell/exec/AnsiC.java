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
}
