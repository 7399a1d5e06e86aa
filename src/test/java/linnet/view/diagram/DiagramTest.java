package linnet.view.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** `linnet diagram` reads the live lab through rtnl dumps and draws it in four forms. */
class DiagramTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner bridgeLab(int n) {
        ScriptRunner r = new ScriptRunner(new Lab(3, Lab.Profile.BARE));
        run(r, "ip link add br0 type bridge");
        run(r, "ip link set br0 up");
        run(r, "ip addr add 10.0.0.254/24 dev br0");
        for (int i = 1; i <= n; i++) {
            run(r, "ip netns add ns" + i);
            run(r, "ip link add v" + i + " netns ns" + i + " type veth peer name p" + i);
            run(r, "ip link set p" + i + " master br0 up");
        }
        run(r, "ip -n ns1 addr add 10.0.0.1/24 dev v1");
        run(r, "ip -n ns1 link set v1 up");
        return r;
    }

    @Test
    void asciiGoldenForTwoNamespacesOnABridge() {
        assertEquals("""
                +- host ----------------------+
                | br0 bridge UP 10.0.0.254/24 |
                | p1 veth UP [br0]            |
                | p2 veth NO-CARRIER [br0]    |
                +-----------------------------+
                +- netns ns1 ------------+
                | v1 veth UP 10.0.0.1/24 |
                +------------------------+
                +- netns ns2 --+
                | v2 veth DOWN |
                +--------------+
                wires:
                  host:p1 ====veth==== ns1:v1
                  host:p2 ====veth==== ns2:v2
                """, run(bridgeLab(2), "linnet diagram"));
    }

    @Test
    void everyDeviceAppearsAndEachVethPairIsOneEdgeInEveryForm() {
        ScriptRunner r = bridgeLab(3);
        for (String form : new String[] {"--ascii", "--dot", "--mermaid"}) {
            String out = run(r, "linnet diagram " + form);
            for (String d : new String[] {"br0", "p1", "p2", "p3", "v1", "v2", "v3"}) {
                assertTrue(out.contains(d + " "), form + " shows " + d + ":\n" + out);
            }
        }
        String dot = run(r, "linnet diagram --dot");
        assertEquals(3, dot.lines().filter(l -> l.contains("[label=\"veth\"]") && l.contains(" -- ")).count(), dot);
        String mer = run(r, "linnet diagram --mermaid");
        assertEquals(3, mer.lines().filter(l -> l.contains("---|veth|")).count(), mer);
    }

    @Test
    void svgIsWrittenAndWellFormed() throws Exception {
        ScriptRunner r = bridgeLab(2);
        assertEquals("", run(r, "linnet diagram --svg /tmp/t.svg"));
        String svg = run(r, "cat /tmp/t.svg");
        assertTrue(svg.startsWith("<?xml"), svg);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, svg.lines().filter(l -> l.startsWith("<line")).count());
        assertTrue(run(r, "linnet diagram --bogus").contains("unknown option --bogus"));
    }

    @Test
    void aThousandLeavesOnOneBridgeAreGrouped() {
        ScriptRunner r = bridgeLab(1000);
        String out = run(r, "linnet diagram");
        assertTrue(out.contains("ns3..ns1000 (998 more, veth to br0)"), out.length() > 3000 ? out.substring(0, 3000) : out);
        assertTrue(out.contains("ns2:v2"));
        assertTrue(out.contains("p3..p1000 veth x998 [br0]"), out);
        assertTrue(out.lines().count() < 60, "grouped: " + out.lines().count() + " lines");
        assertTrue(Topology.natural("ns2", "ns10") < 0);
    }
}
