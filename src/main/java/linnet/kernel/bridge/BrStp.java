package linnet.kernel.bridge;

import linnet.kernel.core.Jiffies;
import linnet.sim.EventLoop;

/**
 * The 802.1D spanning tree of one bridge (br_stp.c, br_stp_if.c, br_stp_timer.c): root and
 * designated port selection from the configuration BPDUs ports receive, port states walking
 * blocking -> listening -> learning -> forwarding on forward_delay timers, the hello timer that
 * sends configuration BPDUs out of designated ports, topology change detection and notification.
 * Without STP a port forwards as soon as it is enabled. The bridge has carrier while any port
 * forwards. Times are jiffies (HZ = 250) on the virtual clock.
 */
final class BrStp {
    /** BR_HOLD_TIME: at most one configuration BPDU a second per port. */
    static final int HOLD_TIME = Jiffies.HZ;
    /** MESSAGE_AGE_INCR: a relayed BPDU is at least one STP tick (1/256 s) older. */
    static final int MESSAGE_AGE_INCR = Jiffies.HZ / 256 + 1;

    private final Bridge br;
    EventLoop.Timer helloTimer, tcnTimer, topologyChangeTimer;

    BrStp(Bridge br) { this.br = br; }

    private EventLoop loop() { return br.kernel.loop; }

    private EventLoop.Timer arm(EventLoop.Timer t, long jiffies, Runnable r) {
        if (t != null) t.cancel();
        return loop().schedule(jiffies * Fdb.NS_PER_JIFFY, r);
    }

    private static EventLoop.Timer stop(EventLoop.Timer t) {
        if (t != null) t.cancel();
        return null;
    }

    /**
     * br_timer_value: jiffies_to_clock_t(expires - jiffies), 0 when the timer is not running. The
     * kernel counts whole jiffies, so a part of one still to go counts as one.
     */
    long timerValue(EventLoop.Timer t) {
        if (t == null || !t.pending()) return 0;
        return Fdb.leftClockT(t.when() - loop().now());
    }

    static boolean portOperUp(BridgePort p) { return p.dev.isUp() && p.dev.carrierOk(); }

    boolean isRootBridge() { return br.designatedRoot == br.bridgeId(); }

    private BridgePort port(int portNo) {
        for (BridgePort p : br.ports) if (p.portNo == portNo) return p;
        return null;
    }

    // ------------------------------------------------------------------ br_stp_if.c

    /** br_stp_enable_bridge: hello timer (kernel STP), FDB collector (HZ/10), enabled ports come up. */
    void enableBridge() {
        if (br.stpEnabled == Bridge.BR_KERNEL_STP) helloTimer = arm(helloTimer, br.helloTime, this::helloTimerExpired);
        br.fdb.scheduleGc(100 * EventLoop.NS_PER_MS);
        configBpduGeneration();
        for (BridgePort p : br.ports) if (portOperUp(p)) enablePort(p);
    }

    /** br_stp_disable_bridge: every port disabled, the topology change forgotten, the timers stopped. */
    void disableBridge() {
        for (BridgePort p : br.ports) if (p.state != BridgePort.BR_STATE_DISABLED) disablePort(p);
        br.topologyChange = false;
        br.topologyChangeDetected = false;
        helloTimer = stop(helloTimer);
        topologyChangeTimer = stop(topologyChangeTimer);
        tcnTimer = stop(tcnTimer);
        br.fdb.stopGc();
    }

    /** br_init_port: designated, blocking, no pending acknowledgement. */
    private void initPort(BridgePort p) {
        p.portIdValue = BridgePort.makePortId(p.priority, p.portNo);
        becomeDesignatedPort(p);
        p.changeState(BridgePort.BR_STATE_BLOCKING);
        p.topologyChangeAck = false;
        p.configPending = false;
    }

    /** br_stp_enable_port. */
    void enablePort(BridgePort p) {
        initPort(p);
        portStateSelection();
    }

