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
import linnet.kernel.core.UdpTunnel;
import linnet.wire.Ethernet;
import linnet.wire.Inet4;
import linnet.wire.Mac;

/**
 * A VXLAN tunnel endpoint (drivers/net/vxlan/vxlan_core.c): an Ethernet device whose frames go
 * inside UDP (VXLAN header with the 24-bit VNI) to the remote endpoints its FDB names for the
 * destination MAC, or to the all-zeros entry's remotes (the configured remote or group, and what
 * `bridge fdb append 00:00:00:00:00:00` added); datagrams arriving on its UDP port with its VNI
 * come out of it, their inner source MAC learned against the outer source address. The tunnel
 * lives in the namespace it was created in ({@code vnet}), even when the device is moved.
 */
public final class Vxlan extends NetDevice {
    /** The vxlan module's default UDP port (vxlan_port = 8472, the pre-IANA Linux value). */
    public static final int DEFAULT_PORT = 8472;
    public static final int FDB_AGE_DEFAULT = 300;
    /** FDB_AGE_INTERVAL: the cleanup timer's period. */
    static final long FDB_AGE_INTERVAL_NS = 10_000_000_000L;
    /** VXLAN_HEADROOM for IPv4: outer IP 20 + UDP 8 + VXLAN 8 + inner Ethernet 14. */
    public static final int HEADROOM4 = 50;
    public static final int DF_UNSET = 0, DF_SET = 1, DF_INHERIT = 2;

    /** struct vxlan_config (the IPv4 part). */
    public static final class Config implements Cloneable {
        public int vni;
        /** remote_ip: a unicast remote or a multicast group (0 = none). */
        public int remote;
        public int saddr;
        public int remoteIfindex;
        public int tos, ttl, df, label;
        public boolean ttlInherit, learn, proxy, rsc, l2miss, l3miss, collectMetadata, udpZeroCsumTx, zeroCsum6Tx,
                zeroCsum6Rx, remcsumTx, remcsumRx, gbp, gpe, localbypass, vnifilter;
        public long ageing;
        public int addrmax;
        public int portMin, portMax;
        public int dstPort;
        public int mtu;

