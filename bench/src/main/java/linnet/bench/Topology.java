package linnet.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.ipv4.UdpSocket;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.wire.EthernetRepr;
import linnet.wire.Inet4;
import linnet.wire.Ipv4;
import linnet.wire.Ipv4Repr;
import linnet.wire.Udp;

/**
 * A lab built with the same commands a user types, plus a pre-built UDP frame that is injected on
 * a device's receive path once per benchmark operation and drained at a UDP socket at the far end.
 */
final class Topology {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    private final ScriptRunner sh = new ScriptRunner(lab);
    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    NetDevice ingress;
    UdpSocket receiver;
    byte[] frame;
    int srcMacOffset;

    void run(String... lines) {
        for (String l : lines) {
            int rc = sh.runLine(l, sink, sink);
            if (rc != 0) throw new IllegalStateException("set-up line failed (" + rc + "): " + l);
        }
    }

    /** A named namespace, or the root namespace for null. */
    Net ns(String name) { return name == null ? lab.main.kernel.initNet() : lab.main.host.netns().get(name); }

    /** The frame a host on the ingress side would send: Ethernet + IPv4 + UDP with 18 bytes of data. */
    void frame(String ingressNs, String dev, String dstMacOwnerNs, String dstMacDev, String src, String dst, int dport)
            throws Exception {
        ingress = ns(ingressNs).byName(dev);
        // The source MAC must be the sending host's: a bridge learns it (and drops it if it were its own).
        long dstMac = ns(dstMacOwnerNs).byName(dstMacDev).addr;
        int payload = 18;
        frame = new byte[14 + 20 + 8 + payload];
        new EthernetRepr(dstMac, 0x02_00_00_00_00_99L, 0x0800).emit(frame, 0);
        srcMacOffset = 6;
        new Ipv4Repr(Inet4.parse(src), Inet4.parse(dst), Ipv4.PROTO_UDP, 64, 0, 1, true, 8 + payload).emit(frame, 14);
        Udp.setSrcPort(frame, 34, 40000);
        Udp.setDstPort(frame, 34, dport);
        Udp.setLength(frame, 34, 8 + payload);
        Udp.fillChecksum(frame, 14);
    }

    /** A benchmark that delivers nothing measures nothing: the path must deliver every packet. */
    void check() {
        for (int i = 0; i < 3; i++) {
            if (inject() != 1) throw new IllegalStateException("the benchmark path does not deliver its packet");
        }
    }

    /** One packet through the emulated path; returns how many arrived so far (kept for JMH). */
    int inject() {
        SkBuff skb = SkBuff.alloc(frame.length);
        System.arraycopy(frame, 0, skb.buf, skb.data, frame.length);
        linnet.kernel.core.Eth.typeTrans(skb, ingress);
        lab.main.kernel.netifRx(skb);
        lab.loop.runPending();
        int n = receiver.rxQueue.size();
        receiver.rxQueue.clear();
        return n;
    }
}
