package linnet.kernel.drivers;

import static linnet.kernel.core.NetdevFeatures.*;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * The network-device half of a tun/tap (drivers/net/tun.c, struct tun_struct). Its "wire" is a
 * user-space program: what the stack transmits is queued for the {@link TunFile}s attached to it,
 * and what a program writes there is received by the stack. The character-device half (open,
 * ioctl, read, write, close of /dev/net/tun) is {@link TunFile}.
 *
 * <p>tun (IFF_TUN) is a layer-3 point-to-point device without a MAC (ARPHRD_NONE, link/none);
 * tap (IFF_TAP) is an Ethernet device with a random MAC. The carrier is on while a program holds a
 * queue and off otherwise, so an unattached persistent device shows NO-CARRIER and counts every
 * packet the stack gives it as TX dropped.
 */
public final class Tun extends NetDevice {
    /** include/uapi/linux/if_tun.h: flags of TUNSETIFF and of tun->flags. */
    public static final int IFF_TUN = 0x0001, IFF_TAP = 0x0002, IFF_NAPI = 0x0010, IFF_NAPI_FRAGS = 0x0020,
            IFF_NO_CARRIER = 0x0040, IFF_MULTI_QUEUE = 0x0100, IFF_PERSIST = 0x0800, IFF_NO_PI = 0x1000,
            IFF_ONE_QUEUE = 0x2000, IFF_VNET_HDR = 0x4000, IFF_TUN_EXCL = 0x8000;
    /** Shares its bit with IFF_NO_PI (TUNSETIFF on an existing device reads it as "no filter"). */
    public static final int IFF_NOFILTER = 0x1000;
    public static final int TUN_TYPE_MASK = IFF_TUN | IFF_TAP;
    /** The per-open features TUNSETIFF copies into tun->flags. */
    static final int TUN_FEATURES = IFF_NO_PI | IFF_ONE_QUEUE | IFF_VNET_HDR | IFF_MULTI_QUEUE | IFF_NAPI
            | IFF_NAPI_FRAGS;
    /** TUN_READQ_SIZE: tun_setup's tx_queue_len (a tap gets ether_setup's 1000 instead). */
    static final int TUN_READQ_SIZE = 500;
    /** INVALID_UID / INVALID_GID as sysfs shows them. */
    public static final int NO_OWNER = -1;

    /** tun->flags: IFF_TUN or IFF_TAP, the features, IFF_PERSIST. */
    int tunFlags;
    int owner = NO_OWNER, group = NO_OWNER;
    /** MAX_TAP_QUEUES: the queues a multi-queue device is allocated with. */
    static final int MAX_TAP_QUEUES = 256;

    /** The attached queues (tun->tfile[]); more than one only with IFF_MULTI_QUEUE. */
    final List<TunFile> tfiles = new ArrayList<>();

    /** tun_setup + tun_net_initialize for the type in {@code flags} (IFF_TUN or IFF_TAP). */
    Tun(Kernel kernel, String name, int flags) {
        super(kernel, name);
        tunFlags = flags & TUN_TYPE_MASK;
        txQueueLen = TUN_READQ_SIZE;
        mtu = 1500;
        minMtu = 68;
        if (isTun()) {
            initFlags(Iff.POINTOPOINT | Iff.NOARP | Iff.MULTICAST);
            type = Iff.ARPHRD_NONE;
            addrLen = 0;
            addr = 0;
            broadcast = 0;
            maxMtu = 65535;
        } else {
            initFlags(Iff.BROADCAST | Iff.MULTICAST);
            txQueueLen = 1000;
            addr = kernel.rng.randomMac();
            addrAssignType = NET_ADDR_RANDOM;
            maxMtu = 65535 - 14; // MAX_MTU - hard_header_len
        }
        // tun_net_initialize: the user-space offloads plus SG and VLAN insertion.
        hwFeatures = TUN_USER_FEATURES | of(SG, FRAGLIST, HW_VLAN_CTAG_TX, HW_VLAN_STAG_TX);
        features = hwFeatures;
    }

    /** TUN_USER_FEATURES: offloads only the program behind the device can enable (TUNSETOFFLOAD). */
    static final long TUN_USER_FEATURES = of(HW_CSUM, TSO_ECN, TSO, TSO6, GSO_UDP_L4, GSO_UDP_TUNNEL, GSO_UDP_TUNNEL_CSUM);

    /** tun->set_features: what the program enabled with TUNSETOFFLOAD (none: linnet's programs never ask). */
    long setFeatures;

    /** tun_net_fix_features: the user offloads are on only as far as the program allows. */
    @Override
    protected long ndoFixFeatures(long requested) {
        return (requested & setFeatures) | (requested & ~TUN_USER_FEATURES);
    }

    public boolean isTun() { return (tunFlags & IFF_TUN) != 0; }

    /** tun_flags(): what sysfs tun_flags and TUNGETIFF report. */
    public int tunFlags() { return tunFlags & (TUN_FEATURES | IFF_PERSIST | IFF_TUN | IFF_TAP); }

