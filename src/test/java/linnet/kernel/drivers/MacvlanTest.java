package linnet.kernel.drivers;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.lab.Lab;
import linnet.wire.Ethernet;
import org.junit.jupiter.api.Test;

/** drivers/net/macvlan.c: newlink's checks, the rx_handler on the lower device, the modes' transmit paths. */
class MacvlanTest {
    private final Lab lab = new Lab(7, Lab.Profile.BARE);
    private final Kernel kernel = lab.main.host.kernel();
    private final Net net = kernel.initNet();
    private static final long LOWER = 0x02_00_00_00_00_01L, OUTSIDE = 0x02_00_00_00_00_99L;
    private static final int ETH_P_TEST = 0x88b5;

    private TestNic lower() throws KernelException {
        TestNic d = new TestNic(kernel, "eth0", LOWER);
        kernel.registerNetdevice(net, d);
        d.open();
        return d;
    }

    private static Macvlan.Opts mode(int m) { return new Macvlan.Opts(m, null, null, null, null); }

    private Macvlan mv(String name, NetDevice lower, int mode, Long mac) throws KernelException {
        Macvlan v = Macvlan.newlink(kernel, net, name, lower, null, mac, mode(mode));
        v.open();
        return v;
    }

    private KernelException fails(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(KernelException.class, e);
    }

