package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import linnet.shell.Transcripts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The conformance ratchet: every scenario in conformance/passing.txt must match the kernel. */
class CorpusTest {
    /** Surefire runs in the Maven basedir, the project root. */
    private static final Path CONFORMANCE = Path.of(System.getProperty("user.dir"), "conformance");
    private static final Corpus CORPUS = new Corpus(CONFORMANCE);

    private static List<String> passing() {
        return Corpus.readNameList(CONFORMANCE.resolve("passing.txt"));
    }

    @TestFactory
    Stream<DynamicTest> passingScenariosStillPass() {
        return passing().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Corpus.Scenario s = CORPUS.named(name).orElseThrow(() -> new AssertionError("no scenario " + name));
            String actual = Normalizer.normalize(Transcripts.transcript(
                    Files.readString(s.script()), CorpusRunner.BARE, CorpusRunner.SEED));
            // whole texts, so that a failure shows the diff
            assertEquals(Files.readString(s.expected()), actual, name);
        }));
    }

    @Test
    void everyRatchetedNameIsAScenario() {
        for (String name : passing()) {
            assertTrue(CORPUS.named(name).isPresent(), "passing.txt names " + name + ", which is not in scenarios/");
            assertTrue(Files.isRegularFile(CONFORMANCE.resolve("expected").resolve(name + ".out")),
                    "no expected/" + name + ".out");
        }
    }
}
