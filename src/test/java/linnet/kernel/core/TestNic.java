package linnet.kernel.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import linnet.wire.Ethernet;

/**
 * An Ethernet test NIC for the kernel layers' tests (bridge, drivers): frames injected as if received from the
 * wire, frames sent recorded as bytes.
 */
public final class TestNic extends NetDevice {
    public final List<byte[]> out = new ArrayList<>();

    public TestNic(Kernel k, String name, long mac) {
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
    public void inject(long dst, long src, int type, int tag) {
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
    public void inject(byte[] frame) {
        SkBuff skb = SkBuff.alloc(frame.length);
        System.arraycopy(frame, 0, skb.buf, skb.data, frame.length);
        stats.rxPackets++;
        stats.rxBytes += skb.len;
        Eth.typeTrans(skb, this);
        kernel.netifRx(skb);
    }

    /** An Ethernet frame of an ethertype nobody handles, with 46 bytes of payload. */
    public static byte[] frame(long dst, long src, int type) {
        byte[] f = new byte[Ethernet.HLEN + 46];
        Ethernet.setDst(f, 0, dst);
        Ethernet.setSrc(f, 0, src);
        Ethernet.setType(f, 0, type);
        return f;
    }

    /** The tag {@link #inject(long, long, int, int)} put after the Ethernet header. */
    public static int tag(byte[] frame) {
        int o = Ethernet.HLEN;
        return (frame[o] & 0xff) << 24 | (frame[o + 1] & 0xff) << 16 | (frame[o + 2] & 0xff) << 8 | (frame[o + 3] & 0xff);
    }

    /** Frames sent since the last call, drained. */
    public List<byte[]> drain() {
        List<byte[]> l = new ArrayList<>(out);
        out.clear();
        return l;
    }
}
