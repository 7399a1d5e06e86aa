package linnet.kernel.rtnl;

/** A neighbour as RTM_NEWNEIGH describes it. */
public record NeighInfo(int addr, int ifindex, long lladdr, boolean hasLladdr, int state, int flags,
                        long usedMs, long confirmedMs, long updatedMs, int probes, int refcnt) {}
