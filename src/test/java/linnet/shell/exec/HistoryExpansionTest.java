package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** History expansion as interactive bash 5.2 did it (checked in a terminal, same history). */
class HistoryExpansionTest {
    private static HistoryExpansion.Events of(String... lines) {
        List<String> l = List.of(lines);
        return new HistoryExpansion.Events() {
            public int first() { return 1; }

            public int last() { return l.size(); }

            public String get(int n) { return l.get(n - 1); }
        };
    }

    private static String x(String line, String... hist) {
        HistoryExpansion.Result r = HistoryExpansion.expand(line, of(hist));
        return r.error() != null ? "error: " + r.error() : r.line();
    }

    @Test
    void eventsAndWords() {
        assertEquals("echo two", x("!!", "echo one", "echo two"));
        assertEquals("echo one", x("!1", "echo one", "echo two"));
        assertEquals("echo one", x("!-2", "echo one", "echo two"));
        assertEquals("echo two", x("!ec", "echo one", "echo two"));
        assertEquals("echo c", x("echo !$", "echo a b c"));
        assertEquals("echo a", x("echo !:1", "echo a b"));
        assertEquals("echo a a", x("echo !^ !*", "echo a"));
        assertEquals("echo echo a b", x("echo !?a b?", "echo a b"));
    }

    @Test
    void quotedAndLoneBangsStay() {
        assertEquals("echo '!!' \\!! x!", x("echo '!!' \\!! x!", "echo a"));
        assertEquals("a != b", x("a != b", "echo a"));
    }

    @Test
    void bashsErrors() {
        assertEquals("error: !99: event not found", x("!99", "echo one"));
        assertEquals("error: !zz: event not found", x("echo !zz", "echo one"));
        assertEquals("error: :9: bad word specifier", x("echo !!:9", "echo a b"));
    }
}
