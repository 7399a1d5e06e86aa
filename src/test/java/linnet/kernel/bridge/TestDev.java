package linnet.kernel.bridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;

/** An Ethernet test NIC: frames injected as if received from the wire, frames sent are recorded. */
final class TestDev extends NetDevice {
    final List<byte[]> out = new ArrayList<>();

    TestDev(Kernel k, String name, long mac) {
        super(k, name);
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        addr = mac;
    }

    @Override
    public String kind() { return "testdev"; }

    @Override
    public void xmit(SkBuff skb) {
        stats.txPackets++;
        stats.txBytes += skb.len;
        out.add(Arrays.copyOfRange(skb.buf, skb.data, skb.data + skb.len));
    }

    /** A frame arrives from the wire (netif_rx on this device). */
    void inject(long dst, long src, int type, int tag) {
        SkBuff skb = SkBuff.alloc(Ethernet.HLEN + 46);
        Ethernet.setDst(skb.buf, skb.data, dst);
        Ethernet.setSrc(skb.buf, skb.data, src);
        Ethernet.setType(skb.buf, skb.data, type);
        skb.buf[skb.data + Ethernet.HLEN] = (byte) (tag >>> 24);
        skb.buf[skb.data + Ethernet.HLEN + 1] = (byte) (tag >>> 16);
        skb.buf[skb.data + Ethernet.HLEN + 2] = (byte) (tag >>> 8);
        skb.buf[skb.data + Ethernet.HLEN + 3] = (byte) tag;
        stats.rxPackets++;
        stats.rxBytes += skb.len;
        Eth.typeTrans(skb, this);
        kernel.netifRx(skb);
    }

    /** A whole frame (Ethernet header included) arrives from the wire. */
    void injectFrame(byte[] frame) {
        SkBuff skb = SkBuff.alloc(frame.length);
        System.arraycopy(frame, 0, skb.buf, skb.data, frame.length);
        stats.rxPackets++;
        stats.rxBytes += skb.len;
        Eth.typeTrans(skb, this);
        kernel.netifRx(skb);
    }

    static int tag(byte[] frame) {
        int o = Ethernet.HLEN;
        return (frame[o] & 0xff) << 24 | (frame[o + 1] & 0xff) << 16 | (frame[o + 2] & 0xff) << 8 | (frame[o + 3] & 0xff);
    }

    /** Frames sent since the last call, drained. */
    List<byte[]> drain() {
        List<byte[]> l = new ArrayList<>(out);
        out.clear();
        return l;
    }
}
