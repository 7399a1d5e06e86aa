package linnet.kernel.bridge;

import linnet.kernel.core.TestNic;

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
import linnet.kernel.rtnl.FdbInfo;
import linnet.kernel.rtnl.Rtnl;
import linnet.kernel.rtnl.RtnlBridge;
import linnet.lab.Machine;
import linnet.sim.EventLoop;
import linnet.sim.Rng;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** rtnl_fdb_add / rtnl_fdb_del dispatch, br_fdb_add's states and checks, ndo_dflt_fdb_add. */
class BridgeFdbRequestTest {
    static final int PERM = FdbInfo.NUD_PERMANENT, NOARP = FdbInfo.NUD_NOARP, REACH = FdbInfo.NUD_REACHABLE;
    static final int SELF = RtnlBridge.NTF_SELF, MASTER = RtnlBridge.NTF_MASTER;
    static final long X = 0x02_00_00_00_00_aaL, Y = 0x02_00_00_00_00_abL;

    EventLoop loop;
    Kernel kernel;
    Net net;
    Bridge br;
    TestNic p1, p2, other;
    RtnlBridge rb;

    @BeforeEach
    void setUp() throws KernelException {
        loop = new EventLoop();
        kernel = new Machine(loop, new Rng(1)).kernel;
        net = kernel.initNet();
        rb = new Rtnl(kernel).bridge;
        br = BrNetlink.newLink(kernel, net, "br0", BridgeOpts.NONE, true);
        p1 = dev("p1", 0x02_00_00_00_01_01L);
        p2 = dev("p2", 0x02_00_00_00_01_02L);
        other = dev("o1", 0x02_00_00_00_01_03L);
        BrIf.addIf(br, p1);
        BrIf.addIf(br, p2);
    }

    TestNic dev(String name, long mac) throws KernelException {
        TestNic d = new TestNic(kernel, name, mac);
        kernel.registerNetdevice(net, d);
        return d;
    }

    static Errno errno(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(KernelException.class, e).errno;
    }

