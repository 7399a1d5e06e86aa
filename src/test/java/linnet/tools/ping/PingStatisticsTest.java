package linnet.tools.ping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** The closing statistics of iputils' finish(): duplicates, errors, pipe, and the option checks. */
class PingStatisticsTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(3, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** The statistics line only (the one after "--- X ping statistics ---"). */
    private static String stats(String out) {
        String[] l = out.split("\n");
        for (int i = 0; i < l.length; i++) if (l[i].endsWith("ping statistics ---")) return l[i + 1].replaceAll(", time \\d+ms", "");
        return null;
    }

    private void lan() {
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1", "ip netns add h1", "ip netns add h2",
                "ip netns exec h1 sysctl -q -w net.ipv4.icmp_echo_ignore_broadcasts=0",
                "ip netns exec h2 sysctl -q -w net.ipv4.icmp_echo_ignore_broadcasts=0", "ip link add br0 type bridge",
                "ip link add v1 type veth peer name e1 netns h1", "ip link add v2 type veth peer name e2 netns h2",
                "ip link set v1 master br0", "ip link set v2 master br0", "ip addr add 10.0.9.1/24 dev br0",
                "ip link set br0 up", "ip link set v1 up", "ip link set v2 up",
                "ip netns exec h1 ip addr add 10.0.9.11/24 dev e1", "ip netns exec h2 ip addr add 10.0.9.12/24 dev e2",
                "ip netns exec h1 ip link set e1 up", "ip netns exec h2 ip link set e2 up"}) {
            run(l);
            assertEquals(0, rc, l);
        }
    }

    @Test
    void broadcastPingCountsTheSecondAnswerAsDuplicate() {
        lan();
        assertEquals("ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n",
                run("ping -c 1 10.0.9.255"));
        assertEquals(2, rc);
        String out = run("ping -b -c 2 -i 0.5 10.0.9.255");
        assertTrue(out.startsWith("WARNING: pinging broadcast address\n"), out);
        assertTrue(out.contains(" (DUP!)\n"), out);
        // The run ends when the 2nd request is answered: its own duplicate is never read.
        assertEquals("2 packets transmitted, 2 received, +1 duplicates, 0% packet loss", stats(out));
        assertEquals(0, rc);
    }

    @Test
    void errorsQueuedBehindAFailedResolutionShowThePipe() {
        lan();
        String out = run("ping -q -c 2 -i 0.4 -w 5 10.0.9.77");
        // With -w, -c counts answers: requests go on until the failed ARP returns all 8 as errors.
        assertEquals("8 packets transmitted, 0 received, +8 errors, 100% packet loss", stats(out));
        assertTrue(out.endsWith("\npipe 8\n"), out);
        assertEquals(1, rc);
        out = run("ping -c 1 -W 5 10.0.9.78");
        assertTrue(out.contains("From 10.0.9.1 icmp_seq=1 Destination Host Unreachable\n"), out);
        assertEquals("1 packets transmitted, 0 received, +1 errors, 100% packet loss", stats(out));
        assertTrue(out.endsWith("loss, time 3000ms\n\n") || out.endsWith("ms\n\n"), out);
        assertEquals("", run("ping -q -c 1 -W 5 10.0.9.79").replaceAll("(?s).*statistics ---\n.*errors.*\n\n", ""));
    }

    @Test
    void optionValuesAreChecked() {
        assertEquals("ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n", run("ping -c 0 127.0.0.1"));
        assertEquals(1, rc);
        assertEquals("ping: bad linger time: -1\n", run("ping -W -1 -c 1 127.0.0.1"));
        assertEquals(2, rc);
        // -w 0 is no deadline at all.
        assertEquals("1 packets transmitted, 1 received, 0% packet loss", stats(run("ping -w 0 -c 1 127.0.0.1")));
    }

    @Test
    void garbageInTimingOptionsOnlyWarns() {
        String out = run("ping -c 1 -i x 127.0.0.1");
        assertTrue(out.startsWith("ping: option argument contains garbage: x\nping: this will become fatal error in the future\n"),
                out);
        assertEquals(0, rc);
        assertEquals("ping: invalid argument: '0.5'\n", run("ping -c 1 -w 0.5 127.0.0.1"));
        // No interval: the summary ends with the mean request gap and the smoothed rtt.
        assertTrue(run("ping -q -c 2 -i 0 127.0.0.1").matches("(?s).*rtt min/avg/max/mdev = \\S+ ms, ipg/ewma \\S+ ms\n"));
    }

    @Test
    void oversizedRequestsFailInTheKernelWithoutAllocatingThem() {
        run("ip link set lo up");
        // an ICMP message over 64 KiB: refused by the raw socket, no error text, nothing allocated
        String out = run("ping -c 2 -W 1 -s 2147483647 127.0.0.1");
        assertEquals("2 packets transmitted, 0 received, 100% packet loss", stats(out));
        assertEquals(1, rc);
        // a datagram just over 64 KiB: ip_append_data's local error, counted as an error
        out = run("ping -c 1 -W 1 -s 65508 127.0.0.1");
        assertTrue(out.contains("ping: local error: message too long, mtu=65535"), out);
        assertEquals("1 packets transmitted, 0 received, +1 errors, 100% packet loss", stats(out));
        out = run("ping -c 1 -W 1 -s 2147483647 ::1");
        assertTrue(out.contains("ping: local error: message too long, mtu: 65536"), out);
    }
}
