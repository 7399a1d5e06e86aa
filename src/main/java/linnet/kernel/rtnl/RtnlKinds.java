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
        Macvlan.validate(a == null ? null : a.address(), o);
        if (name != null && !NetDevice.validName(name)) throw new KernelException(Errno.EINVAL);
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        NetDevice lower = lower(srcNet, link);
        Macvlan v = Macvlan.newlink(kernel, net, name, lower, a == null ? null : a.mtu(), a == null ? null : a.address(), o);
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
}
