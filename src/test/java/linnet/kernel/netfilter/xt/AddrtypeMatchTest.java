package linnet.kernel.netfilter.xt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfPacket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * -m addrtype (xt_addrtype rev 1) against a real namespace: eth0 has 10.0.0.1/24, eth1 has
 * 10.0.1.1/24, lo has 127.0.0.1. The route types come from NfIpv4Ops.addrType.
 */
class AddrtypeMatchTest {
    static final int UNICAST = 1 << 1, LOCAL = 1 << 2, BROADCAST = 1 << 3, MULTICAST = 1 << 5, BLACKHOLE = 1 << 6;

    NfFixture f;

    @BeforeEach
    void setUp() {
        f = new NfFixture();
        f.run("ip addr add 10.0.0.1/24 dev eth0");
        f.run("ip addr add 10.0.1.1/24 dev eth1");
    }

    NfPacket to(String src, String dst) { return f.pkt(NfFixture.udp(src, dst, 1000, 2000), 0, "eth0", null); }

    static AddrtypeMatch dst(int mask) { return new AddrtypeMatch(0, mask, 0); }

    static AddrtypeMatch src(int mask) { return new AddrtypeMatch(mask, 0, 0); }

    @Test
    void names() {
        assertEquals("addrtype", dst(LOCAL).name());
        assertEquals("LOCAL", AddrtypeMatch.RTN_NAMES[2]);
        assertEquals("BROADCAST", AddrtypeMatch.RTN_NAMES[3]);
        assertEquals("MULTICAST", AddrtypeMatch.RTN_NAMES[5]);
        assertEquals(12, AddrtypeMatch.RTN_NAMES.length);
    }

    @Test
    void destinationLocal() {
        assertTrue(dst(LOCAL).match(to("8.8.8.8", "10.0.0.1")));
        assertTrue(dst(LOCAL).match(to("8.8.8.8", "10.0.1.1")), "any interface's address is local");
        assertTrue(dst(LOCAL).match(to("8.8.8.8", "127.0.0.1")));
        assertTrue(dst(LOCAL).match(to("8.8.8.8", "127.9.9.9")), "the whole 127/8 is a local route");
        assertFalse(dst(LOCAL).match(to("8.8.8.8", "10.0.0.2")), "a neighbour on the subnet");
        assertFalse(dst(LOCAL).match(to("10.0.0.1", "8.8.8.8")), "the source is not the destination");
    }

    @Test
    void destinationUnicast() {
        assertTrue(dst(UNICAST).match(to("10.0.0.1", "8.8.8.8")), "no route at all is still unicast");
        assertTrue(dst(UNICAST).match(to("10.0.0.1", "10.0.0.2")));
        assertFalse(dst(UNICAST).match(to("10.0.0.2", "10.0.0.1")));
        assertFalse(dst(UNICAST).match(to("10.0.0.2", "224.0.0.1")));
    }

    @Test
    void destinationBroadcastAndMulticast() {
        assertTrue(dst(BROADCAST).match(to("10.0.0.2", "10.0.0.255")), "the subnet broadcast");
        assertTrue(dst(BROADCAST).match(to("10.0.0.2", "255.255.255.255")));
        assertTrue(dst(BROADCAST).match(to("10.0.0.2", "0.0.0.0")));
        assertFalse(dst(BROADCAST).match(to("10.0.0.2", "10.0.0.254")));
        assertTrue(dst(MULTICAST).match(to("10.0.0.2", "224.0.0.1")));
        assertTrue(dst(MULTICAST).match(to("10.0.0.2", "239.255.255.250")));
        assertFalse(dst(MULTICAST).match(to("10.0.0.2", "240.0.0.1")));
        assertFalse(dst(LOCAL).match(to("10.0.0.2", "224.0.0.1")));
    }

    @Test
    void masksCombineTypes() {
        AddrtypeMatch localOrBcast = dst(LOCAL | BROADCAST);
        assertTrue(localOrBcast.match(to("10.0.0.2", "10.0.0.1")));
        assertTrue(localOrBcast.match(to("10.0.0.2", "10.0.0.255")));
        assertFalse(localOrBcast.match(to("10.0.0.2", "10.0.0.3")));
        assertFalse(dst(BLACKHOLE).match(to("10.0.0.2", "10.0.0.3")));
    }

