package linnet.kernel.core;

/**
 * fq_codel as the uplink's default qdisc (the host's net.core.default_qdisc): its options as the kernel
 * dumps them, and a queue of at most `limit` packets. linnet does not model CoDel's sojourn-time drops or
 * the per-flow scheduling: virtual devices drain the queue at once, so it never builds up.
 */
public final class SchFqCodel extends Qdisc {
    /** struct of TCA_FQ_CODEL_* attributes: limit (packets), flows, quantum (bytes), target/interval (µs), memory limit (bytes). */
    public record Opt(int limit, int flows, int quantum, int targetUs, int intervalUs, int memoryLimit, boolean ecn,
                      int dropBatch) {}

    public SchFqCodel(NetDevice dev) { super("fq_codel", dev); }

    public Opt options() {
        // fq_codel_init: quantum is psched_mtu (MTU plus the link-layer header)
        return new Opt(10240, 1024, dev.mtu + dev.hardHeaderLen(), 5000, 100_000, 32 << 20, true, 64);
    }

    @Override
    public int enqueue(SkBuff skb) {
        if (queue.size() >= 10240) return drop(skb);
        return enqueueTail(skb);
    }

    @Override
    public SkBuff dequeue() { return dequeueHead(); }
}
