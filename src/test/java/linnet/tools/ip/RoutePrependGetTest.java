package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** `ip route prepend` and `ip route get` with `from` and an mtu metric, as recorded on the oracle kernel. */
class RoutePrependGetTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner lab() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add d0 type veth peer name d1", "ip link set d1 up", "ip link set d0 up",
                "ip addr add 10.1.0.1/24 dev d0", "ip route add 10.9.0.0/24 via 10.1.0.2 mtu 1400",
                "ip route prepend 10.9.0.0/24 via 10.1.0.3", "ip route prepend 10.8.0.0/24 via 10.1.0.4",
                "ip route prepend 10.8.0.0/24 via 10.1.0.5 metric 5", "ip route add 10.24.0.0/16 dev d0 mtu 1300"}) {
            assertEquals("", run(r, l), l);
        }
        return r;
    }

    @Test
    void prependGoesBeforeItsEquals() {
        assertEquals("""
                10.1.0.0/24 dev d0 proto kernel scope link src 10.1.0.1 \n\
                10.8.0.0/24 via 10.1.0.4 dev d0 \n\
                10.8.0.0/24 via 10.1.0.5 dev d0 metric 5 \n\
                10.9.0.0/24 via 10.1.0.3 dev d0 \n\
                10.9.0.0/24 via 10.1.0.2 dev d0 mtu 1400 \n\
                10.24.0.0/16 dev d0 scope link mtu 1300 \n\
                """, run(lab(), "ip route show"));
    }

    @Test
    void getShowsFromAndTheMtuMetric() {
        ScriptRunner r = lab();
        assertEquals("10.9.0.7 via 10.1.0.3 dev d0 src 10.1.0.1 uid 0 \n    cache \n", run(r, "ip route get 10.9.0.7"));
        assertEquals("10.9.0.7 from 10.1.0.1 via 10.1.0.3 dev d0 uid 0 \n    cache \n",
                run(r, "ip route get 10.9.0.7 from 10.1.0.1"));
        assertEquals("10.1.0.9 from 10.1.0.1 dev d0 uid 0 \n    cache \n", run(r, "ip route get 10.1.0.9 from 10.1.0.1"));
        assertEquals("10.24.0.1 dev d0 src 10.1.0.1 uid 0 \n    cache mtu 1300 \n", run(r, "ip route get 10.24.0.1"));
        assertEquals("10.24.0.1 from 10.1.0.1 dev d0 uid 0 \n    cache mtu 1300 \n",
                run(r, "ip route get 10.24.0.1 from 10.1.0.1"));
    }
}
