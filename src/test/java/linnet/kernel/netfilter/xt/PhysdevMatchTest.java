package linnet.kernel.netfilter.xt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfPacket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** -m physdev (xt_physdev): the bridge ports of a bridged packet (NfPacket.physIn / physOut). */
class PhysdevMatchTest {
    static final int IN = PhysdevMatch.OP_IN, OUT = PhysdevMatch.OP_OUT, BRIDGED = PhysdevMatch.OP_BRIDGED,
            ISIN = PhysdevMatch.OP_ISIN, ISOUT = PhysdevMatch.OP_ISOUT;

    NfFixture f;

    @BeforeEach
    void setUp() { f = new NfFixture(); }

    NfPacket packet(String physIn, String physOut) {
        NfPacket p = f.pkt(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2), 2, "lo", "lo");
        p.physIn = physIn == null ? null : f.dev(physIn);
        p.physOut = physOut == null ? null : f.dev(physOut);
        return p;
    }

    static PhysdevMatch m(String in, String out, int bitmask, int invert) { return new PhysdevMatch(in, out, bitmask, invert); }

    @Test
    void name() { assertEquals("physdev", m("a", "", IN, 0).name()); }

    @Test
    void physdevIn() {
        NfPacket p = packet("eth0", "vbr1");
        assertTrue(m("eth0", "", IN, 0).match(p));
        assertFalse(m("eth1", "", IN, 0).match(p));
        assertTrue(m("eth+", "", IN, 0).match(p));
        assertFalse(m("vbr+", "", IN, 0).match(p));
        assertFalse(m("eth", "", IN, 0).match(p), "no '+': the whole name must match");
        assertFalse(m("eth0", "", IN, IN).match(p));
        assertTrue(m("eth1", "", IN, IN).match(p));
        assertFalse(m("eth1", "", IN, OUT).match(p), "the OUT invert bit does not invert --physdev-in");
    }

    @Test
    void physdevOut() {
        NfPacket p = packet("eth0", "vbr1");
        assertTrue(m("", "vbr1", OUT, 0).match(p));
        assertFalse(m("", "vbr0", OUT, 0).match(p));
        assertTrue(m("", "vbr+", OUT, 0).match(p));
        assertFalse(m("", "vbr1", OUT, OUT).match(p));
        assertTrue(m("", "vbr0", OUT, OUT).match(p));
        assertTrue(m("eth0", "vbr1", IN | OUT, 0).match(p));
        assertFalse(m("eth0", "vbr0", IN | OUT, 0).match(p));
        assertFalse(m("eth1", "vbr1", IN | OUT, 0).match(p));
        assertTrue(m("eth1", "vbr0", IN | OUT, IN | OUT).match(p));
    }

    @Test
    void physdevOutUnknownYet() {
        // PRE_ROUTING / INPUT of a bridged packet: the out port is not known; --physdev-out does not match.
        NfPacket p = packet("eth0", null);
        assertFalse(m("", "vbr1", OUT, 0).match(p));
        assertTrue(m("eth0", "", IN, 0).match(p));
        assertFalse(m("eth1", "", IN, 0).match(p));
    }

    @Test
    void invertedPhysdevOutUnknownYetDoesNotMatch() {
        NfPacket p = packet("eth0", null);
        assertFalse(m("", "vbr1", OUT, OUT).match(p));
    }

    @Test
    void physdevInSkippedWithoutAnInPort() {
        NfPacket p = packet(null, "vbr1");
        assertTrue(m("eth0", "", IN, 0).match(p));
        assertTrue(m("eth0", "", IN, IN).match(p));
    }

    @Test
    void isBridgedIsInIsOut() {
        NfPacket forwarded = packet("eth0", "vbr1");
        NfPacket incoming = packet("eth0", null);
        assertTrue(m("", "", BRIDGED, 0).match(forwarded));
        assertFalse(m("", "", BRIDGED, BRIDGED).match(forwarded));
        assertFalse(m("", "", BRIDGED, 0).match(incoming), "bridged means it has an out port");
        assertTrue(m("", "", BRIDGED, BRIDGED).match(incoming));
        assertTrue(m("", "", ISIN, 0).match(incoming));
        assertFalse(m("", "", ISIN, ISIN).match(incoming));
        assertFalse(m("", "", ISOUT, 0).match(incoming));
        assertTrue(m("", "", ISOUT, ISOUT).match(incoming));
        assertTrue(m("", "", ISIN | ISOUT, 0).match(forwarded));
        assertFalse(m("", "", ISIN | ISOUT, ISOUT).match(forwarded));
    }

    @Test
    void notBridgedMatchesOnlyInvertedTests() {
        NfPacket p = packet(null, null);
        for (int op : new int[] {IN, OUT, BRIDGED, ISIN, ISOUT}) {
            assertFalse(m("eth0", "vbr1", op, 0).match(p), "op " + op);
            assertTrue(m("eth0", "vbr1", op, op).match(p), "! op " + op);
        }
        assertFalse(m("eth0", "vbr1", IN | ISIN, IN).match(p), "one non-inverted test is enough to fail");
        assertTrue(m("eth0", "vbr1", IN | ISIN, IN | ISIN).match(p));
        assertTrue(m("", "", 0, 0).match(p));
    }
}
