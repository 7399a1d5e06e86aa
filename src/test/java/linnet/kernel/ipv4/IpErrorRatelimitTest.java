package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ip_error's token bucket shared with the ICMP rate limit (numbers recorded on the oracle, scenario 310). */
class IpErrorRatelimitTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(9, Lab.Profile.BARE));

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static long errors(String out) { return out.lines().filter(l -> l.startsWith("From ")).count(); }

    @Test
    void twoErrorsThenNoneThenOneASecond() {
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1", "ip netns add p",
                "ip link add eth5 type veth peer name eth6 netns p", "ip addr add 192.0.2.1/24 dev eth5",
                "ip -n p addr add 192.0.2.2/24 dev eth6", "ip link set eth5 up", "ip -n p link set eth6 up",
                "ip route add default via 192.0.2.2", "ip netns exec p sysctl -q -w net.ipv4.ip_forward=1",
                "ip netns exec p ip route add unreachable 8.8.8.0/24", "ip netns exec p ip route add prohibit 9.9.9.0/24"}) run(l);
        assertEquals(2, errors(run("ping -c 8 -i 0.2 -W 1 8.8.8.8")));
        assertEquals(0, errors(run("ping -c 8 -i 0.2 -W 1 8.8.8.8")));
        assertEquals(0, errors(run("ping -c 8 -i 0.2 -W 1 9.9.9.9")));
        run("ip netns exec p sysctl -q -w net.ipv4.icmp_ratelimit=0");
        // ip_error alone: the credit left plus 0.2 s per packet buys one error per second
        assertEquals(2, errors(run("ping -c 8 -i 0.2 -W 1 8.8.8.8")));
        assertEquals(3, errors(run("ping -c 3 -i 1.1 -W 1 8.8.8.8")));
    }
}
