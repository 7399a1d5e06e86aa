package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.wire.Ipv4;
import org.junit.jupiter.api.Test;

/** -j TTL (ttl_tg: clamped, checksum kept valid) and -j CT --notrack / NOTRACK (untracked skb). */
class TtlCtTargetTest {
    static NfPacket pkt(int ttl) {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        Ipv4.setTtl(p.buf(), p.ip(), ttl);
        Ipv4.fillChecksum(p.buf(), p.ip());
        return p;
    }

    static int ttlAfter(TtlTarget t, int ttl) {
        NfPacket p = pkt(ttl);
        assertEquals(Verdict.XT_CONTINUE, t.target(p));
        int sum = Ipv4.checksum(p.buf(), p.ip());
        Ipv4.fillChecksum(p.buf(), p.ip());
        assertEquals(Ipv4.checksum(p.buf(), p.ip()), sum, "header checksum updated");
        return Ipv4.ttl(p.buf(), p.ip());
    }

    @Test
    void setIncDecClamped() {
        assertEquals(5, ttlAfter(new TtlTarget(TtlTarget.SET, 5), 64));
        assertEquals(63, ttlAfter(new TtlTarget(TtlTarget.DEC, 1), 64));
        assertEquals(0, ttlAfter(new TtlTarget(TtlTarget.DEC, 10), 3));
        assertEquals(66, ttlAfter(new TtlTarget(TtlTarget.INC, 2), 64));
        assertEquals(255, ttlAfter(new TtlTarget(TtlTarget.INC, 100), 200));
        assertEquals("TTL", new TtlTarget(TtlTarget.SET, 1).name());
    }

    @Test
    void notrackMarksTheSkbUntracked() {
        NfPacket p = pkt(64);
        assertEquals(Verdict.XT_CONTINUE, new CtTarget(false).target(p));
        assertSame(NfConn.UNTRACKED_MARK, p.skb.nfct);
        assertEquals(NfConn.UNTRACKED, p.skb.nfctinfo);
        assertEquals(NfConn.UNTRACKED, p.ctinfo);
        assertNull(p.ct);
        assertEquals("CT", new CtTarget(true).listName());
        assertEquals("NOTRACK", new CtTarget(true).name());
        assertEquals("CT", new CtTarget(false).name());
    }

    @Test
    void anAttachedConnectionIsKept() {
        NfPacket p = pkt(64);
        Object ct = new Object();
        p.skb.nfct = ct;
        p.skb.nfctinfo = NfConn.IP_CT_NEW;
        new CtTarget(true).target(p);
        assertSame(ct, p.skb.nfct);
        assertEquals(NfConn.IP_CT_NEW, p.skb.nfctinfo);
    }
}
