package linnet.kernel.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.lab.Lab;
import linnet.lab.Machine;
import linnet.shell.ScriptRunner;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Bulk flood counting (BrFloodLedger) must be invisible: the same script, run with it and without
 * it (every port given its copy), leaves every counter a user can read the same. The scripts put
 * ports of every kind behind one bridge: plain hosts (members), a router (forwarding listens to
 * more groups), a namespace with IPv6 off, a port with mcast_flood off, one in hairpin mode, two
 * namespaces whose addresses share a solicited-node group, a capture, and devices that go down,
 * move and disappear between the floods, and a far end that becomes another bridge's port.
 */
class BrFloodLedgerTest {
    /** Runs the lines, then prints the counters of every namespace; bulk flood counting on or off. */
    static String countersAfter(List<String> lines, int namespaces, boolean bulk) {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        for (Machine m : lab.machines()) m.kernel.bulkFlood = bulk;
        ScriptRunner r = new ScriptRunner(lab);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        for (String l : lines) r.runLine(l, p, p);
        // each reader on its own first (the MIB before the devices, whose reading settles it too)
        for (int i = 0; i < namespaces; i++) r.runLine("ip netns exec ns" + i + " cat /proc/net/snmp6", p, p);
        for (int i = 0; i < namespaces; i++) r.runLine("ip netns exec ns" + i + " cat /sys/class/net/eth0/statistics/rx_bytes", p, p);
        for (int i = 0; i < namespaces; i++) r.runLine("ip netns exec ns" + i + " cat /proc/net/dev", p, p);
        r.runLine("cat /proc/net/dev", p, p);
        for (int i = 0; i < namespaces; i++) r.runLine("ip -n ns" + i + " -s link", p, p);
        r.runLine("ip -s -s link", p, p);
        r.finish();
        return b.toString(StandardCharsets.UTF_8);
    }

    static List<String> bridgeWith(int namespaces) {
        List<String> l = new ArrayList<>();
        l.add("ip link add br0 type bridge");
        l.add("ip addr add 10.0.0.1/24 dev br0");
        l.add("ip link set br0 up");
        for (int i = 0; i < namespaces; i++) {
            l.add("ip netns add ns" + i);
            l.add("ip link add v" + i + " type veth peer name eth0 netns ns" + i);
            l.add("ip link set v" + i + " master br0 up");
            l.add("ip -n ns" + i + " addr add 10.0.0." + (i + 2) + "/24 dev eth0");
            l.add("ip -n ns" + i + " link set lo up");
            l.add("ip -n ns" + i + " link set eth0 up");
        }
        return l;
    }

    @Test
    void everyKindOfPortCountsAsWithACopyEach() {
        int n = 12;
        List<String> l = bridgeWith(n);
        l.add("ip netns exec ns1 sysctl -qw net.ipv6.conf.all.forwarding=1");
        l.add("ip netns exec ns2 sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1");
        l.add("bridge link set dev v3 mcast_flood off");
        l.add("bridge link set dev v4 hairpin on");
        // two addresses with the same low 24 bits: each one's DAD solicitation is heard by the other
        l.add("ip -n ns5 addr add fd00::aa:bbcc/64 dev eth0");
        l.add("ip -n ns6 addr add fd01::aa:bbcc/64 dev eth0");
        l.add("sleep 3");
        l.add("ip netns exec ns7 tcpdump -i eth0 -c 2 -n > /dev/null 2>&1 &");
        l.add("ip -n ns8 link set eth0 down");
        l.add("sleep 5");
        l.add("ip -n ns8 link set eth0 up");
        l.add("ip link set v9 down");
        l.add("ip netns add other");
        l.add("ip -n ns10 link set eth0 netns other");
        l.add("ip netns del ns11");
        l.add("ip -n ns0 addr add fd00::1/64 dev eth0");
        // a far end that becomes a port of another bridge (down: its frames stop there)
        l.add("ip -n ns9 link add br1 type bridge");
        l.add("ip -n ns9 link set eth0 master br1");
        l.add("sleep 20");
        l.add("ip link set v9 up");
        l.add("ip -n ns1 addr add fd00::2/64 dev eth0");
        l.add("sleep 40");
        String bulk = countersAfter(l, n, true);
        String copies = countersAfter(l, n, false);
        assertEquals(copies, bulk);
        // and the floods did happen: the plain hosts counted multicast they do not listen to
        assertTrue(bulk.contains("InMcastPkts"), bulk);
    }

