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
    void backToBackWorkQueuesAndStaysInItsBurst() {
        Cpu cpu = new Cpu(1);
        long a = cpu.charge(0, Cpu.FRAME_NS);
        // the first work after boot is cold
        assertTrue(a > 10 * Cpu.FRAME_NS, "cold: " + a);
        long b = cpu.charge(0, Cpu.FRAME_NS);
        assertTrue(b - a > 10 * Cpu.FRAME_NS, "the same burst is cold too: " + (b - a));
        // a few frames later the burst's caches are warm
        cpu.charge(0, Cpu.FRAME_NS);
        cpu.charge(0, Cpu.FRAME_NS);
        long e0 = cpu.idleAt(0);
        assertTrue(cpu.charge(0, Cpu.FRAME_NS) - e0 < 2 * Cpu.FRAME_NS, "warm after four frames");
        b = cpu.idleAt(0);
        // a short gap: the caches are warm
        long c = cpu.charge(b + 10 * US, Cpu.FRAME_NS);
        long warm = c - (b + 10 * US);
        assertTrue(warm >= Cpu.FRAME_NS * 85 / 100 && warm <= Cpu.FRAME_NS * 115 / 100, "warm: " + warm);
        // idle for a millisecond: cold again
        long d0 = c + Cpu.COLD_AFTER_NS;
        assertTrue(cpu.charge(d0, Cpu.FRAME_NS) - d0 > 10 * Cpu.FRAME_NS);
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
