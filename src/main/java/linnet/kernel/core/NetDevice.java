package linnet.kernel.core;

/**
 * A network device (struct net_device). Drivers subclass it and implement {@link #xmit};
 * the generic state (flags, carrier, MTU, addresses, counters) and its rules live here.
 */
public abstract class NetDevice {
    /** NET_ADDR_* (addr_assign_type) and NET_NAME_* (name_assign_type). */
    public static final int NET_ADDR_PERM = 0, NET_ADDR_RANDOM = 1, NET_ADDR_STOLEN = 2, NET_ADDR_SET = 3;
    public static final int NET_NAME_UNKNOWN = 0, NET_NAME_ENUM = 1, NET_NAME_PREDICTABLE = 2,
            NET_NAME_USER = 3, NET_NAME_RENAMED = 4;

    public final Kernel kernel;
    Net net;
    int ifindex;
    String name;
    /** IFF_* flags the user controls (UP, ...) plus the static ones of the device type. */
    int flags;
    /** Carrier starts on, as for a freshly allocated net_device; drivers turn it off. */
    boolean carrier = true;
    boolean registered;
    public int mtu;
    public int minMtu = 68;
    public int maxMtu = 65535;
    public long addr;
    public long broadcast = 0xffff_ffff_ffffL;
    public int addrLen = 6;
    public int type = Iff.ARPHRD_ETHER;
    public int txQueueLen = 1000;
    public int addrAssignType = NET_ADDR_PERM;
    public int nameAssignType = NET_NAME_UNKNOWN;
    public int group;
    /** dev->ifalias (IFLA_IFALIAS, sysfs ifalias): null when unset. */
    public String ifalias;
    /** The NAPI knobs of sysfs (gro_flush_timeout in ns, napi_defer_hard_irqs): stored, not used. */
    public long groFlushTimeout;
    public int napiDeferHardIrqs;
    /** dev->promiscuity: how many users asked for promiscuous mode (a bridge port is one). */
    public int promiscuity;
    /** dev->allmulti: how many users asked for all multicast frames (a bridge port is one). */
    public int allmulti;
    /** dev->gflags: the PROMISC/ALLMULTI the user set; dev_get_flags reports these, not the counters. */
    int gflags;
    /** dev->num_tx_queues / num_rx_queues: fixed when the device is allocated (alloc_netdev_mqs). */
    public int numTxQueues = 1, numRxQueues = 1;
    /**
     * real_num_tx_queues / real_num_rx_queues: the queues in use (and in sysfs queues/). A veth
     * allocates one pair per CPU but uses one unless told otherwise (veth_init_queues).
     */
    public int realNumTxQueues = 1, realNumRxQueues = 1;
    /** What was written to queues/Q/FILE (steering is not emulated), by "Q/FILE". */
    public final java.util.Map<String, String> queueAttrs = new java.util.HashMap<>();
    /** dev->tso_max_size: TSO_LEGACY_MAX_SIZE unless the driver raises it (netif_set_tso_max_size). */
    public int tsoMaxSize = TSO_LEGACY_MAX_SIZE;
    /** IFNAMSIZ: a device name (and an address label) is shorter than this. */
    public static final int IFNAMSIZ = 16, IFALIASZ = 256;

