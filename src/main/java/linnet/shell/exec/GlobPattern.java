package linnet.shell.exec;

import java.util.regex.Pattern;

/**
 * bash's pattern matching (pathname expansion, case, [[ == ]], ${x#pat}): * ? and [...] bracket
 * expressions; characters that were quoted in the word match only themselves.
 */
final class GlobPattern {
    private GlobPattern() {}

    /** Whether an unquoted character of {@code w} makes it a pattern. */
    static boolean hasMeta(Expander.Field w) {
        for (int i = 0; i < w.text.length(); i++) {
            char c = w.text.charAt(i);
            if (isMetaAt(w, i, w.text.length())) return true;
        }
        return false;
    }

    /** Whether position i (before {@code to}) starts pattern syntax: * ? [ or an extglob group. */
    static boolean isMetaAt(Expander.Field w, int i, int to) {
        if (w.quoted(i)) return false;
        char c = w.text.charAt(i);
        return c == '*' || c == '?' || c == '[' || (c == '@' || c == '!' || c == '+') && extEnd(w, i, to) > 0;
    }

    /**
     * Where the extglob group opened at i (one of @ ! * + ? followed by an unquoted '(') ends: the
     * index after its ')', or -1 when i starts none. The lexer only lets such words through with
     * shopt extglob on (or on the right of [[ == ]]), so meeting one here means it is meant.
     */
    private static int extEnd(Expander.Field w, int i, int to) {
        if (i + 1 >= to || "@!*+?".indexOf(w.text.charAt(i)) < 0 || w.text.charAt(i + 1) != '(' || w.quoted(i + 1)) return -1;
        int depth = 0;
        for (int j = i + 1; j < to; j++) {
            if (w.quoted(j)) continue;
            char c = w.text.charAt(j);
            if (c == '\\') { j++; continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return j + 1;
        }
        return -1;
    }

    /** The alternatives of an extglob group: its inside split at top-level unquoted '|'. */
    private static String extGroup(Expander.Field w, int open, int close) {
        StringBuilder re = new StringBuilder();
        int depth = 0, start = open + 1;
        for (int j = open + 1; j <= close; j++) {
            boolean end = j == close;
            char c = end ? '|' : w.text.charAt(j);
            if (!end && w.quoted(j)) continue;
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                if (re.length() > 0) re.append('|');
                re.append(toRegex(w, start, j));
                start = j + 1;
            }
        }
        return re.toString();
    }

    /** The pattern as a Java regex (the whole string must match). */
    static String toRegex(Expander.Field w) {
        return toRegex(w, 0, w.text.length());
    }

    static String toRegex(Expander.Field w, int from, int to) {
        StringBuilder re = new StringBuilder();
        String s = w.text.toString();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (w.quoted(i)) { re.append(Pattern.quote(String.valueOf(c))); continue; }
            int ext = extEnd(w, i, to);
            if (ext > 0) {
                String alts = extGroup(w, i + 1, ext - 1);
                re.append(switch (c) {
                    case '@' -> "(?:" + alts + ")";
                    case '*' -> "(?:" + alts + ")*";
                    case '+' -> "(?:" + alts + ")+";
                    case '?' -> "(?:" + alts + ")?";
                    // anything but the alternatives: up to the end of what is left to match
                    default -> "(?:(?!(?:" + alts + ")$)[\\s\\S]*)";
                });
                i = ext - 1;
                continue;
            }
            switch (c) {
                case '*' -> re.append("[\\s\\S]*");
                case '?' -> re.append("[\\s\\S]");
                case '\\' -> {
                    if (i + 1 < to) re.append(Pattern.quote(String.valueOf(s.charAt(++i))));
                    else re.append("\\\\");
                }
                case '[' -> {
                    int end = bracketEnd(s, i, to);
                    if (end < 0) re.append("\\[");
                    else {
                        re.append(bracket(s.substring(i + 1, end)));
                        i = end;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** The index of the ']' closing the bracket expression opened at i, or -1. */
    private static int bracketEnd(String s, int i, int to) {
        int j = i + 1;
        if (j < to && (s.charAt(j) == '!' || s.charAt(j) == '^')) j++;
        if (j < to && s.charAt(j) == ']') j++;
        while (j < to) {
            char c = s.charAt(j);
            if (c == '[' && j + 1 < to && s.charAt(j + 1) == ':') {
                int e = s.indexOf(":]", j + 2);
                if (e > 0 && e < to) { j = e + 2; continue; }
            }
            if (c == ']') return j;
            j++;
        }
        return -1;
    }

    private static String bracket(String body) {
        StringBuilder re = new StringBuilder("[");
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) { re.append('^'); i++; }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[' && i + 1 < body.length() && body.charAt(i + 1) == ':') {
                int e = body.indexOf(":]", i + 2);
                if (e > 0) {
                    re.append(switch (body.substring(i + 2, e)) {
                        case "alpha" -> "a-zA-Z";
                        case "digit" -> "0-9";
                        case "alnum" -> "a-zA-Z0-9";
                        case "upper" -> "A-Z";
                        case "lower" -> "a-z";
                        case "space" -> " \\t\\n\\r\\f\\x0B";
                        case "blank" -> " \\t";
                        case "punct" -> "!-/:-@\\[-`{-~";
                        case "xdigit" -> "0-9A-Fa-f";
                        case "cntrl" -> "\\x00-\\x1F\\x7F";
                        case "print" -> "\\x20-\\x7E";
                        case "graph" -> "\\x21-\\x7E";
                        case "word" -> "a-zA-Z0-9_";
                        default -> "";
                    });
                    i = e + 1;
                    continue;
                }
            }
            if (c == '-' && i > 0 && i + 1 < body.length()) { re.append('-'); continue; }
            if ("\\[]^&-".indexOf(c) >= 0) re.append('\\');
            re.append(c);
        }
        return re.append(']').toString();
    }

    static boolean matches(Expander.Field pattern, String s) {
        return Pattern.compile(toRegex(pattern)).matcher(s).matches();
    }
}
