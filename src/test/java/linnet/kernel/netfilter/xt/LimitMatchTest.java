package linnet.kernel.netfilter.xt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** -m limit as iptables-nft installs it: the nft limit expression (nft_limit_pkts), tokens in ns. */
class LimitMatchTest {
    static final long MS = 1_000_000L;

    @Test
    void addNftLimitConversion() {
        LimitMatch five = LimitMatch.of(2000, 10); // --limit 5/sec --limit-burst 10
        assertEquals(5, five.rate());
        assertEquals(1, five.unit());
        assertEquals(200 * MS, five.cost());
        assertEquals(2000 * MS, five.tokensMax());
        LimitMatch seven = LimitMatch.of(600000 / 7, 5); // 7/minute
        assertEquals(7, seven.rate());
        assertEquals(60, seven.unit());
        assertEquals(600000 / 7, seven.avg());
        assertEquals(5, LimitMatch.of(2000, 0).burst(), "nft_limit_init: burst 0 is 5");
    }

    @Test
    void burstThenOnePerPeriod() {
        LimitMatch l = LimitMatch.of(5000, 3); // 2/sec, burst 3: the recorded ping run
        long t = 1000 * MS;
        assertTrue(l.match(t));
        assertTrue(l.match(t + 200 * MS));
        assertTrue(l.match(t + 400 * MS));
        assertTrue(l.match(t + 600 * MS), "600 ms refilled more than one 500 ms token");
        assertFalse(l.match(t + 800 * MS));
        assertTrue(l.match(t + 1000 * MS));
        assertFalse(l.match(t + 1200 * MS));
        assertFalse(l.match(t + 1400 * MS));
        long later = t + 60_000 * MS;
        assertTrue(l.match(later));
        assertTrue(l.match(later));
        assertTrue(l.match(later));
        assertFalse(l.match(later), "a long pause refills at most the burst");
    }

    @Test
    void stateIsNotPartOfTheRule() {
        LimitMatch a = LimitMatch.of(2000, 3), b = LimitMatch.of(2000, 3);
        a.match(0);
        assertEquals(a, b);
        assertFalse(a.equals(LimitMatch.of(2000, 4)));
    }
}
