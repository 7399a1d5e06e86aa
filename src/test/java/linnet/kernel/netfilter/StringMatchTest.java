package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Errno;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.StringMatch;
import org.junit.jupiter.api.Test;

/** string_mt's window: the pattern must lie within [from, to) of the packet (scenario 313). */
class StringMatchTest {
    @Test
    void window() {
        byte[] b = new byte[60];
        b[0] = 0x45;
        b[3] = 60;
        for (int i = 0; i < 4; i++) b[44 + i] = (byte) (0x10 + i);
        NfPacket p = new NfPacket();
        p.skb = new SkBuff(b, 0, b.length);
        p.skb.networkHeader = 0;
        byte[] pat = {0x10, 0x11, 0x12, 0x13};
        assertTrue(new StringMatch(pat, "bm", 0, 65535, false, false).match(p));
        assertFalse(new StringMatch(pat, "bm", 45, 65535, false, false).match(p));
        assertFalse(new StringMatch(pat, "bm", 0, 47, false, false).match(p));
        assertTrue(new StringMatch(pat, "bm", 0, 48, false, false).match(p));
        assertTrue(new StringMatch("x".getBytes(), "kmp", 0, 65535, true, false).match(p));
        assertFalse(new StringMatch(pat, "xx", 0, 65535, false, false).checkentry());
        assertEquals(Errno.ENOENT, new StringMatch(pat, "xx", 0, 65535, false, false).checkErrno());
    }
}
