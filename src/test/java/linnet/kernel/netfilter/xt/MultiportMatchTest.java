package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static linnet.kernel.netfilter.xt.NfFixture.ranges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.NfPacket;
import linnet.wire.Tcp;
import org.junit.jupiter.api.Test;

/** -m multiport (xt_multiport rev 1): lists of ports and ranges on source, destination or either. */
class MultiportMatchTest {
    static NfPacket tcp(int sport, int dport) { return bare(NfFixture.tcp("10.0.0.1", "10.0.0.2", sport, dport, Tcp.SYN)); }

    static NfPacket udp(int sport, int dport) { return bare(NfFixture.udp("10.0.0.1", "10.0.0.2", sport, dport)); }

    final List<int[]> web = ranges(80, 80, 443, 443, 8000, 8010);

    @Test
    void name() { assertEquals("multiport", new MultiportMatch(MultiportMatch.DESTINATION, web, false).name()); }

    @Test
    void destinationPortsAndRanges() {
        MultiportMatch m = new MultiportMatch(MultiportMatch.DESTINATION, web, false);
        assertTrue(m.match(tcp(40000, 80)));
        assertTrue(m.match(tcp(40000, 443)));
        assertTrue(m.match(tcp(40000, 8000)));
        assertTrue(m.match(tcp(40000, 8005)));
        assertTrue(m.match(tcp(40000, 8010)));
        assertFalse(m.match(tcp(40000, 8011)));
        assertFalse(m.match(tcp(40000, 7999)));
        assertFalse(m.match(tcp(40000, 81)));
        assertFalse(m.match(tcp(80, 40000)), "only the destination counts");
        assertTrue(m.match(udp(1, 443)), "UDP carries its ports in the same place");
    }

    @Test
    void sourcePorts() {
        MultiportMatch m = new MultiportMatch(MultiportMatch.SOURCE, web, false);
        assertTrue(m.match(tcp(443, 40000)));
        assertTrue(m.match(tcp(8009, 1)));
        assertFalse(m.match(tcp(40000, 443)), "only the source counts");
    }

    @Test
    void eitherSide() {
        MultiportMatch m = new MultiportMatch(MultiportMatch.EITHER, web, false);
        assertTrue(m.match(tcp(80, 40000)));
        assertTrue(m.match(tcp(40000, 80)));
        assertTrue(m.match(tcp(443, 8001)));
        assertFalse(m.match(tcp(40000, 40001)));
    }

    @Test
    void inversion() {
        MultiportMatch notDst = new MultiportMatch(MultiportMatch.DESTINATION, web, true);
        assertFalse(notDst.match(tcp(1, 80)));
        assertFalse(notDst.match(tcp(1, 8003)));
        assertTrue(notDst.match(tcp(1, 22)));
        assertTrue(notDst.match(tcp(80, 22)), "the source is not looked at");
        MultiportMatch notEither = new MultiportMatch(MultiportMatch.EITHER, web, true);
        assertFalse(notEither.match(tcp(80, 22)));
        assertFalse(notEither.match(tcp(22, 80)));
        assertTrue(notEither.match(tcp(22, 23)));
        MultiportMatch notSrc = new MultiportMatch(MultiportMatch.SOURCE, web, true);
        assertFalse(notSrc.match(tcp(443, 1)));
        assertTrue(notSrc.match(tcp(1, 443)));
    }

    @Test
    void fifteenPortsAllCount() {
        List<int[]> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) many.add(new int[] {1000 + i * 10, 1000 + i * 10});
        MultiportMatch m = new MultiportMatch(MultiportMatch.DESTINATION, many, false);
        assertTrue(m.match(tcp(1, 1000)));
        assertTrue(m.match(tcp(1, 1140)), "the 15th entry");
        assertFalse(m.match(tcp(1, 1141)));
        assertFalse(m.match(tcp(1, 1005)));
    }

    @Test
    void nonFirstFragmentNeverMatches() {
        NfPacket frag = bare(NfFixture.fragment(NfFixture.udp("10.0.0.1", "10.0.0.2", 80, 80, 40), 8));
        assertFalse(new MultiportMatch(MultiportMatch.EITHER, web, false).match(frag));
        assertFalse(new MultiportMatch(MultiportMatch.EITHER, web, true).match(frag), "not even inverted");
        assertFalse(frag.hotdrop);
    }

    @Test
    void truncatedHeaderHotdrops() {
        NfPacket p = bare(NfFixture.truncated(6, 2));
        assertFalse(new MultiportMatch(MultiportMatch.EITHER, web, true).match(p));
        assertTrue(p.hotdrop);
    }

    @Test
    void rangesAreCopiedAndComparedByValue() {
        List<int[]> l = ranges(22, 22);
        MultiportMatch a = new MultiportMatch(MultiportMatch.DESTINATION, l, false);
        l.add(new int[] {23, 23});
        assertEquals(1, a.ranges().size(), "the list is copied");
        MultiportMatch b = new MultiportMatch(MultiportMatch.DESTINATION, ranges(22, 22), false);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new MultiportMatch(MultiportMatch.DESTINATION, ranges(22, 23), false));
        assertNotEquals(a, new MultiportMatch(MultiportMatch.SOURCE, ranges(22, 22), false));
        assertNotEquals(a, new MultiportMatch(MultiportMatch.DESTINATION, ranges(22, 22), true));
        assertNotEquals(a, new MultiportMatch(MultiportMatch.DESTINATION, ranges(22, 22, 23, 23), false));
    }
}
