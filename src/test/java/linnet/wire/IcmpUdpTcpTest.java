package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class IcmpUdpTcpTest {
    static final int OFF = 14;

    // UDP 10.0.0.1:12345 -> 10.0.0.2:53 carrying "hello"; IP checksum 0x26c9, UDP 0x7791
    // (computed with an independent RFC 1071/768 implementation).
    static final String UDP =
            "4500 0021 0001 4000 4011 26c9 0a000001 0a000002"
            + " 3039 0035 000d 7791 68656c6c6f";

    // TCP SYN 10.0.0.1:40000 -> 10.0.0.2:80, seq 0xdeadbeef, MSS 1460 option, window 64240;
    // IP checksum 0x67da, TCP 0x4f05 (independently computed).
    static final String TCP_SYN =
            "4500 002c beef 4000 4006 67da 0a000001 0a000002"
            + " 9c40 0050 deadbeef 00000000 60 02 faf0 4f05 0000 020405b4";

    @Test
    void icmpEchoRequest() {
        byte[] b = Hex.at(OFF, Ipv4Test.PING);
        int o = OFF + Ipv4.ihl(b, OFF);
        int len = Ipv4.totalLength(b, OFF) - Ipv4.ihl(b, OFF);
        assertEquals(Icmp.ECHO_REQUEST, Icmp.type(b, o));
        assertEquals(0, Icmp.code(b, o));
        assertEquals(0x5435, Icmp.checksum(b, o));
        assertEquals(0x1234, Icmp.id(b, o));
        assertEquals(1, Icmp.seq(b, o));
        assertTrue(Icmp.checksumOk(b, o, len));
        assertEquals(0x5435, Checksum.compute(zero(b, o + 2), o, len));
    }

    @Test
    void icmpEchoReplyChecksum() {
        byte[] b = Hex.at(OFF, Ipv4Test.PING);
        int o = OFF + Ipv4.HLEN;
        Icmp.setType(b, o, Icmp.ECHO_REPLY);
        Icmp.fillChecksum(b, o, 16);
        // Type 8 -> 0 lowers the first word by 0x0800, so the checksum rises by 0x0800.
        assertEquals(0x5c35, Icmp.checksum(b, o));
        assertTrue(Icmp.checksumOk(b, o, 16));
        assertEquals(0x5c35, Checksum.update16(0x5435, 0x0800, 0x0000));
    }

    @Test
    void icmpFragNeeded() {
        byte[] b = new byte[8];
        Icmp.setType(b, 0, Icmp.DEST_UNREACH);
        Icmp.setCode(b, 0, Icmp.FRAG_NEEDED);
        Icmp.setMtu(b, 0, 1400);
        Icmp.fillChecksum(b, 0, 8);
        assertEquals("0304", Hex.str(b, 0, 2));
        assertEquals("00000578", Hex.str(b, 0 + 4, 4));
        assertEquals(1400, Icmp.mtu(b, 0));
        assertEquals(~(0x0304 + 0x0578) & 0xffff, Icmp.checksum(b, 0));
        Icmp.setId(b, 0, 0xbeef);
        Icmp.setSeq(b, 0, 7);
        Icmp.setChecksum(b, 0, 0x1234);
        assertEquals("beef0007", Hex.str(b, 4, 4));
        assertEquals(0x1234, Icmp.checksum(b, 0));
        assertEquals(Icmp.TIME_EXCEEDED, 11);
        assertEquals(Icmp.PREC_CUTOFF, 15);
    }

    @Test
    void udpDatagram() {
        byte[] b = Hex.at(OFF, UDP);
        assertTrue(Ipv4.checksumOk(b, OFF));
        int o = OFF + Ipv4.HLEN;
        assertEquals(12345, Udp.srcPort(b, o));
        assertEquals(53, Udp.dstPort(b, o));
        assertEquals(13, Udp.length(b, o));
        assertEquals(0x7791, Udp.checksum(b, o));
        assertTrue(Udp.checksumOk(b, OFF));
        Udp.setChecksum(b, o, 0);
        assertTrue(Udp.checksumOk(b, OFF)); // 0 means "not computed"
        Udp.fillChecksum(b, OFF);
        assertEquals(0x7791, Udp.checksum(b, o));
        b[o + 8] ^= 0x20; // "Hello"
        assertFalse(Udp.checksumOk(b, OFF));
    }

    @Test
    void udpSetters() {
        byte[] b = Hex.at(OFF, UDP);
        int o = OFF + Ipv4.HLEN;
        Udp.setSrcPort(b, o, 53);
        Udp.setDstPort(b, o, 12345);
        Udp.setLength(b, o, 13);
        Udp.fillChecksum(b, OFF);
        assertEquals("0035 3039 000d".replace(" ", ""), Hex.str(b, o, 6));
        assertTrue(Udp.checksumOk(b, OFF));
        // Swapping the ports leaves the one's-complement sum unchanged.
        assertEquals(0x7791, Udp.checksum(b, o));
    }

    @Test
    void udpZeroChecksumIsSentAsFfff() {
        // Choose the payload word so that the datagram's sum is exactly 0xffff; the computed
        // checksum is then 0, which UDP must transmit as 0xffff.
        byte[] b = Hex.at(OFF, "4500 001e 0000 0000 4011 0000 0a000001 0a000002 0001 0002 000a 0000 0000");
        int o = OFF + Ipv4.HLEN;
        int partial = Checksum.sum(b, o, 10,
                Checksum.pseudoHeaderSum(Ipv4.src(b, OFF), Ipv4.dst(b, OFF), 17, 10));
        Bytes.put16(b, o + 8, ~partial & 0xffff);
        Udp.fillChecksum(b, OFF);
        assertEquals(0xffff, Udp.checksum(b, o));
        assertTrue(Udp.checksumOk(b, OFF));
    }

    @Test
    void tcpSyn() {
        byte[] b = Hex.at(OFF, TCP_SYN);
        assertTrue(Ipv4.checksumOk(b, OFF));
        int o = OFF + Ipv4.HLEN;
        assertEquals(40000, Tcp.srcPort(b, o));
        assertEquals(80, Tcp.dstPort(b, o));
        assertEquals(0xdeadbeefL, Tcp.seq(b, o)); // unsigned, not sign-extended
        assertEquals(0, Tcp.ack(b, o));
        assertEquals(24, Tcp.dataOffset(b, o));
        assertEquals(Tcp.SYN, Tcp.flags(b, o));
        assertEquals(64240, Tcp.window(b, o));
        assertEquals(0x4f05, Tcp.checksum(b, o));
        assertEquals(0, Tcp.urgent(b, o));
        assertTrue(Tcp.checksumOk(b, OFF));
        Tcp.fillChecksum(b, OFF);
        assertEquals(0x4f05, Tcp.checksum(b, o));
    }

    @Test
    void tcpSynAckBuiltInPlace() {
        byte[] b = Hex.at(OFF, TCP_SYN);
        int o = OFF + Ipv4.HLEN;
        Tcp.setSrcPort(b, o, 80);
        Tcp.setDstPort(b, o, 40000);
        Tcp.setAck(b, o, Tcp.seq(b, o) + 1);
        Tcp.setSeq(b, o, 0xffff_ffffL);
        Tcp.setFlags(b, o, Tcp.SYN | Tcp.ACK);
        Tcp.setWindow(b, o, 65535);
        Tcp.setUrgent(b, o, 0);
        Tcp.setDataOffset(b, o, 24);
        Tcp.setChecksum(b, o, 0);
        Tcp.fillChecksum(b, OFF);
        assertEquals("0050 9c40 ffffffff deadbef0 60 12 ffff".replace(" ", ""), Hex.str(b, o, 16));
        assertEquals(0xffff_ffffL, Tcp.seq(b, o));
        assertEquals(0xdeadbef0L, Tcp.ack(b, o));
        assertTrue(Tcp.checksumOk(b, OFF));
        b[o + 23] ^= 1; // corrupt the MSS option
        assertFalse(Tcp.checksumOk(b, OFF));
    }

    private static byte[] zero(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] = 0;
        c[at + 1] = 0;
        return c;
    }
}
