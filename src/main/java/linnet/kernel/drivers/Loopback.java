package linnet.kernel.drivers;

import static linnet.kernel.core.NetdevFeatures.*;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/** The loopback device (drivers/net/loopback.c): every frame sent comes straight back in. */
public final class Loopback extends NetDevice {
    public Loopback(Kernel kernel) {
        super(kernel, "lo");
        initFlags(Iff.LOOPBACK);
        mtu = 65536;
        minMtu = 0;
        maxMtu = 0; // no upper limit (dev_validate_mtu skips a zero max_mtu)
        tsoMaxSize = TSO_MAX_SIZE; // loopback_setup: netif_set_tso_max_size(dev, GSO_MAX_SIZE)
        addr = 0;
        broadcast = 0;
        type = Iff.ARPHRD_LOOPBACK;
        // alloc_netdev(0, "lo", NET_NAME_PREDICTABLE, loopback_setup)
        nameAssignType = NET_NAME_PREDICTABLE;
        setCarrier(true);
        // loopback_setup: checksums are pointless on lo and always "done"; only the
        // software segmentation can be toggled.
        features = of(SG, FRAGLIST, HW_CSUM, RXCSUM, SCTP_CRC, HIGHDMA, VLAN_CHALLENGED, LOOPBACK) | GSO_SOFTWARE;
        hwFeatures = GSO_SOFTWARE;
    }

    @Override
    public String kind() { return null; }

    @Override
    protected boolean tracksCarrier() { return false; }

    @Override
    public boolean netnsLocal() { return true; }

    @Override
    public void xmit(SkBuff skb) {
        linnet.kernel.core.Eth.typeTrans(skb, this);
        int len = skb.len;
        // loopback_xmit orphans the skb: the receive path sees no sending socket
        skb.sk = null;
        // eth_type_trans alone decides the packet type (lo's own address: PACKET_HOST); only
        // dev_loopback_xmit of multicast copies marks PACKET_LOOPBACK.
        if (!kernel.netifRx(skb)) return; // a full backlog: counted as lo's rx_dropped there
        // loopback_xmit counts the length after eth_type_trans pulled the Ethernet header, and
        // only what the backlog took.
        stats.txPackets++;
        stats.txBytes += len;
        stats.rxPackets++;
        stats.rxBytes += len;
    }

    /** loopback_ethtool_ops has no get_drvinfo, and lo has no parent device to name a driver. */
    @Override
    public boolean hasDrvinfo() { return false; }
}
