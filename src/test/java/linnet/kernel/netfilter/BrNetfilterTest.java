package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** Bridged IPv4 goes through the FORWARD chain while bridge-nf-call-iptables is 1, and not when 0. */
class BrNetfilterTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void forwardPolicyDropStopsBridgedTrafficOnlyWhileBrNetfilterIsOn() {
        Lab lab = new Lab(3, Lab.Profile.BARE);
        ScriptRunner r = new ScriptRunner(lab);
        for (String l : new String[] {"ip netns add a", "ip netns add b", "ip link add br9 type bridge", "ip link set br9 up",
            "ip link add x1 netns a type veth peer name p1", "ip link add x2 netns b type veth peer name p2",
            "ip link set p1 master br9", "ip link set p2 master br9", "ip link set p1 up", "ip link set p2 up",
            "ip -n a addr add 172.20.0.1/24 dev x1", "ip -n b addr add 172.20.0.2/24 dev x2",
            "ip -n a link set x1 up", "ip -n b link set x2 up"}) {
            run(r, l);
        }
        assertTrue(run(r, "ip netns exec a ping -c 1 172.20.0.2").contains("1 received"));
        var root = lab.main.kernel.initNet();
        XtTable filter = XtTable.fresh("filter");
        filter.chains.get("FORWARD").policy = Verdict.NF_DROP;
        filter.chains.get("FORWARD").policyCounters = true; // as `iptables -P` turns them on (nf_tables)
        NetfilterNet.of(root).xtables.install(filter);
        assertTrue(run(r, "ip netns exec a ping -c 1 -W 1 172.20.0.2").contains("0 received"));
        assertEquals(1, filter.chains.get("FORWARD").policyPkts, "one echo request hit the policy; ARP is not IPv4");
        assertEquals(84, filter.chains.get("FORWARD").policyBytes);
        run(r, "sysctl -w net.bridge.bridge-nf-call-iptables=0");
        assertTrue(run(r, "ip netns exec a ping -c 1 -W 1 172.20.0.2").contains("1 received"));
        assertEquals(1, filter.chains.get("FORWARD").policyPkts);
    }
}
