package linnet.kernel.bridge;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevEvent;
import linnet.wire.Mac;

/** Adding and removing ports (br_if.c): what `ip link set DEV master BR` and `brctl addif` end in. */
public final class BrIf {
    private BrIf() {}

    /** br_add_if: checks in the kernel's order, then the port joins (newest first in port_list). */
    public static void addIf(Bridge br, NetDevice dev) throws KernelException {
        checkAddIf(br, dev);
        BridgePort p = new BridgePort(br, dev, findPortNo(br));
        dev.rxHandler = BrInput::handleFrame;
        dev.rxHandlerData = p;
        dev.master = br;
        // dev_set_allmulti(dev, 1) and nbp_update_port_count -> dev_set_promiscuity(dev, 1):
        // the port must see every frame.
        dev.setAllmulti(1);
        dev.setPromiscuity(1);
        br.ports.add(0, p);
        br.floodLedger.added(p);
        br.fdb.addLocal(p, dev.addr);
        br.markOperKnown();
        boolean changedAddr = br.stp.recalculateBridgeId();
        if (BrStp.portOperUp(p) && br.isUp()) br.stp.enablePort(p);
        if (changedAddr) br.kernel.notifyEvent(NetdevEvent.CHANGEADDR, br);
        mtuAutoAdjust(br);
        setGsoLimits(br);
        br.updateFeatures(); // netdev_update_features(br->dev): the offloads follow the ports
        br.kernel.notifyEvent(NetdevEvent.CHANGEUPPER, dev);
    }

    /**
     * br_set_gso_limits: the bridge can offload no more than its smallest port; with no port left
     * that is TSO_MAX_SIZE (a new bridge keeps the legacy default until its first port).
     */
    static void setGsoLimits(Bridge br) {
        int tso = NetDevice.TSO_MAX_SIZE;
        for (BridgePort p : br.ports) tso = Math.min(tso, p.dev.tsoMaxSize);
        br.tsoMaxSize = tso;
    }

    /** The checks of br_add_if, usable before anything changes (a failing request changes nothing). */
    public static void checkAddIf(Bridge br, NetDevice dev) throws KernelException {
        // Don't allow bridging non-ethernet like devices.
        if ((dev.flags() & Iff.LOOPBACK) != 0 || dev.type != Iff.ARPHRD_ETHER || dev.addrLen != 6
                || !Mac.isValidUnicast(dev.addr))
            throw new KernelException(Errno.EINVAL);
        if (dev instanceof Bridge) throw new KernelException(Errno.ELOOP, "Can not enslave a bridge to a bridge");
        if (dev.master != null) throw new KernelException(Errno.EBUSY);
        // netdev_rx_handler_register: another upper device (a macvlan port) holds the rx_handler
        if (dev.rxHandler != null) throw new KernelException(Errno.EBUSY);
    }

    /**
     * BR_MAX_PORTS: a port number has 10 bits (the low bits of the STP port id), and 0 is never
     * used, so a bridge has at most 1023 ports.
     */
    public static final int MAX_PORTS = 1 << BridgePort.PORT_BITS;

    /** find_portno: the smallest free port number, from 1; EXFULL when all 1023 are taken. */
    private static int findPortNo(Bridge br) throws KernelException {
        java.util.BitSet inuse = new java.util.BitSet(MAX_PORTS);
        inuse.set(0);
        for (BridgePort p : br.ports) inuse.set(p.portNo);
        int n = inuse.nextClearBit(1);
        if (n >= MAX_PORTS) throw new KernelException(Errno.EXFULL);
        return n;
    }

    /** br_del_if / del_nbp: the port stops, its FDB entries go, and the bridge MAC is re-evaluated. */
    public static void delIf(Bridge br, BridgePort p) {
        NetDevice dev = p.dev;
        dev.setPromiscuity(-1);
        dev.setAllmulti(-1);
        br.stp.disablePort(p);
        br.floodLedger.removed(p);
        br.ports.remove(p);
        br.fdb.deleteByPort(p);
        dev.rxHandler = null;
        dev.rxHandlerData = null;
        dev.master = null;
        mtuAutoAdjust(br);
        setGsoLimits(br);
        br.updateFeatures();
        boolean changedAddr = br.stp.recalculateBridgeId();
        if (changedAddr) br.kernel.notifyEvent(NetdevEvent.CHANGEADDR, br);
        br.kernel.notifyEvent(NetdevEvent.CHANGEUPPER, dev);
    }

    /** br_mtu_auto_adjust: unless the user set it, the bridge MTU is the smallest port MTU. */
    static void mtuAutoAdjust(Bridge br) {
        if (br.mtuSetByUser || br.ports.isEmpty()) return;
        int min = Integer.MAX_VALUE;
        for (BridgePort p : br.ports) min = Math.min(min, p.dev.mtu);
        if (min != br.mtu) {
            br.mtu = min;
            br.kernel.notifyEvent(NetdevEvent.CHANGEMTU, br);
        }
    }
}
