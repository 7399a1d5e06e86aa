package linnet.tools.nc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** netcat-openbsd 1.219 as Debian 12 ships it; expected texts recorded on the oracle kernel. */
class NcClientTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8) + (rc != 0 ? "[exit " + rc + "]\n" : "");
    }

    private static ScriptRunner pair() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip netns add c", "ip netns add s",
                "ip link add vc netns c type veth peer name vs netns s", "ip -n c addr add 10.0.6.1/24 dev vc",
                "ip -n s addr add 10.0.6.2/24 dev vs", "ip -n c link set vc up", "ip -n s link set vs up",
                "ip netns exec s sysctl -q -w net.ipv4.icmp_ratelimit=0"}) {
            assertEquals("", run(r, l), l);
        }
        return r;
    }

    @Test
    void reportsOnlyWhenVerbose() {
        ScriptRunner r = pair();
        run(r, "ip netns exec s nc -l 22 &");
        assertEquals("", run(r, "ip netns exec c nc -z 10.0.6.2 22"));
        run(r, "ip netns exec s nc -l 22 &");
        assertEquals("Connection to 10.0.6.2 22 port [tcp/ssh] succeeded!\n", run(r, "ip netns exec c nc -zv 10.0.6.2 22"));
    }

    @Test
    void udpProbesOnlyWhenVerbose() {
        ScriptRunner r = pair();
        assertEquals("", run(r, "ip netns exec c nc -zu 10.0.6.2 6002"));
        assertEquals("[exit 1]\n", run(r, "ip netns exec c nc -zvu 10.0.6.2 6002"));
        assertEquals("[exit 1]\n", run(r, "ip netns exec c nc -uv -w 1 10.0.6.2 6002"));
        // Nobody answers ARP for .9: no error comes back, so the probe "succeeds".
        assertEquals("Connection to 10.0.6.9 6000 port [udp/*] succeeded!\n", run(r, "ip netns exec c nc -zvu -w 1 10.0.6.9 6000"));
    }

    @Test
    void everyFurtherArgumentIsAPort() {
        ScriptRunner r = pair();
        assertEquals("nc: missing port number\n[exit 1]\n", run(r, "ip netns exec c nc 10.0.6.2"));
        assertEquals("nc: connect to 10.0.6.2 port 1 (tcp) failed: Connection refused\n"
                + "nc: connect to 10.0.6.2 port 3 (tcp) failed: Connection refused\n"
                + "nc: connect to 10.0.6.2 port 4 (tcp) failed: Connection refused\n[exit 1]\n",
                run(r, "ip netns exec c nc -zv 10.0.6.2 1 3-4"));
        assertEquals("nc: missing port number\n[exit 1]\n", run(r, "nc -l"));
    }

    @Test
    void connectTimeoutKeepsEinprogressAndSendsOneSyn() {
        ScriptRunner r = pair();
        run(r, "ip netns exec s iptables -A INPUT -p tcp --dport 7001 -j DROP");
        assertEquals("nc: connect to 10.0.6.2 port 7001 (tcp) timed out: Operation now in progress\n[exit 1]\n",
                run(r, "ip netns exec c nc -zv -w 1 10.0.6.2 7001"));
        org.junit.jupiter.api.Assertions.assertTrue(run(r, "ip netns exec s iptables -S INPUT -v").contains("--dport 7001 -c 1 60"));
    }

    @Test
    void bindFailureAndBadNumbers() {
        ScriptRunner r = pair();
        assertEquals("nc: bind failed: Cannot assign requested address\n[exit 1]\n", run(r, "nc -zv -s 10.1.1.1 127.0.0.1 80"));
        assertEquals("nc: quit timer invalid: x\n[exit 1]\n", run(r, "nc -q x 10.0.0.1 1"));
        assertEquals("nc: receive limit invalid: x\n[exit 1]\n", run(r, "nc -u -l -W x 9000"));
        assertEquals("nc: getaddrinfo for host \"no.such.host\" port 80: Temporary failure in name resolution\n[exit 1]\n",
                run(r, "nc -z no.such.host 80"));
    }

    @Test
    void udpServerQuitsAfterItsReceiveLimit() {
        ScriptRunner r = pair();
        // A background job writes to the stream it was started with, as a shell's job does.
        ByteArrayOutputStream job = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(job, true, StandardCharsets.UTF_8);
        assertEquals(0, r.runLine("ip netns exec s nc -u -l -W 1 6000 &", p, p));
        assertEquals("", run(r, "echo datagram | ip netns exec c nc -u -w 1 10.0.6.2 6000"));
        assertEquals("datagram\n", job.toString(StandardCharsets.UTF_8));
        // a later line is a fresh bash -c: no jobs of its own
        assertEquals("", run(r, "jobs"));
    }
}
