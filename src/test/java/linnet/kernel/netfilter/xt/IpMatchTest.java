package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.ip;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.Match;
import linnet.kernel.netfilter.NfPacket;
import linnet.wire.Inet4;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IP part of a rule (ip_packet_match): addresses/masks, interfaces, protocol, fragments, inversions. */
class IpMatchTest {
    NfFixture f;
    /** UDP 192.168.1.10 -> 10.20.30.40, in eth0, out vbr1. */
    NfPacket p;

    @BeforeEach
    void setUp() {
        f = new NfFixture();
        p = f.pkt(NfFixture.udp("192.168.1.10", "10.20.30.40", 1111, 53), 2, "eth0", "vbr1");
    }

    static IpEntry src(String a, int len, int inv) {
        return new IpEntry(ip(a), Inet4.mask(len), 0, 0, "", "", 0, false, inv);
    }

    static IpEntry dst(String a, int len, int inv) {
        return new IpEntry(0, 0, ip(a), Inet4.mask(len), "", "", 0, false, inv);
    }

    static IpEntry iface(String in, String out, int inv) { return new IpEntry(0, 0, 0, 0, in, out, 0, false, inv); }

    static IpEntry proto(int proto, int inv) { return new IpEntry(0, 0, 0, 0, "", "", proto, false, inv); }

    static IpEntry frag(int inv) { return new IpEntry(0, 0, 0, 0, "", "", 0, true, inv); }

    @Test
    void anyMatchesEverything() {
        assertTrue(Match.ipMatches(IpEntry.ANY, p));
        NfPacket noDevs = f.pkt(NfFixture.icmp("1.2.3.4", "5.6.7.8", 8, 0), 3, null, null);
        assertTrue(Match.ipMatches(IpEntry.ANY, noDevs));
    }

    @Test
    void sourceAddressWithMask() {
        assertTrue(Match.ipMatches(src("192.168.1.10", 32, 0), p));
        assertFalse(Match.ipMatches(src("192.168.1.11", 32, 0), p));
        assertTrue(Match.ipMatches(src("192.168.1.0", 24, 0), p));
        assertTrue(Match.ipMatches(src("192.168.0.0", 16, 0), p));
        assertFalse(Match.ipMatches(src("192.168.2.0", 24, 0), p));
        assertTrue(Match.ipMatches(src("192.168.1.8", 29, 0), p), "10 is in .8/29");
        assertFalse(Match.ipMatches(src("192.168.1.16", 29, 0), p));
        assertTrue(Match.ipMatches(src("0.0.0.0", 0, 0), p), "/0 matches all");
    }

    @Test
    void sourceInversion() {
        assertFalse(Match.ipMatches(src("192.168.1.0", 24, IpEntry.INV_SRCIP), p));
        assertTrue(Match.ipMatches(src("192.168.2.0", 24, IpEntry.INV_SRCIP), p));
        assertFalse(Match.ipMatches(src("0.0.0.0", 0, IpEntry.INV_SRCIP), p), "! -s 0/0 matches nothing");
        // Inverting the destination does not touch the source test.
        assertFalse(Match.ipMatches(src("192.168.2.0", 24, IpEntry.INV_DSTIP), p));
    }

    @Test
    void destinationAddressWithMask() {
        assertTrue(Match.ipMatches(dst("10.20.30.40", 32, 0), p));
        assertFalse(Match.ipMatches(dst("10.20.30.41", 32, 0), p));
        assertTrue(Match.ipMatches(dst("10.0.0.0", 8, 0), p));
        assertFalse(Match.ipMatches(dst("11.0.0.0", 8, 0), p));
        assertFalse(Match.ipMatches(dst("192.168.1.10", 32, 0), p), "the source address is not the destination");
    }

    @Test
    void destinationInversion() {
        assertFalse(Match.ipMatches(dst("10.0.0.0", 8, IpEntry.INV_DSTIP), p));
        assertTrue(Match.ipMatches(dst("11.0.0.0", 8, IpEntry.INV_DSTIP), p));
        assertFalse(Match.ipMatches(dst("11.0.0.0", 8, IpEntry.INV_SRCIP), p));
    }

