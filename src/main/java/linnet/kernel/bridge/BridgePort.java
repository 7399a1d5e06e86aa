package linnet.kernel.bridge;

import linnet.kernel.core.NetDevice;

/** One port of a bridge (struct net_bridge_port): the enslaved device, its STP state and flags. */
public final class BridgePort {
    /** BR_STATE_*, numbered as in include/uapi/linux/if_bridge.h. */
    public static final int BR_STATE_DISABLED = 0, BR_STATE_LISTENING = 1, BR_STATE_LEARNING = 2,
            BR_STATE_FORWARDING = 3, BR_STATE_BLOCKING = 4;
    private static final String[] STATE_NAMES = {"disabled", "listening", "learning", "forwarding", "blocking"};

    public final Bridge br;
    public final NetDevice dev;
    public final int portNo;
    public int state = BR_STATE_DISABLED;
    /** Port priority (0..63) and path cost, the STP parameters `bridge link` prints. */
    public int priority = 0x20;
    public int pathCost;
    // Port flags (BR_LEARNING, BR_FLOOD, BR_BCAST_FLOOD, ...): the defaults of new_nbp().
    public boolean learning = true, flood = true, mcastFlood = true, bcastFlood = true, hairpin;
    /** BR_BPDU_GUARD, BR_ROOT_BLOCK, BR_MULTICAST_FAST_LEAVE: off by default. */
    public boolean guard, rootBlock, fastLeave;
    /** designated_port and the priority half of designated_root / designated_bridge (br_become_designated_port). */
    public int designatedPort, designatedPrio;
    /** A pending STP forward-delay timer (listening -> learning -> forwarding). */
    linnet.sim.EventLoop.Timer forwardDelayTimer;

    /** The forward-delay timer's remaining time in clock_t (br_timer_value), 0 when it is not running. */
    public long forwardDelayLeft() {
        if (forwardDelayTimer == null || !forwardDelayTimer.pending()) return 0;
        long left = forwardDelayTimer.when() - br.kernel.loop.now();
        return left <= 0 ? 0 : left / Fdb.NS_PER_CLOCK_T;
    }

    BridgePort(Bridge br, NetDevice dev, int portNo) {
        this.br = br;
        this.dev = dev;
        this.portNo = portNo;
        this.pathCost = portCost(dev);
        becomeDesignated();
    }

    /** br_become_designated_port: the port takes the bridge's own root/bridge id and its port id. */
    void becomeDesignated() {
        designatedPrio = br.priority;
        designatedPort = portId();
    }

    /** br_is_designated_port. */
    boolean isDesignated() { return designatedPrio == br.priority && designatedPort == portId(); }

    /** BR_MIN_PATH_COST..BR_MAX_PATH_COST, BR_MAX_PORT_PRIORITY. */
    public static final int MAX_PATH_COST = 65535, MAX_PORT_PRIORITY = 63;

    /** br_stp_set_path_cost. */
    public void setPathCost(long v) throws linnet.kernel.core.KernelException {
        if (v < 1 || v > MAX_PATH_COST) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ERANGE);
        pathCost = (int) v;
    }

    /** br_stp_set_port_priority: a designated port keeps designating itself under the new id. */
    public void setPriority(long v) throws linnet.kernel.core.KernelException {
        if (v < 0 || v > MAX_PORT_PRIORITY) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ERANGE);
        boolean des = isDesignated();
        priority = (int) v;
        if (des) designatedPort = portId();
    }

    /** br_set_port_state (IFLA_BRPORT_STATE). */
    public void setState(long s) throws linnet.kernel.core.KernelException {
        if (s < 0 || s > BR_STATE_BLOCKING) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EINVAL);
        if (br.stpEnabled == Bridge.BR_KERNEL_STP) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EBUSY);
        if (!dev.isUp() || (!BrStp.portOperUp(this) && s != BR_STATE_DISABLED))
            throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ENETDOWN);
        br.stp.userSetState(this, (int) s);
    }

    /** port_id: priority in the top bits, then the port number (0x8001 for port 1). */
    public int portId() { return (priority << 10) | portNo; }

    public static String stateName(int s) { return s >= 0 && s < STATE_NAMES.length ? STATE_NAMES[s] : "unknown"; }

    /**
     * port_cost(): derived from the driver's ethtool link speed (10 Gb/s -> 2, 1 Gb/s -> 4,
     * 100 Mb/s -> 19, else 100); devices without get_link_ksettings or a speed get the 10 Mb/s cost.
     */
    static int portCost(NetDevice dev) {
        NetDevice.LinkKsettings ks = dev.ethtoolLinkKsettings();
        int speed = ks != null && ks.speed() != NetDevice.SPEED_UNKNOWN ? ks.speed() : 0;
        if (speed >= 10000) return 2;
        if (speed >= 1000) return 4;
        if (speed >= 100) return 19;
        return 100;
    }
}
