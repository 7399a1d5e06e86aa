package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class EthernetArpTest {
    // Broadcast ARP request "who-has 10.0.0.2 tell 10.0.0.1" from 02:00:00:00:00:01.
    static final String ARP_REQUEST_FRAME =
            "ffffffffffff 020000000001 0806"
            + " 0001 0800 06 04 0001 020000000001 0a000001 000000000000 0a000002";
    static final int OFF = 5;

    @Test
    void ethernetAccessors() {
        byte[] b = Hex.at(OFF, ARP_REQUEST_FRAME);
        assertEquals(Mac.BROADCAST, Ethernet.dst(b, OFF));
        assertEquals(Mac.parse("02:00:00:00:00:01"), Ethernet.src(b, OFF));
        assertEquals(Ethernet.P_ARP, Ethernet.type(b, OFF));
        Ethernet.setDst(b, OFF, Mac.parse("02:00:00:00:00:02"));
        Ethernet.setSrc(b, OFF, Mac.parse("02:00:00:00:00:03"));
        Ethernet.setType(b, OFF, Ethernet.P_IPV6);
        assertEquals("020000000002 020000000003 86dd".replace(" ", ""), Hex.str(b, OFF, Ethernet.HLEN));
        assertEquals((byte) 0xa5, b[OFF - 1]);
    }

    @Test
    void ethernetReprRoundTrip() {
        byte[] b = Hex.at(OFF, ARP_REQUEST_FRAME);
        EthernetRepr r = EthernetRepr.parse(b, OFF, Ethernet.HLEN);
        assertEquals(new EthernetRepr(Mac.BROADCAST, 0x0200_0000_0001L, 0x0806), r);
        byte[] out = new byte[Ethernet.HLEN];
        r.emit(out, 0);
        assertEquals(Hex.str(b, OFF, Ethernet.HLEN), Hex.str(out, 0, Ethernet.HLEN));
    }

    @Test
    void ethernetTruncated() {
        byte[] b = Hex.bytes(ARP_REQUEST_FRAME);
        assertThrows(WireException.class, () -> EthernetRepr.parse(b, 0, 13));
        assertThrows(WireException.class, () -> EthernetRepr.parse(b, 0, 0));
    }

    @Test
    void arpAccessors() {
        byte[] b = Hex.at(OFF, ARP_REQUEST_FRAME);
        int o = OFF + Ethernet.HLEN;
        assertTrue(Arp.isEthernetIpv4(b, o));
        assertEquals(Arp.OP_REQUEST, Arp.op(b, o));
        assertEquals(Mac.parse("02:00:00:00:00:01"), Arp.sha(b, o));
        assertEquals(Inet4.parse("10.0.0.1"), Arp.spa(b, o));
        assertEquals(0, Arp.tha(b, o));
        assertEquals(Inet4.parse("10.0.0.2"), Arp.tpa(b, o));
    }

    @Test
    void arpReplyBuiltFromRequest() {
        byte[] b = Hex.at(OFF, ARP_REQUEST_FRAME);
        int o = OFF + Ethernet.HLEN;
        ArpRepr req = ArpRepr.parse(b, o, Arp.LEN);
        assertEquals(new ArpRepr(1, 0x0200_0000_0001L, 0x0a00_0001, 0, 0x0a00_0002), req);
        ArpRepr reply = new ArpRepr(Arp.OP_REPLY, 0x0200_0000_0002L, req.tpa(), req.sha(), req.spa());
        byte[] out = new byte[Arp.LEN];
        reply.emit(out, 0);
        assertEquals("0001 0800 06 04 0002 020000000002 0a000002 020000000001 0a000001".replace(" ", ""),
                Hex.str(out, 0, Arp.LEN));
        // Emit of the parsed request reproduces the original bytes.
        req.emit(out, 0);
        assertEquals(Hex.str(b, o, Arp.LEN), Hex.str(out, 0, Arp.LEN));
    }

    @Test
    void arpRejectsTruncatedAndForeign() {
        byte[] b = Hex.bytes(ARP_REQUEST_FRAME);
        int o = Ethernet.HLEN;
        assertThrows(WireException.class, () -> ArpRepr.parse(b, o, Arp.LEN - 1));
        for (int field : new int[] {1, 3, 4, 5}) { // htype low, ptype low, hlen, plen
            byte[] c = b.clone();
            c[o + field] ^= 0x10;
            assertFalse(Arp.isEthernetIpv4(c, o));
            assertThrows(WireException.class, () -> ArpRepr.parse(c, o, Arp.LEN));
        }
    }

    @Test
    void reprsRejectOutOfRangeFields() {
        assertThrows(IllegalArgumentException.class, () -> new EthernetRepr(1L << 48, 0, 0x0800));
        assertThrows(IllegalArgumentException.class, () -> new EthernetRepr(0, 0, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> new ArpRepr(0x10000, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ArpRepr(1, -1L, 0, 0, 0));
    }
}
