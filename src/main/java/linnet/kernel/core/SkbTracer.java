package linnet.kernel.core;

/**
 * The kernel's tracepoints for one packet's path, as Linux has them (net:net_dev_xmit,
 * net:netif_receive_skb, skb:kfree_skb with its drop reason, the nf_trace log of netfilter, the
 * fib and neighbour tracepoints): the places the packet path tells a consumer what it decided.
 * {@link Kernel#tracer} is null unless someone listens, and every call site tests that first, so
 * a lab that does not trace pays one field read per tracepoint.
 *
 * <p>The kernel only reports; what is kept and how it is told is the consumer's ({@code
 * linnet.trace}). A packet's identity across the stack is {@link SkBuff#trace}, which the consumer
 * sets on first sight and copies of the packet inherit through {@link Mark#copied}.
 */
public abstract class SkbTracer {
    /** What a step is about: each a layer of the stack, in the words a trace prints. */
    public enum Kind {
        /** __netif_receive_skb: a frame arrived on a device. */
        RECEIVE,
        /** dev_queue_xmit: a frame leaves through a device. */
        XMIT,
        /** The bridge: port state, learning, FDB hit or flood, local delivery. */
        BRIDGE,
        /** A netfilter table's chain gave a verdict (its rule, or its policy). */
        NETFILTER,
        /** Connection tracking: the packet's conntrack state. */
        CONNTRACK,
        /** NAT rewrote the packet's addresses or ports. */
        NAT,
        /** A routing decision (input or output), or its failure. */
        ROUTE,
        /** Neighbour resolution (ARP / ND): the entry's state, what was sent. */
        NEIGH,
        /** An ICMP error or reply this packet caused. */
        ICMP,
        /** The packet reached a socket (or the protocol that consumed it). */
        DELIVER,
        /** kfree_skb: the packet is gone, with the kernel's drop reason. */
        DROP
    }

    /** A packet is seen at a tracepoint for the first time, or again; {@code net} is where. */
    public abstract void step(SkBuff skb, Net net, NetDevice dev, Kind kind, String text);

    /** skb:kfree_skb: the packet was dropped in {@code net} for {@code reason}. */
    public abstract void drop(SkBuff skb, Net net, NetDevice dev, DropReason reason, String text);

    /**
     * A netfilter verdict: {@code table}:{@code chain} decided {@code verdict} (NF_ACCEPT, NF_DROP, a
     * target's name) by rule number {@code ruleNum} (1-based in its chain), or by the chain's policy
     * when {@code ruleNum} is 0. {@code rule} is the rule object, for the consumer to print.
     */
    public abstract void netfilter(SkBuff skb, Net net, String table, String chain, int ruleNum, Object rule,
            String verdict);

    /** A routing or send step that has no packet yet (a sendmsg whose route lookup failed). */
    public abstract void noPacket(Net net, Kind kind, String text);

    /** {@code effect} was made because of {@code cause} (an ICMP error, an echo reply, a SYN-ACK). */
    public abstract void caused(SkBuff cause, SkBuff effect, String why);

    /**
     * What a consumer hangs on {@link SkBuff#trace}. skb_clone / skb_copy hands a copy its own mark
     * through it: the copy goes its own way from there (a bridge's flood, a raw socket's copy).
     */
    public interface Mark {
        Mark copied(SkBuff copy);
    }

    /** The receive softirq starts ({@code skb}) or ends (null) handling a frame: what it sends meanwhile is caused by it. */
    public abstract void context(SkBuff skb);
}
