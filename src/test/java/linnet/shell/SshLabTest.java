package linnet.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.lab.LabFile;
import linnet.lab.LabSpec;
import org.junit.jupiter.api.Test;

class SshLabTest {
    private static final String THREE = """
            name: line
            topology:
              nodes:
                left: {kind: linux}
                mid:
                  exec:
                    - ip addr add 10.0.1.1/24 dev eth1
                    - ip addr add 10.0.2.1/24 dev eth2
                    - sysctl -qw net.ipv4.ip_forward=1
                right:
                  exec: ["ip addr add 10.0.2.2/24 dev eth1", "ip route add default via 10.0.2.1"]
              links:
                - endpoints: ["left:eth1", "mid:eth1"]
                - endpoints: ["mid:eth2", "right:eth1"]
            """;

    private static String run(String script, String lab) throws Exception {
        return Transcripts.transcript(script, LabFile.parse(lab, "t.yml"), 1, false, -1);
    }

    @Test
    void nodesAreMachinesJoinedByTheirLinks() throws Exception {
        String t = run("""
                hostname
                ip -br link show eth1
                ssh mid ip -br addr show eth2 | cut -c1-40
                ssh right 'hostname; ip route'
                ip addr add 10.0.1.2/24 dev eth1
                ip route add default via 10.0.1.1
                ping -c1 -q 10.0.2.2 | grep transmitted
                ssh root@right ping -c1 -q 10.0.1.2 | grep transmitted
                ssh -o StrictHostKeyChecking=no -p 22 mid false
                ssh nowhere true
                ssh -Z mid
                """, THREE);
        assertTrue(t.startsWith("$ hostname\nleft\n"), t);
        assertTrue(t.contains("$ ip -br link show eth1\neth1             UP "), t);
        assertTrue(t.contains("| cut -c1-40\neth2             UP             10.0.2.1\n"), t);
        assertTrue(t.contains("right\ndefault via 10.0.2.1 dev eth1 \n10.0.2.0/24 dev eth1 proto kernel scope link src 10.0.2.2 \n"), t);
        assertTrue(t.contains("| grep transmitted\n1 packets transmitted, 1 received, 0% packet loss, time 0ms\n$ ssh root@right"), t);
        assertTrue(t.contains("$ ssh root@right ping -c1 -q 10.0.1.2 | grep transmitted\n1 packets transmitted, 1 received"), t);
        assertTrue(t.contains("$ ssh -o StrictHostKeyChecking=no -p 22 mid false\n[exit 1]\n"), t);
        assertTrue(t.contains("$ ssh nowhere true\nssh: Could not resolve hostname nowhere: Name or service not known\n[exit 255]\n"), t);
        assertTrue(t.contains("$ ssh -Z mid\nunknown option -- Z\nusage: ssh [-46AaCfGgKkMNnqsTtVvXxYy]"), t);
    }

    @Test
    void failingExecIsReportedFirst() throws Exception {
        String t = run("true\n", "topology:\n  nodes:\n    h1:\n      exec: [ip link set nothere up]\n");
        assertTrue(t.startsWith("linnet: node h1: exec \"ip link set nothere up\" failed (exit 1): Cannot find device \"nothere\"\n"), t);
    }

    @Test
    void sshWithoutCommandNestsAShellUntilExit() throws Exception {
        Lab lab = new Lab(1, LabFile.load("two-hosts"));
        ScriptRunner r = new ScriptRunner(lab);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int rc = r.runScript("hostname\nssh host2\nhostname\nip link add br7 type bridge\nexit 4\nhostname\nip -br link show br7\n",
                "s.sh", ps, ps);
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals("host1\nhost2\nhost1\nDevice \"br7\" does not exist.\n", out);
        assertEquals(1, rc);
        assertTrue(lab.node("host2").kernel.initNet().byName("br7") != null);
    }

    @Test
    void sshReadingAPipeHasNoTerminal() throws Exception {
        String t = run("echo hostname | ssh right\nssh right </dev/null\n", THREE);
        assertEquals("$ echo hostname | ssh right\nPseudo-terminal will not be allocated because stdin is not a terminal.\nright\n"
                + "$ ssh right </dev/null\nPseudo-terminal will not be allocated because stdin is not a terminal.\n", t);
    }

    @Test
    void labSpecKeepsLinkOrder() throws Exception {
        LabSpec s = LabFile.parse(THREE, "t.yml");
        Lab lab = new Lab(1, s);
        assertEquals(lab.node("left"), lab.main);
        assertEquals(java.util.List.of("left", "mid", "right"), java.util.List.copyOf(lab.nodeNames()));
    }
}