    /**
     * br_stp_disable_port: the port's learned entries are flushed, its timers stopped, and the tree
     * is recomputed without it.
     */
    void disablePort(BridgePort p) {
        boolean wasRoot = isRootBridge();
        becomeDesignatedPort(p);
        p.changeState(BridgePort.BR_STATE_DISABLED);
        p.topologyChangeAck = false;
        p.configPending = false;
        p.messageAgeTimer = stop(p.messageAgeTimer);
        p.forwardDelayTimer = stop(p.forwardDelayTimer);
        p.holdTimer = stop(p.holdTimer);
        br.fdb.deleteDynamicByPort(p);
        configurationUpdate();
        portStateSelection();
        if (isRootBridge() && !wasRoot) becomeRootBridge();
    }

    /** A state the user set (IFLA_BRPORT_STATE, STP off): br_set_state + br_port_state_selection. */
    void userSetState(BridgePort p, int s) {
        p.changeState(s);
        p.forwardDelayTimer = stop(p.forwardDelayTimer);
        portStateSelection();
    }

    /**
     * br_stp_set_enabled. br_stp_start (no user-space helper outside the initial namespace, so
     * kernel STP) brings forward_delay within BR_MIN/MAX_FORWARD_DELAY, starts the hello timer of a
     * bridge that is up and re-runs the port state selection. br_stp_stop only clears the mode.
     */
    void setEnabled(int val) {
        int v = val != 0 ? Bridge.BR_KERNEL_STP : Bridge.BR_NO_STP;
        if (v == br.stpEnabled) return;
        if (v == Bridge.BR_KERNEL_STP) {
            if (br.bridgeForwardDelay < BrNetlink.MIN_FORWARD_DELAY) setForwardDelay(BrNetlink.MIN_FORWARD_DELAY);
            else if (br.bridgeForwardDelay > BrNetlink.MAX_FORWARD_DELAY) setForwardDelay(BrNetlink.MAX_FORWARD_DELAY);
            br.stpEnabled = v;
            if (br.isUp()) helloTimer = arm(helloTimer, br.helloTime, this::helloTimerExpired);
            portStateSelection();
        } else {
            br.stpEnabled = v;
        }
    }

    /** __br_set_forward_delay: the root uses its own value at once. */
    void setForwardDelay(int t) {
        br.bridgeForwardDelay = t;
        if (isRootBridge()) br.forwardDelay = t;
    }

    void setHelloTime(int t) {
        br.bridgeHelloTime = t;
        if (isRootBridge()) br.helloTime = t;
    }

    void setMaxAge(int t) {
        br.bridgeMaxAge = t;
        if (isRootBridge()) br.maxAge = t;
    }

    /** br_stp_set_bridge_priority: live designated ports follow the new id, then the tree is recomputed. */
    void setBridgePriority(int prio) {
        boolean wasRoot = isRootBridge();
        for (BridgePort p : br.ports) {
            if (p.state != BridgePort.BR_STATE_DISABLED && isDesignatedPort(p))
                p.designatedBridge = ((long) (prio & 0xffff) << 48) | (p.designatedBridge & Bridge.MAC_MASK);
        }
        br.priority = prio & 0xffff;
        configurationUpdate();
        portStateSelection();
        if (isRootBridge() && !wasRoot) becomeRootBridge();
    }

    /** br_stp_set_port_priority. */
    void setPortPriority(BridgePort p, int prio) {
        int newId = BridgePort.makePortId(prio, p.portNo);
        if (isDesignatedPort(p)) p.designatedPort = newId;
        p.portIdValue = newId;
        p.priority = prio;
        if (br.bridgeId() == p.designatedBridge && Integer.compareUnsigned(p.portIdValue, p.designatedPort) < 0) {
            becomeDesignatedPort(p);
            portStateSelection();
        }
    }

    /** br_stp_set_path_cost. */
    void setPathCost(BridgePort p, int cost) {
        p.pathCost = cost;
        configurationUpdate();
        portStateSelection();
    }

