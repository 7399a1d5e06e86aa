package linnet.kernel.bridge;

import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevEvent;

/** br_device_event (br.c): how a bridge follows what happens to its ports. */
public final class BrNotify {
    private BrNotify() {}

    /** br_init: hooks the bridge into a kernel's notifier chain. */
    public static void init(Kernel kernel) {
        kernel.registerNotifier(BrNotify::event);
        kernel.floodWatch = BrFloodLedger::changed;
    }

    static void event(NetdevEvent ev, NetDevice dev) {
        if (!(dev.rxHandlerData instanceof BridgePort p)) return;
        Bridge br = p.br;
        switch (ev) {
            case CHANGEMTU -> BrIf.mtuAutoAdjust(br);
            case CHANGEADDR -> {
                br.fdb.changeAddr(p, dev.addr);
                if (br.stp.recalculateBridgeId()) br.kernel.notifyEvent(NetdevEvent.CHANGEADDR, br);
            }
            case CHANGE, UP, DOWN -> carrierCheck(p);
            case UNREGISTER -> BrIf.delIf(br, p);
            case FEAT_CHANGE -> br.updateFeatures();
            default -> {}
        }
    }

    /** br_port_carrier_check: a port that can carry traffic is enabled, one that cannot is disabled. */
    static void carrierCheck(BridgePort p) {
        Bridge br = p.br;
        if (!br.isUp()) return;
        if (BrStp.portOperUp(p)) {
            if (p.state == BridgePort.BR_STATE_DISABLED) br.stp.enablePort(p);
        } else if (p.state != BridgePort.BR_STATE_DISABLED) {
            br.stp.disablePort(p);
        }
    }
}
