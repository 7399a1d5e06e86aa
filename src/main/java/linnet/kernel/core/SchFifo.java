package linnet.kernel.core;

/**
 * net/sched/sch_fifo.c: pfifo (a limit in packets), bfifo (in bytes) and pfifo_head_drop (a full queue drops
 * its oldest packet to take the new one). Without a limit the device's txqueuelen gives it: packets, or
 * txqueuelen times the MTU in bytes.
 */
public final class SchFifo extends Qdisc {
    /** The options as dumped (struct tc_fifo_qopt). */
    public record Opt(int limit) {}

    public int limit;

    public SchFifo(String kind, NetDevice dev, Integer limit) {
        super(kind, dev);
        change(limit);
    }

    public static boolean isKind(String kind) {
        return kind.equals("pfifo") || kind.equals("bfifo") || kind.equals("pfifo_head_drop");
    }

    /** fifo_init: the limit given, else the device's default. */
    public void change(Integer l) {
        if (l != null) {
            limit = l;
        } else {
            int qlen = Math.max(dev.txQueueLen, 1);
            // bfifo: txqueuelen packets of psched_mtu (the MTU plus the link-layer header)
            limit = kind.equals("bfifo") ? qlen * (dev.mtu + dev.hardHeaderLen()) : qlen;
        }
    }

    public Opt options() { return new Opt(limit); }

    @Override
    public int enqueue(SkBuff skb) {
        switch (kind) {
            case "bfifo" -> {
                if (backlog + skb.len <= limit) return enqueueTail(skb);
                return drop(skb);
            }
            case "pfifo_head_drop" -> {
                if (queue.size() < limit) return enqueueTail(skb);
                if (limit == 0) return drop(skb);
                SkBuff old = queue.pollFirst();
                backlog -= old.len;
                drops++;
                enqueueTail(skb);
                return NET_XMIT_CN;
            }
            default -> {
                if (queue.size() < limit) return enqueueTail(skb);
                return drop(skb);
            }
        }
    }

    @Override
    public SkBuff dequeue() { return dequeueHead(); }
}
