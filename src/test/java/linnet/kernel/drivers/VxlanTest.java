package linnet.kernel.drivers;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.SkBuff;
import linnet.kernel.rtnl.Rtnl;
import linnet.kernel.rtnl.RtnlNeigh;
import linnet.lab.Lab;
import linnet.wire.Ethernet;
import linnet.wire.Ipv4;
import org.junit.jupiter.api.Test;

/** drivers/net/vxlan: configuration checks, the FDB's update rules, encapsulation in bytes, receive and learning. */
class VxlanTest {
    private final Lab lab = new Lab(11, Lab.Profile.BARE);
    private final Kernel kernel = lab.main.host.kernel();
    private final Net net = kernel.initNet();
    private final Rtnl rtnl = lab.main.host.rtnl();
    private static final int LOCAL = 0x0a000001, REMOTE = 0x0a000002;
    private static final long PEER_MAC = 0x02_00_00_00_00_99L;

    private static Vxlan.Attrs attrs(Integer id, Integer group, Integer local, Integer link, Integer port) {
        return new Vxlan.Attrs(id, group, local, link, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, port, null, null, null, null, null, false, false, null);
    }

    /** eth0 10.0.0.1/24, up, with a permanent neighbour 10.0.0.2 (no ARP in the byte checks). */
    private TestNic lower() throws KernelException {
        TestNic d = new TestNic(kernel, "eth0", 0x02_00_00_00_00_01L);
        kernel.registerNetdevice(net, d);
        d.open();
        rtnl.newAddr(net, "eth0", LOCAL, LOCAL, 24, 0, "eth0", 0, 0x80, false);
        RtnlNeigh.add(net, REMOTE, "eth0", 0x80, PEER_MAC, true, false, false, 0);
        return d;
    }

    private static SkBuff frame(long dst, long src, int len) {
        SkBuff skb = SkBuff.alloc(len);
        Ethernet.setDst(skb.buf, skb.data, dst);
        Ethernet.setSrc(skb.buf, skb.data, src);
        Ethernet.setType(skb.buf, skb.data, 0x88b5);
        for (int i = 14; i < len; i++) skb.buf[skb.data + i] = (byte) i;
        return skb;
    }

    @Test
    void configurationIsCheckedAsTheKernelDoes() throws Exception {
        TestNic eth0 = lower();
        var e = assertThrows(KernelException.class,
                () -> Vxlan.newlink(kernel, net, net, "vx", null, null, attrs(5, 0xef010101, null, null, 4789)));
        assertEquals("Local interface required for multicast remote destination", e.extack);
        e = assertThrows(KernelException.class,
                () -> Vxlan.newlink(kernel, net, net, "vx", null, null, attrs(5, null, 0xe0000001, null, 4789)));
        assertEquals("Local address cannot be multicast", e.extack);
        Vxlan a = Vxlan.newlink(kernel, net, net, "vxa", null, null, attrs(5, REMOTE, null, eth0.ifindex(), null));
        assertEquals(Vxlan.DEFAULT_PORT, a.config().dstPort, "no dstport: the module's 8472");
        assertEquals(1450, a.mtu, "the lower MTU less 50");
        assertTrue(a.config().learn);
        e = assertThrows(KernelException.class,
                () -> Vxlan.newlink(kernel, net, net, "vxb", null, null, attrs(5, null, null, null, Vxlan.DEFAULT_PORT)));
        assertEquals(Errno.EEXIST, e.errno);
        assertNotNull(Vxlan.newlink(kernel, net, net, "vxc", null, null, attrs(5, null, null, null, 4789)), "another port");
        e = assertThrows(KernelException.class, () -> a.changelink(attrs(6, null, null, null, null)));
        assertEquals("Cannot change VNI", e.extack);
        e = assertThrows(KernelException.class, () -> a.changelink(attrs(null, null, null, null, 4789)));
        assertEquals("Cannot change port", e.extack);
        assertThrows(KernelException.class, () -> a.ndoChangeMtu(1451));
        // the default entry follows a changed remote
        a.changelink(attrs(null, 0x0a000003, null, null, null));
        assertEquals(0x0a000003, a.fdb.find(0).remotes.get(0).ip);
        assertEquals(1, a.fdb.find(0).remotes.size());
    }

