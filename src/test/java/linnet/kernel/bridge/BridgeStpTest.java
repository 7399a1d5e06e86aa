package linnet.kernel.bridge;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.lab.Machine;
import linnet.sim.EventLoop;
import linnet.sim.Rng;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 802.1D on the virtual clock: BPDUs on the wire, root election, blocking, topology change. */
class BridgeStpTest {
    static final long SEC = EventLoop.NS_PER_SEC;

    EventLoop loop;
    Kernel kernel;
    Net net;
    Bridge br;
    TestNic p1, p2;

    @BeforeEach
    void setUp() throws KernelException {
        loop = new EventLoop();
        kernel = new Machine(loop, new Rng(1)).kernel;
        net = kernel.initNet();
        br = BrNetlink.newLink(kernel, net, "br0", new BridgeOpts(null, 1, 200, null, null, null, null, null), true);
        p1 = dev("p1", 0x02_00_00_00_00_10L);
        p2 = dev("p2", 0x02_00_00_00_00_20L);
        BrIf.addIf(br, p1);
        BrIf.addIf(br, p2);
        br.open();
        p1.open();
        p2.open();
        loop.runPending();
    }

    TestNic dev(String name, long mac) throws KernelException {
        TestNic d = new TestNic(kernel, name, mac);
        kernel.registerNetdevice(net, d);
        return d;
    }

    static int u16(byte[] b, int o) { return (b[o] & 0xff) << 8 | (b[o + 1] & 0xff); }

    @Test
    void theHelloTimerSendsConfigurationBpdusOutOfDesignatedPorts() {
        p1.drain();
        loop.advance(2 * SEC + 1);
        List<byte[]> out = p1.drain().stream()
                .filter(f -> linnet.wire.Ethernet.dst(f, 0) == 0x01_80_c2_00_00_00L).toList();
        assertEquals(1, out.size());
        byte[] f = out.get(0);
        assertEquals(52, f.length);
        assertEquals(0x01_80_c2_00_00_00L, linnet.wire.Ethernet.dst(f, 0));
        assertEquals(0x02_00_00_00_00_10L, linnet.wire.Ethernet.src(f, 0));
        assertEquals(38, u16(f, 12));                       // 802.3 length: LLC + BPDU
        assertEquals(0x42, f[14] & 0xff);
        assertEquals(0x03, f[16] & 0xff);
        int b = 17;
        assertEquals(0, f[b + 3]);                          // configuration BPDU
        assertEquals(0x8000, u16(f, b + 5));                // root priority, then the bridge's MAC
        assertEquals(0x8001, u16(f, b + 25));               // port id
        assertEquals(20 * 256, u16(f, b + 29));             // max age in 1/256 s
        assertEquals(2 * 256, u16(f, b + 31));
        assertEquals(2 * 256, u16(f, b + 33));              // forward delay 2 s
    }

    /** A configuration BPDU from a bridge with a lower id (priority 0x1000) on p1. */
    static byte[] superiorBpdu(int messageAgeTicks) {
        byte[] f = new byte[52];
        long dst = 0x01_80_c2_00_00_00L, src = 0x02_00_00_00_00_99L;
        linnet.wire.Ethernet.setDst(f, 0, dst);
        linnet.wire.Ethernet.setSrc(f, 0, src);
        linnet.wire.Ethernet.setType(f, 0, 38);
        f[14] = 0x42;
        f[15] = 0x42;
        f[16] = 0x03;
        int b = 17;
        long root = 0x1000_0200_0000_0099L;
        for (int i = 0; i < 8; i++) f[b + 5 + i] = (byte) (root >>> (56 - 8 * i));
        for (int i = 0; i < 8; i++) f[b + 17 + i] = (byte) (root >>> (56 - 8 * i));
        f[b + 25] = (byte) 0x80;
        f[b + 26] = 0x01;
        f[b + 27] = (byte) (messageAgeTicks >>> 8);
        f[b + 28] = (byte) messageAgeTicks;
        f[b + 29] = 20;          // max age 20 s
        f[b + 31] = 2;           // hello 2 s
        f[b + 33] = 4;           // forward delay 4 s
        return f;
    }

    @Test
    void aSuperiorBpduMakesItsPortTheRootPortAndTheBridgeTakesTheRootsTimes() {
        p1.inject(superiorBpdu(0));
        loop.runPending();
        assertFalse(br.stp.isRootBridge());
        assertEquals(br.port(p1).portNo, br.rootPort);
        assertEquals(0x1000_0200_0000_0099L, br.designatedRoot);
        assertEquals(br.port(p1).pathCost, br.rootPathCost);
        assertEquals(4 * linnet.kernel.core.Jiffies.HZ, br.forwardDelay);
        // p2 stays designated (we are the better bridge on its segment): it relays the root's BPDU.
        assertTrue(br.stp.isDesignatedPort(br.port(p2)));
    }

    @Test
    void aBpduAsOldAsItsMaxAgeIsIgnoredAndInformationAgesOut() {
        p1.inject(superiorBpdu(21 * 256));
        loop.runPending();
        assertTrue(br.stp.isRootBridge());
        p1.inject(superiorBpdu(0));
        loop.runPending();
        assertFalse(br.stp.isRootBridge());
        // Nothing more is heard: after max_age the port's information expires and we are root again.
        loop.advance(21 * SEC);
        assertTrue(br.stp.isRootBridge());
        assertEquals(0, br.rootPort);
    }

    @Test
    void portsStartingToForwardAreATopologyChangeThatShortensTheAgeingTime() {
        assertFalse(br.topologyChange);
        loop.advance(4 * SEC + 1);
        assertEquals(BridgePort.BR_STATE_FORWARDING, br.port(p1).state);
        assertTrue(br.topologyChange && br.topologyChangeDetected);
        assertEquals(2 * br.forwardDelay, br.ageingTime);
        // forward_delay + max_age later the change is over and the configured ageing time is back.
        loop.advance(22 * SEC + 1);
        assertFalse(br.topologyChange);
        assertEquals(br.bridgeAgeingTime, br.ageingTime);
    }

    @Test
    void withoutStpNoBpduIsSentAndBpdusAreForwarded() throws KernelException {
        BrNetlink.changeLink(br, new BridgeOpts(null, 0, null, null, null, null, null, null));
        // Ports already walking on keep walking (listening, learning, forwarding at 4 s).
        loop.advance(5 * SEC);
        p2.drain();
        p1.inject(superiorBpdu(0));
        loop.runPending();
        assertTrue(br.stp.isRootBridge());
        assertEquals(1, p2.drain().size(), "flooded like any multicast frame");
    }

    @Test
    void turningStpOnForABridgeThatIsUpStartsItsHelloTimer() throws KernelException {
        BrNetlink.changeLink(br, new BridgeOpts(null, 0, null, null, null, null, null, null));
        loop.advance(5 * SEC);
        assertEquals(0, br.helloTimerLeft());
        BrNetlink.changeLink(br, new BridgeOpts(null, 1, null, null, null, null, null, null));
        assertEquals(200, br.helloTimerLeft());
        // Forwarding ports stay forwarding.
        assertEquals(BridgePort.BR_STATE_FORWARDING, br.port(p1).state);
    }
}