    @Test
    void newlinkChecksInTheKernelsOrder() throws Exception {
        TestNic eth0 = lower();
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.newlink(kernel, net, "m", null, null, null, mode(4))).errno);
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.newlink(kernel, net, "m", net.byName("lo"), null, null, mode(4))).errno);
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.newlink(kernel, net, "m", eth0, 9000, null, mode(4))).errno);
        Macvlan a = Macvlan.newlink(kernel, net, "mva", eth0, null, null, new Macvlan.Opts(null, null, null, null, null));
        assertEquals(Macvlan.MODE_VEPA, a.mode(), "the default mode");
        assertEquals(eth0.ifindex(), a.iflink());
        // a macvlan on a macvlan sits on the real lower device
        Macvlan b = Macvlan.newlink(kernel, net, "mvb", a, null, null, mode(Macvlan.MODE_BRIDGE));
        assertSame(eth0, b.lowerdev());
        // passthru only alone on its lower device
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.newlink(kernel, net, "mvp", eth0, null, null, mode(Macvlan.MODE_PASSTHRU))).errno);
        assertNull(net.byName("mvp"), "a refused macvlan leaves nothing behind");
        // a source list only in source mode
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.newlink(kernel, net, "mvs", eth0, null, null,
                new Macvlan.Opts(Macvlan.MODE_BRIDGE, null, Macvlan.MACADDR_FLUSH, null, null))).errno);
        assertEquals(Errno.EADDRNOTAVAIL, fails(() -> Macvlan.validate(0x01_00_5e_00_00_01L, mode(4))).errno);
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.validate(null, mode(3))).errno);
    }

    @Test
    void passthruTakesTheLowerAddressAndStandsAlone() throws Exception {
        TestNic eth0 = lower();
        Macvlan p = Macvlan.newlink(kernel, net, "mvp", eth0, null, null, mode(Macvlan.MODE_PASSTHRU));
        assertEquals(LOWER, p.addr);
        assertEquals(Errno.EINVAL, fails(() -> Macvlan.newlink(kernel, net, "mvq", eth0, null, null, mode(Macvlan.MODE_BRIDGE))).errno);
        assertEquals(Errno.EINVAL, fails(() -> p.changelink(mode(Macvlan.MODE_BRIDGE))).errno);
        p.open();
        assertEquals(1, eth0.promiscuity, "passthru makes the lower promiscuous");
        // every unicast frame is the passthru macvlan's
        long rx = p.stats.rxPackets;
        eth0.inject(TestNic.frame(0x02_aa_00_00_00_01L, OUTSIDE, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(rx + 1, p.stats.rxPackets);
    }

    @Test
    void aLowerWhoseRxHandlerIsTakenIsBusy() throws Exception {
        TestNic eth0 = lower();
        eth0.rxHandler = skb -> {};
        assertEquals(Errno.EBUSY, fails(() -> Macvlan.newlink(kernel, net, "m", eth0, null, null, mode(4))).errno);
    }

    @Test
    void openingPutsTheAddressOnTheLowersUnicastListAndABusyAddressIsRefused() throws Exception {
        TestNic eth0 = lower();
        Macvlan a = mv("mva", eth0, Macvlan.MODE_BRIDGE, 0x02_00_00_00_00_0aL);
        assertTrue(eth0.addrLists.uc.contains(a.addr));
        assertEquals(1, eth0.promiscuity, "no unicast filter: a uc list makes the lower promiscuous");
        Macvlan b = Macvlan.newlink(kernel, net, "mvb", eth0, null, a.addr, mode(Macvlan.MODE_BRIDGE));
        assertEquals(Errno.EADDRINUSE, fails(b::openChecked).errno);
        assertFalse(b.isUp());
        a.close();
        assertFalse(eth0.addrLists.uc.contains(a.addr));
    }

    @Test
    void framesFromTheWireGoToTheMacvlanOfTheirDestination() throws Exception {
        TestNic eth0 = lower();
        Macvlan a = mv("mva", eth0, Macvlan.MODE_BRIDGE, 0x02_00_00_00_00_0aL);
        Macvlan b = mv("mvb", eth0, Macvlan.MODE_VEPA, 0x02_00_00_00_00_0bL);
        long ra = a.stats.rxPackets, rb = b.stats.rxPackets, nh = eth0.stats.rxNohandler;
        eth0.inject(TestNic.frame(a.addr, OUTSIDE, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(ra + 1, a.stats.rxPackets);
        assertEquals(rb, b.stats.rxPackets);
        assertEquals(nh, eth0.stats.rxNohandler, "a frame for a macvlan is not the lower's");
        // a broadcast: one copy for each macvlan, and the lower's own stack sees it too
        eth0.inject(TestNic.frame(0xffff_ffff_ffffL, OUTSIDE, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(ra + 2, a.stats.rxPackets);
        assertEquals(rb + 1, b.stats.rxPackets);
        assertEquals(1, a.stats.multicast);
        assertEquals(nh + 1, eth0.stats.rxNohandler);
        // an unknown unicast destination stays with the lower device
        eth0.inject(TestNic.frame(0x02_00_00_00_00_77L, OUTSIDE, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(ra + 2, a.stats.rxPackets);
    }

    @Test
    void bridgeModeReachesBridgeSiblingsWithoutLeavingTheLower() throws Exception {
        TestNic eth0 = lower();
        Macvlan a = mv("mva", eth0, Macvlan.MODE_BRIDGE, 0x02_00_00_00_00_0aL);
        Macvlan b = mv("mvb", eth0, Macvlan.MODE_BRIDGE, 0x02_00_00_00_00_0bL);
        long rb = b.stats.rxPackets;
        a.xmit(skb(TestNic.frame(b.addr, a.addr, ETH_P_TEST)));
        lab.loop.advance(1_000_000);
        assertEquals(rb + 1, b.stats.rxPackets);
        assertTrue(eth0.drain().isEmpty(), "bridge to bridge stays inside");
        // to a vepa sibling, or from a private one, the frame leaves through the lower device
        b.changelink(mode(Macvlan.MODE_VEPA));
        a.xmit(skb(TestNic.frame(b.addr, a.addr, ETH_P_TEST)));
        lab.loop.advance(1_000_000);
        var sent = eth0.drain();
        assertEquals(1, sent.size());
        assertEquals(a.addr, Ethernet.src(sent.get(0), 0));
        assertEquals(rb + 1, b.stats.rxPackets);
        // a broadcast from a bridge-mode macvlan: its bridge siblings get a copy and the wire the frame
        Macvlan c = mv("mvc", eth0, Macvlan.MODE_BRIDGE, 0x02_00_00_00_00_0cL);
        long rc = c.stats.rxPackets;
        a.xmit(skb(TestNic.frame(0xffff_ffff_ffffL, a.addr, ETH_P_TEST)));
        lab.loop.advance(1_000_000);
        assertEquals(rc + 1, c.stats.rxPackets);
        assertEquals(rb + 1, b.stats.rxPackets, "the vepa sibling only hears it back from a reflecting switch");
        assertEquals(1, eth0.drain().size());
    }

    @Test
    void aVepaFrameReflectedByTheSwitchReachesItsVepaSiblingButAPrivateOneNever() throws Exception {
        TestNic eth0 = lower();
        Macvlan a = mv("mva", eth0, Macvlan.MODE_VEPA, 0x02_00_00_00_00_0aL);
        Macvlan b = mv("mvb", eth0, Macvlan.MODE_VEPA, 0x02_00_00_00_00_0bL);
        long rb = b.stats.rxPackets, ra = a.stats.rxPackets;
        // the hairpin switch sends a's broadcast back in
        eth0.inject(TestNic.frame(0xffff_ffff_ffffL, a.addr, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(rb + 1, b.stats.rxPackets);
        assertEquals(ra, a.stats.rxPackets, "not back to its sender");
        a.changelink(mode(Macvlan.MODE_PRIVATE));
        b.changelink(mode(Macvlan.MODE_PRIVATE));
        eth0.inject(TestNic.frame(0xffff_ffff_ffffL, a.addr, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(rb + 1, b.stats.rxPackets, "a private macvlan's broadcast reaches no sibling");
    }

    @Test
    void carrierMtuAndLifeFollowTheLowerDevice() throws Exception {
        TestNic eth0 = lower();
        Macvlan a = mv("mva", eth0, Macvlan.MODE_BRIDGE, null);
        assertTrue(a.carrierOk());
        eth0.setCarrier(false);
        assertFalse(a.carrierOk());
        eth0.setCarrier(true);
        assertTrue(a.carrierOk());
        assertEquals(Errno.EINVAL, fails(() -> a.ndoChangeMtu(1501)).errno);
        eth0.mtu = 1400;
        kernel.notifyEvent(linnet.kernel.core.NetdevEvent.CHANGEMTU, eth0);
        assertEquals(1400, a.mtu);
        kernel.unregisterNetdevice(eth0);
        assertFalse(a.registered(), "the macvlans go with their lower device");
        assertNull(eth0.rxHandler);
    }

    @Test
    void sourceModeGetsCopiesFromTheListedSendersOnly() throws Exception {
        TestNic eth0 = lower();
        Macvlan s = Macvlan.newlink(kernel, net, "mvs", eth0, null, 0x02_00_00_00_00_05L,
                new Macvlan.Opts(Macvlan.MODE_SOURCE, null, Macvlan.MACADDR_SET, java.util.List.of(OUTSIDE), null));
        s.open();
        assertEquals(1L, s.linkInfoData().get("IFLA_MACVLAN_MACADDR_COUNT"));
        long r = s.stats.rxPackets;
        eth0.inject(TestNic.frame(0x02_00_00_00_00_77L, OUTSIDE, ETH_P_TEST));
        eth0.inject(TestNic.frame(0x02_00_00_00_00_77L, 0x02_00_00_00_00_98L, ETH_P_TEST));
        lab.loop.advance(1_000_000);
        assertEquals(r + 1, s.stats.rxPackets);
        s.changelink(new Macvlan.Opts(null, null, Macvlan.MACADDR_FLUSH, null, null));
        assertEquals(0L, s.linkInfoData().get("IFLA_MACVLAN_MACADDR_COUNT"));
    }

    private static linnet.kernel.core.SkBuff skb(byte[] f) {
        linnet.kernel.core.SkBuff skb = linnet.kernel.core.SkBuff.alloc(f.length);
        System.arraycopy(f, 0, skb.buf, skb.data, f.length);
        return skb;
    }

    @Test
    void sourceListsDumpInTheKernelsHashOrder() {
        // macvlan_eth_hash of the oracle's dumps: 02:11:22:33:44:55 before ...:66; 02:00:00:00:00:0b before ...:0a
        assertTrue(Macvlan.ethHash(0x02_11_22_33_44_55L) < Macvlan.ethHash(0x02_11_22_33_44_66L));
        assertEquals(37, Macvlan.ethHash(0x02_00_00_00_00_0bL));
        assertEquals(58, Macvlan.ethHash(0x02_00_00_00_00_0aL));
    }
}