        @Override
        public Config clone() {
            try {
                return (Config) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The IFLA_VXLAN_* attributes of a request (null = absent). {@code portRange} is
     * {low, high}; the flag attributes (gbp, gpe) are present or not.
     */
    public record Attrs(Integer id, Integer group, Integer local, Integer link, Integer tos, Integer ttl,
                        Boolean ttlInherit, Integer df, Integer label, Boolean learning, Long ageing, Boolean proxy,
                        Boolean rsc, Boolean l2miss, Boolean l3miss, Long limit, Boolean collectMetadata, int[] portRange,
                        Integer port, Boolean udpCsum, Boolean zeroCsum6Tx, Boolean zeroCsum6Rx, Boolean remcsumTx,
                        Boolean remcsumRx, boolean gbp, boolean gpe, Boolean vnifilter) {}

    Config cfg;
    /** vxlan->net: the namespace of the tunnel's socket and routes. */
    Net vnet;
    public final VxlanFdb fdb = new VxlanFdb(this);
    private UdpTunnel.Sock sock;
    /** The device the group was joined on (vxlan_igmp_join), while open. */
    private NetDevice joinedOn;
    private linnet.sim.EventLoop.Timer ageTimer;

    private Vxlan(Kernel kernel, String name) {
        super(kernel, name);
        // vxlan_setup / ether_setup: IFF_NO_QUEUE, 68..ETH_MAX_MTU
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        minMtu = 68;
        maxMtu = 65535;
    }

    public Config config() { return cfg; }

    public Net tunnelNet() { return vnet; }

    /** vxlan_init_net / vxlan_notifier: lower devices going away take their vxlans. */
    public static void init(Kernel kernel) { kernel.registerNotifier(Vxlan::deviceEvent); }

    /** vn->vxlan_list of {@code net}: the vxlans created there, wherever the devices are now. */
    static List<Vxlan> vxlansOf(Kernel kernel, Net net) {
        List<Vxlan> l = new ArrayList<>();
        for (Vxlan v : registered(kernel)) if (v.vnet == net) l.add(v);
        return l;
    }

    /**
     * Every registered vxlan of the machine, in the order they were made (vxlan_net's lists, merged): a device
     * event looks here instead of walking every device of every namespace, which made each `ip netns del`
     * cost as much as the whole machine.
     */
    private static List<Vxlan> registered(Kernel kernel) {
        return kernel.driverState(Vxlan.class, ArrayList::new);
    }

    /** VXLAN_F_RCV_FLAGS: the flags that decide which device a received packet is for. */
    private static int rcvFlags(Config c) {
        return (c.gbp ? 1 : 0) | (c.gpe ? 2 : 0) | (c.remcsumRx ? 4 : 0) | (c.collectMetadata ? 8 : 0) | (c.vnifilter ? 16 : 0);
    }

    /** vxlan_flag_attr_error: a flag that changelink may not change. */
    private static KernelException flagError(String flag) {
        return new KernelException(Errno.EOPNOTSUPP, "vxlan: cannot change " + flag + " flag");
    }

    /** vxlan_nl2conf: the attributes onto a fresh config (newlink) or a copy of the current one (changelink). */
    static Config nl2conf(Vxlan old, Attrs a, Integer mtu) throws KernelException {
        boolean change = old != null;
        Config c = change ? old.cfg.clone() : new Config();
        if (a.id() != null) {
            if (change && a.id() != c.vni) throw new KernelException(Errno.EOPNOTSUPP, "Cannot change VNI");
            c.vni = a.id();
        }
        if (a.group() != null) c.remote = a.group();
        if (a.local() != null) c.saddr = a.local();
        if (a.link() != null) c.remoteIfindex = a.link();
        if (a.tos() != null) c.tos = a.tos();
        if (a.ttl() != null) c.ttl = a.ttl();
        if (a.ttlInherit() != null) {
            if (change) throw flagError("TTL_INHERIT");
            c.ttlInherit = a.ttlInherit();
        }
        if (a.label() != null) c.label = a.label();
        if (a.learning() != null) c.learn = a.learning();
        else if (!change) c.learn = true;
        if (a.ageing() != null) c.ageing = a.ageing();
        if (a.proxy() != null) {
            if (change) throw flagError("PROXY");
            c.proxy = a.proxy();
        }
        if (a.rsc() != null) {
            if (change) throw flagError("RSC");
            c.rsc = a.rsc();
        }
        if (a.l2miss() != null) {
            if (change) throw flagError("L2MISS");
            c.l2miss = a.l2miss();
        }
        if (a.l3miss() != null) {
            if (change) throw flagError("L3MISS");
            c.l3miss = a.l3miss();
        }
        if (a.limit() != null) {
            if (change) throw new KernelException(Errno.EOPNOTSUPP, "Cannot change limit");
            c.addrmax = (int) (long) a.limit();
        }
        if (a.collectMetadata() != null) {
            if (change) throw flagError("COLLECT_METADATA");
            c.collectMetadata = a.collectMetadata();
        }
        if (a.portRange() != null) {
            if (change) throw new KernelException(Errno.EOPNOTSUPP, "Cannot change port range");
            c.portMin = a.portRange()[0];
            c.portMax = a.portRange()[1];
        }
        if (a.port() != null) {
            if (change) throw new KernelException(Errno.EOPNOTSUPP, "Cannot change port");
            c.dstPort = a.port();
        }
        if (a.udpCsum() != null) {
            if (change) throw new KernelException(Errno.EOPNOTSUPP, "Cannot change UDP_CSUM flag");
            if (!a.udpCsum()) c.udpZeroCsumTx = true;
        }
        if (!change) c.localbypass = true;
        if (a.zeroCsum6Tx() != null) {
            if (change) throw flagError("UDP_ZERO_CSUM6_TX");
            c.zeroCsum6Tx = a.zeroCsum6Tx();
        }
        if (a.zeroCsum6Rx() != null) {
            if (change) throw flagError("UDP_ZERO_CSUM6_RX");
            c.zeroCsum6Rx = a.zeroCsum6Rx();
        }
        if (a.remcsumTx() != null) {
            if (change) throw flagError("REMCSUM_TX");
            c.remcsumTx = a.remcsumTx();
        }
        if (a.remcsumRx() != null) {
            if (change) throw flagError("REMCSUM_RX");
            c.remcsumRx = a.remcsumRx();
        }
        if (a.gbp()) {
            if (change) throw flagError("GBP");
            c.gbp = true;
        }
        if (a.gpe()) {
            if (change) throw flagError("GPE");
            c.gpe = true;
        }
        if (mtu != null) {
            if (change) throw new KernelException(Errno.EOPNOTSUPP, "Cannot change mtu");
            c.mtu = mtu;
        }
        if (a.df() != null) c.df = a.df();
        if (a.vnifilter() != null) {
            if (change) throw flagError("VNIFILTER");
            c.vnifilter = a.vnifilter();
            if (c.vnifilter && !c.collectMetadata)
                throw new KernelException(Errno.EINVAL, "vxlan vnifilter only valid in collect metadata mode");
        }
        return c;
    }

    /**
     * vxlan_config_validate (IPv4): GPE only with external, a local address that is not
     * multicast, the lower device (or, for a group, its necessity), the defaults of port and
     * ageing, a VNI not in use with the same port and receive flags. Returns the lower device.
     */
    static NetDevice validate(Kernel kernel, Net srcNet, Config c, Vxlan old) throws KernelException {
        if (c.gpe && (!c.collectMetadata || c.learn || c.proxy || c.rsc || c.l2miss || c.l3miss || c.gbp))
            throw new KernelException(Errno.EINVAL, "VXLAN GPE does not support this combination of attributes");
        if (Inet4.isMulticast(c.saddr)) throw new KernelException(Errno.EINVAL, "Local address cannot be multicast");
        if (c.label != 0) throw new KernelException(Errno.EINVAL, "Label attribute only applies to IPv6 VXLAN devices");
        NetDevice lower = null;
        if (c.remoteIfindex != 0) {
            lower = srcNet.byIndex(c.remoteIfindex);
            if (lower == null) throw new KernelException(Errno.ENODEV, "Invalid local interface, device not found");
        } else if (Inet4.isMulticast(c.remote)) {
            throw new KernelException(Errno.EINVAL, "Local interface required for multicast remote destination");
        }
        if (c.dstPort == 0) c.dstPort = c.gpe ? 4790 : DEFAULT_PORT;
        if (c.ageing == 0) c.ageing = FDB_AGE_DEFAULT;
        for (Vxlan v : vxlansOf(kernel, srcNet)) {
            if (v == old || v.cfg.vni != c.vni || v.cfg.dstPort != c.dstPort || rcvFlags(v.cfg) != rcvFlags(c)) continue;
            throw new KernelException(Errno.EEXIST, "A VXLAN device with the specified VNI already exists");
        }
        return lower;
    }

    /** vxlan_config_apply: the MTU from the lower device (less the encapsulation), the TSO limit. */
    private void apply(Config c, NetDevice lower, boolean change) {
        int max = 65535;
        if (!change && c.mtu != 0) mtu = c.mtu;
        if (lower != null) {
            tsoMaxSize = lower.tsoMaxSize;
            max = Math.max(lower.mtu - HEADROOM4, 68);
            if (!change && c.mtu == 0) mtu = max;
        }
        if (mtu > max) mtu = max;
        cfg = c;
    }

    /**
     * __vxlan_dev_create: configure, the default FDB entry for a remote, register. {@code mtu} is
     * IFLA_MTU (null = absent), {@code address} IFLA_ADDRESS.
     */
    public static Vxlan newlink(Kernel kernel, Net srcNet, Net net, String name, Integer mtu, Long address, Attrs a)
            throws KernelException {
        Config c = nl2conf(null, a, mtu);
        NetDevice lower = validate(kernel, srcNet, c, null);
        if (name == null) name = Kernel.allocName(net, "vxlan%d");
        Vxlan v = new Vxlan(kernel, name);
        v.vnet = srcNet;
        v.apply(c, lower, false);
        if (address != null) {
            v.addr = address;
            v.addrAssignType = NET_ADDR_SET;
        } else {
            v.addr = kernel.rng.randomMac();
            v.addrAssignType = NET_ADDR_RANDOM;
        }
        v.nameAssignType = NET_NAME_USER;
        VxlanFdb.Entry f = null;
        if (c.remote != 0)
            f = v.fdb.create(0, c.remote, VxlanFdb.NUD_REACHABLE | VxlanFdb.NUD_PERMANENT, c.dstPort, c.vni, c.remoteIfindex,
                    VxlanFdb.NTF_SELF);
        kernel.registerNetdevice(net, v);
        registered(kernel).add(v);
        if (f != null) v.fdb.insert(f);
        return v;
    }

    /**
     * vxlan_changelink: the new config validated as a whole; a changed remote replaces the
     * default entry's remote (it is deleted, then created with NLM_F_APPEND).
     */
    public void changelink(Attrs a) throws KernelException { changelink(a, null); }

    /** The same with the request's IFLA_MTU, which changelink refuses ("Cannot change mtu"). */
    public void changelink(Attrs a, Integer mtu) throws KernelException {
        Config c = nl2conf(this, a, mtu);
        NetDevice lower = validate(kernel, vnet, c, this);
        if (c.remote != cfg.remote) {
            boolean wasUp = isUp();
            if (wasUp) multicastLeave();
            if (cfg.remote != 0) {
                try {
                    fdb.delete(0, cfg.remote, cfg.dstPort, cfg.vni, cfg.remoteIfindex);
                } catch (KernelException e) {
                    // not there any more
                }
            }
            if (c.remote != 0)
                fdb.update(0, c.remote, VxlanFdb.NUD_REACHABLE | VxlanFdb.NUD_PERMANENT,
                        VxlanFdb.NLM_F_APPEND | VxlanFdb.NLM_F_CREATE, c.dstPort, c.vni, c.remoteIfindex, VxlanFdb.NTF_SELF);
            apply(c, lower, true);
            if (wasUp) multicastJoin();
            return;
        }
        apply(c, lower, true);
    }

    @Override
    public String kind() { return "vxlan"; }

    /** vxlan_get_link_net: the tunnel's namespace, reported (with our own ifindex as link) once moved. */
    @Override
    public Net linkNet() { return vnet; }

    @Override
    public boolean hasLinkNet() { return true; }

    @Override
    public String driverName() { return "vxlan"; }

    @Override
    public String driverVersion() { return "0.1"; }

    /** Carrier is always on: an open vxlan is "UNKNOWN", whatever its lower device does. */
    @Override
    protected boolean tracksCarrier() { return false; }

    @Override
    public LinkKsettings ethtoolLinkKsettings() {
        NetDevice lower = vnet == null ? null : vnet.byIndex(cfg.remoteIfindex);
        if (lower == null || cfg.remoteIfindex == 0) return new LinkKsettings(SPEED_UNKNOWN, DUPLEX_UNKNOWN, PORT_OTHER);
        return lower.ethtoolLinkKsettings();
    }

    /** vxlan_fill_info: the attributes iproute2 prints, by their IFLA_VXLAN_* names. */
    @Override
    public java.util.SequencedMap<String, Long> linkInfoData() {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        Config c = cfg;
        m.put("IFLA_VXLAN_ID", (long) c.vni);
        if (c.remote != 0) m.put("IFLA_VXLAN_GROUP", Integer.toUnsignedLong(c.remote));
        if (c.remoteIfindex != 0) m.put("IFLA_VXLAN_LINK", (long) c.remoteIfindex);
        if (c.saddr != 0) m.put("IFLA_VXLAN_LOCAL", Integer.toUnsignedLong(c.saddr));
        m.put("IFLA_VXLAN_TTL", (long) c.ttl);
        m.put("IFLA_VXLAN_TTL_INHERIT", c.ttlInherit ? 1L : 0L);
        m.put("IFLA_VXLAN_DF", (long) c.df);
        m.put("IFLA_VXLAN_TOS", (long) c.tos);
        m.put("IFLA_VXLAN_LABEL", (long) c.label);
        m.put("IFLA_VXLAN_LEARNING", c.learn ? 1L : 0L);
        m.put("IFLA_VXLAN_PROXY", c.proxy ? 1L : 0L);
        m.put("IFLA_VXLAN_RSC", c.rsc ? 1L : 0L);
        m.put("IFLA_VXLAN_L2MISS", c.l2miss ? 1L : 0L);
        m.put("IFLA_VXLAN_L3MISS", c.l3miss ? 1L : 0L);
        m.put("IFLA_VXLAN_COLLECT_METADATA", c.collectMetadata ? 1L : 0L);
        m.put("IFLA_VXLAN_AGEING", c.ageing);
        m.put("IFLA_VXLAN_LIMIT", Integer.toUnsignedLong(c.addrmax));
        m.put("IFLA_VXLAN_PORT", (long) c.dstPort);
        m.put("IFLA_VXLAN_UDP_CSUM", c.udpZeroCsumTx ? 0L : 1L);
        m.put("IFLA_VXLAN_UDP_ZERO_CSUM6_TX", c.zeroCsum6Tx ? 1L : 0L);
        m.put("IFLA_VXLAN_UDP_ZERO_CSUM6_RX", c.zeroCsum6Rx ? 1L : 0L);
        m.put("IFLA_VXLAN_REMCSUM_TX", c.remcsumTx ? 1L : 0L);
        m.put("IFLA_VXLAN_REMCSUM_RX", c.remcsumRx ? 1L : 0L);
        m.put("IFLA_VXLAN_LOCALBYPASS", c.localbypass ? 1L : 0L);
        m.put("IFLA_VXLAN_PORT_RANGE_LOW", (long) c.portMin);
        m.put("IFLA_VXLAN_PORT_RANGE_HIGH", (long) c.portMax);
        if (c.gbp) m.put("IFLA_VXLAN_GBP", 1L);
        if (c.gpe) m.put("IFLA_VXLAN_GPE", 1L);
        if (c.vnifilter) m.put("IFLA_VXLAN_VNIFILTER", 1L);
        return m;
    }

    // ------------------------------------------------------------------ open / stop

    /** vxlan_open: the UDP socket (shared with the vxlans of the same port), the group, the ageing timer. */
    @Override
    protected void ndoOpenValidate() throws KernelException {
        if (sockOf(this) == null && kernel.udpTunnel != null) {
            // probe the port the socket needs: an ordinary socket holding it makes open fail
            UdpTunnel.Sock s = kernel.udpTunnel.open(vnet, cfg.dstPort, (skb, sa, da, sp, dp) -> {});
            s.close();
        }
    }

    /** The open socket of another vxlan of this namespace and port (vxlan_find_sock), or null. */
    private static UdpTunnel.Sock sockOf(Vxlan self) {
        for (Vxlan v : vxlansOf(self.kernel, self.vnet))
            if (v != self && v.sock != null && v.cfg.dstPort == self.cfg.dstPort) return v.sock;
        return null;
    }

    @Override
    protected void ndoOpen() {
        UdpTunnel.Sock s = sockOf(this);
        if (s == null && kernel.udpTunnel != null) {
            Kernel k = kernel;
            Net n = vnet;
            int port = cfg.dstPort;
            try {
                s = kernel.udpTunnel.open(vnet, port, (skb, sa, da, sp, dp) -> rcv(k, n, port, skb, sa));
            } catch (KernelException e) {
                s = null;
            }
        }
        sock = s;
        multicastJoin();
        ageTimer = kernel.loop.schedule(FDB_AGE_INTERVAL_NS, this::ageTick);
    }

    private void ageTick() {
        if (!isUp()) return;
        long next = fdb.cleanup(FDB_AGE_INTERVAL_NS);
        ageTimer = kernel.loop.schedule(Math.max(next - kernel.loop.now(), 1), this::ageTick);
    }

    /** vxlan_igmp_join: a group remote is joined on the lower device through the socket. */
    private void multicastJoin() {
        if (sock == null || !Inet4.isMulticast(cfg.remote)) return;
        NetDevice lower = vnet.byIndex(cfg.remoteIfindex);
        if (lower == null) return;
        try {
            sock.joinGroup(lower, cfg.remote);
            joinedOn = lower;
        } catch (KernelException e) {
            joinedOn = null;
        }
    }

    private void multicastLeave() {
        if (sock != null && joinedOn != null) sock.leaveGroup(joinedOn, cfg.remote);
        joinedOn = null;
    }

    @Override
    protected void ndoStop() {
        multicastLeave();
        if (ageTimer != null) ageTimer.cancel();
        ageTimer = null;
        fdb.flush(false);
        UdpTunnel.Sock s = sock;
        sock = null;
        // vxlan_sock_release: the last user closes the socket
        if (s != null && sockOf(this) != s && !sharedBy(s)) s.close();
    }

    private boolean sharedBy(UdpTunnel.Sock s) {
        for (Vxlan v : vxlansOf(kernel, vnet)) if (v != this && v.sock == s) return true;
        return false;
    }

    /** vxlan_change_mtu: within the lower device's MTU less the encapsulation. */
    @Override
    public void ndoChangeMtu(int newMtu) throws KernelException {
        NetDevice lower = cfg.remoteIfindex == 0 ? null : vnet.byIndex(cfg.remoteIfindex);
        if (lower != null && newMtu > lower.mtu - HEADROOM4) throw new KernelException(Errno.EINVAL);
    }

    @Override
    protected void ndoUninit() {
        fdb.flush(true);
        registered(kernel).remove(this);
    }

    /** vxlan_netdevice_event: a lower device unregistered (or moved away) deletes the vxlans on it. */
    static void deviceEvent(NetdevEvent ev, NetDevice dev) {
        if (ev != NetdevEvent.UNREGISTER || dev instanceof Vxlan) return;
        for (Vxlan v : vxlansOf(dev.kernel, dev.net()))
            if (v.cfg.remoteIfindex == dev.ifindex() && v.registered()) dev.kernel.unregisterNetdevice(v);
    }

    // ------------------------------------------------------------------ transmit

    /** vxlan_xmit: the FDB entry of the destination MAC, else the default one; a copy per remote. */
    @Override
    public void xmit(SkBuff skb) {
        if (cfg.proxy && Ethernet.type(skb.buf, skb.data) == Ethernet.P_ARP) {
            // proxy: ARP requests are answered here from the neighbour table, never sent on
            arpReduce(skb);
            return;
        }
        long dest = Ethernet.dst(skb.buf, skb.data);
        VxlanFdb.Entry f = fdb.find(dest);
        if (f == null) f = fdb.find(0);
        if (f == null || f.remotes.isEmpty()) {
            stats.txDropped++;
            return;
        }
        f.used = kernel.loop.now();
        List<VxlanFdb.Rdst> rs = f.remotes;
        // the first remote gets the original, sent last
        for (int i = 1; i < rs.size(); i++) xmitOne(skb.copy(), rs.get(i));
        xmitOne(skb, rs.get(0));
    }

    /**
     * arp_reduce: an Ethernet/IPv4 ARP request whose target this device's neighbour table knows
     * (NUD_CONNECTED, and not a bridge-local neighbour of the FDB) gets a reply received here
     * as if from the target; any ARP request is consumed either way.
     */
    private void arpReduce(SkBuff skb) {
        if ((flags() & Iff.NOARP) != 0 || kernel.inet == null) return;
        byte[] b = skb.buf;
        int a = skb.data + Ethernet.HLEN;
        if (skb.len < Ethernet.HLEN + 28) {
            stats.txDropped++;
            return;
        }
        int hrd = ((b[a] & 0xff) << 8) | (b[a + 1] & 0xff), pro = ((b[a + 2] & 0xff) << 8) | (b[a + 3] & 0xff);
        int op = ((b[a + 6] & 0xff) << 8) | (b[a + 7] & 0xff);
        if ((hrd != 1 && hrd != 6) || pro != Ethernet.P_IP || op != 1 || b[a + 4] != 6 || b[a + 5] != 4) return;
        long sha = 0;
        for (int i = 0; i < 6; i++) sha = (sha << 8) | (b[a + 8 + i] & 0xff);
        int sip = ((b[a + 14] & 0xff) << 24) | ((b[a + 15] & 0xff) << 16) | ((b[a + 16] & 0xff) << 8) | (b[a + 17] & 0xff);
        int tip = ((b[a + 24] & 0xff) << 24) | ((b[a + 25] & 0xff) << 16) | ((b[a + 26] & 0xff) << 8) | (b[a + 27] & 0xff);
        if (Inet4.isLoopback(tip) || Inet4.isMulticast(tip)) return;
        long ha = kernel.inet.arpConnected(this, tip);
        if (ha < 0) return;
        VxlanFdb.Entry f = fdb.find(ha);
        if (f != null && f.remotes.get(0).ip == 0) return;
        // arp_create(ARPOP_REPLY, ETH_P_ARP, sip, dev, tip, sha, n->ha, sha)
        SkBuff r = SkBuff.alloc(Ethernet.HLEN + 28);
        byte[] o = r.buf;
        int e = r.data;
        Ethernet.setDst(o, e, sha);
        Ethernet.setSrc(o, e, ha);
        Ethernet.setType(o, e, Ethernet.P_ARP);
        int p = e + Ethernet.HLEN;
        o[p + 1] = 1;
        o[p + 2] = 0x08;
        o[p + 4] = 6;
        o[p + 5] = 4;
        o[p + 7] = 2;
        for (int i = 0; i < 6; i++) {
            o[p + 8 + i] = (byte) (ha >>> (8 * (5 - i)));
            o[p + 18 + i] = (byte) (sha >>> (8 * (5 - i)));
        }
        for (int i = 0; i < 4; i++) {
            o[p + 14 + i] = (byte) (tip >>> (8 * (3 - i)));
            o[p + 24 + i] = (byte) (sip >>> (8 * (3 - i)));
        }
        Eth.typeTrans(r, this);
        r.pktType = SkBuff.PACKET_HOST;
        if (!kernel.netifRx(r)) stats.rxDropped++;
    }

    /** vxlan_xmit_one for an IPv4 remote. */
    private void xmitOne(SkBuff skb, VxlanFdb.Rdst rd) {
        if (rd.ip == 0) {
            stats.txDropped++;
            return;
        }
        int dport = rd.port != 0 ? rd.port : cfg.dstPort;
        int vni = rd.vni;
        int ttl, tos = cfg.tos;
        int innerIp = skb.data + Ethernet.HLEN;
        boolean innerV4 = Ethernet.type(skb.buf, skb.data) == Ethernet.P_IP && skb.len >= Ethernet.HLEN + 20;
        if (cfg.ttlInherit) ttl = innerV4 ? linnet.wire.Ipv4.ttl(skb.buf, innerIp) : 0;
        else {
            ttl = cfg.ttl;
            if (ttl == 0 && Inet4.isMulticast(rd.ip)) ttl = 1;
        }
        int innerTos = innerV4 ? linnet.wire.Ipv4.tos(skb.buf, innerIp) : 0;
        if (tos == 1) tos = innerTos;
        int sport = srcPort(skb);
        UdpTunnel.Route rt;
        try {
            rt = kernel.udpTunnel.route(vnet, rd.ip, cfg.saddr, rd.ifindex, tos & 0x1c, skb.mark, sport, dport);
            if (rt.dev() == this) throw new KernelException(Errno.ELOOP);
        } catch (KernelException e) {
            if (e.errno == Errno.ELOOP) stats.collisions++;
            else stats.txCarrierErrors++;
            stats.txErrors++;
            return;
        }
        if (rt.local() && cfg.localbypass && !Inet4.isMulticast(rd.ip)) {
            encapBypass(skb, vni, dport, rd.ifindex);
            return;
        }
        boolean df = cfg.df == DF_SET || (cfg.df == DF_INHERIT && innerV4 && linnet.wire.Ipv4.dontFragment(skb.buf, innerIp));
        // ip_tunnel_ecn_encap: the inner ECN bits, or ECT(0) for a CE inner packet
        int ecn = innerTos & 3;
        tos = (tos & ~3) | (ecn == 3 ? 2 : ecn);
        if (ttl == 0) ttl = kernel.udpTunnel.defaultTtl(vnet);
        int innerLen = skb.len - Ethernet.HLEN;
        // vxlan_build_skb: the VXLAN header (I flag, VNI) in front of the inner frame
        int o = skb.push(8);
        skb.buf[o] = 0x08;
        skb.buf[o + 1] = skb.buf[o + 2] = skb.buf[o + 3] = 0;
        skb.buf[o + 4] = (byte) (vni >>> 16);
        skb.buf[o + 5] = (byte) (vni >>> 8);
        skb.buf[o + 6] = (byte) vni;
        skb.buf[o + 7] = 0;
        int saddr = cfg.saddr != 0 ? cfg.saddr : rt.saddr();
        kernel.udpTunnel.xmit(vnet, rt, skb, saddr, rd.ip, tos, ttl, df, sport, dport, cfg.udpZeroCsumTx);
        // iptunnel_xmit_stats: the inner packet from its network header on
        stats.txPackets++;
        stats.txBytes += innerLen;
    }

    /**
     * udp_flow_src_port: a source port from a hash of the inner flow (so one flow keeps its port),
     * in the configured range or else the ephemeral one.
     */
    private int srcPort(SkBuff skb) {
        int min = cfg.portMin, max = cfg.portMax;
        if (min >= max) {
            int[] r = kernel.udpTunnel.localPortRange(vnet);
            min = r[0];
            max = r[1];
        }
        int h = 0x9747b28c;
        int end = Math.min(skb.len, Ethernet.HLEN + 40);
        for (int i = 0; i < end; i++) {
            // the addresses and ports of an IPv4 flow, or the Ethernet addresses
            int k = i - Ethernet.HLEN;
            boolean key = i < 12 || (k >= 12 && k < 24);
            if (!key) continue;
            h = (h ^ (skb.buf[skb.data + i] & 0xff)) * 0x01000193;
        }
        h ^= h << 16;
        return (int) (((Integer.toUnsignedLong(h) * (max - min)) >>> 32) + min);
    }

    /**
     * vxlan_encap_bypass: a remote that is this namespace's own address goes straight to the
     * vxlan of that VNI and port here (learned as from 127.0.0.1), without encapsulation.
     */
    private void encapBypass(SkBuff skb, int vni, int dport, int ifindex) {
        Vxlan dst = null;
        for (Vxlan v : vxlansOf(kernel, vnet)) if (v.cfg.vni == vni && v.cfg.dstPort == dport && v.isUp()) dst = v;
        if (dst == null) {
            stats.txErrors++;
            return;
        }
        int len = skb.len;
        stats.txPackets++;
        stats.txBytes += len;
        scrub(skb, dst.net() != net());
        Eth.typeTrans(skb, dst);
        if (dst.cfg.learn) dst.fdb.snoop(Ethernet.src(skb.buf, skb.macHeader), 0x7f000001, vni);
        if (kernel.netifRx(skb)) {
            dst.stats.rxPackets++;
            dst.stats.rxBytes += len;
        } else {
            dst.stats.rxDropped++;
        }
    }

    private static void scrub(SkBuff skb, boolean xnet) {
        skb.dst = null;
        skb.nfct = null;
        skb.nfctinfo = 0;
        skb.sk = null;
        skb.iif = 0;
        skb.physIn = skb.physOut = null;
        skb.brnfPrerouted = false;
        skb.bridgedDnat = false;
        if (xnet) {
            skb.mark = 0;
            skb.tstamp = 0;
        }
    }

    // ------------------------------------------------------------------ receive

    /**
     * vxlan_rcv: the VXLAN header (I flag required, no other bits), the device of the VNI among
     * the open vxlans of this socket's namespace and port, the inner frame received on it (source
     * learned against the outer source address). Anything wrong is consumed and dropped.
     */
    static void rcv(Kernel kernel, Net net, int port, SkBuff skb, int outerSrc) {
        if (skb.len < 8 + Ethernet.HLEN) return;
        byte[] b = skb.buf;
        int h = skb.data;
        if ((b[h] & 0x08) == 0) return;
        int vni = ((b[h + 4] & 0xff) << 16) | ((b[h + 5] & 0xff) << 8) | (b[h + 6] & 0xff);
        Vxlan vx = null;
        for (Vxlan v : vxlansOf(kernel, net)) if (v.sock != null && v.cfg.dstPort == port && v.cfg.vni == vni) vx = v;
        if (vx == null) return;
        boolean reserved = (b[h] & ~0x08) != 0 || b[h + 1] != 0 || b[h + 2] != 0 || b[h + 3] != 0 || b[h + 7] != 0;
        if (reserved) {
            vx.stats.rxFrameErrors++;
            vx.stats.rxErrors++;
            return;
        }
        skb.pull(8);
        scrub(skb, vx.net() != net);
        Eth.typeTrans(skb, vx);
        long src = Ethernet.src(b, skb.macHeader);
        if (src == vx.addr) return; // a loop, or our own multicast echoed
        if (vx.cfg.learn && !vx.fdb.snoop(src, outerSrc, vni)) return;
        if (!vx.isUp()) {
            vx.stats.rxDropped++;
            return;
        }
        int len = skb.len;
        if (kernel.netifRx(skb)) {
            vx.stats.rxPackets++;
            vx.stats.rxBytes += len;
        } else {
            vx.stats.rxDropped++;
        }
    }

    /** For tests and dumps: whether the device holds its tunnel socket (it is open). */
    public boolean hasSocket() { return sock != null; }

    /** A MAC as a key of the FDB (0 is the default entry). */
    static boolean isDefault(long mac) { return mac == 0 || Mac.isZero(mac); }
}
