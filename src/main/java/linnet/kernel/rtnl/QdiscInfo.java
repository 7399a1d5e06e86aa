package linnet.kernel.rtnl;

/**
 * One qdisc as RTM_NEWQDISC dumps it (struct tcmsg, TCA_KIND, TCA_OPTIONS, TCA_STATS2). {@code options} is the
 * kind's own record (a fifo's limit, tbf's parameters as {@link TbfDump}, fq_codel's), or null for none.
 */
public record QdiscInfo(int ifindex, String kind, int handle, int parent, int refcnt, Object options, long bytes,
                        long packets, int drops, int overlimits, int requeues, long backlog, int qlen) {
    /** tbf's dump: what tc sent, with the bucket sizes in psched ticks as the kernel reports them back. */
    public record TbfDump(linnet.kernel.core.SchTbf.Opt opt, long bufferTicks, long mtuTicks) {}

    /** htb's dump (struct tc_htb_glob and TCA_HTB_DIRECT_QLEN). */
    public record HtbDump(int r2q, int defcls, int directPkts, int version, int directQlen) {}

    /** pfifo_fast's dump (struct tc_prio_qopt). */
    public record PrioDump(int bands, int[] priomap) {}
}
