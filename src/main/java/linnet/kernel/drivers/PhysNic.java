package linnet.kernel.drivers;

import static linnet.kernel.core.NetdevFeatures.*;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * A physical Ethernet NIC (the uplink of a machine, eth0). Its cable may end in a NIC of another
 * machine of the lab; the carrier is on while both ends are up, as a link partner would show it.
 */
public final class PhysNic extends NetDevice {
    private PhysNic partner;

    public PhysNic(Kernel kernel, String name, long mac) {
        super(kernel, name);
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        maxMtu = 9000;
        addr = mac;
        nameAssignType = NET_NAME_ENUM;
        setCarrier(false);
        // e1000_probe (an 82540-style PCI NIC with DMA above 4 GiB): checksums, SG and TSO are
        // toggleable and on; VLAN insertion and filtering are always on; FCS/all-frames reception
        // are toggleable and off. (No kernel here has an e1000 to record: this follows the driver source.)
        hwFeatures = of(SG, HW_CSUM, HW_VLAN_CTAG_RX, TSO);
        features = hwFeatures | of(HW_VLAN_CTAG_TX, HW_VLAN_CTAG_FILTER, HIGHDMA, RXCSUM);
        hwFeatures |= of(RXCSUM, RXALL, RXFCS);
    }

    /** Plugs a cable between two NICs (of the same or different machines). */
    public static void connect(PhysNic a, PhysNic b) {
        a.partner = b;
        b.partner = a;
    }

    @Override
    public String kind() { return null; }

    @Override
    public String driverName() { return "e1000"; }

    /** e1000_get_link_ksettings: 1000 Mb/s full duplex while the link is up, else unknown. */
    @Override
    public LinkKsettings ethtoolLinkKsettings() {
        return carrierOk() ? new LinkKsettings(1000, DUPLEX_FULL, PORT_TP)
                : new LinkKsettings(SPEED_UNKNOWN, DUPLEX_UNKNOWN, PORT_TP);
    }

    @Override
    protected String defaultQdisc() { return "fq_codel"; }

    @Override
    protected void ndoOpen() {
        if (partner != null && partner.isUp()) {
            setCarrier(true);
            partner.setCarrier(true);
        }
    }

    @Override
    protected void ndoStop() {
        setCarrier(false);
        if (partner != null) partner.setCarrier(false);
    }

    @Override
    protected void ndoUninit() {
        if (partner != null) {
            partner.partner = null;
            partner.setCarrier(false);
        }
        partner = null;
    }

    @Override
    public void xmit(SkBuff skb) {
        PhysNic rcv = partner;
        if (rcv == null || !rcv.isUp() || !carrierOk()) {
            stats.txDropped++;
            return;
        }
        stats.txPackets++;
        stats.txBytes += skb.len;
        rcv.stats.rxPackets++;
        rcv.stats.rxBytes += skb.len;
        skb.iif = 0;
        skb.sk = null;
        skb.dst = null;
        skb.nfct = null;
        skb.nfctinfo = 0;
        skb.mark = 0;
        Eth.typeTrans(skb, rcv);
        rcv.kernel.netifRx(skb);
    }
}
