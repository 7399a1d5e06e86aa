package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine p(String s) { return CommandLine.parse(s); }

    @Test
    void splitsOnAnyRunOfWhitespace() {
        CommandLine c = p("  ip   link\tset  veth0 up  ");
        assertEquals(List.of("ip", "link", "set", "veth0", "up"), c.argv());
        assertNull(c.redirect());
        assertFalse(c.background());
    }

    @Test
    void emptyAndCommentLines() {
        assertEquals(List.of(), p("").argv());
        assertEquals(List.of(), p("   ").argv());
        assertEquals(List.of(), p("# ip link add x").argv());
        assertEquals(List.of("ip", "link"), p("ip link # trailing comment").argv());
        assertEquals(List.of("echo", "a#b"), p("echo a#b").argv(), "# inside a word is not a comment");
    }

    @Test
    void singleQuotesAreLiteral() {
        assertEquals(List.of("echo", "a b  c"), p("echo 'a b  c'").argv());
        assertEquals(List.of("echo", "a\\nb\"c"), p("echo 'a\\nb\"c'").argv());
        assertEquals(List.of("echo", "x y z"), p("echo x' 'y' z'").argv(), "quotes join with adjacent text");
        assertEquals(List.of("echo", ""), p("echo ''").argv(), "an empty quoted word is still a word");
    }

    @Test
    void doubleQuotesKeepSpacesAndHonourBackslash() {
        assertEquals(List.of("iptables", "-m", "comment", "--comment", "hello world"),
                p("iptables -m comment --comment \"hello world\"").argv());
        assertEquals(List.of("echo", "say \"hi\""), p("echo \"say \\\"hi\\\"\"").argv());
        assertEquals(List.of("echo", "it's"), p("echo \"it's\"").argv());
        assertEquals(List.of("echo", "a'b c'd"), p("echo a\"'b c'\"d").argv());
    }

    @Test
    void backslashEscapesOutsideQuotes() {
        assertEquals(List.of("echo", "a b"), p("echo a\\ b").argv());
        assertEquals(List.of("echo", "#x"), p("echo \\#x").argv());
    }

    @Test
    void redirectionAtTheEnd() {
        CommandLine c = p("echo 1 > /proc/sys/net/ipv4/ip_forward");
        assertEquals(List.of("echo", "1"), c.argv());
        assertEquals("/proc/sys/net/ipv4/ip_forward", c.redirect());
        CommandLine d = p("echo 0 >/proc/sys/net/ipv4/conf/all/rp_filter");
        assertEquals(List.of("echo", "0"), d.argv());
        assertEquals("/proc/sys/net/ipv4/conf/all/rp_filter", d.redirect());
    }

    @Test
    void quotedGreaterThanIsAWord() {
        CommandLine c = p("echo '>' x");
        assertEquals(List.of("echo", ">", "x"), c.argv());
        assertNull(c.redirect());
        CommandLine d = p("echo a>b");
        assertNull(d.redirect(), "'>' glued after a word is part of this simple parser's word");
    }

    @Test
    void trailingAmpersandMeansBackground() {
        CommandLine c = p("ping -c 100 10.0.0.2 &");
        assertEquals(List.of("ping", "-c", "100", "10.0.0.2"), c.argv());
        assertTrue(c.background());
        CommandLine d = p("sleep 1 &   ");
        assertTrue(d.background());
        assertEquals(List.of("sleep", "1"), d.argv());
    }

    @Test
    void ampersandNotAtTheEndIsNotBackground() {
        CommandLine c = p("echo a&b");
        assertFalse(c.background());
        assertEquals(List.of("echo", "a&b"), c.argv());
        CommandLine d = p("echo '&'");
        assertFalse(d.background());
        assertEquals(List.of("echo", "&"), d.argv());
    }

    @Provide
    Arbitrary<String> plainWords() {
        // A word starting with "//" opens a comment (the study notes' convention), so none here.
        return Arbitraries.strings().withChars("abcxyz019./:-_=@,").ofMinLength(1).ofMaxLength(8)
                .filter(w -> !w.startsWith("//"));
    }

    @Test
    void notesStyleCommentEndsTheLineOnlyInTheNotesDialect() {
        assertEquals(List.of("ping", "-I", "veth0", "192.168.0.2"),
                CommandLine.parse("ping -I veth0 192.168.0.2 // 通过veth0 ping", true).argv());
        assertEquals(List.of(), CommandLine.parse("// 新建netns", true).argv());
        assertEquals(List.of("cat", "a//b"), CommandLine.parse("cat a//b", true).argv());
    }

    @Test
    void inBashADoubleSlashIsAWord() {
        assertEquals(List.of("ping", "-c", "1", "10.0.0.1", "//", "why"), p("ping -c 1 10.0.0.1 // why").argv());
        assertEquals(List.of("//", "a", "comment"), p("// a comment").argv());
        assertEquals(List.of("echo", "a"), p("echo a # b").argv());
        assertTrue(ScriptRunner.isCommand("// a comment"));
        assertFalse(ScriptRunner.isCommand("// a comment", true));
        assertFalse(ScriptRunner.isCommand("  # x"));
    }

    @Provide
    Arbitrary<String> anyWords() {
        return Arbitraries.strings().withChars("ab 9\t'\"\\#>&$*").ofMaxLength(8);
    }

    /** Plain words joined by spaces come back as themselves. */
    @Property(tries = 300)
    void plainWordsRoundTrip(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("plainWords") String> words) {
        assertEquals(words, p(String.join(" ", words)).argv());
    }

    /** Any word, single-quoted the way a shell quotes it ('\'' for a quote), comes back exactly. */
    @Property(tries = 300)
    void singleQuotedWordsRoundTrip(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("anyWords") String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append('\'').append(w.replace("'", "'\\''")).append('\'');
        }
        CommandLine c = p(sb.toString());
        assertEquals(words, c.argv());
        assertNull(c.redirect());
        assertFalse(c.background());
    }
}
