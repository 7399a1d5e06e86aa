package linnet.shell;

/**
 * The study notes' dialect: their authors wrote "ping -I veth0 X // why" meaning a comment. With
 * {@code --notes} a "//" at the start of an unquoted word ends the line's command, as '#' does.
 */
final class NotesDialect {
    private NotesDialect() {}

    static String strip(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            out.append(stripLine(line));
        }
        return out.toString();
    }

    private static String stripLine(String line) {
        boolean single = false, dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && !single) { i++; continue; }
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (!single && !dbl && c == '/' && line.startsWith("//", i) && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
