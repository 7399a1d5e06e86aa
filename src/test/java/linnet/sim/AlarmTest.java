package linnet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** EventLoop.alarm: timeout's signal, delivered at a virtual time to the program that set it. */
class AlarmTest {
    private static final long S = EventLoop.NS_PER_SEC;

    @Test
    void anUncaughtSignalEndsTheWaitAtItsTime() {
        EventLoop loop = new EventLoop();
        EventLoop.Alarm a = loop.alarm(1 * S, 15);
        EventLoop.Signalled s = assertThrows(EventLoop.Signalled.class, () -> loop.runWhile(() -> true, loop.now() + 3 * S));
        assertEquals(15, s.signo);
        assertSame(a, s.alarm);
        assertEquals(1 * S, loop.now());
        assertTrue(a.fired());
    }

    @Test
    void aCancelledAlarmSendsNothing() {
        EventLoop loop = new EventLoop();
        EventLoop.Alarm a = loop.alarm(1 * S, 15);
        a.cancel();
        loop.runWhile(() -> true, 3 * S);
        assertEquals(3 * S, loop.now());
        assertFalse(a.fired());
    }

    @Test
    void aCaughtSigintOnlyEndsTheWait() {
        EventLoop loop = new EventLoop();
        boolean old = loop.catchInterrupt(true);
        loop.alarm(1 * S, EventLoop.SIGINT);
        loop.runWhile(() -> true, 3 * S);
        assertEquals(1 * S, loop.now());
        assertTrue(loop.interrupted());
        loop.clearInterrupt();
        loop.catchInterrupt(old);
    }

    @Test
    void aBackgroundJobGetsItsOwnSignal() {
        EventLoop loop = new EventLoop();
        Tasks tasks = new Tasks(loop);
        int[] caught = {0};
        Tasks.Task job = tasks.spawn("sleeper", () -> {
            loop.alarm(2 * S, 15);
            try {
                loop.runWhile(() -> true, loop.now() + 10 * S);
            } catch (EventLoop.Signalled s) {
                caught[0] = s.signo;
                return 124;
            }
            return 0;
        });
        // the script itself sleeps past the job's alarm; the job ends at 2 s, the script wakes at 5 s
        loop.runWhile(() -> true, 5 * S);
        assertEquals(5 * S, loop.now());
        assertTrue(job.finished());
        assertEquals(15, caught[0]);
        assertEquals(124, job.exitStatus());
    }
}
