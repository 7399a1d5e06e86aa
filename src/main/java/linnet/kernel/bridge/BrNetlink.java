package linnet.kernel.bridge;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;

/**
 * The bridge's rtnl_link_ops and configuration setters (br_netlink.c, br_stp_if.c, br_ioctl.c):
 * creating a bridge, and changing its parameters from netlink, sysfs or brctl alike.
 */
public final class BrNetlink {
    private BrNetlink() {}

    /** STP limits (BR_MIN/MAX_*), in clock_t. */
    static final int MIN_FORWARD_DELAY = 200, MAX_FORWARD_DELAY = 3000, MIN_HELLO_TIME = 100, MAX_HELLO_TIME = 1000,
            MIN_MAX_AGE = 600, MAX_MAX_AGE = 4000;

    /** br_dev_newlink: an unnamed bridge is "br%d"; the options are applied after registration. */
    public static Bridge newLink(Kernel kernel, Net net, String name, BridgeOpts o, boolean userNamed)
            throws KernelException {
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        validate(null, o);
        Bridge br = new Bridge(kernel, name != null ? name : Kernel.allocName(net, "br%d"));
        br.nameAssignType = userNamed ? NetDevice.NET_NAME_USER : NetDevice.NET_NAME_ENUM;
        kernel.registerNetdevice(net, br);
        changeLink(br, o);
        return br;
    }

    /** The checks of br_changelink, before anything changes. */
    public static void validate(Bridge br, BridgeOpts o) throws KernelException {
        int stp = o.stpState() != null ? o.stpState() : br != null ? br.stpEnabled : 0;
        if (o.forwardDelay() != null && stp != Bridge.BR_NO_STP
                && (o.forwardDelay() < MIN_FORWARD_DELAY || o.forwardDelay() > MAX_FORWARD_DELAY))
            throw new KernelException(Errno.ERANGE);
        if (o.helloTime() != null && (o.helloTime() < MIN_HELLO_TIME || o.helloTime() > MAX_HELLO_TIME))
            throw new KernelException(Errno.ERANGE);
        if (o.maxAge() != null && (o.maxAge() < MIN_MAX_AGE || o.maxAge() > MAX_MAX_AGE))
            throw new KernelException(Errno.ERANGE);
    }

    /** br_changelink. */
    public static void changeLink(Bridge br, BridgeOpts o) throws KernelException {
        validate(br, o);
        if (o.forwardDelay() != null) br.forwardDelay = o.forwardDelay();
        if (o.helloTime() != null) br.helloTime = o.helloTime();
        if (o.maxAge() != null) br.maxAge = o.maxAge();
        if (o.ageingTime() != null) setAgeingTime(br, o.ageingTime());
        if (o.stpState() != null) br.stp.setEnabled(o.stpState());
        if (o.priority() != null) br.stp.setBridgePriority(o.priority());
        if (o.groupFwdMask() != null) br.groupFwdMask = o.groupFwdMask();
        if (o.vlanFiltering() != null) br.vlanFiltering = o.vlanFiltering();
    }

    /** br_set_ageing_time: the collector runs at once, so a shorter time takes effect immediately. */
    public static void setAgeingTime(Bridge br, int clockT) {
        br.ageingTime = clockT;
        if (br.isUp()) br.fdb.scheduleGc(0);
    }

    /** ndo_add_slave / ndo_del_slave. */
    public static void addSlave(Bridge br, NetDevice dev) throws KernelException { BrIf.addIf(br, dev); }

    public static void delSlave(Bridge br, NetDevice dev) throws KernelException {
        BridgePort p = br.port(dev);
        if (p == null) throw new KernelException(Errno.EINVAL);
        BrIf.delIf(br, p);
    }

    /** br_set_mac_address: a user-set MAC is sticky (NET_ADDR_SET) and becomes the bridge id. */
    public static void setMacAddress(Bridge br, long mac) {
        br.addrAssignType = NetDevice.NET_ADDR_SET;
        if (br.addr != mac) br.stp.changeBridgeId(mac);
    }
}