    /** dev_valid_name: non-empty, shorter than IFNAMSIZ, not "." or "..", no '/', ':' or white space. */
    public static boolean validName(String n) {
        if (n.isEmpty() || n.length() >= IFNAMSIZ || n.equals(".") || n.equals("..")) return false;
        for (char c : n.toCharArray()) if (c == '/' || c == ':' || Character.isWhitespace(c)) return false;
        return true;
    }
    public static final int TSO_LEGACY_MAX_SIZE = 65536, TSO_MAX_SIZE = 524280;
    /** The root qdisc (dev->qdisc): noop until the device is first opened, then its default or what tc set. */
    public Qdisc qdisc = new SchGeneric.Noop(this);
    /** The ingress qdisc tc added, or null. */
    public Qdisc ingressQdisc;
    /** The counters the data path adds to; readers use {@link #settledStats}, which includes what a bridge's flood owes. */
    public final LinkStats stats = new LinkStats();
    /** What a bridge's flood still owes these counters (null: nothing); see {@link #settledStats}. */
    public DeferredStats deferredStats;
    /** dev->uc and the user part of dev->mc (what `bridge fdb add ... self` adds). */
    public final DevAddrLists addrLists = new DevAddrLists();
    /** Times the carrier went up / down (carrier_up_count, carrier_down_count). */
    public int carrierUpCount, carrierDownCount;
    /** The upper device this one is enslaved to (a bridge), or null. */
    public NetDevice master;
    /** Protocol-private state, as dev->ip_ptr / dev->ip6_ptr: owned by kernel.ipv4 / kernel.ipv6. */
    public Object ipPtr, ip6Ptr;
    /** dev->vlan_info: the 802.1Q devices on this one (owned by kernel.drivers.Vlan), or null. */
    public Object vlanInfo;
    /** The rx_handler of an upper device (bridge port hook), or null. */
    public PacketHandler rxHandler;
    public Object rxHandlerData;

    /**
     * The feature sets (NetdevFeatures bits): what the user may toggle (hw_features), what is on
     * (features), what the user asked for (wanted_features). A driver's setup fills hwFeatures and
     * features; registration derives the rest.
     */
    protected long hwFeatures, features, wantedFeatures;

    protected NetDevice(Kernel kernel, String name) {
        this.kernel = kernel;
        this.name = name;
    }

    public long hwFeatures() { return hwFeatures; }

    public long features() { return features; }

    public long wantedFeatures() { return wantedFeatures; }

    /**
     * register_netdevice's feature part: the software offloads become toggleable (GSO and GRO
     * on, GRO fraglist and UDP GRO forwarding off), TSO brings its IP-ID mangling variant, every
     * device but lo may toggle tx-nocache-copy; what is on and toggleable is what is wanted.
     */
    void registerFeatures() {
        hwFeatures |= NetdevFeatures.SOFT_FEATURES | NetdevFeatures.SOFT_FEATURES_OFF;
        features |= NetdevFeatures.SOFT_FEATURES;
        if (NetdevFeatures.has(hwFeatures, NetdevFeatures.TSO)) hwFeatures |= NetdevFeatures.f(NetdevFeatures.TSO_MANGLEID);
        if ((flags & Iff.LOOPBACK) == 0) hwFeatures |= NetdevFeatures.f(NetdevFeatures.NOCACHE_COPY);
        wantedFeatures = features & hwFeatures & ~initiallyUnwanted();
        updateFeatures();
    }

    /** Toggleable features a driver turns off right after registering (veth: GRO until XDP or the user asks). */
    protected long initiallyUnwanted() { return 0; }

    /** ndo_fix_features: the driver's own restrictions on a requested set (default: none). */
    protected long ndoFixFeatures(long requested) { return requested; }

    /**
     * netdev_set_wanted (ethtool's set request): the toggleable bits of {@code wanted} become
     * the user's wish; the others keep what the driver set.
     */
    public void setWantedFeatures(long wanted) {
        wantedFeatures = (wantedFeatures & ~hwFeatures) | (wanted & hwFeatures);
        updateFeatures();
    }

    /**
     * __netdev_update_features + netdev_features_change: what is on is recomputed from what is
     * wanted and the fixed bits, through the driver's and the generic dependency rules; a change
     * is announced (NETDEV_FEAT_CHANGE) so upper devices recompute theirs.
     */
    public boolean updateFeatures() {
        long f = (features & ~hwFeatures) | wantedFeatures;
        f = NetdevFeatures.fix(ndoFixFeatures(f));
        if (f == features) return false;
        features = f;
        if (registered) kernel.notify(NetdevEvent.FEAT_CHANGE, this);
        return true;
    }

    // ------------------------------------------------------------------ identity

    public Net net() { return net; }

