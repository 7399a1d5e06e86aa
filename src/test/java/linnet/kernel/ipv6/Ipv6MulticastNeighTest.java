package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * The NOARP neighbours of IPv6's own multicast (MLD reports, DAD probes, router solicitations) and
 * their eviction with the carrier (recorded on the oracle as 322).
 */
class Ipv6MulticastNeighTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void groupsBecomeNoarpEntriesAndGoWithTheCarrier() {
        run("ip link add v0 address 02:00:00:00:08:01 type veth peer name v1 address 02:00:00:00:08:02");
        run("ip link set v0 up");
        run("ip link set v1 up");
        run("sleep 3");
        assertEquals("ff02::16 lladdr 33:33:00:00:00:16 NOARP \n", run("ip -6 neigh show nud all ff02::16 dev v0"));
        assertEquals("ff02::1:ff00:801 lladdr 33:33:ff:00:08:01 NOARP \n",
                run("ip -6 neigh show nud all ff02::1:ff00:801 dev v0"));
        assertEquals("ff02::2 lladdr 33:33:00:00:00:02 NOARP \n", run("ip -6 neigh show nud all ff02::2 dev v0"));
        assertEquals("", run("ip -6 neigh"));
        run("ip link set v1 down");
        assertEquals("", run("ip -6 neigh show nud all dev v0"));
        run("ip link set v1 up");
        run("sleep 1");
        // the link back: the groups are reported again
        assertEquals("ff02::16 lladdr 33:33:00:00:00:16 NOARP \n", run("ip -6 neigh show nud all ff02::16 dev v0"));
        run("sysctl -w net.ipv6.conf.v0.ndisc_evict_nocarrier=0");
        run("ip link set v1 down");
        assertEquals("ff02::16 lladdr 33:33:00:00:00:16 NOARP \n", run("ip -6 neigh show nud all ff02::16 dev v0"));
    }

    /** 324: two reports, the DAD probe, two reports from the link-local address, one solicitation. */
    @Test
    void aFreshLinkSendsSixPacketsInItsFirstSeconds() {
        run("ip link add v0 address 02:00:00:00:0a:01 type veth peer name v1 address 02:00:00:00:0a:02");
        run("ip link set v0 up");
        run("ip link set v1 up");
        run("sleep 4");
        assertEquals("6\n516\n", run("cat /sys/class/net/v0/statistics/tx_packets /sys/class/net/v0/statistics/tx_bytes"));
    }

    /** 329: the owner defends the address, our DAD fails and the address is never usable. */
    @Test
    void dadFailsAgainstAnOwner() {
        run("ip netns add a");
        run("ip link add v0 address 02:00:00:00:0c:01 type veth peer name v1 address 02:00:00:00:0c:02 netns a");
        run("ip link set v0 up");
        run("ip -n a link set v1 up");
        run("ip -n a -6 addr add 2001:db8:c::2/64 dev v1 nodad");
        run("sleep 3");
        run("ip -6 addr add 2001:db8:c::2/64 dev v0");
        run("sleep 3");
        assertEquals(true, run("ip -6 addr show dev v0").contains("inet6 2001:db8:c::2/64 scope global dadfailed tentative"));
        assertEquals("ping: bind icmp socket: Cannot assign requested address\n",
                run("ping -6 -c 1 -W 1 -I 2001:db8:c::2 2001:db8:c::2"));
        assertEquals(false, run("ip -6 route show table local").contains("2001:db8:c::2"));
    }

    /** 330: a NOARP device joins no solicited-node group, so nothing is sent for its address. */
    @Test
    void noarpDevicesSendNoReports() {
        run("ip tuntap add tun0 mode tun");
        run("ip link set tun0 up");
        run("ip -6 addr add 2001:db8:8::1/64 dev tun0");
        run("sleep 1");
        assertEquals("0\n0\n", run("cat /sys/class/net/tun0/statistics/tx_packets /sys/class/net/tun0/statistics/tx_dropped"));
    }
}
