package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.DsfieldMatch;
import linnet.kernel.netfilter.xt.DsfieldTarget;
import linnet.wire.Checksum;
import linnet.wire.Ipv4;
import org.junit.jupiter.api.Test;

/** dscp_tg keeps the ECN bits, tos_tg is (tos & ~mask) ^ value, both fix the header checksum (scenario 315). */
class DsfieldTest {
    private static NfPacket packet(int tos) {
        byte[] b = new byte[20];
        b[0] = 0x45;
        b[1] = (byte) tos;
        b[3] = 20;
        b[8] = 64;
        Ipv4.fillChecksum(b, 0);
        NfPacket p = new NfPacket();
        p.skb = new SkBuff(b, 0, b.length);
        p.skb.networkHeader = 0;
        return p;
    }

    @Test
    void rewriteAndMatch() {
        NfPacket p = packet(0x03);
        new DsfieldTarget(true, 0x2e, 0).target(p);
        assertEquals(0xbb, Ipv4.tos(p.buf(), 0));
        assertEquals(0, Checksum.compute(p.buf(), 0, 20));
        assertTrue(new DsfieldMatch(true, 0x2e, 0, false).match(p));
        new DsfieldTarget(false, 0x10, 0x3f).target(p);
        assertEquals(0x90, Ipv4.tos(p.buf(), 0));
        assertTrue(new DsfieldMatch(false, 0x10, 0x3f, false).match(p));
        assertFalse(new DsfieldMatch(false, 0x10, 0xff, false).match(p));
        assertEquals("mangle", new DsfieldTarget(false, 0, 0).tables()[0]);
    }
}