    public int ifindex() { return ifindex; }

    public String name() { return name; }

    /** The rtnl_link_ops kind ("veth", "bridge", ...) or null for devices without one (lo). */
    public abstract String kind();

    /** dev_get_iflink(): the ifindex of the lower/peer device, or our own ifindex. */
    public int iflink() { return ifindex; }

    /** The namespace of the device {@link #iflink()} refers to (rtnl_link_ops->get_link_net). */
    public Net linkNet() { return net; }

    /** Whether this device reports IFLA_LINK_NETNSID (it has get_link_net). */
    public boolean hasLinkNet() { return false; }

    /** Whether the device can be moved to another namespace (NETIF_F_NETNS_LOCAL clear). */
    public boolean netnsLocal() { return false; }

    // ------------------------------------------------------------------ flags and state

    public int flags() { return flags; }

    public boolean isUp() { return (flags & Iff.UP) != 0; }

    public boolean carrierOk() { return carrier; }

    /**
     * Flags as dev_get_flags() reports them: RUNNING/LOWER_UP follow the operational state, and
     * PROMISC/ALLMULTI are the user's (gflags), so a bridge port does not look promiscuous.
     */
    public int reportedFlags() {
        int f = flags & ~(Iff.RUNNING | Iff.LOWER_UP | Iff.DORMANT | Iff.PROMISC | Iff.ALLMULTI);
        f |= gflags & (Iff.PROMISC | Iff.ALLMULTI);
        if (isUp() && carrier) f |= Iff.RUNNING | Iff.LOWER_UP;
        return f;
    }

    /** Whether this device type tracks carrier; devices that don't (lo) stay "UNKNOWN" when up. */
    protected boolean tracksCarrier() { return true; }

    /**
     * default_operstate's verdict for this device while it is UP without carrier, as linkwatch
     * last computed it: the kernel stores dev->operstate when a linkwatch event runs (carrier
     * change, open, close) and reports that until the next one, so a later change elsewhere
     * (the veth peer moving to another namespace) does not change what is reported.
     */
    private Iff.Oper noCarrierOper = Iff.Oper.DOWN;

    private boolean linkwatchPending;

    /**
     * linkwatch_fire_event: the verdict is computed by the link watcher after the change that
     * fired it has completed (a work item, not the caller), so `ip link set PEER netns NS`
     * leaves the peer gone by the time this end's state is decided.
     */
    private void linkwatch() {
        if (linkwatchPending) return;
        linkwatchPending = true;
        kernel.loop.schedule(0, () -> {
            linkwatchPending = false;
            linkwatchRun();
        });
    }

    /** linkwatch_do_dev → rfc2863_policy for this device: fixes the carrier-less verdict now. */
    private void linkwatchRun() {
        int link = iflink();
        if (link == ifindex) {
            noCarrierOper = Iff.Oper.DOWN;
            return;
        }
        // Linux looks the lower device up by index in the device's OWN namespace, even when
        // the peer lives elsewhere: a veth whose peer left reports DOWN, not LOWERLAYERDOWN.
        NetDevice peer = net == null ? null : net.byIndex(link);
        noCarrierOper = peer == null || peer.operUp() ? Iff.Oper.DOWN : Iff.Oper.LOWERLAYERDOWN;
    }

    /** The operstate rtnetlink reports (default_operstate(); DOWN while not running). */
    public Iff.Oper operstate() {
        if (!isUp()) return Iff.Oper.DOWN;
        if (!tracksCarrier()) return Iff.Oper.UNKNOWN;
        if (carrier) return Iff.Oper.UP;
        return noCarrierOper;
    }

    /** netif_oper_up(): operstate UP or UNKNOWN. */
    public boolean operUp() {
        Iff.Oper o = operstate();
        return o == Iff.Oper.UP || o == Iff.Oper.UNKNOWN;
    }

