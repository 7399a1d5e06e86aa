package linnet.kernel.drivers;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
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
 * An 802.1Q / 802.1ad VLAN device on a real device (net/8021q: vlan_netlink.c, vlan.c, vlan_dev.c,
 * vlan_core.c). Frames sent through it leave the real device with the tag inserted after the MAC
 * addresses; tagged frames received on the real device with its protocol and VID come out of it
 * untagged. It takes the real device's MAC, flags and carrier, goes down and up with it (unless
 * loose_binding) and is deleted with it.
 */
public final class Vlan extends NetDevice {
    /** VLAN_FLAG_*. */
    public static final int FLAG_REORDER_HDR = 0x1, FLAG_GVRP = 0x2, FLAG_LOOSE_BINDING = 0x4, FLAG_MVRP = 0x8,
            FLAG_BRIDGE_BINDING = 0x10;
    static final int FLAG_ALL = FLAG_REORDER_HDR | FLAG_GVRP | FLAG_LOOSE_BINDING | FLAG_MVRP | FLAG_BRIDGE_BINDING;
    /** VLAN_VID_MASK. */
    public static final int VID_MASK = 0xfff;

    /** The IFLA_VLAN_* of a request; {@code flags}/{@code mask} as struct ifla_vlan_flags; maps as {from, to} pairs. */
    public record Attrs(Integer id, Integer protocol, Integer flags, Integer mask, List<int[]> ingress, List<int[]> egress,
                        boolean hasData) {}

    final NetDevice realDev;
    final int proto;
    final int vid;
    int vflags = FLAG_REORDER_HDR;
    /** ingress_priority_map: VLAN priority (PCP 0..7) to skb priority. */
    final long[] ingressMap = new long[8];
    int nrIngress;
    /** egress_priority_map: 16 buckets by skb priority & 0xF, each a list of {skb priority, vlan_qos}. */
    @SuppressWarnings("unchecked")
    final List<long[]>[] egressMap = new List[16];
    int nrEgress;

    private Vlan(Kernel kernel, String name, NetDevice realDev, int proto, int vid) {
        super(kernel, name);
        this.realDev = realDev;
        this.proto = proto;
        this.vid = vid;
        // vlan_setup + vlan_dev_init: the real device's flags (but its state bits), 0..ETH_MAX_MTU
        initFlags(realDev.flags() & ~(Iff.UP | Iff.PROMISC | Iff.ALLMULTI | Iff.MASTER | Iff.SLAVE | Iff.RUNNING
                | Iff.LOWER_UP | Iff.DORMANT));
        minMtu = 0;
        maxMtu = 65535;
        broadcast = realDev.broadcast;
        tsoMaxSize = realDev.tsoMaxSize;
    }

    /** vlan_proto_init: the receive hook and the notifier of the 8021q module. */
    public static void init(Kernel kernel) {
        kernel.vlanRx = Vlan::doReceive;
        kernel.registerNotifier(Vlan::deviceEvent);
    }

    public NetDevice realDev() { return realDev; }

    public int vid() { return vid; }

    public int proto() { return proto; }

    public int vlanFlags() { return vflags; }

    /** vlan_validate (after the common checks): the protocol, the id, the flags. */
    public static void validate(Long address, Attrs a) throws KernelException {
        if (address != null && !Mac.isValidUnicast(address)) throw new KernelException(Errno.EADDRNOTAVAIL, "8021q: Invalid link address");
        if (a == null || !a.hasData()) throw new KernelException(Errno.EINVAL, "8021q: VLAN properties not specified");
        if (a.protocol() != null && a.protocol() != Kernel.ETH_P_8021Q && a.protocol() != Kernel.ETH_P_8021AD)
            throw new KernelException(Errno.EPROTONOSUPPORT, "8021q: Invalid VLAN protocol");
        if (a.id() != null && a.id() >= VID_MASK) throw new KernelException(Errno.ERANGE, "8021q: Invalid VLAN id");
        if (a.flags() != null && ((a.flags() & a.mask()) & ~FLAG_ALL) != 0)
            throw new KernelException(Errno.EINVAL, "8021q: Invalid VLAN flags");
    }

