package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/** REJECT (ipt_REJECT): answer with an ICMP error or a TCP reset, then drop. */
public record RejectTarget(int with) implements XtTarget {
    /** enum ipt_reject_with. */
    public static final int ICMP_NET_UNREACHABLE = 0, ICMP_HOST_UNREACHABLE = 1, ICMP_PROT_UNREACHABLE = 2,
            ICMP_PORT_UNREACHABLE = 3, ICMP_ECHOREPLY = 4, ICMP_NET_PROHIBITED = 5, ICMP_HOST_PROHIBITED = 6,
            TCP_RESET = 7, ICMP_ADMIN_PROHIBITED = 8;

    /** The ops REJECT uses; set by the netfilter core at start-up (one per process is enough). */
    public static linnet.kernel.netfilter.NfIpv4Ops ops;

    @Override
    public String name() { return "REJECT"; }

    @Override
    public String[] tables() { return new String[] {"filter", "mangle", "raw", "security"}; }

    @Override
    public int hooks() { return (1 << 1) | (1 << 2) | (1 << 3); }

    @Override
    public int target(NfPacket p) {
        switch (with) {
            case TCP_RESET -> ops.sendTcpReset(p.skb, p.hook);
            case ICMP_NET_UNREACHABLE -> ops.sendIcmpError(p.skb, 3, 0, p.hook);
            case ICMP_HOST_UNREACHABLE -> ops.sendIcmpError(p.skb, 3, 1, p.hook);
            case ICMP_PROT_UNREACHABLE -> ops.sendIcmpError(p.skb, 3, 2, p.hook);
            case ICMP_PORT_UNREACHABLE -> ops.sendIcmpError(p.skb, 3, 3, p.hook);
            case ICMP_NET_PROHIBITED -> ops.sendIcmpError(p.skb, 3, 9, p.hook);
            case ICMP_HOST_PROHIBITED -> ops.sendIcmpError(p.skb, 3, 10, p.hook);
            case ICMP_ADMIN_PROHIBITED -> ops.sendIcmpError(p.skb, 3, 13, p.hook);
            default -> { }
        }
        return Verdict.NF_DROP;
    }
}
