package linnet.kernel.bridge;

import linnet.sim.EventLoop;

/**
 * Port states and the bridge's identity (br_stp.c, br_stp_if.c, br_stp_timer.c). No BPDUs are
 * exchanged: the bridge is always its own root and every port designated, so with STP off a port
 * forwards as soon as it is enabled, and with STP on it walks listening -> learning -> forwarding
 * on forward_delay timers of the virtual clock. The bridge has carrier while any port forwards.
 */
final class BrStp {
    private final Bridge br;

    BrStp(Bridge br) { this.br = br; }

    /** br_stp_enable_bridge: the FDB collector starts (HZ/10), enabled ports come up. */
    void enableBridge() {
        br.fdb.scheduleGc(100 * EventLoop.NS_PER_MS);
        for (BridgePort p : br.ports) if (portOperUp(p)) enablePort(p);
    }

    /** br_stp_disable_bridge. */
    void disableBridge() {
        for (BridgePort p : br.ports) if (p.state != BridgePort.BR_STATE_DISABLED) disablePort(p);
        br.fdb.stopGc();
    }

    static boolean portOperUp(BridgePort p) { return p.dev.isUp() && p.dev.carrierOk(); }

    /** br_stp_enable_port: br_init_port (blocking), then the state selection. */
    void enablePort(BridgePort p) {
        p.becomeDesignated();
        setState(p, BridgePort.BR_STATE_BLOCKING);
        portStateSelection();
    }

    /** br_stp_disable_port. */
    void disablePort(BridgePort p) {
        setState(p, BridgePort.BR_STATE_DISABLED);
        portStateSelection();
    }

    /** br_set_state + br_port_state_selection, for a state the user set. */
    void userSetState(BridgePort p, int s) {
        setState(p, s);
        portStateSelection();
    }

    /**
     * br_stp_set_bridge_priority: live designated ports follow the new bridge id; as the bridge is
     * always root, every live port then becomes designated again (br_configuration_update).
     */
    void setBridgePriority(int prio) {
        br.priority = prio & 0xffff;
        for (BridgePort p : br.ports) if (p.state != BridgePort.BR_STATE_DISABLED) p.becomeDesignated();
    }

    private void setState(BridgePort p, int s) {
        p.state = s;
        if (p.forwardDelayTimer != null) {
            p.forwardDelayTimer.cancel();
            p.forwardDelayTimer = null;
        }
    }

    /** br_port_state_selection: every enabled port is designated here; carrier follows the live ports. */
    void portStateSelection() {
        int live = 0;
        for (BridgePort p : br.ports) {
            if (p.state != BridgePort.BR_STATE_DISABLED) makeForwarding(p);
            if (p.state == BridgePort.BR_STATE_FORWARDING) live++;
        }
        br.setCarrier(live > 0);
    }

    /** br_make_forwarding: straight to forwarding without STP, else listening + forward_delay timer. */
    private void makeForwarding(BridgePort p) {
        if (p.state != BridgePort.BR_STATE_BLOCKING) return;
        if (br.stpEnabled == Bridge.BR_NO_STP) {
            // The forward-delay timer is armed even so (its expiry leaves a forwarding port alone).
            p.state = BridgePort.BR_STATE_FORWARDING;
            if (br.forwardDelay != 0) armForwardDelay(p);
            return;
        }
        p.state = BridgePort.BR_STATE_LISTENING;
        armForwardDelay(p);
    }

    private void armForwardDelay(BridgePort p) {
        p.forwardDelayTimer = br.kernel.loop.schedule(br.forwardDelay * Fdb.NS_PER_JIFFY, () -> forwardDelayExpired(p));
    }

    /** br_forward_delay_timer_expired. */
    private void forwardDelayExpired(BridgePort p) {
        p.forwardDelayTimer = null;
        if (p.state == BridgePort.BR_STATE_LISTENING) {
            p.state = BridgePort.BR_STATE_LEARNING;
            armForwardDelay(p);
        } else if (p.state == BridgePort.BR_STATE_LEARNING) {
            p.state = BridgePort.BR_STATE_FORWARDING;
            br.setCarrier(true);
        }
    }

    /**
     * br_stp_set_enabled: br_stp_start (no user-space STP helper outside the initial namespace, so
     * kernel STP) first brings forward_delay within BR_MIN/MAX_FORWARD_DELAY, then re-runs the
     * port state selection; br_stp_stop only clears the mode.
     */
    void setEnabled(int val) {
        int v = val != 0 ? Bridge.BR_KERNEL_STP : Bridge.BR_NO_STP;
        if (v == br.stpEnabled) return;
        if (v == Bridge.BR_KERNEL_STP) {
            if (br.forwardDelay < BrNetlink.MIN_FORWARD_DELAY) br.forwardDelay = BrNetlink.MIN_FORWARD_DELAY;
            else if (br.forwardDelay > BrNetlink.MAX_FORWARD_DELAY) br.forwardDelay = BrNetlink.MAX_FORWARD_DELAY;
            br.stpEnabled = v;
            portStateSelection();
        } else {
            br.stpEnabled = v;
        }
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
     * together, then the configuration update and the port state selection run (which is why an
     * up bridge loses its carrier when its first port arrives down: no port forwards).
     */
    void changeBridgeId(long addr) {
        long old = br.addr;
        br.bridgeIdAddr = addr;
        br.addr = addr;
        br.fdb.changeMacAddress(old, addr);
        portStateSelection();
    }
}
