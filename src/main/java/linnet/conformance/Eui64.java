package linnet.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * MAC and IPv6 text helpers for the normalizer: canonical MAC spelling, the modified
 * EUI-64 link-local address of a MAC, and RFC 5952 compression.
 *
 * <p>IPv6 words are handled as hex strings without leading zeros ("0" for zero) rather
 * than as ints, because the normalizer's link-local pattern accepts groups of any length
 * ({@code fe80::123456}); the reference keeps such over-long groups as they are instead of
 * rejecting them, and a string cannot overflow.
 */
final class Eui64 {
    private Eui64() {}

    /** "4a:32:5:67:8d:1a" -> "4a:32:05:67:8d:1a": the unpadded iproute2 bridge-id spelling gets the same token. */
    static String canonMac(String mac) {
        String[] parts = mac.split(":", -1);
        StringBuilder sb = new StringBuilder(17);
        for (String p : parts) {
            if (!sb.isEmpty()) sb.append(':');
            if (p.length() == 1) sb.append('0');
            sb.append(p);
        }
        return sb.toString();
    }

    /** The compressed modified-EUI-64 link-local address (fe80::/64) of a canonical MAC. */
    static String linkLocal(String canonMac) {
        int[] b = new int[6];
        for (int i = 0; i < 6; i++) b[i] = Integer.parseInt(canonMac.substring(3 * i, 3 * i + 2), 16);
        b[0] ^= 0x02; // the universal/local bit is inverted in a modified EUI-64
        int[] iid = {b[0], b[1], b[2], 0xff, 0xfe, b[3], b[4], b[5]};
        List<String> words = new ArrayList<>(List.of("fe80", "0", "0", "0"));
        for (int i = 0; i < 8; i += 2) words.add(Integer.toHexString((iid[i] << 8) | iid[i + 1]));
        return compress(words);
    }

    /**
     * Expands "fe80::a833:71ff:fe98:a850" to its 8 words, or returns null when the text is
     * not 8 words (too many groups, or an empty group as in "fe80::1::2").
     */
    static List<String> expand(String addr) {
        int dc = addr.indexOf("::");
        List<String> words = new ArrayList<>(8);
        if (dc >= 0) {
            List<String> head = groups(addr.substring(0, dc));
            List<String> tail = groups(addr.substring(dc + 2));
            if (head == null || tail == null) return null;
            words.addAll(head);
            for (int i = head.size() + tail.size(); i < 8; i++) words.add("0");
            words.addAll(tail);
        } else {
            List<String> all = groups(addr);
            if (all == null) return null;
            words.addAll(all);
        }
        return words.size() == 8 ? words : null;
    }

    private static List<String> groups(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) return out;
        for (String g : text.split(":", -1)) {
            if (g.isEmpty()) return null;
            String stripped = g.replaceFirst("^0+", "");
            out.add(stripped.isEmpty() ? "0" : stripped);
        }
        return out;
    }

    /** RFC 5952: the longest run (at least 2) of zero words becomes "::", the first one on a tie. */
    static String compress(List<String> words) {
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < words.size(); ) {
            if (!words.get(i).equals("0")) { i++; continue; }
            int j = i;
            while (j < words.size() && words.get(j).equals("0")) j++;
            if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        if (bestStart < 0) return String.join(":", words);
        return String.join(":", words.subList(0, bestStart)) + "::"
                + String.join(":", words.subList(bestStart + bestLen, words.size()));
    }
}
