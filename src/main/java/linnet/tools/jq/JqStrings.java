package linnet.tools.jq;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** String builtins of jq 1.6: split/1, _strindices, explode/implode, ascii case, trimming. */
final class JqStrings {
    private JqStrings() {}

    /** jv_string_split: by a literal separator; "" splits into single bytes... as code points here. */
    static List<Object> split(String s, String sep) {
        List<Object> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                out.add(new String(Character.toChars(c)));
                i += Character.charCount(c);
            }
            return out;
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                out.add(s.substring(from));
                return out;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
    }

    /** _strindices: byte offsets of every occurrence, overlapping ones included, as jq 1.6 reports them. */
    static List<Object> indices(String s, String sub) {
        List<Object> out = new ArrayList<>();
        byte[] a = s.getBytes(StandardCharsets.UTF_8), b = sub.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0) return out;
        outer:
        for (int i = 0; i + b.length <= a.length; i++) {
            for (int j = 0; j < b.length; j++) if (a[i + j] != b[j]) continue outer;
            out.add((double) i);
        }
        return out;
    }

    static List<Object> explode(String s) {
        List<Object> out = new ArrayList<>();
        s.codePoints().forEach(c -> out.add((double) c));
        return out;
    }

    static String implode(List<?> cps) {
        StringBuilder b = new StringBuilder();
        for (Object o : cps) {
            if (!(o instanceof Double d)) throw new JqEval.JqError("Unicode codepoint must be numeric");
            int c = (int) (double) d;
            if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
            b.appendCodePoint(c);
        }
        return b.toString();
    }

    /** Only A-Z / a-z change, as jq's ascii_downcase / ascii_upcase. */
    static String asciiCase(String s, boolean down) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (down && c >= 'A' && c <= 'Z') c += 32;
            else if (!down && c >= 'a' && c <= 'z') c -= 32;
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Bytes to a string as jq's jvp_utf8_next reads them: each invalid sequence becomes one
     * U+FFFD, and a sequence cut short by the end swallows the rest (Java's decoder would keep it).
     */
    static String decodeUtf8(byte[] b, int off, int len) {
        StringBuilder out = new StringBuilder(len);
        int i = off, end = off + len;
        while (i < end) {
            int first = b[i] & 0xff;
            int length = first < 0x80 ? 1 : first < 0xC0 ? -1 : first < 0xC2 ? 0 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : first < 0xF5 ? 4 : 0;
            if (length <= 0) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            if (i + length > end) {
                out.append('\uFFFD');
                break;
            }
            int cp = length == 1 ? first : first & (0xFF >> (length + 1));
            int k = 1;
            for (; k < length; k++) {
                int c = b[i + k] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    cp = -1;
                    break;
                }
                cp = cp << 6 | (c & 0x3f);
            }
            int[] min = {0, 0, 0x80, 0x800, 0x10000};
            if (cp >= 0 && (cp < min[length] || cp >= 0xD800 && cp <= 0xDFFF || cp > 0x10FFFF)) cp = -1;
            if (cp < 0) out.append('\uFFFD');
            else out.appendCodePoint(cp);
            i += k;
        }
        return out.toString();
    }
}
