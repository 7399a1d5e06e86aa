package linnet.tools.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BRE/ERE translation against GNU grep 3.8: each row of posix-regex.tsv (recorded by
 * record-posix-regex.sh next to it) gives whether the subject matches, the non-empty
 * leftmost-longest matches grep -o printed, and the error or warnings grep printed.
 */
class PosixRegexTest {
    record Row(String syntax, String pattern, String subject, String count, String matches, String stderr) {
        @Override public String toString() { return syntax + " /" + pattern + "/ on '" + subject + "'"; }
    }

    static Stream<Row> rows() throws IOException {
        try (InputStream in = PosixRegexTest.class.getResourceAsStream("posix-regex.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            List<Row> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
            return rows.stream();
        }
    }

    /** grep -o's walk: each non-empty match, resuming after it; an empty match moves one on. */
    static String onlyMatching(PosixRegex re, String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from <= s.length()) {
            MatchResult m = re.find(s, from);
            if (m == null) break;
            if (m.end() == m.start()) {
                from = m.end() + 1;
                continue;
            }
            out.add(s.substring(m.start(), m.end()));
            from = m.end();
        }
        return String.join("|", out);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void asGnuGrep(Row r) {
        PosixRegex.Syntax syn = r.syntax.startsWith("E") ? PosixRegex.Syntax.EXTENDED : PosixRegex.Syntax.BASIC;
        int flags = r.syntax.endsWith("I") ? PosixRegex.ICASE : 0;
        List<String> warnings = new ArrayList<>();
        String error = null;
        for (String l : r.stderr.isEmpty() ? new String[0] : r.stderr.split("\\|")) {
            if (l.startsWith("grep: warning: ")) warnings.add(l.substring("grep: warning: ".length()));
            else error = l.substring("grep: ".length());
        }
        PosixRegex re;
        try {
            re = PosixRegex.compile(r.pattern, syn, flags);
        } catch (PosixRegex.SyntaxError e) {
            assertEquals(error, e.getMessage());
            return;
        }
        assertNull(error, "grep refused it");
        assertEquals(warnings, re.warnings());
        assertEquals(r.count.equals("1"), re.matchesIn(r.subject), "match");
        assertEquals(r.matches, onlyMatching(re, r.subject), "grep -o");
    }

    /** Several -e patterns: each one's \1 is its own first group. */
    @Test
    void patternListsNumberGroupsApart() throws Exception {
        PosixRegex re = PosixRegex.compile(List.of("\\(x\\)\\1", "\\(a\\)\\1"), PosixRegex.Syntax.BASIC, 0);
        assertEquals("aa", onlyMatching(re, "xaax"));
        assertEquals(2, re.groupCount());
    }

    @Test
    void wordAndWholeLine() throws Exception {
        PosixRegex w = PosixRegex.compile("foo", PosixRegex.Syntax.BASIC, PosixRegex.WORD);
        assertEquals("foo|foo", onlyMatching(w, "foo foobar barfoo foo_x foo"));
        PosixRegex x = PosixRegex.compile("a.", PosixRegex.Syntax.BASIC, PosixRegex.WHOLE);
        assertEquals(true, x.matchesIn("ab"));
        assertEquals(false, x.matchesIn("abc"));
        PosixRegex f = PosixRegex.fixed(List.of("a.b", "*"), 0);
        assertEquals("a.b|*", onlyMatching(f, "axb a.b *"));
    }

    @Test
    void sedEscapesAndMultiline() throws Exception {
        PosixRegex nl = PosixRegex.compile("a\\nb", PosixRegex.Syntax.BASIC, PosixRegex.C_ESCAPES);
        assertEquals(true, nl.matchesIn("a\nb"));
        PosixRegex plain = PosixRegex.compile("a\\nb", PosixRegex.Syntax.BASIC, 0);
        assertEquals(true, plain.matchesIn("anb"));
        PosixRegex m = PosixRegex.compile("^b$", PosixRegex.Syntax.BASIC, PosixRegex.MULTILINE);
        assertEquals(true, m.matchesIn("a\nb\nc"));
        PosixRegex s = PosixRegex.compile("^b$", PosixRegex.Syntax.BASIC, 0);
        assertEquals(false, s.matchesIn("a\nb\nc"));
        assertEquals(false, s.matchesIn("b\n"), "$ is the very end, not before a final newline");
        PosixRegex dot = PosixRegex.compile("a.b", PosixRegex.Syntax.BASIC, 0);
        assertEquals(true, dot.matchesIn("a\nb"), "POSIX . matches a newline (sed's N)");
    }

    /**
     * Patterns without alternation, groups or intervals skip the longest-match search: Java's
     * greedy first match must then already be the longest. Checked against brute force.
     */
    @Test
    void greedyIsLongestForSimplePatterns() throws Exception {
        Random rnd = new Random(8);
        String[] atoms = {"a", "b", ".", "[ab]"};
        String[] quants = {"", "*", "\\?", "\\+"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder p = new StringBuilder();
            int len = 1 + rnd.nextInt(4);
            for (int i = 0; i < len; i++) p.append(atoms[rnd.nextInt(atoms.length)]).append(quants[rnd.nextInt(quants.length)]);
            StringBuilder s = new StringBuilder();
            for (int i = rnd.nextInt(7); i > 0; i--) s.append(rnd.nextBoolean() ? 'a' : 'b');
            PosixRegex re = PosixRegex.compile(p.toString(), PosixRegex.Syntax.BASIC, 0);
            MatchResult m = re.find(s, 0);
            if (m == null) continue;
            for (int e = s.length(); e > m.end(); e--) {
                var jm = re.matcher(s);
                jm.region(m.start(), e);
                if (jm.matches()) fail(p + " on " + s + ": " + m.end() + " but " + e);
            }
        }
    }
}
