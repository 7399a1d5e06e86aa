package linnet.kernel.fs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * File contents are kept as Java strings, but a file holds bytes: `ip route save > f` writes
 * binary netlink messages that must come back byte for byte. Bytes that are valid UTF-8 become
 * their characters; every other byte becomes a lone surrogate U+DC80..U+DCFF (Python's
 * "surrogateescape"), and encoding turns those back into the byte. Text files are unaffected.
 */
public final class RawText {
    private RawText() {}

    public static String decode(byte[] b) { return decode(b, 0, b.length); }

    public static String decode(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int i = off, end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
            if (n > 0 && i + n <= end && valid(b, i, n)) {
                sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append((char) (0xdc00 | c));
                i++;
            }
        }
        return sb.toString();
    }

    /** One well-formed UTF-8 sequence of n bytes (no overlong form, no surrogate, at most U+10FFFF). */
    private static boolean valid(byte[] b, int i, int n) {
        for (int k = 1; k < n; k++) if ((b[i + k] & 0xc0) != 0x80) return false;
        int c0 = b[i] & 0xff, c1 = b[i + 1] & 0xff;
        if (n == 3) {
            if (c0 == 0xe0 && c1 < 0xa0) return false;
            if (c0 == 0xed && c1 >= 0xa0) return false;
        }
        if (n == 4) {
            if (c0 == 0xf0 && c1 < 0x90) return false;
            if (c0 == 0xf4 && c1 >= 0x90) return false;
        }
        return true;
    }

    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
                i++;
            } else if (c >= 0xdc80 && c <= 0xdcff) {
                out.write(c & 0xff);
                i++;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(s.charAt(j))) j++;
                out.writeBytes(s.substring(i, j).getBytes(StandardCharsets.UTF_8));
                i = j;
            }
        }
        return out.toByteArray();
    }
}
