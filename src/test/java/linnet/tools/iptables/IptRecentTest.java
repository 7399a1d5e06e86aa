package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** xt_recent through iptables: stamps, hit counts, the creating rule's mask, table lifetime (scenario 319). */
class IptRecentTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(14, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rateLimitOfNewPings() {
        run("ip link set lo up");
        run("iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name PING --set");
        run("iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name PING --update --seconds 60 --hitcount 3 -j DROP");
        assertTrue(run("ping -c 5 -i 0.2 -W 1 127.0.0.1").contains("5 packets transmitted, 2 received"));
        assertEquals("-P INPUT ACCEPT -c 0 0\n"
                + "-A INPUT -p icmp -m icmp --icmp-type 8 -m recent --set --name PING --mask 255.255.255.255 --rsource -c 5 420\n"
                + "-A INPUT -p icmp -m icmp --icmp-type 8 -m recent --update --seconds 60 --hitcount 3 --name PING"
                + " --mask 255.255.255.255 --rsource -c 3 252 -j DROP\n", run("iptables -S INPUT -v"));
        // 5 stamps of --set and 3 of --update; the ring index is printed as "oldest_pkt"
        assertTrue(run("cat /proc/net/xt_recent/PING").startsWith("src=127.0.0.1 ttl: 64 last_seen: "));
        assertTrue(run("cat /proc/net/xt_recent/PING").contains(" oldest_pkt: 8 "));
        run("iptables -F INPUT");
        assertEquals("ls: cannot access '/proc/net/xt_recent': No such file or directory\n", run("ls /proc/net/xt_recent"));
    }

    @Test
    void firstRuleDecidesTheMask() {
        run("ip link set lo up");
        run("iptables -A INPUT -m recent --rcheck --name T");
        run("iptables -A INPUT -m recent --set --name T --mask 255.0.0.0");
        run("ping -q -c 2 -i 0.2 127.0.0.1");
        assertTrue(run("cat /proc/net/xt_recent/T").startsWith("src=127.0.0.1 "));
        assertTrue(run("iptables -A INPUT -m recent --set --seconds 5").contains("RULE_APPEND failed (Invalid argument)"));
        assertEquals(4, rc);
    }
}