    /** netif_carrier_on/off: counts transitions and tells the protocols (linkwatch). */
    public void setCarrier(boolean on) {
        if (carrier == on) return;
        carrier = on;
        if (on) carrierUpCount++;
        else carrierDownCount++;
        linkwatch();
        if (registered) kernel.notify(NetdevEvent.CHANGE, this);
    }

    /** dev_open: the driver's open, then the protocols learn it is UP. */
    public void open() {
        if (isUp()) return;
        flags |= Iff.UP;
        if (qdisc instanceof SchGeneric.Noop) qdisc = SchGeneric.createDefault(this, defaultQdisc());
        ndoOpen();
        // dev_open -> dev_set_rx_mode: the filters (and a uc list's promiscuity) are applied now
        if (ucPromisc || !addrLists.uc.isEmpty()) setRxMode();
        linkwatch();
        kernel.notify(NetdevEvent.UP, this);
    }

    /** __dev_set_promiscuity: IFF_PROMISC is on while anyone (user or bridge) holds a reference. */
    public void setPromiscuity(int inc) {
        promiscuity += inc;
        if (promiscuity > 0) flags |= Iff.PROMISC;
        else flags &= ~Iff.PROMISC;
    }

    /** __dev_set_allmulti: IFF_ALLMULTI is on while anyone holds a reference. */
    public void setAllmulti(int inc) {
        allmulti += inc;
        if (allmulti > 0) flags |= Iff.ALLMULTI;
        else flags &= ~Iff.ALLMULTI;
    }

    /** While a NETDEV_CHANGE for a flags change is delivered: the bits that changed (netdev_notifier_change_info). */
    public int flagsChanged;

    /** The bits of dev->flags a user may set directly (the mask of __dev_change_flags). */
    static final int USER_FLAGS = Iff.DEBUG | Iff.NOTRAILERS | Iff.NOARP | Iff.DYNAMIC | Iff.MULTICAST
            | Iff.PORTSEL | Iff.AUTOMEDIA;

    /**
     * dev_change_flags without UP (the caller opens or closes): the plain user bits are copied,
     * PROMISC/ALLMULTI toggle the user's reference (gflags) on the counters.
     */
    public void changeFlags(int newFlags) {
        int old = flags;
        flags = (newFlags & USER_FLAGS) | (flags & ~USER_FLAGS);
        int changed = (old ^ flags) & USER_FLAGS;
        if (changed != 0 && registered()) {
            // __dev_notify_flags: NETDEV_CHANGE with the changed bits for the listeners.
            flagsChanged = changed;
            kernel.notify(NetdevEvent.CHANGE, this);
            flagsChanged = 0;
        }
        if (((newFlags ^ gflags) & Iff.PROMISC) != 0) {
            gflags ^= Iff.PROMISC;
            setPromiscuity((newFlags & Iff.PROMISC) != 0 ? 1 : -1);
        }
        if (((newFlags ^ gflags) & Iff.ALLMULTI) != 0) {
            gflags ^= Iff.ALLMULTI;
            setAllmulti((newFlags & Iff.ALLMULTI) != 0 ? 1 : -1);
        }
    }

    /** dev_close. */
    public void close() {
        if (!isUp()) return;
        kernel.notify(NetdevEvent.GOING_DOWN, this);
        flags &= ~Iff.UP;
        // dev_deactivate: what the qdisc still holds is freed
        qdisc.reset();
        ndoStop();
        linkwatch();
        kernel.notify(NetdevEvent.DOWN, this);
    }

    /** The qdisc attached on first open: noqueue for virtual devices, as Linux does for txqueuelen-less or IFF_NO_QUEUE ones. */
    protected String defaultQdisc() { return "noqueue"; }

    /** The kind {@link #defaultQdisc()} names (for the qdisc API putting the default back). */
    public final String defaultQdiscKind() { return defaultQdisc(); }

    protected void ndoOpen() {}

    /**
     * The part of ndo_open that can fail, checked before anything changes (a macvlan whose MAC is
     * taken): __dev_open leaves the device down and unchanged when it throws.
     */
    protected void ndoOpenValidate() throws KernelException {}

