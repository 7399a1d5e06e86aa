package linnet.kernel.core;

import java.util.ArrayDeque;

/**
 * A queueing discipline (struct Qdisc, include/net/sch_generic.h): what a device's transmit queue does with a
 * packet before the driver sees it. {@link SchGeneric#devQueueXmit} enqueues, then runs the qdisc: dequeue
 * hands packets to the driver for as long as the qdisc gives them. A shaper (tbf) gives none while it has no
 * tokens and re-runs itself from a watchdog timer on the virtual clock.
 *
 * <p>The counters are those `tc -s qdisc` shows: bytes and packets sent (counted at dequeue, with the length
 * the driver sees, Ethernet header included), drops, overlimits and requeues, and the current backlog.
 */
public abstract class Qdisc {
    /** Return values of enqueue and dev_queue_xmit (NET_XMIT_*). */
    public static final int NET_XMIT_SUCCESS = 0, NET_XMIT_DROP = 1, NET_XMIT_CN = 2;
    /** Parent ids: the device's root, and the ingress hook (TC_H_ROOT, TC_H_INGRESS). */
    public static final int TC_H_ROOT = 0xFFFFFFFF, TC_H_INGRESS = 0xFFFFFFF1;

    public final String kind;
    public final NetDevice dev;
    /** Major handle in the upper 16 bits (0 for the defaults the kernel attaches itself). */
    public int handle;
    public int parent = TC_H_ROOT;
    /** The reference count tc shows as refcnt (tcm_info). */
    public int refcnt = 1;
    public long bytes, packets;
    public int drops, overlimits, requeues;
    /** Bytes queued (qstats.backlog). */
    public long backlog;
    /** The packets waiting (null for the qdiscs that never queue here: noop, noqueue, ingress, pfifo_fast's bands). */
    protected final ArrayDeque<SkBuff> queue;
    /** qdisc_run_begin/end: a running qdisc is not entered again from the driver's path. */
    boolean running;

    protected Qdisc(String kind, NetDevice dev) { this(kind, dev, true); }

    /** {@code queues} false: no queue of its own (every device has one of these, so it stays small). */
    protected Qdisc(String kind, NetDevice dev, boolean queues) {
        this.kind = kind;
        this.dev = dev;
        this.queue = queues ? new ArrayDeque<>() : null;
    }

    /** Whether packets go through enqueue/dequeue (noqueue has no enqueue: the driver is called directly). */
    public boolean enqueues() { return true; }

    /** TCQ_F_BUILTIN: the kernel's own placeholder (noop), never dumped. */
    public boolean builtin() { return false; }

    /** qdisc->enqueue: NET_XMIT_SUCCESS, or DROP / CN after counting the drop. */
    public abstract int enqueue(SkBuff skb);

    /** qdisc->dequeue: the next packet for the driver, or null (empty, or a shaper out of tokens). */
    public abstract SkBuff dequeue();

    /** Packets queued (q.qlen). */
    public int qlen() { return queue == null ? 0 : queue.size(); }

    /** qdisc_reset: what is queued is freed (the device went down or the qdisc is replaced). */
    public void reset() {
        if (queue != null) queue.clear();
        backlog = 0;
    }

    /** Called when the qdisc is removed from its device (a shaper cancels its watchdog). */
    public void destroy() { reset(); }

    // ------------------------------------------------------------------ helpers of sch_generic.h

    /** qdisc_enqueue_tail. */
    protected final int enqueueTail(SkBuff skb) {
        queue.addLast(skb);
        backlog += skb.len;
        return NET_XMIT_SUCCESS;
    }

    /** qdisc_dequeue_head with qdisc_bstats_update. */
    protected final SkBuff dequeueHead() {
        SkBuff s = queue.pollFirst();
        if (s == null) return null;
        backlog -= s.len;
        bytes += s.len;
        packets++;
        return s;
    }

    /** qdisc_drop: the packet is freed and counted. */
    protected final int drop(SkBuff skb) {
        drops++;
        SkbTracer t = dev.net().kernel.tracer;
        if (t != null) t.drop(skb, dev.net(), dev, DropReason.QDISC_DROP, kind + " qdisc full");
        return NET_XMIT_DROP;
    }

    /** Major part of a handle, as tc prints it ("8001:"). */
    public static String handleText(int h) { return Integer.toHexString(h >>> 16) + ":"; }
}
