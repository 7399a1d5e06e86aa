package linnet.kernel.bridge;

/**
 * One forwarding database entry (struct net_bridge_fdb_entry). {@code dst == null} means the bridge
 * device itself (a local entry that no port owns). Entries sit in two lists, as in Linux: a hash
 * chain for lookups and the bridge-wide fdb_list (newest first) that dumps walk.
 */
public final class FdbEntry {
    public final long addr;
    public BridgePort dst;
    /** BR_FDB_LOCAL (the address of a port or of the bridge), BR_FDB_STATIC (never ages), ADDED_BY_USER. */
    public boolean local, isStatic, addedByUser;
    /** BR_FDB_STICKY: the entry does not move to another port when its MAC shows up there. */
    public boolean sticky;
    /** Virtual time (ns) of the last refresh by learning, and of the last use for forwarding. */
    public long updated, used;

    FdbEntry hnext;
    FdbEntry prev, next;
    /** Neighbours on the bridge's ageing list (entries that age, oldest refresh first); see Fdb#cleanup. */
    FdbEntry agePrev, ageNext;
    boolean aging;

    FdbEntry(long addr, BridgePort dst) {
        this.addr = addr;
        this.dst = dst;
    }
}
