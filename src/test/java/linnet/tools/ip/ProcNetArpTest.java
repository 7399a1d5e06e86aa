package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** /proc/net/arp per namespace, as recorded on the oracle kernel. */
class ProcNetArpTest {
    @Test
    void perNamespaceTable() {
        ScriptRunner r = NeighStatsTest.lab();
        String head = "IP address       HW type     Flags       HW address            Mask     Device\n";
        assertEquals(head
                + "10.2.0.51        0x1         0x6         02:00:00:00:00:51     *        v0\n"
                + "10.2.0.55        0x1         0x0         00:00:00:00:00:00     *        v0\n"
                + "10.2.0.56        0x1         0x0         00:00:00:00:00:00     *        v0\n"
                + "10.2.0.2         0x1         0x2         " + NeighStatsTest.mac(r) + "     *        v0\n",
                NeighStatsTest.run(r, "cat /proc/net/arp"));
        String v0 = NeighStatsTest.run(r, "cat /sys/class/net/v0/address").trim();
        assertEquals(head + "10.2.0.1         0x1         0x2         " + v0 + "     *        v1\n",
                NeighStatsTest.run(r, "ip netns exec n1 cat /proc/net/arp"));
    }
}
