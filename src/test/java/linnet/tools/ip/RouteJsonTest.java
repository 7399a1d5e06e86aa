package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ip -j route get, -d table naming and a failing JSON dump, as the oracle prints them. */
class RouteJsonTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int rc;

    String run(String line) {
        out.reset();
        err.reset();
        rc = sh.runLine(line, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void setUp() {
        run("ip link add v0 type veth peer name v1");
        run("ip addr add 10.0.0.1/24 dev v0");
        run("ip link set v0 up");
        run("ip link set v1 up");
        run("ip route add 10.5.0.0/16 via 10.0.0.2 metric 5");
    }

    @Test
    void routeGetAsJson() {
        assertEquals("[{\"dst\":\"10.5.1.1\",\"gateway\":\"10.0.0.2\",\"dev\":\"v0\",\"prefsrc\":\"10.0.0.1\",\"flags\":[],"
                + "\"mark\":32,\"uid\":0,\"cache\":[]}]\n", run("ip -j route get 10.5.1.1 mark 0x20"));
        assertEquals("[{\"type\":\"local\",\"dst\":\"10.0.0.1\",\"dev\":\"lo\",\"prefsrc\":\"10.0.0.1\",\"flags\":[],\"uid\":0,"
                + "\"cache\":[\"local\"]}]\n", run("ip -j route get 10.0.0.1"));
    }

    @Test
    void detailsNameTheMainTableOnlyInAListingOfEveryTable() {
        assertTrue(run("ip -d route show table all").contains("unicast 10.5.0.0/16 via 10.0.0.2 dev v0 table main "));
        assertEquals(false, run("ip -d route show").contains("table main"));
    }

    @Test
    void aFailingDumpLeavesTheArraysOpeningOnStdout() {
        assertEquals("[ ", run("ip -j -p route show table 56"));
        assertEquals(2, rc);
        assertEquals("Error: ipv4: FIB table does not exist.\nDump terminated\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("[", run("ip -j route show table 56"));
    }
}
