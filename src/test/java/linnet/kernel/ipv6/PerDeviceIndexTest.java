package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * The per-device chains of the neighbour table and the FIB, and the shared sysctl value sets:
 * what goes with one device is exactly its own, in the order the dumps had before, and a write
 * to one device's knob reaches no other device that started from the same values.
 */
class PerDeviceIndexTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void neighboursAndRoutesOfOneDeviceGoWithIt() {
        for (String d : new String[] {"va", "vb", "vc"}) {
            run("ip link add " + d + " type veth peer name p" + d);
            run("ip link set " + d + " up");
        }
        // interleaved, so that each device's chain runs through the others'
        for (int i = 1; i <= 3; i++) {
            for (String d : new String[] {"va", "vb", "vc"}) {
                run("ip -6 neigh add 2001:db8::" + i + " lladdr 02:00:00:00:00:0" + i + " dev " + d);
                run("ip -6 route add 2001:db8:" + i + "::/64 dev " + d + " metric " + (d.charAt(1) - 'a' + 1));
            }
        }
        run("ip -6 neigh del 2001:db8::2 dev vb");
        run("ip link del vb");
        assertEquals("""
                2001:db8::1 dev va lladdr 02:00:00:00:00:01 PERMANENT\s
                2001:db8::1 dev vc lladdr 02:00:00:00:00:01 PERMANENT\s
                2001:db8::2 dev va lladdr 02:00:00:00:00:02 PERMANENT\s
                2001:db8::2 dev vc lladdr 02:00:00:00:00:02 PERMANENT\s
                2001:db8::3 dev va lladdr 02:00:00:00:00:03 PERMANENT\s
                2001:db8::3 dev vc lladdr 02:00:00:00:00:03 PERMANENT\s
                """, run("ip -6 neigh show nud permanent"));
        assertEquals("""
                2001:db8:1::/64 dev va metric 1 linkdown pref medium
                2001:db8:1::/64 dev vc metric 3 linkdown pref medium
                2001:db8:2::/64 dev va metric 1 linkdown pref medium
                2001:db8:2::/64 dev vc metric 3 linkdown pref medium
                2001:db8:3::/64 dev va metric 1 linkdown pref medium
                2001:db8:3::/64 dev vc metric 3 linkdown pref medium
                """, run("ip -6 route show | grep 2001:db8"));
        run("ip link del va");
        assertEquals("2001:db8:1::/64 dev vc metric 3 linkdown pref medium\n", run("ip -6 route show | grep 2001:db8:1:"));
        assertEquals(3, run("ip -6 neigh show nud permanent").lines().count());
    }

    @Test
    void aWriteToOneDevicesKnobStaysThere() {
        run("ip link add va type veth peer name vb");
        assertEquals("net.ipv4.conf.va.forwarding = 1\n", run("sysctl -w net.ipv4.conf.va.forwarding=1"));
        assertEquals("net.ipv6.conf.vb.hop_limit = 7\n", run("sysctl -w net.ipv6.conf.vb.hop_limit=7"));
        assertEquals("""
                net.ipv4.conf.va.forwarding = 1
                net.ipv4.conf.vb.forwarding = 0
                net.ipv4.conf.default.forwarding = 0
                net.ipv6.conf.va.hop_limit = 64
                net.ipv6.conf.vb.hop_limit = 7
                net.ipv6.conf.default.hop_limit = 64
                """, run("sysctl net.ipv4.conf.va.forwarding net.ipv4.conf.vb.forwarding net.ipv4.conf.default.forwarding "
                + "net.ipv6.conf.va.hop_limit net.ipv6.conf.vb.hop_limit net.ipv6.conf.default.hop_limit"));
        run("ip link add vc type veth peer name vd");
        assertEquals("net.ipv4.conf.vc.forwarding = 0\nnet.ipv6.conf.vc.hop_limit = 64\n",
                run("sysctl net.ipv4.conf.vc.forwarding net.ipv6.conf.vc.hop_limit"));
    }
}
