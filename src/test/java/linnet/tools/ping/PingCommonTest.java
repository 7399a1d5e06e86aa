package linnet.tools.ping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** ping_common.c's arithmetic: the reply time's precision, the integer square root, the pinger's ms. */
class PingCommonTest {
    @Test
    void replyTimesLoseDecimalsAsTheyGrow() {
        assertEquals("0.056 ms", PingCommon.tripText(56));
        assertEquals("0.999 ms", PingCommon.tripText(999));
        assertEquals("1.00 ms", PingCommon.tripText(1000));
        assertEquals("9.99 ms", PingCommon.tripText(9994));
        assertEquals("10.0 ms", PingCommon.tripText(9995));
        assertEquals("99.9 ms", PingCommon.tripText(99949));
        assertEquals("100 ms", PingCommon.tripText(99950));
        assertEquals("1234 ms", PingCommon.tripText(1234000));
    }

    /** iputils' Newton loop stops one step late at times: it returns the floor or one more (llsqrt(3) is 2). */
    @Property
    void llsqrtIsTheFloorOfTheSquareRootOrOneMore(@ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long a) {
        long r = PingCommon.llsqrt(a);
        long f = (long) Math.floor(Math.sqrt((double) a));
        while (f * f > a) f--;
        while ((f + 1) * (f + 1) <= a) f++;
        assertEquals(true, r == f || r == f + 1, a + " -> " + r);
    }

    @Test
    void pingerCountsMillisecondsAsTimespecArithmeticDoes() {
        long s = 1_000_000_000L;
        // whole seconds times 1000 plus the truncated nanosecond difference: 1.1 ms across a second is 2
        assertEquals(2, PingCommon.msBetween(5 * s + 999_000_000L, 6 * s + 100_000L));
        assertEquals(1, PingCommon.msBetween(5 * s + 100_000L, 5 * s + 1_200_000L));
        assertEquals(1000, PingCommon.msBetween(5 * s, 6 * s));
        assertEquals(200, PingCommon.msBetween(5 * s + 900_000_000L, 6 * s + 100_000_000L));
    }

    @Test
    void lossIsPrintedAsCsPercentG() {
        assertEquals("22.1", PingCommon.g((float) (442 * 100.0 / 2000)));
        assertEquals("33.3333", PingCommon.g((float) (1 * 100.0 / 3)));
        assertEquals("100", PingCommon.g(100f));
    }
}
