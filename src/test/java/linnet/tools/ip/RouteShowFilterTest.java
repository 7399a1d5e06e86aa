package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** `ip route show` filters: dev/via/src given exactly are left out of each line, a type filter is not (oracle). */
class RouteShowFilterTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filteredFieldsAreNotRepeated() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add eth-up type veth peer name eth-up-peer", "ip addr add 172.20.1.5/28 dev eth-up",
            "ip link set eth-up up", "ip link set eth-up-peer up", "ip route add 10.50.0.0/16 via 172.20.1.1",
            "ip route add 10.94.0.0/24 via 172.20.1.1 src 172.20.1.5", "ip route add blackhole 10.90.0.0/24"}) {
            run(r, l);
        }
        assertEquals("""
                10.50.0.0/16 via 172.20.1.1\s
                10.94.0.0/24 via 172.20.1.1 src 172.20.1.5\s
                172.20.1.0/28 proto kernel scope link src 172.20.1.5\s
                """, run(r, "ip route show dev eth-up"));
        assertEquals("10.50.0.0/16 dev eth-up \n10.94.0.0/24 dev eth-up src 172.20.1.5 \n",
                run(r, "ip route show via 172.20.1.1"));
        assertEquals("blackhole 10.90.0.0/24 \n", run(r, "ip route show type blackhole"));
    }
}
