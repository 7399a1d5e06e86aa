package linnet.tools.tc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** tc's units as iproute2 reads and writes them (figures checked against tc 6.1 on the oracle). */
class TcUnitsTest {
    @Test
    void ratesAreBitsPerSecondWithDecimalOrBinarySuffixes() {
        assertEquals(125_000, TcUnits.rate64("1mbit"));
        assertEquals(125_000, TcUnits.rate64("1Mbit"));
        assertEquals(100_000_000, TcUnits.rate64("100mbps"));
        assertEquals(128, TcUnits.rate64("1kibit"));
        assertEquals(100, TcUnits.rate64("800"));
        assertEquals(-1, TcUnits.rate64("xyz"));
        assertEquals(-1, TcUnits.rate64("1parsec"));
    }

    @Test
    void sizesUseBinaryUnitsAndKbitIsAKibibitOver8() {
        assertEquals(10240, TcUnits.size("10kb"));
        assertEquals(4096, TcUnits.size("32kbit"));
        assertEquals(1048576, TcUnits.size("1mb"));
        assertEquals(1600, TcUnits.size("1600"));
        assertEquals(-1, TcUnits.size("abc"));
        // the fraction is cut off, as the unsigned assignment does
        assertEquals(1, TcUnits.size("1.5"));
        assertEquals(-1, TcUnits.size("-"));
    }

    @Test
    void printedFormsRoundLikeTc() {
        assertEquals("1500Kbit", TcUnits.sprintRate(187_500));
        assertEquals("800Mbit", TcUnits.sprintRate(100_000_000));
        assertEquals("2Gbit", TcUnits.sprintRate(250_000_000));
        assertEquals("800bit", TcUnits.sprintRate(100));
        assertEquals("4Kb", TcUnits.sprintSize(4095));
        assertEquals("4000b", TcUnits.sprintSize(4000));
        assertEquals("1048500b", TcUnits.sprintSize(1048500));
        assertEquals("32Mb", TcUnits.sprintSize(32 << 20));
        assertEquals("11.2ms", TcUnits.sprintTime(11200));
        assertEquals("84.8ms", TcUnits.sprintTime(84821.67));
        assertEquals("9.95ms", TcUnits.sprintTime(9950));
        assertEquals("1s", TcUnits.sprintTime(1_000_000));
        assertEquals("0us", TcUnits.sprintTime(0));
        assertEquals("999us", TcUnits.sprintTime(999));
    }

    @Test
    void bucketTicksComeBackAsBytesTruncatedThroughMicroseconds() {
        // 5000 bytes at 100 MB/s are 50 µs = 781 ticks of 64 ns; back: 49 µs, so 4900 bytes
        assertEquals(4900, TcUnits.xmitsize(100_000_000, 50_000 >> 6));
        assertEquals(1600, TcUnits.xmitsize(125_000, 12_800_000 >> 6));
    }
}
