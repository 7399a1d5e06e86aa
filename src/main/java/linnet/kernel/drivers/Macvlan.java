package linnet.kernel.drivers;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevEvent;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Mac;

/**
 * A MAC-address based virtual device on an Ethernet lower device (drivers/net/macvlan.c). Every
 * macvlan has its own MAC; the lower device's rx_handler (the {@link Port}) hands a frame to the
 * macvlan whose address it is for, and the mode decides what a macvlan may reach without the frame
 * leaving the lower device: bridge-mode macvlans talk to each other directly, vepa and private ones
 * send everything out (a vepa peer is reached only if an outside switch reflects the frame), private
 * ones never see each other's frames at all; passthru gives the one macvlan the whole lower device.
 */
public final class Macvlan extends NetDevice {
    /** enum macvlan_mode (if_link.h) and the IFLA_MACVLAN_FLAGS bits. */
    public static final int MODE_PRIVATE = 1, MODE_VEPA = 2, MODE_BRIDGE = 4, MODE_PASSTHRU = 8, MODE_SOURCE = 16;
    public static final int FLAG_NOPROMISC = 1, FLAG_NODST = 2;
    /** enum macvlan_macaddr_mode: what IFLA_MACVLAN_MACADDR_MODE does to a source-mode list. */
    public static final int MACADDR_ADD = 0, MACADDR_DEL = 1, MACADDR_FLUSH = 2, MACADDR_SET = 3;
    /** MACVLAN_DEFAULT_BC_QUEUE_LEN. */
    public static final int DEFAULT_BC_QUEUE_LEN = 1000;

    /**
     * struct macvlan_port: what the lower device carries as rx_handler_data, shared by all its
     * macvlans (in creation order, as port->vlans).
     */
    public static final class Port {
        final NetDevice dev;
        final List<Macvlan> vlans = new ArrayList<>();
        /** The open macvlans by MAC (port->vlan_hash): only they receive. */
        final java.util.Map<Long, Macvlan> hash = new java.util.HashMap<>();
        boolean passthru;
        int bcQueueLenUsed;
        /** The open macvlans in the order they opened: their multicast lists are synced to the lower (dev_mc_sync). */
        final List<Macvlan> synced = new ArrayList<>();

        Port(NetDevice dev) { this.dev = dev; }

        /** macvlan_hash_lookup. */
        Macvlan lookup(long addr) { return hash.get(addr); }

        /** macvlan_addr_busy: the lower device's own MAC or another open macvlan's. */
        boolean addrBusy(long addr) { return dev.addr == addr || hash.containsKey(addr); }

        /** update_port_bc_queue_len: the largest queue length any macvlan asked for. */
        void updateBcQueueLen() {
            int max = 0;
            for (Macvlan v : vlans) max = Math.max(max, v.bcQueueLenReq);
            bcQueueLenUsed = max;
        }
    }

    /** What a new or changed macvlan's IFLA_INFO_DATA carries (null = attribute absent). */
    public record Opts(Integer mode, Integer flags, Integer macaddrMode, List<Long> macaddrs, Long bcQueueLen) {}

    final NetDevice lowerdev;
    final Port port;
    /** macvtap (drivers/net/macvtap.c): the same device with a tap queue, 500 packets of txqueue and a real qdisc. */
    final boolean tap;
    int mode = MODE_VEPA;
    int flags;
    int bcQueueLenReq = DEFAULT_BC_QUEUE_LEN;
    /** The allowed source MACs of a source-mode macvlan (its entries of port->vlan_source_hash). */
    final List<Long> sources = new ArrayList<>();

    private Macvlan(Kernel kernel, String name, NetDevice lowerdev, Port port, boolean tap) {
        super(kernel, name);
        this.lowerdev = lowerdev;
        this.port = port;
        this.tap = tap;
        // macvtap_setup: tx_queue_len = TUN_READQ_SIZE, and a qdisc (no IFF_NO_QUEUE)
        if (tap) txQueueLen = 500;
        // ether_setup; IFF_NO_QUEUE (noqueue qdisc) with the default tx_queue_len kept
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        // "MTU range: 68 - lowerdev->max_mtu"
        minMtu = 68;
        maxMtu = lowerdev.maxMtu;
        mtu = lowerdev.mtu;
        tsoMaxSize = lowerdev.tsoMaxSize;
    }

