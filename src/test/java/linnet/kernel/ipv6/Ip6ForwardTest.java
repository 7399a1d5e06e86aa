package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * IPv6 through a router namespace h1 - r - h2 (recorded on the oracle as 276): forwarding only
 * with all.forwarding, the hop limit, the input discards by route type, the router flag in
 * neighbour advertisements; subnet-router anycast with its user count (277).
 */
class Ip6ForwardTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int got = sh.runLine(line, p, p);
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(rc, got, line + "\n" + out);
        return out;
    }

    void router() {
        for (String l : new String[] {
                "ip netns add h1", "ip netns add r", "ip netns add h2",
                "ip link add a0 netns h1 type veth peer name a1 netns r",
                "ip link add b0 netns h2 type veth peer name b1 netns r",
                "ip -n h1 link set a0 up", "ip -n r link set a1 up", "ip -n r link set b1 up", "ip -n h2 link set b0 up",
                "ip -n h1 addr add 2001:db8:1::2/64 dev a0 nodad", "ip -n r addr add 2001:db8:1::1/64 dev a1 nodad",
                "ip -n r addr add 2001:db8:2::1/64 dev b1 nodad", "ip -n h2 addr add 2001:db8:2::2/64 dev b0 nodad",
                "ip -n h1 route add default via 2001:db8:1::1", "ip -n h2 route add default via 2001:db8:2::1"}) {
            run(l, 0);
        }
    }

    String ping(String args, int rc) { return run("ip netns exec h1 ping -6 -c 1 -W 1 " + args, rc); }

    @Test
    void forwardsOnlyWithAllForwarding() {
        router();
        assertTrue(ping("2001:db8:2::2", 1).contains("1 packets transmitted, 0 received, 100% packet loss"));
        // the device's own switch is not enough: IPv6 asks all.forwarding
        run("ip netns exec r sysctl -w net.ipv6.conf.a1.forwarding=1", 0);
        assertTrue(ping("2001:db8:2::2", 1).contains("0 received, 100% packet loss"));
        run("ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1", 0);
        assertTrue(ping("2001:db8:2::2", 0).contains("ttl=63"));
        assertTrue(ping("-t 1 2001:db8:2::2", 1).contains("From 2001:db8:1::1 icmp_seq=1 Time exceeded: Hop limit"));
        assertTrue(ping("-t 2 2001:db8:2::2", 0).contains("ttl=63"));
        run("ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=0", 0);
        assertTrue(ping("2001:db8:2::2", 1).contains("0 received, 100% packet loss"));
    }

    @Test
    void inputDiscardsByRouteType() {
        router();
        run("ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1", 0);
        run("ip -n r -6 route add unreachable 2001:db8:4::/64", 0);
        run("ip -n r -6 route add prohibit 2001:db8:5::/64", 0);
        run("ip -n r -6 route add blackhole 2001:db8:6::/64", 0);
        run("ip -n r -6 route add throw 2001:db8:7::/64", 0);
        assertTrue(ping("2001:db8:3::2", 1).contains("Destination unreachable: No route"));
        assertTrue(ping("2001:db8:4::2", 1).contains("Destination unreachable: No route"));
        assertTrue(ping("2001:db8:5::2", 1).contains("Destination unreachable: Administratively prohibited"));
        assertTrue(ping("2001:db8:7::2", 1).contains("Destination unreachable: No route"));
        String bh = ping("2001:db8:6::2", 1);
        assertTrue(bh.contains("0 received, 100% packet loss") && !bh.contains("From "), bh);
    }

    @Test
    void routerFlagInAdvertisements() {
        router();
        run("ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1", 0);
        run("ip netns exec h2 ping -6 -c 1 -W 1 2001:db8:2::1", 0);
        assertTrue(run("ip -n h2 -6 neigh show 2001:db8:2::1", 0).contains(" router REACHABLE"));
        run("ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:1::1", 0);
        run("ip -n r -6 neigh show 2001:db8:1::2", 0);
        // a host answers as a host
        assertTrue(!run("ip -n r -6 neigh show 2001:db8:1::2", 0).contains("router"));
    }

    @Test
    void anycastUsersPerPrefix() {
        run("ip link add p0 type veth peer name p1", 0);
        run("ip link set p0 up", 0);
        run("ip -6 addr add 2001:db8:5::1/64 dev p0 nodad", 0);
        run("ip -6 addr add 2001:db8:5::2/64 dev p0 nodad", 0);
        run("ip -6 addr add 2001:db8:6::1/127 dev p0 nodad", 0);
        run("sysctl -w net.ipv6.conf.p0.forwarding=1", 0);
        String any = "anycast 2001:db8:5:: dev p0 proto kernel metric 0 pref medium\n";
        assertEquals(any, run("ip -6 route show table local type anycast", 0));
        run("ip -6 addr del 2001:db8:5::1/64 dev p0", 0);
        assertEquals(any, run("ip -6 route show table local type anycast", 0));
        run("ip -6 addr del 2001:db8:5::2/64 dev p0", 0);
        assertEquals("", run("ip -6 route show table local type anycast", 0));
        run("ip -6 addr add 2001:db8:8::1/64 dev p0 nodad", 0);
        assertEquals("anycast 2001:db8:8:: dev p0 proto kernel metric 0 pref medium\n",
                run("ip -6 route show table local type anycast", 0));
        run("sysctl -w net.ipv6.conf.p0.forwarding=0", 0);
        assertEquals("", run("ip -6 route show table local type anycast", 0));
    }
}
