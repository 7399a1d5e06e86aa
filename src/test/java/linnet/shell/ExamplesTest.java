package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in examples/ runs in the default (host) profile (or the lab its "# Run: ... --lab L" line names) without a line that the emulator
 * could not run, and prints what its recorded transcript examples/NAME.transcript says. The
 * recorded transcripts are reviewed by hand; Linux's own word is the conformance corpus.
 * Re-record with: ./linnet run [--lab L] --transcript examples/NAME.sh > examples/NAME.transcript
 */
class ExamplesTest {
    @TestFactory
    List<DynamicTest> examplesRunAsRecorded() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".sh")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    String script = Files.readString(p);
                    var lab = java.util.regex.Pattern.compile("(?m)^# Run: .*--lab (\\S+)").matcher(script);
                    String t = lab.find() ? Transcripts.transcript(script, linnet.lab.LabFile.load(lab.group(1)), 1, false, -1)
                            : Transcripts.transcript(script, false, 1);
                    assertFalse(t.contains("linnet: internal error"), t);
                    assertFalse(t.contains("command not found"), t);
                    Path golden = Path.of(p.toString().replace(".sh", ".transcript"));
                    assertTrue(Files.exists(golden), "missing " + golden);
                    assertEquals(Files.readString(golden), t);
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests;
    }
}
