package linnet.kernel.drivers;

import static linnet.kernel.core.NetdevFeatures.*;
import java.util.function.Consumer;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/**
 * A virtual machine's NIC as the guest kernel sees it (virtio_net): frames it sends go to the
 * hypervisor ({@link #setBackend}), frames the hypervisor delivers arrive with {@link #receive}.
 */
public final class GuestNic extends NetDevice {
    private Consumer<byte[]> backend;

    public GuestNic(Kernel kernel, String name, long mac) {
        super(kernel, name);
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        maxMtu = 65521;
        addr = mac;
        nameAssignType = NET_NAME_ENUM;
        // virtnet_probe with a QEMU host's usual feature bits (CSUM, GUEST_CSUM, HOST_TSO4/6/ECN,
        // CTRL_VLAN): checksums, SG and TSO toggleable; received checksums and VLAN filtering fixed on.
        hwFeatures = of(HW_CSUM, SG, TSO, TSO6, TSO_ECN);
        features = hwFeatures | of(GSO_ROBUST, RXCSUM, HW_VLAN_CTAG_FILTER, HIGHDMA);
    }

    /** Where transmitted frames go (the hypervisor writing them into the host's tap). */
    public void setBackend(Consumer<byte[]> backend) { this.backend = backend; }

    @Override
    public String kind() { return null; }

    @Override
    public String driverName() { return "virtio_net"; }

    /** virtnet_get_link_ksettings: speed/duplex unknown (no VIRTIO_NET_F_SPEED_DUPLEX), PORT_OTHER. */
    @Override
    public LinkKsettings ethtoolLinkKsettings() { return new LinkKsettings(SPEED_UNKNOWN, DUPLEX_UNKNOWN, PORT_OTHER); }

    @Override
    protected String defaultQdisc() { return "fq_codel"; }

    @Override
    public void xmit(SkBuff skb) {
        if (backend == null) {
            stats.txDropped++;
            return;
        }
        stats.txPackets++;
        stats.txBytes += skb.len;
        byte[] frame = new byte[skb.len];
        System.arraycopy(skb.buf, skb.data, frame, 0, skb.len);
        backend.accept(frame);
    }

    /** A frame from the hypervisor: received by the guest's stack. */
    public void receive(byte[] frame) {
        if (!isUp()) {
            stats.rxDropped++;
            return;
        }
        SkBuff skb = SkBuff.alloc(frame.length);
        System.arraycopy(frame, 0, skb.buf, skb.data, frame.length);
        stats.rxPackets++;
        stats.rxBytes += frame.length;
        Eth.typeTrans(skb, this);
        kernel.netifRx(skb);
    }
}
