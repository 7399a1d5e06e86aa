package linnet.kernel.core;

/**
 * net/sched/sch_ingress.c: the ingress qdisc (handle ffff:, parent ffff:fff1), the attachment point for
 * receive-side filters. linnet has no tc filters yet, so it only exists to be added, shown and deleted.
 */
public final class SchIngress extends Qdisc {
    public SchIngress(NetDevice dev) {
        super("ingress", dev, false);
        handle = 0xFFFF0000;
        parent = TC_H_INGRESS;
    }

    @Override
    public int enqueue(SkBuff skb) { return NET_XMIT_SUCCESS; }

    @Override
    public SkBuff dequeue() { return null; }
}
