package linnet.tools.jq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * jq 1.6's regular expressions (_match_impl over Oniguruma with its Perl_NT syntax) on
 * java.util.regex, whose Perl-like syntax and leftmost-first backtracking are Oniguruma's too:
 * named groups, \d \w \s, lazy quantifiers, look-around, and ^ $ anchoring at the ends unless
 * "p" is given. What differs: the texts of "Regex failure" messages (Java's problems mapped to
 * the few Oniguruma wordings common mistakes produce), "l" (longest) is ignored, and Unicode
 * classes follow Java.
 */
final class JqRegex {
    private JqRegex() {}

    private static JqEval.JqError error(String m) { return new JqEval.JqError(m); }

    record Compiled(Pattern pattern, boolean global, boolean skipEmpty) {}

    static Compiled compile(Object re, Object flags) {
        if (!(re instanceof String r)) throw error(JqValues.typed(re) + " is not a string");
        int f = 0;
        boolean global = false, skipEmpty = false;
        if (flags != null) {
            if (!(flags instanceof String fs)) throw error(JqValues.typed(flags) + " is not a string");
            for (char c : fs.toCharArray()) {
                switch (c) {
                    case 'g' -> global = true;
                    case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case 'x' -> f |= Pattern.COMMENTS;
                    case 'n' -> skipEmpty = true;
                    case 's' -> { } // Perl_NT's single-line anchoring is already the default
                    case 'p' -> f |= Pattern.DOTALL | Pattern.MULTILINE;
                    case 'l' -> { }
                    default -> throw error(fs + " is not a valid modifier string");
                }
            }
        }
        try {
            return new Compiled(Pattern.compile(r, f), global, skipEmpty);
        } catch (PatternSyntaxException e) {
            throw error("Regex failure: " + onigText(e));
        }
    }

    private static String onigText(PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed group")) return "end pattern with unmatched parenthesis";
        if (d.startsWith("Unmatched closing ')'")) return "unmatched close parenthesis";
        if (d.startsWith("Dangling meta character")) return "target of repeat operator is not specified";
        if (d.startsWith("Unclosed character class")) return "premature end of char-class";
        return d;
    }

    /** The match objects: offsets and lengths in code points, captures with their names. */
    static List<Object> match(Object input, Object re, Object flags, boolean testOnly) {
        if (!(input instanceof String s)) throw error(JqValues.typed(input) + " cannot be matched, as it is not a string");
        Compiled c = compile(re, flags);
        Matcher m = c.pattern().matcher(s);
        List<Object> out = new ArrayList<>();
        if (testOnly) {
            out.add(m.find());
            return out;
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : c.pattern().namedGroups().entrySet()) names.put(e.getValue(), e.getKey());
        int start = 0;
        do {
            if (!m.find(start)) break;
            if (!(c.skipEmpty() && m.end() == m.start())) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("offset", (double) s.codePointCount(0, m.start()));
                o.put("length", (double) s.codePointCount(m.start(), m.end()));
                o.put("string", m.group());
                List<Object> caps = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    Map<String, Object> cap = new LinkedHashMap<>();
                    if (m.start(g) < 0) {
                        cap.put("offset", -1.0);
                        cap.put("string", null);
                        cap.put("length", 0.0);
                    } else {
                        cap.put("offset", (double) s.codePointCount(0, m.start(g)));
                        cap.put("length", (double) s.codePointCount(m.start(g), m.end(g)));
                        cap.put("string", m.group(g));
                    }
                    cap.put("name", names.get(g));
                    caps.add(cap);
                }
                o.put("captures", caps);
                out.add(o);
            }
            // jq's loop: an empty match moves on one, and the end of the subject is not tried again
            start = m.end() == m.start() ? m.end() + 1 : m.end();
        } while (c.global() && start != s.length() && start <= s.length());
        return out;
    }

    /** The capture object of one match: {name: string} for the named groups. */
    static Map<String, Object> captures(Object match) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Object cap : JqValues.array(JqValues.object(match).get("captures"))) {
            Map<String, Object> c = JqValues.object(cap);
            if (c.get("name") != null) o.put((String) c.get("name"), c.get("string"));
        }
        return o;
    }
}
