package linnet.tools.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** conntrack 1.4.7's command and filter options and their errors (recorded on the oracle, scenario 316). */
class ConntrackOptionsTest {
    private static final String V = "conntrack v1.4.7 (conntrack-tools): ";
    private static final String TRY = "Try `conntrack -h' or 'conntrack --help' for more information.\n";
    private final ScriptRunner sh = new ScriptRunner(new Lab(12, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void errors() {
        assertEquals(V + "Invalid commands combination\n" + TRY, run("conntrack -L -C"));
        assertEquals(2, rc);
        assertEquals(V + "`bogus' unsupported protocol\n" + TRY, run("conntrack -L -p bogus"));
        assertEquals(V + "Invalid IP address `bogus'\n" + TRY, run("conntrack -L -s bogus"));
        assertEquals(V + "Bad parameter `BOGUS'\n" + TRY, run("conntrack -L -u BOGUS"));
        assertEquals("conntrack v1.4.7 (conntrack-tools)\n", run("conntrack --version"));
        assertEquals(0, rc);
    }

    @Test
    void statusFilterAndStats() {
        run("ip link set lo up");
        run("iptables -A INPUT -m conntrack --ctstate NEW");
        run("ping -q -c 1 127.0.0.1");
        assertTrue(run("conntrack -L -u SEEN_REPLY").startsWith(V + "1 flow entries have been shown.\n"));
        assertEquals(V + "0 flow entries have been shown.\n", run("conntrack -L -u UNREPLIED"));
        assertEquals(V + "0 flow entries have been shown.\n", run("conntrack -L -f ipv6"));
        String s = run("conntrack -S");
        assertTrue(s.startsWith("cpu=0   \tfound=0 invalid=0 insert=0 "), s);
        assertEquals(2, s.split("\n").length);
    }

    @Test
    void iptablesConntrackTestsBeyondState() {
        run("ip link set lo up");
        run("iptables -A INPUT -p icmp -m conntrack --ctdir ORIGINAL --ctstatus SEEN_REPLY");
        run("iptables -A INPUT -p icmp -m conntrack ! --ctexpire 25:30");
        run("iptables -A INPUT -m conntrack --ctproto icmp --ctorigsrc 127.0.0.0/8");
        run("ping -q -c 3 -i 0.2 127.0.0.1");
        String s = run("iptables -S INPUT -v");
        // requests after the first see SEEN_REPLY; over lo even the first request's entry was confirmed
        // on the way out (POST_ROUTING), so none reads as expiring in 0 s (scenario 316 has the veth case)
        assertTrue(s.contains("-m conntrack --ctstatus SEEN_REPLY --ctdir ORIGINAL -c 2 168"), s);
        assertTrue(s.contains("-m conntrack ! --ctexpire 25:30 -c 0 0"), s);
        assertTrue(s.contains("-m conntrack --ctproto 1 --ctorigsrc 127.0.0.0/8 -c 6 504"), s);
        assertTrue(run("iptables -A INPUT -m conntrack").startsWith("iptables v1.8.9 (nf_tables): conntrack: At least one option is required\n"));
    }
}
