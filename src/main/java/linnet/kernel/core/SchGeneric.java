package linnet.kernel.core;

/**
 * net/sched/sch_generic.c and the qdisc half of net/core/dev.c: the built-in qdiscs (noop, noqueue,
 * pfifo_fast), dev_queue_xmit and qdisc_run.
 */
public final class SchGeneric {
    private SchGeneric() {}

    /** TC_PRIO_* to pfifo_fast band (sch_generic.c prio2band): band 0 is served first. */
    public static final int[] PRIO2BAND = {1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};

    /**
     * __dev_queue_xmit: through the device's qdisc to the driver. A device that is down or without carrier has
     * its qdisc deactivated (noop in its place): the packet is freed and counted as the device's tx_dropped,
     * and the caller hears NET_XMIT_CN, which net_xmit_eval turns into success.
     */
    public static int devQueueXmit(NetDevice dev, SkBuff skb) {
        Qdisc q = dev.qdisc;
        if (!dev.isUp() || !dev.carrierOk()) {
            dev.stats.txDropped++;
            SkbTracer t = dev.net().kernel.tracer;
            if (t != null) t.drop(skb, dev.net(), dev, DropReason.DEV_READY, dev.isUp() ? "no carrier" : "down");
            return Qdisc.NET_XMIT_CN;
        }
        if (!q.enqueues()) {
            PacketTap.xmitNit(dev, skb);
            dev.xmit(skb);
            return Qdisc.NET_XMIT_SUCCESS;
        }
        int rc = q.enqueue(skb);
        skb.xmitRc = rc;
        run(q);
        return rc;
    }

    /** qdisc_run: the driver takes what the qdisc gives (virtual devices never push back). */
    public static void run(Qdisc q) {
        if (q.running || q.dev.qdisc != q) return;
        q.running = true;
        try {
            SkBuff s;
            while (q.dev.isUp() && (s = q.dequeue()) != null) {
                // dev_hard_start_xmit -> xmit_one: the taps see what the driver is handed
                PacketTap.xmitNit(q.dev, s);
                q.dev.xmit(s);
            }
        } finally {
            q.running = false;
        }
    }

    /** The qdisc a device has attached by default when first opened (attach_one_default_qdisc). */
    public static Qdisc createDefault(NetDevice dev, String kind) {
        Qdisc q = switch (kind) {
            case "pfifo_fast" -> new PfifoFast(dev);
            case "fq_codel" -> new SchFqCodel(dev);
            case "noop" -> new Noop(dev);
            default -> new NoQueue(dev);
        };
        // attach_default_qdiscs: dev->qdisc holds one more reference than the queue's own
        q.refcnt = 2;
        return q;
    }

    /** noop_qdisc: the placeholder of a device never opened; it drops everything. */
    public static final class Noop extends Qdisc {
        public Noop(NetDevice dev) { super("noop", dev, false); }

        @Override public boolean builtin() { return true; }

        @Override public int enqueue(SkBuff skb) {
            dev.stats.txDropped++;
            return NET_XMIT_CN;
        }

        @Override public SkBuff dequeue() { return null; }
    }

    /** noqueue: virtual devices transmit at once (no enqueue; the counters stay 0). */
    public static final class NoQueue extends Qdisc {
        public NoQueue(NetDevice dev) { super("noqueue", dev, false); }

        @Override public boolean enqueues() { return false; }

        @Override public int enqueue(SkBuff skb) { return NET_XMIT_SUCCESS; }

        @Override public SkBuff dequeue() { return null; }
    }

    /**
     * pfifo_fast: three FIFO bands chosen by the packet's priority through the priomap, band 0 first; the limit is
     * the device's txqueuelen (per band, as the kernel checks each band's length). linnet's packets carry priority
     * 0, so they all go to band 1.
     */
    public static final class PfifoFast extends Qdisc {
        private final java.util.ArrayDeque<SkBuff>[] bands;

        @SuppressWarnings("unchecked")
        public PfifoFast(NetDevice dev) {
            super("pfifo_fast", dev, false);
            bands = new java.util.ArrayDeque[] {new java.util.ArrayDeque<>(), new java.util.ArrayDeque<>(), new java.util.ArrayDeque<>()};
        }

        @Override public int enqueue(SkBuff skb) {
            java.util.ArrayDeque<SkBuff> b = bands[PRIO2BAND[0]];
            if (b.size() >= Math.max(dev.txQueueLen, 1)) return drop(skb);
            b.addLast(skb);
            backlog += skb.len;
            return NET_XMIT_SUCCESS;
        }

        @Override public SkBuff dequeue() {
            for (java.util.ArrayDeque<SkBuff> b : bands) {
                SkBuff s = b.pollFirst();
                if (s == null) continue;
                backlog -= s.len;
                bytes += s.len;
                packets++;
                return s;
            }
            return null;
        }

        @Override public int qlen() { return bands[0].size() + bands[1].size() + bands[2].size(); }

        @Override public void reset() {
            for (java.util.ArrayDeque<SkBuff> b : bands) b.clear();
            backlog = 0;
        }
    }
}
