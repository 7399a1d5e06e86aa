package linnet.tools.ping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ping -I DEVICE to local addresses (rt_iif), the source-device warning, ping 0 and the limited broadcast. */
class PingBoundDeviceTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(8, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private void setup() {
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1", "ip link add eth5 type veth peer name eth6",
                "ip addr add 192.0.2.1/24 dev eth5", "ip link set eth5 up", "ip link set eth6 up", "ip link set lo up"}) {
            run(l);
            assertEquals(0, rc, l);
        }
    }

    @Test
    void localAddressArrivesOnTheLocalRoutesDevice() {
        setup();
        assertTrue(run("ping -c 1 -I eth5 192.0.2.1").contains("64 bytes from 192.0.2.1: icmp_seq=1"));
        assertEquals(0, rc);
        String lo = run("ping -c 1 -W 1 -I lo 192.0.2.1");
        assertTrue(lo.startsWith("ping: Warning: source address might be selected on device other than: lo\n"), lo);
        assertTrue(lo.contains("1 packets transmitted, 0 received, 100% packet loss"), lo);
        assertEquals(1, rc);
    }

    @Test
    void unspecifiedDestinationIsTheSource() {
        setup();
        assertTrue(run("ping -c 1 0").startsWith("PING 0 (127.0.0.1) 56(84) bytes of data.\n64 bytes from 127.0.0.1:"));
    }

    @Test
    void limitedBroadcastNeedsDashB() {
        setup();
        run("ip route add default via 192.0.2.2");
        assertEquals("ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n",
                run("ping -c 1 -W 1 255.255.255.255"));
        assertEquals(2, rc);
        assertTrue(run("ping -c 1 -W 1 -b 255.255.255.255").startsWith("WARNING: pinging broadcast address\n"));
    }

    /** Kernel-recorded in conformance 503-notes-k8svip and 518-notes-ping-bound-errors. */
    @Test
    void ownHostUnreachableNeverReachesADeviceBoundPingButWidensItsPipe() {
        setup();
        String bound = run("ping -c 3 -I eth5 192.0.2.9");
        assertFalse(bound.contains("Unreachable"), bound);
        assertTrue(bound.contains("\n3 packets transmitted, 0 received, 100% packet loss, time "), bound);
        assertTrue(bound.endsWith("ms\npipe 3\n"), bound);
        assertEquals(1, rc);
        // bound to the address instead, or not bound at all: the errors are printed and counted
        for (String line : new String[] {"ping -c 3 -I 192.0.2.1 192.0.2.9", "ping -c 3 192.0.2.9"}) {
            String out = run(line);
            assertTrue(out.contains("From 192.0.2.1 icmp_seq=1 Destination Host Unreachable\n"), out);
            assertTrue(out.contains("3 packets transmitted, 0 received, +3 errors, 100% packet loss"), out);
        }
    }
}