    /**
     * br_stp_recalculate_bridge_id: unless the user set the MAC, the bridge takes the numerically
     * smallest port MAC, and 00:00:00:00:00:00 when it has no port. Returns whether it changed.
     */
    boolean recalculateBridgeId() {
        if (br.addrAssignType == linnet.kernel.core.NetDevice.NET_ADDR_SET) return false;
        long addr = 0;
        boolean any = false;
        for (BridgePort p : br.ports) {
            if (!any || Long.compareUnsigned(p.dev.addr, addr) < 0) addr = p.dev.addr;
            any = true;
        }
        if (br.bridgeIdAddr == addr) return false;
        changeBridgeId(addr);
        return true;
    }

    /**
     * br_stp_change_bridge_id: the id, the device address and the bridge's local FDB entry move
     * together; ports that named the old address as designated bridge or root name the new one;
     * then the configuration update and the port state selection run (which is why an up bridge
     * loses its carrier when its first port arrives down: no port forwards).
     */
    void changeBridgeId(long addr) {
        boolean wasRoot = isRootBridge();
        long old = br.addr;
        long oldAddr = br.bridgeIdAddr;
        br.fdb.changeMacAddress(old, addr);
        br.bridgeIdAddr = addr;
        br.addr = addr;
        for (BridgePort p : br.ports) {
            if ((p.designatedBridge & Bridge.MAC_MASK) == oldAddr)
                p.designatedBridge = (p.designatedBridge & ~Bridge.MAC_MASK) | addr;
            if ((p.designatedRoot & Bridge.MAC_MASK) == oldAddr)
                p.designatedRoot = (p.designatedRoot & ~Bridge.MAC_MASK) | addr;
        }
        if ((br.designatedRoot & Bridge.MAC_MASK) == oldAddr)
            br.designatedRoot = (br.designatedRoot & ~Bridge.MAC_MASK) | addr;
        configurationUpdate();
        portStateSelection();
        if (isRootBridge() && !wasRoot) becomeRootBridge();
    }

    // ------------------------------------------------------------------ br_stp.c

    private boolean shouldBecomeRootPort(BridgePort p, int rootPort) {
        if (p.state == BridgePort.BR_STATE_DISABLED || isDesignatedPort(p)) return false;
        if (Long.compareUnsigned(br.bridgeId(), p.designatedRoot) <= 0) return false;
        if (rootPort == 0) return true;
        BridgePort rp = port(rootPort);
        int t = Long.compareUnsigned(p.designatedRoot, rp.designatedRoot);
        if (t != 0) return t < 0;
        long c1 = (p.designatedCost & 0xffffffffL) + p.pathCost, c2 = (rp.designatedCost & 0xffffffffL) + rp.pathCost;
        if (c1 != c2) return c1 < c2;
        t = Long.compareUnsigned(p.designatedBridge, rp.designatedBridge);
        if (t != 0) return t < 0;
        if (p.designatedPort != rp.designatedPort) return p.designatedPort < rp.designatedPort;
        return p.portIdValue < rp.portIdValue;
    }

    /** br_root_selection (a root-blocked port that would become root port listens instead). */
    private void rootSelection() {
        int rootPort = 0;
        for (BridgePort p : br.ports) {
            if (!shouldBecomeRootPort(p, rootPort)) continue;
            if (p.rootBlock) {
                p.changeState(BridgePort.BR_STATE_LISTENING);
                if (br.forwardDelay > 0) p.forwardDelayTimer = arm(p.forwardDelayTimer, br.forwardDelay, () -> forwardDelayExpired(p));
            } else {
                rootPort = p.portNo;
            }
        }
        br.rootPort = rootPort;
        if (rootPort == 0) {
            br.designatedRoot = br.bridgeId();
            br.rootPathCost = 0;
        } else {
            BridgePort p = port(rootPort);
            br.designatedRoot = p.designatedRoot;
            br.rootPathCost = p.designatedCost + p.pathCost;
        }
    }

