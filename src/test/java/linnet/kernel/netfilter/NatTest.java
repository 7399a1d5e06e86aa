package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.kernel.netfilter.xt.NatTarget;
import linnet.kernel.rtnl.ConnInfo;
import linnet.kernel.rtnl.RtnlConntrack;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.wire.Inet4;
import org.junit.jupiter.api.Test;

/** MASQUERADE end to end: a namespace behind the host reaches the upstream world only with NAT. */
class NatTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void masqueradeLetsANamespaceReachTheWorld() {
        Lab lab = new Lab(7, Lab.Profile.HOST);
        ScriptRunner r = new ScriptRunner(lab);
        for (String l : List.of("ip netns add c", "ip link add h0 type veth peer name c0 netns c",
                "ip addr add 192.168.77.1/24 dev h0", "ip link set h0 up", "ip -n c addr add 192.168.77.2/24 dev c0",
                "ip -n c link set c0 up", "ip -n c route add default via 192.168.77.1", "sysctl -w net.ipv4.ip_forward=1")) {
            run(r, l);
        }
        assertTrue(run(r, "ip netns exec c ping -c 1 -W 1 203.0.113.10").contains("100% packet loss"),
                "without NAT the world has no route back to 192.168.77.0/24");
        var root = lab.main.kernel.initNet();
        XtTable nat = XtTable.fresh("nat");
        nat.chains.get("POSTROUTING").rules.add(new XtRule(
                new IpEntry(Inet4.parse("192.168.77.0"), Inet4.mask(24), 0, 0, "", "", 0, false, 0), List.of(),
                new NatTarget("MASQUERADE", 0, 0, 0, 0, 0)));
        NetfilterNet.of(root).xtables.install(nat);
        String out = run(r, "ip netns exec c ping -c 2 -i 0.2 203.0.113.10");
        assertTrue(out.contains("2 received"), out);
        List<ConnInfo> cts = RtnlConntrack.dump(root);
        // The first (un-NATed, unanswered) ping left its own entry; the NATed flow is the newest.
        ConnInfo icmp = cts.stream().filter(c -> c.orig().proto() == 1).reduce((a, b) -> b).orElseThrow();
        assertEquals(Inet4.parse("192.168.77.2"), icmp.orig().src());
        assertEquals(Inet4.parse("10.0.2.15"), icmp.reply().dst(), "the reply comes back to the host's address");
        assertTrue((icmp.status() & NfConn.IPS_SRC_NAT) != 0);
        assertEquals(1, nat.chains.get("POSTROUTING").rules.get(0).pkts, "the nat table sees only a connection's first packet");
    }
}
