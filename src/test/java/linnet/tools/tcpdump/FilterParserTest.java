package linnet.tools.tcpdump;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class FilterParserTest {
    /** An Ethernet/IPv4/UDP frame 10.0.0.2:5000 -> 10.0.0.1:7777 with 3 bytes of payload. */
    static byte[] udpFrame() {
        byte[] f = new byte[14 + 20 + 8 + 3];
        f[0] = 2; f[5] = 1; f[6] = 2; f[11] = 2;
        f[12] = 0x08;
        int ip = 14;
        f[ip] = 0x45;
        f[ip + 3] = 31;
        f[ip + 8] = 64;
        f[ip + 9] = 17;
        f[ip + 12] = 10; f[ip + 15] = 2;
        f[ip + 16] = 10; f[ip + 19] = 1;
        int u = ip + 20;
        f[u] = (byte) (5000 >> 8); f[u + 1] = (byte) 5000;
        f[u + 2] = (byte) (7777 >> 8); f[u + 3] = (byte) 7777;
        f[u + 5] = 11;
        return f;
    }

    private static boolean m(String expr, byte[] f) throws Exception {
        return FilterParser.compile(expr, PrintEther.DLT_EN10MB, null).matches(f, PrintEther.DLT_EN10MB, true);
    }

    @Test
    void primitivesMatchTheirFields() throws Exception {
        byte[] f = udpFrame();
        assertTrue(m("udp", f));
        assertFalse(m("tcp", f));
        assertTrue(m("ip and udp port 7777", f));
        assertTrue(m("src host 10.0.0.2 and dst port 7777", f));
        assertFalse(m("dst host 10.0.0.2", f));
        assertTrue(m("host 10.0.0.9 or 10.0.0.1", f));
        assertTrue(m("net 10.0.0.0/24", f));
        assertTrue(m("portrange 7000-8000", f));
        assertFalse(m("not udp", f));
        assertTrue(m("ether host 02:00:00:00:00:01", f));
        assertTrue(m("greater 40 and less 100", f));
        assertTrue(m("udp[2:2] = 7777", f));
        assertFalse(m("arp", f));
        assertFalse(m("vlan", f));
    }

    private static String err(String expr) {
        return assertThrows(FilterParser.FilterException.class, () -> FilterParser.compile(expr, PrintEther.DLT_EN10MB, null)).getMessage();
    }

    @Test
    void errorsHaveLibpcapsWords() {
        assertEquals("can't parse filter expression: syntax error", err("tcp and"));
        assertEquals("can't parse filter expression: syntax error", err("(tcp"));
        assertEquals("can't parse filter expression: syntax error", err("greater"));
        assertEquals("illegal port number 99999 > 65535", err("port 99999"));
        assertEquals("non-network bits set in \"10.0.0.1/24\"", err("net 10.0.0.1/24"));
        assertEquals("expression rejects all packets", err("icmp and ip6"));
        assertEquals("expression rejects all packets", err("udp port 53 and tcp"));
    }

    @Test
    void pcapRoundTrip() {
        byte[] f = udpFrame();
        byte[] file = concat(PcapFile.header(1, 262144), PcapFile.record(1_795_335_192_123_456_000L, f, f.length, f.length));
        // the reader is exercised through its byte-level parser
        assertEquals(24 + 16 + f.length, file.length);
        assertEquals((byte) 0xd4, file[0]);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void printsUdpAndArpAsTcpdump() {
        Ndo nd = new Ndo(null);
        nd.nflag = 1;
        byte[] f = udpFrame();
        PrintEther.etherPrint(nd, f, 0, f.length, f.length);
        assertEquals("IP 10.0.0.2.5000 > 10.0.0.1.7777: UDP, length 3", nd.out.toString());
    }
}
