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
 * An IP-address based virtual device on an Ethernet master (drivers/net/ipvlan): every ipvlan has
 * the master's MAC; frames are told apart by their IP addresses, which the port (the master's
 * rx_handler) looks up among the addresses of its open ipvlans. The mode is the port's: l2 (ARP,
 * broadcasts copied to every ipvlan), l3 and l3s (NOARP; packets leave routed in the master's
 * namespace). The flags are the port's too: bridge (siblings reach each other directly), private
 * (never), vepa (everything goes out of the master).
 */
public final class Ipvlan extends NetDevice {
    /** enum ipvlan_mode and the IPVLAN_F_* flags (if_link.h). */
    public static final int MODE_L2 = 0, MODE_L3 = 1, MODE_L3S = 2, MODE_MAX = 3;
    public static final int F_PRIVATE = 1, F_VEPA = 2;

    /** struct ipvl_port. */
    public static final class Port {
        final NetDevice dev;
        final List<Ipvlan> ipvlans = new ArrayList<>();
        int mode = MODE_L3;
        int flags;
        /** dev_id_start: the next dev_id to hand out (1..0xFFFE). */
        int devIdStart = 1;
        final java.util.BitSet ids = new java.util.BitSet();

        Port(NetDevice dev) { this.dev = dev; }

        boolean isPrivate() { return (flags & F_PRIVATE) != 0; }

        boolean isVepa() { return (flags & F_VEPA) != 0; }

        /** ipvlan_ht_addr_lookup: the open ipvlan owning an IPv4 address. */
        Ipvlan lookupV4(int a) {
            Kernel k = dev.kernel;
            if (k.inet == null) return null;
            for (Ipvlan v : ipvlans) if (v.isUp() && k.inet.hasV4(v, a)) return v;
            return null;
        }

        Ipvlan lookupV6(byte[] a) {
            Kernel k = dev.kernel;
            if (k.inet == null) return null;
            for (Ipvlan v : ipvlans) if (v.isUp() && k.inet.hasV6(v, a)) return v;
            return null;
        }
    }

    /** IFLA_IPVLAN_MODE / IFLA_IPVLAN_FLAGS of a request (null = absent). */
    public record Opts(Integer mode, Integer flags) {}

    final NetDevice phyDev;
    final Port port;
    /** dev->dev_id: tells the ipvlans apart in their IPv6 interface ids (addrconf_ifid_eui48). */
    public int devId;

    private Ipvlan(Kernel kernel, String name, NetDevice phy, Port port) {
        super(kernel, name);
        this.phyDev = phy;
        this.port = port;
        // ipvlan_link_setup: ether_setup, ETH_MAX_MTU, IFF_NO_QUEUE
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        minMtu = 68;
        maxMtu = 65535;
        mtu = phy.mtu;
        tsoMaxSize = phy.tsoMaxSize;
    }

    /** ipvlan_init_module: the device notifier and the IPv4 address validator. */
    public static void init(Kernel kernel) {
        kernel.registerNotifier(Ipvlan::deviceEvent);
        kernel.inetaddrValidators.add(Ipvlan::validateAddr);
    }

    public static Port portOf(NetDevice dev) { return dev.rxHandlerData instanceof Port p ? p : null; }

    public NetDevice phyDev() { return phyDev; }

    /** ipvlan_addr4_validator_event: an address another ipvlan of the port has is refused. */
    static void validateAddr(NetDevice dev, int addr) throws KernelException {
        if (!(dev instanceof Ipvlan v)) return;
        for (Ipvlan o : v.port.ipvlans) {
            if (o != v && o.isUp() && dev.kernel.inet.hasV4(o, addr))
                throw new KernelException(Errno.EADDRINUSE, "Address already assigned to an ipvlan device");
        }
    }

    /** ipvlan_nl_validate. */
    public static void validate(Opts o) throws KernelException {
        if (o == null) return;
        if (o.mode() != null && (o.mode() < 0 || o.mode() >= MODE_MAX)) throw new KernelException(Errno.EINVAL);
        if (o.flags() != null) {
            if ((o.flags() & ~(F_PRIVATE | F_VEPA)) != 0) throw new KernelException(Errno.EINVAL);
            if ((o.flags() & (F_PRIVATE | F_VEPA)) == (F_PRIVATE | F_VEPA)) throw new KernelException(Errno.EINVAL);
        }
    }