    /** dev_open as rtnetlink and ioctls call it: the driver may refuse (its errno), else {@link #open()}. */
    public void openChecked() throws KernelException {
        if (isUp()) return;
        ndoOpenValidate();
        open();
    }

    /** ndo_change_mtu's own check (after dev_validate_mtu's range): a macvlan not above its lower. */
    public void ndoChangeMtu(int newMtu) throws KernelException {}

    /**
     * ndo_set_mac_address beyond eth_mac_addr: the driver's checks and side effects before the
     * address changes; true when the driver has done the change itself (a passthru macvlan sets
     * its lower device, and follows it).
     */
    public boolean ndoSetMacAddress(long newAddr) throws KernelException { return false; }

    /** Whether the device filters unicast addresses itself (IFF_UNICAST_FLT); without, a uc list makes it promiscuous. */
    protected boolean unicastFilter() { return false; }

    /** dev->uc_promisc: the promiscuity reference __dev_set_rx_mode took for a non-empty uc list. */
    private boolean ucPromisc;

    /** dev_uc_add (refcounted: the same address twice is listed twice), then the rx mode. */
    public void ucAdd(long a) {
        addrLists.uc.add(a);
        setRxMode();
    }

    /** dev_uc_del: one reference of the address goes. */
    public void ucDel(long a) {
        addrLists.uc.remove(Long.valueOf(a));
        setRxMode();
    }

    /**
     * __dev_set_rx_mode: only while up, a device without a unicast filter is promiscuous exactly
     * while its uc list is non-empty (one reference, however many addresses).
     */
    public void setRxMode() {
        if (!isUp() || unicastFilter()) return;
        boolean want = !addrLists.uc.isEmpty();
        if (want && !ucPromisc) {
            ucPromisc = true;
            setPromiscuity(1);
        } else if (!want && ucPromisc) {
            ucPromisc = false;
            setPromiscuity(-1);
        }
    }

    /** reg_state NETREG_UNREGISTERING: set while the device is being unregistered (not merely moved). */
    boolean dismantle;

    public boolean dismantling() { return dismantle; }

    protected void ndoStop() {}

    /** Called when the device is unregistered (ndo_uninit / dellink). */
    protected void ndoUninit() {}

    /**
     * rtnl_link_ops->fill_info: the IFLA_INFO_DATA attributes of the device's kind, by their
     * IFLA_* name, in the order the driver puts them; empty when the kind has none.
     */
    public java.util.SequencedMap<String, Long> linkInfoData() { return new java.util.LinkedHashMap<>(); }

    /** ethtool -S: the driver's statistics names and values (ndo get_ethtool_stats), or null if none. */
    public java.util.List<java.util.Map.Entry<String, Long>> ethtoolStats() { return null; }

    /** SPEED_UNKNOWN (-1) and DUPLEX_UNKNOWN (0xff) from include/uapi/linux/ethtool.h. */
    public static final int SPEED_UNKNOWN = -1, DUPLEX_HALF = 0, DUPLEX_FULL = 1, DUPLEX_UNKNOWN = 0xff;
    /** ethtool port types (PORT_TP = 0x00, PORT_OTHER = 0xff). */
    public static final int PORT_TP = 0x00, PORT_OTHER = 0xff;

    /**
     * The base part of struct ethtool_link_ksettings that virtual drivers fill in: speed in Mb/s
     * (SPEED_UNKNOWN when none), duplex and port type.
     */
    public record LinkKsettings(int speed, int duplex, int port) {}

    /**
     * ethtool_ops->get_link_ksettings, or null when the driver has none (lo): the one place the
     * link speed lives, read by ethtool, by sysfs speed/duplex and by the bridge's port cost.
     */
    public LinkKsettings ethtoolLinkKsettings() { return null; }

    /** Whether the driver has ethtool_ops->get_msglevel (tun does, veth does not), and its value. */
    public Integer ethtoolMsglevel() { return null; }

    /** ethtool -i: the driver name. */
    public String driverName() { return kind(); }

