package linnet.sim;

import java.util.PriorityQueue;

/**
 * The virtual clock of one lab: a queue of events ordered by (time, insertion sequence).
 * Nothing in linnet reads a wall clock; time moves only when the loop runs an event, so a
 * "ping -c 3 -i 1" costs microseconds and two runs of one script are identical.
 */
public final class EventLoop {
    /** A scheduled event; cancel() makes it a no-op (cheaper than removing it from the heap). */
    public static final class Timer implements Comparable<Timer> {
        long when;
        long seq;
        Runnable action;

        Timer(long when, long seq, Runnable action) {
            this.when = when;
            this.seq = seq;
            this.action = action;
        }

        public void cancel() { action = null; }

        public boolean pending() { return action != null; }

        public long when() { return when; }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(when, o.when);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    public static final long NS_PER_MS = 1_000_000L;
    public static final long NS_PER_SEC = 1_000_000_000L;

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    private long now;
    private long seq;
    /** Background jobs sharing this loop (null until a script starts one). */
    Tasks tasks;

    /** The coroutines running background jobs on this loop, or null before a shell made them. */
    public Tasks tasks() { return tasks; }

    /** Current virtual time in nanoseconds since the lab started. */
    public long now() { return now; }

    /** Runs {@code action} after {@code delayNs} of virtual time (0 = after everything queued for now). */
    public Timer schedule(long delayNs, Runnable action) {
        Timer t = new Timer(now + Math.max(0, delayNs), seq++, action);
        queue.add(t);
        return t;
    }

    /**
     * Schedules a timer object again once it has fired (never one that is still queued, even
     * cancelled): the packet path re-arms its softirq this way without allocating.
     */
    public Timer rearm(Timer t, long delayNs, Runnable action) {
        if (t == null) return schedule(delayNs, action);
        t.when = now + Math.max(0, delayNs);
        t.seq = seq++;
        t.action = action;
        queue.add(t);
        return t;
    }

    /** Runs every event due up to and including {@code until}, then sets the clock to it. */
    public void runUntil(long until) {
        if (tasks != null && tasks.active()) {
            tasks.waitWhile(() -> true, until);
            return;
        }
        Timer t;
        while ((t = queue.peek()) != null && t.when <= until) {
            queue.poll();
            if (t.action == null) continue;
            now = t.when;
            Runnable a = t.action;
            t.action = null;
            a.run();
        }
        if (until > now) now = until;
    }

    /** Runs events until none is due at the current time (the "settle" of synchronous work). */
    public void runPending() { runUntil(now); }

    /** Advances the clock by {@code ns}, running every event on the way. */
    public void advance(long ns) { runUntil(now + ns); }

    /** Runs events until {@code done} says stop or the clock would pass {@code deadline}. */
    public void runWhile(java.util.function.BooleanSupplier notDone, long deadline) {
        if (tasks != null && tasks.active()) {
            tasks.waitWhile(notDone, deadline);
            return;
        }
        Timer t;
        while (notDone.getAsBoolean() && (t = queue.peek()) != null && t.when <= deadline) {
            queue.poll();
            if (t.action == null) continue;
            now = t.when;
            Runnable a = t.action;
            t.action = null;
            a.run();
        }
        if (notDone.getAsBoolean() && deadline > now && deadline != Long.MAX_VALUE) now = deadline;
    }

    /** When the next live event is due, or Long.MAX_VALUE when nothing is queued. */
    long nextTime() {
        Timer t;
        while ((t = queue.peek()) != null && t.action == null) queue.poll();
        return t == null ? Long.MAX_VALUE : t.when;
    }

    /** Runs the next event (for {@link Tasks}, which decides between events who runs). */
    void runOne() {
        Timer t = queue.poll();
        if (t == null || t.action == null) return;
        now = t.when;
        Runnable a = t.action;
        t.action = null;
        a.run();
    }

    void setNow(long t) {
        if (t > now) now = t;
    }
}
