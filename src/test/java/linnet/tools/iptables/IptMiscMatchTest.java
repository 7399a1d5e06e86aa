package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** -m helper / ecn / esp / ah / set as recorded on the oracle (scenario 313). */
class IptMiscMatchTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(17, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void formsAndChecks() {
        run("ip link set lo up");
        run("iptables -A INPUT -p icmp -m helper ! --helper sip");
        run("iptables -A INPUT -p icmp -m ecn ! --ecn-ip-ect 0");
        run("ping -q -c 1 127.0.0.1");
        String l = run("iptables -L INPUT -n -v");
        assertTrue(l.contains("    2   168            1    --  *      *       0.0.0.0/0            0.0.0.0/0            helper match ! \"sip\"\n"), l);
        assertTrue(l.contains("    0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            ECN match !ECT=0\n"), l);
        assertEquals("iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
                run("iptables -A INPUT -m esp --espspi 1"));
        assertEquals(4, rc);
        assertTrue(run("iptables -A INPUT -m set --match-set foo src").startsWith(
                "iptables v1.8.9 (nf_tables): Set foo doesn't exist.\n\n"));
        run("iptables -A INPUT -p ah -m ah --ahspi 1:5");
        assertTrue(run("iptables -S INPUT").contains("-A INPUT -p ah -m ah --ahspi 1:5\n"));
    }

    @Test
    void sctpAndDccpPorts() {
        run("iptables -A INPUT -p sctp --dport 5");
        assertEquals(0, rc);
        run("iptables -A INPUT -p dccp -m dccp ! --sport 10");
        assertEquals("-P INPUT ACCEPT\n-A INPUT -p sctp -m sctp --dport 5\n-A INPUT -p dccp -m dccp ! --sport 10\n",
                run("iptables -S INPUT"));
        assertTrue(run("iptables -A INPUT -m sctp --dport 5").contains("RULE_APPEND failed (Invalid argument)"));
    }
}
