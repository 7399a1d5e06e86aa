package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * ip link set DEV netns PID (IFLA_NET_NS_PID). The error cases are kernel-recorded in conformance
 * 520-notes-netns-by-pid; PID 1 is the seed notes' `ip netns exec netns1 ip link set veth1 netns 1`,
 * which no sandbox can record (its PID 1 is the real host's init).
 */
class LinkNetnsPidTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(2, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private void setup() {
        for (String l : new String[] {"ip netns add netns1", "ip link add veth0 type veth peer name veth1",
                "ip link set veth1 netns netns1", "ip netns exec netns1 ip addr add 10.1.1.1/24 dev veth1"}) {
            run(l);
            assertEquals(0, rc, l);
        }
    }

    @Test
    void pidOneIsInitInTheInitialNamespace() {
        setup();
        assertEquals("", run("ip netns exec netns1 ip link set veth1 netns 1"));
        assertEquals(0, rc);
        String shown = run("ip addr show veth1");
        assertEquals(0, rc);
        // a real move: back in the root, reset (DOWN, address gone)
        assertTrue(shown.startsWith("2: veth1@veth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN"), shown);
        assertTrue(!shown.contains("inet "), shown);
        assertEquals("Device \"veth1\" does not exist.\n", run("ip netns exec netns1 ip link show veth1"));
    }

    @Test
    void anyOtherPidIsNoSuchProcessAfterTheDeviceLookup() {
        setup();
        assertEquals("Cannot find device \"veth1\"\n", run("ip link set veth1 netns 2147483647"));
        assertEquals(1, rc);
        for (String pid : new String[] {"2147483647", "0x7fffffff", "-5"}) {
            assertEquals("RTNETLINK answers: No such process\n", run("ip netns exec netns1 ip link set veth1 netns " + pid), pid);
            assertEquals(2, rc, pid);
        }
        // nothing else of the request is applied
        assertEquals("RTNETLINK answers: No such process\n", run("ip link set veth0 up netns 2147483647"));
        assertTrue(run("ip link show veth0").contains("state DOWN"));
        for (String bad : new String[] {"08", "2147483648", "12ab"}) {
            assertEquals("Error: argument \"" + bad + "\" is wrong: Invalid \"netns\" value\n\n",
                    run("ip netns exec netns1 ip link set veth1 netns " + bad), bad);
            assertEquals(255, rc, bad);
        }
    }
}