    /** macvlan_init_module: the notifier that keeps macvlans following their lower device. */
    public static void init(Kernel kernel) { kernel.registerNotifier(Macvlan::deviceEvent); }

    public static Port portOf(NetDevice dev) { return dev.rxHandlerData instanceof Port p ? p : null; }

    /** The open macvlans on {@code lower} whose multicast lists its own carries (dev_mc_sync), in that order. */
    public static List<NetDevice> mcSynced(NetDevice lower) {
        Port p = portOf(lower);
        return p == null ? List.of() : List.copyOf(p.synced);
    }

    /** The device's Ethernet lower device. */
    public NetDevice lowerdev() { return lowerdev; }

    public int mode() { return mode; }

    /** macvlan_validate: the checks of the attributes alone. */
    public static void validate(Long address, Opts o) throws KernelException {
        if (address != null && !Mac.isValidUnicast(address)) throw new KernelException(Errno.EADDRNOTAVAIL);
        if (o.flags() != null && (o.flags() & ~(FLAG_NOPROMISC | FLAG_NODST)) != 0) throw new KernelException(Errno.EINVAL);
        if (o.mode() != null) {
            switch (o.mode()) {
                case MODE_PRIVATE, MODE_VEPA, MODE_BRIDGE, MODE_PASSTHRU, MODE_SOURCE -> {}
                default -> throw new KernelException(Errno.EINVAL);
            }
        }
        if (o.macaddrMode() != null && (o.macaddrMode() < MACADDR_ADD || o.macaddrMode() > MACADDR_SET))
            throw new KernelException(Errno.EINVAL);
        if (o.macaddrs() != null) for (long m : o.macaddrs()) if (!Mac.isValidUnicast(m)) throw new KernelException(Errno.EADDRNOTAVAIL);
    }

    /**
     * macvlan_common_newlink: the lower device (the real one under a macvlan), the MTU within the
     * lower's, the port created on first use (an Ethernet device whose rx_handler is free), at most
     * one passthru macvlan and nothing beside it, then registration and the carrier of the lower.
     * {@code mtu}/{@code address} are IFLA_MTU/IFLA_ADDRESS (null = not given).
     */
    public static Macvlan newlink(Kernel kernel, Net net, String name, NetDevice lower, Integer mtu, Long address,
                                  Opts o) throws KernelException {
        return newlink(kernel, net, name, lower, mtu, address, o, false);
    }

    /** The same for a macvtap ({@code tap}): "macvtap%d" names, as macvtap_newlink after macvlan_common_newlink. */
    public static Macvlan newlink(Kernel kernel, Net net, String name, NetDevice lower, Integer mtu, Long address,
                                  Opts o, boolean tap) throws KernelException {
        if (lower == null) throw new KernelException(Errno.EINVAL);
        if (lower instanceof Macvlan m) lower = m.lowerdev;
        if (mtu != null && mtu > lower.mtu) throw new KernelException(Errno.EINVAL);
        Port port = portOf(lower);
        boolean create = port == null;
        if (create) {
            if (lower.type != Iff.ARPHRD_ETHER || (lower.flags() & Iff.LOOPBACK) != 0) throw new KernelException(Errno.EINVAL);
            // netdev_rx_handler_register: a bridge port (or another upper's lower) is taken
            if (lower.rxHandler != null) throw new KernelException(Errno.EBUSY);
            port = new Port(lower);
        }
        if (port.passthru) throw new KernelException(Errno.EINVAL);
        int mode = o.mode() != null ? o.mode() : MODE_VEPA;
        if (mode == MODE_PASSTHRU && !port.vlans.isEmpty()) throw new KernelException(Errno.EINVAL);
        if (o.macaddrMode() != null && mode != MODE_SOURCE) throw new KernelException(Errno.EINVAL);
        if (o.macaddrMode() != null && (o.macaddrMode() == MACADDR_ADD || o.macaddrMode() == MACADDR_DEL)
                && (o.macaddrs() == null || o.macaddrs().isEmpty()))
            throw new KernelException(Errno.EINVAL);
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        boolean named = name != null;
        if (name == null) name = Kernel.allocName(net, tap ? "macvtap%d" : "macvlan%d");
        Macvlan v = new Macvlan(kernel, name, lower, port, tap);
        if (mtu != null) v.mtu = mtu;
        v.mode = mode;
        if (o.flags() != null) v.flags = o.flags();
        if (address != null) {
            v.addr = address;
            v.addrAssignType = NET_ADDR_SET;
        } else if (mode == MODE_PASSTHRU) {
            // eth_hw_addr_inherit
            v.addr = lower.addr;
            v.addrAssignType = NET_ADDR_STOLEN;
        } else {
            v.addr = kernel.rng.randomMac();
            v.addrAssignType = NET_ADDR_RANDOM;
        }
        v.nameAssignType = named ? NET_NAME_USER : NET_NAME_ENUM;
        if (o.bcQueueLen() != null) v.bcQueueLenReq = (int) (long) o.bcQueueLen();
        if (o.macaddrMode() != null) v.changeSources(o.macaddrMode(), o.macaddrs());
        if (create) {
            lower.rxHandler = Macvlan::handleFrame;
            lower.rxHandlerData = port;
        }
        try {
            kernel.registerNetdevice(net, v);
        } catch (KernelException e) {
            if (create && port.vlans.isEmpty()) destroyPort(port);
            throw e;
        }
        if (mode == MODE_PASSTHRU) port.passthru = true;
        port.vlans.add(v);
        port.updateBcQueueLen();
        v.setCarrierQuiet(lower.carrierOk());
        return v;
    }