    /**
     * ipvlan_link_new: a link (an ipvlan's master when it is an ipvlan), an Ethernet master that
     * is not lo and whose rx_handler is free, the master's MAC and MTU, a dev_id, then the port's
     * flags and mode (the latest request sets them for every ipvlan of the port).
     */
    public static Ipvlan newlink(Kernel kernel, Net net, String name, NetDevice phy, Integer mtu, Opts o) throws KernelException {
        if (phy == null) throw new KernelException(Errno.EINVAL);
        if (phy instanceof Ipvlan x) phy = x.phyDev;
        Port port = portOf(phy);
        if (port == null) {
            if (phy.type != Iff.ARPHRD_ETHER || (phy.flags() & Iff.LOOPBACK) != 0) throw new KernelException(Errno.EINVAL);
            if (phy.rxHandler != null) throw new KernelException(Errno.EBUSY);
        }
        if (name == null) name = Kernel.allocName(net, "ipvlan%d");
        boolean create = port == null;
        if (create) port = new Port(phy);
        Ipvlan v = new Ipvlan(kernel, name, phy, port);
        if (mtu != null) v.mtu = mtu;
        v.addr = phy.addr;
        v.addrAssignType = NET_ADDR_STOLEN;
        v.nameAssignType = NET_NAME_USER;
        if (create) {
            phy.rxHandler = Ipvlan::handleFrame;
            phy.rxHandlerData = port;
        }
        try {
            kernel.registerNetdevice(net, v);
        } catch (KernelException e) {
            if (create) destroyPort(port);
            throw e;
        }
        if (port.devIdStart == 0xfffe) port.devIdStart = 1;
        int id = port.ids.nextClearBit(port.devIdStart);
        if (id >= 0xfffe) id = port.ids.nextClearBit(1);
        port.ids.set(id);
        v.devId = id;
        port.devIdStart = id + 1;
        if (o != null && o.flags() != null) port.flags = o.flags();
        setPortMode(port, o != null && o.mode() != null ? o.mode() : MODE_L3);
        port.ipvlans.add(v);
        v.setNoarp(port.mode != MODE_L2);
        if (v.carrierOk() != phy.carrierOk()) v.setCarrier(phy.carrierOk());
        return v;
    }

    private void setNoarp(boolean on) { setFlagBits(Iff.NOARP, on); }

    /** ipvlan_set_port_mode: every ipvlan of the port becomes NOARP in l3/l3s, ARP in l2. */
    static void setPortMode(Port port, int mode) {
        if (port.mode == mode) return;
        for (Ipvlan v : port.ipvlans) {
            int f = v.flags();
            v.changeFlags(mode == MODE_L2 ? f & ~Iff.NOARP : f | Iff.NOARP);
        }
        port.mode = mode;
    }

    /** ipvlan_nl_changelink: the port's mode, then its flags. */
    public void changelink(Opts o) {
        if (o == null) return;
        if (o.mode() != null) setPortMode(port, o.mode());
        if (o.flags() != null) port.flags = (port.flags & ~(F_PRIVATE | F_VEPA)) | (o.flags() & (F_PRIVATE | F_VEPA));
    }

    @Override
    public String kind() { return "ipvlan"; }

    @Override
    public int iflink() { return phyDev.ifindex(); }

    @Override
    public Net linkNet() { return phyDev.net(); }

    @Override
    public boolean hasLinkNet() { return true; }

    @Override
    public String driverName() { return "ipvlan"; }

    @Override
    public String driverVersion() { return "0.1"; }

    @Override
    public LinkKsettings ethtoolLinkKsettings() { return phyDev.ethtoolLinkKsettings(); }

    /** ipvlan_nl_fillinfo: the port's mode and flags. */
    @Override
    public java.util.SequencedMap<String, Long> linkInfoData() {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("IFLA_IPVLAN_MODE", (long) port.mode);
        m.put("IFLA_IPVLAN_FLAGS", (long) port.flags);
        return m;
    }

    /** ipvlan_open: NOARP as the port's mode wants it. */
    @Override
    protected void ndoOpen() { setNoarp(port.mode != MODE_L2); }

