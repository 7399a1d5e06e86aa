package linnet.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.rtnl.LinkAttrs;
import linnet.kernel.rtnl.Rtnl;
import linnet.lab.Lab;
import linnet.sim.EventLoop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The qdiscs' own queueing: fifo limits, the token bucket's timing and drops, and dev_queue_xmit around them. */
class QdiscTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final Kernel kernel = lab.main.host.kernel();
    final Rtnl rtnl = lab.main.host.rtnl();
    final Net net = kernel.initNet();
    NetDevice v0, v1;

    @BeforeEach
    void setUp() throws KernelException {
        rtnl.newVeth(net, "v0", new LinkAttrs(null, null, null), net, "v1", new LinkAttrs(null, null, null));
        v0 = net.byName("v0");
        v1 = net.byName("v1");
        // no IPv6 chatter (DAD, MLD) through the queues under test
        net.sysctl.write("net.ipv6.conf.v0.disable_ipv6", "1");
        v0.open();
        v1.open();
    }

    static SkBuff frame(int len) {
        SkBuff s = SkBuff.alloc(len);
        s.len = len;
        return s;
    }

    @Test
    void fifoKindsCountTheirLimitInPacketsOrBytesAndHeadDropKeepsTheNewest() {
        SchFifo p = new SchFifo("pfifo", v0, 2);
        assertEquals(Qdisc.NET_XMIT_SUCCESS, p.enqueue(frame(100)));
        assertEquals(Qdisc.NET_XMIT_SUCCESS, p.enqueue(frame(100)));
        assertEquals(Qdisc.NET_XMIT_DROP, p.enqueue(frame(100)));
        assertEquals(1, p.drops);
        SchFifo b = new SchFifo("bfifo", v0, 250);
        assertEquals(Qdisc.NET_XMIT_SUCCESS, b.enqueue(frame(200)));
        assertEquals(Qdisc.NET_XMIT_DROP, b.enqueue(frame(51)));
        assertEquals(Qdisc.NET_XMIT_SUCCESS, b.enqueue(frame(50)));
        assertEquals(250, b.backlog);
        SchFifo h = new SchFifo("pfifo_head_drop", v0, 1);
        SkBuff first = frame(10), second = frame(20);
        h.enqueue(first);
        assertEquals(Qdisc.NET_XMIT_CN, h.enqueue(second));
        assertEquals(second, h.dequeue());
        assertEquals(1, h.drops);
        // without a limit: txqueuelen packets, or that many frames of MTU + header in bytes
        assertEquals(1000, new SchFifo("pfifo", v0, null).limit);
        assertEquals(1000 * 1514, new SchFifo("bfifo", v0, null).limit);
    }

    @Test
    void tokenBucketSendsTheBurstAtOnceThenPacesAtTheRateAndDropsOverTheLimit() throws KernelException {
        EventLoop loop = kernel.loop;
        // 1 Mbit/s = 125000 bytes/s: a 1100-byte frame takes 8.8 ms; the bucket holds 1600 bytes (12.8 ms)
        SchTbf q = SchTbf.create(v0, new SchTbf.Opt(125_000, 0, 1600, 0, 3000, 0, 0, 0, 0));
        v0.qdisc = q;
        long t0 = loop.now();
        for (int i = 0; i < 4; i++) v0.queueXmit(frame(1100));
        // one left at once, two wait in the 3000-byte queue, the fourth did not fit
        assertEquals(1, q.packets);
        assertEquals(2, q.qlen());
        assertEquals(1, q.drops);
        assertTrue(q.overlimits >= 1);
        // the second leaves once the bucket holds 8.8 ms again: 4 ms were left, 4.8 ms more
        loop.runUntil(t0 + 4_700_000);
        assertEquals(1, q.packets);
        loop.runUntil(t0 + 4_900_000);
        assertEquals(2, q.packets);
        loop.runUntil(t0 + 13_500_000);
        assertEquals(2, q.packets);
        loop.runUntil(t0 + 13_700_000);
        assertEquals(3, q.packets);
        assertEquals(0, q.backlog);
        assertEquals(3300, q.bytes);
        // a frame larger than the bucket can never leave
        assertEquals(Qdisc.NET_XMIT_DROP, v0.queueXmit(frame(1601)));
        assertEquals(2, q.drops);
    }

    @Test
    void tokenBucketRefusesAPeakRateNotAboveTheRate() {
        assertThrows(KernelException.class, () -> SchTbf.create(v0, new SchTbf.Opt(250_000, 125_000, 1600, 1600, 3000, 0, 0, 0, 0)));
        assertThrows(KernelException.class, () -> SchTbf.create(v0, new SchTbf.Opt(125_000, 0, 0, 0, 3000, 0, 0, 0, 0)));
    }

    @Test
    void aDeviceWithoutCarrierDropsAtTheDeactivatedQdiscAndCountsTxDropped() {
        v1.close();
        long before = v0.stats.txDropped;
        assertEquals(Qdisc.NET_XMIT_CN, v0.queueXmit(frame(60)));
        assertEquals(before + 1, v0.stats.txDropped);
    }

    @Test
    void closingADeviceEmptiesItsQueue() throws KernelException {
        SchTbf q = SchTbf.create(v0, new SchTbf.Opt(125_000, 0, 1600, 0, 3000, 0, 0, 0, 0));
        v0.qdisc = q;
        v0.queueXmit(frame(1000));
        v0.queueXmit(frame(1000));
        assertEquals(1, q.qlen());
        v0.close();
        assertEquals(0, q.qlen());
        assertEquals(0, q.backlog);
    }

    @Test
    void defaultsFollowTheDeviceKindAndOpenReplacesNoop() throws KernelException {
        assertEquals("noqueue", v0.qdisc.kind);
        assertEquals(2, v0.qdisc.refcnt);
        rtnl.newVeth(net, "v2", new LinkAttrs(null, null, null), net, "v3", new LinkAttrs(null, null, null));
        NetDevice v2 = net.byName("v2");
        assertTrue(v2.qdisc.builtin());
        v2.open();
        assertNotNull(v2.qdisc);
        assertEquals("noqueue", v2.qdisc.kind);
        assertNull(v2.ingressQdisc);
    }
}
