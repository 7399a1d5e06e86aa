package linnet.tools.nstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** nstat: the constants left out, patterns, history increments, JSON, option errors. */
class NstatTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(4, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void idleNamespaceShowsOnlyTheSourceLine() {
        run("ip netns add x");
        assertEquals("#kernel\n", run("ip netns exec x nstat -as"));
        String all = run("ip netns exec x nstat -asz");
        assertTrue(all.startsWith("#kernel\nIpInReceives                    0                  0.0\n"), all);
        assertTrue(!all.contains("TcpCurrEstab") && !all.contains("IpForwarding") && all.contains("TcpExtTW "), all);
        assertEquals("#kernel\nTcpActiveOpens                  0                  0.0\n",
                run("ip netns exec x nstat -asz tcpactive* TcpMaxConn"));
    }

    @Test
    void historyGivesIncrements() {
        run("ip link set lo up");
        run("ping -q -c 2 -i 0.2 127.0.0.1");
        run("NSTAT_HISTORY=/tmp/h nstat -n");
        run("ping -q -c 1 127.0.0.1");
        assertEquals("#kernel\nIpInReceives                    2                  0.0\n", run("NSTAT_HISTORY=/tmp/h nstat IpInReceives"));
        assertEquals("#kernel\n", run("NSTAT_HISTORY=/tmp/h nstat IpInReceives"));
        assertEquals("{\"kernel\":{\"IcmpInEchos\":3}}\n", run("nstat -asj IcmpInEchos"));
    }

    @Test
    void badOptionsPrintUsage() {
        String out = run("nstat -x");
        assertTrue(out.startsWith("nstat: invalid option -- 'x'\nUsage: nstat [OPTION]"), out);
        assertEquals(255, rc);
        assertEquals("nstat: invalid time constant divisor\n", run("nstat -t 0"));
        assertEquals(255, rc);
        assertEquals("nstat utility, iproute2-6.1.0\n", run("nstat -V"));
        assertEquals(0, rc);
    }
}
