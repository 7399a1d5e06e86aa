package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** FIB tables come with their first route; local and main are one while merged (recorded as 338). */
class FibTablesTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFreshNamespaceHasNoTables() {
        run("ip netns add blue");
        assertEquals("Error: FIB table does not exist.\n", run("ip -n blue route del 10.0.9.9"));
        run("ip -n blue link set lo up");
        // the local table of lo's address is the merged main table too
        assertEquals("RTNETLINK answers: No such process\n", run("ip -n blue route del 10.0.9.9"));
        assertEquals("Error: FIB table does not exist.\n", run("ip -n blue route del 10.0.9.0/24 table 55"));
    }
}
