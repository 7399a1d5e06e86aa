package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.Verdict;
import org.junit.jupiter.api.Test;

/** ACCEPT, DROP, RETURN and the counting-only rule: their verdicts and names. */
class StandardTargetTest {
    static NfPacket p() { return bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2)); }

    @Test
    void verdicts() {
        assertEquals(1, StandardTarget.ACCEPT.target(p()));
        assertEquals(Verdict.NF_ACCEPT, StandardTarget.ACCEPT.target(p()));
        assertEquals(0, StandardTarget.DROP.target(p()));
        assertEquals(Verdict.NF_DROP, StandardTarget.DROP.target(p()));
        assertEquals(-2, StandardTarget.RETURN.target(p()));
        assertEquals(Verdict.XT_RETURN, StandardTarget.RETURN.target(p()));
        assertEquals(-1, StandardTarget.NONE.target(p()));
        assertEquals(Verdict.XT_CONTINUE, StandardTarget.NONE.target(p()));
    }

    @Test
    void names() {
        assertEquals("ACCEPT", StandardTarget.ACCEPT.name());
        assertEquals("DROP", StandardTarget.DROP.name());
        assertEquals("RETURN", StandardTarget.RETURN.name());
        assertEquals("", StandardTarget.NONE.name());
        assertEquals("", new StandardTarget(Verdict.NF_QUEUE).name());
        assertEquals(StandardTarget.ACCEPT, new StandardTarget(Verdict.NF_ACCEPT));
    }

    @Test
    void noTableOrHookRestrictions() {
        assertNull(StandardTarget.DROP.tables());
        assertEquals(0, StandardTarget.DROP.hooks());
    }

    @Test
    void targetsDoNotTouchThePacket() {
        NfPacket p = p();
        byte[] before = p.buf().clone();
        p.skb.mark = 7;
        for (StandardTarget t : new StandardTarget[] {StandardTarget.ACCEPT, StandardTarget.DROP, StandardTarget.RETURN,
            StandardTarget.NONE}) t.target(p);
        assertArrayEquals(before, p.buf());
        assertEquals(7, p.skb.mark);
    }

    @Test
    void jumpsAreResolvedByTheTraversalOnly() {
        JumpTarget j = new JumpTarget("MYCHAIN", false);
        assertEquals("MYCHAIN", j.name());
        assertThrows(IllegalStateException.class, () -> j.target(p()));
    }
}
