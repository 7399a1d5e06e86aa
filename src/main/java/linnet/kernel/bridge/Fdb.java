package linnet.kernel.bridge;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.sim.EventLoop;
import linnet.wire.Mac;

/**
 * The forwarding database of one bridge (br_fdb.c): MAC -> port, learned on ingress and aged by a
 * garbage-collection timer on the virtual clock; local (port / bridge) addresses are static.
 * The table is keyed by the primitive MAC (a chained hash, no boxing on the frame path).
 */
public final class Fdb {
    /** clock_t (centiseconds) to virtual nanoseconds. */
    static final long NS_PER_CLOCK_T = 10 * EventLoop.NS_PER_MS;
    /** The garbage collector never runs more often than every 10 ms (br_fdb_cleanup). */
    static final long MIN_GC_DELAY = 10 * EventLoop.NS_PER_MS;

    private final Bridge br;
    private FdbEntry[] buckets = new FdbEntry[256];
    private int size;
    /** Head of fdb_list: the newest entry (hlist_add_head_rcu). */
    private FdbEntry head;
    private EventLoop.Timer gcTimer;
    private final Runnable cleanup = this::cleanup;

    Fdb(Bridge br) { this.br = br; }

    private long now() { return br.kernel.loop.now(); }

    private int bucket(long mac) {
        long h = mac * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (buckets.length - 1);
    }

    /** br_fdb_find: the entry for {@code mac}, or null. */
    public FdbEntry find(long mac) {
        for (FdbEntry e = buckets[bucket(mac)]; e != null; e = e.hnext) if (e.addr == mac) return e;
        return null;
    }

    /** The entries newest first, as br_fdb_dump walks fdb_list. */
    public List<FdbEntry> entries() {
        List<FdbEntry> l = new ArrayList<>(size);
        for (FdbEntry e = head; e != null; e = e.next) l.add(e);
        return l;
    }

    public int size() { return size; }

    private FdbEntry create(long mac, BridgePort p) {
        if (size >= buckets.length) rehash();
        FdbEntry e = new FdbEntry(mac, p);
        int b = bucket(mac);
        e.hnext = buckets[b];
        buckets[b] = e;
        e.next = head;
        if (head != null) head.prev = e;
        head = e;
        e.updated = e.used = now();
        size++;
        return e;
    }

    private void rehash() {
        FdbEntry[] old = buckets;
        buckets = new FdbEntry[old.length * 2];
        for (FdbEntry chain : old) {
            for (FdbEntry e = chain; e != null; ) {
                FdbEntry n = e.hnext;
                int b = bucket(e.addr);
                e.hnext = buckets[b];
                buckets[b] = e;
                e = n;
            }
        }
    }

    /** fdb_delete: out of the hash chain and fdb_list. */
    void delete(FdbEntry e) {
        int b = bucket(e.addr);
        if (buckets[b] == e) buckets[b] = e.hnext;
        else for (FdbEntry x = buckets[b]; x != null; x = x.hnext) if (x.hnext == e) { x.hnext = e.hnext; break; }
        if (e.prev != null) e.prev.next = e.next;
        else head = e.next;
        if (e.next != null) e.next.prev = e.prev;
        e.prev = e.next = e.hnext = null;
        size--;
    }

    // ------------------------------------------------------------------ local entries

    /** fdb_add_local: a static local entry; an existing local one is kept, a learned one is replaced. */
    void addLocal(BridgePort p, long mac) {
        if (!Mac.isValidUnicast(mac)) return;
        FdbEntry e = find(mac);
        if (e != null) {
            if (e.local) return;
            delete(e);
        }
        e = create(mac, p);
        e.local = e.isStatic = true;
    }

    /**
     * fdb_delete_local: a local address that another port (or the bridge itself) still has moves to
     * it instead of disappearing.
     */
    private void deleteLocal(BridgePort p, FdbEntry e) {
        for (BridgePort op : br.ports) {
            if (op != p && op.dev.addr == e.addr) {
                e.dst = op;
                return;
            }
        }
        if (p != null && br.addr == e.addr) {
            e.dst = null;
            return;
        }
        delete(e);
    }

