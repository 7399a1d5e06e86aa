package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.SkBuff;
import linnet.kernel.core.SockOwner;
import linnet.kernel.netfilter.xt.OwnerMatch;
import org.junit.jupiter.api.Test;

/** owner_mt's three cases: no socket, a kernel socket without a file, a user socket (scenario 318). */
class OwnerMatchTest {
    private static NfPacket with(Object sk) {
        NfPacket p = new NfPacket();
        p.skb = new SkBuff(new byte[20], 0, 20);
        p.skb.sk = sk;
        return p;
    }

    @Test
    void socketKinds() {
        OwnerMatch uid0 = new OwnerMatch(OwnerMatch.UID, 0, 0, 0, 0, 0);
        OwnerMatch notUid1000 = new OwnerMatch(OwnerMatch.UID, OwnerMatch.UID, 1000, 1000, 0, 0);
        OwnerMatch sock = new OwnerMatch(OwnerMatch.SOCKET, 0, 0, 0, 0, 0);
        OwnerMatch noSock = new OwnerMatch(OwnerMatch.SOCKET, OwnerMatch.SOCKET, 0, 0, 0, 0);
        NfPacket user = with(SockOwner.ROOT), kernel = with(SockOwner.KERNEL), none = with(null);
        assertTrue(uid0.match(user));
        assertFalse(uid0.match(kernel));
        assertFalse(uid0.match(none));
        assertTrue(notUid1000.match(user));
        assertTrue(notUid1000.match(kernel));
        assertTrue(notUid1000.match(none));
        assertTrue(sock.match(kernel));
        assertFalse(sock.match(none));
        assertTrue(noSock.match(none));
        assertFalse(noSock.match(kernel));
        assertFalse(new OwnerMatch(OwnerMatch.UID, 0, 5, 1, 0, 0).checkentry());
        assertTrue(uid0.checkentry());
    }
}
