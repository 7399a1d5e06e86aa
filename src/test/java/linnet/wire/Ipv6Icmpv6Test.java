package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** IPv6 fixed header, ICMPv6 echo and neighbour solicitation against fixed bytes (checksums computed independently). */
class Ipv6Icmpv6Test {
    static final int OFF = 14;

    /** Echo request 2001:db8::1 -> 2001:db8::2, hop limit 64, id 0x1234 seq 1, data "abcd"; checksum 0x4d48. */
    static final String ECHO = "6000 0000 000c 3a 40"
            + " 20010db8000000000000000000000001 20010db8000000000000000000000002"
            + " 80 00 4d48 1234 0001 61626364";

    /** NS 2001:db8::1 -> ff02::1:ff00:2 for 2001:db8::2, hop limit 255, SLLAO 02:00:00:00:00:01; checksum 0x1c27. */
    static final String NS = "6000 0000 0020 3a ff"
            + " 20010db8000000000000000000000001 ff0200000000000000000001ff000002"
            + " 87 00 1c27 00000000 20010db8000000000000000000000002 0101 020000000001";

    @Test
    void parsesTheFixedHeader() {
        byte[] b = Hex.at(OFF, ECHO);
        assertEquals(6, Ipv6.version(b, OFF));
        assertEquals(0, Ipv6.trafficClass(b, OFF));
        assertEquals(0, Ipv6.flowLabel(b, OFF));
        assertEquals(12, Ipv6.payloadLength(b, OFF));
        assertEquals(Ipv6.NEXTHDR_ICMP, Ipv6.nextHeader(b, OFF));
        assertEquals(64, Ipv6.hopLimit(b, OFF));
        assertEquals("2001:db8::1", Inet6.format(Ipv6.src(b, OFF)));
        assertEquals("2001:db8::2", Inet6.format(Ipv6.dst(b, OFF)));
    }

    @Test
    void echoRequestFieldsAndChecksum() {
        byte[] b = Hex.at(OFF, ECHO);
        int o = OFF + Ipv6.HLEN;
        assertEquals(Icmpv6.ECHO_REQUEST, Icmpv6.type(b, o));
        assertEquals(0x1234, Icmpv6.id(b, o));
        assertEquals(1, Icmpv6.seq(b, o));
        assertEquals(0x4d48, Icmpv6.checksum(b, o));
        assertTrue(Icmpv6.checksumOk(b, OFF, o, 12));
        b[o + 8] ^= 1;
        assertFalse(Icmpv6.checksumOk(b, OFF, o, 12));
    }

    @Test
    void emitsTheSameBytes() {
        byte[] b = new byte[OFF + Ipv6.HLEN + 12];
        Ipv6.emit(b, OFF, 12, Ipv6.NEXTHDR_ICMP, 64, Inet6.parse("2001:db8::1"), Inet6.parse("2001:db8::2"));
        int o = OFF + Ipv6.HLEN;
        Icmpv6.setType(b, o, Icmpv6.ECHO_REQUEST);
        Icmpv6.setId(b, o, 0x1234);
        Icmpv6.setSeq(b, o, 1);
        System.arraycopy("abcd".getBytes(), 0, b, o + 8, 4);
        Icmpv6.fillChecksum(b, OFF, o, 12);
        assertEquals(Hex.str(Hex.bytes(ECHO), 0, 52), Hex.str(b, OFF, 52));
    }

