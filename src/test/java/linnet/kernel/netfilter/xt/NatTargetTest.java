package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.ip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Tuple;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.wire.Ipv4;
import linnet.wire.Tcp;
import linnet.wire.Udp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MASQUERADE / SNAT / DNAT / REDIRECT through real hook traversals: the first packet of a NEW
 * connection gets the connection's reply tuple rewritten, the packet itself is rewritten with
 * valid checksums, and the replies are translated back. eth0 (10.0.0.1/24) is the outside, eth1
 * (192.168.1.1/24) the inside; vbr0/vbr1 have no address.
 */
class NatTargetTest {
    static final int UDP = 17, TCP = 6;
    static final int PRE = 0, IN = 1, OUT = 3, POST = 4;

    NfFixture f;
    XtTable nat;

    @BeforeEach
    void setUp() {
        f = new NfFixture();
        f.run("ip addr add 10.0.0.1/24 dev eth0");
        f.run("ip addr add 192.168.1.1/24 dev eth1");
        nat = XtTable.fresh("nat");
        f.nf().xtables.install(nat);
    }

    XtRule rule(String chain, IpEntry ip, NatTarget t) {
        XtRule r = new XtRule(ip, List.of(), t);
        nat.chains.get(chain).rules.add(r);
        // Installing again is what lets the table's NAT target turn conntrack on.
        f.nf().xtables.install(nat);
        return r;
    }

    static IpEntry outIf(String dev) { return new IpEntry(0, 0, 0, 0, "", dev, 0, false, 0); }

    static IpEntry inIf(String dev) { return new IpEntry(0, 0, 0, 0, dev, "", 0, false, 0); }

    /** A forwarded packet: PREROUTING in {@code in}, then POSTROUTING out {@code out}. */
    boolean forward(SkBuff skb, String in, String out) {
        if (!f.hook(PRE, skb, in, null)) return false;
        return f.hook(POST, skb, null, out);
    }

    static NfConn ct(SkBuff skb) {
        assertNotNull(skb.nfct);
        return (NfConn) skb.nfct;
    }

    static void assertHeader(SkBuff skb, String src, int sport, String dst, int dport) {
        byte[] b = skb.buf;
        int o = skb.networkHeader, t = o + Ipv4.ihl(b, o);
        assertEquals(src, linnet.wire.Inet4.format(Ipv4.src(b, o)), "source address");
        assertEquals(dst, linnet.wire.Inet4.format(Ipv4.dst(b, o)), "destination address");
        assertEquals(sport, Udp.srcPort(b, t), "source port");
        assertEquals(dport, Udp.dstPort(b, t), "destination port");
        assertTrue(Ipv4.checksumOk(b, o), "IP checksum");
        if (Ipv4.protocol(b, o) == UDP) assertTrue(Udp.checksumOk(b, o), "UDP checksum");
        if (Ipv4.protocol(b, o) == TCP) assertTrue(Tcp.checksumOk(b, o), "TCP checksum");
    }

    @Test
    void kernelHalfProperties() {
        NatTarget m = new NatTarget("MASQUERADE", 0, 0, 0, 0, 0);
        assertEquals("MASQUERADE", m.name());
        assertArrayEquals(new String[] {"nat"}, m.tables());
        assertEquals(1 << 4, m.hooks(), "MASQUERADE: POSTROUTING only");
        assertEquals((1 << 4) | (1 << 1), new NatTarget("SNAT", 1, 1, 0, 0, 1).hooks(), "SNAT: POSTROUTING, INPUT");
        assertEquals((1 << 0) | (1 << 3), new NatTarget("DNAT", 1, 1, 0, 0, 1).hooks(), "DNAT: PREROUTING, OUTPUT");
        assertEquals((1 << 0) | (1 << 3), new NatTarget("REDIRECT", 0, 0, 0, 0, 0).hooks());
    }

    @Test
    void withoutAConnectionOrOnLaterPacketsTheTargetOnlyAccepts() {
        NatTarget snat = new NatTarget("SNAT", ip("10.0.0.99"), ip("10.0.0.99"), 0, 0, NatTarget.MAP_IPS);
        SkBuff skb = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        NfPacket p = f.pkt(skb, POST, null, "eth0");
        byte[] before = skb.buf.clone();
        assertEquals(Verdict.NF_ACCEPT, snat.target(p));
        assertArrayEquals(before, skb.buf, "no connection: nothing to map");
    }

