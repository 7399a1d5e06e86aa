package linnet.kernel.bridge;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Jiffies;
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

    /** STP limits (BR_MIN/MAX_*), in jiffies. */
    static final int MIN_FORWARD_DELAY = 2 * Jiffies.HZ, MAX_FORWARD_DELAY = 30 * Jiffies.HZ,
            MIN_HELLO_TIME = Jiffies.HZ, MAX_HELLO_TIME = 10 * Jiffies.HZ, MIN_MAX_AGE = 6 * Jiffies.HZ,
            MAX_MAX_AGE = 40 * Jiffies.HZ;
    /** BR_GROUPFWD_RESTRICTED: STP BPDUs, MAC pause frames and LACP are never forwarded. */
    static final int GROUPFWD_RESTRICTED = 0x0007;

    /**
     * br_dev_newlink: an unnamed bridge is "br%d"; the options are applied after registration, and
     * a bridge whose options fail is deleted again (its ifindex stays used).
     */
    public static Bridge newLink(Kernel kernel, Net net, String name, BridgeOpts o, boolean userNamed)
            throws KernelException {
        return newLink(kernel, net, name, o, userNamed, null, null, null);
    }

    /**
     * The same with the generic link attributes: rtnl_create_link sets MTU, address and queue
     * length before registration; br_dev_newlink then makes a given address the bridge id
     * (br_stp_change_bridge_id, whose port state selection takes the carrier of a bridge
     * without forwarding ports away), then applies the bridge options.
     */
    public static Bridge newLink(Kernel kernel, Net net, String name, BridgeOpts o, boolean userNamed, Integer mtu,
                                 Long address, Integer txqlen) throws KernelException {
        if (name != null && net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        Bridge br = new Bridge(kernel, name != null ? name : Kernel.allocName(net, "br%d"));
        br.nameAssignType = userNamed ? NetDevice.NET_NAME_USER : NetDevice.NET_NAME_ENUM;
        if (mtu != null) br.mtu = mtu;
        if (txqlen != null) br.txQueueLen = txqlen;
        if (address != null) br.addrAssignType = NetDevice.NET_ADDR_SET;
        kernel.registerNetdevice(net, br);
        // A new bridge's own (random) address is a local FDB entry of the bridge from the start.
        br.fdb.addLocal(null, br.addr);
        if (address != null) br.stp.changeBridgeId(address);
        try {
            changeLink(br, o);
        } catch (KernelException e) {
            kernel.unregisterNetdevice(br);
            throw e;
        }
        return br;
    }

    /**
     * br_changelink: the attributes are applied one after another in the kernel's order, each with
     * its own check, so a failing one leaves the ones before it applied. forward_delay is checked
     * against the STP mode the bridge has at that moment (stp_state comes later).
     */
    public static void changeLink(Bridge br, BridgeOpts o) throws KernelException {
        if (o.forwardDelay() != null) setForwardDelay(br, o.forwardDelay());
        if (o.helloTime() != null) setHelloTime(br, o.helloTime());
        if (o.maxAge() != null) setMaxAge(br, o.maxAge());
        if (o.ageingTime() != null) setAgeingTime(br, o.ageingTime());
        if (o.stpState() != null) br.stp.setEnabled(o.stpState());
        if (o.priority() != null) br.stp.setBridgePriority(o.priority());
        // br_vlan_filter_toggle without CONFIG_BRIDGE_VLAN_FILTERING.
        if (o.vlanFiltering() != null) throw new KernelException(Errno.EOPNOTSUPP);
        if (o.groupFwdMask() != null) {
            if ((o.groupFwdMask() & GROUPFWD_RESTRICTED) != 0) throw new KernelException(Errno.EINVAL);
            br.groupFwdMask = o.groupFwdMask();
        }
        for (var e : BrNetlink.ORDER) {
            Long v = o.more().get(e);
            if (v != null) br.knobs.apply(br, e, v);
        }
    }

    /** The other options in br_changelink's order (after the STP ones, vlan_filtering and group_fwd_mask). */
    static final java.util.List<String> ORDER = java.util.List.of("vlan_protocol", "vlan_default_pvid",
            "vlan_stats_enabled", "vlan_stats_per_port", "group_address", "fdb_flush", "mcast_router", "mcast_snooping",
            "mcast_vlan_snooping", "mcast_query_use_ifaddr", "mcast_querier", "mcast_hash_elasticity", "mcast_hash_max",
            "mcast_last_member_count", "mcast_startup_query_count", "mcast_last_member_interval",
            "mcast_membership_interval", "mcast_querier_interval", "mcast_query_interval",
            "mcast_query_response_interval", "mcast_startup_query_interval", "mcast_stats_enabled",
            "mcast_igmp_version", "mcast_mld_version", "nf_call_iptables", "nf_call_ip6tables", "nf_call_arptables",
            "no_linklocal_learn");

    /** clock_t_to_jiffies of an unsigned value (the u32 netlink / unsigned long sysfs carries). */
    private static long toJiffies(int clockT) { return Jiffies.clockTToJiffies(clockT & 0xffffffffL); }

    /** br_set_forward_delay: limited only while STP runs. */
    public static void setForwardDelay(Bridge br, int clockT) throws KernelException {
        long t = toJiffies(clockT);
        if (br.stpEnabled != Bridge.BR_NO_STP && (t < MIN_FORWARD_DELAY || t > MAX_FORWARD_DELAY))
            throw new KernelException(Errno.ERANGE);
        br.stp.setForwardDelay((int) t);
    }

    /** br_set_hello_time. */
    public static void setHelloTime(Bridge br, int clockT) throws KernelException {
        long t = toJiffies(clockT);
        if (t < MIN_HELLO_TIME || t > MAX_HELLO_TIME) throw new KernelException(Errno.ERANGE);
        br.stp.setHelloTime((int) t);
    }

    /** br_set_max_age. */
    public static void setMaxAge(Bridge br, int clockT) throws KernelException {
        long t = toJiffies(clockT);
        if (t < MIN_MAX_AGE || t > MAX_MAX_AGE) throw new KernelException(Errno.ERANGE);
        br.stp.setMaxAge((int) t);
    }

    /**
     * br_set_ageing_time: the collector is re-queued to run at once (mod_delayed_work), up or
     * down, so a shorter time takes effect immediately; it then re-arms itself.
     */
    public static void setAgeingTime(Bridge br, int clockT) {
        int t = (int) Math.min(Integer.MAX_VALUE, toJiffies(clockT));
        br.bridgeAgeingTime = t;
        br.ageingTime = t;
        br.fdb.scheduleGc(0);
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
