package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import org.junit.jupiter.api.Test;

/** MARK --set-xmark value/mask: mark = (mark &amp; ~mask) ^ value, then go on. */
class MarkTargetTest {
    static int apply(int mark, MarkTarget t) {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        p.skb.mark = mark;
        byte[] before = p.buf().clone();
        assertEquals(Verdict.XT_CONTINUE, t.target(p));
        assertArrayEquals(before, p.buf(), "only the metadata changes");
        return p.skb.mark;
    }

    @Test
    void name() { assertEquals("MARK", new MarkTarget(1, -1).name()); }

    @Test
    void setXmark() {
        assertEquals(0x1f, apply(0xff, new MarkTarget(0x10, 0xf0)), "(0xff & ~0xf0) ^ 0x10");
        assertEquals(0x10, apply(0x00, new MarkTarget(0x10, 0xf0)));
        assertEquals(0x1234, apply(0xdeadbeef, new MarkTarget(0x1234, 0xffffffff)), "full mask: set");
    }

    @Test
    void xorInsideTheMask() {
        // A value bit outside the mask flips the old bit instead of setting it.
        assertEquals(0x0e, apply(0x0f, new MarkTarget(0x01, 0x00)), "--xor-mark 1");
        assertEquals(0x0f, apply(0x0e, new MarkTarget(0x01, 0x00)));
        assertEquals(0x01, apply(0x11, new MarkTarget(0x10, 0x00)));
    }

    @Test
    void theOtherSpellings() {
        // --set-mark 0x5/0xf is xmark 0x5/0xf (value inside the mask)
        assertEquals(0xa5, apply(0xaa, new MarkTarget(0x05, 0x0f)));
        // --and-mark 0x0f is xmark 0/~0x0f
        assertEquals(0x0a, apply(0xaa, new MarkTarget(0, ~0x0f)));
        // --or-mark 0x0f is xmark 0x0f/0x0f
        assertEquals(0xaf, apply(0xaa, new MarkTarget(0x0f, 0x0f)));
        // --xor-mark 0x0f is xmark 0x0f/0
        assertEquals(0xa5, apply(0xaa, new MarkTarget(0x0f, 0)));
    }

    @Test
    void highBits() {
        assertEquals(0x80000001, apply(0x00000001, new MarkTarget(0x80000000, 0x80000000)));
        assertEquals(0x7fffffff, apply(-1, new MarkTarget(0, 0x80000000)));
        assertEquals(0, apply(0x12345678, new MarkTarget(0, -1)), "clear everything");
    }
}
