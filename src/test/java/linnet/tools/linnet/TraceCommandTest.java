package linnet.tools.linnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.trace.Report;
import org.junit.jupiter.api.Test;

/** `linnet trace -- CMD`, `trace on|off` and what they tell, as a user types them. */
class TraceCommandTest {
    record Run(int rc, String out, String err) {}

    static Run run(ScriptRunner r, String line) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc = r.runLine(line, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static ScriptRunner lab(Lab lab, List<String> lines) {
        ScriptRunner r = new ScriptRunner(lab);
        for (String l : lines) {
            Run x = run(r, l);
            assertEquals(0, x.rc(), l + ": " + x.err());
        }
        return r;
    }

    static final List<String> PAIR = List.of("ip netns add a", "ip netns add b",
            "ip link add va netns a type veth peer name vb netns b", "ip -n a addr add 10.1.0.1/24 dev va",
            "ip -n b addr add 10.1.0.2/24 dev vb", "ip -n a link set va up", "ip -n b link set vb up");

    @Test
    void badUsageIsRefusedAndAMissingProgramNamed() {
        ScriptRunner r = lab(new Lab(1, Lab.Profile.BARE), List.of());
        Run x = run(r, "linnet trace");
        assertEquals(2, x.rc());
        assertEquals(TraceCommand.USAGE + "\n", x.err());
        x = run(r, "linnet trace --verbose ping 1.2.3.4");
        assertEquals(2, x.rc());
        assertTrue(x.err().startsWith("linnet trace: unknown option --verbose\n"), x.err());
        x = run(r, "linnet trace -- no-such-program");
        assertEquals(127, x.rc());
        assertEquals("linnet trace: no-such-program: No such file or directory\n", x.err());
        x = run(r, "trace sideways");
        assertEquals(2, x.rc());
        assertEquals("trace: usage: trace on [--json] [--all] | trace off\n", x.err());
    }

    @Test
    void theCommandsOutputAndStatusComeThroughAndTracingEnds() {
        Lab l = new Lab(1, Lab.Profile.BARE);
        ScriptRunner r = lab(l, PAIR);
        Run x = run(r, "linnet trace -- ip netns exec a ping -c 1 -W 1 10.1.0.9");
        assertEquals(1, x.rc());
        assertTrue(x.out().startsWith("PING 10.1.0.9 (10.1.0.9) 56(84) bytes of data.\n"), x.out());
        assertTrue(x.out().contains("linnet trace: ARP for 10.1.0.9 on va in a got no answer"), x.out());
        assertNull(l.main.kernel.tracer);
        x = run(r, "linnet trace -- ip netns exec a ping -c 1 10.1.0.2");
        assertEquals(0, x.rc());
        assertTrue(x.out().contains("linnet trace: ok: the echo request to 10.1.0.2 reached b and its echo reply came back\n"), x.out());
        assertTrue(x.out().contains("#1 ICMP echo request id "), x.out());
    }

    @Test
    void jsonSaysTheSameAndJqReadsIt() {
        ScriptRunner r = lab(new Lab(1, Lab.Profile.BARE), PAIR);
        String text = run(r, "linnet trace -- ip netns exec a ping -c 1 -W 1 10.1.0.7").out();
        String line = text.lines().filter(s -> s.startsWith("linnet trace: ")).findFirst().orElseThrow();
        Run x = run(r, "linnet trace --json -- ip netns exec a ping -q -c 1 -W 1 10.1.0.7 | tail -n 1 | jq -r .explanation");
        assertEquals(line.substring("linnet trace: ".length()) + "\n", x.out(), x.err());
        x = run(r, "linnet trace --json -- ip netns exec a ping -q -c 1 -W 1 10.1.0.7 | tail -n 1 | jq -r '.packets[0].steps[0].kind'");
        assertEquals("route\n", x.out(), x.err());
    }

    @Test
    void traceOnTellsEachCommandThatSendsAndNothingForTheRest() {
        ScriptRunner r = lab(new Lab(1, Lab.Profile.BARE), PAIR);
        assertEquals("trace is off\n", run(r, "trace").out());
        run(r, "trace on");
        assertEquals("trace is on\n", run(r, "trace").out());
        assertEquals("", run(r, "ip -n a link set lo up").out());
        assertTrue(run(r, "ip netns exec a ping -c 1 10.1.0.2").out().contains("linnet trace: ok: "));
        run(r, "trace off");
        assertTrue(!run(r, "ip netns exec a ping -c 1 10.1.0.2").out().contains("linnet trace"));
    }

    @Test
    void bridgedTrafficDroppedByForwardNamesBrNetfilter() {
        Lab l = new Lab(1, Lab.Profile.BARE);
        ScriptRunner r = lab(l, List.of("ip link add br0 type bridge", "ip link set br0 up", "ip netns add c1", "ip netns add c2",
                "ip link add h1 type veth peer name e0 netns c1", "ip link add h2 type veth peer name e0 netns c2",
                "ip link set h1 master br0", "ip link set h2 master br0", "ip link set h1 up", "ip link set h2 up",
                "ip -n c1 link set e0 up", "ip -n c2 link set e0 up", "ip -n c1 addr add 10.8.0.2/24 dev e0",
                "ip -n c2 addr add 10.8.0.3/24 dev e0", "sysctl -qw net.bridge.bridge-nf-call-iptables=1",
                "iptables -P FORWARD DROP"));
        String out = run(r, "linnet trace -- ip netns exec c1 ping -c 1 -W 1 10.8.0.3").out();
        assertTrue(out.contains("linnet trace: dropped in host by the policy DROP of filter:FORWARD; bridged frames pass iptables "
                + "because br_netfilter is loaded (net.bridge.bridge-nf-call-iptables = 1)\n"), out);
        // told once, by the hook (the bridge does not drop it again)
        assertEquals(1, out.lines().filter(s -> s.contains("SKB_DROP_REASON_NETFILTER_DROP")).count(), out);
    }

    @Test
    void aStormIsNamedAndTheTraceStaysBounded() {
        Lab l = new Lab(1, Lab.Profile.BARE);
        ScriptRunner r = lab(l, List.of("ip link add br0 type bridge", "ip link add br1 type bridge", "ip link set br0 up",
                "ip link set br1 up", "ip link add l1 type veth peer name l1p", "ip link add l2 type veth peer name l2p",
                "ip link set l1 master br0", "ip link set l2 master br0", "ip link set l1p master br1", "ip link set l2p master br1",
                "ip link set l1 up", "ip link set l2 up", "ip link set l1p up", "ip link set l2p up", "ip netns add c",
                "ip link add h0 type veth peer name e0 netns c", "ip link set h0 master br0", "ip link set h0 up",
                "ip -n c link set e0 up", "ip -n c addr add 10.7.0.2/24 dev e0"));
        Run x = run(r, "linnet trace -- ip netns exec c ping -c 1 -W 1 10.7.0.9");
        assertTrue(x.out().contains("linnet trace: a broadcast storm: copies of #2 (ARP request who-has 10.7.0.9 tell 10.7.0.2)"), x.out());
        assertTrue(x.out().contains("STP is off on br0, br1"), x.out());
        assertTrue(x.out().lines().count() < Report.MAX_PACKETS * (Report.MAX_STEPS + 2), "bounded");
        assertTrue(x.out().contains("... the trace stopped there"), x.out());
        assertNull(l.main.kernel.tracer);
    }

    @Test
    void aPortNoContainerPublishesIsSaid() {
        ScriptRunner r = lab(new Lab(1, Lab.Profile.HOST), List.of("docker run -d --name web -p 8081:80 nginx"));
        Run x = run(r, "linnet trace -- curl -sS -m 2 http://127.0.0.1:8080/");
        assertTrue(x.out().contains("linnet trace: nothing listens on tcp port 8080 in host: it answered with a reset (the program sees "
                + "Connection refused); Docker runs here and no container publishes port 8080"), x.out());
    }

    @Test
    void aContainersNamespaceIsNamedAfterIt() {
        ScriptRunner r = lab(new Lab(1, Lab.Profile.HOST), List.of("docker run -d --name web nginx"));
        Run x = run(r, "linnet trace -- docker exec web ping -c 1 172.17.0.1");
        assertTrue(x.out().contains(" docker/web "), x.out() + x.err());
    }
}