    /** netif_stacked_transfer_operstate at creation: the carrier of the lower, without counting a change. */
    private void setCarrierQuiet(boolean on) {
        if (on != carrierOk()) setCarrier(on);
    }

    /**
     * macvlan_changelink: the mode is checked before anything changes (passthru can be neither set
     * nor left), then the flags (a passthru macvlan's nopromisc moves the lower's promiscuity),
     * the mode, the source list.
     */
    public void changelink(Opts o) throws KernelException {
        if (o.mode() != null && (o.mode() == MODE_PASSTHRU) != (mode == MODE_PASSTHRU)) throw new KernelException(Errno.EINVAL);
        if (o.mode() != null && mode == MODE_SOURCE && o.mode() != mode) sources.clear();
        if (o.flags() != null) {
            boolean promiscChange = ((o.flags() ^ flags) & FLAG_NOPROMISC) != 0;
            if (port.passthru && promiscChange && isUp())
                lowerdev.setPromiscuity((o.flags() & FLAG_NOPROMISC) != 0 ? -1 : 1);
            flags = o.flags();
        }
        if (o.mode() != null) mode = o.mode();
        // the source list is checked against the mode now in force: a refused list leaves the new mode set
        if (o.macaddrMode() != null) {
            if (mode != MODE_SOURCE) throw new KernelException(Errno.EINVAL);
            if ((o.macaddrMode() == MACADDR_ADD || o.macaddrMode() == MACADDR_DEL)
                    && (o.macaddrs() == null || o.macaddrs().isEmpty()))
                throw new KernelException(Errno.EINVAL);
            changeSources(o.macaddrMode(), o.macaddrs());
        }
        if (o.bcQueueLen() != null) {
            bcQueueLenReq = (int) (long) o.bcQueueLen();
            port.updateBcQueueLen();
        }
    }

    /**
     * macvlan_eth_hash: hash_64 of the six address bytes (read as the little-endian machine reads
     * them, shifted to drop the two bytes past the address) into MACVLAN_HASH_BITS (8) bits.
     */
    static int ethHash(long mac) {
        long le = 0;
        for (int i = 0; i < 6; i++) le |= ((mac >>> (8 * (5 - i))) & 0xff) << (8 * i);
        long v = le << 16;
        return (int) ((v * 0x61C8864680B583EBL) >>> 56);
    }

    /** macvlan_fill_info_macaddr: bucket by bucket, each bucket newest first (hlist_add_head). */
    List<Long> sourcesInHashOrder() {
        List<Long> l = new ArrayList<>(sources);
        java.util.Collections.reverse(l);
        l.sort(java.util.Comparator.comparingInt(Macvlan::ethHash));
        return l;
    }

    /** macvlan_changelink_sources. */
    private void changeSources(int macMode, List<Long> addrs) {
        switch (macMode) {
            case MACADDR_ADD -> { if (!sources.contains(addrs.get(0))) sources.add(addrs.get(0)); }
            case MACADDR_DEL -> sources.remove(addrs.get(0));
            case MACADDR_FLUSH -> sources.clear();
            default -> {
                sources.clear();
                if (addrs != null) for (long a : addrs) if (!sources.contains(a)) sources.add(a);
            }
        }
    }

