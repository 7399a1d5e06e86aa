package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Inet4Test {
    @Test
    void parsesAndFormats() {
        assertEquals(0x0a00_0001, Inet4.parse("10.0.0.1"));
        assertEquals(0xc0a8_00c7, Inet4.parse("192.168.0.199"));
        assertEquals(0xffff_ffff, Inet4.parse("255.255.255.255"));
        assertEquals(0, Inet4.parse("0.0.0.0"));
        assertEquals("192.168.0.199", Inet4.format(0xc0a8_00c7));
        assertEquals("255.255.255.255", Inet4.format(-1));
        assertEquals("0.0.0.0", Inet4.format(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.1.", "10.0.0.1.2", "256.0.0.1", "10.0.0.256",
            "10.0.0.-1", "10..0.1", "010.0.0.1", "10.0.0.01", "1000.0.0.1", "10.0.0.1 ", " 10.0.0.1",
            "10.0.0.a", "0x0a.0.0.1", "10.0.0.1/24", "\u0661.0.0.1"})
    void rejectsBadInput(String s) {
        assertThrows(IllegalArgumentException.class, () -> Inet4.parse(s));
    }

    @Test
    void readWrite() {
        byte[] b = new byte[6];
        Inet4.write(b, 1, Inet4.parse("192.168.1.254"));
        assertEquals("00c0a801fe00", Hex.str(b, 0, 6));
        assertEquals(Inet4.parse("192.168.1.254"), Inet4.read(b, 1));
    }

    @Test
    void masksAndPrefixes() {
        assertEquals(0, Inet4.mask(0));
        assertEquals(0x8000_0000, Inet4.mask(1));
        assertEquals(0xffff_ff00, Inet4.mask(24));
        assertEquals(0xffff_ffff, Inet4.mask(32));
        assertThrows(IllegalArgumentException.class, () -> Inet4.mask(33));
        assertThrows(IllegalArgumentException.class, () -> Inet4.mask(-1));
        for (int len = 0; len <= 32; len++) assertEquals(len, Inet4.prefixLen(Inet4.mask(len)));
        assertEquals(-1, Inet4.prefixLen(Inet4.parse("255.0.255.0")));
        assertEquals(-1, Inet4.prefixLen(Inet4.parse("0.0.0.255")));
        assertEquals(-1, Inet4.prefixLen(Inet4.parse("255.255.255.253")));
        assertTrue(Inet4.inPrefix(Inet4.parse("10.1.2.3"), Inet4.parse("10.0.0.0"), 8));
        assertFalse(Inet4.inPrefix(Inet4.parse("11.1.2.3"), Inet4.parse("10.0.0.0"), 8));
        assertTrue(Inet4.inPrefix(Inet4.parse("192.168.1.130"), Inet4.parse("192.168.1.128"), 25));
        assertFalse(Inet4.inPrefix(Inet4.parse("192.168.1.127"), Inet4.parse("192.168.1.128"), 25));
        assertTrue(Inet4.inPrefix(Inet4.parse("1.2.3.4"), 0, 0));
        assertTrue(Inet4.inPrefix(Inet4.parse("1.2.3.4"), Inet4.parse("1.2.3.4"), 32));
        assertFalse(Inet4.inPrefix(Inet4.parse("1.2.3.5"), Inet4.parse("1.2.3.4"), 32));
    }

    @Test
    void classifies() {
        assertTrue(Inet4.isMulticast(Inet4.parse("224.0.0.1")));
        assertTrue(Inet4.isMulticast(Inet4.parse("239.255.255.255")));
        assertFalse(Inet4.isMulticast(Inet4.parse("240.0.0.1")));
        assertFalse(Inet4.isMulticast(Inet4.parse("223.255.255.255")));
        assertTrue(Inet4.isLoopback(Inet4.parse("127.0.0.1")));
        assertTrue(Inet4.isLoopback(Inet4.parse("127.255.0.9")));
        assertFalse(Inet4.isLoopback(Inet4.parse("128.0.0.1")));
        assertTrue(Inet4.isZeronet(0));
        assertTrue(Inet4.isZeronet(Inet4.parse("0.1.2.3")));
        assertFalse(Inet4.isZeronet(Inet4.parse("1.0.0.0")));
        assertTrue(Inet4.isLimitedBroadcast(Inet4.parse("255.255.255.255")));
        assertFalse(Inet4.isLimitedBroadcast(Inet4.parse("10.255.255.255")));
    }
}
