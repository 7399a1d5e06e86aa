package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** -m rpfilter: a source with no route back fails, loopback passes, only raw/mangle PREROUTING (scenario 313). */
class IptRpfilterTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(18, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void spoofedSourceFails() {
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1", "ip netns add s",
                "ip link add eth5 type veth peer name eth6 netns s", "ip addr add 192.0.2.1/24 dev eth5",
                "ip addr add 203.0.113.7/32 dev eth5", "ip -n s addr add 192.0.2.2/24 dev eth6", "ip link set eth5 up",
                "ip -n s link set eth6 up", "ip netns exec s iptables -t raw -A PREROUTING -m rpfilter --invert"}) run(l);
        run("ping -q -c 1 -W 1 192.0.2.2");
        run("ping -q -c 1 -W 1 -I 203.0.113.7 192.0.2.2");
        assertTrue(run("ip netns exec s iptables -t raw -S PREROUTING -v").contains("-m rpfilter --invert -c 1 84"));
        assertEquals("iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
                run("ip netns exec s iptables -A INPUT -m rpfilter"));
        assertEquals(4, rc);
    }
}