    @Test
    void solicitedNodeTestAgreesWithTheGroup() {
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] a = new byte[16], g = new byte[16];
            rnd.nextBytes(a);
            byte[] sn = Inet6.solicitedNode(a);
            // the group itself, one byte of it changed, or an unrelated address
            System.arraycopy(sn, 0, g, 0, 16);
            if (i % 3 == 1) g[rnd.nextInt(16)] ^= (byte) (1 << rnd.nextInt(8));
            if (i % 3 == 2) rnd.nextBytes(g);
            assertEquals(Inet6.equals(sn, g), Inet6.isSolicitedNodeOf(g, a));
        }
        assertTrue(Inet6.isSolicitedNodeOf(Inet6.parse("ff02::1:ff00:2"), Inet6.parse("2001:db8::2")));
        assertFalse(Inet6.isSolicitedNodeOf(Inet6.parse("ff05::1:ff00:2"), Inet6.parse("2001:db8::2")));
    }

    @Test
    void neighbourSolicitation() {
        byte[] b = Hex.at(OFF, NS);
        int o = OFF + Ipv6.HLEN;
        assertEquals(Icmpv6.NEIGHBOUR_SOLICIT, Icmpv6.type(b, o));
        assertEquals("2001:db8::2", Inet6.format(Icmpv6.target(b, o)));
        assertEquals(0x020000000001L, Icmpv6.llOption(b, o + Icmpv6.ND_LEN, o + 32, Icmpv6.OPT_SOURCE_LL));
        assertEquals(-1, Icmpv6.llOption(b, o + Icmpv6.ND_LEN, o + 32, Icmpv6.OPT_TARGET_LL));
        assertTrue(Icmpv6.checksumOk(b, OFF, o, 32));
        assertArrayEquals(Ipv6.dst(b, OFF), Inet6.solicitedNode(Inet6.parse("2001:db8::2")));
        assertEquals(0x3333ff000002L, Inet6.multicastMac(Ipv6.dst(b, OFF)));
        byte[] e = new byte[OFF + 72];
        Ipv6.emit(e, OFF, 32, Ipv6.NEXTHDR_ICMP, 255, Inet6.parse("2001:db8::1"), Inet6.parse("ff02::1:ff00:2"));
        Icmpv6.setType(e, o, Icmpv6.NEIGHBOUR_SOLICIT);
        Icmpv6.setTarget(e, o, Inet6.parse("2001:db8::2"));
        Icmpv6.putLlOption(e, o + Icmpv6.ND_LEN, Icmpv6.OPT_SOURCE_LL, 0x020000000001L);
        Icmpv6.fillChecksum(e, OFF, o, 32);
        assertEquals(Hex.str(Hex.bytes(NS), 0, 72), Hex.str(e, OFF, 72));
    }

    @Test
    void malformedOptionStopsTheScan() {
        byte[] b = Hex.at(OFF, NS);
        int o = OFF + Ipv6.HLEN;
        b[o + Icmpv6.ND_LEN + 1] = 0; // length 0 is invalid (RFC 4861 4.6)
        assertEquals(-1, Icmpv6.llOption(b, o + Icmpv6.ND_LEN, o + 32, Icmpv6.OPT_SOURCE_LL));
        b[o + Icmpv6.ND_LEN + 1] = 2; // runs past the end
        assertEquals(-1, Icmpv6.llOption(b, o + Icmpv6.ND_LEN, o + 32, Icmpv6.OPT_SOURCE_LL));
    }

    @Test
    void addressTextRoundTrips() {
        for (String s : new String[] {"::", "::1", "fe80::ff:fe00:1", "2001:db8::", "2001:db8:0:1:1:1:1:1",
                "ff02::1:ff00:2", "1::2:0:0:3"}) {
            assertEquals(s, Inet6.format(Inet6.parse(s)), s);
        }
        // inet_ntop (the oracle prints `inet6 ::ffff:1.2.3.4/96`): mapped and compatible addresses end dotted.
        assertEquals("::ffff:10.0.0.1", Inet6.format(Inet6.parse("::ffff:10.0.0.1")));
        assertEquals("::1.2.3.4", Inet6.format(Inet6.parse("::1.2.3.4")));
        assertEquals("::102", Inet6.format(Inet6.parse("::0.0.1.2")));
        assertEquals("::ffff:0.0.0.0", Inet6.format(Inet6.parse("::ffff:0:0")));
        assertEquals("1::ffff:a00:1", Inet6.format(Inet6.parse("1::ffff:10.0.0.1")));
        assertEquals("2001:db8::1", Inet6.format(Inet6.parse("2001:DB8:0:0:0:0:0:1")));
        for (String bad : new String[] {"", "1:2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "10.0.0.1"}) {
            assertThrows(IllegalArgumentException.class, () -> Inet6.parse(bad), bad);
        }
    }

    @Test
    void prefixes() {
        byte[] a = Inet6.parse("2001:db8::1");
        assertTrue(Inet6.inPrefix(a, Inet6.parse("2001:db8::"), 64));
        assertTrue(Inet6.inPrefix(a, Inet6.parse("2001:db9::"), 15));
        assertFalse(Inet6.inPrefix(a, Inet6.parse("2001:db9::"), 32));
        assertEquals("2001:db0::", Inet6.format(Inet6.mask(a, 28)));
        assertEquals("2001::", Inet6.format(Inet6.mask(a, 20)));
        assertTrue(Inet6.isLinkLocal(Inet6.parse("fe80::1")));
        assertFalse(Inet6.isLinkLocal(Inet6.parse("fec0::1")));
    }
}
