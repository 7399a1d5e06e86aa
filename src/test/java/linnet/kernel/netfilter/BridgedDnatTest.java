package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * br_netfilter's bridged DNAT (recorded on the oracle as 328): a frame DNATed to a host behind the
 * same bridge crosses FORWARD once; a reset as the only reply removes the conntrack entry (327).
 */
class BridgedDnatTest {
    final ScriptRunner sh = new ScriptRunner(new Lab(1, Lab.Profile.BARE));

    String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dnatBehindTheSameBridgeIsForwardedOnce() {
        for (String l : new String[] {"ip netns add c1", "ip netns add c2", "ip link add br-app type bridge",
                "ip addr add 172.30.0.1/16 dev br-app", "ip link set br-app up",
                "ip link add veth-c1 type veth peer name eth0 netns c1", "ip link add veth-c2 type veth peer name eth0 netns c2",
                "ip link set veth-c1 master br-app", "ip link set veth-c2 master br-app", "ip link set veth-c1 up",
                "ip link set veth-c2 up", "ip -n c1 addr add 172.30.0.2/16 dev eth0", "ip -n c2 addr add 172.30.0.3/16 dev eth0",
                "ip -n c1 link set eth0 up", "ip -n c2 link set eth0 up", "sysctl -w net.ipv4.ip_forward=1",
                "iptables -P FORWARD DROP", "iptables -A FORWARD -i br-app -o br-app -j ACCEPT",
                "iptables -t nat -A PREROUTING -p icmp -j DNAT --to-destination 172.30.0.2", "sleep 2"}) {
            run(l);
        }
        String ping = run("ip netns exec c2 ping -c 1 -W 1 172.30.0.1");
        assertTrue(ping.contains("64 bytes from 172.30.0.1"), ping);
        // the request and the reply, once each
        assertTrue(run("iptables -L FORWARD -n -v -x").contains("       2      168 ACCEPT"), run("iptables -L FORWARD -n -v -x"));
    }

    @Test
    void aRefusedConnectionLeavesNoEntry() {
        for (String l : new String[] {"ip netns add c1", "ip netns add c2", "ip link add va netns c1 type veth peer name vb netns c2",
                "ip -n c1 addr add 10.9.0.1/24 dev va", "ip -n c2 addr add 10.9.0.2/24 dev vb", "ip -n c1 link set va up",
                "ip -n c2 link set vb up", "ip netns exec c2 iptables -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT",
                "sleep 1"}) {
            run(l);
        }
        run("ip netns exec c2 nc -w 1 10.9.0.1 81");
        assertEquals("conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n",
                run("ip netns exec c2 conntrack -L -p tcp"));
    }
}