    @Test
    void bothAddressesMustMatch() {
        IpEntry both = new IpEntry(ip("192.168.1.0"), Inet4.mask(24), ip("10.20.30.40"), -1, "", "", 0, false, 0);
        assertTrue(Match.ipMatches(both, p));
        IpEntry wrongDst = new IpEntry(ip("192.168.1.0"), Inet4.mask(24), ip("10.20.30.41"), -1, "", "", 0, false, 0);
        assertFalse(Match.ipMatches(wrongDst, p));
        IpEntry invBoth = new IpEntry(ip("172.16.0.0"), Inet4.mask(12), ip("10.20.30.41"), -1, "", "", 0, false,
                IpEntry.INV_SRCIP | IpEntry.INV_DSTIP);
        assertTrue(Match.ipMatches(invBoth, p));
    }

    @Test
    void inInterfaceExactAndWildcard() {
        assertTrue(Match.ipMatches(iface("eth0", "", 0), p));
        assertFalse(Match.ipMatches(iface("eth1", "", 0), p));
        assertFalse(Match.ipMatches(iface("eth", "", 0), p), "without '+' a prefix is not enough");
        assertFalse(Match.ipMatches(iface("eth00", "", 0), p));
        assertTrue(Match.ipMatches(iface("eth+", "", 0), p));
        assertTrue(Match.ipMatches(iface("+", "", 0), p), "'+' alone matches any device");
        assertFalse(Match.ipMatches(iface("vbr+", "", 0), p));
        assertTrue(Match.ipMatches(iface("eth0+", "", 0), p), "the prefix may be the whole name");
    }

    @Test
    void inInterfaceInversion() {
        assertFalse(Match.ipMatches(iface("eth0", "", IpEntry.INV_VIA_IN), p));
        assertTrue(Match.ipMatches(iface("eth1", "", IpEntry.INV_VIA_IN), p));
        assertFalse(Match.ipMatches(iface("eth+", "", IpEntry.INV_VIA_IN), p));
        assertTrue(Match.ipMatches(iface("vbr+", "", IpEntry.INV_VIA_IN), p));
        assertFalse(Match.ipMatches(iface("eth1", "", IpEntry.INV_VIA_OUT), p), "INV_VIA_OUT does not invert -i");
    }

    @Test
    void outInterfaceExactWildcardAndInversion() {
        assertTrue(Match.ipMatches(iface("", "vbr1", 0), p));
        assertFalse(Match.ipMatches(iface("", "vbr0", 0), p));
        assertTrue(Match.ipMatches(iface("", "vbr+", 0), p));
        assertFalse(Match.ipMatches(iface("", "eth+", 0), p));
        assertFalse(Match.ipMatches(iface("", "vbr1", IpEntry.INV_VIA_OUT), p));
        assertTrue(Match.ipMatches(iface("", "vbr0", IpEntry.INV_VIA_OUT), p));
        assertFalse(Match.ipMatches(iface("", "vbr0", IpEntry.INV_VIA_IN), p), "INV_VIA_IN does not invert -o");
        assertTrue(Match.ipMatches(iface("eth0", "vbr1", 0), p));
        assertFalse(Match.ipMatches(iface("eth0", "vbr0", 0), p));
    }

