package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** __ip_do_redirect on a host: resolve the new gateway first, accept_redirects, shared_media/secure_redirects. */
class RedirectAcceptTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** h on a LAN with routers r1 (h's default) and r2 (r1's way to 10.9.0.0/24). */
    private static ScriptRunner lan() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip netns add h", "ip netns add r1", "ip netns add r2", "ip netns add f",
                "ip link add sw type bridge", "ip link add hp type veth peer name eth0 netns h",
                "ip link add r1p type veth peer name eth0 netns r1", "ip link add r2p type veth peer name eth0 netns r2",
                "ip link add fv type veth peer name eth0 netns f", "ip link set fv netns r2",
                "ip link set hp master sw", "ip link set r1p master sw", "ip link set r2p master sw",
                "ip link set sw up", "ip link set hp up", "ip link set r1p up", "ip link set r2p up",
                "ip -n h addr add 10.0.0.10/24 dev eth0", "ip -n h addr add 10.0.0.11/24 dev eth0",
                "ip -n h addr add 10.0.0.12/24 dev eth0", "ip -n r1 addr add 10.0.0.1/24 dev eth0",
                "ip -n r2 addr add 10.0.0.2/24 dev eth0", "ip -n r2 addr add 10.9.0.1/24 dev fv",
                "ip -n f addr add 10.9.0.2/24 dev eth0", "ip -n h link set eth0 up", "ip -n r1 link set eth0 up",
                "ip -n r2 link set eth0 up", "ip -n r2 link set fv up", "ip -n f link set eth0 up",
                "ip netns exec r1 sysctl -w net.ipv4.ip_forward=1", "ip netns exec r2 sysctl -w net.ipv4.ip_forward=1",
                "ip -n h route add default via 10.0.0.1", "ip -n r1 route add 10.9.0.0/24 via 10.0.0.2",
                "ip -n f route add default via 10.9.0.1", "ping -q -c 2 -i 1.2 127.0.0.1"}) run(r, l);
        return r;
    }

    private static long redirects(String out) { return out.lines().filter(l -> l.contains("Redirect Host")).count(); }

    private static boolean redirected(ScriptRunner r) {
        return run(r, "ip -n h route get 10.9.0.2").contains("via 10.0.0.2 dev eth0 src 10.0.0.10 uid 0 \n    cache <redirected> expires ");
    }

    @Test
    void anUnresolvedGatewayIsProbedFirstSoTheSecondRedirectCounts() {
        ScriptRunner r = lan();
        String out = run(r, "ip netns exec h ping -c 2 -i 0.3 -W 1 10.9.0.2");
        assertEquals(2, redirects(out), out);
        assertTrue(out.contains("From 10.0.0.1: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.2)"), out);
        assertTrue(redirected(r));
        assertTrue(run(r, "ip -n h neigh show 10.0.0.2").contains(" REACHABLE"));
    }

    @Test
    void aResolvedGatewayTakesEffectAtOnce() {
        ScriptRunner r = lan();
        run(r, "ip netns exec h ping -c 1 -W 1 10.0.0.2");
        assertEquals(1, redirects(run(r, "ip netns exec h ping -c 2 -i 0.3 -W 1 10.9.0.2")));
        assertTrue(redirected(r));
    }

    @Test
    void acceptRedirectsIsAllOrDeviceOnAHostAndBothWhenForwarding() {
        ScriptRunner r = lan();
        run(r, "ip netns exec h ping -c 1 -W 1 10.0.0.2");
        run(r, "ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=0");
        run(r, "ip netns exec h ping -c 1 -W 1 -I 10.0.0.10 10.9.0.2");
        assertTrue(redirected(r), "the device's own accept_redirects=1 is enough on a host");
        run(r, "ip -n h route flush cache");
        run(r, "ip netns exec h sysctl -w net.ipv4.conf.eth0.forwarding=1");
        assertEquals(2, redirects(run(r, "ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.0.0.11 10.9.0.2")));
        assertTrue(!redirected(r), "a forwarding device needs conf.all too");
    }

    @Test
    void withoutSharedMediaSecureRedirectsWantsAKnownGateway() {
        ScriptRunner r = lan();
        run(r, "ip netns exec h ping -c 1 -W 1 10.0.0.2");
        run(r, "ip netns exec h sysctl -w net.ipv4.conf.all.shared_media=0");
        run(r, "ip netns exec h sysctl -w net.ipv4.conf.eth0.shared_media=0");
        assertEquals(2, redirects(run(r, "ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.0.0.10 10.9.0.2")));
        assertTrue(!redirected(r));
        run(r, "ip -n h route add 10.77.0.0/16 via 10.0.0.2");
        assertEquals(1, redirects(run(r, "ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.0.0.11 10.9.0.2")));
        assertTrue(redirected(r));
    }

    @Test
    void theExceptionIsListedOnceBoundAndGoesWithItsRoute() {
        ScriptRunner r = lan();
        run(r, "ip netns exec h ping -c 2 -i 0.3 -W 1 10.9.0.2");
        assertEquals("", run(r, "ip -n h route show cache"));
        run(r, "ip -n h route get 10.9.0.2");
        assertTrue(run(r, "ip -n h route show cache").startsWith("10.9.0.2 via 10.0.0.2 dev eth0 \n    cache <redirected> expires 29"));
        assertEquals("", run(r, "ip -n h route show cache 10.9.0.0/24"));
        run(r, "ip -n h route del default");
        run(r, "ip -n h route add default via 10.0.0.1");
        assertEquals("", run(r, "ip -n h route show cache"));
    }
}
