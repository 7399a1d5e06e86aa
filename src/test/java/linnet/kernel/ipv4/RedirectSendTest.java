package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ip_rt_send_redirect: sent when forwarding back out of the input device, backing off per source host. */
class RedirectSendTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner topo() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip netns add g", "ip link add h0 type veth peer name g0 netns g",
                "ip addr add 172.16.0.10/24 dev h0", "ip addr add 172.16.0.11/24 dev h0", "ip link set h0 up",
                "ip -n g addr add 172.16.0.1/24 dev g0", "ip -n g link set g0 up", "ip netns exec g sysctl -w net.ipv4.ip_forward=1",
                "ip -n g route add 10.9.0.0/24 via 172.16.0.11", "ip route add default via 172.16.0.1"}) run(r, l);
        return r;
    }

    private static String redirects(String out) {
        return out.lines().filter(l -> l.contains("Redirect")).collect(Collectors.joining("\n"));
    }

    @Test
    void backsOffPerSource() {
        ScriptRunner r = topo();
        String want = java.util.stream.IntStream.of(1, 2, 3, 4, 6)
                .mapToObj(i -> "From 172.16.0.1: icmp_seq=" + i + " Redirect Host(New nexthop: 172.16.0.11)")
                .collect(Collectors.joining("\n"));
        assertEquals(want, redirects(run(r, "ping -c 8 -i 0.2 -W 1 -I 172.16.0.10 10.9.0.2")));
        assertEquals("From 172.16.0.1: icmp_seq=1 Redirect Host(New nexthop: 172.16.0.11)",
                redirects(run(r, "ping -c 1 -W 1 -I 172.16.0.11 10.9.0.2")));
    }

    @Test
    void sendRedirectsOffOnBothAllAndDevice() {
        ScriptRunner r = topo();
        run(r, "ip netns exec g sysctl -w net.ipv4.conf.all.send_redirects=0");
        assertEquals(1, redirects(run(r, "ping -c 1 -W 1 10.9.0.2")).lines().count());
        run(r, "ip netns exec g sysctl -w net.ipv4.conf.g0.send_redirects=0");
        assertEquals("", redirects(run(r, "ping -c 1 -W 1 -I 172.16.0.11 10.9.0.2")));
    }
}
