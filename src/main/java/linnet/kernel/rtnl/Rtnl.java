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
    /** The other link kinds (macvlan, vxlan, vlan, dummy, ipvlan, bond). */
    public final RtnlKinds kinds;

    public Rtnl(Kernel kernel) {
        this.kernel = kernel;
        this.bridge = new RtnlBridge(kernel);
        this.kinds = new RtnlKinds(kernel);
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
        return new LinkInfo(d.ifindex(), d.name(), d.reportedFlags(), d.mtu, d.minMtu, d.maxMtu, d.qdisc.kind,
                d.operstate().name(), d.group, d.txQueueLen, d.type, d.addr, d.broadcast, d.addrLen, link, nsid,
                d.kind(), d.master == null ? 0 : d.master.ifindex(), d.settledStats(), d.addrAssignType, d.nameAssignType,
                d.carrierOk(), d.carrierUpCount, d.carrierDownCount, d.linkInfoData(), d.promiscuity, d.allmulti,
                d.numTxQueues, d.numRxQueues, d.tsoMaxSize, d.ifalias);
    }

    /** The namespace a device's IFLA_LINK_NETNSID refers to (for ethtool peer lookups and names). */
    public Net netById(Net net, int nsid) { return net.netById(nsid); }

    /**
     * RTM_NEWLINK of a kind the kernel has no rtnl_link_ops for: __rtnl_newlink finds an existing
     * device of that name first (EEXIST under NLM_F_EXCL), only then gives up on the kind.
     */
    public void newLinkUnknownKind(Net net, String name) throws KernelException {
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        throw new KernelException(Errno.EOPNOTSUPP, "Unknown device type");
    }

    /** RTM_NEWLINK type veth. {@code name}/{@code peerName} may be null (kernel-chosen). */
    public void newVeth(Net net, String name, LinkAttrs attrs, Net peerNet, String peerName, LinkAttrs peerAttrs)
            throws KernelException {
        // veth_validate on both sides' attributes: an MTU outside ETH_MIN_MTU..ETH_MAX_MTU
        for (LinkAttrs la : new LinkAttrs[] {attrs, peerAttrs}) {
            if (la != null && la.mtu() != null && (la.mtu() < 68 || la.mtu() > 65535)) throw new KernelException(Errno.EINVAL);
        }
        if (name != null && !NetDevice.validName(name)) throw new KernelException(Errno.EINVAL);
        if (peerName != null && !NetDevice.validName(peerName)) throw new KernelException(Errno.EINVAL);
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
        // validate_linkmsg, before anything changes: a link-layer attribute shorter than addr_len
        if (c.broadcast() != null && c.broadcast().length < d.addrLen) throw new KernelException(Errno.EINVAL);
        // do_setlink applies the attributes one after the other and stops at the first that
        // fails: what came before it stays changed (an address set before a bad MTU is kept).
        if (c.netns() != null && c.netns() != net) {
            if (d.netnsLocal()) throw new KernelException(Errno.EINVAL, "The interface netns is immutable.");
            if (c.netns().byName(d.name()) != null) {
                // __dev_change_net_namespace takes the requested name as the pattern for a clash
                if (c.name() == null || c.netns().byName(c.name()) != null || net.byName(c.name()) != null)
                    throw new KernelException(Errno.EEXIST, "An interface with the same name exists in the target netns.");
                kernel.renameNetdevice(d, c.name());
            }
            kernel.moveNetdevice(d, c.netns());
        }
        if (c.address() != null) {
            if (d.addrLen == 0) throw new KernelException(Errno.EOPNOTSUPP);
            if (linnet.wire.Mac.isMulticast(c.address()) || c.address() == 0) throw new KernelException(Errno.EADDRNOTAVAIL);
            if (d instanceof linnet.kernel.bridge.Bridge b) {
                linnet.kernel.bridge.BrNetlink.setMacAddress(b, c.address());
                kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEADDR, d);
            } else {
                kernel.setMacAddress(d, c.address());
            }
        }
        if (c.mtu() != null) {
            // dev_validate_mtu's extack texts
            if (c.mtu() < d.minMtu || c.mtu() < 0)
                throw new KernelException(Errno.EINVAL, "mtu less than device minimum.");
            if (d.maxMtu > 0 && c.mtu() > d.maxMtu) throw new KernelException(Errno.EINVAL, "mtu greater than device maximum.");
            if (c.mtu() != d.mtu) {
                d.ndoChangeMtu(c.mtu());
                d.mtu = c.mtu();
                kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEMTU, d);
            }
            if (d instanceof linnet.kernel.bridge.Bridge b) b.mtuSetByUser = true;
        }
        if (c.group() != null) d.group = c.group();
        if (c.name() != null && !c.name().equals(d.name())) kernel.renameNetdevice(d, c.name());
        if (c.alias() != null) {
            if (c.alias().length() >= NetDevice.IFALIASZ) throw new KernelException(Errno.EINVAL);
            d.ifalias = c.alias().isEmpty() ? null : c.alias();
        }
        if (c.broadcast() != null) {
            long b = 0;
            for (int i = 0; i < d.addrLen; i++) b = (b << 8) | (c.broadcast()[i] & 0xff);
            d.broadcast = b;
            kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEADDR, d);
        }
        if (c.ifiChange() != 0) {
            // rtnl_dev_combine_flags: the changed bits from the request, the rest as dev_get_flags reports them.
            d.changeFlags((c.ifiFlags() & c.ifiChange()) | (d.reportedFlags() & ~c.ifiChange()));
        }
        if (c.up() != null) {
            if (c.up()) d.openChecked();
            else d.close();
        }
        if (c.master() != null) setMaster(net, d, c.master());
        if (c.txqlen() != null) d.txQueueLen = c.txqlen();
    }

    /** do_set_master: leave the old upper device, then join the new one (only a bridge takes slaves). */
    private void setMaster(Net net, NetDevice d, int ifindex) throws KernelException {
        NetDevice newMaster = null;
        if (ifindex != 0) {
            newMaster = net.byIndex(ifindex);
            if (newMaster == null) throw new KernelException(Errno.EINVAL);
            if (newMaster == d.master) return;
            if (newMaster instanceof linnet.kernel.drivers.Bond bond) {
                // do_set_master: ndo_del_slave of the old upper, then the bond's ndo_add_slave
                if (d.master instanceof linnet.kernel.bridge.Bridge old) linnet.kernel.bridge.BrNetlink.delSlave(old, d);
                else if (d.master instanceof linnet.kernel.drivers.Bond old) old.release(d);
                bond.enslave(d);
                return;
            }
            if (!(newMaster instanceof linnet.kernel.bridge.Bridge b)) throw new KernelException(Errno.EOPNOTSUPP);
            NetDevice old = d.master;
            d.master = null;
            try {
                linnet.kernel.bridge.BrIf.checkAddIf(b, d);
            } finally {
                d.master = old;
            }
        }
        if (d.master instanceof linnet.kernel.bridge.Bridge old) linnet.kernel.bridge.BrNetlink.delSlave(old, d);
        else if (d.master instanceof linnet.kernel.drivers.Bond old) old.release(d);
        if (newMaster instanceof linnet.kernel.bridge.Bridge b) linnet.kernel.bridge.BrNetlink.addSlave(b, d);
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
        long now = kernel.loop.now();
        if (in != null) {
            for (InIfaddr a : in.addrs) {
                long[] lft = linnet.kernel.ipv4.AddrLifetime.remaining(a, now);
                out.add(new AddrInfo(AddrInfo.AF_INET, d.ifindex(), a.prefixLen, a.scope, a.flags, a.local, a.address,
                        a.broadcast, a.label, null, lft[0], lft[1], a.rtPriority));
            }
        }
        linnet.kernel.ipv6.Inet6Dev i6 = Addrconf.of(d);
        if (i6 != null) {
            for (linnet.kernel.ipv6.Inet6Ifaddr a : i6.addrs) {
                long[] lft = a.remainingLifetimes(now);
                out.add(new AddrInfo(AddrInfo.AF_INET6, d.ifindex(), a.prefixLen, a.scope, a.flags, 0, 0, 0, null,
                        a.addr.clone(), lft[0], lft[1], 0));
            }
        }
        return out;
    }

    /** The IFA_LABEL policy (NLA_STRING of at most IFNAMSIZ - 1 bytes). */
    private static void checkLabel(String label) throws KernelException {
        if (label != null && label.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > NetDevice.IFNAMSIZ - 1)
            throw new KernelException(Errno.EINVAL, "Attribute failed policy validation");
    }

    /**
     * RTM_NEWADDR for IPv4 (inet_rtm_newaddr / rtm_to_ifaddr): a new address is inserted (even
     * without NLM_F_CREATE); an existing one (same local, prefix length and subnet of its
     * IFA_ADDRESS) is "already assigned" unless NLM_F_REPLACE, which changes only its metric
     * and lifetimes.
     */
    public void newAddr(Net net, String devName, AddrRequest r) throws KernelException {
        if (r.family() != AddrInfo.AF_INET) throw new KernelException(Errno.EOPNOTSUPP);
        checkLabel(r.label());
        if (r.prefixLen() > 32) throw new KernelException(Errno.EINVAL, "ipv4: Invalid prefix length");
        if (r.local() == null) throw new KernelException(Errno.EINVAL, "ipv4: Local address is not supplied");
        NetDevice d = net.byName(devName);
        if (d == null) throw new KernelException(Errno.ENODEV, "ipv4: Device not found");
        InDevice in = InDevice.of(d);
        if (in == null) throw new KernelException(Errno.ENOBUFS);
        InIfaddr a = new InIfaddr(d);
        a.local = r.local();
        a.address = r.address() != null ? r.address() : r.local();
        a.prefixLen = r.prefixLen();
        a.broadcast = r.broadcast() != null ? r.broadcast() : 0;
        a.label = r.label() != null ? r.label() : d.name();
        a.scope = r.scope();
        a.flags = r.flags();
        a.rtPriority = r.metric() != null ? r.metric() : 0;
        long valid = InIfaddr.INFINITY_LIFE_TIME, preferred = InIfaddr.INFINITY_LIFE_TIME;
        if (r.validLft() != null) {
            valid = r.validLft();
            preferred = r.preferredLft();
            if (valid == 0 || preferred > valid) throw new KernelException(Errno.EINVAL, "ipv4: address lifetime invalid");
        }
        InIfaddr existing = null;
        for (InIfaddr o : in.addrs) {
            if (o.mask() == a.mask() && o.match(a.address) && o.local == a.local) {
                existing = o;
                break;
            }
        }
        if (existing == null) {
            linnet.kernel.ipv4.AddrLifetime.set(a, valid, preferred);
            Devinet.insert(a);
            return;
        }
        if ((r.nlFlags() & AddrRequest.NLM_F_EXCL) != 0 || (r.nlFlags() & AddrRequest.NLM_F_REPLACE) == 0)
            throw new KernelException(Errno.EEXIST, "ipv4: Address already assigned");
        Devinet.replace(existing, a.rtPriority, valid, preferred);
    }

    /** The old entry point (start-up profiles): a permanent address, created or replaced. */
    public void newAddr(Net net, String devName, int local, int peer, int prefixLen, int broadcast, String label,
                        int scope, int flags, boolean replace) throws KernelException {
        newAddr(net, devName, new AddrRequest(AddrInfo.AF_INET, local, peer, prefixLen, broadcast == 0 ? null : broadcast,
                label, scope, flags, null, null, null,
                AddrRequest.NLM_F_CREATE | (replace ? AddrRequest.NLM_F_REPLACE : AddrRequest.NLM_F_EXCL)));
    }

    /**
     * RTM_DELADDR (IPv4, inet_rtm_deladdr): the first address matching every attribute given
     * (IFA_LOCAL, IFA_LABEL, and IFA_ADDRESS with the prefix length).
     */
    public void delAddr(Net net, String devName, AddrRequest r) throws KernelException {
        if (r.family() != AddrInfo.AF_INET) throw new KernelException(Errno.EOPNOTSUPP);
        checkLabel(r.label());
        NetDevice d = net.byName(devName);
        InDevice in = d == null ? null : InDevice.of(d);
        if (in == null) throw new KernelException(Errno.ENODEV, "ipv4: Device not found");
        for (InIfaddr a : new ArrayList<>(in.addrs)) {
            if (r.local() != null && a.local != r.local()) continue;
            if (r.label() != null && !r.label().equals(a.label)) continue;
            if (r.address() != null && (r.prefixLen() != a.prefixLen || !a.match(r.address()))) continue;
            Devinet.delete(a);
            return;
        }
        throw new KernelException(Errno.EADDRNOTAVAIL, "ipv4: Address not found");
    }

    /**
     * rtnl_group_changelink: an RTM_NEWLINK without a device but with IFLA_GROUP changes every
     * device of that group the same way.
     */
    public void setGroupLinks(Net net, int group, LinkChange c) throws KernelException {
        for (NetDevice d : new ArrayList<>(net.devices())) {
            if (d.group == group) setLink(net, d.name(), c);
        }
    }

    /** Whether the device's flags say it is a loopback. */
    public static boolean isLoopback(LinkInfo l) { return (l.flags() & Iff.LOOPBACK) != 0; }
}