    @Override
    public String kind() { return tap ? "macvtap" : "macvlan"; }

    @Override
    protected String defaultQdisc() { return tap ? "pfifo_fast" : "noqueue"; }

    @Override
    public int iflink() { return lowerdev.ifindex(); }

    /** macvlan_get_link_net: the namespace of the lower device. */
    @Override
    public Net linkNet() { return lowerdev.net(); }

    @Override
    public boolean hasLinkNet() { return true; }

    @Override
    public String driverName() { return "macvlan"; }

    @Override
    public String driverVersion() { return "0.1"; }

    @Override
    public LinkKsettings ethtoolLinkKsettings() { return lowerdev.ethtoolLinkKsettings(); }

    /** macvlan_fill_info: mode, flags, the source-list count (and list), the broadcast queue lengths. */
    @Override
    public java.util.SequencedMap<String, Long> linkInfoData() {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("IFLA_MACVLAN_MODE", (long) mode);
        m.put("IFLA_MACVLAN_FLAGS", (long) flags);
        m.put("IFLA_MACVLAN_MACADDR_COUNT", (long) sources.size());
        List<Long> dump = sourcesInHashOrder();
        for (int i = 0; i < dump.size(); i++) m.put("IFLA_MACVLAN_MACADDR." + i, dump.get(i));
        m.put("IFLA_MACVLAN_BC_QUEUE_LEN", Integer.toUnsignedLong(bcQueueLenReq));
        m.put("IFLA_MACVLAN_BC_QUEUE_LEN_USED", Integer.toUnsignedLong(port.bcQueueLenUsed));
        return m;
    }

    // ------------------------------------------------------------------ open / stop

    /**
     * macvlan_open's check before anything changes: the MAC must not be the lower device's or
     * another open macvlan's (a passthru macvlan owns the lower's address).
     */
    @Override
    protected void ndoOpenValidate() throws KernelException {
        if (!port.passthru && port.addrBusy(addr)) throw new KernelException(Errno.EADDRINUSE);
    }

    @Override
    protected void ndoOpen() {
        if (port.passthru) {
            if ((flags & FLAG_NOPROMISC) == 0) lowerdev.setPromiscuity(1);
        } else {
            lowerdev.ucAdd(addr);
            if ((flags() & Iff.ALLMULTI) != 0) lowerdev.setAllmulti(1);
        }
        port.hash.put(addr, this);
        port.synced.add(this);
    }

    @Override
    protected void ndoStop() {
        port.synced.remove(this);
        if (port.passthru) {
            if ((flags & FLAG_NOPROMISC) == 0) lowerdev.setPromiscuity(-1);
        } else {
            if ((flags() & Iff.ALLMULTI) != 0) lowerdev.setAllmulti(-1);
            lowerdev.ucDel(addr);
        }
        port.hash.remove(addr, this);
    }

    /** macvlan_change_mtu: not above the lower device's MTU. */
    @Override
    public void ndoChangeMtu(int newMtu) throws KernelException {
        if (lowerdev.mtu < newMtu) throw new KernelException(Errno.EINVAL);
    }

    /**
     * macvlan_set_mac_address / macvlan_sync_address: a passthru macvlan changes the lower
     * device's address (and follows it); an open one re-hashes, if the address is free.
     */
    @Override
    public boolean ndoSetMacAddress(long newAddr) throws KernelException {
        if (newAddr == addr) return true;
        if (mode == MODE_PASSTHRU) {
            kernel.setMacAddress(lowerdev, newAddr);
            return true;
        }
        // busy even while this macvlan is down: the lower's MAC or an open sibling's
        if (port.addrBusy(newAddr)) throw new KernelException(Errno.EADDRINUSE);
        if (isUp()) {
            lowerdev.ucAdd(newAddr);
            lowerdev.ucDel(addr);
            port.hash.remove(addr, this);
            port.hash.put(newAddr, this);
        }
        return false;
    }

    /** macvlan_uninit / macvlan_dellink: leave the port, which goes with its last macvlan. */
    @Override
    protected void ndoUninit() {
        sources.clear();
        port.vlans.remove(this);
        port.updateBcQueueLen();
        if (mode == MODE_PASSTHRU) port.passthru = false;
        if (port.vlans.isEmpty()) destroyPort(port);
    }

