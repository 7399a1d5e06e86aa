package linnet.tools.traceroute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** traceroute 2.1.2's argument checks and per-probe sockets; texts recorded on the oracle machine. */
class TracerouteOptionsTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8).replaceAll("\\d+\\.\\d{3} ms", "T ms") + (rc != 0 ? "[exit " + rc + "]\n" : "");
    }

    private static ScriptRunner chain() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip netns add h1", "ip netns add r1", "ip netns add h2",
                "ip link add a1 netns h1 type veth peer name b1 netns r1", "ip link add a2 netns r1 type veth peer name b2 netns h2",
                "ip -n h1 addr add 10.1.1.2/24 dev a1", "ip -n r1 addr add 10.1.1.1/24 dev b1",
                "ip -n r1 addr add 10.1.2.1/24 dev a2", "ip -n h2 addr add 10.1.2.2/24 dev b2",
                "ip -n h1 link set a1 up", "ip -n r1 link set b1 up", "ip -n r1 link set a2 up", "ip -n h2 link set b2 up",
                "ip -n h1 route add default via 10.1.1.1", "ip -n h2 route add default via 10.1.2.1",
                "ip netns exec r1 sysctl -q -w net.ipv4.ip_forward=1",
                "ip netns exec r1 sysctl -q -w net.ipv4.icmp_ratelimit=0",
                "ip netns exec h2 sysctl -q -w net.ipv4.icmp_ratelimit=0"}) {
            assertEquals("", run(r, l), l);
        }
        return r;
    }

    @Test
    void argumentErrorsInTracerouteOrder() {
        ScriptRunner r = chain();
        assertEquals("first hop out of range\n[exit 2]\n", run(r, "traceroute -m 0 127.0.0.1"));
        assertEquals("max hops cannot be more than 255\n[exit 2]\n", run(r, "traceroute -m 256 127.0.0.1"));
        assertEquals("bad wait specifications `-1,0,0' used\n[exit 2]\n", run(r, "traceroute -w -1 127.0.0.1"));
        assertEquals("Cannot handle `-m' option with arg `x' (argc 2)\n[exit 2]\n", run(r, "traceroute -m x 127.0.0.1"));
        assertEquals("Bad option `-Y' (argc 1)\n[exit 2]\n", run(r, "traceroute -Y 127.0.0.1"));
        assertEquals("Extra arg `extra' (position 3, argc 4)\n[exit 2]\n", run(r, "traceroute -n 127.0.0.1 60 extra"));
        assertEquals("too big packetlen 70000 specified\n[exit 2]\n", run(r, "traceroute -n 127.0.0.1 70000"));
        assertTrue(run(r, "traceroute").startsWith("Usage:\n  traceroute [ -46dFITnreAUDV ]"));
    }

    @Test
    void socketErrorsAfterTheHeaderOrBeforeIt() {
        ScriptRunner r = chain();
        String hdr = "traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 60 byte packets\n";
        assertEquals(hdr + "bind: Cannot assign requested address\n[exit 1]\n", run(r, "traceroute -n -s 10.9.9.9 127.0.0.1"));
        assertEquals(hdr + "setsockopt SO_BINDTODEVICE: No such device\n[exit 1]\n", run(r, "traceroute -n -i nosuch 127.0.0.1"));
        assertEquals("\nconnect: Network is unreachable\n[exit 1]\n", run(r, "ip netns exec h1 traceroute -n -I -s 10.1.1.2 -i lo 10.1.1.9"));
        assertEquals("traceroute to 127.0.0.1 (127.0.0.1), 30 hops max, 28 byte packets\n 1  127.0.0.1  T ms  T ms  T ms\n",
                run(r, "traceroute -n 127.0.0.1 10"));
    }

    @Test
    void udpToOnePortTellsProbesApartBySocket() {
        ScriptRunner r = chain();
        assertEquals("traceroute to 10.1.2.2 (10.1.2.2), 30 hops max, 60 byte packets\n"
                + " 1  10.1.1.1  T ms  T ms  T ms\n 2  10.1.2.2  T ms  T ms  T ms\n", run(r, "ip netns exec h1 traceroute -n -U 10.1.2.2"));
        assertEquals("traceroute to 10.1.2.2 (10.1.2.2), 30 hops max, 60 byte packets\n"
                + " 1  10.1.1.1  T ms\n 2  10.1.2.2  T ms\n", run(r, "ip netns exec h1 traceroute -n -q 1 -s 10.1.1.2 10.1.2.2"));
    }
}
