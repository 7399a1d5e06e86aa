package linnet.kernel.core;

/**
 * CLOCK_REALTIME of the emulated machine: a fixed start of the calendar plus the virtual clock,
 * so that file times, iptables-save's dates and `date` agree and two runs print the same.
 */
public final class Realtime {
    private Realtime() {}

    /** Seconds since 1970 at virtual time 0 (the transcripts normalize or avoid dates anyway). */
    public static final long EPOCH_S = 1795335192L;

    /** The wall-clock time in nanoseconds since 1970 at virtual time {@code monotonicNs}. */
    public static long ns(long monotonicNs) { return EPOCH_S * 1_000_000_000L + monotonicNs; }
}
