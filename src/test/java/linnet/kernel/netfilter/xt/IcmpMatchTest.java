package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfPacket;
import org.junit.jupiter.api.Test;

/** -m icmp --icmp-type (ipt_icmp): type, code range, "any", inversion. */
class IcmpMatchTest {
    static NfPacket icmp(int type, int code) { return bare(NfFixture.icmp("10.0.0.1", "10.0.0.2", type, code)); }

    @Test
    void name() { assertEquals("icmp", new IcmpMatch(8, 0, 0xff, false).name()); }

    @Test
    void typeWithAnyCode() {
        IcmpMatch echo = new IcmpMatch(8, 0, 0xff, false);
        assertTrue(echo.match(icmp(8, 0)));
        assertTrue(echo.match(icmp(8, 255)));
        assertFalse(echo.match(icmp(0, 0)));
        assertFalse(echo.match(icmp(3, 8)), "the code byte is not the type");
    }

    @Test
    void exactCode() {
        IcmpMatch portUnreach = new IcmpMatch(3, 3, 3, false);
        assertTrue(portUnreach.match(icmp(3, 3)));
        assertFalse(portUnreach.match(icmp(3, 1)));
        assertFalse(portUnreach.match(icmp(3, 4)));
        assertFalse(portUnreach.match(icmp(11, 3)));
    }

    @Test
    void codeRangeIncludesBothEnds() {
        IcmpMatch r = new IcmpMatch(3, 9, 10, false);
        assertFalse(r.match(icmp(3, 8)));
        assertTrue(r.match(icmp(3, 9)));
        assertTrue(r.match(icmp(3, 10)));
        assertFalse(r.match(icmp(3, 11)));
    }

    @Test
    void anyTypeMatchesEverything() {
        IcmpMatch any = new IcmpMatch(0xff, 0, 0xff, false);
        assertTrue(any.match(icmp(0, 0)));
        assertTrue(any.match(icmp(8, 0)));
        assertTrue(any.match(icmp(3, 13)));
        assertTrue(any.match(icmp(254, 254)));
        // "any" ignores the code range too (ipt_icmp tests test_type == 0xFF first).
        assertTrue(new IcmpMatch(0xff, 5, 5, false).match(icmp(8, 0)));
        assertFalse(new IcmpMatch(0xff, 0, 0xff, true).match(icmp(8, 0)), "! any matches nothing");
    }

    @Test
    void inversion() {
        IcmpMatch notEcho = new IcmpMatch(8, 0, 0xff, true);
        assertFalse(notEcho.match(icmp(8, 0)));
        assertTrue(notEcho.match(icmp(0, 0)));
        IcmpMatch notHostUnreach = new IcmpMatch(3, 1, 1, true);
        assertFalse(notHostUnreach.match(icmp(3, 1)));
        assertTrue(notHostUnreach.match(icmp(3, 3)), "another code of the same type");
        assertTrue(notHostUnreach.match(icmp(11, 1)), "another type with the same code");
    }

    @Test
    void nonFirstFragmentNeverMatches() {
        NfPacket frag = bare(NfFixture.fragment(NfFixture.icmp("10.0.0.1", "10.0.0.2", 8, 0, 1, 1, 64), 32));
        assertFalse(new IcmpMatch(8, 0, 0xff, false).match(frag));
        assertFalse(new IcmpMatch(8, 0, 0xff, true).match(frag), "not even inverted");
        assertFalse(new IcmpMatch(0xff, 0, 0xff, false).match(frag));
        assertFalse(frag.hotdrop);
    }

    @Test
    void truncatedHeaderHotdrops() {
        NfPacket p = bare(NfFixture.truncated(1, 1));
        assertFalse(new IcmpMatch(0xff, 0, 0xff, false).match(p));
        assertTrue(p.hotdrop);
        NfPacket two = bare(NfFixture.truncated(1, 2));
        assertTrue(new IcmpMatch(0, 0, 0, false).match(two), "type and code (zeros) are present");
        assertFalse(two.hotdrop);
    }
}
