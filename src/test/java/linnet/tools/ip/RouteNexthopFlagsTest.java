package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** fib_create_info's nexthop checks for onlink and the error route types (texts from Linux 6.18). */
class RouteNexthopFlagsTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onlinkWithoutGatewayIsRefusedWhateverTheDevice() {
        run("ip link add v0 type veth peer name v1");
        for (String l : new String[] {"ip route add 10.2.0.0/24 dev v0 onlink", "ip route add 10.2.0.0/24 onlink"}) {
            assertEquals("Error: Invalid flags for nexthop - PERVASIVE and ONLINK can not be set.\n", run(l));
            assertEquals(2, rc);
        }
    }

    @Test
    void errorTypesTakeNoNexthopButKeepOnlink() {
        run("ip link add v0 type veth peer name v1");
        assertEquals("Error: Gateway, device and multipath can not be specified for this route type.\n",
                run("ip route add unreachable 10.6.0.0/24 dev v0"));
        assertEquals(2, rc);
        run("ip route add blackhole 10.5.0.0/24 onlink");
        assertEquals("blackhole 10.5.0.0/24 onlink \n", run("ip route show"));
    }
}
