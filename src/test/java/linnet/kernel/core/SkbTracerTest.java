package linnet.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * The packet path's tracepoints: each layer reports what it decided, copies keep their own mark,
 * and a traced lab behaves exactly as an untraced one (same output, same counters).
 */
class SkbTracerTest {
    /** Records every step as "packet-number kind text", numbering packets on first sight. */
    static final class Recorder extends SkbTracer {
        final List<String> steps = new ArrayList<>();
        int packets;

        record Id(int n) implements Mark {
            @Override public Mark copied(SkBuff copy) { return new Id(n); }
        }

        int id(SkBuff skb) {
            if (skb.trace == null) skb.trace = new Id(++packets);
            return ((Id) skb.trace).n();
        }

        @Override public void step(SkBuff skb, Net net, NetDevice dev, Kind kind, String text) {
            steps.add(id(skb) + " " + kind + " " + (dev != null ? dev.name() : "-") + (text != null ? " " + text : ""));
        }

        @Override public void drop(SkBuff skb, Net net, NetDevice dev, DropReason reason, String text) {
            steps.add(id(skb) + " DROP " + reason + (text != null ? " " + text : ""));
        }

        @Override public void netfilter(SkBuff skb, Net net, String table, String chain, int ruleNum, Object rule, String verdict) {
            steps.add(id(skb) + " NETFILTER " + table + ":" + chain + ":" + (ruleNum == 0 ? "policy" : "rule:" + ruleNum) + " " + verdict);
        }

        @Override public void noPacket(Net net, Kind kind, String text) { steps.add("- " + kind + " " + text); }

        @Override public void caused(SkBuff cause, SkBuff effect, String why) {
            steps.add(id(effect) + " CAUSED-BY " + id(cause) + " " + why);
        }

        @Override public void context(SkBuff skb) { }

        boolean has(String s) { return steps.stream().anyMatch(x -> x.contains(s)); }
    }

    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static final List<String> ROUTER = List.of("ip netns add a", "ip netns add r", "ip netns add b",
            "ip link add va type veth peer name ra netns r", "ip link set va netns a",
            "ip link add vb type veth peer name rb netns r", "ip link set vb netns b",
            "ip -n a addr add 10.1.0.2/24 dev va", "ip -n r addr add 10.1.0.1/24 dev ra",
            "ip -n r addr add 10.2.0.1/24 dev rb", "ip -n b addr add 10.2.0.2/24 dev vb",
            "ip -n a link set va up", "ip -n r link set ra up", "ip -n r link set rb up", "ip -n b link set vb up",
            "ip -n a route add default via 10.1.0.1", "ip -n b route add default via 10.2.0.1");

    private static ScriptRunner lab(Lab lab, List<String> extra) {
        ScriptRunner r = new ScriptRunner(lab);
        for (String l : ROUTER) run(r, l);
        for (String l : extra) run(r, l);
        return r;
    }

    @Test
    void aRoutedPingReportsEveryLayerAndItsReply() {
        Lab l = new Lab(3, Lab.Profile.HOST);
        ScriptRunner r = lab(l, List.of("ip netns exec r sysctl -qw net.ipv4.ip_forward=1"));
        Recorder t = new Recorder();
        l.main.kernel.tracer = t;
        String out = run(r, "ip netns exec a ping -c 1 10.2.0.2");
        l.main.kernel.tracer = null;
        assertTrue(out.contains("1 received"), out);
        assertTrue(t.has("ROUTE va output: via 10.1.0.1 dev va (route default, table main)"), t.steps.toString());
        assertTrue(t.has("NEIGH va 10.1.0.1 dev va NONE: queued, ARP request sent"), t.steps.toString());
        assertTrue(t.has("CAUSED-BY 1 ARP request for 10.1.0.1"), t.steps.toString());
        assertTrue(t.has("ROUTE ra input: forward dev rb (route 10.2.0.0/24, table main)"), t.steps.toString());
        assertTrue(t.has("ICMP vb the kernel answers the echo request"), t.steps.toString());
        assertTrue(t.has("CAUSED-BY") && t.has(" echo reply"), t.steps.toString());
        assertTrue(t.has("DELIVER va a raw socket"), t.steps.toString());
    }

    @Test
    void forwardingOffAndAForwardPolicyDropAreNamed() {
        Lab l = new Lab(3, Lab.Profile.HOST);
        ScriptRunner r = lab(l, List.of());
        Recorder t = new Recorder();
        l.main.kernel.tracer = t;
        run(r, "ip netns exec a ping -c 1 -W 1 10.2.0.2");
        assertTrue(t.has("does not forward (net.ipv4.conf.ra.forwarding = 0"), t.steps.toString());
        assertTrue(t.has("DROP IP_INADDRERRORS"), t.steps.toString());
        t.steps.clear();
        run(r, "ip netns exec r sysctl -qw net.ipv4.ip_forward=1");
        run(r, "ip netns exec r iptables -P FORWARD DROP");
        run(r, "ip netns exec a ping -c 1 -W 1 10.2.0.2");
        assertTrue(t.has("NETFILTER filter:FORWARD:policy DROP"), t.steps.toString());
        assertTrue(t.has("DROP NETFILTER_DROP"), t.steps.toString());
    }

    @Test
    void aBridgeFloodGivesEachCopyItsOwnWay() {
        Lab l = new Lab(3, Lab.Profile.HOST);
        ScriptRunner r = new ScriptRunner(l);
        for (String s : List.of("ip link add br0 type bridge", "ip link set br0 up")) run(r, s);
        for (int i = 1; i <= 3; i++)
            for (String s : List.of("ip netns add n" + i, "ip link add p" + i + " type veth peer name e0 netns n" + i,
                    "ip link set p" + i + " master br0", "ip link set p" + i + " up", "ip -n n" + i + " link set e0 up",
                    "ip -n n" + i + " addr add 10.9.0." + i + "/24 dev e0"))
                run(r, s);
        Recorder t = new Recorder();
        l.main.kernel.tracer = t;
        run(r, "ip netns exec n1 ping -c 1 10.9.0.2");
        assertTrue(t.has("broadcast: flood to every other port"), t.steps.toString());
        // the ARP request's flooded copies arrive on both other namespaces' e0, under the request's number
        int req = Integer.parseInt(t.steps.stream().filter(s -> s.contains("ARP request for 10.9.0.2")).findFirst().orElseThrow().split(" ")[0]);
        assertEquals(2, t.steps.stream().filter(s -> s.startsWith(req + " RECEIVE e0")).count(), t.steps.toString());
    }

    @Test
    void tracingChangesNothing() {
        String[] outs = new String[2];
        for (int k = 0; k < 2; k++) {
            Lab l = new Lab(5, Lab.Profile.HOST);
            ScriptRunner r = lab(l, List.of("ip netns exec r sysctl -qw net.ipv4.ip_forward=1"));
            if (k == 1) l.main.kernel.tracer = new Recorder();
            outs[k] = run(r, "ip netns exec a ping -c 3 -i 0.2 10.2.0.2") + run(r, "ip netns exec b ping -c 1 -W 1 10.1.0.9")
                    + run(r, "ip -n r -s link") + run(r, "ip -n a neigh");
        }
        assertEquals(outs[0], outs[1]);
    }
}
