package linnet.tools.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.Tuple;
import linnet.kernel.rtnl.ConnInfo;
import org.junit.jupiter.api.Test;

/** libnetfilter_conntrack's IS_SNAT/IS_SPAT/IS_DNAT/IS_DPAT as conntrack -n / -g use them. */
class ConntrackNatFilterTest {
    private static ConnInfo icmp(int status, int replyDst) {
        Tuple orig = new Tuple(1, 0x0a000001, 0x0a000102, 77, 8 << 8);
        Tuple reply = new Tuple(1, 0x0a000102, replyDst, 77, 0);
        return new ConnInfo(1, orig, reply, status, 30, 0, null);
    }

    private static ConnInfo udp(int status, int replySrc, int replySport) {
        Tuple orig = new Tuple(17, 0x0a000001, 0x0a000102, 40000, 53);
        Tuple reply = new Tuple(17, replySrc, 0x0a000001, replySport, 40000);
        return new ConnInfo(1, orig, reply, status, 30, 0, null);
    }

    @Test
    void natStepsThatRanDecide() {
        int done = NfConn.IPS_SRC_NAT_DONE | NfConn.IPS_DST_NAT_DONE;
        // an ICMP flow whose NAT steps ran: its id never equals the reply's type/code, so both count
        ConnInfo i = icmp(done, 0x0a000001);
        assertTrue(ConntrackTool.isSnat(i));
        assertTrue(ConntrackTool.isDnat(i));
        // no NAT hook saw it (no nat table): neither
        ConnInfo none = icmp(0, 0x0a000001);
        assertFalse(ConntrackTool.isSnat(none));
        assertFalse(ConntrackTool.isDnat(none));
        // UDP with null bindings: ports and addresses unchanged, no NAT
        ConnInfo u = udp(done, 0x0a000102, 53);
        assertFalse(ConntrackTool.isSnat(u));
        assertFalse(ConntrackTool.isDnat(u));
        // UDP whose destination was rewritten (DNAT to another address)
        ConnInfo d = udp(done, 0x0a000109, 53);
        assertFalse(ConntrackTool.isSnat(d));
        assertTrue(ConntrackTool.isDnat(d));
        // ... or only its port (REDIRECT-like)
        assertTrue(ConntrackTool.isDnat(udp(done, 0x0a000102, 8053)));
        assertEquals(false, ConntrackTool.isDnat(udp(NfConn.IPS_SRC_NAT_DONE, 0x0a000109, 53)));
    }
}
