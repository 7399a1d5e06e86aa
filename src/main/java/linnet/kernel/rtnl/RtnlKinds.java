package linnet.kernel.rtnl;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.drivers.Macvlan;

/**
 * RTM_NEWLINK for the link kinds built on a lower device or standing alone (macvlan, vxlan, vlan,
 * dummy, ipvlan, bond): rtnl_newlink's common part (ops->validate, the name, IFLA_MTU and
 * IFLA_ADDRESS) and the kind's newlink / changelink, so a refused request changes nothing.
 */
public final class RtnlKinds {
    private final Kernel kernel;

    RtnlKinds(Kernel kernel) { this.kernel = kernel; }

    /**
     * rtnl_create_link's part: the queue counts (1..4096) and the requested index for the device
     * the kind's newlink registers next; an index in use is an existing device (EEXIST).
     */
    void create(Net net, LinkAttrs a) throws KernelException {
        kernel.createParams = null;
        if (a == null) return;
        if (a.index() != null && net.byIndex(a.index()) != null) throw new KernelException(Errno.EEXIST);
        if (a.numTx() != null && (a.numTx() < 1 || a.numTx() > 4096))
            throw new KernelException(Errno.EINVAL, "Invalid number of transmit queues");
        if (a.numRx() != null && (a.numRx() < 1 || a.numRx() > 4096))
            throw new KernelException(Errno.EINVAL, "Invalid number of receive queues");
        if (a.index() != null || a.numTx() != null || a.numRx() != null)
            kernel.createParams = new Kernel.CreateParams(a.index() == null ? 0 : a.index(), a.numTx() == null ? 0 : a.numTx(),
                    a.numRx() == null ? 0 : a.numRx());
    }

    /** rtnl_newlink's checks of the common attributes, after ops->validate. */
    static void checkCommon(Net net, String name) throws KernelException {
        if (name != null && !NetDevice.validName(name)) throw new KernelException(Errno.EINVAL);
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
    }

    /** The device named by IFLA_LINK in the caller's namespace, or null when absent (0). */
    static NetDevice lower(Net srcNet, int link) throws KernelException {
        if (link == 0) return null;
        NetDevice d = srcNet.byIndex(link);
        if (d == null) throw new KernelException(Errno.ENODEV);
        return d;
    }

    static void applyTxqlen(NetDevice d, LinkAttrs a) {
        if (a != null && a.txqlen() != null) d.txQueueLen = a.txqlen();
    }

    /**
     * RTM_NEWLINK type macvlan: created in {@code net} (IFLA_NET_NS_*, else the caller's), the
     * lower device ({@code link}, IFLA_LINK, 0 = none) found in the caller's namespace.
     */
    public void newMacvlan(Net srcNet, Net net, String name, LinkAttrs a, int link, Macvlan.Opts o) throws KernelException {
        newMacvlan(srcNet, net, name, a, link, o, false);
    }

    /** The same for type macvtap ({@code tap}). */
    public void newMacvlan(Net srcNet, Net net, String name, LinkAttrs a, int link, Macvlan.Opts o, boolean tap)
            throws KernelException {
        Macvlan.validate(a == null ? null : a.address(), o);
        if (name != null && !NetDevice.validName(name)) throw new KernelException(Errno.EINVAL);
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        create(net, a);
        NetDevice lower = lower(srcNet, link);
        Macvlan v = Macvlan.newlink(kernel, net, name, lower, a == null ? null : a.mtu(), a == null ? null : a.address(), o, tap);
        applyTxqlen(v, a);
        if (net != srcNet) {
            net.peernet2idAlloc(srcNet);
        }
    }

