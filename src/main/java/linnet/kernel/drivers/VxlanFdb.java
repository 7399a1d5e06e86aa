package linnet.kernel.drivers;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.wire.Mac;

/**
 * A VXLAN device's forwarding database (the fdb part of drivers/net/vxlan/vxlan_core.c): inner MAC
 * to a list of remote tunnel endpoints. The all-zeros entry is the default destination (head-end
 * replication when it has several remotes); learned entries age out, permanent and static ones stay.
 */
public final class VxlanFdb {
    /** NUD_* states and NTF_* flags as neighbour messages carry them. */
    public static final int NUD_REACHABLE = 0x02, NUD_STALE = 0x04, NUD_NOARP = 0x40, NUD_PERMANENT = 0x80;
    public static final int NTF_SELF = 0x02, NTF_ROUTER = 0x80, NTF_EXT_LEARNED = 0x10;
    /** NLM_F_* of the request. */
    public static final int NLM_F_REPLACE = 0x100, NLM_F_EXCL = 0x200, NLM_F_CREATE = 0x400, NLM_F_APPEND = 0x800;

    /** struct vxlan_rdst: one remote (address, UDP port, VNI, outgoing device; 0 = the device's own). */
    public static final class Rdst {
        public final int ip, port, vni, ifindex;

        Rdst(int ip, int port, int vni, int ifindex) {
            this.ip = ip;
            this.port = port;
            this.vni = vni;
            this.ifindex = ifindex;
        }

        boolean same(int ip, int port, int vni, int ifindex) {
            return this.ip == ip && this.port == port && this.vni == vni && this.ifindex == ifindex;
        }
    }

    /** struct vxlan_fdb. */
    public static final class Entry {
        public final long mac;
        public int state;
        public int flags;
        public long updated, used;
        public final List<Rdst> remotes = new ArrayList<>();

        Entry(long mac) { this.mac = mac; }
    }

    private final Vxlan vxlan;
    /** vxlan->fdb_list: newest first (hlist_add_head), the order of a dump. */
    final List<Entry> list = new ArrayList<>();
    private final java.util.Map<Long, Entry> byMac = new java.util.HashMap<>();

    VxlanFdb(Vxlan vxlan) { this.vxlan = vxlan; }

    public List<Entry> entries() { return java.util.Collections.unmodifiableList(list); }

    public Entry find(long mac) { return byMac.get(mac); }

    private long now() { return vxlan.kernel.loop.now(); }

    /** vxlan_fdb_create: a new entry with one remote; the address limit (maxaddress) counts entries. */
    Entry create(long mac, int ip, int state, int port, int vni, int ifindex, int flags) throws KernelException {
        if (vxlan.cfg.addrmax != 0 && list.size() >= vxlan.cfg.addrmax) throw new KernelException(Errno.ENOSPC);
        Entry f = new Entry(mac);
        f.state = state;
        f.flags = flags;
        f.updated = f.used = now();
        f.remotes.add(new Rdst(ip, port, vni, ifindex));
        return f;
    }

    void insert(Entry f) {
        list.add(0, f);
        byMac.put(f.mac, f);
    }

    void destroy(Entry f) {
        list.remove(f);
        byMac.remove(f.mac, f);
    }

