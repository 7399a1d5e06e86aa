package linnet.kernel.bridge;

import static linnet.kernel.core.NetdevFeatures.*;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Jiffies;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Mac;

/**
 * A Linux bridge device (struct net_bridge + br_device.c): a software switch whose ports are other
 * devices. The device itself is the bridge's "CPU port": frames it transmits go out through the FDB
 * ({@link #xmit}), frames for its own MAC come up its own stack ({@link BrInput#passFrameUp}).
 */
public final class Bridge extends NetDevice {
    /** BR_NO_STP / BR_KERNEL_STP (stp_state). */
    public static final int BR_NO_STP = 0, BR_KERNEL_STP = 1;
    /** Default timers in jiffies (HZ = 250): 300 s, 15 s, 2 s, 20 s. */
    public static final int DEFAULT_AGEING_TIME = 300 * Jiffies.HZ, DEFAULT_FORWARD_DELAY = 15 * Jiffies.HZ,
            DEFAULT_HELLO_TIME = 2 * Jiffies.HZ, DEFAULT_MAX_AGE = 20 * Jiffies.HZ;

    /** Ports, newest first (br_add_if uses list_add_rcu on port_list, i.e. at the head). */
    final List<BridgePort> ports = new ArrayList<>();
    public final Fdb fdb;
    final BrStp stp;
    /** The multicast, netfilter and link-local options. */
    public final BrKnobs knobs = new BrKnobs();
    /** Bulk counting of the IPv6 multicast floods nobody behind a port hears. */
    final BrFloodLedger floodLedger = new BrFloodLedger(this);
    /** The last {@link BridgePort#seq} given. */
    long portSeq;

    // Configuration in jiffies, as the kernel keeps it: netlink and sysfs carry clock_t, converted
    // each way (clock_t_to_jiffies / jiffies_to_clock_t), so an odd centisecond value reads back one less.
    // bridge_*: what the user configured; the plain ones are in force (the root's, learned from
    // its BPDUs; the FDB ageing time shortened during a topology change).
    public int bridgeAgeingTime = DEFAULT_AGEING_TIME, ageingTime = DEFAULT_AGEING_TIME;
    public int bridgeForwardDelay = DEFAULT_FORWARD_DELAY, forwardDelay = DEFAULT_FORWARD_DELAY;
    public int bridgeHelloTime = DEFAULT_HELLO_TIME, helloTime = DEFAULT_HELLO_TIME;
    public int bridgeMaxAge = DEFAULT_MAX_AGE, maxAge = DEFAULT_MAX_AGE;
    /** The root bridge as this bridge sees it, its cost from here and the port towards it (0: we are root). */
    public long designatedRoot;
    public int rootPathCost, rootPort;
    public boolean topologyChange, topologyChangeDetected;
    /** The MAC half of an 8-byte bridge id held in a long (priority in the top 16 bits). */
    static final long MAC_MASK = 0xffff_ffff_ffffL;
    public int stpEnabled = BR_NO_STP;
    public int priority = 0x8000;
    public int groupFwdMask;
    public int vlanFiltering;
    /** bridge_id.addr: all zero until the first port gives the bridge a MAC (brctl shows 8000.000000000000). */
    long bridgeIdAddr;
    /** Whether a carrier event has set the operstate (until then an up bridge reports UNKNOWN). */
    private boolean operKnown;
    /** Frames the bridge dropped, by reason (the one place bridge drops are counted). */
    public final long[] drops = new long[linnet.kernel.core.DropReason.values().length];

    Bridge(Kernel kernel, String name) {
        super(kernel, name);
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        minMtu = 68;
        maxMtu = 65535;
        // br_dev_setup: eth_hw_addr_random.
        addr = kernel.rng.randomMac();
        addrAssignType = NET_ADDR_RANDOM;
        fdb = new Fdb(this);
        stp = new BrStp(this);
        // br_dev_setup: the bridge starts as its own root.
        designatedRoot = bridgeId();
        // The bridge module's STP registers the LLC SAP for BPDUs (br_init -> stp_proto_register).
        BrStpBpdu.register(kernel);
        // br_dev_setup: COMMON_FEATURES (SG, fraglist, highdma, every GSO type, generic checksum)
        // and VLAN insertion, all toggleable; what is really on follows the ports (br_fix_features).
        hwFeatures = of(SG, FRAGLIST, HIGHDMA, HW_CSUM, HW_VLAN_CTAG_TX, HW_VLAN_STAG_TX) | GSO_MASK;
        features = hwFeatures;
    }

    /**
     * br_fix_features → br_features_recompute: with ports, the bridge offers a "one for all"
     * offload (SG, software GSO, highdma) only if some port has it, an "all for all" one only if
     * every port has it, and always TCP segmentation (done in software before a port that lacks it).
     */
    @Override
    protected long ndoFixFeatures(long requested) {
        if (ports.isEmpty()) return requested;
        long mask = requested;
        long f = requested & ~ONE_FOR_ALL;
        for (BridgePort p : ports) f = increment(f, p.dev.features(), mask);
        return increment(f, ALL_TSO, mask); // netdev_add_tso_features
    }

    @Override
    public String kind() { return "bridge"; }

