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
 * `ip -6 route add|replace|del`, default routes used by ping, `ip -6 neigh add|replace|del|show ADDR`
 * and an address on a down loopback. Every expected text was recorded from Linux 6.1 with
 * conformance/run-kernel (a in 2001:db8:1::1/64 on veth0, b 2001:db8:1::2/64 on veth1).
 */
class Ip6RouteNeighTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int got = sh.runLine(line, p, p);
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(rc, got, line + "\n" + out);
        return out;
    }

    void setUp() {
        for (String l : new String[] {
                "ip netns add a",
                "ip netns add b",
                "ip link add veth0 netns a type veth peer name veth1 netns b",
                "ip -n a link set veth0 up",
                "ip -n b link set veth1 up",
                "ip -n a addr add 2001:db8:1::1/64 dev veth0 nodad",
                "ip -n b addr add 2001:db8:1::2/64 dev veth1 nodad",
                "ip -n b addr add 2001:db8:2::2/64 dev lo"}) {
            run(l, 0);
        }
    }

    @Test
    void routeAddReplaceDelAndTheirErrors() {
        setUp();
        assertEquals("RTNETLINK answers: No route to host\n", run("ip -n a -6 route add 2001:db8:2::/64 via 2001:db8:9::1", 2));
        assertEquals("Error: Gateway can not be a local address.\n",
                run("ip -n a -6 route add 2001:db8:2::/64 via 2001:db8:1::1", 2));
        run("ip -n a -6 route add 2001:db8:2::/64 via 2001:db8:1::2", 0);
        assertEquals("RTNETLINK answers: File exists\n", run("ip -n a -6 route add 2001:db8:2::/64 via 2001:db8:1::2", 2));
        run("ip -n a -6 route add 2001:db8:2::/64 via 2001:db8:1::2 metric 50", 0);
        String both = """
                2001:db8:1::/64 dev veth0 proto kernel metric 256 pref medium
                2001:db8:2::/64 via 2001:db8:1::2 dev veth0 metric 50 pref medium
                2001:db8:2::/64 via 2001:db8:1::2 dev veth0 metric 1024 pref medium
                fe80::/64 dev veth0 proto kernel metric 256 pref medium
                """;
        assertEquals(both, run("ip -n a -6 route show", 0));
        run("ip -n a -6 route replace 2001:db8:2::/64 via 2001:db8:1::2 metric 50 dev veth0", 0);
        assertEquals(both, run("ip -n a -6 route show", 0));
        run("ip -n a -6 route del 2001:db8:2::/64 metric 50", 0);
        assertEquals("RTNETLINK answers: No such process\n", run("ip -n a -6 route del 2001:db8:3::/64", 2));
        run("ip -n a -6 route add 2001:db8:3::/64 dev veth0 metric 7", 0);
        assertEquals("Cannot find device \"nosuch\"\n", run("ip -n a -6 route add 2001:db8:4::/64 dev nosuch", 1));
        assertEquals("RTNETLINK answers: No route to host\n",
                run("ip -n a -6 route add 2001:db8:4::/64 via 2001:db8:1::2 dev lo", 2));
        assertEquals("""
                2001:db8:1::/64 dev veth0 proto kernel metric 256 pref medium
                2001:db8:2::/64 via 2001:db8:1::2 dev veth0 metric 1024 pref medium
                2001:db8:3::/64 dev veth0 metric 7 pref medium
                fe80::/64 dev veth0 proto kernel metric 256 pref medium
                """, run("ip -n a -6 route show", 0));
        // The remote prefix is reached through the gateway (b answers from its down lo's address).
        assertTrue(run("ip netns exec a ping -6 -c 1 -W 1 2001:db8:2::2", 0)
                .contains("1 packets transmitted, 1 received, 0% packet loss"));
        run("ip -n a -6 route del 2001:db8:2::/64", 0);
        assertEquals("ping: connect: Network is unreachable\n", run("ip netns exec a ping -6 -c 1 -W 1 2001:db8:2::2", 2));
    }

    @Test
    void defaultRoute() {
        setUp();
        run("ip -n a -6 route add default via fe80::1 dev veth0", 0);
        assertEquals("Error: Egress device not specified.\n", run("ip -n a -6 route add default via fe80::1", 2));
        assertEquals("RTNETLINK answers: File exists\n", run("ip -n a -6 route add default via fe80::2 dev veth0", 2));
        assertEquals("""
                2001:db8:1::/64 dev veth0 proto kernel metric 256 pref medium
                fe80::/64 dev veth0 proto kernel metric 256 pref medium
                default via fe80::1 dev veth0 metric 1024 pref medium
                """, run("ip -n a -6 route show", 0));
        assertEquals("default via fe80::1 dev veth0 metric 1024 pref medium\n", run("ip -n a -6 route show default", 0));
        run("ip -n a -6 route del default via fe80::1 dev veth0", 0);
        assertEquals("RTNETLINK answers: No such file or directory\n", run("ip -n a -6 route del default", 2));
        // A default through b's link-local address (once its DAD is done) carries ping to b's remote prefix.
        run("ip -n b link set veth1 down", 0);
        run("ip -n b link set veth1 address 02:00:00:00:00:02", 0);
        run("ip -n b link set veth1 up", 0);
        run("ip -n b addr add 2001:db8:1::2/64 dev veth1 nodad", 0);
        run("sleep 3", 0);
        run("ip -n a -6 route add default via fe80::ff:fe00:2 dev veth0", 0);
        assertEquals("2001:db8:2::2 from :: via fe80::ff:fe00:2 dev veth0 src 2001:db8:1::1 metric 1024 pref medium\n",
                run("ip -n a -6 route get 2001:db8:2::2", 0));
        assertTrue(run("ip netns exec a ping -6 -c 1 -W 1 2001:db8:2::2", 0)
                .contains("1 packets transmitted, 1 received, 0% packet loss"));
    }

    @Test
    void routeGetShowsNoProtoBoot() {
        setUp();
        run("ip -n a -6 route add 2001:db8:5::/64 via 2001:db8:1::2", 0);
        assertEquals("2001:db8:5::1 from :: via 2001:db8:1::2 dev veth0 src 2001:db8:1::1 metric 1024 pref medium\n",
                run("ip -n a -6 route get 2001:db8:5::1", 0));
        run("ip -n a -6 route add 2001:db8:6::/64 dev veth0 proto static", 0);
        assertEquals("2001:db8:6::1 from :: dev veth0 proto static src 2001:db8:1::1 metric 1024 pref medium\n",
                run("ip -n a -6 route get 2001:db8:6::1", 0));
    }

    /** Recorded on the oracle as 323: the source and the input device of route get, the listing selectors. */
    @Test
    void routeGetFromIifAndSelectors() {
        setUp();
        run("ip -n a -6 route add 2001:db8:5::/64 via 2001:db8:1::2", 0);
        assertEquals("2001:db8:5::1 from 2001:db8:1::1 via 2001:db8:1::2 dev veth0 src 2001:db8:1::1 metric 1024 pref medium\n",
                run("ip -n a -6 route get 2001:db8:5::1 from 2001:db8:1::1", 0));
        assertEquals("2001:db8:5::1 from :: via 2001:db8:1::2 dev veth0 metric 1024 iif lo pref medium\n",
                run("ip -n a -6 route get 2001:db8:5::1 iif lo", 0));
        assertEquals("RTNETLINK answers: Network is unreachable\n", run("ip -n a -6 route get 2001:db8:7::1 iif veth0", 2));
        assertEquals("2001:db8:5::/64 via 2001:db8:1::2 dev veth0 metric 1024 pref medium\n",
                run("ip -n a -6 route show match 2001:db8:5::9", 0));
        assertEquals("2001:db8:1::/64 dev veth0 proto kernel metric 256 pref medium\n"
                + "2001:db8:5::/64 via 2001:db8:1::2 dev veth0 metric 1024 pref medium\n",
                run("ip -n a -6 route show root 2001:db8::/32", 0));
        assertEquals("", run("ip -n a -6 route show root 2001:db8:5::/80", 0));
        assertEquals("", run("ip -n a -6 route show cache", 0));
    }

    @Test
    void neighAddReplaceDelShowAddress() {
        setUp();
        run("ip -n a -6 neigh add 2001:db8:1::5 lladdr 02:00:00:00:00:05 dev veth0", 0);
        assertEquals("RTNETLINK answers: File exists\n",
                run("ip -n a -6 neigh add 2001:db8:1::5 lladdr 02:00:00:00:00:05 dev veth0", 2));
        run("ip -n a -6 neigh add 2001:db8:1::6 lladdr 02:00:00:00:00:06 dev veth0 nud permanent", 0);
        assertEquals("2001:db8:1::5 dev veth0 lladdr 02:00:00:00:00:05 PERMANENT \n",
                run("ip -n a -6 neigh show 2001:db8:1::5", 0));
        assertEquals("", run("ip -n a -6 neigh show 2001:db8:1::7", 0));
        run("ip -n a -6 neigh replace 2001:db8:1::5 lladdr 02:00:00:00:00:55 dev veth0", 0);
        run("ip -n a -6 neigh replace 2001:db8:1::7 lladdr 02:00:00:00:00:07 dev veth0 nud reachable", 0);
        assertEquals("""
                2001:db8:1::5 lladdr 02:00:00:00:00:55 PERMANENT\s
                2001:db8:1::6 lladdr 02:00:00:00:00:06 PERMANENT\s
                2001:db8:1::7 lladdr 02:00:00:00:00:07 REACHABLE\s
                """, run("ip -n a -6 neigh show dev veth0", 0));
        run("ip -n a -6 neigh del 2001:db8:1::5 dev veth0", 0);
        assertEquals("RTNETLINK answers: No such file or directory\n", run("ip -n a -6 neigh del 2001:db8:1::5 dev veth0", 2));
        assertEquals("Cannot find device \"nosuch\"\n",
                run("ip -n a -6 neigh add 2001:db8:1::9 lladdr 02:00:00:00:00:09 dev nosuch", 1));
        assertEquals("Error: No link layer address given.\n", run("ip -n a -6 neigh add 2001:db8:1::9 dev veth0", 2));
        assertEquals("""
                2001:db8:1::6 dev veth0 lladdr 02:00:00:00:00:06 PERMANENT\s
                2001:db8:1::7 dev veth0 lladdr 02:00:00:00:00:07 REACHABLE\s
                """, run("ip -n a -6 neigh show", 0));
    }

    @Test
    void addressOnDownLoopbackIsUsable() {
        run("ip netns add b", 0);
        run("ip -n b addr add 2001:db8:3::2/64 dev lo", 0);
        assertEquals("""
                1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
                    inet6 2001:db8:3::2/64 scope global\s
                       valid_lft forever preferred_lft forever
                """, run("ip -n b -6 addr show dev lo", 0));
        assertEquals("local 2001:db8:3::2 dev lo proto kernel metric 0 pref medium\n",
                run("ip -n b -6 route show table local", 0));
        assertEquals("", run("ip -n b -6 route show", 0));
        assertEquals("local 2001:db8:3::2 from :: dev lo table local proto kernel src 2001:db8:3::2 metric 0 pref medium\n",
                run("ip -n b -6 route get 2001:db8:3::2", 0));
    }

    /** veth0 up without carrier (veth1 down), 2001:db8:1::1/64 nodad added while veth0 was down. */
    @Test
    void otherTablesChangeAndDeviceErrors() {
        run("ip netns add a", 0);
        run("ip link add veth0 netns a type veth peer name veth1", 0);
        run("ip -n a addr add 2001:db8:1::1/64 dev veth0 nodad", 0);
        run("ip -n a link set veth0 up", 0);
        assertEquals("RTNETLINK answers: No such device\n", run("ip -n a -6 route add 2001:db8:7::/64", 2));
        run("ip -n a route add 2001:db8:8::/64 dev veth0", 0);
        assertEquals("", run("ip -n a route show", 0));
        run("ip -n a -6 route replace 2001:db8:9::/64 dev veth0", 0);
        assertEquals("Error: Can not replace route - no match found.\n", run("ip -n a -6 route change 2001:db8:10::/64 dev veth0", 2));
        assertEquals("RTNETLINK answers: File exists\n", run("ip -n a -6 route append 2001:db8:9::/64 dev veth0 metric 1024", 2));
        run("ip -n a -6 route add 2001:db8:11::/64 dev veth0 table 100", 0);
        assertEquals("2001:db8:11::/64 dev veth0 metric 1024 linkdown pref medium\n", run("ip -n a -6 route show table 100", 0));
        assertEquals("""
                2001:db8:11::/64 dev veth0 table 100 metric 1024 linkdown pref medium
                2001:db8:1::/64 dev veth0 proto kernel metric 256 linkdown pref medium
                2001:db8:8::/64 dev veth0 metric 1024 linkdown pref medium
                2001:db8:9::/64 dev veth0 metric 1024 linkdown pref medium
                local 2001:db8:1::1 dev veth0 table local proto kernel metric 0 pref medium
                """, run("ip -n a -6 route show table all", 0));
        assertEquals("RTNETLINK answers: No such process\n", run("ip -n a -6 route del 2001:db8:9::/64 via 2001:db8:1::5", 2));
        assertEquals("RTNETLINK answers: No such process\n", run("ip -n a -6 route del 2001:db8:9::/64 dev lo", 2));
        run("ip -n a -6 route add 2001:db8:12::1 via 2001:db8:1::2", 0);
        // The gateway must be on a connected prefix, not behind another gateway.
        assertEquals("RTNETLINK answers: No route to host\n", run("ip -n a -6 route add 2001:db8:13::/64 via 2001:db8:12::1", 2));
        assertEquals("2001:db8:12::1 via 2001:db8:1::2 dev veth0 metric 1024 linkdown pref medium\n",
                run("ip -n a -6 route show 2001:db8:12::1", 0));
    }

    @Test
    void neighPrefixFilterAndFlush() {
        run("ip netns add a", 0);
        run("ip link add veth0 netns a type veth peer name veth1", 0);
        run("ip -n a link set veth0 up", 0);
        run("ip -n a -6 neigh add 2001:db8:1::5 lladdr 02:00:00:00:00:05 dev veth0", 0);
        run("ip -n a -6 neigh add fe80::5 lladdr 02:00:00:00:00:15 dev veth0 nud stale", 0);
        assertEquals("2001:db8:1::5 dev veth0 lladdr 02:00:00:00:00:05 PERMANENT \n", run("ip -n a -6 neigh show 2001:db8:1::/64", 0));
        assertEquals("fe80::5 dev veth0 lladdr 02:00:00:00:00:15 STALE \n", run("ip -n a -6 neigh show to fe80::5", 0));
        assertEquals("2001:db8:1::5 dev veth0 lladdr 02:00:00:00:00:05 PERMANENT \n", run("ip -n a neigh show 2001:db8:1::5", 0));
        run("ip -n a neigh flush dev veth0", 0);
        assertEquals("2001:db8:1::5 dev veth0 lladdr 02:00:00:00:00:05 PERMANENT \n", run("ip -n a -6 neigh show", 0));
        run("ip -n a -6 neigh flush dev veth0 nud all", 0);
        assertEquals("", run("ip -n a -6 neigh show", 0));
    }

    @Test
    void nodadAddressOnDownDeviceHasItsLocalRoute() {
        run("ip link add veth0 type veth peer name veth1", 0);
        run("ip addr add 2001:db8:1::1/64 dev veth0 nodad", 0);
        run("ip addr add 2001:db8:2::1/64 dev veth0", 0);
        assertEquals("""
                local ::1 dev lo table local proto kernel metric 0 pref medium
                local 2001:db8:1::1 dev veth0 table local proto kernel metric 0 pref medium
                """, run("ip -6 route show table all", 0));
        run("ip link set veth0 up", 0);
        assertEquals("""
                2001:db8:1::/64 dev veth0 proto kernel metric 256 linkdown pref medium
                2001:db8:2::/64 dev veth0 proto kernel metric 256 linkdown pref medium
                local ::1 dev lo table local proto kernel metric 0 pref medium
                local 2001:db8:1::1 dev veth0 table local proto kernel metric 0 pref medium
                """, run("ip -6 route show table all", 0));
    }

    @Test
    void routeFlush() {
        run("ip link add veth0 type veth peer name veth1", 0);
        run("ip link set veth0 up", 0);
        run("ip link set veth1 up", 0);
        run("ip addr add 2001:db8:1::1/64 dev veth0 nodad", 0);
        run("ip -6 route add 2001:db8:5::/64 via 2001:db8:1::2", 0);
        run("ip -6 route add 2001:db8:6::/64 dev veth1", 0);
        assertEquals("", run("ip -6 route flush dev veth0", 0));
        assertTrue(run("ip -6 route show", 0).startsWith("2001:db8:6::/64 dev veth1 metric 1024 pref medium\n"));
        run("ip -6 route flush 2001:db8:6::/64", 0);
        assertEquals("fe80::/64 dev veth1 proto kernel metric 256 pref medium\n", run("ip -6 route show", 0));
        assertTrue(run("ip -6 route show table local", 0).contains("local 2001:db8:1::1 dev veth0 proto kernel metric 0 pref medium\n"));
    }

    @Test
    void hostAddressesGetPrefixRoutesAndListingsSelectByProtoTypeAndVia() {
        setUp();
        run("ip -n a addr add 2001:db8:5::5/128 dev veth0 nodad", 0);
        assertTrue(run("ip -n a -6 route show", 0).contains("2001:db8:5::5 dev veth0 proto kernel metric 256 pref medium\n"));
        run("ip -n a -6 route add 2001:db8:4::/64 via 2001:db8:1::2 proto static", 0);
        assertEquals("2001:db8:4::/64 via 2001:db8:1::2 dev veth0 metric 1024 pref medium\n", run("ip -n a -6 route show proto static", 0));
        assertEquals("2001:db8:4::/64 dev veth0 proto static metric 1024 pref medium\n",
                run("ip -n a -6 route show via 2001:db8:1::2", 0));
        assertTrue(run("ip -n a -6 route show type local table local", 0).startsWith("local "));
        assertEquals("Error: argument \"x\" is wrong: invalid \"protocol\"\n\n", run("ip -n a -6 route show proto x", 255));
    }

    @Test
    void disabledDevicesRefuseAddressesAndRoutes() {
        setUp();
        run("ip netns exec a sysctl -q -w net.ipv6.conf.veth0.disable_ipv6=1", 0);
        assertEquals("Error: ipv6: IPv6 is disabled on this device.\n", run("ip -n a -6 addr add 2001:db8:9::1/64 dev veth0", 2));
        assertEquals("Error: IPv6 is disabled on nexthop device.\n", run("ip -n a -6 route add 2001:db8:9::/64 dev veth0", 2));
    }

    @Test
    void aBoundDeviceSeesTheLoopedReplyToItsOwnAddress() {
        setUp();
        // the reply to veth0's own address comes back through lo, with veth0 as its input interface
        run("ip -n a link set lo up", 0);
        run("ip -n b link set lo up", 0);
        String out = run("ip netns exec a ping -c 1 -W 1 -I veth0 2001:db8:1::1", 0);
        assertTrue(out.startsWith("PING 2001:db8:1::1(2001:db8:1::1) from 2001:db8:1::1 veth0: 56 data bytes\n"), out);
        out = run("ip netns exec b ping -c 1 -W 1 -I 2001:db8:2::2 -I veth1 2001:db8:1::2", 1);
        assertTrue(out.contains("1 packets transmitted, 0 received"), out);
    }
}
