package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** -m pkttype, -j NFQUEUE / TRACE / QUEUE and -V / -h (texts recorded on the oracle, scenarios 313-314). */
class IptPkttypeNfqueueTest {
    private static final String TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";
    private final ScriptRunner sh = new ScriptRunner(new Lab(11, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loopbackTrafficIsUnicastAndNfqueueWithoutListenerDrops() {
        run("ip link set lo up");
        run("iptables -A INPUT -m pkttype --pkt-type host");
        run("iptables -A INPUT -m pkttype --pkt-type bcast");
        run("ping -q -c 1 127.0.0.1");
        assertEquals("-P INPUT ACCEPT -c 0 0\n-A INPUT -m pkttype --pkt-type unicast -c 2 168\n"
                + "-A INPUT -m pkttype --pkt-type broadcast -c 0 0\n", run("iptables -S INPUT -v"));
        run("iptables -I INPUT -p icmp --icmp-type echo-request -j NFQUEUE --queue-num 3");
        assertTrue(run("ping -c 1 -W 1 127.0.0.1").contains("1 packets transmitted, 0 received"));
        run("iptables -R INPUT 1 -p icmp --icmp-type echo-request -j NFQUEUE --queue-num 3 --queue-bypass");
        assertTrue(run("ping -c 1 -W 1 127.0.0.1").contains("1 packets transmitted, 1 received"));
        assertTrue(run("iptables -L INPUT -n").contains("NFQUEUE num 3 bypass\n"));
    }

    @Test
    void optionErrors() {
        assertEquals("iptables v1.8.9 (nf_tables): Bad packet type '3'\n" + TRY, run("iptables -A INPUT -m pkttype --pkt-type 3"));
        assertEquals("iptables v1.8.9 (nf_tables): pkttype: option \"--pkt-type\" must be specified\n\n" + TRY,
                run("iptables -A INPUT -m pkttype"));
        assertEquals("iptables v1.8.9 (nf_tables): 4 should be less than 4\n" + TRY,
                run("iptables -A INPUT -j NFQUEUE --queue-balance 4:4"));
        assertEquals("iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain FORWARD\n",
                run("iptables -A FORWARD -j QUEUE"));
        assertEquals(4, rc);
        run("iptables -A FORWARD -j TRACE");
        assertEquals("-P FORWARD ACCEPT\n-A FORWARD -j TRACE\n", run("iptables -S FORWARD"));
    }

    @Test
    void versionAndHelp() {
        assertEquals("iptables v1.8.9 (nf_tables)\n", run("iptables -L -V"));
        assertEquals(0, rc);
        assertEquals("Not 1.8.9 (nf_tables) ;-)\n", run("iptables ! -V"));
        String h = run("iptables --help");
        assertEquals(0, rc);
        assertTrue(h.startsWith("iptables v1.8.9 (nf_tables)\n\nUsage: iptables -[ACD] chain rule-specification [options]\n"), h);
        assertTrue(h.endsWith("[!] --version\t-V\t\tprint package version.\n"), h);
    }
}
