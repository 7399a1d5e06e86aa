package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfPacket;
import linnet.wire.Tcp;
import org.junit.jupiter.api.Test;

/** -m tcp / -m udp (xt_tcpudp): port ranges on either side, each invertible. */
class PortMatchTest {
    static NfPacket udp(int sport, int dport) { return bare(NfFixture.udp("10.0.0.1", "10.0.0.2", sport, dport)); }

    static NfPacket tcp(int sport, int dport) { return bare(NfFixture.tcp("10.0.0.1", "10.0.0.2", sport, dport, Tcp.SYN)); }

    static PortMatch udpRule(int sLo, int sHi, int dLo, int dHi, boolean invS, boolean invD) {
        return new PortMatch("udp", 17, sLo, sHi, dLo, dHi, invS, invD);
    }

    @Test
    void anyMatchesEveryPort() {
        PortMatch any = PortMatch.any("udp", 17);
        assertEquals("udp", any.name());
        assertTrue(any.match(udp(0, 0)));
        assertTrue(any.match(udp(65535, 65535)));
        assertTrue(PortMatch.any("tcp", 6).match(tcp(1234, 80)));
        assertEquals("tcp", PortMatch.any("tcp", 6).name());
    }

    @Test
    void destinationPort() {
        PortMatch dns = udpRule(0, 0xffff, 53, 53, false, false);
        assertTrue(dns.match(udp(40000, 53)));
        assertFalse(dns.match(udp(40000, 54)));
        assertFalse(dns.match(udp(40000, 52)));
        assertFalse(dns.match(udp(53, 40000)), "the source port is not the destination");
    }

    @Test
    void sourcePort() {
        PortMatch r = udpRule(123, 123, 0, 0xffff, false, false);
        assertTrue(r.match(udp(123, 9)));
        assertFalse(r.match(udp(124, 123)));
    }

    @Test
    void rangesIncludeBothEnds() {
        PortMatch r = new PortMatch("tcp", 6, 0, 0xffff, 1000, 2000, false, false);
        assertFalse(r.match(tcp(5, 999)));
        assertTrue(r.match(tcp(5, 1000)));
        assertTrue(r.match(tcp(5, 1500)));
        assertTrue(r.match(tcp(5, 2000)));
        assertFalse(r.match(tcp(5, 2001)));
        PortMatch s = new PortMatch("tcp", 6, 1024, 65535, 0, 0xffff, false, false);
        assertFalse(s.match(tcp(1023, 80)));
        assertTrue(s.match(tcp(65535, 80)));
    }

    @Test
    void bothSidesMustMatch() {
        PortMatch r = udpRule(5000, 5000, 6000, 6000, false, false);
        assertTrue(r.match(udp(5000, 6000)));
        assertFalse(r.match(udp(5000, 6001)));
        assertFalse(r.match(udp(5001, 6000)));
    }

    @Test
    void destinationInversion() {
        PortMatch r = udpRule(0, 0xffff, 53, 53, false, true);
        assertFalse(r.match(udp(1, 53)));
        assertTrue(r.match(udp(1, 54)));
    }

    @Test
    void sourceInversion() {
        PortMatch r = new PortMatch("tcp", 6, 1, 1023, 0, 0xffff, true, false);
        assertFalse(r.match(tcp(22, 5555)));
        assertTrue(r.match(tcp(40000, 5555)));
        assertTrue(r.match(tcp(0, 5555)), "0 is outside 1:1023");
    }

    @Test
    void eachInversionAppliesToItsOwnSide() {
        PortMatch r = udpRule(100, 200, 300, 400, true, false);
        assertTrue(r.match(udp(50, 350)));
        assertFalse(r.match(udp(150, 350)));
        assertFalse(r.match(udp(50, 450)));
        PortMatch both = udpRule(100, 200, 300, 400, true, true);
        assertTrue(both.match(udp(50, 450)));
        assertFalse(both.match(udp(150, 450)));
        assertFalse(both.match(udp(50, 350)));
    }

    @Test
    void nonFirstFragmentNeverMatches() {
        PortMatch any = PortMatch.any("udp", 17);
        NfPacket frag = bare(NfFixture.fragment(NfFixture.udp("10.0.0.1", "10.0.0.2", 53, 53, 40), 16));
        assertFalse(any.match(frag));
        assertFalse(udpRule(0, 0xffff, 53, 53, true, true).match(frag), "not even with inversions");
        assertFalse(frag.hotdrop);
    }

    @Test
    void truncatedHeaderHotdrops() {
        NfPacket p = bare(NfFixture.truncated(17, 7));
        assertFalse(PortMatch.any("udp", 17).match(p));
        assertTrue(p.hotdrop);
        // udp_mt reads the whole struct udphdr (8 bytes), tcp_mt the whole struct tcphdr (20).
        NfPacket ok = bare(NfFixture.truncated(17, 8));
        assertTrue(PortMatch.any("udp", 17).match(ok), "the eight header bytes are enough");
        assertFalse(ok.hotdrop);
    }
}
