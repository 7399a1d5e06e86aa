package linnet.kernel.bridge;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.lab.Machine;
import linnet.sim.EventLoop;
import linnet.sim.Rng;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FDB learning, ageing and flooding on the virtual clock, and the bridge MAC rule. */
class BridgeTest {
    static final long SEC = EventLoop.NS_PER_SEC, MS = EventLoop.NS_PER_MS;
    static final long A = 0x02_00_00_00_00_0aL, B = 0x02_00_00_00_00_0bL, UNKNOWN = 0x02_00_00_00_00_99L;
    static final int ETH_P_TEST = 0x88b5;

    EventLoop loop;
    Kernel kernel;
    Net net;
    Bridge br;
    TestNic p1, p2, p3;

    @BeforeEach
    void setUp() throws KernelException {
        loop = new EventLoop();
        kernel = new Machine(loop, new Rng(1)).kernel;
        net = kernel.initNet();
        br = BrNetlink.newLink(kernel, net, "br0", BridgeOpts.NONE, true);
        p1 = dev("p1", 0x02_00_00_00_01_01L);
        p2 = dev("p2", 0x02_00_00_00_01_02L);
        p3 = dev("p3", 0x02_00_00_00_01_03L);
        for (TestNic d : new TestNic[] {p1, p2, p3}) BrIf.addIf(br, d);
        br.open();
        for (TestNic d : new TestNic[] {p1, p2, p3}) d.open();
        loop.runPending();
    }

    TestNic dev(String name, long mac) throws KernelException {
        TestNic d = new TestNic(kernel, name, mac);
        kernel.registerNetdevice(net, d);
        return d;
    }

    void drainAll() {
        p1.drain();
        p2.drain();
        p3.drain();
    }

    @Test
    void portsForwardOnceUpWithStpOff() {
        for (BridgePort p : br.ports()) assertEquals(BridgePort.BR_STATE_FORWARDING, p.state);
        assertTrue(br.carrierOk());
    }

    @Test
    void broadcastIsFloodedToEveryPortButTheIngressAndTheSourceIsLearned() {
        p1.inject(linnet.wire.Mac.BROADCAST, A, ETH_P_TEST, 1);
        loop.runPending();
        assertEquals(0, p1.drain().size());
        assertEquals(1, p2.drain().size());
        assertEquals(1, p3.drain().size());
        FdbEntry e = br.fdb.find(A);
        assertNotNull(e);
        assertEquals(p1, e.dst.dev);
        // A broadcast also goes up the bridge's own stack.
        assertEquals(1, br.stats.rxPackets);
    }

    @Test
    void knownUnicastGoesToOnePortUnknownIsFlooded() {
        p1.inject(linnet.wire.Mac.BROADCAST, A, ETH_P_TEST, 1);
        loop.runPending();
        drainAll();
        p2.inject(A, B, ETH_P_TEST, 2);
        loop.runPending();
        assertEquals(1, p1.drain().size());
        assertEquals(0, p3.drain().size());
        p2.inject(UNKNOWN, B, ETH_P_TEST, 3);
        loop.runPending();
        assertEquals(1, p1.drain().size());
        assertEquals(1, p3.drain().size());
        assertEquals(0, p2.drain().size());
    }

    @Test
    void aFrameForTheOwnPortIsNotSentBack() {
        p1.inject(linnet.wire.Mac.BROADCAST, A, ETH_P_TEST, 1);
        loop.runPending();
        drainAll();
        long drops = br.drops[linnet.kernel.core.DropReason.BRIDGE_NO_EGRESS.ordinal()];
        p1.inject(A, B, ETH_P_TEST, 2); // B talks to A on A's own segment
        loop.runPending();
        assertEquals(0, p1.drain().size() + p2.drain().size() + p3.drain().size());
        assertEquals(drops + 1, br.drops[linnet.kernel.core.DropReason.BRIDGE_NO_EGRESS.ordinal()]);
    }

    @Test
    void learnedEntriesAgeOutOnTheVirtualClock() {
        BrNetlink.setAgeingTime(br, 300); // 3 s
        p1.inject(linnet.wire.Mac.BROADCAST, A, ETH_P_TEST, 1);
        loop.runPending();
        loop.advance(2 * SEC);
        assertNotNull(br.fdb.find(A));
        p1.inject(linnet.wire.Mac.BROADCAST, A, ETH_P_TEST, 2); // refresh
        loop.runPending();
        loop.advance(2 * SEC);
        assertNotNull(br.fdb.find(A), "refreshed 2 s ago");
        loop.advance(1100 * MS);
        assertNull(br.fdb.find(A));
        // local entries never age
        assertNotNull(br.fdb.find(p1.addr));
    }

    @Test
    void ageingZeroKeepsNothingLearned() {
        BrNetlink.setAgeingTime(br, 0);
        p1.inject(linnet.wire.Mac.BROADCAST, A, ETH_P_TEST, 1);
        loop.runPending();
        loop.advance(20 * MS);
        assertNull(br.fdb.find(A));
        assertNotNull(br.fdb.find(p2.addr));
    }

    @Test
    void framesForTheBridgeMacComeUpTheBridge() {
        long rx = br.stats.rxPackets;
        p1.inject(br.addr, A, ETH_P_TEST, 1);
        loop.runPending();
        assertEquals(rx + 1, br.stats.rxPackets);
        assertEquals(0, p2.drain().size() + p3.drain().size());
    }

    @Test
    void bridgeMacIsTheSmallestPortMacUntilSet() throws KernelException {
        assertEquals(p1.addr, br.addr);
        assertEquals(p1.addr, br.bridgeIdAddr());
        BrIf.delIf(br, br.port(p1));
        assertEquals(p2.addr, br.addr);
        TestNic small = dev("p0", 0x02_00_00_00_00_01L);
        BrIf.addIf(br, small);
        assertEquals(small.addr, br.addr);
        for (BridgePort p : br.ports()) BrIf.delIf(br, p);
        assertEquals(0L, br.addr);
        assertEquals(0L, br.bridgeIdAddr());
        assertTrue(!br.carrierOk(), "no ports: no carrier");

        BrNetlink.setMacAddress(br, 0x02_00_00_00_00_99L);
        assertEquals(NetDevice.NET_ADDR_SET, br.addrAssignType);
        BrIf.addIf(br, small);
        assertEquals(0x02_00_00_00_00_99L, br.addr, "a user-set MAC is sticky");
        assertNotNull(br.fdb.find(0x02_00_00_00_00_99L));
    }

    @Test
    void enslavingErrors() throws KernelException {
        Bridge other = BrNetlink.newLink(kernel, net, "br1", BridgeOpts.NONE, true);
        KernelException e = org.junit.jupiter.api.Assertions.assertThrows(KernelException.class, () -> BrIf.addIf(br, other));
        assertEquals(linnet.kernel.core.Errno.ELOOP, e.errno);
        e = org.junit.jupiter.api.Assertions.assertThrows(KernelException.class, () -> BrIf.addIf(other, p1));
        assertEquals(linnet.kernel.core.Errno.EBUSY, e.errno);
        assertTrue(other.netnsLocal());
    }
}
