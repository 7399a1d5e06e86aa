package linnet.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Background jobs ({@code cmd &}) as coroutines on one event loop.
 *
 * <p>Tools are plain synchronous Java: a program that must wait (ping for a reply, nc for a
 * connection) calls {@link EventLoop#runWhile} and the clock moves while it waits. A background
 * job is such a program that keeps waiting while later script lines run, so each job gets its
 * own Java thread, and a <em>baton</em> makes those threads strict coroutines: exactly one thread
 * (the script's, or one job's) runs at any moment; every other one is parked in a wait.
 *
 * <p>A thread that waits registers what it waits for (a condition and a deadline) and then
 * drives the one event loop itself: before each event it asks every waiter, in a fixed order
 * (the script first, then jobs by start order), whether it can go on: its condition became
 * false, or the next event lies beyond its deadline (then the clock is set to that deadline).
 * The first such waiter gets the baton; if that is another thread, the driver parks until the
 * baton comes back. The event loop therefore stays single-threaded, and which thread runs next
 * depends only on virtual time and start order, never on the OS scheduler: same seed, same
 * transcript.
 *
 * <p>A job that waits forever (no deadline, nothing queued) just stays parked; the script's own
 * thread keeps {@link EventLoop#runWhile}'s old meaning (it returns when nothing more can
 * happen) so a script can never hang. When the script ends, {@link #killAll} wakes each job
 * with {@link Killed}, which unwinds its program (its {@code finally} blocks close its sockets)
 * like a SIGTERM would.
 */
public final class Tasks {
    /** Thrown inside a job's wait when the job is ended; an Error so that tools' catch blocks let it pass. */
    public static final class Killed extends Error {
        /** The signal that ends the job (SIGTERM unless kill said otherwise). */
        public final int signal;

        Killed(int signal) {
            super(null, null, false, false);
            this.signal = signal;
        }
    }

    /** One coroutine: the script's thread or a background job. */
    public static final class Task {
        public final int id;
        public final String name;
        final boolean main;
        final Semaphore baton = new Semaphore(0);
        BooleanSupplier notDone;
        long deadline;
        boolean waiting;
        volatile boolean killed;
        /** A signal sent to it (EventLoop.alarm), thrown at its wait. */
        volatile Error pendingSignal;
        /** The signal that ended it (SIGTERM unless kill said otherwise): its status is 128 + it. */
        int signal = 15;
        volatile boolean finished;
        int exitStatus;

        Task(int id, String name, boolean main) {
            this.id = id;
            this.name = name;
            this.main = main;
        }

        public boolean finished() { return finished; }

        public int exitStatus() { return exitStatus; }
    }

    /** The body of a job; returns its exit status. */
    @FunctionalInterface
    public interface Body {
        int run();
    }

    private final EventLoop loop;
    private final Task main = new Task(0, "main", true);
    private final List<Task> tasks = new ArrayList<>(List.of(main));
    private final ThreadLocal<Task> self = new ThreadLocal<>();
    private int nextId = 1;

    public Tasks(EventLoop loop) {
        this.loop = loop;
        loop.tasks = this;
    }

    /** Whether any job is alive (otherwise the loop runs the plain single-thread way). */
    public boolean active() { return tasks.size() > 1; }

    /** How many background jobs are alive. */
    public int running() { return tasks.size() - 1; }

    /**
     * The most background jobs a lab runs at once: a machine's process limit as linnet has it
     * (Linux's is the pids cgroup's pids.max or RLIMIT_NPROC; each job here is a thread with its
     * own stack, so a fork bomb must meet a limit before the JVM's memory does).
     */
    public static final int MAX_JOBS = 1024;

    /** The jobs still alive, in start order. */
    public List<Task> jobs() { return List.copyOf(tasks.subList(1, tasks.size())); }

    /** Whether the calling thread is the script's own (the foreground; jobs are in the background). */
    boolean inForeground() { return current() == main; }

    /** The calling thread's task (the script's own outside jobs). */
    Task self() { return current(); }

    /** Whether a task is the script's own (the foreground). */
    boolean inForeground(Task t) { return t == main; }

    /** Sends a task a signal: its wait throws it (now, if it drives the loop; else when scheduled). */
    void signal(Task t, Error e) { t.pendingSignal = e; }

    private static void deliver(Task me) {
        Error e = me.pendingSignal;
        if (e == null) return;
        me.pendingSignal = null;
        throw e;
    }

    private Task current() {
        Task t = self.get();
        return t != null ? t : main;
    }

    /**
     * Starts {@code body} as a background job and runs it until it first waits (a server is
     * listening before the next line runs); then the caller continues.
     */
    public Task spawn(String name, Body body) {
        Task caller = current();
        Task job = new Task(nextId++, name, false);
        tasks.add(job);
        Thread th = new Thread(null, () -> {
            self.set(job);
            job.baton.acquireUninterruptibly();
            try {
                if (!job.killed) job.exitStatus = body.run();
            } catch (Killed k) {
                job.exitStatus = 128 + job.signal;
            } catch (RuntimeException e) {
                job.exitStatus = 70;
            } catch (StackOverflowError e) {
                // a recursion without end in the job: SIGSEGV ends it, as the kernel would
                job.exitStatus = 128 + 11;
            } catch (OutOfMemoryError e) {
                // the heap is full: the job dies as the OOM killer's SIGKILL ends a process, without a trace
                job.exitStatus = 128 + 9;
            } finally {
                job.finished = true;
                tasks.remove(job);
                schedule(null);
            }
        }, "linnet-job-" + job.id, 16L << 20);
        th.setDaemon(true);
        th.start();
        caller.notDone = () -> false;
        caller.deadline = Long.MAX_VALUE;
        caller.waiting = true;
        handOff(job, caller);
        return job;
    }

    /** EventLoop.runWhile for whichever thread holds the baton. */
    void waitWhile(BooleanSupplier notDone, long deadline) {
        Task me = current();
        if (me.killed) throw new Killed(me.signal);
        deliver(me);
        // SIGINT reaches only the foreground: its wait ends (or it dies of it) before any event runs.
        if (me == main && loop.sigintEndsWait()) return;
        me.notDone = notDone;
        me.deadline = deadline;
        me.waiting = true;
        schedule(me);
        if (me.killed) throw new Killed(me.signal);
        deliver(me);
        if (me == main) {
            loop.checkTimeout();
            loop.sigintEndsWait();
        }
    }

    /** Waits until {@code job} has finished (or nothing more can happen). */
    public void await(Task job) {
        loop.runWhile(() -> !job.finished, Long.MAX_VALUE);
    }

    /** Ends every job (their unfinished output is lost, as bash says nothing about them). */
    public void killAll() {
        ending = true;
        for (Task j : jobs()) kill(j);
    }

    private volatile boolean ending;

    /** Whether the jobs are being ended because the script ended (what they would still print is lost). */
    public boolean ending() { return ending; }

    /** kill %N: the job unwinds at its current wait and its sockets close. */
    public void kill(Task job) { kill(job, 15); }

    /** kill -SIG: as {@link #kill(Task)}, the job's status telling which signal ended it. */
    public void kill(Task job, int signal) {
        if (job.finished) return;
        job.signal = signal;
        job.killed = true;
        Task me = current();
        me.notDone = () -> !job.finished;
        me.deadline = Long.MAX_VALUE;
        me.waiting = true;
        schedule(me);
    }

    /**
     * Drives the loop until some waiter may continue and gives it the baton. {@code me} is the
     * calling task (already registered as waiting) or null for a job that has just ended.
     */
    private void schedule(Task me) {
        while (true) {
            Task ready = pickReady();
            if (ready != null) {
                ready.waiting = false;
                if (ready == me) return;
                handOff(ready, me);
                return;
            }
            loop.runOne();
        }
    }

    private void handOff(Task to, Task me) {
        to.baton.release();
        if (me != null) me.baton.acquireUninterruptibly();
    }

    private Task pickReady() {
        if (main.waiting && (loop.sigintPending() || loop.timeoutRequested())) return main;
        for (Task t : tasks) {
            // a wait that is over ends once running softirq work is done: no process preempts it
            if (t.waiting && (t.killed || t.pendingSignal != null || !t.notDone.getAsBoolean() && !loop.softirqRunning())) return t;
        }
        long next = loop.nextTime();
        Task best = null;
        for (Task t : tasks) {
            if (!t.waiting || t.deadline == Long.MAX_VALUE) continue;
            if (t.deadline < next && (best == null || t.deadline < best.deadline)) best = t;
        }
        // a deadline that came during softirq work is met once that work is done
        if (best != null && !loop.softirqRunning()) {
            // a terminal's pacing cut short by Ctrl-C: the foreground runs first
            if (!loop.setNow(best.deadline)) return main.waiting ? main : null;
            return best;
        }
        if (next == Long.MAX_VALUE && main.waiting) return main; // nothing can ever happen: the script goes on
        return null;
    }
}
