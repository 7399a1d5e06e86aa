package linnet.kernel.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A network namespace (struct net): its devices, ifindex space, peer nsids, sysctls, per-protocol state. */
public final class Net {
    public final Kernel kernel;
    /** A unique number for this namespace in its kernel (net->net_cookie). */
    public final long cookie;
    private final TreeMap<Integer, NetDevice> byIndex = new TreeMap<>();
    private final Map<String, NetDevice> byName = new HashMap<>();
    /** Next ifindex to try (net->ifindex, used cyclically as xa_alloc_cyclic does). */
    private int ifindexNext = 1;
    /** Ids this namespace gave to other namespaces (net->netns_ids); made on first use. */
    private Map<Net, Integer> nsids;
    /** The same ids the other way round, and which are taken (for the lowest free id in O(1)). */
    private Map<Integer, Net> idToNet;
    private java.util.BitSet usedIds;
    /** No id below this is free. */
    private int lowestFree;
    /** The namespaces that gave this one an id: only they need to forget it when it dies. */
    private java.util.Set<Net> idHolders;
    public final Sysctl sysctl = new Sysctl();
    /** The SNMP MIB counters (net->mib): what /proc/net/snmp, snmp6 and netstat show. */
    public final NetnsMib mib = new NetnsMib();
    /** Per-protocol state, as net_generic(): slot ids come from {@link Kernel#registerPernet()}. */
    private Object[] generic = new Object[8];
    private boolean alive = true;
    /** The packet sockets of this namespace that take every protocol (ptype_all): tcpdump's. */
    final List<PacketTap> ptypeAll = new ArrayList<>();

    /** Whether a packet socket taps this namespace's devices (they see every frame). */
    public boolean tapped() { return !ptypeAll.isEmpty(); }

    Net(Kernel kernel, long cookie) {
        this.kernel = kernel;
        this.cookie = cookie;
        sysctl.afterWrite = () -> kernel.floodChanged(null);
    }

    public boolean alive() { return alive; }

    void kill() { alive = false; }

    // ------------------------------------------------------------------ devices

    public NetDevice byIndex(int ifindex) { return byIndex.get(ifindex); }

    public NetDevice byName(String name) { return byName.get(name); }

    /** Devices in ifindex order (the order of a dump). */
    public Collection<NetDevice> devices() { return byIndex.values(); }

    /** Pays in what bridges' floods owe this namespace's devices and MIB, before someone reads them. */
    public void settleStats() {
        for (NetDevice d : byIndex.values()) if (d.deferredStats != null) d.deferredStats.settle();
    }

    public List<NetDevice> deviceList() { return new ArrayList<>(byIndex.values()); }

    /** dev_index_reserve(net, 0): the next free index at or after net->ifindex, cyclically. */
    int allocIfindex() {
        int i = ifindexNext;
        while (byIndex.containsKey(i)) i = (i == Integer.MAX_VALUE) ? 1 : i + 1;
        ifindexNext = i + 1;
        return i;
    }

    boolean indexFree(int i) { return !byIndex.containsKey(i); }

    void link(NetDevice dev) {
        byIndex.put(dev.ifindex(), dev);
        byName.put(dev.name(), dev);
    }

    void unlink(NetDevice dev) {
        byIndex.remove(dev.ifindex());
        byName.remove(dev.name());
    }

    void rename(NetDevice dev, String newName) {
        byName.remove(dev.name());
        dev.setName(newName);
        byName.put(newName, dev);
    }

    // ------------------------------------------------------------------ nsids

    /** peernet2id(): the id this namespace gave {@code peer}, or -1 (NETNSA_NSID_NOT_ASSIGNED). */
    public int peernet2id(Net peer) {
        if (nsids == null) return -1;
        Integer id = nsids.get(peer);
        return id == null ? -1 : id;
    }

    /** peernet2id_alloc(): like peernet2id but assigns the lowest free id on first use. */
    public int peernet2idAlloc(Net peer) {
        if (peer == this) return -1;
        if (nsids != null) {
            Integer id = nsids.get(peer);
            if (id != null) return id;
        }
        int n = usedIds == null ? 0 : usedIds.nextClearBit(lowestFree);
        put(peer, n);
        return n;
    }

    /**
     * rtnl_net_newid (`ip netns set`): a peer that already has an id is refused whatever the
     * request; a chosen id (>= 0) must be free, a negative one means the lowest free id.
     */
    public void setNsid(Net peer, int id) throws KernelException {
        if (nsids != null && nsids.containsKey(peer))
            throw new KernelException(Errno.EEXIST, "Peer netns already has a nsid assigned");
        if (id < 0) {
            peernet2idAlloc(peer);
            return;
        }
        if (idToNet != null && idToNet.containsKey(id))
            throw new KernelException(Errno.EEXIST, "The specified nsid is already used");
        put(peer, id);
    }

    private void put(Net peer, int id) {
        if (nsids == null) {
            nsids = new HashMap<>();
            idToNet = new HashMap<>();
            usedIds = new java.util.BitSet();
        }
        nsids.put(peer, id);
        idToNet.put(id, peer);
        if (id >= 0) usedIds.set(id);
        if (id == lowestFree) lowestFree = usedIds.nextClearBit(id);
        if (peer.idHolders == null) peer.idHolders = new java.util.HashSet<>();
        peer.idHolders.add(this);
    }

    /** The namespace that has id {@code id} here, or null (get_net_ns_by_id). */
    public Net netById(int id) { return idToNet == null ? null : idToNet.get(id); }

    /** All (id, namespace) pairs, ordered by id. */
    public List<Map.Entry<Integer, Net>> nsidList() {
        List<Map.Entry<Integer, Net>> l = new ArrayList<>();
        if (nsids == null) return l;
        for (Map.Entry<Net, Integer> e : nsids.entrySet()) l.add(Map.entry(e.getValue(), e.getKey()));
        l.sort(Map.Entry.comparingByKey());
        return l;
    }

    void forgetPeer(Net peer) {
        if (nsids == null) return;
        Integer id = nsids.remove(peer);
        if (id == null) return;
        idToNet.remove(id);
        if (id >= 0) {
            usedIds.clear(id);
            if (id < lowestFree) lowestFree = id;
        }
    }

    /** A dying namespace: every namespace that gave it an id forgets it, and it forgets its own. */
    void forgetAllPeers() {
        if (idHolders != null) {
            for (Net o : idHolders) o.forgetPeer(this);
            idHolders = null;
        }
        if (nsids != null) {
            for (Net p : nsids.keySet()) if (p.idHolders != null) p.idHolders.remove(this);
        }
    }

    // ------------------------------------------------------------------ per-protocol state

    @SuppressWarnings("unchecked")
    public <T> T generic(int slot) {
        return slot < generic.length ? (T) generic[slot] : null;
    }

    public void setGeneric(int slot, Object value) {
        if (slot >= generic.length) generic = java.util.Arrays.copyOf(generic, slot + 8);
        generic[slot] = value;
    }

    @Override
    public String toString() { return "net#" + cookie; }
}
