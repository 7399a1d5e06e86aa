package linnet.tools.ping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ping4/ping6, the family options, getaddrinfo's family errors and the usage (recorded on the oracle as 331). */
class PingNamesTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theNameChoosesTheFamilyAndPrefixesTheMessages() {
        assertEquals("ping6: only one -4 or -6 option may be specified\n", run("ping6 -c 1 -4 127.0.0.1"));
        assertEquals(2, rc);
        assertEquals("ping4: ::1: Address family for hostname not supported\n", run("ping4 -c 1 ::1"));
        assertEquals("ping: localhost: Address family for hostname not supported\n", run("ping -6 -c 1 localhost"));
        assertEquals("ping6: ip6-loopback: Temporary failure in name resolution\n", run("ping6 -c 1 ip6-loopback"));
    }

    @Test
    void usageAfterAnInvalidOption() {
        String out = run("ping -Z");
        assertEquals(2, rc);
        assertTrue(out.startsWith("ping: invalid option -- 'Z'\n\nUsage\n  ping [options] <destination>\n"), out);
        assertTrue(out.endsWith("For more details see ping(8).\n"), out);
        assertEquals(out.substring(out.indexOf('\n') + 1), run("ping -h"));
    }
}
