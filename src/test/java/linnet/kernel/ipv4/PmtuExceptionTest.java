package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** Nexthop exceptions from frag-needed: min_pmtu clamp with lock, dumped only once a route is bound, expiry. */
class PmtuExceptionTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner topo(int farMtu) {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip netns add a", "ip netns add b", "ip netns add g",
                "ip link add a0 netns a type veth peer name g0 netns g", "ip link add b0 netns b type veth peer name g1 netns g",
                "ip -n a addr add 172.16.1.2/24 dev a0", "ip -n g addr add 172.16.1.1/24 dev g0",
                "ip -n g addr add 172.16.2.1/24 dev g1", "ip -n b addr add 172.16.2.2/24 dev b0",
                "ip -n a link set a0 up", "ip -n g link set g0 up", "ip -n g link set g1 up", "ip -n b link set b0 up",
                "ip -n a route add default via 172.16.1.1", "ip -n b route add default via 172.16.2.1",
                "ip netns exec g sysctl -w net.ipv4.ip_forward=1",
                "ip -n g link set g1 mtu " + farMtu, "ip -n b link set b0 mtu " + farMtu}) run(r, l);
        return r;
    }

    private static final String CACHE = "172.16.2.2 via 172.16.1.1 dev a0 \n    cache expires 599sec mtu %s \n";

    @Test
    void listedOnlyAfterARouteLookupBindsIt() {
        ScriptRunner r = topo(1200);
        run(r, "ip netns exec a ping -c 1 -W 1 -M do -s 1300 172.16.2.2");
        assertEquals("", run(r, "ip netns exec a ip route show cache"));
        run(r, "ip netns exec a ip route get 172.16.2.2");
        assertEquals(CACHE.formatted("1200"), run(r, "ip netns exec a ip route show cache"));
        run(r, "ip netns exec a ip route flush cache");
        assertEquals("", run(r, "ip netns exec a ip route show cache"));
    }

    @Test
    void belowMinPmtuIsClampedAndLocked() {
        ScriptRunner r = topo(400);
        run(r, "ip netns exec a ping -c 1 -W 1 -M do -s 1000 172.16.2.2");
        run(r, "ip netns exec a ip route get 172.16.2.2");
        assertEquals(CACHE.formatted("lock 552"), run(r, "ip netns exec a ip route show cache"));
        assertEquals("sysctl: setting key \"net.ipv4.route.min_pmtu\": Invalid argument\n",
                run(r, "ip netns exec a sysctl -w net.ipv4.route.min_pmtu=67"));
    }

    @Test
    void expiresAfterMtuExpires() {
        ScriptRunner r = topo(1200);
        run(r, "ip netns exec a sysctl -w net.ipv4.route.mtu_expires=2");
        run(r, "ip netns exec a ping -c 1 -W 1 -M do -s 1300 172.16.2.2");
        assertTrue(run(r, "ip netns exec a ip route get 172.16.2.2").contains(" mtu 1200 "));
        run(r, "ping -q -c 3 -i 1 127.0.0.1");
        assertEquals("", run(r, "ip netns exec a ip route show cache"));
    }
}
