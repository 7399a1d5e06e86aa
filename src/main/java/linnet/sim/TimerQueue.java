package linnet.sim;

import java.util.PriorityQueue;

/**
 * The event loop's queue, ordered by (time, insertion number) as one heap would be, kept as two: the few
 * timers the packet path re-arms for every frame (a machine's softirq) in a small heap of their own, and
 * everything else (protocol timers, sleeps, cancelled timers waiting for their time) in the big one. A frame
 * then costs a sift through a heap of one or two entries instead of one of tens of thousands.
 */
final class TimerQueue {
    private final PriorityQueue<EventLoop.Timer> hot = new PriorityQueue<>();
    private final PriorityQueue<EventLoop.Timer> cold = new PriorityQueue<>();

    void add(EventLoop.Timer t) { cold.add(t); }

    void addHot(EventLoop.Timer t) { hot.add(t); }

    /** The earliest timer, or null. */
    EventLoop.Timer peek() {
        EventLoop.Timer h = hot.peek(), c = cold.peek();
        if (h == null) return c;
        if (c == null) return h;
        return h.compareTo(c) <= 0 ? h : c;
    }

    /** Removes and returns the earliest timer, or null. */
    EventLoop.Timer poll() {
        EventLoop.Timer h = hot.peek(), c = cold.peek();
        if (h == null) return cold.poll();
        if (c == null || h.compareTo(c) <= 0) return hot.poll();
        return cold.poll();
    }

    int size() { return hot.size() + cold.size(); }
}