    /**
     * br_get_link_ksettings: duplex unknown, PORT_OTHER, and the fastest speed among ports that run
     * and are oper-up (SPEED_UNKNOWN without such a port).
     */
    @Override
    public LinkKsettings ethtoolLinkKsettings() {
        int speed = SPEED_UNKNOWN;
        for (BridgePort p : ports) {
            NetDevice pdev = p.dev;
            if (!pdev.isUp() || !pdev.operUp()) continue;
            LinkKsettings e = pdev.ethtoolLinkKsettings();
            if (e == null || e.speed() == SPEED_UNKNOWN) continue;
            if (speed == SPEED_UNKNOWN || speed < e.speed()) speed = e.speed();
        }
        return new LinkKsettings(speed, DUPLEX_UNKNOWN, PORT_OTHER);
    }

    /** NETIF_F_NETNS_LOCAL: a bridge cannot change namespace. */
    @Override
    public boolean netnsLocal() { return true; }

    /** Until the first carrier change the operstate is UNKNOWN (linkwatch has not run for it). */
    @Override
    protected boolean tracksCarrier() { return operKnown; }

    @Override
    public void setCarrier(boolean on) {
        if (carrierOk() != on) operKnown = true;
        super.setCarrier(on);
    }

    /** Whether the user set the MTU (then it no longer follows the smallest port MTU). */
    public boolean mtuSetByUser;

    /** Called when the bridge gets ports: from now on its operstate follows its carrier. */
    void markOperKnown() { operKnown = true; }

    /** The ports, oldest first (for listings that do not follow port_list order). */
    public List<BridgePort> ports() { return List.copyOf(ports); }

    public BridgePort port(NetDevice dev) {
        for (BridgePort p : ports) if (p.dev == dev) return p;
        return null;
    }

    public long bridgeIdAddr() { return bridgeIdAddr; }

    /** bridge_id: priority, then the address, compared as one big-endian 8-byte number. */
    public long bridgeId() { return ((long) (priority & 0xffff) << 48) | bridgeIdAddr; }

    /** The hello / TCN / topology change timers' remaining time in clock_t. */
    public long helloTimerLeft() { return stp.timerValue(stp.helloTimer); }

    public long tcnTimerLeft() { return stp.timerValue(stp.tcnTimer); }

    public long topologyChangeTimerLeft() { return stp.timerValue(stp.topologyChangeTimer); }

    /** br_dev_open: STP and the FDB garbage collector start. */
    @Override
    protected void ndoOpen() {
        knobs.snoopersRejoined = false;
        stp.enableBridge();
    }

    /** br_dev_stop. */
    @Override
    protected void ndoStop() { stp.disableBridge(); }

    /** br_dev_delete: every port is released first. */
    @Override
    protected void ndoUninit() {
        for (BridgePort p : new ArrayList<>(ports)) BrIf.delIf(this, p);
        fdb.stopGc();
    }

    @Override
    public boolean joinsAllSnoopers() { return knobs.mcastSnooping; }

    /** br_dev_xmit: frames from the bridge's own stack are switched like ingress ones, with no ingress port. */
    @Override
    public void xmit(SkBuff skb) {
        if (skb.bridgedDnat) {
            // br_nf_pre_routing_finish_bridge_slow: the DNATed frame, now addressed to the new
            // host's MAC, goes on from the port it came in on, with its own source MAC back.
            skb.bridgedDnat = false;
            BridgePort in = skb.physIn == null ? null : port(skb.physIn);
            if (in == null) {
                drop(skb, linnet.kernel.core.DropReason.NOT_SPECIFIED);
                return;
            }
            Ethernet.setSrc(skb.buf, skb.data, skb.brnfSrcMac);
            skb.macHeader = skb.data;
            skb.data += Ethernet.HLEN;
            skb.len -= Ethernet.HLEN;
            BrInput.handleFrameFinish(this, in, skb, skb.brnfSrcMac, Ethernet.dst(skb.buf, skb.macHeader));
            return;
        }
        if (!carrierOk()) {
            // without carrier the device's queue is deactivated (dev_deactivate: noop_qdisc),
            // which drops what the bridge's own stack sends
            stats.txDropped++;
            drop(skb, linnet.kernel.core.DropReason.QDISC_DROP);
            return;
        }
        stats.txPackets++;
        stats.txBytes += skb.len;
        skb.macHeader = skb.data;
        long dest = Ethernet.dst(skb.buf, skb.data);
        if (Mac.isMulticast(dest)) {
            BrForward.flood(this, skb, null, false,
                    Mac.isBroadcast(dest) ? BrForward.BR_PKT_BROADCAST : BrForward.BR_PKT_MULTICAST);
            return;
        }
        // A local entry owned by no port (dst == null) makes br_forward drop the frame.
        FdbEntry dst = fdb.find(dest);
        if (dst != null) BrForward.forward(dst.dst, skb, false);
        else BrForward.flood(this, skb, null, false, BrForward.BR_PKT_UNICAST);
    }

    void drop(SkBuff skb, linnet.kernel.core.DropReason reason) {
        drops[reason.ordinal()]++;
        // a netfilter verdict's drop was told by the hook (nf_hook_slow frees the skb there)
        if (net().kernel.tracer != null && reason != linnet.kernel.core.DropReason.NETFILTER_DROP)
            net().kernel.tracer.drop(skb, net(), this, reason, null);
    }

    /** br_getinfo: the bridge module's version, "N/A" for firmware and bus. */
    @Override
    public String driverVersion() { return "2.3"; }

    @Override
    public String firmwareVersion() { return "N/A"; }

    @Override
    public String busInfo() { return "N/A"; }
}