    /** br_become_root_bridge. */
    private void becomeRootBridge() {
        br.maxAge = br.bridgeMaxAge;
        br.helloTime = br.bridgeHelloTime;
        br.forwardDelay = br.bridgeForwardDelay;
        topologyChangeDetection();
        tcnTimer = stop(tcnTimer);
        if (br.isUp()) {
            configBpduGeneration();
            helloTimer = arm(helloTimer, br.helloTime, this::helloTimerExpired);
        }
    }

    /** br_transmit_config: held back (config_pending) while the hold timer runs. */
    void transmitConfig(BridgePort p) {
        if (p.holdTimer != null && p.holdTimer.pending()) {
            p.configPending = true;
            return;
        }
        int messageAge = 0;
        if (!isRootBridge()) {
            BridgePort root = port(br.rootPort);
            long ageNs = loop().now() - root.designatedAge;
            messageAge = (int) (ageNs / Fdb.NS_PER_JIFFY) + MESSAGE_AGE_INCR;
        }
        if (messageAge < br.maxAge) {
            BrStpBpdu.sendConfig(p, br.topologyChange, p.topologyChangeAck, br.designatedRoot, br.rootPathCost,
                    br.bridgeId(), p.portIdValue, messageAge, br.maxAge, br.helloTime, br.forwardDelay);
            p.topologyChangeAck = false;
            p.configPending = false;
            if (br.stpEnabled == Bridge.BR_KERNEL_STP) p.holdTimer = arm(p.holdTimer, HOLD_TIME, () -> holdTimerExpired(p));
        }
    }

    /** br_record_config_information: what the designated bridge on this segment says. */
    private void recordConfigInformation(BridgePort p, BrStpBpdu.Config b) {
        p.designatedRoot = b.root();
        p.designatedCost = b.rootPathCost();
        p.designatedBridge = b.bridgeId();
        p.designatedPort = b.portId();
        p.designatedAge = loop().now() - (long) b.messageAge() * Fdb.NS_PER_JIFFY;
        p.messageAgeTimer = arm(p.messageAgeTimer, b.maxAge() - b.messageAge(), () -> messageAgeTimerExpired(p));
    }

    /** br_record_config_timeout_values: the root's timers are everyone's. */
    private void recordConfigTimeoutValues(BrStpBpdu.Config b) {
        br.maxAge = b.maxAge();
        br.helloTime = b.helloTime();
        br.forwardDelay = b.forwardDelay();
        setTopologyChange(b.topologyChange());
    }

    /** br_transmit_tcn: towards the root, on the root port. */
    private void transmitTcn() {
        BridgePort p = port(br.rootPort);
        if (p != null) BrStpBpdu.sendTcn(p);
    }

    private boolean shouldBecomeDesignatedPort(BridgePort p) {
        if (isDesignatedPort(p)) return true;
        if (p.designatedRoot != br.designatedRoot) return true;
        if (br.rootPathCost != p.designatedCost)
            return Integer.compareUnsigned(br.rootPathCost, p.designatedCost) < 0;
        int t = Long.compareUnsigned(br.bridgeId(), p.designatedBridge);
        if (t != 0) return t < 0;
        return p.portIdValue < p.designatedPort;
    }

    private void designatedPortSelection() {
        for (BridgePort p : br.ports)
            if (p.state != BridgePort.BR_STATE_DISABLED && shouldBecomeDesignatedPort(p)) becomeDesignatedPort(p);
    }

    private boolean supersedesPortInfo(BridgePort p, BrStpBpdu.Config b) {
        int t = Long.compareUnsigned(b.root(), p.designatedRoot);
        if (t != 0) return t < 0;
        if (b.rootPathCost() != p.designatedCost) return Integer.compareUnsigned(b.rootPathCost(), p.designatedCost) < 0;
        t = Long.compareUnsigned(b.bridgeId(), p.designatedBridge);
        if (t != 0) return t < 0;
        if (b.bridgeId() != br.bridgeId()) return true;
        return b.portId() <= p.designatedPort;
    }