    private static void destroyPort(Port port) {
        if (port.dev.rxHandlerData == port) {
            port.dev.rxHandler = null;
            port.dev.rxHandlerData = null;
        }
    }

    // ------------------------------------------------------------------ notifier

    /** macvlan_device_event: what a change of the lower device means for its macvlans. */
    static void deviceEvent(NetdevEvent ev, NetDevice dev) {
        Port port = portOf(dev);
        if (port == null) return;
        switch (ev) {
            case CHANGE, UP, DOWN -> {
                for (Macvlan v : port.vlans) v.setCarrier(dev.carrierOk());
            }
            case CHANGEMTU -> {
                for (Macvlan v : new ArrayList<>(port.vlans)) {
                    if (v.mtu <= dev.mtu) continue;
                    v.mtu = dev.mtu;
                    v.kernel.notifyEvent(NetdevEvent.CHANGEMTU, v);
                }
            }
            case CHANGEADDR -> {
                if (!port.passthru || port.vlans.isEmpty()) return;
                Macvlan v = port.vlans.get(0);
                if (v.addr != dev.addr) {
                    port.hash.remove(v.addr, v);
                    v.addr = dev.addr;
                    if (v.isUp()) port.hash.put(v.addr, v);
                    v.kernel.notifyEvent(NetdevEvent.CHANGEADDR, v);
                }
            }
            case UNREGISTER -> {
                // a move to another namespace keeps the macvlans; only a lower going away takes them along
                if (!dev.dismantling()) return;
                for (Macvlan v : new ArrayList<>(port.vlans)) v.kernel.unregisterNetdevice(v);
            }
            default -> {}
        }
    }

    // ------------------------------------------------------------------ receive

    /** macvlan_handle_frame: the lower device's rx_handler (skb.data past the Ethernet header). */
    static void handleFrame(SkBuff skb) {
        Port port = (Port) skb.dev.rxHandlerData;
        Kernel kernel = port.dev.kernel;
        long dest = Ethernet.dst(skb.buf, skb.macHeader);
        long src = Ethernet.src(skb.buf, skb.macHeader);
        if (Mac.isMulticast(dest)) {
            forwardSource(skb, port, src);
            Macvlan from = port.lookup(src);
            if (from != null && from.mode != MODE_VEPA && from.mode != MODE_BRIDGE) {
                // a private (or passthru) macvlan's own frame reflected back: to it alone
                if (from.isUp()) {
                    SkBuff c = skb;
                    broadcastOne(c, from, dest, false);
                    from.countRx(c.len + Ethernet.HLEN, kernel.netifRx(c), true);
                }
                return;
            }
            // macvlan_broadcast_enqueue / macvlan_process_broadcast: the copies go on later, the
            // lower device's own stack sees the frame now
            // a source-mode macvlan gets broadcasts only through its source list (macvlan_forward_source)
            int modes = from == null ? MODE_PRIVATE | MODE_VEPA | MODE_PASSTHRU | MODE_BRIDGE
                    : from.mode == MODE_VEPA ? MODE_VEPA | MODE_BRIDGE : MODE_VEPA;
            broadcast(skb, port, from, modes, false, dest);
            kernel.deliver(skb);
            return;
        }
        if (forwardSource(skb, port, src)) return;
        Macvlan vlan = port.passthru ? (port.vlans.isEmpty() ? null : port.vlans.get(0)) : port.lookup(dest);
        if (vlan == null || vlan.mode == MODE_SOURCE) {
            kernel.deliver(skb);
            return;
        }
        if (!vlan.isUp()) return;
        int len = skb.len + Ethernet.HLEN;
        crossTo(skb, vlan);
        skb.pktType = SkBuff.PACKET_HOST;
        vlan.countRx(len, true, false);
        // RX_HANDLER_ANOTHER: the frame goes round again as the macvlan's
        kernel.netifReceiveSkb(skb);
    }

    /** The device changes under a frame: a different namespace forgets route, conntrack and mark (skb_scrub_packet). */
    private static void crossTo(SkBuff skb, NetDevice to) {
        if (skb.dev == null || skb.dev.net() != to.net()) {
            skb.dst = null;
            skb.nfct = null;
            skb.nfctinfo = 0;
            skb.mark = 0;
            skb.sk = null;
        }
        skb.dev = to;
        skb.iif = 0;
    }

