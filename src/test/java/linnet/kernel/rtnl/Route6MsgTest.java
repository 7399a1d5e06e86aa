package linnet.kernel.rtnl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.wire.Inet6;
import org.junit.jupiter.api.Test;

/** IPv6 RTM_NEWROUTE bytes as Linux 6.18 put them in `ip -6 route save` (od in a run-kernel sandbox). */
class Route6MsgTest {
    private static final String Z32 = " 00".repeat(32);

    /** 2001:db8::/64 dev if3 proto kernel metric 256 pref medium, seq 0x6b16af30, port 0x7f84. */
    static final byte[] CONNECTED = RouteMsgTest.hex("74 00 00 00 18 00 22 00 30 af 16 6b 84 7f 00 00 0a 40 00 00 fe 02 00 01"
            + " 00 00 00 00 08 00 0f 00 fe 00 00 00 14 00 01 00 20 01 0d b8" + " 00".repeat(12)
            + " 08 00 06 00 00 01 00 00 08 00 04 00 03 00 00 00 24 00 0c 00" + Z32 + " 05 00 14 00 00 00 00 00");
    /** 2001:db8:5::/48 via 2001:db8::2 dev if3 metric 100. */
    static final byte[] GATEWAY = RouteMsgTest.hex("88 00 00 00 18 00 22 00 30 af 16 6b 84 7f 00 00 0a 30 00 00 fe 03 00 01"
            + " 00 00 00 00 08 00 0f 00 fe 00 00 00 14 00 01 00 20 01 0d b8 00 05" + " 00".repeat(10)
            + " 08 00 06 00 64 00 00 00 14 00 05 00 20 01 0d b8" + " 00".repeat(11) + " 02 08 00 04 00 03 00 00 00"
            + " 24 00 0c 00" + Z32 + " 05 00 14 00 00 00 00 00");

    @Test
    void fillWritesTheKernelsBytes() {
        Rtnl6.Route6Info c = new Rtnl6.Route6Info(254, 1, Inet6.parse("2001:db8::"), 64, 3, null, 256, 2, 0, false, -1);
        assertArrayEquals(CONNECTED, Route6Msg.fill(c, 0x6b16af30, 0x7f84));
        Rtnl6.Route6Info g = new Rtnl6.Route6Info(254, 1, Inet6.parse("2001:db8:5::"), 48, 3, Inet6.parse("2001:db8::2"),
                100, 3, 0, false, -1);
        assertArrayEquals(GATEWAY, Route6Msg.fill(g, 0x6b16af30, 0x7f84));
    }

    @Test
    void aSavedMessageReadsBack() {
        Rtnl6.Route6Info g = Route6Msg.info(GATEWAY);
        assertEquals(48, g.dstLen());
        assertEquals(100, g.metric());
        assertArrayEquals(Inet6.parse("2001:db8::2"), g.gateway());
        assertArrayEquals(GATEWAY, Route6Msg.fill(g, 0x6b16af30, 0x7f84));
    }
}