    @Test
    void fdbUpdateRules() throws Exception {
        Vxlan v = Vxlan.newlink(kernel, net, net, "vx0", null, null, attrs(7, null, null, null, 4789));
        int perm = VxlanFdb.NUD_PERMANENT | VxlanFdb.NUD_NOARP;
        int create = VxlanFdb.NLM_F_CREATE, excl = VxlanFdb.NLM_F_EXCL, append = VxlanFdb.NLM_F_APPEND;
        long uc = 0x02_00_00_00_00_01L;
        v.fdb.update(uc, REMOTE, perm, create | excl, 4789, 7, 0, VxlanFdb.NTF_SELF);
        assertEquals(Errno.EEXIST, assertThrows(KernelException.class,
                () -> v.fdb.update(uc, 0x0a000003, perm, create | excl, 4789, 7, 0, VxlanFdb.NTF_SELF)).errno);
        // append adds remotes only to the all-zeros and multicast entries
        v.fdb.update(uc, 0x0a000003, perm, create | append, 4789, 7, 0, VxlanFdb.NTF_SELF);
        assertEquals(1, v.fdb.find(uc).remotes.size());
        v.fdb.update(0, REMOTE, perm, create | append, 4789, 7, 0, VxlanFdb.NTF_SELF);
        v.fdb.update(0, 0x0a000003, perm, create | append, 4789, 7, 0, VxlanFdb.NTF_SELF);
        assertEquals(2, v.fdb.find(0).remotes.size());
        assertEquals(Errno.EOPNOTSUPP, assertThrows(KernelException.class,
                () -> v.fdb.update(0, 0x0a000004, perm, create | VxlanFdb.NLM_F_REPLACE, 4789, 7, 0, 2)).errno);
        // one remote of several goes; the last takes the entry with it
        v.fdb.delete(0, REMOTE, 4789, 7, 0);
        assertEquals(1, v.fdb.find(0).remotes.size());
        v.fdb.delete(0, 0x0a000003, 4789, 7, 0);
        assertNull(v.fdb.find(0));
        assertEquals(Errno.ENOENT, assertThrows(KernelException.class, () -> v.fdb.delete(0, 0, 4789, 7, 0)).errno);
        // the newest entry is dumped first
        v.fdb.update(0x02_00_00_00_00_02L, REMOTE, perm, create, 4789, 7, 0, 2);
        assertEquals(0x02_00_00_00_00_02L, v.fdb.entries().get(0).mac);
    }

    @Test
    void framesLeaveInVxlanOverUdpAndComeBackLearned() throws Exception {
        TestNic eth0 = lower();
        Vxlan v = Vxlan.newlink(kernel, net, net, "vx0", null, null, attrs(0x123456, REMOTE, LOCAL, eth0.ifindex(), 4789));
        v.open();
        assertTrue(v.hasSocket());
        eth0.drain();
        long inner = 0x02_00_00_00_00_0aL;
        v.xmit(frame(0xffff_ffff_ffffL, v.addr, 60));
        lab.loop.advance(1_000_000);
        var out = eth0.drain();
        assertEquals(1, out.size());
        byte[] f = out.get(0);
        assertEquals(PEER_MAC, Ethernet.dst(f, 0));
        assertEquals(Ethernet.P_IP, Ethernet.type(f, 0));
        int ip = 14, udp = ip + 20, vx = udp + 8;
        assertEquals(17, Ipv4.protocol(f, ip));
        assertEquals(LOCAL, Ipv4.src(f, ip));
        assertEquals(REMOTE, Ipv4.dst(f, ip));
        assertEquals(64, Ipv4.ttl(f, ip), "ttl auto: the default");
        assertEquals(20 + 8 + 8 + 60, Ipv4.totalLength(f, ip));
        assertEquals(4789, linnet.wire.Udp.dstPort(f, udp));
        int sport = linnet.wire.Udp.srcPort(f, udp);
        assertTrue(sport >= 32768 && sport <= 60999, "a source port from the flow hash in the ephemeral range: " + sport);
        assertEquals(0x08, f[vx] & 0xff, "the I flag");
        assertEquals(0x123456, ((f[vx + 4] & 0xff) << 16) | ((f[vx + 5] & 0xff) << 8) | (f[vx + 6] & 0xff));
        assertEquals(v.addr, Ethernet.src(f, vx + 8), "the inner frame follows unchanged");
        assertEquals(46, v.stats.txBytes, "tx counts the inner packet from its network header");

        // the answer: the remote's frame inside UDP to our port
        byte[] back = f.clone();
        Ethernet.setDst(back, 0, eth0.addr);
        Ethernet.setSrc(back, 0, PEER_MAC);
        linnet.wire.Ipv4.setSrc(back, ip, REMOTE);
        linnet.wire.Ipv4.setDst(back, ip, LOCAL);
        linnet.wire.Ipv4.fillChecksum(back, ip);
        linnet.wire.Udp.setChecksum(back, udp, 0);
        Ethernet.setDst(back, vx + 8, v.addr);
        Ethernet.setSrc(back, vx + 8, inner);
        long rx = v.stats.rxPackets;
        eth0.inject(back);
        lab.loop.advance(1_000_000);
        assertEquals(rx + 1, v.stats.rxPackets);
        VxlanFdb.Entry learned = v.fdb.find(inner);
        assertNotNull(learned, "the inner source is learned");
        assertEquals(REMOTE, learned.remotes.get(0).ip);
        assertEquals(VxlanFdb.NUD_REACHABLE, learned.state);
        // another VNI is nobody's
        back[vx + 6] ^= 1;
        eth0.inject(back);
        lab.loop.advance(1_000_000);
        assertEquals(rx + 1, v.stats.rxPackets);
        // learned entries age out, and go when the device goes down
        lab.loop.advance(310_000_000_000L);
        assertNull(v.fdb.find(inner));
        assertNotNull(v.fdb.find(0), "the default entry stays");
        v.close();
        assertFalse(v.hasSocket());
    }

