package linnet.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * One script line as bash would split it: words with '...' and "..." quoting and backslash
 * escapes, plus the one redirection the scenarios use ({@code > FILE} at the end). In bash a
 * word starting with "//" is an ordinary word (so {@code ping X // why} makes ping resolve
 * "why"); only in the study notes' dialect ({@code notes}, {@code linnet run --notes}) does it
 * begin a comment, as the notes' authors meant ("ping -I veth0 X // why").
 * A trailing {@code &} makes a background job; {@code A | B} runs A and feeds its output to B's
 * stdin ({@code pipeFrom} is A's argv; only one pipe per line).
 */
public record CommandLine(List<String> argv, String redirect, boolean background, List<String> pipeFrom) {
    public CommandLine(List<String> argv, String redirect, boolean background) {
        this(argv, redirect, background, null);
    }

    public static CommandLine parse(String line) {
        return parse(line, false);
    }

    /** @param notes whether a word starting with "//" begins a comment (the study notes' dialect) */
    public static CommandLine parse(String line, boolean notes) {
        List<String> pipeFrom = null;
        List<String> words = new ArrayList<>();
        StringBuilder cur = null;
        String redirect = null;
        boolean nextIsRedirect = false;
        boolean background = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (cur != null) {
                    if (nextIsRedirect) {
                        redirect = cur.toString();
                        nextIsRedirect = false;
                    } else {
                        words.add(cur.toString());
                    }
                    cur = null;
                }
                i++;
                continue;
            }
            // '#' starts a comment at a word boundary; so does '//' in the notes' dialect.
            if (cur == null && (c == '#' || notes && line.startsWith("//", i))) break;
            if (c == '>' && cur == null) {
                nextIsRedirect = true;
                i++;
                continue;
            }
            if (c == '|' && pipeFrom == null && !line.startsWith("||", i)) {
                if (cur != null) {
                    words.add(cur.toString());
                    cur = null;
                }
                pipeFrom = words;
                words = new ArrayList<>();
                i++;
                continue;
            }
            if (c == '&' && cur == null && line.substring(i + 1).isBlank()) {
                background = true;
                break;
            }
            if (cur == null) cur = new StringBuilder();
            if (c == '\'') {
                int j = line.indexOf('\'', i + 1);
                if (j < 0) j = n;
                cur.append(line, i + 1, j);
                i = j + 1;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && line.charAt(j) != '"') {
                    if (line.charAt(j) == '\\' && j + 1 < n) j++;
                    cur.append(line.charAt(j));
                    j++;
                }
                i = j + 1;
            } else if (c == '\\' && i + 1 < n) {
                cur.append(line.charAt(i + 1));
                i += 2;
            } else {
                cur.append(c);
                i++;
            }
        }
        if (cur != null) {
            if (nextIsRedirect) redirect = cur.toString();
            else words.add(cur.toString());
        }
        return new CommandLine(words, redirect, background, pipeFrom);
    }
}