    /** ipvlan_uninit / ipvlan_link_delete: leave the port; the last one takes it away. */
    @Override
    protected void ndoUninit() {
        port.ipvlans.remove(this);
        port.ids.clear(devId);
        if (port.ipvlans.isEmpty()) destroyPort(port);
    }

    private static void destroyPort(Port port) {
        if (port.dev.rxHandlerData == port) {
            port.dev.rxHandler = null;
            port.dev.rxHandlerData = null;
        }
    }

    /** ipvlan_device_event: carrier, MTU, address and end follow the master. */
    static void deviceEvent(NetdevEvent ev, NetDevice dev) {
        Port port = portOf(dev);
        if (port == null) return;
        switch (ev) {
            case UP, CHANGE -> {
                for (Ipvlan v : port.ipvlans) if (v.carrierOk() != dev.carrierOk()) v.setCarrier(dev.carrierOk());
            }
            case DOWN -> {
                for (Ipvlan v : port.ipvlans) if (v.carrierOk() != dev.carrierOk()) v.setCarrier(dev.carrierOk());
            }
            case CHANGEMTU -> {
                for (Ipvlan v : port.ipvlans) {
                    v.mtu = dev.mtu;
                    v.kernel.notifyEvent(NetdevEvent.CHANGEMTU, v);
                }
            }
            case CHANGEADDR -> {
                for (Ipvlan v : port.ipvlans) {
                    v.addr = dev.addr;
                    v.kernel.notifyEvent(NetdevEvent.CHANGEADDR, v);
                }
            }
            case UNREGISTER -> {
                if (!dev.dismantling()) return;
                for (Ipvlan v : new ArrayList<>(port.ipvlans)) v.kernel.unregisterNetdevice(v);
            }
            default -> {}
        }
    }

    // ------------------------------------------------------------------ data path

