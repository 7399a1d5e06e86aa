package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** /proc/net/route flags for reject/blackhole/throw routes and its MTU column, as recorded on the oracle kernel. */
class ProcNetRouteTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String row(String s) { return String.format("%-127s%n", s); }

    @Test
    void flagsAndMtuColumn() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add d0 type veth peer name d1", "ip link set d1 up", "ip link set d0 up",
                "ip addr add 10.1.0.1/24 dev d0", "ip route add 10.9.0.0/24 via 10.1.0.2 mtu 1400",
                "ip route add blackhole 10.20.0.0/16", "ip route add unreachable 10.21.0.0/16",
                "ip route add prohibit 10.22.0.0/16", "ip route add throw 10.23.0.0/16",
                "ip route add 10.24.0.0/16 dev d0 mtu 1300"}) {
            assertEquals("", run(r, l), l);
        }
        assertEquals(row("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT")
                + row("d0\t0000010A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0")
                + row("d0\t0000090A\t0200010A\t0003\t0\t0\t0\t00FFFFFF\t0\t0\t0")
                + row("*\t0000140A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0")
                + row("*\t0000150A\t00000000\t0201\t0\t0\t0\t0000FFFF\t0\t0\t0")
                + row("*\t0000160A\t00000000\t0201\t0\t0\t0\t0000FFFF\t0\t0\t0")
                + row("*\t0000170A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0")
                + row("d0\t0000180A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0"),
                run(r, "cat /proc/net/route"));
    }
}