    @Test
    void noRouteCountsCarrierErrorsAndNoEntryDrops() throws Exception {
        Vxlan v = Vxlan.newlink(kernel, net, net, "vx0", null, null, attrs(9, null, null, null, 4789));
        v.open();
        v.xmit(frame(0x02_00_00_00_00_05L, v.addr, 60));
        assertEquals(1, v.stats.txDropped, "no entry and no default remote");
        v.fdb.update(0, 0x0b000001, VxlanFdb.NUD_PERMANENT, VxlanFdb.NLM_F_CREATE, 4789, 9, 0, 2);
        v.xmit(frame(0x02_00_00_00_00_05L, v.addr, 60));
        assertEquals(1, v.stats.txCarrierErrors);
        assertEquals(1, v.stats.txErrors);
    }

    @Test
    void theVxlanGoesWithItsLowerDevice() throws Exception {
        TestNic eth0 = lower();
        Vxlan v = Vxlan.newlink(kernel, net, net, "vx0", null, null, attrs(9, REMOTE, null, eth0.ifindex(), 4789));
        kernel.unregisterNetdevice(eth0);
        assertFalse(v.registered());
    }

    @Test
    void proxyAnswersArpFromTheNeighbourTableAndNeverSendsIt() throws Exception {
        TestNic eth0 = lower();
        Vxlan.Attrs a = new Vxlan.Attrs(20, REMOTE, LOCAL, eth0.ifindex(), null, null, null, null, null, null, null, true, null,
                null, null, null, null, null, 4789, null, null, null, null, null, false, false, null);
        Vxlan v = Vxlan.newlink(kernel, net, net, "vx0", null, null, a);
        v.open();
        long peer = 0x02_42_00_00_00_03L;
        RtnlNeigh.add(net, 0x0a090003, "vx0", 0x80, peer, true, false, false, 0);
        eth0.drain();
        // who has 10.9.0.3? tell 10.9.0.2 (from 02:..:02)
        byte[] req = new byte[42];
        Ethernet.setDst(req, 0, 0xffff_ffff_ffffL);
        Ethernet.setSrc(req, 0, 0x02_42_00_00_00_02L);
        Ethernet.setType(req, 0, Ethernet.P_ARP);
        byte[] arp = {0, 1, 8, 0, 6, 4, 0, 1, 2, 0x42, 0, 0, 0, 2, 10, 9, 0, 2, 0, 0, 0, 0, 0, 0, 10, 9, 0, 3};
        System.arraycopy(arp, 0, req, 14, 28);
        long rx = v.stats.rxPackets, nh = v.stats.rxNohandler;
        SkBuff skb = SkBuff.alloc(42);
        System.arraycopy(req, 0, skb.buf, skb.data, 42);
        v.xmit(skb);
        lab.loop.advance(1_000_000);
        assertTrue(eth0.drain().isEmpty(), "nothing crosses the tunnel");
        assertEquals(0, v.stats.txPackets);
        // an unknown target is not answered, and not sent either
        req[14 + 27] = 9;
        SkBuff skb2 = SkBuff.alloc(42);
        System.arraycopy(req, 0, skb2.buf, skb2.data, 42);
        v.xmit(skb2);
        lab.loop.advance(1_000_000);
        assertTrue(eth0.drain().isEmpty());
        assertEquals(0, v.stats.txPackets);
    }
}