    @Test
    void masqueradeUsesTheOutDevicesAddress() {
        XtRule r = rule("POSTROUTING", outIf("eth0"), new NatTarget("MASQUERADE", 0, 0, 0, 0, 0));
        SkBuff skb = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        assertTrue(forward(skb, "eth1", "eth0"));
        NfConn c = ct(skb);
        assertEquals(new Tuple(UDP, ip("192.168.1.50"), ip("8.8.8.8"), 40000, 53), c.orig);
        assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("10.0.0.1"), 53, 40000), c.reply);
        assertEquals(NfConn.IPS_SRC_NAT, c.status & NfConn.IPS_NAT_MASK);
        assertTrue(c.confirmed());
        assertHeader(skb, "10.0.0.1", 40000, "8.8.8.8", 53);
        assertEquals(1, r.pkts);
        assertEquals(1, f.nf().conntrack.count());

        // The second packet is rewritten from the connection without consulting the nat table.
        SkBuff again = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        assertTrue(forward(again, "eth1", "eth0"));
        assertHeader(again, "10.0.0.1", 40000, "8.8.8.8", 53);
        assertEquals(1, r.pkts, "the nat table sees only the first packet of a connection");

        // The reply is translated back to the inside host (de-SNAT in PREROUTING).
        SkBuff reply = NfFixture.udp("8.8.8.8", "10.0.0.1", 53, 40000);
        assertTrue(forward(reply, "eth0", "eth1"));
        assertEquals(c, reply.nfct);
        assertEquals(NfConn.IP_CT_ESTABLISHED_REPLY, reply.nfctinfo);
        assertHeader(reply, "8.8.8.8", 53, "192.168.1.50", 40000);
    }

    @Test
    void masqueradeOnlyOnTheMatchingDevice() {
        rule("POSTROUTING", outIf("eth0"), new NatTarget("MASQUERADE", 0, 0, 0, 0, 0));
        SkBuff skb = NfFixture.udp("10.0.0.5", "192.168.1.50", 40000, 53);
        assertTrue(forward(skb, "eth0", "eth1"));
        NfConn c = ct(skb);
        assertEquals(c.orig.invert(), c.reply, "no rule matched: the null binding keeps the tuple");
        assertEquals(0, c.status & NfConn.IPS_NAT_MASK);
        assertEquals(NfConn.IPS_SRC_NAT_DONE | NfConn.IPS_DST_NAT_DONE,
                c.status & (NfConn.IPS_SRC_NAT_DONE | NfConn.IPS_DST_NAT_DONE));
        assertHeader(skb, "10.0.0.5", 40000, "192.168.1.50", 53);
    }

    @Test
    void masqueradeWithoutAnyAddressDrops() {
        f.run("ip addr del 10.0.0.1/24 dev eth0");
        f.run("ip addr del 192.168.1.1/24 dev eth1");
        XtRule r = rule("POSTROUTING", outIf("eth0"), new NatTarget("MASQUERADE", 0, 0, 0, 0, 0));
        SkBuff skb = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        assertTrue(f.hook(PRE, skb, "eth1", null));
        assertFalse(f.hook(POST, skb, null, "eth0"), "no address to masquerade as (\"eth0 ate my IP address\")");
        assertEquals(1, r.pkts);
        assertEquals(0, f.nf().conntrack.count(), "a dropped first packet leaves no entry");
    }

    @Test
    void masqueradeOnAnAddresslessDeviceBorrowsAnotherDevicesAddress() {
        // inet_select_addr falls back to the first universe-scope address of the namespace, in device order:
        // veth creates the peer (eth1) before eth0, so eth1's 192.168.1.1 comes first.
        assertTrue(f.dev("eth1").ifindex() < f.dev("eth0").ifindex());
        rule("POSTROUTING", outIf("vbr0"), new NatTarget("MASQUERADE", 0, 0, 0, 0, 0));
        SkBuff skb = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        assertTrue(forward(skb, "eth1", "vbr0"));
        assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("192.168.1.1"), 53, 40000), ct(skb).reply);
    }

    @Test
    void masqueradeKeepsALowSourcePortInItsClass() {
        rule("POSTROUTING", outIf("eth0"), new NatTarget("MASQUERADE", 0, 0, 0, 0, 0));
        SkBuff skb = NfFixture.udp("192.168.1.50", "8.8.8.8", 123, 123);
        assertTrue(forward(skb, "eth1", "eth0"));
        assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("10.0.0.1"), 123, 123), ct(skb).reply);
        // A second inside host with the same port clashes and gets another port below 512.
        SkBuff other = NfFixture.udp("192.168.1.51", "8.8.8.8", 123, 123);
        assertTrue(forward(other, "eth1", "eth0"));
        Tuple r = ct(other).reply;
        assertEquals(ip("10.0.0.1"), r.dst());
        assertTrue(r.dport() >= 1 && r.dport() <= 511 && r.dport() != 123, "port " + r.dport());
        assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("10.0.0.1"), 123, r.dport()), r);
        assertHeader(other, "10.0.0.1", r.dport(), "8.8.8.8", 123);
    }

    @Test
    void snatToAnAddressKeepsThePort() {
        rule("POSTROUTING", outIf("eth0"), new NatTarget("SNAT", ip("10.0.0.99"), ip("10.0.0.99"), 0, 0, NatTarget.MAP_IPS));
        SkBuff skb = NfFixture.tcp("192.168.1.50", "8.8.8.8", 40000, 443, Tcp.SYN);
        assertTrue(forward(skb, "eth1", "eth0"));
        NfConn c = ct(skb);
        assertEquals(new Tuple(TCP, ip("8.8.8.8"), ip("10.0.0.99"), 443, 40000), c.reply);
        assertEquals(NfConn.IPS_SRC_NAT, c.status & NfConn.IPS_NAT_MASK);
        assertHeader(skb, "10.0.0.99", 40000, "8.8.8.8", 443);
    }

    @Test
    void snatWithAPortRange() {
        NatTarget t = new NatTarget("SNAT", ip("10.0.0.99"), ip("10.0.0.99"), 2000, 2010,
                NatTarget.MAP_IPS | NatTarget.PROTO_SPECIFIED);
        rule("POSTROUTING", outIf("eth0"), t);
        SkBuff a = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        assertTrue(forward(a, "eth1", "eth0"));
        int pa = ct(a).reply.dport();
        assertTrue(pa >= 2000 && pa <= 2010, "port " + pa);
        assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("10.0.0.99"), 53, pa), ct(a).reply);
        assertHeader(a, "10.0.0.99", pa, "8.8.8.8", 53);
        SkBuff b = NfFixture.udp("192.168.1.51", "8.8.8.8", 40000, 53);
        assertTrue(forward(b, "eth1", "eth0"));
        int pb = ct(b).reply.dport();
        assertTrue(pb >= 2000 && pb <= 2010 && pb != pa, "port " + pb + " must differ from " + pa);
        assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("10.0.0.99"), 53, pb), ct(b).reply);
        SkBuff inRange = NfFixture.udp("192.168.1.52", "8.8.8.8", 2010, 53);
        assertTrue(forward(inRange, "eth1", "eth0"));
        if (pa != 2010 && pb != 2010)
            assertEquals(new Tuple(UDP, ip("8.8.8.8"), ip("10.0.0.99"), 53, 2010), ct(inRange).reply,
                    "a free port inside the range is kept");
        assertEquals(3, f.nf().conntrack.count());

        // Replies to each mapped port go back to their own inside host.
        SkBuff rb = NfFixture.udp("8.8.8.8", "10.0.0.99", 53, pb);
        assertTrue(forward(rb, "eth0", "eth1"));
        assertHeader(rb, "8.8.8.8", 53, "192.168.1.51", 40000);
        SkBuff ra = NfFixture.udp("8.8.8.8", "10.0.0.99", 53, pa);
        assertTrue(forward(ra, "eth0", "eth1"));
        assertHeader(ra, "8.8.8.8", 53, "192.168.1.50", 40000);
    }

    @Test
    void dnatWithAPort() {
        XtRule r = rule("PREROUTING", inIf("eth0"), new NatTarget("DNAT", ip("192.168.1.50"), ip("192.168.1.50"), 8080, 8080,
                NatTarget.MAP_IPS | NatTarget.PROTO_SPECIFIED));
        SkBuff skb = NfFixture.tcp("8.8.4.4", "10.0.0.1", 33333, 80, Tcp.SYN);
        assertTrue(f.hook(PRE, skb, "eth0", null));
        NfConn c = ct(skb);
        assertEquals(new Tuple(TCP, ip("8.8.4.4"), ip("10.0.0.1"), 33333, 80), c.orig);
        assertEquals(new Tuple(TCP, ip("192.168.1.50"), ip("8.8.4.4"), 8080, 33333), c.reply);
        assertEquals(NfConn.IPS_DST_NAT, c.status & NfConn.IPS_NAT_MASK);
        assertHeader(skb, "8.8.4.4", 33333, "192.168.1.50", 8080);
        assertTrue(f.hook(POST, skb, null, "eth1"));
        assertEquals(1, r.pkts);

        // The server's answer leaves with the public address and port again (un-DNAT in POSTROUTING).
        SkBuff ans = NfFixture.tcp("192.168.1.50", "8.8.4.4", 8080, 33333, Tcp.SYN | Tcp.ACK);
        assertTrue(forward(ans, "eth1", "eth0"));
        assertEquals(c, ans.nfct);
        assertHeader(ans, "10.0.0.1", 80, "8.8.4.4", 33333);
    }

    @Test
    void dnatToAnAddressKeepsThePort() {
        rule("PREROUTING", inIf("eth0"), new NatTarget("DNAT", ip("192.168.1.60"), ip("192.168.1.60"), 0, 0, NatTarget.MAP_IPS));
        SkBuff skb = NfFixture.udp("8.8.4.4", "10.0.0.1", 33333, 5353);
        assertTrue(forward(skb, "eth0", "eth1"));
        assertEquals(new Tuple(UDP, ip("192.168.1.60"), ip("8.8.4.4"), 5353, 33333), ct(skb).reply);
        assertHeader(skb, "8.8.4.4", 33333, "192.168.1.60", 5353);
    }

    @Test
    void dnatInOutputForLocalTraffic() {
        rule("OUTPUT", IpEntry.ANY, new NatTarget("DNAT", ip("10.0.0.7"), ip("10.0.0.7"), 5300, 5300,
                NatTarget.MAP_IPS | NatTarget.PROTO_SPECIFIED));
        SkBuff skb = NfFixture.udp("10.0.0.1", "9.9.9.9", 41000, 53);
        assertTrue(f.hook(OUT, skb, null, "eth0"));
        assertTrue(f.hook(POST, skb, null, "eth0"));
        assertEquals(new Tuple(UDP, ip("10.0.0.7"), ip("10.0.0.1"), 5300, 41000), ct(skb).reply);
        assertHeader(skb, "10.0.0.1", 41000, "10.0.0.7", 5300);
    }

    @Test
    void redirectInPreroutingGoesToTheInDevicesAddress() {
        rule("PREROUTING", inIf("eth1"), new NatTarget("REDIRECT", 0, 0, 3128, 3128, NatTarget.PROTO_SPECIFIED));
        SkBuff skb = NfFixture.tcp("192.168.1.50", "93.184.216.34", 45000, 80, Tcp.SYN);
        assertTrue(f.hook(PRE, skb, "eth1", null));
        assertTrue(f.hook(IN, skb, "eth1", null));
        NfConn c = ct(skb);
        assertEquals(new Tuple(TCP, ip("192.168.1.1"), ip("192.168.1.50"), 3128, 45000), c.reply);
        assertEquals(NfConn.IPS_DST_NAT, c.status & NfConn.IPS_NAT_MASK);
        assertHeader(skb, "192.168.1.50", 45000, "192.168.1.1", 3128);
        assertTrue(c.confirmed(), "confirmed in LOCAL_IN");
    }

    @Test
    void redirectWithoutPortsKeepsTheDestinationPort() {
        rule("PREROUTING", inIf("eth1"), new NatTarget("REDIRECT", 0, 0, 0, 0, 0));
        SkBuff skb = NfFixture.udp("192.168.1.50", "1.1.1.1", 45000, 53);
        assertTrue(f.hook(PRE, skb, "eth1", null));
        assertEquals(new Tuple(UDP, ip("192.168.1.1"), ip("192.168.1.50"), 53, 45000), ct(skb).reply);
        assertHeader(skb, "192.168.1.50", 45000, "192.168.1.1", 53);
    }

    @Test
    void redirectInOutputGoesToLoopback() {
        rule("OUTPUT", IpEntry.ANY, new NatTarget("REDIRECT", 0, 0, 8053, 8053, NatTarget.PROTO_SPECIFIED));
        SkBuff skb = NfFixture.udp("10.0.0.1", "1.1.1.1", 45000, 53);
        assertTrue(f.hook(OUT, skb, null, "eth0"));
        assertEquals(new Tuple(UDP, ip("127.0.0.1"), ip("10.0.0.1"), 8053, 45000), ct(skb).reply);
        assertHeader(skb, "10.0.0.1", 45000, "127.0.0.1", 8053);
    }
    @Test
    void redirectOnADeviceWithoutAddressDrops() {
        rule("PREROUTING", inIf("vbr1"), new NatTarget("REDIRECT", 0, 0, 3128, 3128, NatTarget.PROTO_SPECIFIED));
        SkBuff skb = NfFixture.tcp("192.168.1.50", "93.184.216.34", 45000, 80, Tcp.SYN);
        assertFalse(f.hook(PRE, skb, "vbr1", null));
    }

    @Test
    void noNatTableNoTracking() {
        f.nf().xtables.remove("nat");
        SkBuff skb = NfFixture.udp("192.168.1.50", "8.8.8.8", 40000, 53);
        assertTrue(forward(skb, "eth1", "eth0"));
        assertNull(skb.nfct);
        assertHeader(skb, "192.168.1.50", 40000, "8.8.8.8", 53);
    }
}
