package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.drivers.Veth;
import linnet.kernel.ipv4.Devinet;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.ipv6.Addrconf;

/**
 * The rtnetlink door into one kernel for links and addresses: every tool request comes in
 * here as a request record and leaves as snapshots (dumps) or a {@link KernelException}.
 * Requests are checked completely before anything changes, so a failing one changes nothing.
 */
public final class Rtnl {
    public final Kernel kernel;
    /** The bridge requests (links of type bridge, ports, FDB). */
    public final RtnlBridge bridge;

    public Rtnl(Kernel kernel) {
        this.kernel = kernel;
        this.bridge = new RtnlBridge(kernel);
    }

    // ------------------------------------------------------------------ links

    /** RTM_GETLINK dump. Filling IFLA_LINK_NETNSID allocates the peer's id, as rtnl_fill_link_netnsid does. */
    public List<LinkInfo> links(Net net) {
        List<LinkInfo> out = new ArrayList<>();
        for (NetDevice d : net.devices()) out.add(info(net, d));
        return out;
    }

    public LinkInfo link(Net net, String name) throws KernelException {
        return info(net, dev(net, name));
    }

    public LinkInfo linkByIndex(Net net, int ifindex) throws KernelException {
        NetDevice d = net.byIndex(ifindex);
        if (d == null) throw new KernelException(Errno.ENODEV);
        return info(net, d);
    }

    public static NetDevice dev(Net net, String name) throws KernelException {
        NetDevice d = net.byName(name);
        if (d == null) throw new KernelException(Errno.ENODEV);
        return d;
    }

    LinkInfo info(Net net, NetDevice d) {
        int link = 0, nsid = -1;
        // IFLA_LINK_NETNSID is filled independently of IFLA_LINK (a peer may share our ifindex).
        if (d.hasLinkNet() && d.linkNet() != net) nsid = net.peernet2idAlloc(d.linkNet());
        // nla_put_iflink: IFLA_LINK when it differs from our ifindex, and always (forced) for a
        // link in another namespace, where an equal number names a different device.
        if (d.iflink() != d.ifindex() || (nsid >= 0 && d.iflink() != 0)) link = d.iflink();
        return new LinkInfo(d.ifindex(), d.name(), d.reportedFlags(), d.mtu, d.minMtu, d.maxMtu, d.qdisc,
                d.operstate().name(), d.group, d.txQueueLen, d.type, d.addr, d.broadcast, d.addrLen, link, nsid,
                d.kind(), d.master == null ? 0 : d.master.ifindex(), d.stats, d.addrAssignType, d.nameAssignType,
                d.carrierOk(), d.carrierUpCount, d.carrierDownCount, d.linkInfoData(), d.promiscuity, d.allmulti,
                d.numTxQueues, d.numRxQueues, d.tsoMaxSize);
    }

    /** The namespace a device's IFLA_LINK_NETNSID refers to (for ethtool peer lookups and names). */
    public Net netById(Net net, int nsid) { return net.netById(nsid); }

    /** RTM_NEWLINK type veth. {@code name}/{@code peerName} may be null (kernel-chosen). */
    public void newVeth(Net net, String name, LinkAttrs attrs, Net peerNet, String peerName, LinkAttrs peerAttrs)
            throws KernelException {
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        Veth v = Veth.create(kernel, net, name, peerNet, peerName);
        applyNew(v, attrs);
        applyNew(v.peer(), peerAttrs);
    }

    private static void applyNew(NetDevice d, LinkAttrs a) {
        if (a == null) return;
        if (a.mtu() != null) d.mtu = a.mtu();
        if (a.address() != null) {
            d.addr = a.address();
            d.addrAssignType = NetDevice.NET_ADDR_SET;
        }
        if (a.txqlen() != null) d.txQueueLen = a.txqlen();
    }

    /** RTM_DELLINK. */
    public void delLink(Net net, String name) throws KernelException {
        NetDevice d = dev(net, name);
        if (d.kind() == null) throw new KernelException(Errno.EOPNOTSUPP);
        kernel.unregisterNetdevice(d);
    }

