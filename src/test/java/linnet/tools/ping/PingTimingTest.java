package linnet.tools.ping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** iputils' timing (a payload of at least a struct timeval), -M values and IP_TTL's range. */
class PingTimingTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(5, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void smallPayloadsAreNotTimed() {
        run("ip link set lo up");
        String out = run("ping -c 1 -s 15 127.0.0.1");
        assertEquals(0, rc);
        assertTrue(out.contains("23 bytes from 127.0.0.1: icmp_seq=1 ttl=64\n"), out);
        assertFalse(out.contains("rtt"), out);
        // finish() still ends with the newline of the (empty) rtt line
        assertTrue(out.endsWith("0% packet loss, time 0ms\n\n"), out);
        String timed = run("ping -c 1 -s 16 127.0.0.1");
        assertTrue(timed.contains("24 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time="), timed);
        assertTrue(timed.contains("\nrtt min/avg/max/mdev = "), timed);
    }

    @Test
    void badPmtuModeAndZeroTtlAreRefused() {
        run("ip link set lo up");
        assertEquals("ping: invalid -M argument: bogus\n", run("ping -c 1 -M bogus 127.0.0.1"));
        assertEquals(2, rc);
        assertEquals("ping: cannot set unicast time-to-live: Invalid argument\n", run("ping -c 1 -t 0 127.0.0.1"));
        assertEquals(2, rc);
        // iputils 20221126 knows do, dont and want only
        assertEquals("ping: invalid -M argument: probe\n", run("ping -c 1 -M probe 127.0.0.1"));
        run("ping -c 1 -M want 127.0.0.1");
        assertEquals(0, rc);
    }
}
