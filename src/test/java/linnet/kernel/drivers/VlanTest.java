package linnet.kernel.drivers;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.SkBuff;
import linnet.lab.Lab;
import linnet.wire.Ethernet;
import org.junit.jupiter.api.Test;

/** net/8021q: vlan_newlink's checks, tags inserted on transmit and taken out on receive, following the real device. */
class VlanTest {
    private final Lab lab = new Lab(5, Lab.Profile.BARE);
    private final Kernel kernel = lab.main.host.kernel();
    private final Net net = kernel.initNet();
    private static final int ETH_P_TEST = 0x88b5;

    private TestNic real() throws KernelException {
        TestNic d = new TestNic(kernel, "eth0", 0x02_00_00_00_00_01L);
        kernel.registerNetdevice(net, d);
        return d;
    }

    private static Vlan.Attrs id(int id, Integer proto) { return new Vlan.Attrs(id, proto, null, 0, null, null, true); }

    @Test
    void newlinkChecks() throws Exception {
        TestNic eth0 = real();
        KernelException e = assertThrows(KernelException.class, () -> Vlan.validate(null, new Vlan.Attrs(null, null, null, 0, null, null, false)));
        assertEquals("8021q: VLAN properties not specified", e.extack);
        assertEquals(Errno.ERANGE, assertThrows(KernelException.class, () -> Vlan.validate(null, id(4095, null))).errno);
        assertEquals(Errno.EPROTONOSUPPORT, assertThrows(KernelException.class, () -> Vlan.validate(null, id(5, 0x0800))).errno);
        e = assertThrows(KernelException.class, () -> Vlan.newlink(kernel, net, "v", null, null, null, id(5, null)));
        assertEquals("8021q: link not specified", e.extack);
        e = assertThrows(KernelException.class, () -> Vlan.newlink(kernel, net, "v", net.byName("lo"), null, null, id(5, null)));
        assertEquals(Errno.EOPNOTSUPP, e.errno);
        Vlan v = Vlan.newlink(kernel, net, "eth0.5", eth0, null, null, id(5, null));
        assertEquals(eth0.addr, v.addr, "the real device's MAC");
        assertEquals(eth0.ifindex(), v.iflink());
        assertEquals(Errno.EEXIST, assertThrows(KernelException.class,
                () -> Vlan.newlink(kernel, net, "v2", eth0, null, null, id(5, null))).errno);
        // the same VID under 802.1ad is another VLAN
        Vlan.newlink(kernel, net, "v2", eth0, null, null, id(5, Kernel.ETH_P_8021AD));
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class,
                () -> Vlan.newlink(kernel, net, "v3", eth0, 1600, null, id(6, null))).errno);
    }

    @Test
    void transmitTagsAndReceiveUntags() throws Exception {
        TestNic eth0 = real();
        eth0.open();
        Vlan v = Vlan.newlink(kernel, net, "eth0.100", eth0, null, null, id(100, null));
        v.open();
        SkBuff skb = SkBuff.alloc(60);
        byte[] f = TestNic.frame(0x02_00_00_00_00_02L, v.addr, ETH_P_TEST);
        System.arraycopy(f, 0, skb.buf, skb.data, 60);
        v.xmit(skb);
        byte[] out = eth0.drain().get(0);
        assertEquals(64, out.length, "four bytes of tag");
        assertEquals(0x8100, Ethernet.type(out, 0));
        assertEquals(100, ((out[14] & 0xff) << 8 | (out[15] & 0xff)) & 0xfff);
        assertEquals(ETH_P_TEST, ((out[16] & 0xff) << 8) | (out[17] & 0xff));
        assertEquals(0x02_00_00_00_00_02L, Ethernet.dst(out, 0));
        // the same frame coming in is the VLAN's, untagged
        long rx = v.stats.rxPackets, nh = v.stats.rxNohandler;
        eth0.inject(out);
        lab.loop.advance(1_000_000);
        assertEquals(rx + 1, v.stats.rxPackets);
        assertEquals(nh + 1, v.stats.rxNohandler, "delivered on the VLAN by its inner ethertype (nobody handles it)");
        // another VID is nobody's: not passed to the real device's protocols either
        out[15] = 101;
        long realNh = eth0.stats.rxNohandler;
        eth0.inject(out);
        lab.loop.advance(1_000_000);
        assertEquals(rx + 1, v.stats.rxPackets);
        assertEquals(realNh + 1, eth0.stats.rxNohandler);
    }

    @Test
    void theVlanFollowsItsRealDevice() throws Exception {
        TestNic eth0 = real();
        Vlan v = Vlan.newlink(kernel, net, "eth0.7", eth0, null, null, id(7, null));
        assertEquals(Errno.ENETDOWN, assertThrows(KernelException.class, v::openChecked).errno);
        eth0.open();
        assertTrue(v.isUp(), "NETDEV_UP brings the VLANs up");
        eth0.setCarrier(false);
        assertFalse(v.carrierOk());
        eth0.setCarrier(true);
        eth0.close();
        assertFalse(v.isUp());
        eth0.mtu = 1400;
        kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEMTU, eth0);
        assertEquals(1400, v.mtu);
        kernel.unregisterNetdevice(eth0);
        assertFalse(v.registered());
    }

    @Test
    void dummyCountsAndDrops() throws Exception {
        Dummy d = Dummy.newlink(kernel, net, null, null);
        assertEquals("dummy0", d.name());
        d.open();
        assertEquals(linnet.kernel.core.Iff.Oper.UNKNOWN, d.operstate(), "no carrier event yet");
        long p0 = d.stats.txPackets, b0 = d.stats.txBytes;
        d.xmit(SkBuff.alloc(100));
        assertEquals(p0 + 1, d.stats.txPackets);
        assertEquals(b0 + 100, d.stats.txBytes);
        d.changeCarrier(false);
        d.changeCarrier(true);
        lab.loop.advance(1_000_000);
        assertEquals(linnet.kernel.core.Iff.Oper.UP, d.operstate(), "once the carrier changed, linkwatch decides");
        assertEquals(Errno.EADDRNOTAVAIL, assertThrows(KernelException.class, () -> Dummy.validate(0x01_00_00_00_00_01L)).errno);
    }
}
