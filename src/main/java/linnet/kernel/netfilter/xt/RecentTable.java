package linnet.kernel.netfilter.xt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One xt_recent table (struct recent_table): at most ip_list_tot (100) addresses, least recently
 * updated evicted first, each with a ring of the last 32 time stamps (ip_pkt_list_tot 20 rounded
 * up to a power of two) and the TTL of its last packet.
 */
public final class RecentTable {
    static final int IP_LIST_TOT = 100, NSTAMPS = 32;

    /** struct recent_entry. */
    public static final class Entry {
        public final int addr;
        public int ttl;
        final long[] stamps = new long[NSTAMPS];
        int index, nstamps;

        Entry(int addr) { this.addr = addr; }

        /** The ring position of the next stamp (e->index). */
        public int index() { return index; }

        /** The stamps in the order the ring holds them (oldest slot first once it wrapped). */
        public long[] stamps() { return java.util.Arrays.copyOf(stamps, nstamps); }
    }

    /** t->mask: the mask of the rule that created the table, applied to every address. */
    public final int mask;

    public RecentTable(int mask) { this.mask = mask; }

    /** Insertion order = LRU order (recent_entry_update moves an entry to the tail). */
    private final Map<Integer, Entry> entries = new LinkedHashMap<>();

    Entry lookup(int addr, int ttl) {
        Entry e = entries.get(addr);
        if (e == null || (ttl != 0 && e.ttl != ttl)) return null;
        return e;
    }

    /** recent_entry_init: a new entry with one stamp; the oldest goes when the table is full. */
    Entry init(int addr, int ttl, long now) {
        if (entries.size() >= IP_LIST_TOT) entries.remove(entries.keySet().iterator().next());
        Entry e = new Entry(addr);
        e.ttl = ttl;
        e.stamps[0] = now;
        e.nstamps = 1;
        e.index = 1;
        entries.put(addr, e);
        return e;
    }

    /** recent_entry_update: one more stamp in the ring, and to the tail of the LRU list. */
    void update(Entry e, long now) {
        e.index &= NSTAMPS - 1;
        e.stamps[e.index++] = now;
        if (e.index > e.nstamps) e.nstamps = e.index;
        entries.remove(e.addr);
        entries.put(e.addr, e);
    }

    void remove(Entry e) { entries.remove(e.addr); }

    /** recent_entry_reap: drops the entry when its newest stamp is older than {@code time}. */
    void reap(Entry e, long time) {
        int newest = (e.index - 1) & (NSTAMPS - 1);
        if (e.stamps[newest] < time) remove(e);
    }

    public java.util.Collection<Entry> entries() { return entries.values(); }
}
