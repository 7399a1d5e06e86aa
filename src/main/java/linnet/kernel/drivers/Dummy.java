package linnet.kernel.drivers;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Mac;

/**
 * drivers/net/dummy.c: an Ethernet-looking device that counts what it is given to send and drops
 * it (a place to hang addresses and routes). NOARP, no multicast, no MTU limits; its carrier is on
 * unless `ip link set DEV carrier off` (ndo_change_carrier) says otherwise.
 */
public final class Dummy extends NetDevice {
    /** Whether the carrier was ever changed: only then does linkwatch compute an operstate (else UNKNOWN). */
    private boolean carrierTouched;

    private Dummy(Kernel kernel, String name) {
        super(kernel, name);
        // dummy_setup: ether_setup, then NOARP and no MULTICAST; min_mtu = max_mtu = 0
        initFlags(Iff.BROADCAST | Iff.NOARP);
        mtu = 1500;
        minMtu = 0;
        maxMtu = 0;
    }

    /** dummy_validate: an Ethernet unicast address if one is given. */
    public static void validate(Long address) throws KernelException {
        if (address != null && !Mac.isValidUnicast(address)) throw new KernelException(Errno.EADDRNOTAVAIL);
    }

    /** RTM_NEWLINK type dummy: the "dummy%d" name when none is given, a random MAC (eth_hw_addr_random). */
    public static Dummy newlink(Kernel kernel, Net net, String name, Long address) throws KernelException {
        boolean named = name != null;
        if (!named) name = Kernel.allocName(net, "dummy%d");
        Dummy d = new Dummy(kernel, name);
        if (address != null) {
            d.addr = address;
            d.addrAssignType = NET_ADDR_SET;
        } else {
            d.addr = kernel.rng.randomMac();
            d.addrAssignType = NET_ADDR_RANDOM;
        }
        d.nameAssignType = named ? NET_NAME_USER : NET_NAME_ENUM;
        kernel.registerNetdevice(net, d);
        return d;
    }

    @Override
    public String kind() { return "dummy"; }

    @Override
    public String driverVersion() { return ""; }

    @Override
    protected boolean tracksCarrier() { return carrierTouched; }

    /** dummy_change_carrier. */
    public void changeCarrier(boolean on) {
        if (carrierOk() == on) return;
        carrierTouched = true;
        setCarrier(on);
    }

    /** dummy_xmit: counted (dev_lstats_add), then freed. */
    @Override
    public void xmit(SkBuff skb) {
        stats.txPackets++;
        stats.txBytes += skb.len;
    }
}
