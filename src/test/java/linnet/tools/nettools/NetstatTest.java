package linnet.tools.nettools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** netstat -s: words for known counters, raw names for the rest, table selection, families. */
class NetstatTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(5, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void idleNamespace() {
        run("ip netns add x");
        String s = run("ip netns exec x netstat -s");
        assertTrue(s.startsWith("Ip:\n    Forwarding: 2\n    0 total packets received\n"), s);
        assertTrue(s.contains("    0 input ICMP message failed\n    ICMP input histogram:\n    0 ICMP messages sent\n"), s);
        assertTrue(s.endsWith("UdpLite:\nTcpExt:\n    0 packet headers predicted\nIpExt:\nMPTcpExt:\n"), s);
    }

    @Test
    void histogramAndRawNames() {
        run("ip netns add x");
        run("ip netns exec x ip link set lo up");
        run("ip netns exec x ping -q -c 1 127.0.0.1");
        String s = run("ip netns exec x netstat -sw");
        assertTrue(s.contains("    ICMP input histogram:\n        echo requests: 1\n        echo replies: 1\n"), s);
        assertTrue(s.contains("IcmpMsg:\n        InType0: 1\n"), s);
        assertTrue(!s.contains("Tcp:") && s.contains("IpExt:\n    InOctets: 168\n"), s);
    }

    @Test
    void familiesAndUnsupportedModes() {
        run("ip netns add x");
        assertTrue(run("ip netns exec x netstat -s6").startsWith("Ip6:\n    0 total packets received\n"));
        assertEquals("netstat: No statistics support for specified address family: unix\n", run("netstat -s -A unix"));
        assertEquals(1, rc);
        run("netstat -tln");
        assertEquals(1, rc);
    }
}
