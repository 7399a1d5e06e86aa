package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** The groups IPv6 puts on a device's multicast list, as `bridge fdb show dev D` lists them. */
class DevMulticastListTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = sh.runLine(line, p, p);
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, line + "\n" + out);
        return out;
    }

    void setUp() {
        run("ip link add v0 type veth peer name v1");
        run("ip link set v0 address 02:00:00:00:00:10");
        run("ip link set v0 up");
    }

    @Test
    void aSharedSolicitedNodeGroupKeepsItsPlaceWhileAnAddressHoldsIt() {
        setUp();
        run("ip addr add 2001:db8::1/64 dev v0");
        run("ip addr add 2001:db8::2/64 dev v0 nodad");
        run("ip addr add 2001:db9::1/64 dev v0");
        run("ip addr del 2001:db8::1/64 dev v0");
        assertEquals("""
                33:33:00:00:00:01 self permanent
                01:00:5e:00:00:01 self permanent
                33:33:ff:00:00:01 self permanent
                33:33:ff:00:00:02 self permanent
                """, run("bridge fdb show dev v0"));
        run("ip addr del 2001:db9::1/64 dev v0");
        assertEquals("""
                33:33:00:00:00:01 self permanent
                01:00:5e:00:00:01 self permanent
                33:33:ff:00:00:02 self permanent
                """, run("bridge fdb show dev v0"));
    }

    @Test
    void allNodesComesBackBehindTheIpv4GroupAfterAConfiguredDeviceWentDown() {
        setUp();
        run("ip link set v1 up");
        lab.loop.advance(2 * linnet.sim.EventLoop.NS_PER_SEC);
        run("ip link set v0 down");
        assertEquals("", run("bridge fdb show dev v0"));
        run("ip link set v0 up");
        lab.loop.advance(2 * linnet.sim.EventLoop.NS_PER_SEC);
        assertEquals("""
                01:00:5e:00:00:01 self permanent
                33:33:00:00:00:01 self permanent
                33:33:ff:00:00:10 self permanent
                """, run("bridge fdb show dev v0"));
    }
}
