package linnet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventLoopTest {
    @Test
    void eventsRunInTimeOrderThenInsertionOrder() {
        EventLoop loop = new EventLoop();
        List<String> log = new ArrayList<>();
        loop.schedule(30, () -> log.add("c30"));
        loop.schedule(10, () -> log.add("a10"));
        loop.schedule(20, () -> log.add("b20-first"));
        loop.schedule(20, () -> log.add("b20-second"));
        loop.schedule(10, () -> log.add("a10-second"));
        loop.advance(100);
        assertEquals(List.of("a10", "a10-second", "b20-first", "b20-second", "c30"), log);
        assertEquals(100, loop.now());
    }

    @Test
    void clockIsTheEventTimeWhileItRuns() {
        EventLoop loop = new EventLoop();
        List<Long> seen = new ArrayList<>();
        loop.schedule(7, () -> seen.add(loop.now()));
        loop.schedule(3, () -> seen.add(loop.now()));
        loop.runUntil(50);
        assertEquals(List.of(3L, 7L), seen);
    }

    @Test
    void zeroDelayFromAnEventRunsAfterEverythingAlreadyQueuedForThatTime() {
        EventLoop loop = new EventLoop();
        List<String> log = new ArrayList<>();
        loop.schedule(5, () -> {
            log.add("first");
            loop.schedule(0, () -> log.add("spawned"));
        });
        loop.schedule(5, () -> log.add("second"));
        loop.advance(5);
        assertEquals(List.of("first", "second", "spawned"), log);
    }

    @Test
    void negativeDelayIsClampedToNow() {
        EventLoop loop = new EventLoop();
        loop.advance(100);
        EventLoop.Timer t = loop.schedule(-50, () -> {});
        assertEquals(100, t.when());
        loop.runPending();
        assertFalse(t.pending());
        assertEquals(100, loop.now());
    }

    @Test
    void cancelledTimerNeverRuns() {
        EventLoop loop = new EventLoop();
        List<String> log = new ArrayList<>();
        EventLoop.Timer t = loop.schedule(10, () -> log.add("cancelled"));
        loop.schedule(10, () -> log.add("kept"));
        assertTrue(t.pending());
        t.cancel();
        assertFalse(t.pending());
        loop.advance(20);
        assertEquals(List.of("kept"), log);
    }

    @Test
    void anEventCanCancelALaterOneAtTheSameTime() {
        EventLoop loop = new EventLoop();
        List<String> log = new ArrayList<>();
        EventLoop.Timer[] later = new EventLoop.Timer[1];
        loop.schedule(10, () -> { log.add("a"); later[0].cancel(); });
        later[0] = loop.schedule(10, () -> log.add("b"));
        loop.advance(10);
        assertEquals(List.of("a"), log);
    }

    @Test
    void runUntilIncludesTheBoundAndStopsBeforeLaterEvents() {
        EventLoop loop = new EventLoop();
        List<Long> ran = new ArrayList<>();
        for (long d : new long[] {5, 10, 11}) loop.schedule(d, () -> ran.add(loop.now()));
        loop.runUntil(10);
        assertEquals(List.of(5L, 10L), ran);
        assertEquals(10, loop.now());
        loop.runUntil(10);
        assertEquals(List.of(5L, 10L), ran);
        loop.advance(1);
        assertEquals(List.of(5L, 10L, 11L), ran);
        assertEquals(11, loop.now());
    }

    @Test
    void runUntilThePastNeverMovesTheClockBack() {
        EventLoop loop = new EventLoop();
        loop.advance(1000);
        loop.runUntil(10);
        assertEquals(1000, loop.now());
    }

    @Test
    void advanceIsRelativeToNowAndRunsEventsScheduledOnTheWay() {
        EventLoop loop = new EventLoop();
        List<Long> ran = new ArrayList<>();
        // A self-rearming 1 s timer: advance(3.5 s) fires it at 1, 2, 3 s.
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> { ran.add(loop.now()); loop.schedule(EventLoop.NS_PER_SEC, tick[0]); };
        loop.schedule(EventLoop.NS_PER_SEC, tick[0]);
        loop.advance(3 * EventLoop.NS_PER_SEC + EventLoop.NS_PER_SEC / 2);
        assertEquals(List.of(1_000_000_000L, 2_000_000_000L, 3_000_000_000L), ran);
        assertEquals(3_500_000_000L, loop.now());
        loop.advance(EventLoop.NS_PER_SEC / 2);
        assertEquals(4, ran.size());
    }

    @Test
    void runPendingRunsOnlyWhatIsDueNow() {
        EventLoop loop = new EventLoop();
        List<String> log = new ArrayList<>();
        loop.schedule(0, () -> log.add("now"));
        loop.schedule(1, () -> log.add("later"));
        loop.runPending();
        assertEquals(List.of("now"), log);
        assertEquals(0, loop.now());
    }

    @Test
    void runWhileStopsAsSoonAsTheConditionTurnsFalse() {
        EventLoop loop = new EventLoop();
        List<Long> ran = new ArrayList<>();
        for (long d = 1; d <= 5; d++) loop.schedule(d * 10, () -> ran.add(loop.now()));
        loop.runWhile(() -> ran.size() < 2, 1000);
        assertEquals(List.of(10L, 20L), ran);
        assertEquals(20, loop.now(), "the clock stays at the event that satisfied the condition");
    }

    @Test
    void runWhileMovesTheClockToTheDeadlineWhenStillNotDone() {
        EventLoop loop = new EventLoop();
        loop.schedule(10, () -> {});
        loop.runWhile(() -> true, 500);
        assertEquals(500, loop.now());
        loop.runWhile(() -> true, Long.MAX_VALUE);
        assertEquals(500, loop.now(), "an unbounded wait with nothing queued does not jump to MAX_VALUE");
    }

    /** Whatever the schedule, events run sorted by (time, insertion order), each exactly once. */
    @Property(tries = 200)
    void executionOrderIsStableSortByTime(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 20) Integer> delays,
                                          @ForAll @IntRange(min = 0, max = 25) int until) {
        EventLoop loop = new EventLoop();
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < delays.size(); i++) {
            int idx = i;
            loop.schedule(delays.get(i), () -> ran.add(idx));
        }
        loop.runUntil(until);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < delays.size(); i++) if (delays.get(i) <= until) expected.add(i);
        expected.sort((a, b) -> Integer.compare(delays.get(a), delays.get(b))); // List.sort is stable
        assertEquals(expected, ran);
        assertEquals(until, loop.now());
    }
}