    public boolean persistent() { return (tunFlags & IFF_PERSIST) != 0; }

    /** Whether a program holds at least one queue. */
    public boolean attached() { return !tfiles.isEmpty(); }

    /** Both tun and tap register the one rtnl_link_ops "tun" (ip -d link shows "tun"). */
    @Override
    public String kind() { return "tun"; }

    @Override
    public String driverName() { return "tun"; }

    /** DRV_VERSION of tun.c. */
    @Override
    public String driverVersion() { return "1.6"; }

    /** tun_get_link_ksettings: a fixed 10000 Mb/s full duplex over twisted pair, whatever the carrier. */
    @Override
    public LinkKsettings ethtoolLinkKsettings() { return new LinkKsettings(10000, DUPLEX_FULL, PORT_TP); }

    /** tun_get_msglevel: tun->msg_enable, 0 unless TUN_DEBUG builds set it. */
    @Override
    public Integer ethtoolMsglevel() { return 0; }

    /** tun_get_drvinfo: bus_info is the device type. */
    @Override
    public String busInfo() { return isTun() ? "tun" : "tap"; }

    /**
     * tun/tap have a real transmit queue (tx_queue_len, no IFF_NO_QUEUE), so dev_activate attaches
     * net.core.default_qdisc, which is pfifo_fast on the oracle machine.
     */
    @Override
    protected String defaultQdisc() { return "pfifo_fast"; }

    /**
     * dev->operstate is computed by linkwatch only when the carrier changes. A device whose program
     * created it (carrier on from the start, never changed) is never evaluated and reports
     * "UNKNOWN" when up, like OpenVPN's tun0; once the carrier has changed (the close after
     * `ip tuntap add`, a program attaching to a persistent device) it reports DOWN or UP.
     */
    @Override
    protected boolean tracksCarrier() { return carrierUpCount + carrierDownCount > 0; }

    /** tun has no link-layer header; a tap has Ethernet's. */
    @Override
    public int hardHeaderLen() { return isTun() ? 0 : 14; }

    /** tun_attr_group: the extra sysfs files of a tun/tap. */
    @Override
    public List<String> sysfsGroupAttrs() { return List.of("tun_flags", "owner", "group"); }

    @Override
    public String sysfsGroupRead(String attr) {
        return switch (attr) {
            case "tun_flags" -> String.format("0x%x%n", tunFlags());
            case "owner" -> owner + "\n";
            case "group" -> group + "\n";
            default -> null;
        };
    }

    /**
     * tun_net_xmit: the frame goes to the ring of an attached queue and its reader is woken; with no
     * queue attached, or a full ring, it is dropped and counted as TX dropped. TX packets/bytes are
     * counted when the program reads the frame (tun_put_user), not here.
     */
    @Override
    public void xmit(SkBuff skb) {
        if (tfiles.isEmpty()) {
            stats.txDropped++;
            return;
        }
        TunFile f = tfiles.get(0);
        if (f.ringSize() >= txQueueLen) {
            stats.txDropped++;
            return;
        }
        byte[] frame = new byte[skb.len];
        System.arraycopy(skb.buf, skb.data, frame, 0, skb.len);
        f.produce(frame);
    }

    /** tun_net_uninit -> tun_detach_all: the device is going away, every file loses it. */
    @Override
    protected void ndoUninit() {
        for (TunFile f : new ArrayList<>(tfiles)) f.lostDevice();
        tfiles.clear();
    }

    /** tun_fill_info: owner and group only when set; queue counts only for a multi-queue device. */
    @Override
    public java.util.SequencedMap<String, Long> linkInfoData() {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        if (owner != NO_OWNER) m.put("IFLA_TUN_OWNER", (long) owner);
        if (group != NO_OWNER) m.put("IFLA_TUN_GROUP", (long) group);
        m.put("IFLA_TUN_TYPE", (long) (tunFlags & TUN_TYPE_MASK));
        m.put("IFLA_TUN_PI", (tunFlags & IFF_NO_PI) == 0 ? 1L : 0L);
        m.put("IFLA_TUN_VNET_HDR", (tunFlags & IFF_VNET_HDR) != 0 ? 1L : 0L);
        m.put("IFLA_TUN_PERSIST", persistent() ? 1L : 0L);
        m.put("IFLA_TUN_MULTI_QUEUE", (tunFlags & IFF_MULTI_QUEUE) != 0 ? 1L : 0L);
        if ((tunFlags & IFF_MULTI_QUEUE) != 0) {
            m.put("IFLA_TUN_NUM_QUEUES", (long) tfiles.size());
            m.put("IFLA_TUN_NUM_DISABLED_QUEUES", 0L);
        }
        return m;
    }

    /** Counts a frame a program read (tun_put_user). */
    void countTx(int len) {
        stats.txPackets++;
        stats.txBytes += len;
    }
}