    /**
     * RTM_NEWLINK on an existing device (ip link set): every change is validated first, then applied
     * in the kernel's order (netns, name, mtu, address, master, up/down).
     */
    public void setLink(Net net, String name, LinkChange c) throws KernelException {
        NetDevice d = dev(net, name);
        if (c.netns() != null && c.netns() != net) {
            if (d.netnsLocal()) throw new KernelException(Errno.EINVAL, "The interface netns is immutable.");
            String n = c.name() != null ? c.name() : d.name();
            if (c.netns().byName(n) != null)
                throw new KernelException(Errno.EEXIST, "An interface with the same name exists in the target netns.");
        }
        if (c.name() != null && !c.name().equals(d.name()) && net.byName(c.name()) != null && c.netns() == null)
            throw new KernelException(Errno.EEXIST);
        if (c.mtu() != null && (c.mtu() < d.minMtu || (d.maxMtu > 0 && c.mtu() > d.maxMtu))) {
            throw new KernelException(Errno.EINVAL, c.mtu() < d.minMtu
                    ? "mtu less than device minimum." : "mtu greater than device maximum.");
        }
        if (c.address() != null) {
            if (d.addrLen == 0) throw new KernelException(Errno.EOPNOTSUPP);
            if (linnet.wire.Mac.isMulticast(c.address()) || c.address() == 0) throw new KernelException(Errno.EADDRNOTAVAIL);
        }
        NetDevice newMaster = null;
        if (c.master() != null && c.master() != 0) {
            newMaster = net.byIndex(c.master());
            if (newMaster == null) throw new KernelException(Errno.EINVAL);
            if (newMaster != d.master) {
                // do_set_master: only an upper device with ndo_add_slave (a bridge) takes slaves.
                if (!(newMaster instanceof linnet.kernel.bridge.Bridge b)) throw new KernelException(Errno.EOPNOTSUPP);
                NetDevice old = d.master;
                d.master = null;
                try {
                    linnet.kernel.bridge.BrIf.checkAddIf(b, d);
                } finally {
                    d.master = old;
                }
            }
        }
        if (c.netns() != null && c.netns() != net) kernel.moveNetdevice(d, c.netns());
        if (c.name() != null) kernel.renameNetdevice(d, c.name());
        if (c.mtu() != null && c.mtu() != d.mtu) {
            d.mtu = c.mtu();
            kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEMTU, d);
        }
        if (c.mtu() != null && d instanceof linnet.kernel.bridge.Bridge b) b.mtuSetByUser = true;
        if (c.address() != null && d instanceof linnet.kernel.bridge.Bridge b) {
            linnet.kernel.bridge.BrNetlink.setMacAddress(b, c.address());
            kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEADDR, d);
        } else if (c.address() != null && c.address() != d.addr) {
            d.addr = c.address();
            d.addrAssignType = NetDevice.NET_ADDR_SET;
            kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEADDR, d);
        }
        if (c.txqlen() != null) d.txQueueLen = c.txqlen();
        if (c.master() != null && (c.master() == 0 || newMaster != d.master)) {
            // do_set_master: leave the old upper device, then join the new one.
            if (d.master instanceof linnet.kernel.bridge.Bridge old) linnet.kernel.bridge.BrNetlink.delSlave(old, d);
            if (newMaster instanceof linnet.kernel.bridge.Bridge b) linnet.kernel.bridge.BrNetlink.addSlave(b, d);
        }
        if (c.ifiChange() != 0) {
            // rtnl_dev_combine_flags: the changed bits from the request, the rest as dev_get_flags reports them.
            d.changeFlags((c.ifiFlags() & c.ifiChange()) | (d.reportedFlags() & ~c.ifiChange()));
        }
        if (c.up() != null) {
            if (c.up()) d.open();
            else d.close();
        }
    }

    // ------------------------------------------------------------------ addresses

    /** RTM_GETADDR dump: IPv4 then IPv6 per device, in device order (what `ip addr` merges). */
    public List<AddrInfo> addrs(Net net) {
        List<AddrInfo> out = new ArrayList<>();
        for (NetDevice d : net.devices()) out.addAll(addrsOf(d));
        return out;
    }

    public List<AddrInfo> addrsOf(NetDevice d) {
        List<AddrInfo> out = new ArrayList<>();
        InDevice in = InDevice.of(d);
        if (in != null) {
            for (InIfaddr a : in.addrs) {
                out.add(new AddrInfo(AddrInfo.AF_INET, d.ifindex(), a.prefixLen, a.scope, a.flags, a.local, a.address,
                        a.broadcast, a.label, null));
            }
        }
        linnet.kernel.ipv6.Inet6Dev i6 = Addrconf.of(d);
        if (i6 != null) {
            for (linnet.kernel.ipv6.Inet6Ifaddr a : i6.addrs) {
                out.add(new AddrInfo(AddrInfo.AF_INET6, d.ifindex(), a.prefixLen, a.scope, a.flags, 0, 0, 0, null,
                        a.addr.clone()));
            }
        }
        return out;
    }

    /** RTM_NEWADDR (IPv4). */
    public void newAddr(Net net, String devName, int local, int peer, int prefixLen, int broadcast, String label,
                        int scope, int flags, boolean replace) throws KernelException {
        NetDevice d = dev(net, devName);
        InDevice in = InDevice.of(d);
        if (in == null) throw new KernelException(Errno.ENODEV);
        for (InIfaddr o : in.addrs) {
            if (o.local == local && o.prefixLen == prefixLen && o.address == peer) {
                if (!replace) throw new KernelException(Errno.EEXIST);
                o.broadcast = broadcast;
                if (label != null) o.label = label;
                return;
            }
        }
        InIfaddr a = new InIfaddr(d);
        a.local = local;
        a.address = peer;
        a.prefixLen = prefixLen;
        a.broadcast = broadcast;
        a.label = label != null ? label : d.name();
        a.scope = scope;
        a.flags = flags | InIfaddr.IFA_F_PERMANENT;
        Devinet.insert(a);
    }

    /**
     * RTM_DELADDR (IPv4): the first address matching what was given (inet_rtm_deladdr);
     * {@code prefixLen} -1 and {@code local} 0 mean "any".
     */
    public void delAddr(Net net, String devName, int local, int prefixLen, String label) throws KernelException {
        NetDevice d = dev(net, devName);
        InDevice in = InDevice.of(d);
        if (in == null) throw new KernelException(Errno.EADDRNOTAVAIL);
        for (InIfaddr a : new ArrayList<>(in.addrs)) {
            if (prefixLen >= 0 && a.prefixLen != prefixLen) continue;
            if (local != 0 && a.local != local) continue;
            if (label != null && !label.equals(a.label)) continue;
            Devinet.delete(a);
            return;
        }
        throw new KernelException(Errno.EADDRNOTAVAIL);
    }

    /** Whether the device's flags say it is a loopback. */
    public static boolean isLoopback(LinkInfo l) { return (l.flags() & Iff.LOOPBACK) != 0; }
}
