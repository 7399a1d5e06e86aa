package linnet.kernel.drivers;

import static linnet.kernel.core.NetdevFeatures.*;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * One end of a virtual Ethernet pair (drivers/net/veth.c). A frame sent on one end is received
 * on the other; the carrier is on only while both ends are up.
 */
public final class Veth extends NetDevice {
    private Veth peer;

    private Veth(Kernel kernel, String name) {
        super(kernel, name);
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        maxMtu = 65535;
        addrAssignType = NET_ADDR_RANDOM;
        // veth_get_num_queues: one queue pair per possible CPU; veth_setup raises the TSO limit.
        numTxQueues = numRxQueues = Kernel.NUM_POSSIBLE_CPUS;
        tsoMaxSize = TSO_MAX_SIZE;
        // veth_setup: VETH_FEATURES plus VLAN tag offloads in both directions, all toggleable.
        long vethFeatures = of(SG, FRAGLIST, HW_CSUM, RXCSUM, SCTP_CRC, HIGHDMA) | GSO_SOFTWARE | GSO_ENCAP_ALL;
        hwFeatures = vethFeatures | of(HW_VLAN_CTAG_TX, HW_VLAN_CTAG_RX, HW_VLAN_STAG_TX, HW_VLAN_STAG_RX);
        features = hwFeatures;
    }

    /** GRO on a veth is off until asked for (it costs a NAPI context per queue). */
    @Override
    protected long initiallyUnwanted() { return f(GRO); }

    /**
     * veth_newlink: the peer is registered first (so it gets the lower ifindex, and an unnamed
     * peer takes the first free "veth%d" name), then this end; if this end fails, the peer is
     * unregistered again, having used up its ifindex.
     */
    public static Veth create(Kernel kernel, Net net, String name, Net peerNet, String peerName) throws KernelException {
        boolean peerNamed = peerName != null;
        if (!peerNamed) peerName = Kernel.allocName(peerNet, "veth%d");
        boolean named = name != null;
        Veth p = new Veth(kernel, peerName);
        p.addr = kernel.rng.randomMac();
        p.nameAssignType = peerNamed ? NET_NAME_USER : NET_NAME_ENUM;
        kernel.registerNetdevice(peerNet, p);
        p.setCarrier(false);
        if (!named) name = Kernel.allocName(net, "veth%d");
        Veth d = new Veth(kernel, name);
        d.addr = kernel.rng.randomMac();
        d.nameAssignType = named ? NET_NAME_USER : NET_NAME_ENUM;
        d.peer = p;
        p.peer = d;
        try {
            kernel.registerNetdevice(net, d);
        } catch (KernelException e) {
            p.peer = null;
            kernel.unregisterNetdevice(p);
            throw e;
        }
        d.setCarrier(false);
        if (peerNet != net) {
            // The RTM_NEWLINK of each end names the other's namespace: ids get allocated.
            net.peernet2idAlloc(peerNet);
            peerNet.peernet2idAlloc(net);
        }
        return d;
    }

    public Veth peer() { return peer; }

    @Override
    public String kind() { return "veth"; }

    /** veth_get_link_ksettings: SPEED_10000, DUPLEX_FULL, PORT_TP, even without a peer carrier. */
    @Override
    public LinkKsettings ethtoolLinkKsettings() { return new LinkKsettings(10000, DUPLEX_FULL, PORT_TP); }

    @Override
    public int iflink() { return peer != null ? peer.ifindex() : 0; }

    @Override
    public Net linkNet() { return peer != null ? peer.net() : net(); }

    @Override
    public boolean hasLinkNet() { return true; }

    @Override
    protected void ndoOpen() {
        if (peer != null && peer.isUp()) {
            setCarrier(true);
            peer.setCarrier(true);
        }
    }

    @Override
    protected void ndoStop() {
        setCarrier(false);
        if (peer != null) peer.setCarrier(false);
    }

    /** veth_dellink: deleting one end deletes both. */
    @Override
    protected void ndoUninit() {
        Veth p = peer;
        peer = null;
        if (p != null) {
            p.peer = null;
            kernel.unregisterNetdevice(p);
        }
    }

    @Override
    public void xmit(SkBuff skb) {
        Veth rcv = peer;
        if (rcv == null || !rcv.isUp() || !carrierOk()) {
            stats.txDropped++;
            if (kernel.tracer != null) kernel.tracer.drop(skb, net(), this, linnet.kernel.core.DropReason.DEV_READY,
                    rcv == null ? "no peer" : "its peer " + rcv.name() + " is down");
            return;
        }
        int len = skb.len;
        // skb_scrub_packet: crossing to the peer forgets route, conntrack and mark, and
        // skb_orphan the sending socket.
        skb.iif = 0;
        skb.sk = null;
        skb.dst = null;
        skb.nfct = null;
        skb.nfctinfo = 0;
        skb.mark = 0;
        skb.tstamp = 0;
        Eth.typeTrans(skb, rcv);
        if (!kernel.netifRx(skb)) {
            // the peer's backlog is full: a drop of this end's transmit (the peer counts its rx_dropped)
            stats.txDropped++;
            return;
        }
        // the peer's receive counters are this end's transmit ones (veth_get_stats64)
        stats.txPackets++;
        stats.txBytes += len;
        rcv.stats.rxPackets++;
        rcv.stats.rxBytes += len;
    }

    @Override
    public NetDevice pairedDevice() { return peer; }

    /** Sending to the peer is only counting while both ends are up and nothing queues (see {@link #xmit}). */
    @Override
    public NetDevice quietPeer() {
        Veth rcv = peer;
        if (rcv == null || !rcv.isUp() || !isUp() || !carrierOk() || qdisc.enqueues() || rcv.net().kernel != kernel) return null;
        return rcv;
    }

    @Override
    public void countPairedXmit(long frames, long bytes) {
        stats.txPackets += frames;
        stats.txBytes += bytes;
        peer.stats.rxPackets += frames;
        peer.stats.rxBytes += bytes;
    }

    @Override
    public void countPairedXmitDropped(long frames) { stats.txDropped += frames; }

    /** veth_get_ethtool_stats: the peer's ifindex, then the per-queue XDP counters (always 0 here). */
    @Override
    public java.util.List<java.util.Map.Entry<String, Long>> ethtoolStats() {
        java.util.List<java.util.Map.Entry<String, Long>> l = new java.util.ArrayList<>();
        l.add(java.util.Map.entry("peer_ifindex", (long) (peer == null ? 0 : peer.ifindex())));
        for (String n : new String[] {"rx_queue_0_xdp_packets", "rx_queue_0_xdp_bytes", "rx_queue_0_drops",
            "rx_queue_0_xdp_redirect", "rx_queue_0_xdp_drops", "rx_queue_0_xdp_tx", "rx_queue_0_xdp_tx_errors",
            "tx_queue_0_xdp_xmit", "tx_queue_0_xdp_xmit_errors"}) l.add(java.util.Map.entry(n, 0L));
        return l;
    }

    /** veth_get_channels: the allocated queues as maxima, the real ones (one each) as current. */
    @Override
    public int[] ethtoolChannels() { return new int[] {numRxQueues, numTxQueues, 1, 1}; }
}
