package linnet.tools.text.awk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads records out of one input's text by RS: a newline or another single character, a regex
 * (RS longer than one character), or paragraph mode (RS "": blank lines separate, leading
 * newlines skipped, trailing newlines dropped).
 */
final class Records {
    private final String text;
    private int pos;

    Records(String text) { this.text = text; }

    /** How much of the text the records read so far took. */
    int pos() { return pos; }

    /** The next record, or null at the end; {@code rs} is RS now (it may change between records). */
    String next(String rs, Interp interp) {
        if (pos >= text.length()) return null;
        if (rs.isEmpty()) {
            while (pos < text.length() && text.charAt(pos) == '\n') pos++;
            if (pos >= text.length()) return null;
            Matcher m = Pattern.compile("\n\n+").matcher(text);
            if (m.find(pos)) {
                String r = text.substring(pos, m.start());
                pos = m.end();
                return r;
            }
            String r = text.substring(pos);
            pos = text.length();
            while (r.endsWith("\n")) r = r.substring(0, r.length() - 1);
            return r;
        }
        if (rs.length() == 1) {
            int e = text.indexOf(rs.charAt(0), pos);
            String r;
            if (e < 0) { r = text.substring(pos); pos = text.length(); }
            else { r = text.substring(pos, e); pos = e + 1; }
            return r;
        }
        Matcher m = interp.regex(rs).matcher(text);
        if (m.find(pos) && m.end() > m.start()) {
            String r = text.substring(pos, m.start());
            pos = m.end();
            return r;
        }
        String r = text.substring(pos);
        pos = text.length();
        return r;
    }
}
