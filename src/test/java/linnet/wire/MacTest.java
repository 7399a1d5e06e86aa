package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacTest {
    @Test
    void parsesAndFormats() {
        assertEquals(0x0200_0000_0001L, Mac.parse("02:00:00:00:00:01"));
        assertEquals(0x0200_0000_0001L, Mac.parse("2:0:0:0:0:1"));
        assertEquals(0xaabb_ccdd_eeffL, Mac.parse("AA:bb:Cc:dd:ee:FF"));
        assertEquals(Mac.BROADCAST, Mac.parse("ff:ff:ff:ff:ff:ff"));
        assertEquals("02:00:00:00:00:01", Mac.format(0x0200_0000_0001L));
        assertEquals("aa:bb:cc:dd:ee:ff", Mac.format(0xaabb_ccdd_eeffL));
        assertEquals("00:00:00:00:00:00", Mac.format(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02:00:00:00:00", "02:00:00:00:00:01:", "02:00:00:00:00:01:02",
            "002:00:00:00:00:01", "02-00-00-00-00-01", "02::00:00:00:01", "g2:00:00:00:00:01",
            " 02:00:00:00:00:01", "02:00:00:00:00:01 ", "0200.0000.0001", "\uff10\uff12:00:00:00:00:01"})
    void rejectsBadInput(String s) {
        assertThrows(IllegalArgumentException.class, () -> Mac.parse(s));
    }

    @Test
    void readWriteIsBigEndian() {
        byte[] b = new byte[10];
        Mac.write(b, 2, 0x0211_2233_4455L);
        assertEquals("000002112233445500", Hex.str(b, 0, 9));
        assertEquals(0x0211_2233_4455L, Mac.read(b, 2));
        // High bytes must not sign-extend into the result.
        Mac.write(b, 0, Mac.BROADCAST);
        assertEquals(Mac.BROADCAST, Mac.read(b, 0));
    }

    @Test
    void classifies() {
        assertTrue(Mac.isMulticast(Mac.parse("01:00:5e:00:00:01")));
        assertTrue(Mac.isMulticast(Mac.parse("33:33:00:00:00:01")));
        assertTrue(Mac.isMulticast(Mac.BROADCAST));
        assertFalse(Mac.isMulticast(Mac.parse("02:00:00:00:00:01")));
        // The I/G bit is in the first octet only; a set low bit elsewhere is not multicast.
        assertFalse(Mac.isMulticast(Mac.parse("00:00:00:00:00:01")));
        assertTrue(Mac.isBroadcast(Mac.BROADCAST));
        assertFalse(Mac.isBroadcast(Mac.parse("ff:ff:ff:ff:ff:fe")));
        assertTrue(Mac.isZero(0));
        assertFalse(Mac.isZero(1));
        assertTrue(Mac.isValidUnicast(Mac.parse("02:00:00:00:00:01")));
        assertFalse(Mac.isValidUnicast(0));
        assertFalse(Mac.isValidUnicast(Mac.BROADCAST));
        assertFalse(Mac.isValidUnicast(Mac.parse("01:00:5e:00:00:01")));
    }
}
