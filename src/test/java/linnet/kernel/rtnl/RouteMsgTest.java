package linnet.kernel.rtnl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.ipv4.FibRoute;
import linnet.wire.Inet4;
import org.junit.jupiter.api.Test;

/** RTM_NEWROUTE bytes as Linux 6.18 put them in `ip route save` (recorded with od in a run-kernel sandbox). */
public class RouteMsgTest {
    public static byte[] hex(String s) {
        String[] w = s.trim().split("\\s+");
        byte[] b = new byte[w.length];
        for (int i = 0; i < w.length; i++) b[i] = (byte) Integer.parseInt(w[i], 16);
        return b;
    }

    /** 10.0.0.0/24 dev if3 proto kernel scope link src 10.0.0.1, seq 0x6b16a3cd, port 0x23ba. */
    public static final byte[] CONNECTED = hex("3c 00 00 00 18 00 22 00 cd a3 16 6b ba 23 00 00 02 18 00 00 fe 02 fd 01 00 00 00 00"
            + " 08 00 0f 00 fe 00 00 00 08 00 01 00 0a 00 00 00 08 00 07 00 0a 00 00 01 08 00 04 00 03 00 00 00");
    /** 10.8.0.0/16 dev if3 scope link metric 50 mtu 1400. */
    public static final byte[] METRICS = hex("48 00 00 00 18 00 22 00 cd a3 16 6b ba 23 00 00 02 10 00 00 fe 03 fd 01 00 00 00 00"
            + " 08 00 0f 00 fe 00 00 00 08 00 01 00 0a 08 00 00 08 00 06 00 32 00 00 00 0c 00 08 00 08 00 02 00 78 05 00 00"
            + " 08 00 04 00 03 00 00 00");
    /** 10.9.0.0/16 via 10.0.0.2 dev if3. */
    public static final byte[] GATEWAY = hex("3c 00 00 00 18 00 22 00 cd a3 16 6b ba 23 00 00 02 10 00 00 fe 03 00 01 00 00 00 00"
            + " 08 00 0f 00 fe 00 00 00 08 00 01 00 0a 09 00 00 08 00 05 00 0a 00 00 02 08 00 04 00 03 00 00 00");

    private static RouteInfo route(int dst, int len, int proto, int scope, int prefsrc, int gw, int prio, int mtu) {
        return new RouteInfo(FibRoute.RT_TABLE_MAIN, FibRoute.RTN_UNICAST, dst, len, 0, prio, proto, scope, prefsrc, gw, 3,
                0, mtu, false, 0);
    }

    @Test
    void fillWritesTheKernelsBytes() {
        int seq = 0x6b16a3cd, pid = 0x23ba;
        assertArrayEquals(CONNECTED, RouteMsg.fill(route(Inet4.parse("10.0.0.0"), 24, 2, 253, Inet4.parse("10.0.0.1"), 0, 0, 0), seq, pid));
        assertArrayEquals(METRICS, RouteMsg.fill(route(Inet4.parse("10.8.0.0"), 16, 3, 253, 0, 0, 50, 1400), seq, pid));
        assertArrayEquals(GATEWAY, RouteMsg.fill(route(Inet4.parse("10.9.0.0"), 16, 3, 0, 0, Inet4.parse("10.0.0.2"), 0, 0), seq, pid));
    }

    @Test
    void aSavedMessageReadsBack() {
        RouteInfo r = RouteMsg.info(METRICS);
        assertEquals(Inet4.parse("10.8.0.0"), r.dst());
        assertEquals(16, r.dstLen());
        assertEquals(50, r.priority());
        assertEquals(1400, r.mtu());
        assertEquals(3, r.oif());
        assertEquals(253, r.scope());
        RouteInfo g = RouteMsg.info(GATEWAY);
        assertEquals(Inet4.parse("10.0.0.2"), g.gw());
        assertArrayEquals(GATEWAY, RouteMsg.fill(g, 0x6b16a3cd, 0x23ba));
    }
}
