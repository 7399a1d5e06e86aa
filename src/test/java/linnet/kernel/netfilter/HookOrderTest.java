package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * The order in which a packet meets the tables' chains, as in Linux's hook priorities, for a packet
 * delivered locally, one forwarded, and one generated locally. A recording target that returns
 * XT_CONTINUE sits in every built-in chain of every table.
 */
class HookOrderTest {
    /** Records "table CHAIN" for ICMP echo requests only (ARP and replies are not IP or not asked). */
    record Recorder(String label, List<String> log) implements XtTarget {
        @Override
        public String name() { return "RECORD"; }

        @Override
        public int target(NfPacket p) {
            int ic = p.ip() + linnet.wire.Ipv4.ihl(p.buf(), p.ip());
            if (linnet.wire.Ipv4.protocol(p.buf(), p.ip()) == 1 && (p.buf()[ic] & 0xff) == 8) log.add(label);
            return Verdict.XT_CONTINUE;
        }
    }

    private static void instrument(Net net, List<String> log) {
        for (String t : List.of("raw", "mangle", "nat", "filter", "security")) {
            XtTable table = XtTable.fresh(t);
            for (XtChain c : table.chains.values())
                c.rules.add(new XtRule(IpEntry.ANY, List.of(), new Recorder(t + " " + c.name, log)));
            // nat chains only run on tracked packets, and conntrack only runs for a NAT target or a
            // conntrack match: one MASQUERADE that never matches turns it on.
            if (t.equals("nat"))
                table.chains.get("POSTROUTING").rules.add(new XtRule(new IpEntry(0, 0, 0, 0, "", "none0", 0, false, 0),
                        List.of(), new linnet.kernel.netfilter.xt.NatTarget("MASQUERADE", 0, 0, 0, 0, 0)));
            NetfilterNet.of(net).xtables.install(table);
        }
    }

    private static void sh(ScriptRunner r, String... lines) {
        PrintStream p = new PrintStream(new ByteArrayOutputStream());
        for (String l : lines) r.runLine(l, p, p);
    }

    private static ScriptRunner router(Lab lab) {
        ScriptRunner r = new ScriptRunner(lab);
        sh(r, "ip netns add a", "ip netns add b", "ip netns add rt",
                "ip link add a0 netns a type veth peer name ra netns rt",
                "ip link add b0 netns b type veth peer name rb netns rt",
                "ip -n a addr add 10.1.0.2/24 dev a0", "ip -n rt addr add 10.1.0.1/24 dev ra",
                "ip -n b addr add 10.2.0.2/24 dev b0", "ip -n rt addr add 10.2.0.1/24 dev rb",
                "ip -n a link set a0 up", "ip -n b link set b0 up", "ip -n rt link set ra up", "ip -n rt link set rb up",
                "ip -n a route add default via 10.1.0.1", "ip -n b route add default via 10.2.0.1",
                "ip netns exec rt sysctl -w net.ipv4.ip_forward=1");
        return r;
    }

    @Test
    void localDeliveryForwardAndLocalOutput() {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        ScriptRunner r = router(lab);
        List<String> log = new ArrayList<>();
        instrument(lab.main.host.netns().get("rt"), log);

        sh(r, "ip netns exec a ping -c 1 10.1.0.1");
        assertEquals(List.of("raw PREROUTING", "mangle PREROUTING", "nat PREROUTING", "mangle INPUT", "filter INPUT",
                "security INPUT", "nat INPUT"), log, "delivered locally");

        log.clear();
        sh(r, "ip netns exec a ping -c 1 10.2.0.2");
        assertEquals(List.of("raw PREROUTING", "mangle PREROUTING", "nat PREROUTING", "mangle FORWARD", "filter FORWARD",
                "security FORWARD", "mangle POSTROUTING", "nat POSTROUTING"), log, "forwarded");

        log.clear();
        sh(r, "ip netns exec rt ping -c 1 10.2.0.2");
        assertEquals(List.of("raw OUTPUT", "mangle OUTPUT", "nat OUTPUT", "filter OUTPUT", "security OUTPUT",
                "mangle POSTROUTING", "nat POSTROUTING"), log, "generated locally");

    }
}
