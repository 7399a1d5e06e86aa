package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class Ipv4Test {
    // ICMP echo request 10.0.0.1 -> 10.0.0.2, id 0x1c46, DF, TTL 64, id 0x1234 seq 1, "abcdefgh".
    // Checksums (0x0a91 IP, 0x5435 ICMP) were computed with an independent RFC 1071 implementation.
    static final String PING =
            "4500 0024 1c46 4000 4001 0a91 0a000001 0a000002"
            + " 08 00 5435 1234 0001 6162636465666768";
    static final int OFF = 14;
    static final int LEN = 36;

    @Test
    void accessors() {
        byte[] b = Hex.at(OFF, PING);
        assertEquals(4, Ipv4.version(b, OFF));
        assertEquals(20, Ipv4.ihl(b, OFF));
        assertEquals(0, Ipv4.tos(b, OFF));
        assertEquals(LEN, Ipv4.totalLength(b, OFF));
        assertEquals(0x1c46, Ipv4.id(b, OFF));
        assertEquals(0x4000, Ipv4.flagsFrag(b, OFF));
        assertTrue(Ipv4.dontFragment(b, OFF));
        assertFalse(Ipv4.moreFragments(b, OFF));
        assertFalse(Ipv4.isFragment(b, OFF));
        assertEquals(0, Ipv4.fragOffset(b, OFF));
        assertEquals(64, Ipv4.ttl(b, OFF));
        assertEquals(Ipv4.PROTO_ICMP, Ipv4.protocol(b, OFF));
        assertEquals(0x0a91, Ipv4.checksum(b, OFF));
        assertEquals(Inet4.parse("10.0.0.1"), Ipv4.src(b, OFF));
        assertEquals(Inet4.parse("10.0.0.2"), Ipv4.dst(b, OFF));
        assertTrue(Ipv4.checksumOk(b, OFF));
    }

    @Test
    void fragmentFields() {
        byte[] b = Hex.at(OFF, PING);
        Ipv4.setFlagsFrag(b, OFF, Ipv4.FLAG_MF | 185); // offset 185 * 8 = 1480
        assertTrue(Ipv4.moreFragments(b, OFF));
        assertFalse(Ipv4.dontFragment(b, OFF));
        assertEquals(1480, Ipv4.fragOffset(b, OFF));
        assertTrue(Ipv4.isFragment(b, OFF));
        assertEquals("20b9", Hex.str(b, OFF + 6, 2));
        Ipv4.setFlagsFrag(b, OFF, 0x1fff); // last fragment at the maximum offset
        assertEquals(0x1fff * 8, Ipv4.fragOffset(b, OFF));
        assertTrue(Ipv4.isFragment(b, OFF));
    }

    @Test
    void settersAndFillChecksum() {
        byte[] b = Hex.at(OFF, PING);
        Ipv4.setTos(b, OFF, 0x10);
        Ipv4.setTtl(b, OFF, 1);
        Ipv4.setId(b, OFF, 0xabcd);
        Ipv4.setTotalLength(b, OFF, 0x0123);
        Ipv4.setProtocol(b, OFF, Ipv4.PROTO_UDP);
        Ipv4.setSrc(b, OFF, Inet4.parse("192.168.0.1"));
        Ipv4.setDst(b, OFF, Inet4.parse("192.168.0.199"));
        assertFalse(Ipv4.checksumOk(b, OFF));
        Ipv4.fillChecksum(b, OFF);
        assertTrue(Ipv4.checksumOk(b, OFF));
        assertEquals("4510 0123 abcd 4000 0111".replace(" ", ""), Hex.str(b, OFF, 10));
        assertEquals("c0a80001 c0a800c7".replace(" ", ""), Hex.str(b, OFF + 12, 8));
    }

    @Test
    void fillChecksumCoversOptions() {
        // 24-byte header with a 4-byte Router Alert option (94 04 0000).
        byte[] b = Hex.bytes("4600 0018 0000 0000 0102 0000 0a000001 e0000016 94040000");
        Ipv4.fillChecksum(b, 0);
        assertEquals(Checksum.compute(withZeroChecksum(b), 0, 24), Ipv4.checksum(b, 0));
        assertTrue(Ipv4.checksumOk(b, 0));
        b[22] = 1; // corrupt the option: the checksum must notice
        assertFalse(Ipv4.checksumOk(b, 0));
    }

    @Test
    void decTtlLikeKernel() {
        byte[] b = Hex.at(OFF, PING);
        Ipv4.decTtl(b, OFF);
        assertEquals(63, Ipv4.ttl(b, OFF));
        assertEquals(0x0b91, Ipv4.checksum(b, OFF)); // ip_decrease_ttl adds htons(0x0100)
        assertTrue(Ipv4.checksumOk(b, OFF));
        assertEquals(Ipv4.PROTO_ICMP, Ipv4.protocol(b, OFF));
        for (int i = 0; i < 62; i++) Ipv4.decTtl(b, OFF);
        assertEquals(1, Ipv4.ttl(b, OFF));
        assertTrue(Ipv4.checksumOk(b, OFF));
    }

    @Test
    void reprParseAndEmit() {
        byte[] b = Hex.at(OFF, PING);
        Ipv4Repr r = Ipv4Repr.parse(b, OFF, LEN);
        assertEquals(new Ipv4Repr(0x0a00_0001, 0x0a00_0002, 1, 64, 0, 0x1c46, true, 16), r);
        byte[] out = new byte[Ipv4.HLEN];
        r.emit(out, 0);
        assertEquals(Hex.str(b, OFF, Ipv4.HLEN), Hex.str(out, 0, Ipv4.HLEN));
        // Trailing bytes beyond the total length (Ethernet padding) are allowed.
        assertEquals(r, Ipv4Repr.parse(b, OFF, LEN + 7));
    }

    @Test
    void reprParseSkipsOptions() {
        byte[] b = Hex.bytes("4600 001c 0000 0000 0102 0000 0a000001 e0000016 94040000 11223344");
        Ipv4.fillChecksum(b, 0);
        Ipv4Repr r = Ipv4Repr.parse(b, 0, b.length);
        assertEquals(4, r.payloadLen());
        assertEquals(2, r.protocol());
        assertEquals(1, r.ttl());
        assertFalse(r.df());
    }

    @Test
    void reprParseRejectsMalformed() {
        byte[] good = Hex.bytes(PING);
        assertThrows(WireException.class, () -> Ipv4Repr.parse(good, 0, 19));
        assertThrows(WireException.class, () -> Ipv4Repr.parse(good, 0, LEN - 1)); // totalLength > len

        byte[] v6 = good.clone();
        v6[0] = 0x65;
        Ipv4.fillChecksum(v6, 0); // only the version is wrong
        assertThrows(WireException.class, () -> Ipv4Repr.parse(v6, 0, LEN));

        byte[] shortIhl = good.clone();
        shortIhl[0] = 0x44;
        assertThrows(WireException.class, () -> Ipv4Repr.parse(shortIhl, 0, LEN));

        byte[] longIhl = good.clone();
        longIhl[0] = 0x4f; // 60-byte header in a 36-byte packet
        assertThrows(WireException.class, () -> Ipv4Repr.parse(longIhl, 0, LEN));

        byte[] tinyTotal = good.clone();
        Ipv4.setTotalLength(tinyTotal, 0, 19);
        Ipv4.fillChecksum(tinyTotal, 0);
        assertThrows(WireException.class, () -> Ipv4Repr.parse(tinyTotal, 0, LEN));

        byte[] badSum = good.clone();
        badSum[15] ^= 1;
        assertThrows(WireException.class, () -> Ipv4Repr.parse(badSum, 0, LEN));
    }

    @Test
    void reprRejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Repr(0, 0, 256, 64, 0, 0, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Repr(0, 0, 1, -1, 0, 0, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new Ipv4Repr(0, 0, 1, 64, 0, 0x10000, false, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Ipv4Repr(0, 0, 1, 64, 0, 0, false, Ipv4Repr.MAX_PAYLOAD + 1));
        new Ipv4Repr(0, 0, 1, 64, 0, 0, false, Ipv4Repr.MAX_PAYLOAD);
    }

    static byte[] withZeroChecksum(byte[] b) {
        byte[] c = b.clone();
        c[10] = 0;
        c[11] = 0;
        return c;
    }
}
