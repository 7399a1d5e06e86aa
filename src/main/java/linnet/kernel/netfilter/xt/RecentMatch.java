package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * `-m recent` (xt_recent revision 1, recent_mt): remembers addresses in a named table of the
 * namespace. --set adds a stamp (and matches), --rcheck tests for the address (within --seconds,
 * with at least --hitcount stamps), --update does the same and adds a stamp when it matched,
 * --remove deletes the address; --rttl also requires the packet's TTL to equal the stored one.
 */
public record RecentMatch(int checkSet, boolean invert, long seconds, int hitCount, String tableName, boolean source,
                          int mask) implements XtMatch {
    public static final int SET = 1, CHECK = 2, UPDATE = 4, REMOVE = 8, TTL = 16, REAP = 32;

    @Override
    public String name() { return "recent"; }

    /** recent_mt_check: --set/--remove take no modifiers; the hit count fits the stamps kept. */
    @Override
    public boolean checkentry() {
        if ((checkSet & (SET | REMOVE)) != 0 && (seconds != 0 || hitCount != 0 || (checkSet & (TTL | REAP)) != 0))
            return false;
        return (checkSet & REAP) == 0 || seconds != 0;
    }

    @Override
    public boolean match(NfPacket p) {
        byte[] b = p.buf();
        RecentTable t = NetfilterNet.of(p.net).xtables.recentTables.get(tableName);
        if (t == null) return invert;
        int addr = (source ? Ipv4.src(b, p.ip()) : Ipv4.dst(b, p.ip())) & t.mask;
        int ttl = Ipv4.ttl(b, p.ip());
        // "use TTL as seen before forwarding": a forwarded packet was decremented already
        if (p.out != null && p.skb.sk == null) ttl++;
        long now = p.net.kernel.loop.now();
        boolean ret = invert;
        RecentTable.Entry e = t.lookup(addr, (checkSet & TTL) != 0 ? ttl : 0);
        if (e == null) {
            if ((checkSet & SET) == 0) return ret;
            t.init(addr, ttl, now);
            return !ret;
        }
        if ((checkSet & SET) != 0) {
            ret = !ret;
        } else if ((checkSet & REMOVE) != 0) {
            t.remove(e);
            ret = !ret;
        } else if (seconds != 0 || hitCount != 0) {
            long time = now - seconds * 1_000_000_000L;
            int hits = 0;
            for (int i = 0; i < e.nstamps; i++) {
                if (seconds != 0 && time > e.stamps[i]) continue;
                if (hitCount == 0 || ++hits >= hitCount) {
                    ret = !ret;
                    break;
                }
            }
            if ((checkSet & REAP) != 0) t.reap(e, time);
        } else {
            ret = !ret;
        }
        if ((checkSet & SET) != 0 || ((checkSet & UPDATE) != 0 && ret)) {
            t.update(e, now);
            e.ttl = ttl;
        }
        return ret;
    }
}