    /** ethtool -i: the driver's version string (DRV_VERSION; "1.0" for veth and most virtual drivers). */
    public String driverVersion() { return "1.0"; }

    /** ethtool -i: bus_info (empty for virtual devices without a bus). */
    public String busInfo() { return ""; }

    /** ethtool -i: fw_version (empty unless the driver fills it; the bridge says "N/A"). */
    public String firmwareVersion() { return ""; }

    /**
     * Whether ethtool_ops->get_drvinfo exists; without it (loopback: no driver, no parent
     * device) ETHTOOL_GDRVINFO fails with EOPNOTSUPP.
     */
    public boolean hasDrvinfo() { return true; }

    /**
     * ethtool_ops->get_channels: {max rx, max tx, rx, tx} (other/combined not reported), or
     * null when the driver has no such op.
     */
    public int[] ethtoolChannels() { return null; }

    /**
     * Whether opening the device joins the multicast-router-discovery "all-snoopers" groups
     * (224.0.0.106, ff02::6a) as a bridge with multicast snooping does (br_multicast_join_snoopers);
     * the IPv4 and IPv6 layers then report them.
     */
    public boolean joinsAllSnoopers() { return false; }

    /** The driver's own sysfs attribute group (dev->sysfs_groups[0], e.g. tun's tun_flags): the file names. */
    public java.util.List<String> sysfsGroupAttrs() { return java.util.List.of(); }

    /** Reads one attribute of {@link #sysfsGroupAttrs()}, with its newline; null if the driver has no such file. */
    public String sysfsGroupRead(String attr) { return null; }

    // ------------------------------------------------------------------ data path

    /** dev_queue_xmit: through this device's qdisc to its driver; NET_XMIT_SUCCESS, DROP or CN. */
    public int queueXmit(SkBuff skb) {
        SkbTracer t = net.kernel.tracer;
        if (t != null) t.step(skb, net, this, SkbTracer.Kind.XMIT, null);
        return SchGeneric.devQueueXmit(this, skb);
    }

    /** The counters as they stand, with what a bridge's flood still owed them paid in: what readers use. */
    public LinkStats settledStats() {
        DeferredStats d = deferredStats;
        if (d != null) d.settle();
        return stats;
    }

    /**
     * The device at the other end of a pair whose every transmitted frame it receives (a veth's
     * peer), or null. Only for following events from one end to the other.
     */
    public NetDevice pairedDevice() { return null; }

    /**
     * The device that receives what this one transmits, when transmitting costs nothing but the
     * two ends' tx/rx packet and byte counters (a veth pair, up, with carrier, no qdisc queueing):
     * then {@link #countPairedXmit} stands for sending. Null otherwise.
     */
    public NetDevice quietPeer() { return null; }

    /** The counters {@code frames} frames of {@code bytes} bytes in all leave when sent to {@link #quietPeer}. */
    public void countPairedXmit(long frames, long bytes) {}

    /** The counter {@code frames} frames to {@link #quietPeer} leave when the peer's backlog refuses them. */
    public void countPairedXmitDropped(long frames) {}

    /** ndo_start_xmit: the frame in {@code skb} (starting at its MAC header) leaves through this device. */
    public abstract void xmit(SkBuff skb);

    /** Length of the link-layer header this device puts in front of a packet. */
    public int hardHeaderLen() { return 14; }

    // ------------------------------------------------------------------ package-private setters

    void setIfindex(int i) { ifindex = i; }

    void setNet(Net n) { net = n; }

    void setName(String n) { name = n; }

    void setRegistered(boolean r) { registered = r; }

    public boolean registered() { return registered; }

    /** Sets the static flags of the device type (BROADCAST|MULTICAST, LOOPBACK, NOARP, ...). */
    protected void initFlags(int f) { flags = f; }

    public void setFlagBits(int mask, boolean on) {
        if (on) flags |= mask;
        else flags &= ~mask;
    }

    @Override
    public String toString() { return name + "(" + ifindex + ")"; }
}
