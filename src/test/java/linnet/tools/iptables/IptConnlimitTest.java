package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** connlimit counts the tracked connections a rule has seen, per key (scenario 319). */
class IptConnlimitTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(16, Lab.Profile.BARE));

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thirdPingSessionIsRejectedUntilTheTableIsFlushed() {
        run("ip link set lo up");
        run("iptables -A INPUT -p icmp --icmp-type echo-request -m connlimit --connlimit-above 2 -j REJECT");
        assertTrue(run("ping -c 1 -W 1 127.0.0.1").contains(" 1 received"));
        assertTrue(run("ping -c 1 -W 1 127.0.0.1").contains(" 1 received"));
        assertTrue(run("ping -c 1 -W 1 127.0.0.1").contains("Destination Port Unreachable"));
        run("conntrack -F");
        assertTrue(run("ping -c 1 -W 1 127.0.0.1").contains(" 1 received"));
        assertTrue(run("iptables -L INPUT -n").contains("#conn src/32 > 2 reject-with icmp-port-unreachable"));
        assertTrue(run("iptables -A INPUT -m connlimit").startsWith(
                "iptables v1.8.9 (nf_tables): You must specify \"--connlimit-above\" or \"--connlimit-upto\".\n"));
    }
}
