package linnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.TunFd;
import linnet.shell.exec.Shell;
import linnet.wire.ArpRepr;
import linnet.wire.EthernetRepr;
import linnet.wire.Ipv4Repr;
import linnet.wire.WireException;

/**
 * The wire decoders, fed what a program holding a tap or tun writes: any bytes, as one frame
 * (tap: Ethernet with ARP/IPv4/IPv6/ICMP/UDP/TCP/VXLAN inside; tun: an IP packet). The frame goes
 * through everything the set-up has on its way (bridge, fdb, routing, netfilter, conntrack, NAT,
 * the vxlan socket, neighbour and ICMP replies, tbf), then the lab's dumps and conntrack print
 * whatever it left. No exception may escape, the lab's time must go on.
 */
class WireFuzzTest {
    static {
        Jdk25Coverage.install();
    }

    private static void inject(String dev, int flags, byte[] frame) {
        Fuzz.Box box = new Fuzz.Box();
        Net init = box.lab.main.kernel.initNet();
        Shell.rethrowInternalErrors = true;
        try (TunFd fd = TunFd.open(box.lab.main.host.kernel(), init)) {
            fd.setIff(dev, flags);
            try {
                fd.write(frame);
            } catch (KernelException e) {
                return; // write(2) refused it (EINVAL for a frame shorter than the header ...): the normal path
            }
            box.lab.loop.advance(3_000_000_000L);
            while (fd.read() != null) { }
        } catch (KernelException e) {
            throw new AssertionError("the set-up's " + dev + " cannot be attached", e);
        } finally {
            Shell.rethrowInternalErrors = false;
        }
        Fuzz.check(box, "conntrack -L", false);
        Fuzz.check(box, "ip -s -d link show", false);
        Fuzz.check(box, "ip neigh show; bridge fdb show br br0; iptables-save -c", false);
    }

    @FuzzTest
    void tap(byte[] data) { inject("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI, data); }

    @FuzzTest
    void tun(byte[] data) { inject("tun0", TunFd.IFF_TUN | TunFd.IFF_NO_PI, data); }

    /** The control-path parsers (Repr.parse) at every header offset a frame has. */
    @FuzzTest
    void decoders(byte[] data) {
        for (int off : new int[] {0, 14, 18}) {
            if (off > data.length) break;
            try {
                EthernetRepr.parse(data, off, data.length - off);
            } catch (WireException e) { /* a short or bad header: the decoder's own answer */ }
            try {
                ArpRepr.parse(data, off, data.length - off);
            } catch (WireException e) { }
            try {
                Ipv4Repr.parse(data, off, data.length - off);
            } catch (WireException e) { }
        }
    }
}