    @Test
    void stateDecidesTheKindOfEntry() throws KernelException {
        // iproute2's "add" with no state is NOARP|PERMANENT: a local entry.
        rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true);
        FdbEntry e = br.fdb.find(X);
        assertTrue(e.local && e.isStatic && e.addedByUser);
        // "replace ... static" is NOARP|REACHABLE: static, no longer local, moved to p2.
        rb.fdbAdd(net, "p2", X, MASTER, NOARP | REACH, true, false);
        assertFalse(e.local);
        assertTrue(e.isStatic);
        assertEquals(p2, e.dst.dev);
        assertEquals(NOARP, br.fdb.toNud(e));
    }

    @Test
    void addOfAnExistingEntryIsEexistReplaceWithoutCreateOfAMissingOneEnoent() throws KernelException {
        rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true);
        assertEquals(Errno.EEXIST, errno(() -> rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true)));
        assertEquals(Errno.ENOENT, errno(() -> br.fdb.userAdd(br.port(p1), Y, PERM, false, false, false)));
    }

    @Test
    void aDynamicEntryNeedsAPortThatLearns() throws KernelException {
        // Ports of a bridge that is down are disabled.
        assertEquals(Errno.EPERM, errno(() -> rb.fdbAdd(net, "p1", X, MASTER, REACH, true, true)));
        br.open();
        p1.open();
        loop.runPending();
        rb.fdbAdd(net, "p1", X, MASTER, REACH, true, true);
        FdbEntry e = br.fdb.find(X);
        assertFalse(e.isStatic || e.local);
        assertEquals(REACH, br.fdb.toNud(e));
    }

    @Test
    void entriesTowardsTheBridgeMustBePermanentAndStickyCannotBe() {
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "br0", X, SELF, NOARP | REACH, true, true)));
        assertEquals(Errno.EINVAL, errno(() -> br.fdb.userAdd(br.port(p1), X, PERM, true, true, true)));
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "p1", 0, MASTER, NOARP | PERM, true, true)));
        assertNull(br.fdb.find(X));
    }

    @Test
    void selfOnTheBridgeIsAnEntryThatNoPortOwns() throws KernelException {
        rb.fdbAdd(net, "br0", X, SELF, NOARP | PERM, true, true);
        assertNull(br.fdb.find(X).dst);
        // Deleting it through a port is ENOENT: the entry does not point there.
        assertEquals(Errno.ENOENT, errno(() -> rb.fdbDel(net, "p1", X, MASTER, NOARP | PERM)));
        rb.fdbDel(net, "br0", X, SELF, NOARP | PERM);
        assertNull(br.fdb.find(X));
    }

    @Test
    void masterOnADeviceThatIsNoPortIsNotSupported() {
        assertEquals(Errno.EOPNOTSUPP, errno(() -> rb.fdbAdd(net, "o1", X, MASTER, NOARP | PERM, true, true)));
        assertEquals(Errno.EOPNOTSUPP, errno(() -> rb.fdbAdd(net, "br0", X, MASTER, NOARP | PERM, true, true)));
        assertEquals(Errno.EOPNOTSUPP, errno(() -> rb.fdbDel(net, "br0", X, MASTER, NOARP | PERM)));
    }

    @Test
    void selfOnAnotherDeviceGoesToItsAddressLists() throws KernelException {
        rb.fdbAdd(net, "o1", X, SELF, NOARP | PERM, true, true);
        long group = 0x01_00_5e_01_02_03L;
        rb.fdbAdd(net, "o1", group, SELF, NOARP | PERM, true, true);
        assertEquals(List.of(X), other.addrLists.uc);
        assertEquals(List.of(group), other.addrLists.mc);
        // A duplicate is an error only with NLM_F_EXCL (add, not append); only local addresses.
        assertEquals(Errno.EEXIST, errno(() -> rb.fdbAdd(net, "o1", X, SELF, NOARP | PERM, true, true)));
        rb.fdbAdd(net, "o1", X, SELF, NOARP | PERM, true, false);
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "o1", Y, SELF, NOARP | REACH, true, true)));
        // A group the device joined itself is already on its list.
        assertEquals(Errno.EEXIST, errno(() -> rb.fdbAdd(net, "o1", 0x33_33_00_00_00_01L, SELF, PERM, true, true)));
        // The dump lists the unicast list, then the multicast list.
        List<FdbInfo> l = rb.fdbDump(net, null, "o1");
        assertEquals(X, l.get(0).mac());
        assertEquals(group, l.get(l.size() - 1).mac());
        rb.fdbDel(net, "o1", X, SELF, NOARP | PERM);
        assertEquals(Errno.ENOENT, errno(() -> rb.fdbDel(net, "o1", X, SELF, NOARP | PERM)));
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbDel(net, "o1", group, SELF, NOARP | REACH)));
    }

    @Test
    void aBrFilterThatIsNoBridgeKeepsNothing() throws KernelException {
        assertTrue(rb.fdbDump(net, "p1", null).isEmpty());
        assertFalse(rb.fdbDump(net, "br0", null).isEmpty());
    }

    @Test
    void aStickyEntryDoesNotMoveWhenItsAddressShowsUpElsewhere() throws KernelException {
        br.open();
        p1.open();
        p2.open();
        loop.runPending();
        br.fdb.userAdd(br.port(p1), X, NOARP, true, true, true);
        br.fdb.update(br.port(p2), X);
        assertEquals(p1, br.fdb.find(X).dst.dev);
    }

    @Test
    void flushThroughAPortTakesItsEntriesThroughTheBridgeEverything() throws KernelException {
        rb.fdbAdd(net, "p1", X, MASTER, NOARP | REACH, true, true);
        rb.fdbAdd(net, "p2", Y, MASTER, NOARP | REACH, true, true);
        rb.fdbFlush(net, "p1", MASTER, 0, 0, null);
        // ... its own local entry included.
        assertNull(br.fdb.find(p1.addr));
        assertNull(br.fdb.find(X));
        assertTrue(br.fdb.find(Y) != null);
        // "static": STATIC set, LOCAL clear; the ports' own (local) entries stay.
        rb.fdbFlush(net, "br0", SELF, NOARP, NOARP | PERM, null);
        assertNull(br.fdb.find(Y));
        assertTrue(br.fdb.find(p2.addr) != null);
        // With no state at all the bridge's flush takes local entries too.
        rb.fdbFlush(net, "br0", SELF, 0, 0, null);
        assertEquals(0, br.fdb.size());
        assertEquals(Errno.EOPNOTSUPP, errno(() -> rb.fdbFlush(net, "o1", SELF, 0, 0, null)));
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbFlush(net, "br0", SELF, 0, 0, "o1")));
    }

    @Test
    void getFindsTheEntryInTheBridgeAPortNames() throws KernelException {
        rb.fdbAdd(net, "p2", X, MASTER, NOARP | REACH, true, true);
        assertEquals("p2", rb.fdbGet(net, "p1", null, X, 0).dev());
        assertEquals(FdbInfo.NUD_NOARP, rb.fdbGet(net, null, "br0", X, 0).state());
        KernelException e = assertThrows(KernelException.class, () -> rb.fdbGet(net, null, "br0", Y, 0));
        assertEquals("Fdb entry not found", e.extack);
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbGet(net, "o1", null, X, MASTER)));
    }

    @Test
    void aLocalEntryReportsTheTimeSinceItWasMade() throws KernelException {
        loop.advance(3 * EventLoop.NS_PER_SEC);
        FdbInfo f = null;
        for (FdbInfo x : rb.fdbDump(net, "br0", "p1")) if (x.master() && x.mac() == p1.addr) f = x;
        assertTrue(f != null && f.ageNs() >= 3 * EventLoop.NS_PER_SEC);
    }

    /** 335: without VLAN filtering no VLAN id can be used (add EINVAL) or found (del ENOENT); 0 and 4095+ are invalid. */
    @Test
    void vlanIdsWithoutVlanFiltering() throws KernelException {
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true, 2)));
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "br0", X, SELF, NOARP | PERM, true, true, 2)));
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true, 0)));
        assertEquals(Errno.EINVAL, errno(() -> rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true, 4095)));
        rb.fdbAdd(net, "p1", X, MASTER, NOARP | PERM, true, true, -1);
        assertEquals(Errno.ENOENT, errno(() -> rb.fdbDel(net, "p1", X, MASTER, NOARP | PERM, 2)));
        rb.fdbDel(net, "p1", X, MASTER, NOARP | PERM, -1);
    }
}
