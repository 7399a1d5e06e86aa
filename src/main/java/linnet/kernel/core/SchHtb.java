package linnet.kernel.core;

/**
 * net/sched/sch_htb.c, the qdisc without its classes: linnet has no `tc class` yet, so every packet is
 * unclassified and goes to htb's direct queue (at most direct_qlen packets, sent unshaped, counted as
 * direct_packets_stat), which is what htb does before classes are added.
 */
public final class SchHtb extends Qdisc {
    /** TCA_HTB_INIT as tc sends it (struct tc_htb_glob) and TCA_HTB_DIRECT_QLEN (null: the device's txqueuelen). */
    public record Opt(int r2q, int defcls, Integer directQlen) {}

    /** HTB_VER: 3.17. */
    public static final int VERSION = 0x30011;

    public final int r2q, defcls, directQlen;
    public int directPkts;

    public SchHtb(NetDevice dev, Opt o) {
        super("htb", dev);
        r2q = o.r2q();
        defcls = o.defcls();
        // htb_init: without a limit the device's txqueuelen, and never below 2
        directQlen = Math.max(o.directQlen() != null ? o.directQlen() : dev.txQueueLen, 2);
    }

    @Override
    public int enqueue(SkBuff skb) {
        if (queue.size() >= directQlen) return drop(skb);
        directPkts++;
        return enqueueTail(skb);
    }

    @Override
    public SkBuff dequeue() { return dequeueHead(); }
}
