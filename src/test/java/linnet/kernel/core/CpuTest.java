package linnet.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The CPU cost model: work queues behind work, idle caches run cold, jitter is small and seeded. */
class CpuTest {
    static final long US = 1000;

    @Test
    void idleCpusStartColdAndWarmUpWithinABurst() {
        Cpu cpu = new Cpu(1);
        // the first work after boot is cold, and so is the rest of its burst for a few frames
        long a = cpu.charge(0, Cpu.FRAME_NS);
        assertTrue(a > 8 * Cpu.FRAME_NS, "cold: " + a);
        long b = cpu.charge(0, Cpu.FRAME_NS);
        assertTrue(b - a > 8 * Cpu.FRAME_NS, "the same burst is cold too: " + (b - a));
        // spaced work after that is warm: about FRAME_NS each, a rare pause aside
        long[] costs = new long[201];
        long t = cpu.idleAt(0);
        for (int i = 0; i < costs.length; i++) {
            t += 10 * US;
            costs[i] = cpu.charge(t, Cpu.FRAME_NS) - t;
        }
        long[] sorted = costs.clone();
        java.util.Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        assertTrue(median >= Cpu.FRAME_NS * 85 / 100 && median <= Cpu.FRAME_NS * 115 / 100, "warm: " + median);
        assertTrue(sorted[sorted.length - 1] <= Cpu.FRAME_NS * 2 + Cpu.PAUSE_MAX_NS, "pauses are bounded");
        // idle for a millisecond: cold again
        long d0 = cpu.idleAt(0) + Cpu.COLD_AFTER_NS;
        assertTrue(cpu.charge(d0, Cpu.FRAME_NS) - d0 > 8 * Cpu.FRAME_NS);
    }

    @Test
    void theSameSeedGivesTheSameTimes() {
        Cpu x = new Cpu(42), y = new Cpu(42), z = new Cpu(43);
        long sx = 0, sy = 0, sz = 0;
        for (int i = 0; i < 100; i++) {
            sx += x.charge(i * 5 * US, Cpu.FRAME_NS);
            sy += y.charge(i * 5 * US, Cpu.FRAME_NS);
            sz += z.charge(i * 5 * US, Cpu.FRAME_NS);
        }
        assertEquals(sx, sy);
        assertTrue(sx != sz, "another seed, other jitter");
    }

    @Property
    void workNeverEndsBeforeItStartsNorOverlapsEarlierWork(@ForAll @LongRange(min = 0, max = 10_000_000) long t1,
            @ForAll @LongRange(min = 0, max = 10_000_000) long t2, @ForAll @LongRange(min = 1, max = 100_000) long cost) {
        Cpu cpu = new Cpu(t1 ^ t2);
        long first = cpu.charge(t1, cost);
        long second = cpu.charge(t2, cost);
        assertTrue(first > t1 && second > t2 && second > first);
        assertTrue(cpu.idleAt(0) == second);
    }
}
