package linnet.kernel.bridge;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.sim.EventLoop;

/** One port of a bridge (struct net_bridge_port): the enslaved device, its STP state and flags. */
public final class BridgePort {
    /** BR_STATE_*, numbered as in include/uapi/linux/if_bridge.h. */
    public static final int BR_STATE_DISABLED = 0, BR_STATE_LISTENING = 1, BR_STATE_LEARNING = 2,
            BR_STATE_FORWARDING = 3, BR_STATE_BLOCKING = 4;
    private static final String[] STATE_NAMES = {"disabled", "listening", "learning", "forwarding", "blocking"};
    /** BR_PORT_BITS: the port number's share of a port id. */
    static final int PORT_BITS = 10;

    public final Bridge br;
    public final NetDevice dev;
    public final int portNo;
    public int state = BR_STATE_DISABLED;
    /** Its place in the order ports were added (br.ports holds the newest first). */
    final long seq;
    /** Non-null while its copies of unheard multicast are counted in bulk (BrFloodLedger). */
    BrFloodLedger.Member floodMember;
    /** Port priority (0..63) and path cost, the STP parameters `bridge link` prints. */
    public int priority = 0x20;
    public int pathCost;
    // Port flags (BR_LEARNING, BR_FLOOD, BR_BCAST_FLOOD, ...): the defaults of new_nbp().
    public boolean learning = true, flood = true, mcastFlood = true, bcastFlood = true, hairpin;
    /** BR_BPDU_GUARD, BR_ROOT_BLOCK, BR_MULTICAST_FAST_LEAVE: off by default. */
    public boolean guard, rootBlock, fastLeave;
    /** port_id: priority and port number (br_make_port_id), fixed when the port is initialised. */
    int portIdValue;
    /**
     * What the port knows of its segment's designated bridge (from its last configuration BPDU,
     * or itself): the root it names, its cost to the root, its id and the port it sends from.
     */
    public long designatedRoot, designatedBridge;
    public int designatedCost, designatedPort;
    /** topology_change_ack / config_pending: an acknowledgement to send / a BPDU held back. */
    public boolean topologyChangeAck, configPending;
    /** When the designated bridge's information was as old as its message age says (designated_age). */
    long designatedAge;
    EventLoop.Timer forwardDelayTimer, messageAgeTimer, holdTimer;

    BridgePort(Bridge br, NetDevice dev, int portNo) {
        this.br = br;
        this.dev = dev;
        this.portNo = portNo;
        this.seq = ++br.portSeq;
        this.pathCost = portCost(dev);
        portIdValue = makePortId(priority, portNo);
        br.stp.becomeDesignatedPort(this);
    }

    /** br_make_port_id. */
    static int makePortId(int priority, int portNo) {
        return ((priority << PORT_BITS) | (portNo & ((1 << PORT_BITS) - 1))) & 0xffff;
    }

    /** port_id (0x8001 for port 1 at the default priority). */
    public int portId() { return portIdValue; }

    /** The remaining time of the forward-delay / message-age / hold timer in clock_t (0 when stopped). */
    public long forwardDelayLeft() { return br.stp.timerValue(forwardDelayTimer); }

    public long messageAgeLeft() { return br.stp.timerValue(messageAgeTimer); }

    public long holdLeft() { return br.stp.timerValue(holdTimer); }

    /** BR_MIN_PATH_COST..BR_MAX_PATH_COST, BR_MAX_PORT_PRIORITY. */
    public static final int MAX_PATH_COST = 65535, MAX_PORT_PRIORITY = 63;

    /** br_stp_set_path_cost. */
    public void setPathCost(long v) throws KernelException {
        if (v < 1 || v > MAX_PATH_COST) throw new KernelException(Errno.ERANGE);
        br.stp.setPathCost(this, (int) v);
    }

    /** br_stp_set_port_priority. */
    public void setPriority(long v) throws KernelException {
        if (v < 0 || v > MAX_PORT_PRIORITY) throw new KernelException(Errno.ERANGE);
        br.stp.setPortPriority(this, (int) v);
    }

    /** br_set_port_state (IFLA_BRPORT_STATE). */
    public void setState(long s) throws KernelException {
        if (s < 0 || s > BR_STATE_BLOCKING) throw new KernelException(Errno.EINVAL);
        if (br.stpEnabled == Bridge.BR_KERNEL_STP) throw new KernelException(Errno.EBUSY);
        if (!dev.isUp() || (!BrStp.portOperUp(this) && s != BR_STATE_DISABLED))
            throw new KernelException(Errno.ENETDOWN);
        br.stp.userSetState(this, (int) s);
    }

    /** br_set_state: the port's STP state; what bulk flood counting depends on follows. */
    void changeState(int s) {
        state = s;
        br.floodLedger.recheck(this);
    }

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
