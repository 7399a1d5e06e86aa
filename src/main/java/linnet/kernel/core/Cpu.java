package linnet.kernel.core;

import linnet.sim.Rng;

/**
 * The machine's CPU as the packet path spends it: every frame the receive softirq handles costs
 * virtual time, one frame after another, so a packet's round trip, a flood's rate and a storm's
 * length come out as on Linux instead of happening at one instant.
 *
 * <p>The figures are calibrated on the oracle machine (bench/COSTS.md has the measurements): a
 * warm frame costs about 1 µs from the backlog to its next queue, and 0.6 µs more when it goes up
 * the stack (IP, a socket), so a flood ping over one veth pair shows ~4 µs, through a bridge ~6 µs and
 * through a router ~7-8 µs, and a storm a bridge only switches runs at about a million frames a second. Work that starts after the
 * CPU sat idle for a millisecond runs cold (caches, C-state exit) at about ten times that
 * until it has done a few frames' worth: a plain one-a-second ping shows 0.05-0.1 ms, while a
 * long burst (a flood, a storm) soon runs warm.
 * Each cost gets a small jitter, and now and then a pause of up to 60 µs (a tick, an interrupt),
 * from a generator of its own seeded from the lab's seed, so runs are repeatable, mdev is not 0,
 * and the lab's other random draws (MACs, ids) do not move.
 */
public final class Cpu {
    /** One frame through the receive path when caches are warm: the backlog, the driver, a bridge's switching. */
    public static final long FRAME_NS = 1_000;
    /** On top of that, a frame that goes up the stack (IP or ARP, and what it delivers to a socket). */
    public static final long PROTO_NS = 600;
    /** Idle this long, and the next burst of work runs cold. */
    static final long COLD_AFTER_NS = 1_000_000;
    /** How much slower cold work is. */
    static final int COLD_FACTOR = 10;
    /** About one piece of work in this many is held up by something else (a timer tick, an interrupt). */
    static final int PAUSE_ONE_IN = 256;
    /** Such a pause lasts up to this long. */
    static final long PAUSE_MAX_NS = 60_000;
    /** How much (warm) work a cold burst does before the caches are warm: four frames up the stack. */
    static final long COLD_WORK_NS = 4 * (FRAME_NS + PROTO_NS);
    /** Each cost varies by up to this fraction either way. */
    static final double JITTER = 0.15;

    private final Rng jitter;
    /** When the work charged so far is done. */
    private long busyUntil = Long.MIN_VALUE / 2;
    /** How much warm-equivalent work the current burst still does cold (0: the caches are warm). */
    private long coldLeft = COLD_WORK_NS;

    public Cpu(long seed) { jitter = new Rng(seed ^ 0x5DEECE66DL); }

    /**
     * Charges {@code warmNs} of work that becomes ready at {@code now}: it runs after what is
     * already charged, and the returned time is when it is done (when its effect shows).
     */
    public long charge(long now, long warmNs) {
        long start = Math.max(now, busyUntil);
        // a long idle gap before the work leaves the caches cold
        if (start - busyUntil >= COLD_AFTER_NS) coldLeft = COLD_WORK_NS;
        long cost = warmNs;
        if (coldLeft > 0) {
            cost = warmNs * COLD_FACTOR;
            coldLeft = Math.max(0, coldLeft - warmNs);
        }
        cost += (long) (cost * JITTER * (2 * (jitter.nextInt(1 << 20) / (double) (1 << 20)) - 1));
        // the rare long pause real machines have: what makes a flood's max and mdev what they are
        if (jitter.nextInt(PAUSE_ONE_IN) == 0) cost += jitter.nextInt((int) PAUSE_MAX_NS);
        busyUntil = start + Math.max(1, cost);
        return busyUntil;
    }

    /**
     * Charges {@code count} pieces of {@code warmNs} work back to back, as {@link #charge} would one
     * by one, in one step (a batch of frames that only get counted): the same cold start, and
     * jitter and pauses as their sum would have them on average. Returns when the last is done.
     */
    public long chargeBulk(long now, long warmNs, long count) {
        if (count <= 0) return idleAt(now);
        if (count == 1) return charge(now, warmNs);
        long start = Math.max(now, busyUntil);
        if (start - busyUntil >= COLD_AFTER_NS) coldLeft = COLD_WORK_NS;
        long total = warmNs * count;
        // the pieces that start while the caches are cold each cost COLD_FACTOR times as much
        long coldPieces = Math.min(count, (coldLeft + warmNs - 1) / warmNs);
        coldLeft = Math.max(0, coldLeft - coldPieces * warmNs);
        long cost = total + coldPieces * warmNs * (COLD_FACTOR - 1);
        // independent jitters add up to a sum that varies by JITTER / sqrt(count) of it
        cost += (long) (cost * JITTER / Math.sqrt(count) * (2 * (jitter.nextInt(1 << 20) / (double) (1 << 20)) - 1));
        // one piece in PAUSE_ONE_IN is held up, by PAUSE_MAX_NS / 2 on average
        long pauses = count / PAUSE_ONE_IN + (jitter.nextInt(PAUSE_ONE_IN) < count % PAUSE_ONE_IN ? 1 : 0);
        if (pauses > 0) cost += pauses * (PAUSE_MAX_NS / 2) + jitter.nextInt((int) PAUSE_MAX_NS) - PAUSE_MAX_NS / 2;
        busyUntil = start + Math.max(1, cost);
        return busyUntil;
    }

    /** When the work charged so far is done (never before {@code now}). */
    public long idleAt(long now) { return Math.max(now, busyUntil); }
}
