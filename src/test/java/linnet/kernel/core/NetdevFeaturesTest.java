package linnet.kernel.core;

import static linnet.kernel.core.NetdevFeatures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The generic feature rules of net/core/dev.c, one rule per test. */
class NetdevFeaturesTest {
    private static final long VETH_LIKE = of(SG, FRAGLIST, HW_CSUM, RXCSUM, SCTP_CRC, HIGHDMA) | GSO_SOFTWARE;

    @Test
    void segmentationWithoutScatterGatherIsDropped() {
        long f = fix(VETH_LIKE & ~f(SG) | f(GSO));
        assertEquals(0, f & ALL_TSO);
        assertFalse(has(f, GSO), "software GSO needs SG");
        // AccECN segmentation is not part of ALL_TSO: it survives, as on 6.18
        assertTrue(has(f, GSO_ACCECN));
        assertTrue(has(f, GSO_UDP_L4));
    }

    @Test
    void tcpSegmentationNeedsTheMatchingChecksum() {
        long f = fix(VETH_LIKE & ~f(HW_CSUM));
        assertFalse(has(f, TSO));
        assertFalse(has(f, TSO_ECN));
        assertFalse(has(f, TSO_MANGLEID), "mangleid follows TSO");
        assertFalse(has(f, TSO6));
        assertFalse(has(f, GSO_UDP_L4), "USO needs checksums of both IP versions");
        long v4only = fix(VETH_LIKE & ~f(HW_CSUM) | f(IP_CSUM));
        assertTrue(has(v4only, TSO));
        assertFalse(has(v4only, TSO6));
        assertFalse(has(v4only, GSO_UDP_L4));
    }

    @Test
    void genericChecksumHidesThePerProtocolOnes() {
        assertEquals(f(HW_CSUM), fix(of(HW_CSUM, IP_CSUM, IPV6_CSUM)) & CSUM_MASK);
    }

    @Test
    void ecnAloneIsNotSegmentation() {
        assertFalse(has(fix(of(SG, HW_CSUM, TSO_ECN)), TSO_ECN));
        assertTrue(has(fix(of(SG, HW_CSUM, TSO_ECN, TSO6)), TSO_ECN));
    }

    @Test
    void upperDeviceTakesOneForAllFromAnyLowerAndAllForAllFromEvery() {
        long upperWants = of(SG, HIGHDMA, HW_CSUM, FSO, GSO_ROBUST) | GSO_SOFTWARE;
        long start = upperWants & ~ONE_FOR_ALL;
        long withA = increment(start, of(SG, HW_CSUM, FSO), upperWants);
        assertTrue(has(withA, SG));
        assertTrue(has(withA, FSO));
        long withAB = increment(withA, of(HIGHDMA), upperWants);
        assertTrue(has(withAB, HIGHDMA), "one lower device is enough");
        assertFalse(has(withAB, FSO), "every lower device must have it");
        assertFalse(has(withAB, GSO_ROBUST));
        // what the upper device does not want never comes from below
        assertFalse(has(increment(start, of(LOOPBACK), upperWants), LOOPBACK));
    }

    @Property
    void fixingIsIdempotentAndOnlyRemoves(@ForAll long features) {
        long once = fix(features);
        assertEquals(0, once & ~features);
        assertEquals(once, fix(once));
    }

    @Test
    void everyNamedBitHasOneName() {
        for (int b = 0; b < COUNT; b++) if (name(b) != null) assertEquals(b, bit(name(b)));
        assertEquals(-1, bit("TSO"), "names are case-sensitive");
        assertEquals(-1, bit("tx-lockless"), "lltx is no longer a feature");
    }
}
