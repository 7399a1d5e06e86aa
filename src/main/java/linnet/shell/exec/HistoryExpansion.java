package linnet.shell.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * bash's history expansion of an interactive line (bash(1) "HISTORY EXPANSION"): event
 * designators {@code !!}, {@code !N}, {@code !-N}, {@code !string}, {@code !?string?}, optionally
 * followed by a word designator ({@code :N}, {@code :^}, {@code :$}, {@code :*}, and the short
 * forms {@code !$}, {@code !^}, {@code !*}). Nothing expands inside single quotes or after a
 * backslash, and a '!' before a blank, '=', '(' or the end of the line stays as it is.
 */
public final class HistoryExpansion {
    /** The history list, by bash's numbers (1 is the oldest line kept). */
    public interface Events {
        int first();

        /** The newest number, first() - 1 when the list is empty. */
        int last();

        String get(int number);
    }

    /** The expanded line, or bash's error for the first event or word that does not exist. */
    public record Result(String line, boolean expanded, String error) {}

    private HistoryExpansion() {}

    public static Result expand(String line, Events h) {
        if (line.indexOf('!') < 0) return new Result(line, false, null);
        StringBuilder out = new StringBuilder();
        boolean single = false, dquote = false, expanded = false;
        int i = 0, n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (single) {
                if (c == '\'') single = false;
                out.append(c);
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\'' && !dquote) single = true;
            if (c == '"') dquote = !dquote;
            if (c != '!' || i + 1 >= n || " \t\n\r=(".indexOf(line.charAt(i + 1)) >= 0
                    || (dquote && line.charAt(i + 1) == '"')) {
                out.append(c);
                i++;
                continue;
            }
            // the event
            int start = i;
            int j = i + 1;
            String event;
            char d = line.charAt(j);
            if (d == '!') {
                event = lookupRelative(h, 1);
                j++;
            } else if (d == '$' || d == '^' || d == '*' || d == ':') {
                event = lookupRelative(h, 1); // !$ and friends mean !!:$
            } else if (Character.isDigit(d) || (d == '-' && j + 1 < n && Character.isDigit(line.charAt(j + 1)))) {
                int k = d == '-' ? j + 1 : j;
                while (k < n && Character.isDigit(line.charAt(k))) k++;
                long num;
                try {
                    num = Long.parseLong(line.substring(d == '-' ? j + 1 : j, k));
                } catch (NumberFormatException e) {
                    num = Long.MAX_VALUE;
                }
                event = d == '-' ? (num > Integer.MAX_VALUE ? null : lookupRelative(h, (int) num))
                        : (num > Integer.MAX_VALUE ? null : lookupNumber(h, (int) num));
                j = k;
            } else if (d == '?') {
                int k = line.indexOf('?', j + 1);
                int end = k < 0 ? lineEnd(line, j + 1) : k;
                String needle = line.substring(j + 1, end);
                event = search(h, needle, false);
                j = k < 0 ? end : k + 1;
            } else {
                int k = j;
                while (k < n && " \t\n:;&|<>()\"'".indexOf(line.charAt(k)) < 0) k++;
                event = search(h, line.substring(j, k), true);
                j = k;
            }
            String spec = line.substring(start, j);
            if (event == null) return new Result(line, false, spec + ": event not found");
            // the word designator
            String words = event;
            int k = j;
            if (k < n && (line.charAt(k) == ':' || ((line.charAt(k) == '$' || line.charAt(k) == '^'
                    || line.charAt(k) == '*') && j == start + 1))) {
                if (line.charAt(k) == ':') k++;
                int w0 = k;
                if (k < n && (line.charAt(k) == '$' || line.charAt(k) == '^' || line.charAt(k) == '*')) k++;
                else while (k < n && Character.isDigit(line.charAt(k))) k++;
                String designator = line.substring(w0, k);
                words = select(event, designator);
                if (words == null || designator.isEmpty()) {
                    return new Result(line, false, line.substring(j, k) + ": bad word specifier");
                }
                j = k;
            }
            out.append(words);
            expanded = true;
            i = j;
        }
        return new Result(out.toString(), expanded, null);
    }

    private static int lineEnd(String line, int from) {
        int k = line.indexOf('\n', from);
        return k < 0 ? line.length() : k;
    }

    private static String lookupNumber(Events h, int number) {
        if (number < h.first() || number > h.last()) return null;
        return h.get(number);
    }

    private static String lookupRelative(Events h, int back) {
        if (back < 1) return null;
        return lookupNumber(h, h.last() + 1 - back);
    }

    /** The newest line that starts with (or, for !?, contains) {@code s}. */
    private static String search(Events h, String s, boolean prefix) {
        if (s.isEmpty()) return null;
        for (int k = h.last(); k >= h.first(); k--) {
            String e = h.get(k);
            if (prefix ? e.startsWith(s) : e.contains(s)) return e;
        }
        return null;
    }

    /** A word designator applied to an event: null when there is no such word. */
    private static String select(String event, String designator) {
        List<String> w = words(event);
        return switch (designator) {
            case "$" -> w.isEmpty() ? null : w.get(w.size() - 1);
            case "^" -> w.size() < 2 ? null : w.get(1);
            case "*" -> w.size() < 2 ? "" : String.join(" ", w.subList(1, w.size()));
            default -> {
                int k = designator.isEmpty() ? -1 : Integer.parseInt(designator);
                yield k < 0 || k >= w.size() ? null : w.get(k);
            }
        };
    }

    /** A history line split into words as bash's tokenizer sees them (quotes keep a word together). */
    static List<String> words(String line) {
        List<String> w = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == quote) quote = 0;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(c).append(line.charAt(++i));
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (cur.length() > 0) w.add(cur.toString());
                cur.setLength(0);
            } else if ("|&;<>".indexOf(c) >= 0) {
                // a metacharacter is a word of its own (a run of them, as in ">>" or "&&")
                if (cur.length() > 0) w.add(cur.toString());
                cur.setLength(0);
                int k = i;
                while (k + 1 < line.length() && "|&;<>".indexOf(line.charAt(k + 1)) >= 0) k++;
                w.add(line.substring(i, k + 1));
                i = k;
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) w.add(cur.toString());
        return w;
    }
}
