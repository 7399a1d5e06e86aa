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
    /** One jiffy (HZ = 250) in virtual nanoseconds. */
    static final long NS_PER_JIFFY = 1000 / linnet.kernel.core.Jiffies.HZ * EventLoop.NS_PER_MS;
    /** The garbage collector never runs more often than every 10 ms (br_fdb_cleanup). */
    static final long MIN_GC_DELAY = 10 * EventLoop.NS_PER_MS;

    private final Bridge br;
    private FdbEntry[] buckets = new FdbEntry[256];
    private int size;
    /** Head of fdb_list: the newest entry (hlist_add_head_rcu). */
    private FdbEntry head;
    /**
     * The entries that age (not static), by their last refresh, oldest first: Linux's collector
     * walks every entry for the expired ones and the nearest expiry; both are at this list's head,
     * so a run costs what it deletes, not the table's size (a bridge of a thousand busy ports runs
     * it every few hundred ms).
     */
    private FdbEntry ageHead, ageTail;
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

    /** Onto the ageing list's end (just refreshed), or off it if the entry is static now. */
    private void placeForAgeing(FdbEntry e) {
        unlinkAgeing(e);
        if (e.isStatic) return;
        e.aging = true;
        e.agePrev = ageTail;
        if (ageTail != null) ageTail.ageNext = e;
        else ageHead = e;
        ageTail = e;
    }

    private void unlinkAgeing(FdbEntry e) {
        if (!e.aging) return;
        if (e.agePrev != null) e.agePrev.ageNext = e.ageNext;
        else ageHead = e.ageNext;
        if (e.ageNext != null) e.ageNext.agePrev = e.agePrev;
        else ageTail = e.agePrev;
        e.agePrev = e.ageNext = null;
        e.aging = false;
    }

    /** fdb_delete: out of the hash chain and fdb_list. */
    void delete(FdbEntry e) {
        unlinkAgeing(e);
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

    /** br_fdb_flush with the STATIC mask (IFLA_BR_FDB_FLUSH, sysfs flush): every learned entry. */
    void flushDynamic() {
        for (FdbEntry e : entries()) if (!e.isStatic) delete(e);
    }

    /** br_fdb_delete_by_port(do_all = 0): the port's learned entries, static and local ones stay. */
    void deleteDynamicByPort(BridgePort p) {
        for (FdbEntry e : entries()) if (e.dst == p && !e.isStatic) delete(e);
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

    /** hold_time(): the ageing time in force (twice the forward delay during a topology change), in ns. */
    long holdTime() {
        return br.ageingTime * NS_PER_JIFFY;
    }

    /** br_fdb_update: learn (or refresh / move) the source MAC of a frame received on {@code p}. */
    void update(BridgePort p, long src) {
        FdbEntry e = find(src);
        if (e != null) {
            // A frame carrying one of our own addresses as source teaches nothing ("own address as source").
            if (e.local) return;
            if (e.dst != p && !e.sticky) e.dst = p;
            long now = now();
            if (e.updated != now) {
                e.updated = now;
                placeForAgeing(e);
            }
            return;
        }
        placeForAgeing(create(src, p));
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
        for (FdbEntry e = ageHead; e != null; ) {
            FdbEntry next = e.ageNext;
            long thisTimer = e.updated + delay;
            if (thisTimer > now) {
                // the oldest that has not expired: the nearest expiry
                workDelay = Math.min(workDelay, thisTimer - now);
                break;
            }
            delete(e);
            e = next;
        }
        scheduleGc(Math.max(workDelay, MIN_GC_DELAY));
    }

    /** mod_delayed_work(&br->gc_work, delay). */
    void scheduleGc(long delayNs) {
        if (gcTimer != null) gcTimer.cancel();
        gcTimer = br.kernel.loop.schedule(delayNs, cleanup);
    }

    /** br_timer_value(&br->gc_work.timer): what is left of the collector's delay, in clock_t. */
    public long gcTimerLeft() {
        if (gcTimer == null || !gcTimer.pending()) return 0;
        return leftClockT(gcTimer.when() - now());
    }

    /** A timer's remaining nanoseconds as the kernel reports them: whole jiffies (rounded up), in clock_t. */
    static long leftClockT(long leftNs) {
        if (leftNs <= 0) return 0;
        return linnet.kernel.core.Jiffies.jiffiesToClockT((leftNs + NS_PER_JIFFY - 1) / NS_PER_JIFFY);
    }

    void stopGc() {
        if (gcTimer != null) gcTimer.cancel();
        gcTimer = null;
    }

    /** Seconds and hundredths since the entry was refreshed (brforward's ageing_timer_value). */
    public long ageNs(FdbEntry e) { return now() - e.updated; }

    // ------------------------------------------------------------------ user entries (bridge fdb add/del)

    /** NUD_* values of fdb_to_nud and of RTM_NEWNEIGH's ndm_state. */
    public static final int NUD_REACHABLE = 0x02, NUD_STALE = 0x04, NUD_NOARP = 0x40, NUD_PERMANENT = 0x80;

    /** fdb_to_nud: local -> PERMANENT, static -> NOARP, past its hold time -> STALE, else REACHABLE. */
    public int toNud(FdbEntry e) {
        if (e.local) return NUD_PERMANENT;
        if (e.isStatic) return NUD_NOARP;
        if (hasExpired(e)) return NUD_STALE;
        return NUD_REACHABLE;
    }

    /**
     * fdb_add_entry: create ({@code create} = NLM_F_CREATE) or update ({@code excl} = NLM_F_EXCL
     * refuses) the entry for {@code mac} towards {@code source} (null = the bridge itself). The
     * state decides its kind: PERMANENT a local entry, NOARP a static one, else a dynamic one that
     * ages like a learned entry.
     */
    public void userAdd(BridgePort source, long mac, int state, boolean create, boolean excl, boolean sticky)
            throws KernelException {
        // A port that cannot learn takes only local and static entries.
        if (source != null && (state & (NUD_PERMANENT | NUD_NOARP)) == 0
                && source.state != BridgePort.BR_STATE_LEARNING && source.state != BridgePort.BR_STATE_FORWARDING)
            throw new KernelException(Errno.EPERM);
        // An entry towards the bridge itself must be permanent.
        if (source == null && (state & NUD_PERMANENT) == 0) throw new KernelException(Errno.EINVAL);
        if (sticky && (state & NUD_PERMANENT) != 0) throw new KernelException(Errno.EINVAL);
        FdbEntry e = find(mac);
        boolean modified = false;
        if (e == null) {
            if (!create) throw new KernelException(Errno.ENOENT);
            e = create(mac, source);
            e.addedByUser = true;
            modified = true;
        } else {
            if (excl) throw new KernelException(Errno.EEXIST);
            if (e.dst != source) {
                e.dst = source;
                modified = true;
            }
            e.addedByUser = true;
        }
        if (toNud(e) != state) {
            if ((state & NUD_PERMANENT) != 0) {
                e.local = true;
                e.isStatic = true;
            } else if ((state & NUD_NOARP) != 0) {
                e.local = false;
                e.isStatic = true;
            } else {
                e.local = false;
                e.isStatic = false;
            }
            modified = true;
        }
        if (sticky != e.sticky) {
            e.sticky = sticky;
            modified = true;
        }
        long now = now();
        e.used = now;
        if (modified) {
            e.updated = now;
            placeForAgeing(e);
        }
    }

    /** __br_fdb_add with NTF_USE: the address is learned on the port as if a frame came from it. */
    public void userUse(BridgePort p, long mac) {
        if (p.state != BridgePort.BR_STATE_LEARNING && p.state != BridgePort.BR_STATE_FORWARDING) return;
        update(p, mac);
        FdbEntry e = find(mac);
        if (e != null && !e.local) e.addedByUser = true;
    }

    /** fdb_delete of one entry a bulk flush chose. */
    public void userDelEntry(FdbEntry e) { delete(e); }

    /** fdb_delete_by_addr_and_port: the entry must point at {@code p} (null = the bridge itself). */
    public void userDel(BridgePort p, long mac) throws KernelException {
        FdbEntry e = find(mac);
        if (e == null || e.dst != p) throw new KernelException(Errno.ENOENT);
        delete(e);
    }
}