    private void topologyChangeAcknowledged() {
        br.topologyChangeDetected = false;
        tcnTimer = stop(tcnTimer);
    }

    /**
     * __br_set_topology_change: while a topology change lasts the FDB ages entries after twice the
     * forward delay; afterwards the configured ageing time comes back.
     */
    private void setTopologyChange(boolean val) {
        if (br.stpEnabled == Bridge.BR_KERNEL_STP && br.topologyChange != val) {
            br.ageingTime = val ? 2 * br.forwardDelay : br.bridgeAgeingTime;
        }
        br.topologyChange = val;
    }

    /** br_topology_change_detection: the root announces it, anyone else tells the root (TCN). */
    void topologyChangeDetection() {
        if (br.stpEnabled != Bridge.BR_KERNEL_STP) return;
        if (isRootBridge()) {
            setTopologyChange(true);
            topologyChangeTimer = arm(topologyChangeTimer, br.bridgeForwardDelay + br.bridgeMaxAge,
                    this::topologyChangeTimerExpired);
        } else if (!br.topologyChangeDetected) {
            transmitTcn();
            tcnTimer = arm(tcnTimer, br.bridgeHelloTime, this::tcnTimerExpired);
        }
        br.topologyChangeDetected = true;
    }

    /** br_config_bpdu_generation: a configuration BPDU out of every live designated port. */
    void configBpduGeneration() {
        for (BridgePort p : br.ports)
            if (p.state != BridgePort.BR_STATE_DISABLED && isDesignatedPort(p)) transmitConfig(p);
    }

    /** br_configuration_update. */
    void configurationUpdate() {
        rootSelection();
        designatedPortSelection();
    }

    /** br_become_designated_port: the port takes the bridge's root, cost, id and its own port id. */
    void becomeDesignatedPort(BridgePort p) {
        p.designatedRoot = br.designatedRoot;
        p.designatedCost = br.rootPathCost;
        p.designatedBridge = br.bridgeId();
        p.designatedPort = p.portIdValue;
    }

    /** br_is_designated_port. */
    boolean isDesignatedPort(BridgePort p) {
        return p.designatedBridge == br.bridgeId() && p.designatedPort == p.portIdValue;
    }

    /** br_make_blocking: a port leaving forwarding or learning is a topology change. */
    private void makeBlocking(BridgePort p) {
        if (p.state == BridgePort.BR_STATE_DISABLED || p.state == BridgePort.BR_STATE_BLOCKING) return;
        if (p.state == BridgePort.BR_STATE_FORWARDING || p.state == BridgePort.BR_STATE_LEARNING)
            topologyChangeDetection();
        p.changeState(BridgePort.BR_STATE_BLOCKING);
        p.forwardDelayTimer = stop(p.forwardDelayTimer);
    }

    /**
     * br_make_forwarding: straight to forwarding without STP (the forward-delay timer is armed even
     * so; its expiry leaves a forwarding port alone), else listening and the forward_delay timer.
     */
    private void makeForwarding(BridgePort p) {
        if (p.state != BridgePort.BR_STATE_BLOCKING) return;
        if (br.stpEnabled == Bridge.BR_NO_STP || br.forwardDelay == 0) {
            p.changeState(BridgePort.BR_STATE_FORWARDING);
            topologyChangeDetection();
            p.forwardDelayTimer = stop(p.forwardDelayTimer);
        } else {
            p.changeState(BridgePort.BR_STATE_LISTENING);
        }
        if (br.forwardDelay != 0) p.forwardDelayTimer = arm(p.forwardDelayTimer, br.forwardDelay, () -> forwardDelayExpired(p));
    }

