package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static linnet.kernel.netfilter.xt.NfFixture.ip;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.NfPacket;
import linnet.wire.Ethernet;
import linnet.wire.Ipv4;
import linnet.wire.Mac;
import org.junit.jupiter.api.Test;

/** -m iprange, -m mac, -m length, -m ttl: the kernel tests (iprange_mt4, mac_mt, length_mt, ttl_mt). */
class SimpleMatchesTest {
    static NfPacket udpFrom(String src, String dst) { return bare(NfFixture.udp(src, dst, 1000, 53)); }

    @Test
    void iprangeInclusiveUnsignedAndInvertible() {
        IprangeMatch src = new IprangeMatch(IprangeMatch.SRC, ip("10.0.0.1"), ip("10.0.0.9"), 0, 0);
        assertTrue(src.match(udpFrom("10.0.0.1", "1.1.1.1")));
        assertTrue(src.match(udpFrom("10.0.0.9", "1.1.1.1")));
        assertFalse(src.match(udpFrom("10.0.0.10", "1.1.1.1")));
        IprangeMatch high = new IprangeMatch(IprangeMatch.DST, 0, 0, ip("100.0.0.0"), ip("200.0.0.0"));
        assertTrue(high.match(udpFrom("1.1.1.1", "150.0.0.1")), "compared unsigned");
        assertFalse(high.match(udpFrom("1.1.1.1", "99.0.0.1")));
        IprangeMatch notDst = new IprangeMatch(IprangeMatch.DST | IprangeMatch.DST_INV, 0, 0, ip("192.168.1.10"),
                ip("192.168.1.20"));
        assertFalse(notDst.match(udpFrom("1.1.1.1", "192.168.1.15")));
        assertTrue(notDst.match(udpFrom("1.1.1.1", "192.168.1.21")));
        IprangeMatch both = new IprangeMatch(IprangeMatch.SRC | IprangeMatch.SRC_INV | IprangeMatch.DST,
                ip("1.1.1.1"), ip("1.1.1.1"), ip("2.2.2.2"), ip("2.2.2.3"));
        assertTrue(both.match(udpFrom("1.1.1.2", "2.2.2.3")));
        assertFalse(both.match(udpFrom("1.1.1.1", "2.2.2.3")));
        assertFalse(both.match(udpFrom("1.1.1.2", "2.2.2.4")));
    }

    @Test
    void macSourceOfAnEthernetFrame() {
        NfFixture f = new NfFixture();
        SkBuff ipOnly = NfFixture.udp("10.0.0.1", "10.0.0.2", 1000, 53);
        int ipLen = ipOnly.buf.length - ipOnly.networkHeader;
        byte[] b = new byte[Ethernet.HLEN + ipLen];
        System.arraycopy(ipOnly.buf, ipOnly.networkHeader, b, Ethernet.HLEN, ipLen);
        Ethernet.setSrc(b, 0, Mac.parse("00:11:22:aa:bb:cc"));
        Ethernet.setDst(b, 0, Mac.parse("02:00:00:00:00:02"));
        Ethernet.setType(b, 0, Ethernet.P_IP);
        SkBuff skb = new SkBuff(b, Ethernet.HLEN, ipLen);
        skb.macHeader = 0;
        skb.networkHeader = Ethernet.HLEN;
        skb.dev = f.dev("eth0");
        NfPacket p = f.pkt(skb, 1, "eth0", null);
        long mac = Mac.parse("00:11:22:aa:bb:cc");
        assertTrue(new MacMatch(mac, false).match(p));
        assertFalse(new MacMatch(mac, true).match(p));
        assertFalse(new MacMatch(Mac.parse("02:00:00:00:00:01"), false).match(p));
        assertTrue(new MacMatch(Mac.parse("02:00:00:00:00:01"), true).match(p));
        skb.macHeader = -1;
        assertFalse(new MacMatch(mac, false).match(p), "no MAC header (locally generated)");
        assertFalse(new MacMatch(mac, true).match(p), "not even inverted");
        skb.macHeader = 0;
        skb.dev = f.dev("lo");
        assertFalse(new MacMatch(mac, true).match(p), "lo is not ARPHRD_ETHER");
    }

    @Test
    void lengthIsTheIpTotalLength() {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2, 72)); // 20 + 8 + 72 = 100
        assertTrue(Ipv4.totalLength(p.buf(), p.ip()) == 100);
        assertTrue(new LengthMatch(100, 100, false).match(p));
        assertFalse(new LengthMatch(100, 100, true).match(p));
        assertFalse(new LengthMatch(101, 200, false).match(p));
        assertTrue(new LengthMatch(0, 500, false).match(p));
        assertTrue(new LengthMatch(101, 200, true).match(p));
    }

    @Test
    void ttlComparisons() {
        NfPacket p = bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2));
        int ttl = Ipv4.ttl(p.buf(), p.ip());
        assertTrue(new TtlMatch(TtlMatch.EQ, ttl).match(p));
        assertFalse(new TtlMatch(TtlMatch.NE, ttl).match(p));
        assertTrue(new TtlMatch(TtlMatch.NE, ttl + 1).match(p));
        assertTrue(new TtlMatch(TtlMatch.LT, ttl + 1).match(p));
        assertFalse(new TtlMatch(TtlMatch.LT, ttl).match(p));
        assertTrue(new TtlMatch(TtlMatch.GT, ttl - 1).match(p));
        assertFalse(new TtlMatch(TtlMatch.GT, ttl).match(p));
    }
}
