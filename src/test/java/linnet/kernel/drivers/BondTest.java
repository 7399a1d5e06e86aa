package linnet.kernel.drivers;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.SkBuff;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/** drivers/net/bonding: options and their refusals, enslaving, the modes' transmit, MII failover. */
class BondTest {
    private final Lab lab = new Lab(13, Lab.Profile.BARE);
    private final Kernel kernel = lab.main.host.kernel();
    private final Net net = kernel.initNet();

    private static Bond.Opts opts(Object... kv) {
        java.util.SequencedMap<String, Long> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        return new Bond.Opts(m);
    }

    private TestNic nic(String name, long mac) throws KernelException {
        TestNic d = new TestNic(kernel, name, mac);
        kernel.registerNetdevice(net, d);
        return d;
    }

    private static SkBuff frame() {
        SkBuff skb = SkBuff.alloc(60);
        byte[] f = TestNic.frame(0x02_00_00_00_00_99L, 0x02_00_00_00_00_01L, 0x88b5);
        System.arraycopy(f, 0, skb.buf, skb.data, 60);
        return skb;
    }

    @Test
    void optionsAreCheckedAsBondOptionsDo() throws Exception {
        Bond b = Bond.newlink(kernel, net, null, null, opts("mode", Bond.MODE_ACTIVEBACKUP));
        assertEquals("bond0", b.name());
        assertEquals(Errno.EPERM, assertThrows(KernelException.class, () -> b.changelink(opts("updelay", 200))).errno,
                "delays need the MII monitor");
        b.changelink(opts("miimon", 100, "updelay", 250));
        assertEquals(200L, b.linkInfoData().get("updelay"), "kept in whole monitor rounds");
        assertEquals("option not supported in mode", assertThrows(KernelException.class,
                () -> b.changelink(opts("lacp_rate", 1))).extack);
        Bond ad = Bond.newlink(kernel, net, "bond1", null, opts("mode", Bond.MODE_8023AD));
        assertEquals(100L, ad.linkInfoData().get("miimon"), "802.3ad forces the MII monitor on");
        ad.open();
        assertEquals(Errno.EBUSY, assertThrows(KernelException.class, () -> ad.changelink(opts("mode", 0))).errno);
    }

    @Test
    void enslavingTakesTheFirstSlavesMacAndRefusesAnUpDevice() throws Exception {
        Bond b = Bond.newlink(kernel, net, "bond0", null, opts("mode", Bond.MODE_ACTIVEBACKUP, "miimon", 100));
        TestNic e1 = nic("e1", 0x02_00_00_00_00_01L), e2 = nic("e2", 0x02_00_00_00_00_02L);
        e1.open();
        assertEquals("Device can not be enslaved while up", assertThrows(KernelException.class, () -> b.enslave(e1)).extack);
        e1.close();
        b.enslave(e1);
        b.enslave(e2);
        assertEquals(0x02_00_00_00_00_01L, b.addr, "the first slave's address");
        assertEquals(b.addr, e2.addr, "the slaves take the bond's");
        assertTrue(e1.isUp() && (e1.flags() & Iff.SLAVE) != 0);
        assertEquals(Errno.EPERM, assertThrows(KernelException.class, () -> b.enslave(b)).errno);
        b.release(e2);
        assertEquals(0x02_00_00_00_00_02L, e2.addr, "its own address back");
        assertFalse(e2.isUp());
        assertNull(e2.master);
    }

    @Test
    void activeBackupSendsOnTheActiveSlaveAndFailsOver() throws Exception {
        Bond b = Bond.newlink(kernel, net, "bond0", null, opts("mode", Bond.MODE_ACTIVEBACKUP, "miimon", 100));
        TestNic e1 = nic("e1", 0x02_00_00_00_00_01L), e2 = nic("e2", 0x02_00_00_00_00_02L);
        b.enslave(e1);
        b.enslave(e2);
        b.open();
        assertSame(e1, b.currActive().dev);
        e1.drain();
        e2.drain();
        b.xmit(frame());
        assertEquals(1, e1.drain().size());
        assertTrue(e2.drain().isEmpty());
        e1.setCarrier(false);
        lab.loop.advance(250_000_000L);
        assertSame(e2, b.currActive().dev, "the MII monitor moved the traffic");
        assertEquals(1, Bond.slaveOf(e1).linkFailureCount);
        e2.drain();
        b.xmit(frame());
        assertEquals(1, e2.drain().size());
        assertTrue(b.procInfo().contains("Currently Active Slave: e2"));
        // frames arriving on the backup slave are not the bond's
        long rx = b.stats.rxPackets;
        e1.setCarrier(true);
        lab.loop.advance(250_000_000L);
        e1.inject(TestNic.frame(b.addr, 0x02_00_00_00_00_77L, 0x88b5));
        lab.loop.advance(1_000_000);
        assertEquals(rx, b.stats.rxPackets);
        e2.inject(TestNic.frame(b.addr, 0x02_00_00_00_00_77L, 0x88b5));
        lab.loop.advance(1_000_000);
        assertEquals(rx + 1, b.stats.rxPackets);
    }

    @Test
    void balanceRrTakesTurnsAndBroadcastSendsOnEverySlave() throws Exception {
        Bond b = Bond.newlink(kernel, net, "bond0", null, opts("mode", Bond.MODE_ROUNDROBIN));
        TestNic e1 = nic("e1", 0x02_00_00_00_00_01L), e2 = nic("e2", 0x02_00_00_00_00_02L);
        b.enslave(e1);
        b.enslave(e2);
        b.open();
        e1.drain();
        e2.drain();
        for (int i = 0; i < 4; i++) b.xmit(frame());
        assertEquals(2, e1.drain().size());
        assertEquals(2, e2.drain().size());
        Bond c = Bond.newlink(kernel, net, "bond1", null, opts("mode", Bond.MODE_BROADCAST));
        TestNic e3 = nic("e3", 0x02_00_00_00_00_03L), e4 = nic("e4", 0x02_00_00_00_00_04L);
        c.enslave(e3);
        c.enslave(e4);
        c.open();
        e3.drain();
        e4.drain();
        c.xmit(frame());
        assertEquals(1, e3.drain().size());
        assertEquals(1, e4.drain().size());
    }
}
