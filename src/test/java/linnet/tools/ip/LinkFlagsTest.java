package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * `ip link set DEV promisc|allmulticast|multicast|arp|dynamic on|off` and the bridge port's own
 * promiscuity/allmulti references: what the real kernel showed (iproute2 6.1, Linux 6.18).
 */
class LinkFlagsTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String firstLine(String s) { return s.substring(0, s.indexOf('\n')); }

    @Test
    void userFlagsAndBridgePortReferences() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        run(r, "ip link add va type veth peer name vb");
        assertEquals("", run(r, "ip link set va promisc on"));
        assertEquals("3: va@vb: <BROADCAST,MULTICAST,PROMISC,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT"
                + " group default qlen 1000", firstLine(run(r, "ip link show va")));
        assertEquals("0x1102\n", run(r, "cat /sys/class/net/va/flags"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertEquals(1, r.runLine("ip link set va promisc maybe", p, p));
        assertEquals("Error: argument of \"promisc\" must be \"on\" or \"off\", not \"maybe\"\n",
                b.toString(StandardCharsets.UTF_8));
        run(r, "ip link set va allmulticast on");
        run(r, "ip link set va promisc off");
        run(r, "ip link set va multicast off");
        run(r, "ip link set va arp off");
        run(r, "ip link set va up");
        assertEquals("3: va@vb: <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,UP,M-DOWN> mtu 1500 qdisc noqueue"
                + " state LOWERLAYERDOWN mode DEFAULT group default qlen 1000", firstLine(run(r, "ip link show va")));
        run(r, "ip link add brx type bridge");
        run(r, "ip link set va master brx");
        run(r, "ip link set va allmulticast off");
        // The port holds one promiscuity and one allmulti reference: dev->flags has both bits,
        // dev_get_flags (ip link, ifconfig) only shows what the user set.
        String d = run(r, "ip -d link show va");
        assertEquals(true, d.contains("<NO-CARRIER,BROADCAST,NOARP,UP,M-DOWN>"), d);
        assertEquals(true, d.contains(" promiscuity 1  allmulti 1 "), d);
        assertEquals("0x383\n", run(r, "cat /sys/class/net/va/flags"));
        run(r, "ifconfig va promisc");
        assertEquals("va: flags=387<UP,BROADCAST,NOARP,PROMISC>  mtu 1500", firstLine(run(r, "ifconfig va")));
        run(r, "ip link set va nomaster");
        assertEquals(true, run(r, "ip -d link show va").contains(" promiscuity 1  allmulti 0 "));
        run(r, "ip link set va dynamic on");
        assertEquals(true, run(r, "ip link show va").contains("<NO-CARRIER,BROADCAST,NOARP,PROMISC,DYNAMIC,UP,M-DOWN>"));
    }
}
