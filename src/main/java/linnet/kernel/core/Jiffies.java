package linnet.kernel.core;

/**
 * The kernel's tick units as the oracle kernel has them (CONFIG_HZ=250, USER_HZ=100). Sysctls that
 * the kernel keeps in jiffies show a conversion of that one number, so what reads back after a
 * write is the written value rounded to whole ticks (1001 ms reads 1004, 7 centiseconds read 6).
 */
public final class Jiffies {
    private Jiffies() {}

    public static final int HZ = 250, USER_HZ = 100;
    /** Milliseconds per tick (1000 is a multiple of HZ here, so msecs_to_jiffies rounds up by this). */
    private static final int MS_PER_TICK = 1000 / HZ;

    /** msecs_to_jiffies: rounds up; a value that is negative as an int is MAX_JIFFY_OFFSET (too big). */
    public static long msecsToJiffies(long ms) {
        if ((int) ms < 0) return Long.MAX_VALUE;
        return (ms + MS_PER_TICK - 1) / MS_PER_TICK;
    }

    /** jiffies_to_msecs (an unsigned int). */
    public static long jiffiesToMsecs(long j) { return (j * MS_PER_TICK) & 0xffffffffL; }

    /** clock_t_to_jiffies: USER_HZ ticks to jiffies, rounding down. */
    public static long clockTToJiffies(long c) { return c * HZ / USER_HZ; }

    /** jiffies_to_clock_t: rounding down. */
    public static long jiffiesToClockT(long j) { return j * USER_HZ / HZ; }
}