    /**
     * vxlan_fdb_update: an existing entry is refused under NLM_F_EXCL, may take a new state and
     * flags, a replaced remote (unicast only) or an appended one (multicast and all-zeros only);
     * a missing one is created under NLM_F_CREATE (replace may not create a multicast entry).
     */
    public void update(long mac, int ip, int state, int nlFlags, int port, int vni, int ifindex, int ndmFlags)
            throws KernelException {
        Entry f = find(mac);
        boolean group = Mac.isMulticast(mac) || mac == 0;
        if (f != null) {
            if ((nlFlags & NLM_F_EXCL) != 0) throw new KernelException(Errno.EEXIST);
            if (f.state != state) {
                f.state = state;
                f.updated = now();
            }
            int keep = ndmFlags & (NTF_ROUTER | NTF_EXT_LEARNED);
            if ((f.flags & (NTF_ROUTER | NTF_EXT_LEARNED)) != keep) {
                f.flags = (f.flags & ~(NTF_ROUTER | NTF_EXT_LEARNED)) | keep;
                f.updated = now();
            }
            if ((nlFlags & NLM_F_REPLACE) != 0) {
                if (group) throw new KernelException(Errno.EOPNOTSUPP, "Cannot replace non-unicast fdb entries");
                Rdst first = f.remotes.get(0);
                if (!first.same(ip, port, vni, ifindex)) f.remotes.set(0, new Rdst(ip, port, vni, ifindex));
            }
            if ((nlFlags & NLM_F_APPEND) != 0 && group) {
                boolean have = false;
                for (Rdst r : f.remotes) if (r.same(ip, port, vni, ifindex)) have = true;
                if (!have) f.remotes.add(new Rdst(ip, port, vni, ifindex));
            }
            return;
        }
        if ((nlFlags & NLM_F_CREATE) == 0) throw new KernelException(Errno.ENOENT);
        if ((nlFlags & NLM_F_REPLACE) != 0 && group) throw new KernelException(Errno.EOPNOTSUPP);
        insert(create(mac, ip, state, port, vni, ifindex, ndmFlags));
    }

    /**
     * __vxlan_fdb_delete: with a remote ({@code ip} non-zero) only that remote goes, unless it is
     * the last; without, the whole entry.
     */
    public void delete(long mac, int ip, int port, int vni, int ifindex) throws KernelException {
        Entry f = find(mac);
        if (f == null) throw new KernelException(Errno.ENOENT);
        Rdst rd = null;
        if (ip != 0) {
            for (Rdst r : f.remotes) if (r.same(ip, port, vni, ifindex)) rd = r;
            // a remote the entry does not have: nothing to do, and no error either
            if (rd == null) return;
        }
        if (rd != null && f.remotes.size() > 1) {
            f.remotes.remove(rd);
            return;
        }
        destroy(f);
    }

    /**
     * vxlan_snoop: a frame from {@code mac} came from tunnel endpoint {@code ip}. A known entry is
     * refreshed, or moves to the new endpoint unless it is static; an unknown one is learned.
     * False when the frame must be dropped (a static entry elsewhere).
     */
    boolean snoop(long mac, int ip, int vni) {
        Entry f = find(mac);
        if (f != null) {
            f.updated = now();
            Rdst r = f.remotes.get(0);
            if (r.ip == ip && r.ifindex == 0) return true;
            if ((f.state & (NUD_PERMANENT | NUD_NOARP)) != 0) return false;
            f.remotes.set(0, new Rdst(ip, r.port, r.vni, r.ifindex));
            return true;
        }
        if (!vxlan.isUp()) return true;
        try {
            insert(create(mac, ip, NUD_REACHABLE, vxlan.cfg.dstPort, vxlan.cfg.vni, 0, NTF_SELF));
        } catch (KernelException e) {
            // the address limit is reached: nothing learned
        }
        return true;
    }

    /**
     * vxlan_cleanup: learned entries not refreshed within the ageing time go; returns when the
     * next run is due (the interval, or sooner when an entry expires before).
     */
    long cleanup(long interval) {
        long age = vxlan.cfg.ageing * 1_000_000_000L;
        long now = now();
        long next = now + interval;
        for (Entry f : new ArrayList<>(list)) {
            if ((f.state & (NUD_PERMANENT | NUD_NOARP)) != 0 || (f.flags & NTF_EXT_LEARNED) != 0) continue;
            long timeout = f.updated + age;
            if (timeout <= now) destroy(f);
            else if (timeout < next) next = timeout;
        }
        return next;
    }

    /** vxlan_flush with a flush descriptor (bridge fdb flush): the entries whose state under {@code mask} is {@code state}. */
    public void flushMatching(int state, int mask) {
        for (Entry f : new ArrayList<>(list)) {
            if (mask != 0 && (f.state & mask) != state) continue;
            destroy(f);
        }
    }

    /** vxlan_flush: every entry but the permanent and static ones, and (when asked) the default entry. */
    void flush(boolean all) {
        for (Entry f : new ArrayList<>(list)) {
            if (!all && ((f.state & (NUD_PERMANENT | NUD_NOARP)) != 0 || f.mac == 0)) continue;
            destroy(f);
        }
    }
}
