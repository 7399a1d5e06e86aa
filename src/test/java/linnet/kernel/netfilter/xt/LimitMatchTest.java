package linnet.kernel.netfilter.xt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** -m limit (xt_limit): a token bucket in credits at HZ=250, CREDITS_PER_JIFFY 128. */
class LimitMatchTest {
    static final long MS = 1_000_000L;

    @Test
    void creditsAsTheKernelComputesThem() {
        // 5/sec: avg = 10000/5 = 2000; cost = 2000*250*128/10000 = 6400; burst 10 -> cap 64000.
        LimitMatch l = new LimitMatch(2000, 10);
        assertEquals(6400, l.cost());
        assertEquals(64000, l.creditCap());
        // 1/day: avg = 864000000; avg*250*128 overflows u32, so divide first.
        assertEquals(864000000L / 10000 * 250 * 128, LimitMatch.user2credits(864000000L));
        assertFalse(new LimitMatch(2000, 0).valid(), "burst 0 is refused");
        assertTrue(l.valid());
    }

    @Test
    void burstThenOnePerPeriod() {
        LimitMatch l = new LimitMatch(2000, 3); // 5/sec, burst 3
        long t = 1000 * MS;
        assertTrue(l.match(t));
        assertTrue(l.match(t));
        assertTrue(l.match(t));
        assertFalse(l.match(t), "the burst is spent");
        assertFalse(l.match(t + 196 * MS), "49 jiffies: 6272 credits, one packet needs 6400");
        assertTrue(l.match(t + 200 * MS), "50 jiffies refill one packet");
        assertFalse(l.match(t + 200 * MS));
        // A long pause refills at most the burst.
        long later = t + 60_000 * MS;
        assertTrue(l.match(later));
        assertTrue(l.match(later));
        assertTrue(l.match(later));
        assertFalse(l.match(later));
    }

    @Test
    void stateIsNotPartOfTheRule() {
        LimitMatch a = new LimitMatch(2000, 3), b = new LimitMatch(2000, 3);
        a.match(0);
        assertEquals(a, b);
        assertFalse(a.equals(new LimitMatch(2000, 4)));
    }
}
