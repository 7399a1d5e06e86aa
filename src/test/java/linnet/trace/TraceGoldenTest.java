package linnet.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanations of the classic failures, on the kernel-recorded scenarios of tier "trace": each
 * scenario is run as the corpus runs it (--bare, a line at a time) with `trace on`, and the
 * "linnet trace:" lines must be the golden ones in src/test/resources/linnet/trace/NAME.explain
 * (the corpus itself checks that the failures are the kernel's). For 850 the whole report is
 * golden too (NAME.trace), which pins the format. Run with -Dlinnet.trace.update=true to rewrite
 * the golden files after a deliberate change, then read the diff.
 */
class TraceGoldenTest {
    static final Path CONFORMANCE = Path.of("conformance");
    static final Path GOLDEN = Path.of("src/test/resources/linnet/trace");
    static final boolean UPDATE = Boolean.getBoolean("linnet.trace.update");

    static Stream<String> scenarios() throws IOException {
        return Files.readAllLines(CONFORMANCE.resolve("tiers/trace.txt")).stream().map(String::strip).filter(s -> !s.isEmpty());
    }

    static String traced(String name) throws IOException {
        String script = Files.readString(CONFORMANCE.resolve("scenarios/" + name + ".sh"));
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        r.setTrace(true, false, false);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        for (String line : script.split("\n")) if (ScriptRunner.isCommand(line)) r.runLine(line, p, p);
        r.finish();
        return b.toString(StandardCharsets.UTF_8);
    }

    static void golden(Path file, String actual) throws IOException {
        if (UPDATE) Files.writeString(file, actual);
        assertEquals(Files.readString(file), actual, file.toString());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void explainsTheFailure(String name) throws IOException {
        String out = traced(name);
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) if (l.startsWith("linnet trace: ")) lines.add(l);
        golden(GOLDEN.resolve(name + ".explain"), String.join("\n", lines) + "\n");
        if (name.startsWith("850-")) golden(GOLDEN.resolve(name + ".trace"), out);
    }
}
