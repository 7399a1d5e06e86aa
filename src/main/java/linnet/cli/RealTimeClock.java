package linnet.cli;

import java.util.function.BooleanSupplier;
import linnet.sim.EventLoop;

/**
 * Paces a lab's virtual clock to the wall clock while a person watches (linnet shell on a
 * terminal): one virtual second takes one real second, so `ping` prints a line a second and
 * `sleep 2` sleeps. The clock never catches up on time the person spent at the prompt or the
 * emulator spent computing: whenever real time is ahead, the mapping starts afresh.
 */
final class RealTimeClock implements EventLoop.Terminal {
    /** How far real time may run ahead of the mapping before it is started afresh. */
    private static final long SLACK_NS = 20_000_000L;

    private final Object lock = new Object();
    private boolean anchored;
    private long anchorVirtual;
    private long anchorReal;

    @Override
    public void pace(long fromNs, long toNs, BooleanSupplier stop) {
        synchronized (lock) {
            long real = System.nanoTime();
            if (!anchored || real - (anchorReal + (fromNs - anchorVirtual)) > SLACK_NS) {
                anchored = true;
                anchorVirtual = fromNs;
                anchorReal = real;
            }
            long due = anchorReal + (toNs - anchorVirtual);
            while (!stop.getAsBoolean()) {
                long left = due - System.nanoTime();
                if (left <= 0) return;
                try {
                    lock.wait(left / 1_000_000L, (int) (left % 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}
