package linnet.shell;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import linnet.sim.EventLoop;

/**
 * The wall-clock guard of a script's lines (linnet run --line-timeout): virtual time makes a
 * storm or a ping without end cheap, but a command that still runs too long in real time (a
 * shell loop without end, a ping Linux would run for ever) is ended as timeout(1) ends one:
 * the runner's shell reports 124 and a one-line notice, and the script goes on.
 */
final class LineGuard {
    /** One daemon thread for every guard: it only flips a flag when a line's time is up. */
    private static final ScheduledExecutorService TIMER = timer();

    private static ScheduledExecutorService timer() {
        java.util.concurrent.ScheduledThreadPoolExecutor e = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "linnet-line-guard");
            t.setDaemon(true);
            return t;
        });
        // a line that ended cancels its guard: drop it at once rather than keep one per line for 30 s
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /** The default: half a minute of real time per line. */
    static final long DEFAULT_MS = 30_000;

    private final EventLoop loop;
    private long timeoutMs = DEFAULT_MS;
    private ScheduledFuture<?> pending;

    LineGuard(EventLoop loop) { this.loop = loop; }

    /** 0 turns the guard off. */
    void setTimeoutMs(long ms) { timeoutMs = ms; }

    long timeoutMs() { return timeoutMs; }

    /** A line (a top-level command) starts: its time runs from now. */
    void arm() {
        disarm();
        loop.clearTimeout();
        if (timeoutMs > 0) pending = TIMER.schedule(loop::requestTimeout, timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** The line is over. */
    void disarm() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }

    /** The notice the runner prints for a line the guard ended. */
    String notice() {
        return "linnet: stopped after " + (timeoutMs % 1000 == 0 ? timeoutMs / 1000 + " s" : timeoutMs + " ms")
                + " of real time (--line-timeout SECONDS changes the limit, 0 removes it)";
    }
}
