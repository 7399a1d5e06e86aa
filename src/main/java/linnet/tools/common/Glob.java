package linnet.tools.common;

/** fnmatch(3) with flags 0: '*', '?', bracket expressions and backslash escapes. */
public final class Glob {
    private Glob() {}

    public static boolean fnmatch(String pattern, String s) {
        return match(pattern, 0, s == null ? "" : s, 0);
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') pi++;
                if (pi == p.length()) return true;
                for (int k = si; k <= s.length(); k++) if (match(p, pi, s, k)) return true;
                return false;
            }
            if (si >= s.length()) return false;
            if (c == '?') {
                pi++;
                si++;
            } else if (c == '[') {
                int end = bracketEnd(p, pi);
                if (end < 0) {
                    // an unterminated '[' is an ordinary character
                    if (s.charAt(si) != '[') return false;
                    pi++;
                    si++;
                    continue;
                }
                if (!inBracket(p, pi + 1, end, s.charAt(si))) return false;
                pi = end + 1;
                si++;
            } else {
                if (c == '\\' && pi + 1 < p.length()) c = p.charAt(++pi);
                if (s.charAt(si) != c) return false;
                pi++;
                si++;
            }
        }
        return si == s.length();
    }

    private static int bracketEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) i++;
        if (i < p.length() && p.charAt(i) == ']') i++;
        while (i < p.length() && p.charAt(i) != ']') i++;
        return i < p.length() ? i : -1;
    }

    private static boolean inBracket(String p, int from, int end, char ch) {
        boolean neg = false;
        int i = from;
        if (p.charAt(i) == '!' || p.charAt(i) == '^') {
            neg = true;
            i++;
        }
        boolean hit = false;
        boolean first = true;
        while (i < end) {
            char lo = p.charAt(i);
            if (lo == ']' && !first) break;
            first = false;
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                if (ch >= lo && ch <= hi) hit = true;
                i += 3;
            } else {
                if (ch == lo) hit = true;
                i++;
            }
        }
        return hit != neg;
    }
}
