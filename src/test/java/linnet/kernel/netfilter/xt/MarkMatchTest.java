package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfPacket;
import org.junit.jupiter.api.Test;

/** -m mark --mark V[/M] (xt_mark): (mark &amp; M) == V, invertible. */
class MarkMatchTest {
    static NfPacket marked(int mark) {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        p.skb.mark = mark;
        return p;
    }

    @Test
    void exactValue() {
        MarkMatch m = new MarkMatch(5, 0xffffffff, false);
        assertEquals("mark", m.name());
        assertTrue(m.match(marked(5)));
        assertFalse(m.match(marked(4)));
        assertFalse(m.match(marked(0x105)), "the full mask sees the high bits");
        assertFalse(m.match(marked(0)));
    }

    @Test
    void zeroMarkMatchesUnmarked() {
        MarkMatch m = new MarkMatch(0, 0xffffffff, false);
        assertTrue(m.match(marked(0)));
        assertFalse(m.match(marked(1)));
    }

    @Test
    void maskSelectsBits() {
        MarkMatch m = new MarkMatch(0x10, 0xf0, false);
        assertTrue(m.match(marked(0x10)));
        assertTrue(m.match(marked(0x1f)), "low bits are masked out");
        assertTrue(m.match(marked(0xabcd0010)));
        assertFalse(m.match(marked(0x20)));
        assertFalse(m.match(marked(0x01)));
        assertTrue(new MarkMatch(0x80000000, 0x80000000, false).match(marked(0x80000001)), "the sign bit");
        assertFalse(new MarkMatch(0x80000000, 0x80000000, false).match(marked(0x7fffffff)));
    }

    @Test
    void valueOutsideTheMaskNeverMatches() {
        // (mark & 0x0f) can never equal 0x10.
        MarkMatch m = new MarkMatch(0x10, 0x0f, false);
        assertFalse(m.match(marked(0x10)));
        assertFalse(m.match(marked(0x1f)));
        assertTrue(new MarkMatch(0x10, 0x0f, true).match(marked(0x10)));
    }

    @Test
    void inversion() {
        MarkMatch m = new MarkMatch(0x10, 0xf0, true);
        assertFalse(m.match(marked(0x1f)));
        assertTrue(m.match(marked(0x20)));
        assertTrue(m.match(marked(0)));
        assertFalse(new MarkMatch(0, 0xffffffff, true).match(marked(0)));
        assertTrue(new MarkMatch(0, 0xffffffff, true).match(marked(7)));
    }
}