    /** br_port_state_selection: root and designated ports forward, the others block; carrier follows. */
    void portStateSelection() {
        int live = 0;
        for (BridgePort p : br.ports) {
            if (p.state == BridgePort.BR_STATE_DISABLED) continue;
            if (p.portNo == br.rootPort) {
                p.configPending = false;
                p.topologyChangeAck = false;
                makeForwarding(p);
            } else if (isDesignatedPort(p)) {
                p.messageAgeTimer = stop(p.messageAgeTimer);
                makeForwarding(p);
            } else {
                p.configPending = false;
                p.topologyChangeAck = false;
                makeBlocking(p);
            }
            if (p.state == BridgePort.BR_STATE_FORWARDING) live++;
        }
        br.setCarrier(live > 0);
    }

    private void topologyChangeAcknowledge(BridgePort p) {
        p.topologyChangeAck = true;
        transmitConfig(p);
    }

    /** br_received_config_bpdu. */
    void receivedConfigBpdu(BridgePort p, BrStpBpdu.Config b) {
        boolean wasRoot = isRootBridge();
        if (supersedesPortInfo(p, b)) {
            recordConfigInformation(p, b);
            configurationUpdate();
            portStateSelection();
            if (!isRootBridge() && wasRoot) {
                helloTimer = stop(helloTimer);
                if (br.topologyChangeDetected) {
                    topologyChangeTimer = stop(topologyChangeTimer);
                    transmitTcn();
                    tcnTimer = arm(tcnTimer, br.bridgeHelloTime, this::tcnTimerExpired);
                }
            }
            if (p.portNo == br.rootPort) {
                recordConfigTimeoutValues(b);
                configBpduGeneration();
                if (b.topologyChangeAck()) topologyChangeAcknowledged();
            }
        } else if (isDesignatedPort(p)) {
            transmitConfig(p);
        }
    }

    /** br_received_tcn_bpdu: a designated port passes it on towards the root and acknowledges it. */
    void receivedTcnBpdu(BridgePort p) {
        if (isDesignatedPort(p)) {
            topologyChangeDetection();
            topologyChangeAcknowledge(p);
        }
    }

    // ------------------------------------------------------------------ br_stp_timer.c

    private boolean isDesignatedForSomePort() {
        for (BridgePort p : br.ports)
            if (p.state != BridgePort.BR_STATE_DISABLED && p.designatedBridge == br.bridgeId()) return true;
        return false;
    }

    private void helloTimerExpired() {
        helloTimer = null;
        if (!br.isUp()) return;
        configBpduGeneration();
        if (br.stpEnabled == Bridge.BR_KERNEL_STP) helloTimer = arm(null, br.helloTime, this::helloTimerExpired);
    }

    private void messageAgeTimerExpired(BridgePort p) {
        p.messageAgeTimer = null;
        if (p.state == BridgePort.BR_STATE_DISABLED) return;
        boolean wasRoot = isRootBridge();
        becomeDesignatedPort(p);
        configurationUpdate();
        portStateSelection();
        if (isRootBridge() && !wasRoot) becomeRootBridge();
    }

    /** br_forward_delay_timer_expired: listening -> learning -> forwarding. */
    private void forwardDelayExpired(BridgePort p) {
        p.forwardDelayTimer = null;
        if (p.state == BridgePort.BR_STATE_LISTENING) {
            p.changeState(BridgePort.BR_STATE_LEARNING);
            p.forwardDelayTimer = arm(null, br.forwardDelay, () -> forwardDelayExpired(p));
        } else if (p.state == BridgePort.BR_STATE_LEARNING) {
            p.changeState(BridgePort.BR_STATE_FORWARDING);
            if (isDesignatedForSomePort()) topologyChangeDetection();
            br.setCarrier(true);
        }
    }

    private void tcnTimerExpired() {
        tcnTimer = null;
        if (!br.isUp()) return;
        transmitTcn();
        tcnTimer = arm(null, br.bridgeHelloTime, this::tcnTimerExpired);
    }

    private void topologyChangeTimerExpired() {
        topologyChangeTimer = null;
        br.topologyChangeDetected = false;
        setTopologyChange(false);
    }

    private void holdTimerExpired(BridgePort p) {
        p.holdTimer = null;
        if (p.configPending) transmitConfig(p);
    }
}
