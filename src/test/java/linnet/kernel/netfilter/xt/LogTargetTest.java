package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.netfilter.Xtables;
import org.junit.jupiter.api.Test;

/** LOG: a non-terminating target; the packet goes on to the next rule unchanged. */
class LogTargetTest {
    @Test
    void continues() {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        byte[] before = p.buf().clone();
        LogTarget t = new LogTarget("dropped: ", 4, 0);
        assertEquals(Verdict.XT_CONTINUE, t.target(p));
        assertArrayEquals(before, p.buf());
        assertEquals(0, p.skb.mark);
        assertFalse(p.hotdrop);
        assertEquals("LOG", t.name());
        assertNull(t.tables());
        assertEquals(0, t.hooks());
    }

    @Test
    void recordFieldsTellRulesApart() {
        assertEquals(new LogTarget("a", 4, 0), new LogTarget("a", 4, 0));
        assertNotEquals(new LogTarget("a", 4, 0), new LogTarget("b", 4, 0));
        assertNotEquals(new LogTarget("a", 4, 0), new LogTarget("a", 6, 0));
        assertNotEquals(new LogTarget("a", 4, 0), new LogTarget("a", 4, 1));
    }

    @Test
    void inAChainTheNextRuleDecides() {
        Xtables x = new Xtables();
        XtTable t = XtTable.fresh("filter");
        XtRule log = new XtRule(IpEntry.ANY, List.of(), new LogTarget("in: ", 4, 0));
        XtRule drop = new XtRule(IpEntry.ANY, List.of(), StandardTarget.DROP);
        t.chains.get("INPUT").rules.addAll(List.of(log, drop));
        x.install(t);
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        assertEquals(Verdict.NF_DROP, x.doTable("filter", 1, p));
        assertEquals(1, log.pkts);
        assertEquals(1, drop.pkts);
    }
}
