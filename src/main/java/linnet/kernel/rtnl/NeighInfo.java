package linnet.kernel.rtnl;

/**
 * A neighbour as RTM_NEWNEIGH describes it. The NDA_CACHEINFO ages are milliseconds since the last
 * use/confirmation/update; {@code refcnt} is ndm_refcnt, the kernel refcount minus one.
 */
public record NeighInfo(int addr, int ifindex, long lladdr, boolean hasLladdr, int state, int flags,
                        long usedMs, long confirmedMs, long updatedMs, int probes, int refcnt) {}
