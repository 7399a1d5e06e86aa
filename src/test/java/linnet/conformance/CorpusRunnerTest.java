package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunnerTest {
    private static final Path CONFORMANCE = Path.of(System.getProperty("user.dir"), "conformance");

    private static String run(List<String> tiers, List<String> specs, Path diffDir, int[] status) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            status[0] = CorpusRunner.check(CONFORMANCE, tiers, specs, out, diffDir);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportEndsWithExactlyOneSummaryLineAndShowsNoStackTrace(@TempDir Path diffs) throws Exception {
        int[] status = new int[1];
        String report = run(List.of(), List.of("01"), diffs, status);
        List<String> lines = report.lines().toList();
        assertTrue(lines.getFirst().matches("(PASS|FAIL) 01-netns-basics"), report);
        String summary = lines.getLast();
        assertTrue(summary.matches("\\d+ passed, \\d+ failed"), report);
        assertEquals(1, lines.stream().filter(l -> l.matches("\\d+ passed, \\d+ failed")).count(), report);
        assertFalse(report.contains("\tat "), report);
        assertTrue(lines.size() <= 1 + 1 + 40 + 1 + 1, report);
        if (summary.equals("0 passed, 1 failed")) {
            assertEquals(1, status[0]);
            assertTrue(Files.isRegularFile(diffs.resolve("01-netns-basics.diff")));
            assertTrue(Files.isRegularFile(diffs.resolve("01-netns-basics.actual")));
        } else {
            assertEquals(0, status[0]);
        }
    }

    @Test
    void badSelectionIsStatusTwo() {
        int[] status = new int[1];
        assertEquals("check: no such scenario: 99\n", run(List.of(), List.of("99"), null, status));
        assertEquals(2, status[0]);
    }
}
