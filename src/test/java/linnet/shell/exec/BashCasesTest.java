package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bash language against the real bash: every case of bash-cases.sh was run by
 * scripts/record-bash-cases as {@code /bin/bash -c CASE} in a fresh network namespace, and linnet's
 * shell must print the same (stdout and stderr merged) and exit the same.
 */
class BashCasesTest {
    record Case(String src, String expected) {}

    static List<Case> cases() throws IOException { return cases("bash-cases"); }

    /** The cases of src/test/resources/linnet/shell/NAME.expected, as scripts/record-bash-cases NAME wrote them. */
    static List<Case> cases(String name) throws IOException {
        String text;
        try (InputStream in = BashCasesTest.class.getResourceAsStream("/linnet/shell/" + name + ".expected")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        StringBuilder src = new StringBuilder(), exp = new StringBuilder();
        boolean inSrc = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#### status ")) {
                exp.append("[exit ").append(line.substring(12)).append("]\n");
                out.add(new Case(src.toString(), exp.toString()));
                src.setLength(0);
                exp.setLength(0);
                inSrc = false;
            } else if (line.startsWith("### ") && (inSrc || src.isEmpty()) && exp.isEmpty()) {
                if (!src.isEmpty()) src.append('\n');
                src.append(line.substring(4));
                inSrc = true;
            } else {
                inSrc = false;
                exp.append(line).append('\n');
            }
        }
        return out;
    }

    static String run(String src) {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int rc = r.runLine(src, p, p);
        r.finish();
        String s = buf.toString(StandardCharsets.UTF_8);
        if (!s.isEmpty() && !s.endsWith("\n")) s += "\n";
        return s + "[exit " + rc + "]\n";
    }

    @TestFactory
    Stream<DynamicTest> eachCaseAsBashPrintsIt() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.src(), () -> assertEquals(c.expected(), run(c.src()))));
    }
}
