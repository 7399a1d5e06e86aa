package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * A bridge's own IGMPv3 reports for its all-snoopers group (recorded on the oracle as 333): two
 * of them, through LOCAL_OUT (a generic conntrack entry), none without snooping.
 */
class IgmpTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    void bridge(String extra) {
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1", "sysctl -q -w net.ipv6.conf.default.disable_ipv6=1",
                "iptables -t nat -A POSTROUTING -s 10.78.0.0/24 -j MASQUERADE", "ip link add brx type bridge" + extra,
                "ip addr add 10.78.0.1/24 dev brx", "ip link add px type veth peer name py", "ip link set px master brx",
                "ip link set px up", "ip link set py up", "ip link set brx up", "sleep 3"}) {
            run(l);
        }
    }

    @Test
    void snoopingBridgeReportsItsGroupTwice() {
        bridge("");
        assertEquals("2\n108\n", run("cat /sys/class/net/brx/statistics/tx_packets /sys/class/net/brx/statistics/tx_bytes"));
        assertEquals("conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.\n",
                run("conntrack -L -p igmp").lines().filter(l -> l.startsWith("conntrack")).findFirst().orElse("") + "\n");
    }

    @Test
    void noSnoopingNoReports() {
        bridge(" mcast_snooping 0");
        assertEquals("0\n", run("cat /sys/class/net/brx/statistics/tx_packets"));
    }
}