    /** macvlan_forward_source: copies to the source-mode macvlans listing the sender; true to consume (nodst). */
    private static boolean forwardSource(SkBuff skb, Port port, long src) {
        boolean consume = false;
        for (Macvlan v : port.vlans) {
            if (v.mode != MODE_SOURCE || !v.sources.contains(src)) continue;
            if ((v.flags & FLAG_NODST) != 0) consume = true;
            if (!v.isUp()) continue;
            SkBuff c = skb.copy();
            int len = c.len + Ethernet.HLEN;
            crossTo(c, v);
            if (Ethernet.dst(c.buf, c.macHeader) == v.addr) c.pktType = SkBuff.PACKET_HOST;
            v.countRx(len, kernel(port).netifRx(c), false);
        }
        return consume;
    }

    private static Kernel kernel(Port p) { return p.dev.kernel; }

    /**
     * macvlan_broadcast: a copy for every open macvlan of the given modes but the sender;
     * {@code local} (from a bridge-mode sender) forwards it as a received frame (__dev_forward_skb),
     * otherwise the copy is re-labelled as the macvlan's.
     */
    private static void broadcast(SkBuff skb, Port port, Macvlan from, int modes, boolean local, long dest) {
        if (skb.protocol == 0x8808) return; // ETH_P_PAUSE
        for (Macvlan v : new ArrayList<>(port.vlans)) {
            if (v == from || !v.isUp() || (v.mode & modes) == 0 || port.hash.get(v.addr) != v) continue;
            SkBuff c = skb.copy();
            int len;
            if (local) {
                // the frame still starts at its Ethernet header: received by the macvlan
                len = c.len;
                crossTo(c, v);
                Eth.typeTrans(c, v);
            } else {
                len = c.len + Ethernet.HLEN;
                broadcastOne(c, v, dest, false);
            }
            v.countRx(len, kernel(port).netifRx(c), true);
        }
    }

    /** macvlan_broadcast_one for a frame already received: it becomes the macvlan's. */
    private static void broadcastOne(SkBuff skb, Macvlan v, long dest, boolean unused) {
        crossTo(skb, v);
        skb.pktType = dest == v.broadcast ? SkBuff.PACKET_BROADCAST : SkBuff.PACKET_MULTICAST;
    }

    /** macvlan_count_rx. */
    private void countRx(int len, boolean ok, boolean multicast) {
        if (!ok) {
            stats.rxErrors++;
            stats.rxDropped++;
            return;
        }
        stats.rxPackets++;
        stats.rxBytes += len;
        if (multicast) stats.multicast++;
    }

    // ------------------------------------------------------------------ transmit

    /**
     * macvlan_start_xmit / macvlan_queue_xmit: a bridge-mode macvlan hands frames for its
     * bridge-mode siblings straight to them (through the lower device's receive path) and copies
     * broadcasts to them; everything else leaves through the lower device.
     */
    @Override
    public void xmit(SkBuff skb) {
        int len = skb.len;
        long dest = Ethernet.dst(skb.buf, skb.data);
        if (mode == MODE_BRIDGE) {
            if (Mac.isMulticast(dest)) {
                skb.protocol = Ethernet.type(skb.buf, skb.data);
                broadcast(skb, port, this, MODE_BRIDGE, true, dest);
            } else {
                Macvlan to = port.lookup(dest);
                if (to != null && to.mode == MODE_BRIDGE) {
                    // dev_forward_skb(lowerdev): received by the lower, whose rx_handler finds the sibling
                    if (!lowerdev.isUp()) {
                        stats.txDropped++;
                        return;
                    }
                    crossTo(skb, lowerdev);
                    Eth.typeTrans(skb, lowerdev);
                    if (kernel.netifRx(skb)) {
                        stats.txPackets++;
                        stats.txBytes += len;
                    } else {
                        stats.txDropped++;
                    }
                    return;
                }
            }
        }
        if (!lowerdev.isUp()) {
            stats.txDropped++;
            return;
        }
        stats.txPackets++;
        stats.txBytes += len;
        skb.dev = lowerdev;
        lowerdev.queueXmit(skb);
    }
}
