package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import linnet.kernel.bridge.BrIf;
import linnet.kernel.bridge.BrNetlink;
import linnet.kernel.bridge.Bridge;
import linnet.kernel.bridge.BridgeOpts;
import linnet.kernel.bridge.BridgePort;
import linnet.kernel.bridge.FdbEntry;
import linnet.kernel.core.DevAddrLists;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;

/**
 * The bridge half of rtnetlink: RTM_NEWLINK type bridge, IFLA_INFO_DATA / IFLA_PROTINFO snapshots,
 * and the AF_BRIDGE neighbour (FDB) dump and changes that `bridge fdb` uses.
 */
public final class RtnlBridge {
    private final Kernel kernel;

    RtnlBridge(Kernel kernel) { this.kernel = kernel; }

    public static Bridge bridge(Net net, String name) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof Bridge b)) throw new KernelException(Errno.EOPNOTSUPP);
        return b;
    }

    /** RTM_NEWLINK type bridge. */
    public void newBridge(Net net, String name, BridgeOpts o) throws KernelException {
        BrNetlink.newLink(kernel, net, name, o, name != null);
    }

    /** The same with the generic attributes of the request (IFLA_MTU, IFLA_ADDRESS, IFLA_TXQLEN). */
    public void newBridge(Net net, String name, BridgeOpts o, LinkAttrs a) throws KernelException {
        BrNetlink.newLink(kernel, net, name, o, name != null, a.mtu(), a.address(), a.txqlen());
    }

    /** RTM_NEWLINK on an existing bridge with IFLA_INFO_DATA (`ip link set BR type bridge ...`). */
    public void changeBridge(Net net, String name, BridgeOpts o) throws KernelException {
        BrNetlink.changeLink(bridge(net, name), o);
    }

    public boolean isBridge(Net net, String name) { return net.byName(name) instanceof Bridge; }

    public BridgeInfo info(Net net, String name) throws KernelException { return info(bridge(net, name)); }

    static BridgeInfo info(Bridge b) {
        TreeSet<String> names = new TreeSet<>();
        for (BridgePort p : b.ports()) names.add(p.dev.name());
        return new BridgeInfo(b.ifindex(), b.name(), clockT(b.forwardDelay), clockT(b.helloTime), clockT(b.maxAge),
                clockT(b.ageingTime), b.stpEnabled, b.priority, b.vlanFiltering, b.bridgeIdAddr(), b.groupFwdMask,
                b.fdb.gcTimerLeft(), new ArrayList<>(names), clockT(b.bridgeForwardDelay), clockT(b.bridgeHelloTime),
                clockT(b.bridgeMaxAge), b.designatedRoot, b.rootPort, b.rootPathCost, b.topologyChange,
                b.topologyChangeDetected, b.helloTimerLeft(), b.tcnTimerLeft(), b.topologyChangeTimerLeft(),
                b.knobs.groupAddr, b.knobs.report());
    }

    /** jiffies_to_clock_t, as br_fill_info reports the bridge's timers. */
    private static int clockT(int jiffies) { return (int) linnet.kernel.core.Jiffies.jiffiesToClockT(jiffies); }

    /** Every bridge of the namespace, in ifindex order. */
    public List<BridgeInfo> bridges(Net net) {
        List<BridgeInfo> l = new ArrayList<>();
        for (NetDevice d : net.devices()) if (d instanceof Bridge b) l.add(info(b));
        return l;
    }

    /** IFLA_PROTINFO of a port, or null if the device is no bridge port. */
    public BrPortInfo port(NetDevice d) {
        if (!(d.rxHandlerData instanceof BridgePort p)) return null;
        return new BrPortInfo(d.ifindex(), d.name(), p.br.ifindex(), p.br.name(), p.state, p.priority, p.pathCost,
                p.portNo, p.portId(), p.br.bridgeIdAddr(), p.br.priority, p.learning, p.flood, p.mcastFlood,
                p.bcastFlood, p.hairpin, p.forwardDelayLeft(), p.guard, p.rootBlock, p.fastLeave, p.designatedPort,
                p.designatedRoot, p.designatedBridge, p.designatedCost, p.messageAgeLeft(), p.holdLeft(),
                p.topologyChangeAck, p.configPending);
    }

    public BrPortInfo port(Net net, String name) throws KernelException { return port(Rtnl.dev(net, name)); }

    /**
     * RTM_SETLINK AF_BRIDGE with IFLA_PROTINFO (br_setport): one IFLA_BRPORT_* attribute by its
     * `bridge link set` name. A device that is no bridge port is EOPNOTSUPP.
     */
    public void setPort(Net net, String dev, String attr, int v) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        if (!(d.rxHandlerData instanceof BridgePort p)) throw new KernelException(Errno.EOPNOTSUPP);
        boolean on = v != 0;
        switch (attr) {
            case "hairpin" -> p.hairpin = on;
            case "guard" -> p.guard = on;
            case "root_block" -> p.rootBlock = on;
            case "fastleave" -> p.fastLeave = on;
            case "learning" -> p.learning = on;
            case "flood" -> p.flood = on;
            case "mcast_flood" -> p.mcastFlood = on;
            case "bcast_flood" -> p.bcastFlood = on;
            case "cost" -> p.setPathCost(v & 0xffffffffL);
            case "priority" -> p.setPriority(v & 0xffffL);
            case "state" -> p.setState(v & 0xff);
            default -> throw new KernelException(Errno.EINVAL);
        }
        d.net().kernel.floodChanged(d);
    }

    /**
     * The end of a successful RTM_NEWLINK with IFLA_INFO_SLAVE_DATA: netdev_state_change, whose
     * NETDEV_CHANGE makes the bridge re-check the port's carrier (a port set disabled while it can
     * carry traffic is enabled again at once).
     */
    public void slaveChanged(Net net, String dev) throws KernelException {
        kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGE, Rtnl.dev(net, dev));
    }

    /** RTM_GETLINK AF_BRIDGE dump (`bridge link`): the ports, in ifindex order. */
    public List<BrPortInfo> ports(Net net) {
        List<BrPortInfo> l = new ArrayList<>();
        for (NetDevice d : net.devices()) {
            BrPortInfo p = port(d);
            if (p != null) l.add(p);
        }
        return l;
    }

    /**
     * The groups the protocols put on the device's multicast list themselves, in the order they
     * join: the IPv6 all-nodes group at registration, on a bridge that is up the multicast-router-
     * discovery (all-snoopers) groups its snooping joins in br_dev_open, the IPv4 all-hosts group
     * when the device comes up, then the solicited-node group of each IPv6 address as its DAD
     * begins (one entry per group, however many addresses share it).
     */
    static List<Long> joinedGroups(NetDevice d) {
        List<Long> l = new ArrayList<>();
        if (d.type != Iff.ARPHRD_ETHER || (d.flags() & Iff.LOOPBACK) != 0) return l;
        int allNodes = linnet.kernel.ipv6.Addrconf.allNodesState(d);
        if (allNodes == linnet.kernel.ipv6.Inet6Dev.MC_FROM_REGISTER) l.add(0x3333_0000_0001L);
        if (d.isUp()) {
            // br_multicast_join_snoopers, only while snooping is on.
            if (d instanceof Bridge b && b.knobs.mcastSnooping && !b.knobs.snoopersRejoined) {
                l.add(0x0100_5e00_006aL);
                l.add(0x3333_0000_006aL);
            }
            l.add(0x0100_5e00_0001L);
        }
        if (allNodes == linnet.kernel.ipv6.Inet6Dev.MC_RELOADED) l.add(0x3333_0000_0001L);
        for (byte[] a : linnet.kernel.ipv6.Addrconf.solicitedGroups(d)) {
            // ipv6_eth_mc_map: 33:33 and the group's last four bytes.
            long mac = 0x3333_0000_0000L | ((a[12] & 0xffL) << 24) | ((a[13] & 0xffL) << 16) | ((a[14] & 0xffL) << 8)
                    | (a[15] & 0xffL);
            if (!l.contains(mac)) l.add(mac);
        }
        if (d.isUp() && d instanceof Bridge b && b.knobs.mcastSnooping && b.knobs.snoopersRejoined) {
            l.add(0x0100_5e00_006aL);
            l.add(0x3333_0000_006aL);
        }
        return l;
    }

    /** ndo_dflt_fdb_dump: dev->uc, then dev->mc, each entry "self permanent". */
    private static void dfltDump(NetDevice dev, List<FdbInfo> out) {
        List<Long> mc = new ArrayList<>(joinedGroups(dev));
        for (long m : dev.addrLists.mc) if (!mc.contains(m)) mc.add(m);
        // an upper device's groups, synced down when it opened (macvlan_set_mac_lists -> dev_mc_sync)
        for (NetDevice up : linnet.kernel.drivers.Macvlan.mcSynced(dev))
            for (long m : joinedGroups(up)) if (!mc.contains(m)) mc.add(m);
        List<Long> all = new ArrayList<>(dev.addrLists.uc);
        all.addAll(mc);
        for (long mac : all)
            out.add(new FdbInfo(mac, dev.ifindex(), dev.name(), 0, null, false, FdbInfo.NUD_PERMANENT, 0, 0, false, 0));
    }

    /**
     * rtnl_fdb_dump: per device in order, a port's entries in its bridge's FDB (newest first), then
     * the device's own address lists; a bridge lists its own lists, then the entries no port owns.
     * {@code br} (NDA_MASTER) keeps that bridge and its ports, {@code brport} (ifindex) one device;
     * a {@code br} that is no bridge keeps nothing.
     */
    public List<FdbInfo> fdbDump(Net net, String br, String brport) throws KernelException {
        NetDevice brDev = br == null ? null : Rtnl.dev(net, br);
        NetDevice portDev = brport == null ? null : Rtnl.dev(net, brport);
        List<FdbInfo> out = new ArrayList<>();
        for (NetDevice dev : net.devices()) {
            if (portDev != null && dev != portDev) continue;
            BridgePort p = dev.rxHandlerData instanceof BridgePort bp ? bp : null;
            if (brDev != null) {
                if (dev != brDev && p == null) continue;
                if ((p == null || p.br != brDev) && !(dev instanceof Bridge)) continue;
            }
            if (p != null) {
                for (FdbEntry e : p.br.fdb.entries()) if (e.dst == p) out.add(entry(p.br, e));
            }
            if (dev instanceof linnet.kernel.drivers.Vxlan vx) {
                vxlanDump(net, vx, out);
            } else if (dev instanceof Bridge b) {
                // br_fdb_dump: the bridge's own lists, then the entries that point at no port.
                dfltDump(dev, out);
                for (FdbEntry e : b.fdb.entries()) if (e.dst == null) out.add(entry(b, e));
            } else {
                dfltDump(dev, out);
            }
        }
        return out;
    }

    /**
     * vxlan_fdb_dump / vxlan_fdb_info: one message per remote of each entry (newest entry first);
     * the port and VNI only where they differ from the device's, the outgoing device where set,
     * the tunnel's namespace when the device has moved out of it.
     */
    private static void vxlanDump(Net net, linnet.kernel.drivers.Vxlan vx, List<FdbInfo> out) {
        var cfg = vx.config();
        int nsid = vx.tunnelNet() != vx.net() ? vx.net().peernet2idAlloc(vx.tunnelNet()) : -1;
        long now = vx.kernel.loop.now();
        for (linnet.kernel.drivers.VxlanFdb.Entry f : vx.fdb.entries())
            for (linnet.kernel.drivers.VxlanFdb.Rdst r : f.remotes) vxlanInfo(vx, f, r, out);
    }

    /** vxlan_fdb_info for one remote of an entry. */
    private static void vxlanInfo(linnet.kernel.drivers.Vxlan vx, linnet.kernel.drivers.VxlanFdb.Entry f,
                                  linnet.kernel.drivers.VxlanFdb.Rdst r, List<FdbInfo> out) {
        var cfg = vx.config();
        int nsid = vx.tunnelNet() != vx.net() ? vx.net().peernet2idAlloc(vx.tunnelNet()) : -1;
        long now = vx.kernel.loop.now();
        out.add(new FdbInfo(f.mac, vx.ifindex(), vx.name(), 0, null, false, f.state, now - f.updated, 0, false,
                now - f.used, r.ip == 0 ? null : r.ip, r.port != 0 && r.port != cfg.dstPort ? r.port : null,
                r.vni != cfg.vni ? r.vni : null, r.ifindex, nsid));
    }

    /** Tunnel attributes of an fdb request (NDA_DST, NDA_PORT, NDA_VNI, NDA_IFINDEX; null = absent). */
    public record FdbDest(Integer dst, Integer port, Integer vni, Integer via) {}

    /** NLM_F_* of a request. */
    public static final int NLM_F_REPLACE = 0x100, NLM_F_EXCL = 0x200, NLM_F_CREATE = 0x400, NLM_F_APPEND = 0x800;

    /**
     * vxlan_fdb_add / vxlan_fdb_parse: a state that says something, a destination, the port and
     * VNI defaulting to the device's, an outgoing device that exists; then vxlan_fdb_update.
     */
    private static void vxlanFdbAdd(linnet.kernel.drivers.Vxlan vx, long mac, int state, int nlFlags, int ndmFlags,
                                    FdbDest d) throws KernelException {
        if ((state & (FdbInfo.NUD_PERMANENT | FdbInfo.NUD_REACHABLE)) == 0) throw new KernelException(Errno.EINVAL);
        if (d == null || d.dst() == null) throw new KernelException(Errno.EINVAL);
        var cfg = vx.config();
        int port = d.port() != null ? d.port() : cfg.dstPort;
        int vni = d.vni() != null ? d.vni() : cfg.vni;
        int via = 0;
        if (d.via() != null) {
            if (vx.net().byIndex(d.via()) == null) throw new KernelException(Errno.EADDRNOTAVAIL, "Device not found");
            via = d.via();
        }
        vx.fdb.update(mac, d.dst(), state, nlFlags, port, vni, via, ndmFlags & (NTF_SELF | 0x80 | NTF_EXT_LEARNED));
    }

    /** vxlan_fdb_delete: the remote given (or the whole entry without NDA_DST). */
    private static void vxlanFdbDel(linnet.kernel.drivers.Vxlan vx, long mac, FdbDest d) throws KernelException {
        var cfg = vx.config();
        int ip = d == null || d.dst() == null ? 0 : d.dst();
        int port = d != null && d.port() != null ? d.port() : cfg.dstPort;
        int vni = d != null && d.vni() != null ? d.vni() : cfg.vni;
        int via = d != null && d.via() != null ? d.via() : 0;
        vx.fdb.delete(mac, ip, port, vni, via);
    }

    private static FdbInfo entry(Bridge b, FdbEntry e) {
        NetDevice d = e.dst == null ? b : e.dst.dev;
        long now = b.kernel.loop.now();
        return new FdbInfo(e.addr, d.ifindex(), d.name(), b.ifindex(), b.name(), true, b.fdb.toNud(e), b.fdb.ageNs(e),
                e.dst == null ? 0 : e.dst.portNo, e.sticky, now - e.used);
    }

    /** The brforward entries brctl showmacs reads (br_fdb_fillbuf): entries not past their hold time. */
    public List<FdbInfo> brforward(Net net, String br) throws KernelException {
        Bridge b = bridge(net, br);
        List<FdbInfo> out = new ArrayList<>();
        for (FdbEntry e : b.fdb.entries()) {
            if (e.dst == null || b.fdb.toNud(e) == FdbInfo.NUD_STALE) continue;
            out.add(entry(b, e));
        }
        return out;
    }

    /** NTF_* flags of an ndmsg. */
    public static final int NTF_USE = 0x01, NTF_SELF = 0x02, NTF_MASTER = 0x04, NTF_EXT_LEARNED = 0x10,
            NTF_STICKY = 0x40;

    private static NetDevice fdbDev(Net net, String dev, String what) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        // rtnl_fdb_add / rtnl_fdb_del: bridging is for Ethernet-like devices only.
        if (d.type != Iff.ARPHRD_ETHER) throw new KernelException(Errno.EINVAL, "FDB " + what + " only supported for Ethernet devices");
        return d;
    }

    /**
     * RTM_NEWNEIGH AF_BRIDGE (rtnl_fdb_add): with NTF_MASTER (or no flag) on a bridge port, the
     * port's bridge (br_fdb_add); then with NTF_SELF the device's own ndo_fdb_add (a bridge's is
     * br_fdb_add towards the bridge itself) or ndo_dflt_fdb_add. Neither: EOPNOTSUPP.
     */
    public void fdbAdd(Net net, String dev, long mac, int ndmFlags, int state, boolean create, boolean excl)
            throws KernelException {
        fdbAdd(net, dev, mac, ndmFlags, state, create, excl, -1);
    }

    /**
     * The same with NDA_VLAN ({@code vid}, -1 for none): rtnl_fdb_add wants 1..4094; a kernel
     * without VLAN filtering has no VLAN group to find it in, so br_fdb_add and ndo_dflt_fdb_add
     * refuse any VLAN (EINVAL) after their own checks.
     */
    public void fdbAdd(Net net, String dev, long mac, int ndmFlags, int state, boolean create, boolean excl, int vid)
            throws KernelException {
        fdbAdd(net, dev, mac, ndmFlags, state, (create ? NLM_F_CREATE : 0) | (excl ? NLM_F_EXCL : 0), vid, null);
    }

    /** The same with the request's NLM_F_* flags and a tunnel destination (a vxlan's ndo_fdb_add). */
    public void fdbAdd(Net net, String dev, long mac, int ndmFlags, int state, int nlFlags, int vid, FdbDest dest)
            throws KernelException {
        boolean create = (nlFlags & NLM_F_CREATE) != 0, excl = (nlFlags & NLM_F_EXCL) != 0;
        NetDevice d = fdbDev(net, dev, "add");
        checkVid(vid);
        KernelException err = new KernelException(Errno.EOPNOTSUPP);
        int flags = ndmFlags;
        BridgePort p = d.rxHandlerData instanceof BridgePort bp ? bp : null;
        if ((flags == 0 || (flags & NTF_MASTER) != 0) && p != null) {
            brFdbAdd(p.br, p, mac, flags, state, create, excl, vid);
            err = null;
            flags &= ~NTF_MASTER;
        }
        if ((flags & NTF_SELF) != 0) {
            if (d instanceof Bridge b) brFdbAdd(b, null, mac, flags, state, create, excl, vid);
            else if (d instanceof linnet.kernel.drivers.Vxlan vx) vxlanFdbAdd(vx, mac, state, nlFlags, ndmFlags, dest);
            else {
                if (vid > 0) throw new KernelException(Errno.EINVAL); // "vlans aren't supported yet for dev_uc|mc_add()"
                dfltFdbAdd(d, mac, state, excl);
            }
            err = null;
        }
        if (err != null) throw err;
    }

    /** rtnl_fdb_add / rtnl_fdb_del: NDA_VLAN must be a usable VLAN id. */
    private static void checkVid(int vid) throws KernelException {
        if (vid == -1) return;
        if (vid == 0 || vid >= 4095) throw new KernelException(Errno.EINVAL, "invalid vlan id");
    }

    /** br_fdb_add: the state must say something, the address must not be zero. */
    private static void brFdbAdd(Bridge br, BridgePort p, long mac, int flags, int state, boolean create, boolean excl,
                                 int vid) throws KernelException {
        if ((state & (FdbInfo.NUD_PERMANENT | FdbInfo.NUD_NOARP | FdbInfo.NUD_REACHABLE)) == 0)
            throw new KernelException(Errno.EINVAL);
        if (linnet.wire.Mac.isZero(mac)) throw new KernelException(Errno.EINVAL);
        // "RTM_NEWNEIGH with unconfigured vlan": no VLAN group without VLAN filtering
        if (vid > 0) throw new KernelException(Errno.EINVAL);
        if ((flags & NTF_USE) != 0) {
            if (p == null) throw new KernelException(Errno.EINVAL);
            br.fdb.userUse(p, mac);
            return;
        }
        if ((flags & NTF_EXT_LEARNED) != 0 && p == null && (state & FdbInfo.NUD_PERMANENT) == 0)
            throw new KernelException(Errno.EINVAL, "bridge: FDB entry towards bridge must be permanent");
        br.fdb.userAdd(p, mac, state, create, excl, (flags & NTF_STICKY) != 0);
    }

    /**
     * ndo_dflt_fdb_add: only "local" (permanent) addresses, which go on the device's unicast or
     * multicast list; a duplicate is an error only with NLM_F_EXCL.
     */
    private static void dfltFdbAdd(NetDevice d, long mac, int state, boolean excl) throws KernelException {
        if (state != 0 && (state & FdbInfo.NUD_PERMANENT) == 0) throw new KernelException(Errno.EINVAL);
        try {
            if (!linnet.wire.Mac.isMulticast(mac) || isLinkLocalGroup(mac)) DevAddrLists.addExcl(d.addrLists.uc, mac);
            else if (joinedGroups(d).contains(mac)) throw new KernelException(Errno.EEXIST);
            else DevAddrLists.addExcl(d.addrLists.mc, mac);
        } catch (KernelException e) {
            if (e.errno != Errno.EEXIST || excl) throw e;
        }
    }

    /** is_link_local_ether_addr: 01:80:c2:00:00:0X. */
    private static boolean isLinkLocalGroup(long mac) { return (mac & ~0xfL) == 0x0180_c200_0000L; }

    /** RTM_DELNEIGH AF_BRIDGE (rtnl_fdb_del): the same dispatch as {@link #fdbAdd}. */
    public void fdbDel(Net net, String dev, long mac, int ndmFlags, int state) throws KernelException {
        fdbDel(net, dev, mac, ndmFlags, state, -1);
    }

    /**
     * The same with NDA_VLAN: without VLAN filtering every entry is on VLAN 0, so an entry of
     * another VLAN is never there (ENOENT).
     */
    public void fdbDel(Net net, String dev, long mac, int ndmFlags, int state, int vid) throws KernelException {
        fdbDel(net, dev, mac, ndmFlags, state, vid, null);
    }

    /** The same with a tunnel destination (a vxlan's ndo_fdb_del removes that remote). */
    public void fdbDel(Net net, String dev, long mac, int ndmFlags, int state, int vid, FdbDest dest) throws KernelException {
        NetDevice d = fdbDev(net, dev, "delete");
        checkVid(vid);
        if (vid > 0) throw new KernelException(Errno.ENOENT);
        KernelException err = new KernelException(Errno.EOPNOTSUPP);
        int flags = ndmFlags;
        BridgePort p = d.rxHandlerData instanceof BridgePort bp ? bp : null;
        if ((flags == 0 || (flags & NTF_MASTER) != 0) && p != null) {
            p.br.fdb.userDel(p, mac);
            err = null;
            flags &= ~NTF_MASTER;
        }
        if ((flags & NTF_SELF) != 0) {
            if (d instanceof Bridge b) b.fdb.userDel(null, mac);
            else if (d instanceof linnet.kernel.drivers.Vxlan vx) vxlanFdbDel(vx, mac, dest);
            else {
                // ndo_dflt_fdb_del: only static (permanent) addresses.
                if ((state & FdbInfo.NUD_PERMANENT) == 0) throw new KernelException(Errno.EINVAL);
                boolean mc = linnet.wire.Mac.isMulticast(mac) && !isLinkLocalGroup(mac);
                DevAddrLists.del(mc ? d.addrLists.mc : d.addrLists.uc, mac);
            }
            err = null;
        }
        if (err != null) throw err;
    }

    /**
     * RTM_DELNEIGH AF_BRIDGE with NLM_F_BULK (`bridge fdb flush`): the port's bridge (master, or a
     * port with no flag) or the device's own ndo_fdb_del_bulk (a bridge's: every entry of it);
     * br_fdb_delete_bulk then deletes every entry whose BR_FDB_LOCAL / BR_FDB_STATIC bits, under
     * {@code stateMask}, equal those of {@code state} (NUD_PERMANENT / NUD_NOARP), restricted to
     * one port when flushing through a port or with {@code brport}; local entries included.
     */
    public void fdbFlush(Net net, String dev, int ndmFlags, int state, int stateMask, String brport) throws KernelException {
        NetDevice d = fdbDev(net, dev, "delete");
        KernelException err = new KernelException(Errno.EOPNOTSUPP);
        int flags = ndmFlags;
        BridgePort p = d.rxHandlerData instanceof BridgePort bp ? bp : null;
        if ((flags == 0 || (flags & NTF_MASTER) != 0) && p != null) {
            fdbDeleteBulk(p.br, p, state, stateMask, net, brport);
            err = null;
            flags &= ~NTF_MASTER;
        }
        if ((flags & NTF_SELF) != 0) {
            if (d instanceof Bridge b) {
                fdbDeleteBulk(b, null, state, stateMask, net, brport);
                err = null;
            } else if (d instanceof linnet.kernel.drivers.Vxlan vx) {
                // vxlan_fdb_delete_bulk: every entry whose state, under the mask, is the one asked for
                if ((ndmFlags & NTF_MASTER) != 0) throw new KernelException(Errno.EINVAL, "Device is not a bridge port");
                vx.fdb.flushMatching(state, stateMask);
                err = null;
            } else {
                err = new KernelException(Errno.EOPNOTSUPP);
            }
        }
        if (err != null) throw err;
    }

    private static void fdbDeleteBulk(Bridge br, BridgePort p, int state, int stateMask, Net net, String brport)
            throws KernelException {
        int portIfindex = 0;
        if (brport != null) {
            NetDevice pd = Rtnl.dev(net, brport);
            // __fdb_flush_validate_ifindex: the bridge itself or one of its ports.
            boolean isPort = pd.rxHandlerData instanceof BridgePort;
            if (!(pd instanceof Bridge) && !isPort)
                throw new KernelException(Errno.EINVAL, "bridge: Flush device is not a bridge or bridge port");
            if (pd instanceof Bridge && pd != br)
                throw new KernelException(Errno.EINVAL, "bridge: Flush bridge device does not match target bridge device");
            if (isPort && ((BridgePort) pd.rxHandlerData).br != br)
                throw new KernelException(Errno.EINVAL, "bridge: Port belongs to a different bridge device");
            portIfindex = pd.ifindex();
        } else if (p != null) {
            portIfindex = p.dev.ifindex();
        }
        boolean wantLocal = (state & FdbInfo.NUD_PERMANENT) != 0, wantStatic = (state & FdbInfo.NUD_NOARP) != 0;
        boolean maskLocal = (stateMask & FdbInfo.NUD_PERMANENT) != 0, maskStatic = (stateMask & FdbInfo.NUD_NOARP) != 0;
        for (FdbEntry e : br.fdb.entries()) {
            int idx = e.dst == null ? br.ifindex() : e.dst.dev.ifindex();
            if (portIfindex != 0 && portIfindex != idx) continue;
            if (maskLocal && e.local != wantLocal) continue;
            if (maskStatic && e.isStatic != wantStatic) continue;
            br.fdb.userDelEntry(e);
        }
    }

    /**
     * RTM_GETNEIGH AF_BRIDGE (rtnl_fdb_get -> br_fdb_get): the entry for {@code mac} in the
     * bridge named by {@code br} or by {@code dev} (a port with master or no flag, the device
     * itself with self).
     */
    public FdbInfo fdbGet(Net net, String dev, String br, long mac, int ndmFlags) throws KernelException {
        Bridge b = null;
        if (br != null) {
            NetDevice bd = Rtnl.dev(net, br);
            if (!(bd instanceof Bridge x)) throw new KernelException(Errno.EOPNOTSUPP, "Fdb get operation not supported by device");
            b = x;
        }
        if (dev != null) {
            NetDevice d = Rtnl.dev(net, dev);
            if (ndmFlags == 0 || (ndmFlags & NTF_MASTER) != 0) {
                if (!(d.rxHandlerData instanceof BridgePort p)) throw new KernelException(Errno.EINVAL, "Device is not a bridge port");
                b = p.br;
            } else if ((ndmFlags & NTF_SELF) == 0) {
                throw new KernelException(Errno.EINVAL, "Missing NTF_SELF");
            } else if (d instanceof Bridge x) {
                b = x;
            } else if (d instanceof linnet.kernel.drivers.Vxlan vx) {
                // vxlan_fdb_get: the entry's first remote
                linnet.kernel.drivers.VxlanFdb.Entry f = vx.fdb.find(mac);
                if (f == null) throw new KernelException(Errno.ENOENT, "Fdb entry not found");
                List<FdbInfo> one = new ArrayList<>();
                vxlanInfo(vx, f, f.remotes.get(0), one);
                return one.get(0);
            } else {
                throw new KernelException(Errno.EOPNOTSUPP, "Fdb get operation not supported by device");
            }
        }
        if (b == null) throw new KernelException(Errno.ENODEV, "No device specified");
        FdbEntry e = b.fdb.find(mac);
        if (e == null) throw new KernelException(Errno.ENOENT, "Fdb entry not found");
        return entry(b, e);
    }

    /**
     * RTM_SETLINK / RTM_DELLINK AF_BRIDGE with IFLA_BRIDGE_VLAN_INFO (rtnl_bridge_setlink /
     * rtnl_bridge_dellink): BRIDGE_FLAGS_MASTER (or none) goes to the port's bridge, SELF to a
     * bridge itself. Without CONFIG_BRIDGE_VLAN_FILTERING br_setlink refuses any VLAN with
     * EOPNOTSUPP while br_dellink has nothing to remove and succeeds; a device no bridge handles
     * is EOPNOTSUPP.
     */
    public void vlanModify(Net net, String dev, int vid, int flags, boolean add) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        boolean handled = false;
        if ((flags == 0 || (flags & 1) != 0) && d.rxHandlerData instanceof BridgePort) handled = true;
        if ((flags & 2) != 0 && d instanceof Bridge) handled = true;
        if (!handled || add) throw new KernelException(Errno.EOPNOTSUPP);
    }

    // ------------------------------------------------------------------ the legacy ioctls (brctl)

    /** SIOCBRADDBR (br_add_bridge): the name is not marked user-assigned. */
    public void addBridgeIoctl(Net net, String name) throws KernelException {
        BrNetlink.newLink(kernel, net, name, BridgeOpts.NONE, false).nameAssignType = NetDevice.NET_NAME_UNKNOWN;
    }

    /** SIOCBRDELBR (br_del_bridge): ENXIO if missing, EPERM if no bridge, EBUSY while up. */
    public void delBridgeIoctl(Net net, String name) throws KernelException {
        NetDevice d = net.byName(name);
        if (d == null) throw new KernelException(Errno.ENXIO);
        if (!(d instanceof Bridge)) throw new KernelException(Errno.EPERM);
        if (d.isUp()) throw new KernelException(Errno.EBUSY);
        kernel.unregisterNetdevice(d);
    }

    /** SIOCBRADDIF / SIOCBRDELIF on bridge {@code br} with the port's ifindex. */
    public void addDelIfIoctl(Net net, String br, int ifindex, boolean add) throws KernelException {
        NetDevice bd = net.byName(br);
        if (bd == null) throw new KernelException(Errno.ENODEV);
        if (!(bd instanceof Bridge b)) throw new KernelException(Errno.EOPNOTSUPP);
        NetDevice dev = net.byIndex(ifindex);
        if (dev == null) throw new KernelException(Errno.EINVAL);
        if (add) BrIf.addIf(b, dev);
        else {
            BridgePort p = b.port(dev);
            if (p == null) throw new KernelException(Errno.EINVAL);
            BrIf.delIf(b, p);
        }
    }

    /** br_stp_set_enabled (sysfs stp_state, brctl stp). */
    public void setStp(Net net, String br, int on) throws KernelException {
        BrNetlink.changeLink(bridge(net, br), new BridgeOpts(null, on, null, null, null, null, null, null));
    }
}