    @Test
    void interfaceOnAHookWithoutThatDevice() {
        NfPacket out = f.pkt(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2), 3, null, "eth0");
        assertFalse(Match.ipMatches(iface("eth0", "", 0), out), "-i never matches without an input device");
        assertTrue(Match.ipMatches(iface("+", "", 0), out), "'+' has an empty mask: it matches even the null device name");
        assertTrue(Match.ipMatches(iface("eth0", "", IpEntry.INV_VIA_IN), out));
        NfPacket in = f.pkt(NfFixture.udp("10.0.0.1", "10.0.0.2", 1, 2), 1, "eth0", null);
        assertFalse(Match.ipMatches(iface("", "eth0", 0), in));
        assertTrue(Match.ipMatches(iface("", "eth0", IpEntry.INV_VIA_OUT), in));
    }

    @Test
    void protocol() {
        assertTrue(Match.ipMatches(proto(17, 0), p));
        assertFalse(Match.ipMatches(proto(6, 0), p));
        assertFalse(Match.ipMatches(proto(1, 0), p));
        NfPacket tcp = f.pkt(NfFixture.tcp("1.1.1.1", "2.2.2.2", 1, 2, 2), 1, "eth0", null);
        assertTrue(Match.ipMatches(proto(6, 0), tcp));
        assertFalse(Match.ipMatches(proto(17, 0), tcp));
        NfPacket icmp = f.pkt(NfFixture.icmp("1.1.1.1", "2.2.2.2", 8, 0), 1, "eth0", null);
        assertTrue(Match.ipMatches(proto(1, 0), icmp));
        assertTrue(Match.ipMatches(proto(0, 0), icmp), "protocol 0 means all");
    }

    @Test
    void protocolInversion() {
        assertFalse(Match.ipMatches(proto(17, IpEntry.INV_PROTO), p));
        assertTrue(Match.ipMatches(proto(6, IpEntry.INV_PROTO), p));
        assertTrue(Match.ipMatches(proto(1, IpEntry.INV_PROTO), p));
        assertTrue(Match.ipMatches(proto(0, IpEntry.INV_PROTO), p), "protocol 0 is not tested, even inverted");
        assertFalse(Match.ipMatches(proto(6, IpEntry.INV_SRCIP | IpEntry.INV_DSTIP | IpEntry.INV_FRAG), p));
    }

    @Test
    void fragmentFlag() {
        assertFalse(Match.ipMatches(frag(0), p), "-f: a first fragment / whole packet does not match");
        assertTrue(Match.ipMatches(frag(IpEntry.INV_FRAG), p), "! -f matches a whole packet");
        NfPacket later = f.pkt(NfFixture.fragment(NfFixture.udp("192.168.1.10", "10.20.30.40", 1, 2, 40), 24), 1, "eth0",
                null);
        assertTrue(Match.ipMatches(frag(0), later));
        assertFalse(Match.ipMatches(frag(IpEntry.INV_FRAG), later));
        assertTrue(Match.ipMatches(IpEntry.ANY, later), "without -f fragments are not special");
        // A first fragment (MF set, offset 0) is not a "second or further" fragment.
        NfPacket first = f.pkt(NfFixture.udp("192.168.1.10", "10.20.30.40", 1, 2, 40), 1, "eth0", null);
        linnet.wire.Ipv4.setFlagsFrag(first.buf(), first.ip(), linnet.wire.Ipv4.FLAG_MF);
        assertFalse(Match.ipMatches(frag(0), first));
        assertTrue(Match.ipMatches(frag(IpEntry.INV_FRAG), first));
    }

    @Test
    void everyFieldTogether() {
        IpEntry all = new IpEntry(ip("192.168.1.0"), Inet4.mask(24), ip("10.20.0.0"), Inet4.mask(16), "eth+", "vbr1", 17,
                false, 0);
        assertTrue(Match.ipMatches(all, p));
        IpEntry allInverted = new IpEntry(ip("192.168.9.0"), Inet4.mask(24), ip("10.21.0.0"), Inet4.mask(16), "vbr+",
                "eth0", 6, true, IpEntry.INV_SRCIP | IpEntry.INV_DSTIP | IpEntry.INV_VIA_IN | IpEntry.INV_VIA_OUT
                        | IpEntry.INV_PROTO | IpEntry.INV_FRAG);
        assertTrue(Match.ipMatches(allInverted, p));
        // Flip any single inversion and the rule no longer matches.
        int[] invs = {IpEntry.INV_SRCIP, IpEntry.INV_DSTIP, IpEntry.INV_VIA_IN, IpEntry.INV_VIA_OUT, IpEntry.INV_PROTO,
            IpEntry.INV_FRAG};
        for (int inv : invs) {
            IpEntry e = new IpEntry(allInverted.src(), allInverted.srcMask(), allInverted.dst(), allInverted.dstMask(),
                    allInverted.inIface(), allInverted.outIface(), allInverted.proto(), true, allInverted.invFlags() & ~inv);
            assertFalse(Match.ipMatches(e, p), "without inversion 0x" + Integer.toHexString(inv));
        }
    }
}