    /**
     * A thousand ports: floods that follow each other faster than the backlog drains overflow it.
     * Which copies the full backlog refuses depends on the CPU's jitter, which bulk counting draws
     * differently (and with it, a little, when each command ends and the timers after it fire), so
     * here the copies sent or refused must be about as many, and the refusals too.
     */
    @Test
    void aFullBacklogRefusesAboutAsManyCopies() {
        int n = 1000;
        List<String> l = bridgeWith(n);
        l.add("sleep 30");
        long[] bulk = copies(countersAfter(l, n, true)), each = copies(countersAfter(l, n, false));
        String figures = "sent " + each[0] + ", refused " + each[1] + " copy by copy; sent " + bulk[0] + ", refused " + bulk[1] + " in bulk";
        assertTrue(Math.abs(each[0] + each[1] - bulk[0] - bulk[1]) <= (each[0] + each[1]) / 200, figures);
        assertTrue(each[1] > 0 && bulk[1] > 0, "the backlog overflowed: " + figures);
        assertTrue(Math.abs(each[1] - bulk[1]) <= each[1] / 10, figures);
    }

    /** From `ip -s -s link` of the root namespace: the bridge ports' tx packets and tx dropped, summed. */
    static long[] copies(String out) {
        long[] sum = new long[2];
        String[] lines = out.substring(out.lastIndexOf("1: lo:")).split("\n");
        String dev = "";
        for (int i = 0; i + 1 < lines.length; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\d+: ([^:@]+)").matcher(lines[i]);
            if (m.find()) dev = m.group(1);
            if (dev.matches("v\\d+") && lines[i].strip().startsWith("TX:")) {
                String[] f = lines[i + 1].strip().split(" +");
                sum[0] += Long.parseLong(f[1]);
                sum[1] += Long.parseLong(f[3]);
            }
        }
        return sum;
    }

    /** What is done to one namespace between floods. */
    enum Step {
        DOWN("ip -n ns%d link set eth0 down"), UP("ip -n ns%d link set eth0 up"),
        PORT_DOWN("ip link set v%d down"), PORT_UP("ip link set v%d up"),
        ADDR("ip -n ns%1$d addr add fd00::%1$d:0/64 dev eth0"),
        ROUTER("ip netns exec ns%d sysctl -qw net.ipv6.conf.all.forwarding=1"),
        NO_MCAST("bridge link set dev v%d mcast_flood off"), MCAST("bridge link set dev v%d mcast_flood on"),
        NOMASTER("ip link set v%d nomaster"), MASTER("ip link set v%d master br0"),
        SLEEP("sleep %d");

        final String format;

        Step(String format) { this.format = format; }
    }

    @Property(tries = 25)
    void randomChangesCountTheSame(@ForAll @Size(max = 12) List<Step> steps, @ForAll @Size(max = 12) List<@IntRange(max = 5) Integer> who) {
        int n = 6;
        List<String> l = bridgeWith(n);
        for (int i = 0; i < steps.size(); i++) {
            int ns = who.isEmpty() ? 0 : who.get(i % who.size());
            l.add(String.format(steps.get(i).format, steps.get(i) == Step.SLEEP ? ns + 1 : ns));
        }
        l.add("sleep 10");
        assertEquals(countersAfter(l, n, false), countersAfter(l, n, true));
    }
}
