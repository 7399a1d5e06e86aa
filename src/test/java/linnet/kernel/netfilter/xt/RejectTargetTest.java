package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.NfIpv4Ops;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.netfilter.Xtables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** REJECT (ipt_REJECT): each --reject-with becomes the right ICMP error or a TCP reset, then DROP. */
class RejectTargetTest {
    /** Records what REJECT asks of the IPv4 layer. */
    static final class Recorder implements NfIpv4Ops {
        final List<String> calls = new ArrayList<>();
        final List<SkBuff> skbs = new ArrayList<>();

        @Override
        public void sendIcmpError(SkBuff skb, int type, int code, int hook) {
            calls.add("icmp " + type + "/" + code + " hook " + hook);
            skbs.add(skb);
        }

        @Override
        public void sendTcpReset(SkBuff skb, int hook) {
            calls.add("rst hook " + hook);
            skbs.add(skb);
        }

        @Override
        public int addrType(Net net, int addr, NetDevice dev) { throw new AssertionError("not for REJECT"); }

        @Override
        public int masqueradeSource(NetDevice out, int nexthop) { throw new AssertionError("not for REJECT"); }

        @Override
        public int firstAddress(NetDevice in) { throw new AssertionError("not for REJECT"); }

        @Override
        public int[] inputRoute(SkBuff skb, NetDevice br) { throw new AssertionError("not for REJECT"); }

        @Override
        public void neighOutput(SkBuff skb, NetDevice dev, int nexthop) { throw new AssertionError("not for REJECT"); }

    }

    NfIpv4Ops saved;
    Recorder rec;

    @BeforeEach
    void install() {
        saved = RejectTarget.ops;
        rec = new Recorder();
        RejectTarget.ops = rec;
    }

    @AfterEach
    void restore() { RejectTarget.ops = saved; }

    static NfPacket packet(int hook) {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        p.hook = hook;
        return p;
    }

    String reject(int with, int hook) {
        NfPacket p = packet(hook);
        byte[] before = p.buf().clone();
        assertEquals(Verdict.NF_DROP, new RejectTarget(with).target(p), "REJECT always drops the packet itself");
        assertArrayEquals(before, p.buf(), "the rejected packet is not modified");
        if (rec.calls.isEmpty()) return "";
        assertEquals(1, rec.calls.size(), rec.calls.toString());
        assertSame(p.skb, rec.skbs.get(0), "the error is about the rejected packet");
        String c = rec.calls.get(0);
        rec.calls.clear();
        rec.skbs.clear();
        return c;
    }

    @Test
    void eachRejectWith() {
        assertEquals("icmp 3/0 hook 1", reject(RejectTarget.ICMP_NET_UNREACHABLE, 1));
        assertEquals("icmp 3/1 hook 1", reject(RejectTarget.ICMP_HOST_UNREACHABLE, 1));
        assertEquals("icmp 3/2 hook 1", reject(RejectTarget.ICMP_PROT_UNREACHABLE, 1));
        assertEquals("icmp 3/3 hook 1", reject(RejectTarget.ICMP_PORT_UNREACHABLE, 1));
        assertEquals("icmp 3/9 hook 1", reject(RejectTarget.ICMP_NET_PROHIBITED, 1));
        assertEquals("icmp 3/10 hook 1", reject(RejectTarget.ICMP_HOST_PROHIBITED, 1));
        assertEquals("icmp 3/13 hook 1", reject(RejectTarget.ICMP_ADMIN_PROHIBITED, 1));
        assertEquals("rst hook 1", reject(RejectTarget.TCP_RESET, 1));
        assertEquals("", reject(RejectTarget.ICMP_ECHOREPLY, 1), "echo-reply sends nothing (ipt_REJECT ignores it)");
    }

    @Test
    void enumValuesAreIptRejectWith() {
        assertEquals(0, RejectTarget.ICMP_NET_UNREACHABLE);
        assertEquals(1, RejectTarget.ICMP_HOST_UNREACHABLE);
        assertEquals(2, RejectTarget.ICMP_PROT_UNREACHABLE);
        assertEquals(3, RejectTarget.ICMP_PORT_UNREACHABLE);
        assertEquals(4, RejectTarget.ICMP_ECHOREPLY);
        assertEquals(5, RejectTarget.ICMP_NET_PROHIBITED);
        assertEquals(6, RejectTarget.ICMP_HOST_PROHIBITED);
        assertEquals(7, RejectTarget.TCP_RESET);
        assertEquals(8, RejectTarget.ICMP_ADMIN_PROHIBITED);
    }

    @Test
    void theHookIsPassedOn() {
        assertEquals("icmp 3/3 hook 2", reject(RejectTarget.ICMP_PORT_UNREACHABLE, 2));
        assertEquals("icmp 3/3 hook 3", reject(RejectTarget.ICMP_PORT_UNREACHABLE, 3));
        assertEquals("rst hook 3", reject(RejectTarget.TCP_RESET, 3));
    }

    @Test
    void allowedTablesAndHooks() {
        RejectTarget t = new RejectTarget(RejectTarget.ICMP_PORT_UNREACHABLE);
        assertEquals("REJECT", t.name());
        assertArrayEquals(new String[] {"filter", "mangle", "raw", "security"}, t.tables());
        assertEquals((1 << 1) | (1 << 2) | (1 << 3), t.hooks(), "INPUT, FORWARD, OUTPUT");
    }

    @Test
    void inATraversalTheRejectIsFinal() {
        Xtables x = new Xtables();
        XtTable t = XtTable.fresh("filter");
        XtRule rej = new XtRule(IpEntry.ANY, List.of(), new RejectTarget(RejectTarget.ICMP_HOST_PROHIBITED));
        XtRule after = new XtRule(IpEntry.ANY, List.of(), linnet.kernel.netfilter.StandardTarget.ACCEPT);
        t.chains.get("FORWARD").rules.addAll(List.of(rej, after));
        x.install(t);
        assertEquals(Verdict.NF_DROP, x.doTable("filter", 2, packet(2)));
        assertEquals(List.of("icmp 3/10 hook 2"), rec.calls);
        assertEquals(0, after.pkts);
    }
}