    /** The VLANs of a real device (real_dev->vlan_info), in creation order. */
    static List<Vlan> vlansOf(NetDevice real) {
        @SuppressWarnings("unchecked")
        List<Vlan> l = real.vlanInfo instanceof List<?> x ? (List<Vlan>) x : null;
        return l == null ? List.of() : l;
    }

    /** vlan_find_dev. */
    static Vlan find(NetDevice real, int proto, int vid) {
        for (Vlan v : vlansOf(real)) if (v.proto == proto && v.vid == vid) return v;
        return null;
    }

    /**
     * vlan_newlink: an id and a link, the real device (VLAN-capable, the tag not yet taken), the
     * MTU within the real device's, the flags and maps (vlan_changelink), register_vlan_dev.
     */
    public static Vlan newlink(Kernel kernel, Net net, String name, NetDevice real, Integer mtu, Long address, Attrs a)
            throws KernelException {
        if (a.id() == null) throw new KernelException(Errno.EINVAL, "8021q: VLAN id not specified");
        if (real == null) throw new KernelException(Errno.EINVAL, "8021q: link not specified");
        int proto = a.protocol() != null ? a.protocol() : Kernel.ETH_P_8021Q;
        // vlan_check_real_dev: NETIF_F_VLAN_CHALLENGED devices (lo), a tag in use
        if ((real.flags() & Iff.LOOPBACK) != 0 || real.type != Iff.ARPHRD_ETHER)
            throw new KernelException(Errno.EOPNOTSUPP, "8021q: VLANs not supported on device");
        if (find(real, proto, a.id()) != null) throw new KernelException(Errno.EEXIST, "8021q: VLAN device already exists");
        if (mtu != null && mtu > real.mtu) throw new KernelException(Errno.EINVAL);
        if (name == null) name = Kernel.allocName(net, "vlan%d");
        Vlan v = new Vlan(kernel, name, real, proto, a.id());
        v.mtu = mtu != null ? mtu : real.mtu;
        v.changelink(a);
        if (address != null) {
            v.addr = address;
            v.addrAssignType = NET_ADDR_SET;
        } else {
            // vlan_dev_init: the real device's address, stolen
            v.addr = real.addr;
            v.addrAssignType = NET_ADDR_STOLEN;
        }
        v.nameAssignType = NET_NAME_USER;
        kernel.registerNetdevice(net, v);
        @SuppressWarnings("unchecked")
        List<Vlan> l = real.vlanInfo instanceof List<?> x ? (List<Vlan>) x : null;
        if (l == null) real.vlanInfo = l = new ArrayList<>();
        l.add(v);
        if (v.carrierOk() != real.carrierOk()) v.setCarrier(real.carrierOk());
        return v;
    }

    /** vlan_changelink: flags (under their mask), then the ingress and egress priority maps. */
    public void changelink(Attrs a) throws KernelException {
        if (a.flags() != null) {
            if ((a.mask() & ~FLAG_ALL) != 0) throw new KernelException(Errno.EINVAL);
            vflags = (vflags & ~a.mask()) | (a.flags() & a.mask());
        }
        if (a.ingress() != null) for (int[] m : a.ingress()) setIngress(m[1], m[0]);
        if (a.egress() != null) for (int[] m : a.egress()) setEgress(m[0], m[1]);
    }

    /** vlan_dev_set_ingress_priority(dev, skb_prio, vlan_prio). */
    private void setIngress(long skbPrio, int vlanPrio) {
        int i = vlanPrio & 7;
        nrIngress += (skbPrio != 0 ? 1 : 0) - (ingressMap[i] != 0 ? 1 : 0);
        ingressMap[i] = skbPrio;
    }

    /**
     * vlan_dev_set_egress_priority(dev, skb_prio, vlan_prio): an existing mapping of the skb
     * priority is updated; a new one becomes its bucket's only entry (the kernel links it in
     * front of nothing).
     */
    private void setEgress(long skbPrio, int vlanPrio) {
        int qos = (vlanPrio << 13) & 0xe000;
        int b = (int) (skbPrio & 0xf);
        if (egressMap[b] != null) {
            for (long[] mp : egressMap[b]) {
                if (mp[0] == skbPrio) {
                    if (mp[1] != 0 && qos == 0) nrEgress--;
                    else if (mp[1] == 0 && qos != 0) nrEgress++;
                    mp[1] = qos;
                    return;
                }
            }
        }
        egressMap[b] = new ArrayList<>(List.<long[]>of(new long[] {skbPrio, qos}));
        if (qos != 0) nrEgress++;
    }