    /** The open ipvlan a frame's IP (ARP: target/sender) address names; {@code dest} for the destination. */
    private static Ipvlan lookup(Port port, SkBuff skb, int l3, int proto, boolean dest) {
        byte[] b = skb.buf;
        if (proto == Ethernet.P_IP && skb.buf.length >= l3 + 20) {
            return port.lookupV4(dest ? linnet.wire.Ipv4.dst(b, l3) : linnet.wire.Ipv4.src(b, l3));
        }
        if (proto == Ethernet.P_ARP && b.length >= l3 + 28) {
            int o = l3 + (dest ? 24 : 14);
            return port.lookupV4(((b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff));
        }
        if (proto == Ethernet.P_IPV6 && b.length >= l3 + 40) {
            byte[] a = java.util.Arrays.copyOfRange(b, l3 + (dest ? 24 : 8), l3 + (dest ? 40 : 24));
            return port.lookupV6(a);
        }
        return null;
    }

    /** A frame becomes the ipvlan's: crossing into its namespace forgets route, conntrack and mark. */
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

    /** ipvlan_handle_frame: the master's rx_handler (skb.data past the Ethernet header). */
    static void handleFrame(SkBuff skb) {
        Port port = (Port) skb.dev.rxHandlerData;
        Kernel kernel = port.dev.kernel;
        long dest = Ethernet.dst(skb.buf, skb.macHeader);
        if (port.mode == MODE_L2 && Mac.isMulticast(dest)) {
            // ipvlan_handle_mode_l2: an external multicast goes to every ipvlan, and to the master
            if (externalFrame(port, skb)) multicast(port, skb, null, false);
            kernel.deliver(skb);
            return;
        }
        Ipvlan v = lookup(port, skb, skb.data, skb.protocol, true);
        if (v == null) {
            kernel.deliver(skb);
            return;
        }
        // ipvlan_rcv_frame: RX_HANDLER_ANOTHER as the ipvlan's
        int len = skb.len + Ethernet.HLEN;
        crossTo(skb, v);
        if (port.mode != MODE_L2 || Ethernet.dst(skb.buf, skb.macHeader) == v.addr) skb.pktType = SkBuff.PACKET_HOST;
        v.stats.rxPackets++;
        v.stats.rxBytes += len;
        kernel.netifReceiveSkb(skb);
    }

    /** ipvlan_external_frame: not a frame one of our own ipvlans sent (our MAC and an address of ours). */
    private static boolean externalFrame(Port port, SkBuff skb) {
        if (Ethernet.src(skb.buf, skb.macHeader) != port.dev.addr) return true;
        return lookup(port, skb, skb.data, skb.protocol, false) == null;
    }

    /** ipvlan_process_multicast: a copy for every open ipvlan (but the sender of a transmitted one). */
    private static void multicast(Port port, SkBuff skb, Ipvlan from, boolean tx) {
        long dest = Ethernet.dst(skb.buf, skb.macHeader);
        for (Ipvlan v : new ArrayList<>(port.ipvlans)) {
            if (v == from || !v.isUp()) continue;
            SkBuff c = skb.copy();
            int len;
            if (tx) {
                len = c.len;
                crossTo(c, v);
                Eth.typeTrans(c, v);
            } else {
                len = c.len + Ethernet.HLEN;
                crossTo(c, v);
                c.pktType = Mac.isBroadcast(dest) ? SkBuff.PACKET_BROADCAST : SkBuff.PACKET_MULTICAST;
            }
            if (v.kernel.netifRx(c)) {
                v.stats.rxPackets++;
                v.stats.rxBytes += len;
                v.stats.multicast++;
            } else {
                v.stats.rxErrors++;
                v.stats.rxDropped++;
            }
        }
    }

    /** ipvlan_queue_xmit: by the port's mode. */
    @Override
    public void xmit(SkBuff skb) {
        int len = skb.len;
        boolean ok = port.mode == MODE_L2 ? xmitL2(skb) : xmitL3(skb);
        if (ok) {
            stats.txPackets++;
            stats.txBytes += len;
        } else {
            stats.txDropped++;
        }
    }

    /** ipvlan_xmit_mode_l2 (skb.data at the Ethernet header). */
    private boolean xmitL2(SkBuff skb) {
        byte[] b = skb.buf;
        long dst = Ethernet.dst(b, skb.data), src = Ethernet.src(b, skb.data);
        int proto = Ethernet.type(b, skb.data);
        if (!port.isVepa() && dst == src) {
            Ipvlan to = lookup(port, skb, skb.data + Ethernet.HLEN, proto, true);
            if (to != null) {
                if (port.isPrivate()) return false;
                crossTo(skb, to);
                Eth.typeTrans(skb, to);
                skb.pktType = SkBuff.PACKET_HOST;
                to.stats.rxPackets++;
                to.stats.rxBytes += skb.len + Ethernet.HLEN;
                return kernel.netifRx(skb);
            }
            // not a sibling's but local: the master's own stack (dev_forward_skb)
            crossTo(skb, phyDev);
            Eth.typeTrans(skb, phyDev);
            return kernel.netifRx(skb);
        }
        if (Mac.isMulticast(dst)) {
            skb.macHeader = skb.data;
            if (!port.isPrivate()) multicast(port, skb, this, true);
            return out(skb);
        }
        return out(skb);
    }

    private boolean out(SkBuff skb) {
        if (!phyDev.isUp()) return false;
        skb.dev = phyDev;
        phyDev.queueXmit(skb);
        return true;
    }

    /**
     * ipvlan_xmit_mode_l3: to a sibling's address directly (unless vepa; never when private),
     * else ipvlan_process_outbound: the link-layer header goes, and the packet is routed and sent
     * from the master's namespace (no multicast, no broadcast).
     */
    private boolean xmitL3(SkBuff skb) {
        byte[] b = skb.buf;
        int proto = Ethernet.type(b, skb.data);
        if (!port.isVepa()) {
            Ipvlan to = lookup(port, skb, skb.data + Ethernet.HLEN, proto, true);
            if (to != null) {
                if (port.isPrivate()) return false;
                crossTo(skb, to);
                Eth.typeTrans(skb, to);
                skb.pktType = SkBuff.PACKET_HOST;
                to.stats.rxPackets++;
                to.stats.rxBytes += skb.len + Ethernet.HLEN;
                return kernel.netifRx(skb);
            }
        }
        if (Mac.isMulticast(Ethernet.dst(b, skb.data))) return false;
        if (proto != Ethernet.P_IP || kernel.inet == null) return false;
        crossTo(skb, phyDev);
        skb.pull(Ethernet.HLEN);
        if (!kernel.inet.ip4Out(phyDev.net(), skb, phyDev)) {
            stats.txErrors++;
            return false;
        }
        return true;
    }
}
