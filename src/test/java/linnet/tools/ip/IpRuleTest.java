package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** `ip rule` parsing, listing and errors as iproute2 6.1 shows them on the oracle kernel. */
class IpRuleTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner lab() { return new ScriptRunner(new Lab(1, Lab.Profile.BARE)); }

    @Test
    void selectorsPrintInIproute2Order() {
        ScriptRunner r = lab();
        assertEquals("", run(r, "ip rule add not from 10.8.0.0/24 to 10.9.0.1 tos 0x04 fwmark 0x1/0x1 iif lo oif nosuch"
                + " uidrange 5-6 ipproto udp sport 53 dport 1000-2000 lookup 109 proto boot"));
        assertEquals("0:\tfrom all lookup local\n"
                + "32765:\tnot from 10.8.0.0/24 to 10.9.0.1 tos 0x04 fwmark 0x1/0x1 iif lo oif nosuch [detached]"
                + " uidrange 5-6 ipproto udp sport 53 dport 1000-2000 lookup 109 proto boot\n"
                + "32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n", run(r, "ip rule"));
    }

    @Test
    void actionsAndGotoInTheListing() {
        ScriptRunner r = lab();
        run(r, "ip rule add pref 10 goto 20");
        run(r, "ip rule add pref 11 to 10.0.0.0/8 prohib");
        run(r, "ip rule add pref 12 brd");
        assertEquals("10:\tfrom all goto 20 [unresolved]\n11:\tfrom all to 10.0.0.0/8 prohibit\n12:\tfrom all nop\n",
                run(r, "ip rule show pref 10") + run(r, "ip rule show pref 11") + run(r, "ip rule show pref 12"));
        run(r, "ip rule add pref 20 table 5");
        assertEquals("10:\tfrom all goto 20\n", run(r, "ip rule show pref 10"));
        assertEquals("[{\"priority\":10,\"src\":\"all\",\"goto\":20}]\n", run(r, "ip -j rule show pref 10"));
    }

    @Test
    void errorsChangeNothing() {
        ScriptRunner r = lab();
        assertEquals("Error: argument \"x\" is wrong: preference value is invalid\n\n", run(r, "ip rule add pref x table 5"));
        assertEquals("Error: Invalid tos.\n", run(r, "ip rule add tos 0x20 table 5"));
        assertEquals("Error: Backward goto not supported.\n", run(r, "ip rule add pref 20 goto 20"));
        assertEquals("RTNETLINK answers: No such file or directory\n", run(r, "ip rule del table 77"));
        run(r, "ip rule add pref 30 table 5");
        assertEquals("RTNETLINK answers: File exists\n", run(r, "ip rule add pref 30 table 5"));
        assertEquals("0:\tfrom all lookup local\n30:\tfrom all lookup 5\n32766:\tfrom all lookup main\n"
                + "32767:\tfrom all lookup default\n", run(r, "ip rule"));
    }

    @Test
    void routeGetFollowsTheRuleTable() {
        ScriptRunner r = lab();
        for (String l : new String[] {"ip link add d0 type veth peer name d1", "ip link set d0 up", "ip link set d1 up",
                "ip addr add 10.1.0.1/24 dev d0", "ip route add default via 10.1.0.9 table 50",
                "ip rule add fwmark 0x10 table 50"}) {
            assertEquals("", run(r, l), l);
        }
        assertEquals("RTNETLINK answers: Network is unreachable\n", run(r, "ip route get 8.8.8.8"));
        assertEquals("8.8.8.8 via 10.1.0.9 dev d0 table 50 src 10.1.0.1 mark 0x10 uid 0 \n    cache \n",
                run(r, "ip route get 8.8.8.8 mark 16"));
    }
}
