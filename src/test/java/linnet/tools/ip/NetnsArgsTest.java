package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ip netns with missing arguments: the messages and exit codes of iproute2 6.1 (recorded on the oracle). */
class NetnsArgsTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(2, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingNameOrCommandExitsOne() {
        for (String c : new String[] {"ip netns add", "ip netns delete", "ip netns exec", "ip netns pids"}) {
            assertEquals("No netns name specified\n", run(c), c);
            assertEquals(1, rc, c);
        }
        // the command is checked before the namespace is opened
        assertEquals("No command specified\n", run("ip netns exec nosuch"));
        assertEquals(1, rc);
        assertEquals("Cannot open network namespace \"nosuch\": No such file or directory\n", run("ip netns exec nosuch ls"));
        assertEquals(255, rc);
        assertEquals("Cannot open network namespace: No such file or directory\n", run("ip netns pids nosuch"));
        assertEquals(1, rc);
        assertEquals("Specified string 'nosuch' is not a pid\n", run("ip netns identify nosuch"));
        assertEquals(1, rc);
    }
}
