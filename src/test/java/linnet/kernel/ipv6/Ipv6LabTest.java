package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.ipv4.Neighbour;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.sim.EventLoop;
import linnet.wire.Inet6;
import org.junit.jupiter.api.Test;

/**
 * IPv6 on root veth0 (02:00:00:00:00:01) <-> ns1 veth1 (02:00:00:00:00:02): the automatic
 * addresses and routes, DAD timing, and the neighbour discovery / NUD flow on the virtual clock.
 */
class Ipv6LabTest {
    static final long SEC = EventLoop.NS_PER_SEC;

    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);
    Net root, ns1;

    String run(String line, int rc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int got = sh.runLine(line, p, p);
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(rc, got, line + "\n" + out);
        return out;
    }

    void setUp(boolean withGlobals) {
        for (String l : new String[] {
                "ip netns add ns1",
                "ip link add veth0 type veth peer name veth1",
                "ip link set dev veth0 address 02:00:00:00:00:01",
                "ip link set dev veth1 address 02:00:00:00:00:02",
                "ip link set veth1 netns ns1",
                "ip link set veth0 up",
                "ip netns exec ns1 ip link set veth1 up"}) {
            run(l, 0);
        }
        if (withGlobals) {
            run("ip addr add 2001:db8::1/64 dev veth0 nodad", 0);
            run("ip netns exec ns1 ip addr add 2001:db8::2/64 dev veth1 nodad", 0);
        }
        root = lab.main.host.kernel().initNet();
        ns1 = lab.main.host.netns().get("ns1");
    }

    static List<String> routes(Fib6Table t) {
        List<String> l = new ArrayList<>();
        for (Rt6Info r : t.dump()) l.add(r.type + " " + Inet6.format(r.dst) + "/" + r.dstLen + " " + r.dev.name() + " " + r.metric);
        return l;
    }

    String state(Net net, String addr) {
        for (Neigh6 n : NetnsIpv6.of(net).nd.entries()) {
            if (Inet6.format(n.key).equals(addr)) return Neighbour.stateName(n.state);
        }
        return null;
    }

    @Test
    void automaticRoutesAndDad() {
        setUp(false);
        NetnsIpv6 ns = NetnsIpv6.of(root);
        assertEquals(List.of("1 fe80::/64 veth0 256"), routes(ns.main));
        // ::1 is local at once; the link-local waits for DAD; ff00::/8 is there with the link.
        assertEquals(List.of("2 ::1/128 lo 0", "5 ff00::/8 veth0 256"), routes(ns.local));
        Inet6Ifaddr ll = Addrconf.of(root.byName("veth0")).addrs.get(0);
        assertEquals("fe80::ff:fe00:1", Inet6.format(ll.addr));
        assertTrue(ll.tentative());
        lab.loop.advance(2 * SEC);
        assertTrue(!ll.tentative(), "DAD ends within rtr_solicit_delay + retrans_time");
        assertEquals(List.of("2 ::1/128 lo 0", "2 fe80::ff:fe00:1/128 veth0 0", "5 ff00::/8 veth0 256"), routes(ns.local));
        run("ip addr add 2001:db8::1/64 dev veth0 nodad", 0);
        run("ip addr add 2001:db8:0:5::1/48 dev veth0", 0);
        // fib6 walk order: by address bits, a more specific prefix before the one containing it.
        assertEquals(List.of("1 2001:db8::/64 veth0 256", "1 2001:db8::/48 veth0 256", "1 fe80::/64 veth0 256"),
                routes(ns.main));
        assertEquals("2 2001:db8::1/128 veth0 0", routes(ns.local).get(1), "nodad: local route at once");
        run("sysctl -w net.ipv6.conf.veth0.disable_ipv6=1", 0);
        assertEquals(List.of(), routes(ns.main));
        assertEquals(List.of("2 ::1/128 lo 0"), routes(ns.local));
        run("sysctl -w net.ipv6.conf.veth0.disable_ipv6=0", 0);
        assertEquals(List.of("1 fe80::/64 veth0 256"), routes(ns.main));
    }

    @Test
    void addrgenmodeNoneMakesNoLinkLocalAndNoPrefixRoute() {
        run("ip link add veth2 type veth peer name veth3", 0);
        run("ip link set dev veth2 addrgenmode none", 0);
        run("ip link set veth2 up", 0);
        run("ip link set veth3 up", 0);
        root = lab.main.host.kernel().initNet();
        assertTrue(Addrconf.of(root.byName("veth2")).addrs.isEmpty());
        assertEquals(List.of("1 fe80::/64 veth3 256"), routes(NetnsIpv6.of(root).main));
    }

    @Test
    void neighbourDiscoveryAndNud() {
        setUp(true);
        assertNull(state(root, "2001:db8::2"));
        String out = run("ping -6 -c 1 2001:db8::2", 0);
        assertTrue(out.contains("64 bytes from 2001:db8::2: icmp_seq=1 ttl=64"), out);
        assertEquals("REACHABLE", state(root, "2001:db8::2"), "a solicited NA confirms");
        // ns1 learnt 2001:db8::1 from the NS (STALE), then sent its echo reply through it.
        assertEquals("DELAY", state(ns1, "2001:db8::1"));
        // DELAY -> PROBE (unicast NS) -> solicited NA -> REACHABLE.
        lab.loop.advance(6 * SEC);
        assertEquals("REACHABLE", state(ns1, "2001:db8::1"));
        lab.loop.advance(60 * SEC);
        assertEquals("STALE", state(root, "2001:db8::2"), "no confirmation for reachable_time: STALE");
        // Nobody answers for ::99: INCOMPLETE, three multicast probes, FAILED, and the queued echo
        // request comes back as "address unreachable".
        out = run("ping -6 -c 1 -W 5 2001:db8::99", 1);
        assertTrue(out.contains("From 2001:db8::1 icmp_seq=1 Destination unreachable: Address unreachable"), out);
        assertEquals("FAILED", state(root, "2001:db8::99"));
        out = run("ip -6 neigh show dev veth0", 0);
        assertTrue(out.contains("2001:db8::99 FAILED"), out);
    }

    @Test
    void routeGetAndUnreachable() {
        setUp(true);
        assertEquals("2001:db8::2 from :: dev veth0 proto kernel src 2001:db8::1 metric 256 pref medium\n",
                run("ip -6 route get 2001:db8::2", 0));
        assertEquals("local 2001:db8::1 from :: dev lo table local proto kernel src 2001:db8::1 metric 0 pref medium\n",
                run("ip -6 route get 2001:db8::1", 0));
        assertEquals("RTNETLINK answers: Network is unreachable\n", run("ip -6 route get 2001:db9::1", 2));
        assertEquals("ping: connect: Network is unreachable\n", run("ping -6 -c 1 2001:db9::1", 2));
    }
}