    @Test
    void source() {
        assertTrue(src(LOCAL).match(to("10.0.1.1", "8.8.8.8")));
        assertFalse(src(LOCAL).match(to("10.0.0.9", "10.0.0.1")));
        assertTrue(src(UNICAST).match(to("10.0.0.9", "10.0.0.1")));
        assertTrue(src(BROADCAST).match(to("0.0.0.0", "255.255.255.255")), "a DHCP discover");
    }

    @Test
    void bothMustMatch() {
        AddrtypeMatch m = new AddrtypeMatch(UNICAST, LOCAL, 0);
        assertTrue(m.match(to("10.0.0.9", "10.0.0.1")));
        assertFalse(m.match(to("10.0.0.1", "10.0.0.1")));
        assertFalse(m.match(to("10.0.0.9", "10.0.0.9")));
    }

    @Test
    void inversions() {
        AddrtypeMatch notLocalDst = new AddrtypeMatch(0, LOCAL, AddrtypeMatch.INVERT_DEST);
        assertFalse(notLocalDst.match(to("8.8.8.8", "10.0.0.1")));
        assertTrue(notLocalDst.match(to("8.8.8.8", "10.0.0.2")));
        AddrtypeMatch notLocalSrc = new AddrtypeMatch(LOCAL, 0, AddrtypeMatch.INVERT_SOURCE);
        assertFalse(notLocalSrc.match(to("10.0.0.1", "8.8.8.8")));
        assertTrue(notLocalSrc.match(to("10.0.0.2", "10.0.0.1")));
        // Each inversion flag applies to its own side only.
        AddrtypeMatch mixed = new AddrtypeMatch(LOCAL, LOCAL, AddrtypeMatch.INVERT_SOURCE);
        assertTrue(mixed.match(to("10.0.0.2", "10.0.0.1")));
        assertFalse(mixed.match(to("10.0.0.1", "10.0.0.1")));
        assertFalse(mixed.match(to("10.0.0.2", "10.0.0.3")));
        AddrtypeMatch invDestOnly = new AddrtypeMatch(LOCAL, 0, AddrtypeMatch.INVERT_DEST);
        assertTrue(invDestOnly.match(to("10.0.0.1", "10.0.0.1")), "INVERT_DEST without a --dst-type changes nothing");
        assertFalse(invDestOnly.match(to("10.0.0.2", "10.0.0.1")));
    }

    @Test
    void noTypesMatchesEverything() {
        assertTrue(new AddrtypeMatch(0, 0, 0).match(to("10.0.0.2", "10.0.0.1")));
        assertTrue(new AddrtypeMatch(0, 0, AddrtypeMatch.INVERT_SOURCE | AddrtypeMatch.INVERT_DEST)
                .match(to("10.0.0.2", "10.0.0.1")));
    }

    @Test
    void addressAddedLaterIsSeen() {
        assertFalse(dst(LOCAL).match(to("8.8.8.8", "10.0.0.7")));
        f.run("ip addr add 10.0.0.7/24 dev eth0");
        assertTrue(dst(LOCAL).match(to("8.8.8.8", "10.0.0.7")));
        f.run("ip addr del 10.0.0.7/24 dev eth0");
        assertFalse(dst(LOCAL).match(to("8.8.8.8", "10.0.0.7")));
    }

    @Test
    void limitIfaceInOnTheOwningDevice() {
        // 10.0.0.1 lives on eth0, the packet came in on eth0: still LOCAL with the device limit.
        AddrtypeMatch m = new AddrtypeMatch(0, LOCAL, AddrtypeMatch.LIMIT_IFACE_IN);
        assertTrue(m.match(to("8.8.8.8", "10.0.0.1")));
        assertFalse(m.match(to("8.8.8.8", "10.0.0.2")));
    }
    @Test
    void limitIfaceInOnAnotherDevice() {
        NfPacket p = to("8.8.8.8", "10.0.1.1"); // in = eth0, the address is eth1's
        assertFalse(new AddrtypeMatch(0, LOCAL, AddrtypeMatch.LIMIT_IFACE_IN).match(p));
        assertTrue(new AddrtypeMatch(0, UNICAST, AddrtypeMatch.LIMIT_IFACE_IN).match(p));
        assertTrue(new AddrtypeMatch(0, LOCAL, 0).match(p), "without the limit it is LOCAL");
    }
    @Test
    void zeronetIsBroadcast() {
        assertTrue(dst(BROADCAST).match(to("10.0.0.2", "0.1.2.3")));
        assertFalse(dst(UNICAST).match(to("10.0.0.2", "0.1.2.3")));
    }
}
