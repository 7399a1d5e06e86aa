package linnet.sim;


/**
 * The virtual clock of one lab: a queue of events ordered by (time, insertion sequence).
 * Nothing in linnet reads a wall clock; time moves only when the loop runs an event, so a
 * "ping -c 3 -i 1" costs microseconds and two runs of one script are identical. Only an
 * attached {@link Terminal} (a person at the interactive shell) paces it to real time.
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

    private final TimerQueue queue = new TimerQueue();
    private long now;
    private long seq;
    /** Background jobs sharing this loop (null until a script starts one). */
    Tasks tasks;

    /** The coroutines running background jobs on this loop, or null before a shell made them. */
    public Tasks tasks() { return tasks; }

    /**
     * The controlling terminal of the foreground program, when a person sits at it (linnet
     * shell): it keeps the virtual clock from running ahead of the real one, so that a ping
     * without -c prints a line a second until Ctrl-C, as on Linux. A script has none and runs
     * as fast as the events go.
     */
    public interface Terminal {
        /**
         * Blocks until virtual time {@code toNs} is due in real time (coming from {@code fromNs}),
         * or returns early as soon as {@code stop} holds; {@link #wake} makes it look again.
         */
        void pace(long fromNs, long toNs, java.util.function.BooleanSupplier stop);

        /** Any thread: a waiting {@link #pace} re-checks its stop condition now. */
        void wake();
    }

    /**
     * What SIGINT does to a foreground program that has no handler for it: the program ends
     * where it waits (an Error, so that tools' catch blocks let it pass and their finally blocks
     * close their sockets); bash reports the status 128+2.
     */
    public static final class Interrupted extends Error {
        public static final int STATUS = 130;

        Interrupted() { super(null, null, false, false); }
    }

    /**
     * A signal without a handler ending the program it was sent to, where that program waits
     * (timeout's SIGTERM or SIGKILL); an Error for the same reason as {@link Interrupted}. The
     * alarm that sent it tells the sender's catch apart from an outer one's.
     */
    public static final class Signalled extends Error {
        public final int signo;
        public final Alarm alarm;

        Signalled(int signo, Alarm alarm) {
            super(null, null, false, false);
            this.signo = signo;
            this.alarm = alarm;
        }
    }

    /** A signal due for one program at a virtual time (see {@link #alarm}). */
    public final class Alarm {
        private final int signo;
        private final Thread thread = Thread.currentThread();
        private final Tasks.Task task = tasks == null ? null : tasks.self();
        private Timer timer;
        private boolean fired;

        private Alarm(int signo) { this.signo = signo; }

        /** Whether the signal was sent. */
        public boolean fired() { return fired; }

        /** The program ended first: nothing is sent. */
        public void cancel() { if (timer != null) timer.cancel(); }

        private void fire() {
            fired = true;
            // A program that catches SIGINT (ping) gets it as from the terminal: its wait ends.
            if (signo == SIGINT && sigintCaught && (task == null || tasks.inForeground(task))) {
                interrupt();
                return;
            }
            Signalled s = new Signalled(signo, this);
            if (tasks != null && tasks.active() && task != null) tasks.signal(task, s);
            else if (Thread.currentThread() == thread) throw s;
        }
    }

    public static final int SIGINT = 2;

    /**
     * The wall-clock guard ended the foreground command (linnet run's --line-timeout): it
     * unwinds from the wait or the shell step it is at, as timeout(1)'s signal would end it, and
     * the runner's shell reports status 124. An Error, like {@link Interrupted}.
     */
    public static final class TimedOut extends Error {
        public static final int STATUS = 124;

        TimedOut() { super(null, null, false, false); }
    }

    /** Set by the guard's thread while the current line has run too long; cleared by the runner. */
    private volatile boolean timedOut;

    /** Any thread: the foreground command has run out of wall-clock time. */
    public void requestTimeout() {
        timedOut = true;
        Terminal t = terminal;
        if (t != null) t.wake();
    }

    /** The runner starts the next line: its guard is armed afresh. */
    public void clearTimeout() { timedOut = false; }

    /** Whether the guard has fired for the current line. */
    public boolean timeoutRequested() { return timedOut; }

    /** Where the foreground may stop: throws {@link TimedOut} once the guard has fired. */
    public void checkTimeout() {
        if (timedOut && foreground()) throw new TimedOut();
    }

    /**
     * Sends {@code signo} to the calling program after {@code delayNs} of virtual time, as
     * timeout(1) does to its command: the program ends at the wait it is in then
     * ({@link Signalled}), or, for a SIGINT it catches, that wait just returns.
     */
    public Alarm alarm(long delayNs, int signo) {
        Alarm a = new Alarm(signo);
        a.timer = schedule(delayNs, a::fire);
        return a;
    }

    private volatile Terminal terminal;
    /** A Ctrl-C not yet acted on; set by the terminal's signal thread, read by the loop's. */
    private final java.util.concurrent.atomic.AtomicBoolean sigint = new java.util.concurrent.atomic.AtomicBoolean();
    /** Whether the foreground program catches SIGINT (iputils' ping does) instead of dying of it. */
    private volatile boolean sigintCaught;

    /** Puts a person's terminal in front of the loop (null takes it away). */
    public void attachTerminal(Terminal t) { terminal = t; }

    /** Whether a terminal can interrupt the foreground program: a ping without -c then runs until Ctrl-C. */
    public boolean hasTerminal() { return terminal != null; }

    /** Ctrl-C on the terminal: SIGINT to the foreground program. Safe from any thread. */
    public void interrupt() {
        sigint.set(true);
        Terminal t = terminal;
        if (t != null) t.wake();
    }

    /** Whether a SIGINT is pending for the foreground program (a program with a handler polls this). */
    public boolean interrupted() { return sigint.get() && foreground(); }

    /** Takes the pending SIGINT away (the handler ran, or the shell is back at its prompt); whether there was one. */
    public boolean clearInterrupt() { return sigint.getAndSet(false); }

    /**
     * signal(SIGINT, handler) for the foreground program: while caught, a pending SIGINT makes
     * the program's waits return early (it polls {@link #interrupted}) instead of ending it.
     * Returns the previous setting, for the program to restore.
     */
    public boolean catchInterrupt(boolean caught) {
        boolean old = sigintCaught;
        sigintCaught = caught;
        return old;
    }

    /** Whether the running thread is the foreground one (the shell's, not a background job's). */
    private boolean foreground() { return tasks == null || tasks.inForeground(); }

    /**
     * Whether a wait of the foreground program ends because of SIGINT: true when the program
     * catches it (the wait returns early), an {@link Interrupted} when it does not.
     */
    boolean sigintEndsWait() {
        if (!sigint.get() || !foreground()) return false;
        if (sigintCaught) return true;
        sigint.set(false);
        throw new Interrupted();
    }

    /** Waits, if a terminal paces the clock, until {@code when} is due; false when SIGINT cut the wait short. */
    boolean paceTo(long when) {
        Terminal t = terminal;
        if (t == null || when <= now) return true;
        if (sigint.get()) return false;
        t.pace(now, when, sigint::get);
        return !sigint.get();
    }

    /** Per machine: whether its CPU is in the middle of softirq work that no program may preempt. */
    private final java.util.List<java.util.function.BooleanSupplier> softirqRunning = new java.util.ArrayList<>();

    /**
     * Tells the loop when softirq work is running: a program whose wait is over (its packet
     * arrived) continues only once that work is done, as a process never preempts a softirq.
     * The kernel keeps the guard bounded (ksoftirqd takes over after 2 ms).
     */
    public void addSoftirqGuard(java.util.function.BooleanSupplier running) { softirqRunning.add(running); }

    /** Whether softirq work is running now on some machine (a woken program waits for it to end). */
    boolean softirqRunning() {
        for (int i = 0; i < softirqRunning.size(); i++) if (softirqRunning.get(i).getAsBoolean()) return true;
        return false;
    }

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
        if (t == null) t = new Timer(0, 0, null);
        t.when = now + Math.max(0, delayNs);
        t.seq = seq++;
        t.action = action;
        // a re-armed timer is the packet path's: it goes to the small heap (TimerQueue)
        queue.addHot(t);
        return t;
    }

    /**
     * Runs every event due up to and including {@code until}, then sets the clock to it; softirq
     * work running then is finished first (the waiting program resumes after it).
     */
    public void runUntil(long until) {
        if (tasks != null && tasks.active()) {
            tasks.waitWhile(() -> true, until);
            return;
        }
        Timer t;
        while ((t = queue.peek()) != null && (t.when <= until || softirqRunning())) {
            checkTimeout();
            if (t.action != null && !paceTo(t.when) && sigintEndsWait()) return;
            queue.poll();
            if (t.action == null) continue;
            now = t.when;
            Runnable a = t.action;
            t.action = null;
            a.run();
            if (sigint.get() && sigintEndsWait()) return;
        }
        if (until > now) {
            if (!paceTo(until) && sigintEndsWait()) return;
            now = until;
        }
    }

    /** Runs events until none is due at the current time (the "settle" of synchronous work). */
    public void runPending() { runUntil(now); }

    /** Advances the clock by {@code ns}, running every event on the way. */
    public void advance(long ns) { runUntil(now + ns); }

    /**
     * Runs events until {@code done} says stop or the clock would pass {@code deadline}; a
     * wait that is over still lasts until running softirq work is done.
     */
    public void runWhile(java.util.function.BooleanSupplier notDone, long deadline) {
        if (tasks != null && tasks.active()) {
            tasks.waitWhile(notDone, deadline);
            return;
        }
        Timer t;
        while ((notDone.getAsBoolean() || softirqRunning()) && (t = queue.peek()) != null && t.when <= deadline) {
            checkTimeout();
            if (t.action != null && !paceTo(t.when) && sigintEndsWait()) return;
            queue.poll();
            if (t.action == null) continue;
            now = t.when;
            Runnable a = t.action;
            t.action = null;
            a.run();
            if (sigint.get() && sigintEndsWait()) return;
        }
        if (notDone.getAsBoolean() && deadline > now && deadline != Long.MAX_VALUE) {
            if (!paceTo(deadline) && sigintEndsWait()) return;
            now = deadline;
        }
    }

    /** When the next live event is due, or Long.MAX_VALUE when nothing is queued. */
    long nextTime() {
        Timer t;
        while ((t = queue.peek()) != null && t.action == null) queue.poll();
        return t == null ? Long.MAX_VALUE : t.when;
    }

    /** Runs the next event (for {@link Tasks}, which decides between events who runs). */
    void runOne() {
        Timer p = queue.peek();
        // Cut short by SIGINT: the event stays queued and the scheduler hands over to the foreground.
        if (p != null && p.action != null && !paceTo(p.when)) return;
        Timer t = queue.poll();
        if (t == null || t.action == null) return;
        now = t.when;
        Runnable a = t.action;
        t.action = null;
        a.run();
    }

    /** Moves the clock to a waiter's deadline; false (clock unmoved) when SIGINT cut the wait short. */
    boolean setNow(long t) {
        if (t <= now) return true;
        if (!paceTo(t)) return false;
        now = t;
        return true;
    }

    /** Whether SIGINT is pending for the foreground (the scheduler then hands the baton to it). */
    boolean sigintPending() { return sigint.get(); }
}
