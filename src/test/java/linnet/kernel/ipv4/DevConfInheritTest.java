package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.Sysctl;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.kernel.rtnl.Rtnl;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/**
 * devinet's conf directories: a "default" write reaches the devices that never set the knob
 * (devinet_copy_dflt_conf) except for the flushing knobs (promote_secondaries, route_localnet,
 * disable_policy, disable_xfrm), and a new device copies default's set-marks with its values; the
 * neighbour time knobs and their twins are one variable in ticks.
 */
class DevConfInheritTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final Rtnl rtnl = lab.main.host.rtnl();
    final Net net = lab.main.host.kernel().initNet();
    final Sysctl s = net.sysctl;

    private void veth(String a, String b) throws KernelException {
        rtnl.newVeth(net, a, new LinkAttrs(null, null, null), net, b, new LinkAttrs(null, null, null));
    }

    private String get(String key) { return s.get(key).value(); }

    @Test
    void defaultReachesUnsetDevicesButNotThroughFlushingKnobs() throws KernelException {
        veth("v0", "v1");
        s.write("net.ipv4.conf.v1.arp_ignore", "1");
        s.write("net.ipv4.conf.default.arp_ignore", "2");
        assertEquals("2", get("net.ipv4.conf.v0.arp_ignore"));
        assertEquals("1", get("net.ipv4.conf.v1.arp_ignore"), "v1 set it itself");
        s.write("net.ipv4.conf.default.promote_secondaries", "1");
        s.write("net.ipv4.conf.default.route_localnet", "1");
        assertEquals("0", get("net.ipv4.conf.v0.promote_secondaries"));
        assertEquals("0", get("net.ipv4.conf.v0.route_localnet"));
        s.write("net.ipv4.conf.default.drop_unicast_in_l2_multicast", "1");
        assertEquals("0", get("net.ipv4.conf.v0.drop_unicast_in_l2_multicast"));
        assertFalse(InDevice.of(net.byName("v0")).conf.isSet("promote_secondaries"));
    }

    @Test
    void aNewDeviceCopiesDefaultsSetMarks() throws KernelException {
        s.write("net.ipv4.conf.default.rp_filter", "1");
        veth("v0", "v1");
        assertEquals("1", get("net.ipv4.conf.v0.rp_filter"));
        assertTrue(InDevice.of(net.byName("v0")).conf.isSet("rp_filter"));
        s.write("net.ipv4.conf.default.rp_filter", "2");
        assertEquals("1", get("net.ipv4.conf.v0.rp_filter"), "marked as set when it was copied");
        // lo got 127.0.0.1 through inet_set_ifa when it came up: all its knobs count as set.
        assertTrue(InDevice.of(net.byName("lo")).conf.isSet("rp_filter"));
        assertEquals("0", get("net.ipv4.conf.lo.rp_filter"));
    }

    @Test
    void neighTimeTwinsAreOneVariableInTicks() throws KernelException {
        s.write("net.ipv4.neigh.lo.retrans_time", "7");
        assertEquals("6", get("net.ipv4.neigh.lo.retrans_time"), "17 ticks are 6.8 centiseconds");
        assertEquals("68", get("net.ipv4.neigh.lo.retrans_time_ms"));
        s.write("net.ipv4.neigh.lo.base_reachable_time_ms", "1999");
        assertEquals("2000", get("net.ipv4.neigh.lo.base_reachable_time_ms"));
        assertEquals("2", get("net.ipv4.neigh.lo.base_reachable_time"));
        s.write("net.ipv4.neigh.lo.unres_qlen", "10");
        assertEquals(Integer.toString(10 * NeighConf.SKB_TRUESIZE_ETH_FRAME), get("net.ipv4.neigh.lo.unres_qlen_bytes"));
        s.write("net.ipv4.neigh.lo.unres_qlen_bytes", "5000");
        assertEquals("2", get("net.ipv4.neigh.lo.unres_qlen"));
    }
}
