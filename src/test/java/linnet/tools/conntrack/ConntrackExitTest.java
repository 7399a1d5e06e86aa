package linnet.tools.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** conntrack 1.4.7: an empty listing succeeds, a delete that matched nothing exits 1 (recorded on the oracle). */
class ConntrackExitTest {
    @Test
    void emptyDeleteFails() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(0, r.runLine("conntrack -L", p, p));
        assertEquals(1, r.runLine("conntrack -D -p icmp", p, p));
        assertEquals("conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n"
                + "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.\n", b.toString(StandardCharsets.UTF_8));
    }
}
