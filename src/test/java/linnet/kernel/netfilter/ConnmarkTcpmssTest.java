package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.ConnmarkMatch;
import linnet.kernel.netfilter.xt.ConnmarkTarget;
import linnet.kernel.netfilter.xt.TcpmssTarget;
import linnet.wire.Checksum;
import org.junit.jupiter.api.Test;

/** xt_CONNMARK / xt_connmark arithmetic and xt_TCPMSS's MSS rewrite (never raising it). */
class ConnmarkTcpmssTest {
    private static NfPacket packet(byte[] b) {
        NfPacket p = new NfPacket();
        p.skb = new SkBuff(b, 0, b.length);
        p.skb.networkHeader = 0;
        return p;
    }

    @Test
    void connmarkModes() {
        NfPacket p = packet(new byte[40]);
        assertEquals(Verdict.XT_CONTINUE, new ConnmarkTarget(ConnmarkTarget.SET, 5, -1, -1).target(p));
        p.ct = new NfConn(new Tuple(1, 1, 2, 7, 8 << 8), 1);
        new ConnmarkTarget(ConnmarkTarget.SET, 5, -1, -1).target(p);
        assertEquals(5, p.ct.mark);
        p.skb.mark = 0x21;
        new ConnmarkTarget(ConnmarkTarget.SAVE, 0, 0xf, 0xf).target(p);
        assertEquals(1, p.ct.mark);
        p.ct.mark = 0xab;
        new ConnmarkTarget(ConnmarkTarget.RESTORE, 0, 0xf, 0xf0).target(p);
        assertEquals(0x0a, p.skb.mark); // (0x21 & ~0xf0) ^ (0xab & 0xf)
        assertTrue(new ConnmarkMatch(0xb, 0xf, false).match(p));
        assertFalse(new ConnmarkMatch(0xb, 0xf, true).match(p));
        p.ct = null;
        assertFalse(new ConnmarkMatch(0, 0, true).match(p));
    }

    /** An IPv4 + TCP SYN with an MSS option of {@code mss}, checksummed. */
    private static byte[] syn(int mss) {
        byte[] b = new byte[44];
        b[0] = 0x45;
        b[3] = 44;
        b[9] = 6;
        b[20 + 12] = (byte) (6 << 4);
        b[20 + 13] = 2;
        b[40] = 2;
        b[41] = 4;
        b[42] = (byte) (mss >>> 8);
        b[43] = (byte) mss;
        int c = Checksum.compute(b, 20, 24);
        b[36] = (byte) (c >>> 8);
        b[37] = (byte) c;
        return b;
    }

    @Test
    void tcpmssLowersButNeverRaises() {
        byte[] b = syn(1460);
        new TcpmssTarget(1200).target(packet(b));
        assertEquals(1200, ((b[42] & 0xff) << 8) | (b[43] & 0xff));
        byte[] ref = syn(1200);
        assertEquals(ref[36], b[36]);
        assertEquals(ref[37], b[37]);
        byte[] small = syn(1000);
        new TcpmssTarget(1200).target(packet(small));
        assertEquals(1000, ((small[42] & 0xff) << 8) | (small[43] & 0xff));
        assertEquals(6, new TcpmssTarget(1200).proto());
        assertEquals((1 << 2) | (1 << 3) | (1 << 4), new TcpmssTarget(TcpmssTarget.CLAMP_PMTU).hooks());
    }
}
