package linnet.tools.ethtool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.kernel.rtnl.EthnlFeatures;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** ethtool -k/-K over the feature model; expected texts follow the oracle kernel (6.18, ethtool 6.1). */
class EthtoolFeaturesTest {
    private final ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    private int status;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        status = r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private String feature(String dev, String name) {
        for (String l : run("ethtool -k " + dev).split("\n"))
            if (l.strip().startsWith(name + ":")) return l.strip();
        return null;
    }

    @Test
    void theLastWordForAFeatureWins() {
        run("ip link add v0 type veth peer name v1");
        assertEquals("", run("ethtool -K v0 tso on tso off"));
        assertEquals("tx-tcp-segmentation: off", feature("v0", "tx-tcp-segmentation"));
    }

    @Test
    void aFailedRequestChangesNothing() {
        run("ip link add v0 type veth peer name v1");
        String before = run("ethtool -k v0");
        assertTrue(run("ethtool -K v0 tso off nosuch on").contains("bit name not found (offset 220)"));
        assertTrue(run("ethtool -K v0 sg off vlan-challenged on").contains("attempt to change non-ethtool features"));
        assertTrue(run("ethtool -K v0 sg off tso").contains("is not followed by 'on' or 'off'"));
        assertEquals(before, run("ethtool -k v0"));
    }

    @Test
    void theOffsetCountsEveryBitBeforeTheBadOne() {
        List<EthnlFeatures.Bit> bits = List.of(new EthnlFeatures.Bit("vlan-challenged", true),
                new EthnlFeatures.Bit("tx-checksum-ip-generic", false), new EthnlFeatures.Bit("x", true));
        assertEquals(52, EthtoolFeatures.offset("v0", bits, 0));
        assertEquals(80, EthtoolFeatures.offset("v0", bits, 1));
        assertEquals(112, EthtoolFeatures.offset("v0", bits, 2));
        assertEquals(64, EthtoolFeatures.offset("longername12", bits, 0));
    }

    @Test
    void nothingChangedIsAFailureButPartlyChangedIsNot() {
        run("ip link add v0 type veth peer name v1");
        assertEquals("Could not change any device features\nActual changes:\nloopback: off [requested on]\n[exit 1]\n",
                run("ethtool -K v0 loopback on") + "[exit " + status + "]\n");
        run("ethtool -K v0 loopback on tso off");
        assertEquals(0, status);
    }

    @Test
    void aBridgeFollowsItsPortsFeatures() {
        run("ip link add v0 type veth peer name v1");
        run("ip link add br0 type bridge");
        assertEquals("tx-udp-segmentation: on", feature("br0", "tx-udp-segmentation"));
        run("ip link set v0 master br0");
        assertEquals("tx-gso-robust: off [requested on]", feature("br0", "tx-gso-robust"));
        run("ethtool -K v0 tx off");
        assertEquals("tx-udp-segmentation: off [requested on]", feature("br0", "tx-udp-segmentation"));
        run("ethtool -K v0 tx on");
        assertEquals("tx-udp-segmentation: on", feature("br0", "tx-udp-segmentation"));
        run("ip link set v0 nomaster");
        assertEquals("tx-gso-robust: on", feature("br0", "tx-gso-robust"));
    }
}
