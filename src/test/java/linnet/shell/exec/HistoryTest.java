package linnet.shell.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * bash's history list, history and fc in shells that are not interactive, against the real
 * bash 5.2: history-cases.sh recorded by scripts/record-bash-cases history-cases.
 */
class HistoryTest {
    @TestFactory
    Stream<DynamicTest> eachCaseAsBashPrintsIt() throws IOException {
        return BashCasesTest.cases("history-cases").stream()
                .map(c -> DynamicTest.dynamicTest(c.src(), () -> assertEquals(c.expected(), BashCasesTest.run(c.src()))));
    }

    @Test
    void linesOfACompoundCommandAreJoinedAsCmdhistDoes() {
        assertEquals("for i in 1 2; do   echo $i; done", History.joinLines("for i in 1 2; do\n  echo $i\ndone"));
        assertEquals("if true; then echo y; fi", History.joinLines("if true\nthen echo y\nfi"));
        assertEquals("echo 'a\nb'", History.joinLines("echo 'a\nb'"));
        assertEquals("a |  b", History.joinLines("a |\n b"));
    }
}
