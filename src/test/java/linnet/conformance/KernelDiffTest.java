package linnet.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * linnet diff against the real kernel: corpus scenarios linnet passes are identical. Needs root
 * and the oracle's tools; where they are missing the test is skipped, saying what is missing.
 */
class KernelDiffTest {
    private static final Path SCENARIOS = Path.of(System.getProperty("user.dir"), "conformance", "scenarios");

    @ParameterizedTest
    @ValueSource(strings = {"02-veth-create", "24-routes-basic", "34-addresses"})
    void aPassingScenarioIsIdenticalOnTheKernel(String name) throws Exception {
        Path script = SCENARIOS.resolve(name + ".sh");
        List<String> missing = KernelRunner.missing(Files.readString(script));
        assumeTrue(missing.isEmpty(), () -> "skipped: the kernel side needs " + String.join(", ", missing));
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = DiffCommand.run(List.of(script.toString()), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, o.toString(StandardCharsets.UTF_8) + e.toString(StandardCharsets.UTF_8));
    }
}