    /** RTM_NEWLINK on an existing macvlan (ip link set DEV type macvlan ...): macvlan_changelink. */
    public void changeMacvlan(Net net, String name, Macvlan.Opts o) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof Macvlan m)) throw new KernelException(Errno.EOPNOTSUPP);
        Macvlan.validate(null, o);
        m.changelink(o);
    }

    /** vxlan_validate: the common attributes and IFLA_VXLAN_* formats, before anything else. */
    static void validateVxlan(LinkAttrs a, linnet.kernel.drivers.Vxlan.Attrs v) throws KernelException {
        if (a != null && a.address() != null && !linnet.wire.Mac.isValidUnicast(a.address()))
            throw new KernelException(Errno.EADDRNOTAVAIL, "Provided Ethernet address is not unicast");
        if (a != null && a.mtu() != null && (a.mtu() < 68 || a.mtu() > 65535))
            throw new KernelException(Errno.EINVAL, "MTU must be between 68 and 65535");
        if (v == null) throw new KernelException(Errno.EINVAL, "Required attributes not provided to perform the operation");
        if (v.id() != null && (v.id() < 0 || v.id() >= (1 << 24)))
            throw new KernelException(Errno.ERANGE, "VXLAN ID must be lower than 16777216");
        if (v.portRange() != null && v.portRange()[1] < v.portRange()[0])
            throw new KernelException(Errno.EINVAL, "Invalid source port range");
        if (v.df() != null && (v.df() < 0 || v.df() > 2)) throw new KernelException(Errno.EINVAL, "Invalid DF attribute");
    }

    /** RTM_NEWLINK type vxlan (vxlan_newlink): the tunnel lives in the caller's namespace. */
    public void newVxlan(Net srcNet, Net net, String name, LinkAttrs a, linnet.kernel.drivers.Vxlan.Attrs v)
            throws KernelException {
        validateVxlan(a, v);
        checkCommon(net, name);
        create(net, a);
        linnet.kernel.drivers.Vxlan x = linnet.kernel.drivers.Vxlan.newlink(kernel, srcNet, net, name,
                a == null ? null : a.mtu(), a == null ? null : a.address(), v);
        applyTxqlen(x, a);
        if (net != srcNet) net.peernet2idAlloc(srcNet);
    }

    /** RTM_NEWLINK on an existing vxlan with IFLA_INFO_DATA: vxlan_changelink. */
    public void changeVxlan(Net net, String name, linnet.kernel.drivers.Vxlan.Attrs v, Integer mtu) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof linnet.kernel.drivers.Vxlan x)) throw new KernelException(Errno.EOPNOTSUPP);
        validateVxlan(mtu == null ? null : new LinkAttrs(mtu, null, null), v);
        x.changelink(v, mtu);
    }

    /** RTM_NEWLINK type dummy: dummy_validate, the common checks, registration. */
    public void newDummy(Net net, String name, LinkAttrs a) throws KernelException {
        linnet.kernel.drivers.Dummy.validate(a == null ? null : a.address());
        checkCommon(net, name);
        create(net, a);
        linnet.kernel.drivers.Dummy d = linnet.kernel.drivers.Dummy.newlink(kernel, net, name, a == null ? null : a.address());
        if (a != null && a.mtu() != null) d.mtu = a.mtu();
        applyTxqlen(d, a);
    }

    /** RTM_NEWLINK type vlan: vlan_validate, the common checks, vlan_newlink on the real device IFLA_LINK names. */
    public void newVlan(Net srcNet, Net net, String name, LinkAttrs a, int link, linnet.kernel.drivers.Vlan.Attrs v)
            throws KernelException {
        linnet.kernel.drivers.Vlan.validate(a == null ? null : a.address(), v);
        checkCommon(net, name);
        create(net, a);
        NetDevice real = lower(srcNet, link);
        linnet.kernel.drivers.Vlan x = linnet.kernel.drivers.Vlan.newlink(kernel, net, name, real,
                a == null ? null : a.mtu(), a == null ? null : a.address(), v);
        applyTxqlen(x, a);
        if (net != srcNet) net.peernet2idAlloc(srcNet);
    }

    /** RTM_NEWLINK on an existing vlan with IFLA_INFO_DATA: vlan_validate, vlan_changelink. */
    public void changeVlan(Net net, String name, linnet.kernel.drivers.Vlan.Attrs v) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof linnet.kernel.drivers.Vlan x)) throw new KernelException(Errno.EOPNOTSUPP);
        linnet.kernel.drivers.Vlan.validate(null, v);
        x.changelink(v);
    }

    /** IFLA_CARRIER (dev_change_carrier): only drivers with ndo_change_carrier (dummy). */
    public void changeCarrier(Net net, String name, boolean on) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof linnet.kernel.drivers.Dummy x)) throw new KernelException(Errno.EOPNOTSUPP);
        x.changeCarrier(on);
    }

    /** RTM_NEWLINK type ipvlan: ipvlan_nl_validate, the common checks, ipvlan_link_new. */
    public void newIpvlan(Net srcNet, Net net, String name, LinkAttrs a, int link, linnet.kernel.drivers.Ipvlan.Opts o)
            throws KernelException {
        if (a != null && a.address() != null && !linnet.wire.Mac.isValidUnicast(a.address()))
            throw new KernelException(Errno.EADDRNOTAVAIL);
        linnet.kernel.drivers.Ipvlan.validate(o);
        checkCommon(net, name);
        create(net, a);
        NetDevice phy = lower(srcNet, link);
        linnet.kernel.drivers.Ipvlan v = linnet.kernel.drivers.Ipvlan.newlink(kernel, net, name, phy,
                a == null ? null : a.mtu(), o);
        applyTxqlen(v, a);
        if (net != srcNet) net.peernet2idAlloc(srcNet);
    }

    /** RTM_NEWLINK on an existing ipvlan: ipvlan_nl_changelink. */
    public void changeIpvlan(Net net, String name, linnet.kernel.drivers.Ipvlan.Opts o) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof linnet.kernel.drivers.Ipvlan x)) throw new KernelException(Errno.EOPNOTSUPP);
        linnet.kernel.drivers.Ipvlan.validate(o);
        x.changelink(o);
    }

    /** RTM_NEWLINK type bond: bond_validate (a unicast address), the common checks, bond_newlink. */
    public void newBond(Net net, String name, LinkAttrs a, linnet.kernel.drivers.Bond.Opts o) throws KernelException {
        if (a != null && a.address() != null && !linnet.wire.Mac.isValidUnicast(a.address()))
            throw new KernelException(Errno.EADDRNOTAVAIL);
        checkCommon(net, name);
        create(net, a);
        linnet.kernel.drivers.Bond b = linnet.kernel.drivers.Bond.newlink(kernel, net, name, a == null ? null : a.address(), o);
        if (a != null && a.mtu() != null) b.mtu = a.mtu();
        applyTxqlen(b, a);
    }

    /** RTM_NEWLINK on an existing bond: bond_changelink. */
    public void changeBond(Net net, String name, linnet.kernel.drivers.Bond.Opts o) throws KernelException {
        NetDevice d = Rtnl.dev(net, name);
        if (!(d instanceof linnet.kernel.drivers.Bond b)) throw new KernelException(Errno.EOPNOTSUPP);
        b.changelink(o);
    }

    /** IFLA_INFO_SLAVE_DATA of a bond's slave (bond_fill_slave_info), or null when it is none. */
    public java.util.Map<String, Long> bondSlave(Net net, int ifindex) {
        NetDevice d = net.byIndex(ifindex);
        if (d == null || !(d.master instanceof linnet.kernel.drivers.Bond b)) return null;
        return b.slaveInfoData(d);
    }
}
