package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.AddrRequest;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.kernel.rtnl.Rtnl;
import linnet.lab.Lab;
import linnet.sim.EventLoop;
import linnet.wire.Inet4;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * devinet.c through the rtnetlink door: which addresses are secondaries, where primaries and
 * promoted secondaries land in the list, the routes deleting an address takes along, labels
 * following a rename, and lifetimes on the virtual clock.
 */
class DevinetTest {
    static final long SEC = EventLoop.NS_PER_SEC;
    static final long FOREVER = InIfaddr.INFINITY_LIFE_TIME;

    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final Kernel kernel = lab.main.host.kernel();
    final Rtnl rtnl = lab.main.host.rtnl();
    final Net net = kernel.initNet();
    NetDevice veth0;

    @BeforeEach
    void setUp() throws KernelException {
        rtnl.newVeth(net, "veth0", new LinkAttrs(null, null, null), net, "veth1", new LinkAttrs(null, null, null));
        veth0 = net.byName("veth0");
        veth0.open();
    }

    static int ip(String s) { return Inet4.parse(s); }

    void add(String cidr, int scope) throws KernelException { add(cidr, scope, null, null); }

    void add(String cidr, int scope, Long valid, Long preferred) throws KernelException {
        String[] p = cidr.split("/");
        int a = ip(p[0]);
        rtnl.newAddr(net, "veth0", new AddrRequest(AddrInfo.AF_INET, a, a, Integer.parseInt(p[1]), null, null, scope, 0,
                null, valid, preferred, AddrRequest.NLM_F_CREATE | AddrRequest.NLM_F_EXCL));
    }

    void del(String cidr) throws KernelException {
        String[] p = cidr.split("/");
        int a = ip(p[0]);
        rtnl.delAddr(net, "veth0", new AddrRequest(AddrInfo.AF_INET, a, a, Integer.parseInt(p[1]), null, null, 0, 0,
                null, null, null, 0));
    }

