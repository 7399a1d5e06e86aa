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

    /** RTM_NEWLINK on an existing bridge with IFLA_INFO_DATA (`ip link set BR type bridge ...`). */
    public void changeBridge(Net net, String name, BridgeOpts o) throws KernelException {
        BrNetlink.changeLink(bridge(net, name), o);
    }

    public boolean isBridge(Net net, String name) { return net.byName(name) instanceof Bridge; }

    public BridgeInfo info(Net net, String name) throws KernelException { return info(bridge(net, name)); }

    static BridgeInfo info(Bridge b) {
        TreeSet<String> names = new TreeSet<>();
        for (BridgePort p : b.ports()) names.add(p.dev.name());
        return new BridgeInfo(b.ifindex(), b.name(), b.forwardDelay, b.helloTime, b.maxAge, b.ageingTime, b.stpEnabled,
                b.priority, b.vlanFiltering, b.bridgeIdAddr(), b.groupFwdMask, 0, new ArrayList<>(names));
    }

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
                p.designatedPrio);
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
     * The device's own hardware address lists (dev->uc, dev->mc) that ndo_dflt_fdb_dump reports as
     * "self permanent": the IPv6 all-nodes group joined at registration, the IPv4 all-hosts group
     * joined when the device comes up, and on a bridge that is up the multicast-router-discovery
     * (all-snoopers) groups its snooping joins in br_dev_open, before the IPv4 NETDEV_UP handler runs.
     */
    static List<Long> selfAddrs(NetDevice d) {
        List<Long> l = new ArrayList<>();
        if (d.type != Iff.ARPHRD_ETHER || (d.flags() & Iff.LOOPBACK) != 0) return l;
        l.add(0x3333_0000_0001L);
        if (d.isUp()) {
            if (d instanceof Bridge) {
                l.add(0x0100_5e00_006aL);
                l.add(0x3333_0000_006aL);
            }
            l.add(0x0100_5e00_0001L);
        }
        return l;
    }

    /**
     * rtnl_fdb_dump: per device in order, a port's entries in its bridge's FDB (newest first), then the
     * device's own address lists; a bridge lists its own lists, then the entries no port owns.
     * {@code br}/{@code brport} filter like NDA_MASTER / NDA_IFINDEX.
     */
    public List<FdbInfo> fdbDump(Net net, String br, String brport) throws KernelException {
        NetDevice brDev = br == null ? null : Rtnl.dev(net, br);
        NetDevice portDev = brport == null ? null : Rtnl.dev(net, brport);
        List<FdbInfo> out = new ArrayList<>();
        for (NetDevice dev : net.devices()) {
            if (portDev != null && dev != portDev) continue;
            BridgePort p = dev.rxHandlerData instanceof BridgePort bp ? bp : null;
            if (brDev != null && dev != brDev && (p == null || p.br != brDev)) continue;
            if (p != null) {
                for (FdbEntry e : p.br.fdb.entries()) if (e.dst == p) out.add(entry(p.br, e));
            }
            for (long mac : selfAddrs(dev)) {
                out.add(new FdbInfo(mac, dev.ifindex(), dev.name(), 0, null, false, FdbInfo.NUD_PERMANENT, 0, 0));
            }
            if (dev instanceof Bridge b) {
                for (FdbEntry e : b.fdb.entries()) if (e.dst == null) out.add(entry(b, e));
            }
        }
        return out;
    }

    private static FdbInfo entry(Bridge b, FdbEntry e) {
        NetDevice d = e.dst == null ? b : e.dst.dev;
        // fdb_to_nud: local -> PERMANENT, static -> NOARP, else REACHABLE (STALE once unused for a while).
        int state = e.local ? FdbInfo.NUD_PERMANENT : e.isStatic ? FdbInfo.NUD_NOARP : FdbInfo.NUD_REACHABLE;
        return new FdbInfo(e.addr, d.ifindex(), d.name(), b.ifindex(), b.name(), true, state, b.fdb.ageNs(e),
                e.dst == null ? 0 : e.dst.portNo);
    }

    /** The brforward entries brctl showmacs reads: every FDB entry owned by a port, not yet expired. */
    public List<FdbInfo> brforward(Net net, String br) throws KernelException {
        Bridge b = bridge(net, br);
        List<FdbInfo> out = new ArrayList<>();
        for (FdbEntry e : b.fdb.entries()) {
            if (e.dst == null) continue;
            out.add(entry(b, e));
        }
        return out;
    }

    /** RTM_NEWNEIGH AF_BRIDGE NTF_MASTER on a port. */
    public void fdbAdd(Net net, String dev, long mac, boolean permanent, boolean replace) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        if (!(d.rxHandlerData instanceof BridgePort p)) throw new KernelException(Errno.EINVAL);
        p.br.fdb.userAdd(p, mac, permanent, replace);
    }

    /** RTM_DELNEIGH AF_BRIDGE NTF_MASTER on a port. */
    public void fdbDel(Net net, String dev, long mac) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        if (!(d.rxHandlerData instanceof BridgePort p)) throw new KernelException(Errno.EINVAL);
        p.br.fdb.userDel(p, mac);
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