    /** br_fdb_delete_by_port(do_all): every entry of a leaving port (local ones may move, see above). */
    void deleteByPort(BridgePort p) {
        for (FdbEntry e : entries()) {
            if (e.dst != p) continue;
            if (e.local) deleteLocal(p, e);
            else delete(e);
        }
    }

    /** br_fdb_changeaddr: a port's MAC changed; its (first) local entry goes, the new one comes. */
    void changeAddr(BridgePort p, long newAddr) {
        for (FdbEntry e = head; e != null; e = e.next) {
            if (e.dst == p && e.local && !e.addedByUser) {
                deleteLocal(p, e);
                break;
            }
        }
        addLocal(p, newAddr);
    }

    /** br_fdb_change_mac_address: the bridge's own MAC changed. */
    void changeMacAddress(long oldAddr, long newAddr) {
        FdbEntry e = find(oldAddr);
        if (e != null && e.local && e.dst == null && !e.addedByUser) deleteLocal(null, e);
        addLocal(null, newAddr);
    }

    // ------------------------------------------------------------------ learning and ageing

    /** hold_time(): the ageing time, or forward_delay during a topology change, in ns. */
    long holdTime() {
        return (br.topologyChange() ? br.forwardDelay : br.ageingTime) * NS_PER_CLOCK_T;
    }

    /** br_fdb_update: learn (or refresh / move) the source MAC of a frame received on {@code p}. */
    void update(BridgePort p, long src) {
        FdbEntry e = find(src);
        if (e != null) {
            // A frame carrying one of our own addresses as source teaches nothing ("own address as source").
            if (e.local) return;
            if (e.dst != p) e.dst = p;
            long now = now();
            if (e.updated != now) e.updated = now;
            return;
        }
        create(src, p);
    }

    /** Whether a learned entry is past its hold time (has_expired). */
    boolean hasExpired(FdbEntry e) {
        return !e.isStatic && e.updated + holdTime() <= now();
    }

    /** br_fdb_cleanup: deletes expired entries and re-arms itself for the next expiry. */
    void cleanup() {
        long delay = holdTime();
        long workDelay = delay;
        long now = now();
        for (FdbEntry e : entries()) {
            if (e.isStatic) continue;
            long thisTimer = e.updated + delay;
            if (thisTimer > now) workDelay = Math.min(workDelay, thisTimer - now);
            else delete(e);
        }
        scheduleGc(Math.max(workDelay, MIN_GC_DELAY));
    }

    /** mod_delayed_work(&br->gc_work, delay). */
    void scheduleGc(long delayNs) {
        if (gcTimer != null) gcTimer.cancel();
        gcTimer = br.kernel.loop.schedule(delayNs, cleanup);
    }

    void stopGc() {
        if (gcTimer != null) gcTimer.cancel();
        gcTimer = null;
    }

    /** Seconds and hundredths since the entry was refreshed (brforward's ageing_timer_value). */
    public long ageNs(FdbEntry e) { return e.local ? 0 : now() - e.updated; }

    // ------------------------------------------------------------------ user entries (bridge fdb add/del)

    /**
     * fdb_add_entry (NTF_MASTER): {@code create}/{@code replace} are NLM_F_CREATE / NLM_F_REPLACE;
     * {@code permanent} = NUD_PERMANENT (a local entry), otherwise static (NUD_NOARP).
     */
    public void userAdd(BridgePort p, long mac, boolean permanent, boolean replace) throws KernelException {
        if (!Mac.isValidUnicast(mac) && !Mac.isMulticast(mac)) throw new KernelException(Errno.EINVAL);
        FdbEntry e = find(mac);
        if (e != null) {
            if (!replace) throw new KernelException(Errno.EEXIST);
            e.dst = p;
        } else {
            e = create(mac, p);
        }
        e.local = permanent;
        e.isStatic = true;
        e.addedByUser = true;
        e.updated = e.used = now();
    }

    /** fdb_delete_by_addr_and_port. */
    public void userDel(BridgePort p, long mac) throws KernelException {
        FdbEntry e = find(mac);
        if (e == null || e.dst != p) throw new KernelException(Errno.ENOENT);
        delete(e);
    }
}
