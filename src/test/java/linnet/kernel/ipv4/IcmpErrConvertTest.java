package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.Errno;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** icmp_err_convert and what a connected UDP socket learns from it (nc -zvu, scenario 312). */
class IcmpErrConvertTest {
    @Test
    void table() {
        assertEquals(Errno.ECONNREFUSED, IcmpErrConvert.unreach(3).errno());
        assertTrue(IcmpErrConvert.unreach(3).fatal());
        assertEquals(Errno.EHOSTUNREACH, IcmpErrConvert.unreach(10).errno());
        assertTrue(IcmpErrConvert.unreach(13).fatal());
        assertFalse(IcmpErrConvert.unreach(0).fatal());
        assertFalse(IcmpErrConvert.unreach(1).fatal());
        assertEquals(Errno.EHOSTUNREACH, IcmpErrConvert.unreach(99).errno());
    }

    @Test
    void udpProbeCountsFollowTheErrno() {
        ScriptRunner sh = new ScriptRunner(new Lab(10, Lab.Profile.BARE));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        for (String l : new String[] {"sysctl -q -w net.ipv6.conf.all.disable_ipv6=1", "ip netns add s",
                "ip link add eth5 type veth peer name eth6 netns s", "ip addr add 192.0.2.1/24 dev eth5",
                "ip -n s addr add 192.0.2.2/24 dev eth6", "ip link set eth5 up", "ip -n s link set eth6 up",
                "ip netns exec s iptables -A INPUT -p udp --dport 84 -j REJECT --reject-with icmp-host-prohibited",
                "ip netns exec s iptables -A INPUT -p udp --dport 85",
                "ip netns exec s iptables -A INPUT -p udp --dport 87 -j REJECT --reject-with icmp-net-unreachable"})
            assertEquals(0, sh.runLine(l, p, p), l);
        assertEquals(0, sh.runLine("nc -z -v -u -w 1 192.0.2.2 84", p, p));
        assertEquals(1, sh.runLine("nc -z -v -u -w 1 192.0.2.2 85", p, p));
        assertEquals(0, sh.runLine("nc -z -v -u -w 1 192.0.2.2 87", p, p));
        b.reset();
        sh.runLine("ip netns exec s iptables -S INPUT -v", p, p);
        String s = b.toString(StandardCharsets.UTF_8);
        // host prohibited (hard, not ECONNREFUSED): 2 datagrams; closed port: 1; net unreachable (soft): 3
        assertTrue(s.contains("--dport 84 -c 2 58 -j REJECT"), s);
        assertTrue(s.contains("--dport 85 -c 1 29"), s);
        assertTrue(s.contains("--dport 87 -c 3 87 -j REJECT"), s);
    }
}
