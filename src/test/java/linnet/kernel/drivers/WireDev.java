package linnet.kernel.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;

/** An Ethernet NIC for driver tests: frames injected as if from the wire, frames sent recorded as bytes. */
final class WireDev extends NetDevice {
    final List<byte[]> out = new ArrayList<>();

    WireDev(Kernel k, String name, long mac) {
        super(k, name);
        initFlags(Iff.BROADCAST | Iff.MULTICAST);
        mtu = 1500;
        addr = mac;
    }

    @Override
    public String kind() { return "wiredev"; }

    @Override
    public void xmit(SkBuff skb) {
        stats.txPackets++;
        stats.txBytes += skb.len;
        out.add(Arrays.copyOfRange(skb.buf, skb.data, skb.data + skb.len));
    }

    /** A whole frame (Ethernet header included) arrives from the wire. */
    void inject(byte[] frame) {
        SkBuff skb = SkBuff.alloc(frame.length);
        System.arraycopy(frame, 0, skb.buf, skb.data, frame.length);
        stats.rxPackets++;
        stats.rxBytes += skb.len;
        Eth.typeTrans(skb, this);
        kernel.netifRx(skb);
    }

    /** An Ethernet frame of an ethertype nobody handles, with 46 bytes of payload. */
    static byte[] frame(long dst, long src, int type) {
        byte[] f = new byte[Ethernet.HLEN + 46];
        Ethernet.setDst(f, 0, dst);
        Ethernet.setSrc(f, 0, src);
        Ethernet.setType(f, 0, type);
        return f;
    }

    List<byte[]> drain() {
        List<byte[]> l = new ArrayList<>(out);
        out.clear();
        return l;
    }
}
