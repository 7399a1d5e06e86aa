package linnet.tools.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * `brctl showstp` with its per-port sections (port id, state, path cost, the running forward-delay
 * timer of a port made forwarding without STP) and its errors, as recorded on the oracle kernel. The
 * random bridge id and the timers that depend on elapsed wall time (hello, gc, forward delay) are masked.
 */
class BrctlShowstpTest {
    private static final String[][] TRANSCRIPT = {
            {"ip link add br0 type bridge",
             ""},
            {"ip link add veth0 type veth peer name veth1",
             ""},
            {"ip link add veth2 type veth peer name veth3",
             ""},
            {"brctl addif br0 veth0",
             ""},
            {"brctl addif br0 veth2",
             ""},
            {"ip link set veth0 up",
             ""},
            {"ip link set veth1 up",
             ""},
            {"ip link set br0 up",
             ""},
            {"brctl showstp br0",
             "br0\n bridge id\t\t8000.26aa6ffd5af4\n designated root\t8000.26aa6ffd5af4\n root port\t\t   0\t\t\tpath cost\t\t   0\n max age\t\t  20.00\t\t\tbridge max age\t\t  20.00\n hello time\t\t   2.00\t\t\tbridge hello time\t   2.00\n forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00\n ageing time\t\t 300.00\n hello timer\t\t   0.00\t\t\ttcn timer\t\t   0.00\n topology change timer\t   0.00\t\t\tgc timer\t\t   0.09\n flags\t\t\t\n\n\nveth0 (1)\n port id\t\t8001\t\t\tstate\t\t     forwarding\n designated root\t8000.26aa6ffd5af4\tpath cost\t\t   2\n designated bridge\t8000.26aa6ffd5af4\tmessage age timer\t   0.00\n designated port\t8001\t\t\tforward delay timer\t  14.99\n designated cost\t   0\t\t\thold timer\t\t   0.00\n flags\t\t\t\n\nveth2 (2)\n port id\t\t8002\t\t\tstate\t\t       disabled\n designated root\t8000.26aa6ffd5af4\tpath cost\t\t   2\n designated bridge\t8000.26aa6ffd5af4\tmessage age timer\t   0.00\n designated port\t8002\t\t\tforward delay timer\t   0.00\n designated cost\t   0\t\t\thold timer\t\t   0.00\n flags\t\t\t\n\n"},
            {"brctl stp br0 on",
             ""},
            {"brctl showstp br0",
             "br0\n bridge id\t\t8000.26aa6ffd5af4\n designated root\t8000.26aa6ffd5af4\n root port\t\t   0\t\t\tpath cost\t\t   0\n max age\t\t  20.00\t\t\tbridge max age\t\t  20.00\n hello time\t\t   2.00\t\t\tbridge hello time\t   2.00\n forward delay\t\t  15.00\t\t\tbridge forward delay\t  15.00\n ageing time\t\t 300.00\n hello timer\t\t   1.99\t\t\ttcn timer\t\t   0.00\n topology change timer\t   0.00\t\t\tgc timer\t\t   0.08\n flags\t\t\t\n\n\nveth0 (1)\n port id\t\t8001\t\t\tstate\t\t     forwarding\n designated root\t8000.26aa6ffd5af4\tpath cost\t\t   2\n designated bridge\t8000.26aa6ffd5af4\tmessage age timer\t   0.00\n designated port\t8001\t\t\tforward delay timer\t  14.98\n designated cost\t   0\t\t\thold timer\t\t   0.00\n flags\t\t\t\n\nveth2 (2)\n port id\t\t8002\t\t\tstate\t\t       disabled\n designated root\t8000.26aa6ffd5af4\tpath cost\t\t   2\n designated bridge\t8000.26aa6ffd5af4\tmessage age timer\t   0.00\n designated port\t8002\t\t\tforward delay timer\t   0.00\n designated cost\t   0\t\t\thold timer\t\t   0.00\n flags\t\t\t\n\n"},
            {"brctl showstp nosuch",
             "bridge nosuch does not exist!\n[exit 1]\n"},
            {"brctl showstp veth0",
             "device veth0 is not a bridge!\n[exit 1]\n"},
    };

    private static String mask(String s) {
        return s.replaceAll("8000\\.[0-9a-f]{12}", "8000.<id>")
                .replaceAll("(hello timer|gc timer|forward delay timer)(\\t+) *[0-9]+\\.[0-9]{2}", "$1$2<T>");
    }

    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        String got = b.toString(StandardCharsets.UTF_8);
        return rc != 0 ? got + "[exit " + rc + "]\n" : got;
    }

    @Test
    void showstpAsRecorded() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String[] step : TRANSCRIPT) assertEquals(mask(step[1]), mask(run(r, step[0])), step[0]);
    }

    @Test
    void forwardDelayTimerRunsWithoutStp() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add br0 type bridge", "ip link add veth0 type veth peer name veth1",
                "brctl addif br0 veth0", "ip link set veth0 up", "ip link set veth1 up",
                "ip link set br0 up"}) {
            assertEquals("", run(r, l), l);
        }
        String got = run(r, "brctl showstp br0");
        // one command after the bridge came up, as the kernel shows it
        assertTrue(got.contains(" designated port\t8001\t\t\tforward delay timer\t  14.99\n"), got);
    }
}
