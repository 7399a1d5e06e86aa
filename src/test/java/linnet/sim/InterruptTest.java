package linnet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SIGINT from a terminal: a program that catches it sees its wait end; one that does not dies of it. */
class InterruptTest {
    /** A terminal that does not wait: pacing is then only the place where SIGINT is looked at. */
    private static final EventLoop.Terminal INSTANT = new EventLoop.Terminal() {
        public void pace(long f, long t, java.util.function.BooleanSupplier stop) {}

        public void wake() {}
    };

    @Test
    void aCaughtInterruptEndsTheWaitBetweenEvents() {
        EventLoop loop = new EventLoop();
        loop.attachTerminal(INSTANT);
        int[] fired = {0};
        loop.schedule(EventLoop.NS_PER_SEC, () -> { fired[0]++; loop.interrupt(); });
        loop.schedule(2 * EventLoop.NS_PER_SEC, () -> fired[0]++);
        boolean old = loop.catchInterrupt(true);
        loop.runWhile(() -> true, 10 * EventLoop.NS_PER_SEC);
        loop.catchInterrupt(old);
        assertEquals(1, fired[0]);
        assertEquals(EventLoop.NS_PER_SEC, loop.now());
        assertTrue(loop.interrupted());
        assertTrue(loop.clearInterrupt());
    }

    @Test
    void anUncaughtInterruptEndsTheProgram() {
        EventLoop loop = new EventLoop();
        loop.attachTerminal(INSTANT);
        loop.schedule(EventLoop.NS_PER_SEC, loop::interrupt);
        assertThrows(EventLoop.Interrupted.class, () -> loop.runWhile(() -> true, 10 * EventLoop.NS_PER_SEC));
    }
}