    /** The list as "10.0.0.1/24" for primaries and "10.0.0.2/24s" for secondaries. */
    String list() {
        StringBuilder sb = new StringBuilder();
        for (InIfaddr a : InDevice.of(veth0).addrs) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(Inet4.format(a.local)).append('/').append(a.prefixLen).append(a.secondary() ? "s" : "");
        }
        return sb.toString();
    }

    List<FibRoute> routes(int table) {
        FibTable t = NetnsIpv4.of(net).fib.table(table);
        return t == null ? List.of() : t.routes();
    }

    boolean hasRoute(int table, String dst, int len, String src) {
        for (FibRoute r : routes(table))
            if (r.dst == ip(dst) && r.dstLen == len && (src == null || r.prefsrc == ip(src))) return true;
        return false;
    }

    @Test
    void aSecondaryNeedsTheSameSubnetAndTheSamePrefixLength() throws KernelException {
        add("10.1.0.1/24", 0);
        add("10.1.0.2/16", 0);
        add("10.1.0.3/24", 0);
        add("10.1.0.1/16", 0);
        assertEquals("10.1.0.1/24 10.1.0.2/16 10.1.0.3/24s 10.1.0.1/16s", list());
        KernelException e = assertThrows(KernelException.class, () -> add("10.1.0.1/16", 0));
        assertEquals(Errno.EEXIST, e.errno);
        assertEquals("ipv4: Address already assigned", e.extack);
        e = assertThrows(KernelException.class, () -> add("10.1.0.4/24", InIfaddr.SCOPE_LINK));
        assertEquals("ipv4: Invalid scope value", e.extack);
        assertEquals("10.1.0.1/24 10.1.0.2/16 10.1.0.3/24s 10.1.0.1/16s", list());
    }

    @Test
    void aNewPrimaryGoesBehindTheLastPrimaryOfANarrowerOrEqualScope() throws KernelException {
        add("10.1.0.1/24", 0);
        add("10.2.0.1/24", InIfaddr.SCOPE_HOST);
        add("10.3.0.1/24", InIfaddr.SCOPE_LINK);
        add("10.4.0.1/24", 0);
        assertEquals("10.2.0.1/24 10.3.0.1/24 10.1.0.1/24 10.4.0.1/24", list());
    }

    @Test
    void deletingAPrimaryDeletesItsSubnetsSecondariesWithoutPromotion() throws KernelException {
        add("10.1.0.1/24", 0);
        add("10.1.0.2/24", 0);
        add("10.1.0.9/16", 0);
        add("10.1.0.3/24", 0);
        del("10.1.0.1/24");
        assertEquals("10.1.0.9/16", list());
        assertFalse(hasRoute(FibRoute.RT_TABLE_MAIN, "10.1.0.0", 24, null));
        assertTrue(hasRoute(FibRoute.RT_TABLE_MAIN, "10.1.0.0", 16, "10.1.0.9"));
        assertFalse(hasRoute(FibRoute.RT_TABLE_LOCAL, "10.1.0.2", 32, null));
    }

    @Test
    void promotionMovesTheFirstSecondaryUpAndResourcesTheOthers() throws KernelException {
        net.sysctl.write("net.ipv4.conf.veth0.promote_secondaries", "1");
        add("10.2.0.1/24", 0);
        add("10.2.0.2/24", 0);
        add("10.3.0.1/24", 0);
        add("10.2.0.4/24", 0);
        del("10.2.0.1/24");
        // 10.2.0.2 followed its primary directly, so it takes its place
        assertEquals("10.3.0.1/24 10.2.0.2/24 10.2.0.4/24s", list());
        assertTrue(hasRoute(FibRoute.RT_TABLE_MAIN, "10.2.0.0", 24, "10.2.0.2"));
        assertTrue(hasRoute(FibRoute.RT_TABLE_LOCAL, "10.2.0.4", 32, "10.2.0.2"));
        assertFalse(hasRoute(FibRoute.RT_TABLE_LOCAL, "10.2.0.4", 32, "10.2.0.1"));
    }

    @Test
    void thePromotedSecondaryMovesBehindTheLastPrimaryWhenOthersSitBetween() throws KernelException {
        net.sysctl.write("net.ipv4.conf.all.promote_secondaries", "1");
        add("10.1.0.1/24", 0);
        add("10.2.0.1/24", 0);
        add("10.2.0.2/24", 0);
        add("10.1.0.2/24", 0);
        del("10.1.0.1/24");
        assertEquals("10.2.0.1/24 10.1.0.2/24 10.2.0.2/24s", list());
    }

    @Test
    void theLastAddressTakesEveryRouteThroughTheDeviceAlong() throws KernelException {
        add("10.1.0.1/24", 0);
        add("10.9.0.1/24", 0);
        FibRoute r = new FibRoute();
        r.table = FibRoute.RT_TABLE_MAIN;
        r.dst = ip("10.50.0.0");
        r.dstLen = 16;
        r.dev = veth0;
        r.scope = InIfaddr.SCOPE_LINK;
        r.protocol = FibRoute.RTPROT_BOOT;
        NetnsIpv4.of(net).fib.insert(r, Fib.NLM_F_CREATE);
        del("10.1.0.1/24");
        assertTrue(hasRoute(FibRoute.RT_TABLE_MAIN, "10.50.0.0", 16, null));
        del("10.9.0.1/24");
        assertFalse(hasRoute(FibRoute.RT_TABLE_MAIN, "10.50.0.0", 16, null));
    }

    @Test
    void routesPreferringAGoneAddressAsSourceGo() throws KernelException {
        add("10.1.0.1/24", 0);
        add("10.9.0.1/24", 0);
        FibRoute r = new FibRoute();
        r.table = FibRoute.RT_TABLE_MAIN;
        r.dst = ip("10.52.0.0");
        r.dstLen = 16;
        r.dev = veth0;
        r.scope = InIfaddr.SCOPE_LINK;
        r.protocol = FibRoute.RTPROT_BOOT;
        r.prefsrc = ip("10.1.0.1");
        NetnsIpv4.of(net).fib.insert(r, Fib.NLM_F_CREATE);
        del("10.1.0.1/24");
        assertFalse(hasRoute(FibRoute.RT_TABLE_MAIN, "10.52.0.0", 16, null));
    }

    @Test
    void labelsFollowARenameKeepingTheirSuffix() throws KernelException {
        add("10.1.0.1/24", 0);
        int a = ip("10.1.1.1");
        rtnl.newAddr(net, "veth0", new AddrRequest(AddrInfo.AF_INET, a, a, 24, null, "other", 0, 0, null, null, null,
                AddrRequest.NLM_F_CREATE));
        a = ip("10.1.2.1");
        rtnl.newAddr(net, "veth0", new AddrRequest(AddrInfo.AF_INET, a, a, 24, null, "veth0:web", 0, 0, null, null,
                null, AddrRequest.NLM_F_CREATE));
        kernel.renameNetdevice(veth0, "wan0");
        List<String> labels = InDevice.of(veth0).addrs.stream().map(x -> x.label).toList();
        assertEquals(List.of("wan0", "wan0:2", "wan0:web"), labels);
    }

    @Test
    void aLabelOfSixteenBytesFailsThePolicy() {
        int a = ip("10.1.0.1");
        KernelException e = assertThrows(KernelException.class, () -> rtnl.newAddr(net, "veth0", new AddrRequest(
                AddrInfo.AF_INET, a, a, 24, null, "veth0:abcdefghij", 0, 0, null, null, null, AddrRequest.NLM_F_CREATE)));
        assertEquals("Attribute failed policy validation", e.extack);
        assertTrue(InDevice.of(veth0).addrs.isEmpty());
    }

    @Test
    void replaceChangesOnlyLifetimesAndMetric() throws KernelException {
        int a = ip("10.1.0.1");
        rtnl.newAddr(net, "veth0", new AddrRequest(AddrInfo.AF_INET, a, a, 24, null, null, 0, 0, null, null, null,
                AddrRequest.NLM_F_CREATE));
        rtnl.newAddr(net, "veth0", new AddrRequest(AddrInfo.AF_INET, a, a, 24, ip("10.1.0.7"), "veth0:x",
                InIfaddr.SCOPE_LINK, 0, 30, 200L, 100L, AddrRequest.NLM_F_CREATE | AddrRequest.NLM_F_REPLACE));
        InIfaddr ifa = InDevice.of(veth0).addrs.getFirst();
        assertEquals("veth0", ifa.label);
        assertEquals(0, ifa.broadcast);
        assertEquals(0, ifa.scope);
        assertEquals(30, ifa.rtPriority);
        assertEquals(0, ifa.flags & InIfaddr.IFA_F_PERMANENT);
        for (FibRoute r : routes(FibRoute.RT_TABLE_MAIN)) if (r.dst == ip("10.1.0.0")) assertEquals(30, r.priority);
    }

    @Test
    void lifetimesCountDownDeprecateAndExpire() throws KernelException {
        add("10.1.0.1/24", 0, 4L, 2L);
        add("10.3.0.1/24", 0, 50L, 0L);
        InIfaddr a = InDevice.of(veth0).addrs.get(0), b = InDevice.of(veth0).addrs.get(1);
        assertTrue((b.flags & InIfaddr.IFA_F_DEPRECATED) != 0, "preferred_lft 0 is deprecated at once");
        lab.loop.advance(SEC * 3 / 2);
        long[] lft = AddrLifetime.remaining(a, lab.loop.now());
        assertEquals(3, lft[0]);
        assertEquals(1, lft[1]);
        assertEquals(0, a.flags & InIfaddr.IFA_F_DEPRECATED);
        lab.loop.advance(SEC);
        assertTrue((a.flags & InIfaddr.IFA_F_DEPRECATED) != 0);
        assertEquals(0, AddrLifetime.remaining(a, lab.loop.now())[1]);
        lab.loop.advance(2 * SEC);
        assertEquals("10.3.0.1/24", list());
        assertFalse(hasRoute(FibRoute.RT_TABLE_MAIN, "10.1.0.0", 24, null));
    }

    @Test
    void aPermanentAddressReportsForeverAndKeepsNoTimer() throws KernelException {
        add("10.1.0.1/24", 0);
        InIfaddr a = InDevice.of(veth0).addrs.getFirst();
        assertEquals(FOREVER, AddrLifetime.remaining(a, lab.loop.now())[0]);
        assertNull(NetnsIpv4.of(net).addrChkTimer);
    }

    @Test
    void aNullLocalIsIgnoredAndUnspecFamilyUnsupported() throws KernelException {
        add("0.0.0.0/24", 0);
        assertEquals("", list());
        KernelException e = assertThrows(KernelException.class, () -> rtnl.delAddr(net, "veth0",
                new AddrRequest(0, null, null, 0, null, "veth0", 0, 0, null, null, null, 0)));
        assertEquals(Errno.EOPNOTSUPP, e.errno);
    }

    @Test
    void loopbackUpPutsBack127001() throws KernelException {
        NetDevice lo = net.byName("lo");
        lo.open();
        int a = ip("127.0.0.1");
        rtnl.delAddr(net, "lo", new AddrRequest(AddrInfo.AF_INET, a, a, 8, null, null, 0, 0, null, null, null, 0));
        assertTrue(InDevice.of(lo).addrs.isEmpty());
        lo.close();
        lo.open();
        assertEquals(1, InDevice.of(lo).addrs.size());
        assertEquals(a, InDevice.of(lo).addrs.getFirst().local);
    }

    @Test
    void setLinkStopsAtTheFirstFailureKeepingEarlierChanges() {
        long mac = 0x0200_0000_00bbL;
        KernelException e = assertThrows(KernelException.class, () -> rtnl.setLink(net, "veth0",
                new linnet.kernel.rtnl.LinkChange(null, null, 70000, mac, 5, null, null)));
        assertEquals("mtu greater than device maximum.", e.extack);
        assertEquals(mac, veth0.addr, "the address comes before the MTU in do_setlink");
        assertEquals(1000, veth0.txQueueLen, "the queue length comes after it");
    }
}
