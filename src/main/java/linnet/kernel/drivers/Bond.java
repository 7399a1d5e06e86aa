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
 * A bonding master (drivers/net/bonding: bond_main.c, bond_options.c, bond_netlink.c,
 * bond_procfs.c). Slaves join with `ip link set DEV master BOND` (they must be down; they take the
 * bond's MAC and MTU and are opened by the bond), leave with nomaster. Transmit by mode:
 * active-backup (the active slave), balance-rr (round robin), broadcast (every slave),
 * balance-xor / 802.3ad / tlb / alb (a layer2 hash over the usable slaves; LACP itself is not
 * spoken). The MII monitor (miimon ms) follows the slaves' carrier with updelay/downdelay and
 * fails over to another slave when the active one goes down.
 */
public final class Bond extends NetDevice {
    public static final int MODE_ROUNDROBIN = 0, MODE_ACTIVEBACKUP = 1, MODE_XOR = 2, MODE_BROADCAST = 3, MODE_8023AD = 4,
            MODE_TLB = 5, MODE_ALB = 6;
    static final String[] MODE_NAMES = {"load balancing (round-robin)", "fault-tolerance (active-backup)",
        "load balancing (xor)", "fault-tolerance (broadcast)", "IEEE 802.3ad Dynamic link aggregation",
        "transmit load balancing", "adaptive load balancing"};
    /** BOND_LINK_* of a slave's MII state. */
    public static final int LINK_UP = 0, LINK_FAIL = 1, LINK_DOWN = 2, LINK_BACK = 3;
    public static final int STATE_ACTIVE = 0, STATE_BACKUP = 1;

    /** The IFLA_BOND_* options by their kernel option name (null values are absent); slave devices by ifindex. */
    public record Opts(java.util.SequencedMap<String, Long> values) {}

    /** struct slave. */
    public static final class Slave {
        public final NetDevice dev;
        public int link = LINK_UP;
        public int state = STATE_BACKUP;
        public int linkFailureCount;
        public final long permHwaddr;
        final int originalMtu;
        int delay;
        public int queueId;
        public int adAggregatorId;

        Slave(NetDevice dev) {
            this.dev = dev;
            this.permHwaddr = dev.addr;
            this.originalMtu = dev.mtu;
        }
    }

    /** struct bond_params (the options kept as the kernel keeps them; delays in miimon units). */
    int mode = MODE_ROUNDROBIN;
    int miimon, updelay, downdelay, peerNotifDelay;
    int useCarrier = 1, arpInterval, missedMax = 2, arpValidate, arpAllTargets, primaryReselect, failOverMac, xmitPolicy;
    int resendIgmp = 1, numPeerNotif = 1, allSlavesActive, minLinks, lpInterval = 1, packetsPerSlave = 1;
    int lacpActive = 1, lacpRate, adSelect, adActorSysPrio = 65535, adUserPortKey, tlbDynamicLb = 1;
    long adActorSystem;
    final List<Integer> arpTargets = new ArrayList<>();
    /** params.primary: the name of the primary slave (kept even while it is no slave). */
    String primaryName = "";

    public final List<Slave> slaves = new ArrayList<>();
    Slave currActive, primary;
    private int rrCounter;
    private linnet.sim.EventLoop.Timer miiTimer;

    private Bond(Kernel kernel, String name) {
        super(kernel, name);
        // bond_setup: ether_setup, IFF_MASTER, IFF_NO_QUEUE, 16 queues (tx_queues)
        initFlags(Iff.BROADCAST | Iff.MULTICAST | Iff.MASTER);
        mtu = 1500;
        minMtu = 68;
        maxMtu = 65535;
        numTxQueues = numRxQueues = 16;
        tsoMaxSize = TSO_MAX_SIZE;
    }

    /** bonding_init: the slaves' events. */
    public static void init(Kernel kernel) { kernel.registerNotifier(Bond::deviceEvent); }

    public int mode() { return mode; }

    public Slave currActive() { return currActive; }

    public static Slave slaveOf(NetDevice dev) {
        return dev.master instanceof Bond b ? b.find(dev) : null;
    }

    Slave find(NetDevice dev) {
        for (Slave s : slaves) if (s.dev == dev) return s;
        return null;
    }

    boolean usesPrimary() { return mode == MODE_ACTIVEBACKUP || mode == MODE_TLB || mode == MODE_ALB; }

    boolean usesXmitHash() { return mode == MODE_XOR || mode == MODE_8023AD || mode == MODE_TLB || mode == MODE_ALB; }

    /** bond_newlink: the options (bond_changelink), then registration; the "bond%d" name when none is given. */
    public static Bond newlink(Kernel kernel, Net net, String name, Long address, Opts o) throws KernelException {
        boolean named = name != null;
        if (!named) name = Kernel.allocName(net, "bond%d");
        Bond b = new Bond(kernel, name);
        if (address != null) {
            b.addr = address;
            b.addrAssignType = NET_ADDR_SET;
        } else {
            b.addr = kernel.rng.randomMac();
            b.addrAssignType = NET_ADDR_RANDOM;
        }
        b.nameAssignType = named ? NET_NAME_USER : NET_NAME_ENUM;
        b.net0 = net;
        b.changelink(o);
        kernel.registerNetdevice(net, b);
        b.setCarrier(false);
        return b;
    }

    private Net net0;

    private Net ns() { return net() != null ? net() : net0; }

    /** The modes in which an option may not be set (the option table's unsuppmodes). */
    private static int unsupported(String opt) {
        int all = 0x7f;
        return switch (opt) {
            case "active_slave", "primary", "primary_reselect" -> all & ~((1 << MODE_ACTIVEBACKUP) | (1 << MODE_TLB) | (1 << MODE_ALB));
            case "lacp_rate", "ad_select", "ad_actor_sys_prio", "ad_user_port_key", "ad_actor_system", "lacp_active" ->
                    all & ~(1 << MODE_8023AD);
            case "packets_per_slave" -> all & ~(1 << MODE_ROUNDROBIN);
            case "tlb_dynamic_lb" -> all & ~(1 << MODE_TLB);
            case "arp_interval", "arp_ip_target" -> (1 << MODE_8023AD) | (1 << MODE_TLB) | (1 << MODE_ALB);
            case "lp_interval" -> 0;
            default -> 0;
        };
    }

    /** Options settable only while the bond is down (IFDOWN) / without slaves (NOSLAVES). */
    private static boolean ifdown(String opt) {
        return opt.equals("mode") || opt.equals("ad_select") || opt.equals("tlb_dynamic_lb") || opt.equals("lacp_rate")
                || opt.equals("ad_actor_sys_prio") || opt.equals("ad_user_port_key") || opt.equals("ad_actor_system")
                || opt.equals("lacp_active");
    }

    private static boolean noslaves(String opt) { return opt.equals("mode") || opt.equals("fail_over_mac"); }

    /**
     * bond_changelink: each option in the kernel's order through __bond_opt_set (mode dependency,
     * no slaves, bond down), stopping at the first failure; what came before stays set.
     */
    public void changelink(Opts o) throws KernelException {
        if (o == null) return;
        for (var e : o.values().entrySet()) {
            String opt = e.getKey();
            long v = e.getValue();
            int newMode = opt.equals("mode") ? (int) v : mode;
            if ((unsupported(opt) & (1 << mode)) != 0 && !opt.equals("mode"))
                throw new KernelException(Errno.EACCES, "option not supported in mode");
            if (noslaves(opt) && !slaves.isEmpty()) throw new KernelException(Errno.ENOTEMPTY);
            if (ifdown(opt) && isUp()) throw new KernelException(Errno.EBUSY);
            set(opt, v, newMode);
        }
    }

    private void set(String opt, long v, int newMode) throws KernelException {
        switch (opt) {
            case "mode" -> {
                if (v < 0 || v > 6) throw new KernelException(Errno.EINVAL);
                // bond_option_mode_set: the ARP monitor does not go with the modes that need MII
                if ((v == MODE_8023AD || v == MODE_TLB || v == MODE_ALB) && arpInterval != 0) arpInterval = 0;
                if ((v == MODE_8023AD || v == MODE_TLB || v == MODE_ALB) && miimon == 0) miimon = 100;
                if (v == MODE_ALB) tlbDynamicLb = 1;
                // arp_validate is not kept across modes
                arpValidate = 0;
                mode = (int) v;
            }
            case "active_slave" -> setActiveSlave((int) v);
            case "miimon" -> {
                miimon = (int) v;
                if (v != 0 && arpInterval != 0) arpInterval = 0;
                if (isUp()) startMii();
            }
            // bond_option_updelay_set & co: delays need the MII monitor; kept in its rounds (rounded down)
            case "updelay" -> {
                if (miimon == 0) throw new KernelException(Errno.EPERM);
                updelay = (int) (v / miimon);
            }
            case "downdelay" -> {
                if (miimon == 0) throw new KernelException(Errno.EPERM);
                downdelay = (int) (v / miimon);
            }
            case "peer_notif_delay" -> {
                if (miimon == 0) throw new KernelException(Errno.EPERM);
                peerNotifDelay = (int) (v / miimon);
            }
            case "use_carrier" -> {
                if (v > 1) throw new KernelException(Errno.EINVAL);
                useCarrier = (int) v;
            }
            case "arp_interval" -> {
                arpInterval = (int) v;
                if (v != 0) miimon = 0;
            }
            case "arp_validate" -> arpValidate = (int) v;
            case "arp_all_targets" -> arpAllTargets = (int) v;
            case "primary" -> setPrimary((int) v);
            case "primary_reselect" -> primaryReselect = (int) v;
            case "fail_over_mac" -> failOverMac = (int) v;
            case "xmit_hash_policy" -> xmitPolicy = (int) v;
            case "resend_igmp" -> {
                if (v > 255) throw new KernelException(Errno.EINVAL);
                resendIgmp = (int) v;
            }
            case "num_peer_notif" -> numPeerNotif = (int) v;
            case "all_slaves_active" -> {
                if (v > 1) throw new KernelException(Errno.EINVAL);
                allSlavesActive = (int) v;
            }
            case "min_links" -> minLinks = (int) v;
            case "lp_interval" -> {
                if (v < 1) throw new KernelException(Errno.EINVAL);
                lpInterval = (int) v;
            }
            case "packets_per_slave" -> {
                if (v > 65535) throw new KernelException(Errno.EINVAL);
                packetsPerSlave = (int) v;
            }
            case "lacp_active" -> lacpActive = (int) v;
            case "lacp_rate" -> lacpRate = (int) v;
            case "ad_select" -> adSelect = (int) v;
            case "ad_actor_sys_prio" -> {
                if (v < 1 || v > 65535) throw new KernelException(Errno.EINVAL);
                adActorSysPrio = (int) v;
            }
            case "ad_user_port_key" -> {
                if (v > 1023) throw new KernelException(Errno.EINVAL);
                adUserPortKey = (int) v;
            }
            case "ad_actor_system" -> {
                if (Mac.isMulticast(v) || v == 0) throw new KernelException(Errno.EINVAL);
                adActorSystem = v;
            }
            case "tlb_dynamic_lb" -> tlbDynamicLb = (int) v;
            case "arp_missed_max" -> {
                if (v < 1) throw new KernelException(Errno.EINVAL);
                missedMax = (int) v;
            }
            default -> {
                if (opt.startsWith("arp_ip_target.")) {
                    if (opt.equals("arp_ip_target.0")) arpTargets.clear();
                    if (!arpTargets.contains((int) v) && arpTargets.size() < 16) arpTargets.add((int) v);
                }
            }
        }
    }

    /** bond_option_active_slave_set: 0 clears; the device must be an up slave of this bond. */
    private void setActiveSlave(int ifindex) throws KernelException {
        if (ifindex == 0) {
            currActive = null;
            return;
        }
        NetDevice d = ns().byIndex(ifindex);
        Slave s = d == null ? null : find(d);
        if (s == null) throw new KernelException(Errno.EINVAL);
        if (s == currActive) return;
        if (!d.isUp() || s.link != LINK_UP) throw new KernelException(Errno.EINVAL);
        changeActive(s);
    }

    /** bond_option_primary_set: by name; the slave of that name (if any) becomes primary. */
    private void setPrimary(int ifindex) {
        NetDevice d = ns().byIndex(ifindex);
        primaryName = d == null ? "" : d.name();
        primary = d == null ? null : find(d);
        if (primary != null && isUp()) selectActive();
    }

    @Override
    public String kind() { return "bond"; }

    @Override
    public String driverName() { return "bonding"; }

    @Override
    public String driverVersion() { return linnet.kernel.core.Uts.RELEASE; }

    /** bond_fill_info, in the kernel's order, by option name. */
    @Override
    public java.util.SequencedMap<String, Long> linkInfoData() {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("mode", (long) mode);
        if (usesPrimary() && currActive != null) m.put("active_slave", (long) currActive.dev.ifindex());
        m.put("miimon", (long) miimon);
        m.put("updelay", (long) updelay * miimon);
        m.put("downdelay", (long) downdelay * miimon);
        m.put("peer_notif_delay", (long) peerNotifDelay * miimon);
        m.put("use_carrier", (long) useCarrier);
        m.put("arp_interval", (long) arpInterval);
        for (int i = 0; i < arpTargets.size(); i++) m.put("arp_ip_target." + i, Integer.toUnsignedLong(arpTargets.get(i)));
        m.put("arp_validate", (long) arpValidate);
        m.put("arp_all_targets", (long) arpAllTargets);
        if (primary != null) m.put("primary", (long) primary.dev.ifindex());
        m.put("primary_reselect", (long) primaryReselect);
        m.put("fail_over_mac", (long) failOverMac);
        m.put("xmit_hash_policy", (long) xmitPolicy);
        m.put("resend_igmp", (long) resendIgmp);
        m.put("num_peer_notif", (long) numPeerNotif);
        m.put("all_slaves_active", (long) allSlavesActive);
        m.put("min_links", (long) minLinks);
        m.put("lp_interval", (long) lpInterval);
        m.put("packets_per_slave", (long) packetsPerSlave);
        m.put("lacp_active", (long) lacpActive);
        m.put("lacp_rate", (long) lacpRate);
        m.put("ad_select", (long) adSelect);
        m.put("tlb_dynamic_lb", (long) tlbDynamicLb);
        m.put("arp_missed_max", (long) missedMax);
        if (mode == MODE_8023AD) {
            m.put("ad_actor_sys_prio", (long) adActorSysPrio);
            m.put("ad_user_port_key", (long) adUserPortKey);
            m.put("ad_actor_system", adActorSystem);
            List<Slave> agg = aggregator();
            if (!agg.isEmpty()) {
                m.put("ad_info.aggregator", (long) agg.get(0).adAggregatorId);
                m.put("ad_info.num_ports", (long) agg.size());
                m.put("ad_info.actor_key", (long) actorKey(agg.get(0)));
                m.put("ad_info.partner_key", 1L);
                m.put("ad_info.partner_mac", 0L);
            }
        }
        return m;
    }

    /** __get_link_speed / the actor's operational key: duplex bit, speed code, user port key. */
    private int actorKey(Slave s) {
        LinkKsettings k = s.dev.ethtoolLinkKsettings();
        int speed = k == null ? 0 : switch (k.speed()) {
            case 10 -> 1;
            case 100 -> 2;
            case 1000 -> 3;
            case 2500 -> 4;
            case 5000 -> 5;
            case 10000 -> 6;
            case 20000 -> 7;
            case 25000 -> 8;
            case 40000 -> 9;
            case 50000 -> 10;
            case 56000 -> 11;
            case 100000 -> 12;
            default -> 0;
        };
        boolean full = k != null && k.duplex() == DUPLEX_FULL;
        return (adUserPortKey << 6) | (speed << 1) | (full ? 1 : 0);
    }

    /** The slaves of the active aggregator: without a LACP partner, each slave is its own; the first up one is chosen. */
    List<Slave> aggregator() {
        for (Slave s : slaves) if (s.link == LINK_UP && s.dev.isUp()) return List.of(s);
        return List.of();
    }

    /** bond_slave fill_slave_info: state, MII status, failure count, permanent address, queue id, AD ids. */
    public java.util.SequencedMap<String, Long> slaveInfoData(NetDevice dev) {
        Slave s = find(dev);
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        if (s == null) return m;
        m.put("state", (long) s.state);
        m.put("mii_status", (long) s.link);
        m.put("link_failure_count", (long) s.linkFailureCount);
        m.put("perm_hwaddr", s.permHwaddr);
        m.put("queue_id", (long) s.queueId);
        m.put("prio", 0L);
        if (mode == MODE_8023AD) {
            m.put("ad_aggregator_id", (long) s.adAggregatorId);
            m.put("ad_actor_oper_port_state", 0x45L | (s == currActive || aggregator().contains(s) ? 0 : 0));
            m.put("ad_partner_oper_port_state", 1L);
        }
        return m;
    }

    // ------------------------------------------------------------------ enslave / release

    /**
     * bond_enslave: the slave may not be in use, the bond itself or up; the first slave gives a
     * bond with a random MAC its address; the slave takes the bond's MTU and MAC, is opened, and
     * joins in the mode's state (a backup in active-backup until selected).
     */
    public void enslave(NetDevice d) throws KernelException {
        if (d.rxHandler != null || d.master != null) throw new KernelException(Errno.EBUSY, "Device is in use and cannot be enslaved");
        if (d == this) throw new KernelException(Errno.EPERM, "Cannot enslave bond to itself.");
        if ((d.flags() & Iff.LOOPBACK) != 0) throw new KernelException(Errno.EOPNOTSUPP);
        if (d.isUp()) throw new KernelException(Errno.EPERM, "Device can not be enslaved while up");
        if (d.type != Iff.ARPHRD_ETHER) throw new KernelException(Errno.EINVAL);
        if (slaves.isEmpty() && addrAssignType == NET_ADDR_RANDOM) {
            // bond_set_dev_addr: the first slave's address
            addr = d.addr;
            addrAssignType = NET_ADDR_STOLEN;
            kernel.notifyEvent(NetdevEvent.CHANGEADDR, this);
        }
        Slave s = new Slave(d);
        if (d.mtu != mtu) {
            d.mtu = mtu;
            kernel.notifyEvent(NetdevEvent.CHANGEMTU, d);
        }
        if (failOverMac == 0 || mode != MODE_ACTIVEBACKUP) kernel.setMacAddress(d, addr);
        d.rxHandler = Bond::handleFrame;
        d.rxHandlerData = s;
        d.master = this;
        d.setFlagBits(Iff.SLAVE, true);
        d.open();
        if (miimon != 0) s.link = d.carrierOk() ? (updelay != 0 ? LINK_BACK : LINK_UP) : LINK_DOWN;
        else s.link = LINK_UP;
        if (s.link == LINK_BACK) s.delay = updelay;
        if (!primaryName.isEmpty() && primaryName.equals(d.name())) primary = s;
        int prev = slaves.isEmpty() ? 0 : slaves.get(slaves.size() - 1).adAggregatorId;
        slaves.add(s);
        switch (mode) {
            case MODE_ACTIVEBACKUP -> s.state = STATE_BACKUP;
            case MODE_8023AD -> {
                s.state = STATE_BACKUP;
                s.adAggregatorId = prev + 1;
            }
            case MODE_TLB, MODE_ALB -> s.state = STATE_BACKUP;
            default -> {
                s.state = STATE_ACTIVE;
                if (currActive == null && s.link == LINK_UP) currActive = s;
            }
        }
        tsoMaxSize = Math.min(tsoMaxSize, d.tsoMaxSize);
        if (usesPrimary() || mode == MODE_8023AD) selectActive();
        setBondCarrier();
        kernel.notifyEvent(NetdevEvent.CHANGEUPPER, d);
    }

    /** __bond_release_one: the slave leaves, gets its MAC and MTU back, is closed; another becomes active. */
    public void release(NetDevice d) {
        Slave s = find(d);
        if (s == null) return;
        slaves.remove(s);
        if (primary == s) primary = null;
        boolean wasActive = currActive == s;
        if (wasActive) currActive = null;
        d.rxHandler = null;
        d.rxHandlerData = null;
        d.master = null;
        d.setFlagBits(Iff.SLAVE, false);
        if (slaves.isEmpty() && addrAssignType == NET_ADDR_STOLEN) {
            // bond_release_and_destroy's neighbour: with no slave left the bond draws a new random address
            addr = kernel.rng.randomMac();
            addrAssignType = NET_ADDR_RANDOM;
        }
        d.close();
        if (d.addr != s.permHwaddr) {
            d.addr = s.permHwaddr;
            kernel.notifyEvent(NetdevEvent.CHANGEADDR, d);
        }
        if (d.mtu != s.originalMtu) {
            d.mtu = s.originalMtu;
            kernel.notifyEvent(NetdevEvent.CHANGEMTU, d);
        }
        tsoMaxSize = TSO_MAX_SIZE;
        for (Slave o : slaves) tsoMaxSize = Math.min(tsoMaxSize, o.dev.tsoMaxSize);
        if (wasActive || usesPrimary()) selectActive();
        setBondCarrier();
        kernel.notifyEvent(NetdevEvent.CHANGEUPPER, d);
    }

    // ------------------------------------------------------------------ active slave and carrier

    /**
     * bond_find_best_slave / bond_select_active_slave: the primary when it is up (and the
     * reselect policy lets it take over), else the current one when still up, else the first
     * slave whose link is up.
     */
    void selectActive() {
        if (mode == MODE_8023AD) {
            List<Slave> agg = aggregator();
            for (Slave s : slaves) s.state = agg.contains(s) ? STATE_ACTIVE : STATE_BACKUP;
            currActive = agg.isEmpty() ? null : agg.get(0);
            return;
        }
        if (!usesPrimary()) {
            if (currActive == null || currActive.link != LINK_UP) {
                currActive = null;
                for (Slave s : slaves) if (s.link == LINK_UP) {
                    currActive = s;
                    break;
                }
            }
            return;
        }
        Slave best = null;
        if (primary != null && primary.link == LINK_UP && primary.dev.isUp()) {
            boolean keep = currActive != null && currActive.link == LINK_UP && currActive != primary
                    && primaryReselect == 2; // failure: only when the current one fails
            if (!keep) best = primary;
        }
        if (best == null && currActive != null && currActive.link == LINK_UP) best = currActive;
        if (best == null) for (Slave s : slaves) if (s.link == LINK_UP && s.dev.isUp()) {
            best = s;
            break;
        }
        if (best != currActive) changeActive(best);
    }

    /** bond_change_active_slave: the old one a backup, the new one active. */
    private void changeActive(Slave s) {
        if (currActive != null && (mode == MODE_ACTIVEBACKUP || usesPrimary())) currActive.state = STATE_BACKUP;
        currActive = s;
        if (s != null) s.state = STATE_ACTIVE;
    }

    /** bond_set_carrier: on while some slave's link is up (at least min_links of the aggregator in 802.3ad). */
    void setBondCarrier() {
        boolean on = false;
        if (mode == MODE_8023AD) on = !aggregator().isEmpty() && aggregator().size() >= Math.max(minLinks, 1);
        else for (Slave s : slaves) if (s.link == LINK_UP) on = true;
        if (on != carrierOk()) setCarrier(on);
    }

    @Override
    protected void ndoOpen() {
        startMii();
        setBondCarrier();
        if (usesPrimary() || mode == MODE_8023AD) selectActive();
    }

    @Override
    protected void ndoStop() {
        if (miiTimer != null) miiTimer.cancel();
        miiTimer = null;
    }

    private void startMii() {
        if (miiTimer != null) miiTimer.cancel();
        miiTimer = null;
        if (miimon > 0 && isUp()) miiTimer = kernel.loop.schedule(0, this::miiMonitor);
    }

    /**
     * bond_mii_monitor / bond_miimon_inspect / bond_miimon_commit: each slave's carrier against its
     * MII state, with updelay/downdelay counted in monitor rounds; a change reselects the active slave.
     */
    private void miiMonitor() {
        miiTimer = null;
        if (!isUp() || miimon <= 0) return;
        boolean changed = false;
        for (Slave s : slaves) {
            boolean up = s.dev.isUp() && (useCarrier == 0 || s.dev.carrierOk());
            switch (s.link) {
                case LINK_UP -> {
                    if (!up) {
                        s.link = LINK_FAIL;
                        s.delay = downdelay;
                        if (s.delay == 0) {
                            s.link = LINK_DOWN;
                            s.linkFailureCount++;
                            if (mode == MODE_ACTIVEBACKUP) s.state = STATE_BACKUP;
                            changed = true;
                        }
                    }
                }
                case LINK_FAIL -> {
                    if (up) s.link = LINK_UP;
                    else if (--s.delay <= 0) {
                        s.link = LINK_DOWN;
                        s.linkFailureCount++;
                        if (mode == MODE_ACTIVEBACKUP) s.state = STATE_BACKUP;
                        changed = true;
                    }
                }
                case LINK_DOWN -> {
                    if (up) {
                        s.link = LINK_BACK;
                        s.delay = updelay;
                        if (s.delay == 0) {
                            s.link = LINK_UP;
                            if (!usesPrimary() && mode != MODE_8023AD) s.state = STATE_ACTIVE;
                            changed = true;
                        }
                    }
                }
                default -> { // LINK_BACK
                    if (!up) s.link = LINK_DOWN;
                    else if (--s.delay <= 0) {
                        s.link = LINK_UP;
                        if (!usesPrimary() && mode != MODE_8023AD) s.state = STATE_ACTIVE;
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            selectActive();
            setBondCarrier();
        }
        miiTimer = kernel.loop.schedule(miimon * 1_000_000L, this::miiMonitor);
    }

    /** bond_netdev_event for slaves: MTU and address follow nothing back; an unregistering slave is released. */
    static void deviceEvent(NetdevEvent ev, NetDevice dev) {
        if (ev == NetdevEvent.UNREGISTER && dev instanceof Bond b) {
            for (Slave s : new ArrayList<>(b.slaves)) b.release(s.dev);
            return;
        }
        if (!(dev.master instanceof Bond b)) return;
        switch (ev) {
            case UNREGISTER -> b.release(dev);
            case CHANGE, DOWN, UP -> {
                // without the MII monitor a slave's link state is what it was at enslave time
                if (b.miimon == 0) return;
            }
            default -> {}
        }
    }

    @Override
    protected void ndoUninit() {
        for (Slave s : new ArrayList<>(slaves)) release(s.dev);
    }

    // ------------------------------------------------------------------ data path

    /**
     * bond_handle_frame: a frame on an inactive slave (active-backup, all_slaves_active 0) is
     * dropped but for link-local groups; otherwise it is the bond's (RX_HANDLER_ANOTHER).
     */
    static void handleFrame(SkBuff skb) {
        Slave s = (Slave) skb.dev.rxHandlerData;
        Bond b = (Bond) s.dev.master;
        long dest = Ethernet.dst(skb.buf, skb.macHeader);
        if (b.mode == MODE_ACTIVEBACKUP && s.state == STATE_BACKUP && b.allSlavesActive == 0) {
            // bond_should_deliver_exact_match: only the slave's own stack sees it (nothing above)
            if ((dest & ~0xfL) != 0x0180_c200_0000L) {
                s.dev.stats.rxDropped++;
                return;
            }
            b.kernel.deliver(skb);
            return;
        }
        skb.dev = b;
        skb.iif = 0;
        if (Ethernet.dst(skb.buf, skb.macHeader) == b.addr) skb.pktType = SkBuff.PACKET_HOST;
        b.stats.rxPackets++;
        b.stats.rxBytes += skb.len;
        if (Mac.isMulticast(dest)) b.stats.multicast++;
        b.kernel.netifReceiveSkb(skb);
    }

    /** The slaves that may carry traffic now (bond_slave_can_tx): up, link up, and active where the mode says so. */
    private List<Slave> usable() {
        List<Slave> l = new ArrayList<>();
        for (Slave s : slaves) {
            if (!s.dev.isUp() || s.link != LINK_UP) continue;
            if (mode == MODE_8023AD && s.state != STATE_ACTIVE) continue;
            l.add(s);
        }
        return l;
    }

    /** bond_start_xmit by mode. */
    @Override
    public void xmit(SkBuff skb) {
        int len = skb.len;
        List<Slave> targets = new ArrayList<>();
        switch (mode) {
            case MODE_ACTIVEBACKUP -> {
                if (currActive != null && currActive.link == LINK_UP) targets.add(currActive);
            }
            case MODE_ROUNDROBIN -> {
                List<Slave> u = usable();
                if (!u.isEmpty()) {
                    // bond_rr_gen_slave_id: packets_per_slave frames on each slave in turn
                    int pps = Math.max(packetsPerSlave, 1);
                    int id = (rrCounter++ / pps) % u.size();
                    targets.add(u.get(id));
                }
            }
            case MODE_BROADCAST -> targets.addAll(usable());
            default -> {
                List<Slave> u = usable();
                if (!u.isEmpty()) targets.add(u.get(Math.floorMod(xmitHash(skb), u.size())));
            }
        }
        if (targets.isEmpty()) {
            stats.txDropped++;
            return;
        }
        stats.txPackets++;
        stats.txBytes += len;
        for (int i = 0; i < targets.size(); i++) {
            SkBuff c = i == targets.size() - 1 ? skb : skb.copy();
            NetDevice d = targets.get(i).dev;
            c.dev = d;
            d.queueXmit(c);
        }
    }

    /** bond_xmit_hash, layer2: the last bytes of both MACs and the ethertype. */
    private int xmitHash(SkBuff skb) {
        byte[] b = skb.buf;
        int o = skb.data;
        int h = (b[o + 5] & 0xff) ^ (b[o + 11] & 0xff) ^ Ethernet.type(b, o);
        if (xmitPolicy != 0 && Ethernet.type(b, o) == Ethernet.P_IP && skb.len >= 34) {
            int ip = o + 14;
            h ^= linnet.wire.Ipv4.src(b, ip) ^ linnet.wire.Ipv4.dst(b, ip);
            h ^= h >>> 16;
            h ^= h >>> 8;
        }
        return h;
    }

    /** bond_procfs: /proc/net/bonding/BOND. */
    public String procInfo() {
        StringBuilder sb = new StringBuilder();
        sb.append("Ethernet Channel Bonding Driver: v").append(linnet.kernel.core.Uts.RELEASE).append("\n\n");
        sb.append("Bonding Mode: ").append(MODE_NAMES[mode]);
        if (mode == MODE_ACTIVEBACKUP && failOverMac != 0)
            sb.append(" (fail_over_mac ").append(new String[] {"none", "active", "follow"}[failOverMac]).append(")");
        sb.append("\n");
        if (usesXmitHash()) {
            String[] pol = {"layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4", "vlan+srcmac"};
            sb.append("Transmit Hash Policy: ").append(pol[xmitPolicy]).append(" (").append(xmitPolicy).append(")\n");
        }
        if (usesPrimary()) {
            sb.append("Primary Slave: ").append(primary == null ? "None" : primary.dev.name());
            if (primary != null) sb.append(" (primary_reselect ").append(new String[] {"always", "better", "failure"}[primaryReselect]).append(")");
            sb.append("\nCurrently Active Slave: ").append(currActive == null ? "None" : currActive.dev.name()).append("\n");
        }
        sb.append("MII Status: ").append(carrierOk() ? "up" : "down").append("\n");
        sb.append("MII Polling Interval (ms): ").append(miimon).append("\n");
        sb.append("Up Delay (ms): ").append(updelay * miimon).append("\n");
        sb.append("Down Delay (ms): ").append(downdelay * miimon).append("\n");
        sb.append("Peer Notification Delay (ms): ").append(peerNotifDelay * miimon).append("\n");
        if (mode == MODE_8023AD) {
            sb.append("\n802.3ad info\n");
            sb.append("LACP active: ").append(lacpActive != 0 ? "on" : "off").append("\n");
            sb.append("LACP rate: ").append(lacpRate != 0 ? "fast" : "slow").append("\n");
            sb.append("Min links: ").append(minLinks).append("\n");
            sb.append("Aggregator selection policy (ad_select): ").append(new String[] {"stable", "bandwidth", "count"}[adSelect]).append("\n");
            sb.append("System priority: ").append(adActorSysPrio).append("\n");
            sb.append("System MAC address: ").append(linnet.wire.Mac.format(adActorSystem != 0 ? adActorSystem : addr)).append("\n");
            List<Slave> agg = aggregator();
            if (agg.isEmpty()) sb.append("bond ").append(name()).append(" has no active aggregator\n");
            else {
                sb.append("Active Aggregator Info:\n");
                sb.append("\tAggregator ID: ").append(agg.get(0).adAggregatorId).append("\n");
                sb.append("\tNumber of ports: ").append(agg.size()).append("\n");
                sb.append("\tActor Key: ").append(actorKey(agg.get(0))).append("\n");
                sb.append("\tPartner Key: 1\n");
                sb.append("\tPartner Mac Address: 00:00:00:00:00:00\n");
            }
        }
        for (Slave s : slaves) {
            sb.append("\nSlave Interface: ").append(s.dev.name()).append("\n");
            sb.append("MII Status: ").append(new String[] {"up", "going down", "down", "going back"}[s.link]).append("\n");
            LinkKsettings k = s.dev.ethtoolLinkKsettings();
            if (k == null || k.speed() == SPEED_UNKNOWN) sb.append("Speed: Unknown\n");
            else sb.append("Speed: ").append(k.speed()).append(" Mbps\n");
            if (k == null || k.duplex() == DUPLEX_UNKNOWN) sb.append("Duplex: Unknown\n");
            else sb.append("Duplex: ").append(k.duplex() == DUPLEX_FULL ? "full" : "half").append("\n");
            sb.append("Link Failure Count: ").append(s.linkFailureCount).append("\n");
            sb.append("Permanent HW addr: ").append(linnet.wire.Mac.format(s.permHwaddr)).append("\n");
            sb.append("Slave queue ID: ").append(s.queueId).append("\n");
            if (mode == MODE_8023AD) sb.append("Aggregator ID: ").append(s.adAggregatorId).append("\n");
        }
        return sb.toString();
    }

    /** Used by Eth-less tests: the frame as a slave would receive it. */
    static void receiveOn(NetDevice slave, SkBuff skb) {
        Eth.typeTrans(skb, slave);
        slave.kernel.netifRx(skb);
    }
}
