package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ip route get fibmatch / connected / prefix lengths and input broadcast routes, as recorded on the oracle. */
class RouteGetFibmatchTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner host() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip link add x1 type veth peer name y1", "ip addr add 172.16.1.1/24 dev x1",
                "ip link set x1 up", "ip link set y1 up", "ip route add 172.20.0.0/16 via 172.16.1.9 metric 5"}) run(r, l);
        return r;
    }

    @Test
    void fibmatchPrintsTheMatchedEntryWithLocalAsMain() {
        ScriptRunner r = host();
        assertEquals("172.20.0.0/16 via 172.16.1.9 dev x1 metric 5 \n", run(r, "ip route get fibmatch 172.20.3.4"));
        assertEquals("local 172.16.1.1 dev x1 proto kernel scope host src 172.16.1.1 \n", run(r, "ip route get fibmatch 172.16.1.1"));
        assertEquals("RTNETLINK answers: Network is unreachable\n", run(r, "ip route get fibmatch 10.99.0.1"));
    }

    @Test
    void connectedAsksAgainFromTheChosenSource() {
        String one = "172.16.1.7 dev x1 src 172.16.1.1 uid 0 \n    cache \n";
        assertEquals(one + one, run(host(), "ip route get 172.16.1.7 connected"));
    }

    @Test
    void prefixLengthsOfDestinationAndSource() {
        ScriptRunner r = host();
        assertEquals("Warning: /24 as prefix is invalid, only /32 (or none) is supported.\n172.16.1.0 dev x1 src 172.16.1.1 uid 0 \n    cache \n",
                run(r, "ip route get 172.16.1.0/24"));
        assertEquals("Error: ipv4: Invalid values in header for route get request.\n", run(r, "ip route get 172.16.1.7 from 172.16.1.0/24"));
    }

    @Test
    void inputBroadcastIsDeliveredThroughLoopback() {
        ScriptRunner r = host();
        assertEquals("broadcast 172.16.1.255 from 172.16.1.7 dev lo \n    cache <local,brd> iif x1 \n",
                run(r, "ip route get 172.16.1.255 from 172.16.1.7 iif x1"));
    }
}