    @Override
    public String kind() { return "vlan"; }

    @Override
    public int iflink() { return realDev.ifindex(); }

    @Override
    public Net linkNet() { return realDev.net(); }

    @Override
    public boolean hasLinkNet() { return true; }

    @Override
    public String driverName() { return "802.1Q VLAN Support"; }

    @Override
    public String driverVersion() { return "1.8"; }

    @Override
    public LinkKsettings ethtoolLinkKsettings() { return realDev.ethtoolLinkKsettings(); }

    @Override
    public int hardHeaderLen() { return realDev.hardHeaderLen() + 4; }

    /** vlan_fill_info: protocol, id, flags (mask ~0), the maps. */
    @Override
    public java.util.SequencedMap<String, Long> linkInfoData() {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("IFLA_VLAN_PROTOCOL", (long) proto);
        m.put("IFLA_VLAN_ID", (long) vid);
        if (vflags != 0) m.put("IFLA_VLAN_FLAGS", (long) vflags);
        if (nrIngress > 0) {
            int n = 0;
            for (int i = 0; i < 8; i++) {
                if (ingressMap[i] == 0) continue;
                m.put("IFLA_VLAN_INGRESS_QOS." + n + ".from", (long) i);
                m.put("IFLA_VLAN_INGRESS_QOS." + n + ".to", ingressMap[i]);
                n++;
            }
        }
        if (nrEgress > 0) {
            int n = 0;
            for (List<long[]> bucket : egressMap) {
                if (bucket == null) continue;
                for (long[] mp : bucket) {
                    m.put("IFLA_VLAN_EGRESS_QOS." + n + ".from", mp[0]);
                    m.put("IFLA_VLAN_EGRESS_QOS." + n + ".to", (mp[1] >> 13) & 7);
                    n++;
                }
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ open / stop

    /** vlan_dev_open: the real device must be up, unless loose_binding. */
    @Override
    protected void ndoOpenValidate() throws KernelException {
        if (!realDev.isUp() && (vflags & FLAG_LOOSE_BINDING) == 0) throw new KernelException(Errno.ENETDOWN);
    }

    /** vlan_dev_inherit_address: a VLAN whose address is the real device's keeps following it. */
    private boolean inheritAddress() {
        if (addrAssignType != NET_ADDR_STOLEN) return false;
        if (addr != realDev.addr) {
            addr = realDev.addr;
            kernel.notifyEvent(NetdevEvent.CHANGEADDR, this);
        }
        return true;
    }

    @Override
    protected void ndoOpen() {
        if (addr != realDev.addr && !inheritAddress()) realDev.ucAdd(addr);
        if ((flags() & Iff.ALLMULTI) != 0) realDev.setAllmulti(1);
        if (realDev.carrierOk() && (vflags & FLAG_BRIDGE_BINDING) == 0) setCarrier(true);
    }

    @Override
    protected void ndoStop() {
        if ((flags() & Iff.ALLMULTI) != 0) realDev.setAllmulti(-1);
        if (addr != realDev.addr) realDev.ucDel(addr);
        setCarrier(false);
    }

    /** vlan_dev_change_mtu: not above the real device's. */
    @Override
    public void ndoChangeMtu(int newMtu) throws KernelException {
        if (realDev.mtu < newMtu) throw new KernelException(Errno.ERANGE);
    }

    /** vlan_dev_set_mac_address: an open VLAN with its own address puts it on the real device's list. */
    @Override
    public boolean ndoSetMacAddress(long a) throws KernelException {
        if (isUp()) {
            if (a != realDev.addr) realDev.ucAdd(a);
            if (addr != realDev.addr) realDev.ucDel(addr);
        }
        return false;
    }

    /** unregister_vlan_dev: the VLAN leaves its real device. */
    @Override
    protected void ndoUninit() {
        @SuppressWarnings("unchecked")
        List<Vlan> l = realDev.vlanInfo instanceof List<?> x ? (List<Vlan>) x : null;
        if (l != null) {
            l.remove(this);
            if (l.isEmpty()) realDev.vlanInfo = null;
        }
    }

    /** vlan_device_event: the real device's state, address, MTU and end are its VLANs' too. */
    static void deviceEvent(NetdevEvent ev, NetDevice dev) {
        List<Vlan> vlans = new ArrayList<>(vlansOf(dev));
        if (vlans.isEmpty()) return;
        switch (ev) {
            case CHANGE -> {
                for (Vlan v : vlans) if ((v.vflags & FLAG_BRIDGE_BINDING) == 0) v.transferOperstate();
            }
            case CHANGEADDR -> {
                // vlan_sync_address for the open VLANs; a closed one inherits when it opens
                for (Vlan v : vlans) if (v.isUp()) v.inheritAddress();
            }
            case CHANGEMTU -> {
                for (Vlan v : vlans) {
                    if (v.mtu <= dev.mtu) continue;
                    v.mtu = dev.mtu;
                    v.kernel.notifyEvent(NetdevEvent.CHANGEMTU, v);
                }
            }
            case DOWN -> {
                for (Vlan v : vlans) {
                    if ((v.vflags & FLAG_LOOSE_BINDING) == 0) v.close();
                    v.transferOperstate();
                }
            }
            case UP -> {
                for (Vlan v : vlans) {
                    if (!v.isUp() && (v.vflags & FLAG_LOOSE_BINDING) == 0) v.open();
                    v.transferOperstate();
                }
            }
            case UNREGISTER -> {
                if (!dev.dismantling()) return;
                for (Vlan v : vlans) v.kernel.unregisterNetdevice(v);
            }
            default -> {}
        }
    }

    /** netif_stacked_transfer_operstate: the real device's carrier. */
    private void transferOperstate() {
        if (carrierOk() != realDev.carrierOk()) setCarrier(realDev.carrierOk());
    }

    // ------------------------------------------------------------------ data path

    /**
     * vlan_do_receive: the VLAN device of the frame's protocol and VID takes it (if it is up),
     * relabelled as a frame for it when addressed to its own MAC, without the tag.
     */
    static int doReceive(SkBuff skb) {
        Vlan v = find(skb.dev, skb.vlanProto, skb.vlanTci & VID_MASK);
        if (v == null) return Kernel.VLAN_NONE;
        if (!v.isUp()) return Kernel.VLAN_DROPPED;
        skb.dev = v;
        if (skb.pktType == SkBuff.PACKET_OTHERHOST && Ethernet.dst(skb.buf, skb.macHeader) == v.addr)
            skb.pktType = SkBuff.PACKET_HOST;
        skb.vlanProto = skb.vlanTci = 0;
        v.stats.rxPackets++;
        v.stats.rxBytes += skb.len;
        if (skb.pktType == SkBuff.PACKET_MULTICAST) v.stats.multicast++;
        return Kernel.VLAN_TAKEN;
    }

    /**
     * vlan_dev_hard_start_xmit: the tag (this device's VID, the egress priority of PCP 0) goes in
     * after the MAC addresses, and the frame leaves through the real device.
     */
    @Override
    public void xmit(SkBuff skb) {
        int len = skb.len;
        if (!realDev.isUp()) {
            stats.txDropped++;
            return;
        }
        byte[] b;
        int o = skb.push(4);
        b = skb.buf;
        System.arraycopy(b, o + 4, b, o, 12);
        int tci = vid | egressQos(0);
        b[o + 12] = (byte) (proto >>> 8);
        b[o + 13] = (byte) proto;
        b[o + 14] = (byte) (tci >>> 8);
        b[o + 15] = (byte) tci;
        skb.macHeader = o;
        skb.dev = realDev;
        stats.txPackets++;
        stats.txBytes += len;
        realDev.queueXmit(skb);
    }

    /** vlan_dev_get_egress_qos_mask for an skb priority. */
    private int egressQos(long prio) {
        List<long[]> bucket = egressMap[(int) (prio & 0xf)];
        if (bucket != null) for (long[] mp : bucket) if (mp[0] == prio) return (int) mp[1];
        return 0;
    }
}
