package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfPacket;
import linnet.wire.Tcp;
import org.junit.jupiter.api.Test;

/** -m tcp --tcp-flags / --syn (tcp_mt): (flags & mask) == comp, invertible; a short header hot-drops. */
class TcpFlagsMatchTest {
    static NfPacket tcp(int flags) { return bare(NfFixture.tcp("10.0.0.1", "10.0.0.2", 1234, 80, flags)); }

    static PortMatch flags(int mask, int cmp, boolean inv) {
        return new PortMatch("tcp", 6, 0, 0xffff, 0, 0xffff, false, false, mask, cmp, inv);
    }

    @Test
    void synMatchesOnlyAnOpeningSegment() {
        PortMatch syn = flags(0x17, 0x02, false);
        assertTrue(syn.match(tcp(Tcp.SYN)));
        assertTrue(syn.match(tcp(Tcp.SYN | Tcp.PSH | Tcp.ECE)), "bits outside the mask do not matter");
        assertFalse(syn.match(tcp(Tcp.SYN | Tcp.ACK)));
        assertFalse(syn.match(tcp(Tcp.ACK)));
        assertFalse(syn.match(tcp(Tcp.SYN | Tcp.RST)));
        PortMatch notSyn = flags(0x17, 0x02, true);
        assertFalse(notSyn.match(tcp(Tcp.SYN)));
        assertTrue(notSyn.match(tcp(Tcp.SYN | Tcp.ACK)));
    }

    @Test
    void allNoneAndXmas() {
        assertTrue(flags(0x3f, 0, false).match(tcp(0)));
        assertFalse(flags(0x3f, 0, false).match(tcp(Tcp.ACK)));
        assertTrue(flags(0x3f, 0x29, false).match(tcp(Tcp.FIN | Tcp.PSH | Tcp.URG)));
    }

    @Test
    void portsAndFlagsMustBothHold() {
        PortMatch r = new PortMatch("tcp", 6, 0, 0xffff, 22, 22, false, false, 0x03, 0x03, false);
        assertFalse(r.match(tcp(Tcp.SYN | Tcp.FIN)), "port 80 is not 22");
        PortMatch r80 = new PortMatch("tcp", 6, 0, 0xffff, 80, 80, false, false, 0x03, 0x03, false);
        assertTrue(r80.match(tcp(Tcp.SYN | Tcp.FIN)));
    }

    @Test
    void shortTcpHeaderIsHotDropped() {
        NfPacket p = bare(NfFixture.truncated(6, 12));
        assertFalse(flags(0x17, 0x02, true).match(p));
        assertTrue(p.hotdrop);
    }
}
