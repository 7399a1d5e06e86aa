package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.sim.EventLoop;
import org.junit.jupiter.api.Test;

/** IPv6 address lifetimes: dynamic addresses, deprecation and expiry on the virtual clock. */
class Addr6LifetimeTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final ScriptRunner sh = new ScriptRunner(lab);

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFiniteLifetimeIsDynamicThenDeprecatedThenGone() {
        run("ip link add v0 type veth peer name v1");
        run("ip link set v0 up");
        run("ip addr add 2001:db8::2/64 dev v0 valid_lft 4 preferred_lft 2 nodad");
        String s = run("ip -6 addr show dev v0");
        assertTrue(s.contains("inet6 2001:db8::2/64 scope global nodad dynamic \n       valid_lft 4sec preferred_lft 2sec"), s);
        assertTrue(run("ip -6 route show dev v0").contains("expires 3sec") || run("ip -6 route show dev v0").contains("expires 4sec"));
        lab.loop.advance(2500 * EventLoop.NS_PER_MS);
        s = run("ip -6 addr show dev v0");
        assertTrue(s.contains("nodad deprecated dynamic \n       valid_lft 2sec preferred_lft 0sec"), s);
        lab.loop.advance(2 * EventLoop.NS_PER_SEC);
        assertEquals(false, run("ip -6 addr show dev v0").contains("2001:db8::2"));
        // The prefix route of a dynamic address outlives it, due (0 s) until it is collected.
        assertTrue(run("ip -6 route show dev v0").contains("2001:db8::/64 proto kernel metric 256 linkdown expires 0sec"));
    }

    @Test
    void aPermanentAddressWithNoPreferredLifetimeIsDeprecatedForever() {
        run("ip link add v0 type veth peer name v1");
        run("ip addr add 2001:dba::2/64 dev v0 preferred_lft 0 nodad");
        assertTrue(run("ip -6 addr show dev v0").contains("nodad deprecated \n       valid_lft forever preferred_lft 0sec"));
    }
}
