package linnet.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * Namespaces share the sysctl schema but not the values: a write in one namespace (to a plain knob
 * or a per-device directory knob) shows nowhere else, and new namespaces and devices get the defaults.
 */
class SysctlIsolationTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static final List<String> KEYS = List.of("net.ipv4.ip_forward", "net.ipv4.ip_default_ttl",
            "net.ipv4.conf.all.rp_filter", "net.ipv4.conf.default.forwarding", "net.ipv4.conf.lo.arp_ignore",
            "net.ipv4.conf.lo.send_redirects", "net.ipv4.neigh.lo.base_reachable_time_ms",
            "net.ipv4.tcp_syn_retries", "net.ipv6.conf.lo.disable_ipv6");

    @Test
    void writesStayInTheirNamespaceAndDefaultsAreUnchanged() {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        ScriptRunner r = new ScriptRunner(lab);
        run(r, "ip netns add a");
        run(r, "ip netns add b");
        Net a = lab.main.host.netns().get("a"), b = lab.main.host.netns().get("b");
        List<String> defaults = KEYS.stream().map(k -> a.sysctl.get(k).value()).toList();
        assertEquals(List.of("0", "64", "0", "0", "0", "1", "30000", "6", "0"), defaults);

        for (String w : new String[] {"net.ipv4.ip_forward=1", "net.ipv4.ip_default_ttl=7", "net.ipv4.conf.all.rp_filter=2",
            "net.ipv4.conf.default.forwarding=1", "net.ipv4.conf.lo.arp_ignore=2", "net.ipv4.conf.lo.send_redirects=0",
            "net.ipv4.neigh.lo.base_reachable_time_ms=1234", "net.ipv4.tcp_syn_retries=99",
            "net.ipv6.conf.lo.disable_ipv6=1"}) {
            assertEquals(w.replace("=", " = ") + "\n", run(r, "ip netns exec a sysctl -w " + w));
        }
        // 1234 ms is kept as 309 ticks at HZ=250, which read back as 1236 ms.
        assertEquals(List.of("1", "7", "2", "1", "2", "0", "1236", "99", "1"),
                KEYS.stream().map(k -> a.sysctl.get(k).value()).toList());
        assertEquals(defaults, KEYS.stream().map(k -> b.sysctl.get(k).value()).toList(), "b is untouched");
        Net root = lab.main.kernel.initNet();
        assertEquals(defaults, KEYS.stream().map(k -> root.sysctl.get(k).value()).toList(), "the root is untouched");
        assertEquals("net.ipv4.conf.lo.arp_ignore = 0\n", run(r, "ip netns exec b sysctl net.ipv4.conf.lo.arp_ignore"));

        // A namespace made afterwards starts from the defaults, and a device in a starts from a's "default".
        run(r, "ip netns add c");
        Net c = lab.main.host.netns().get("c");
        assertEquals(defaults, KEYS.stream().map(k -> c.sysctl.get(k).value()).toList());
        run(r, "ip -n a link add d0 type veth peer name d1");
        run(r, "ip -n c link add d0 type veth peer name d1");
        assertEquals("1", a.sysctl.get("net.ipv4.conf.d0.forwarding").value());
        assertEquals("0", c.sysctl.get("net.ipv4.conf.d0.forwarding").value());

        // Deleting a namespace's device removes its directory there only.
        run(r, "ip -n a link del d0");
        assertNull(a.sysctl.get("net.ipv4.conf.d0.forwarding"));
        assertEquals("0", c.sysctl.get("net.ipv4.conf.d0.forwarding").value());
    }
}
