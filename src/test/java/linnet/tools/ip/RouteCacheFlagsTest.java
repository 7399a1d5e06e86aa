package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.rtnl.RtnlRoute;
import linnet.tools.common.Printer;
import org.junit.jupiter.api.Test;

/** print_cache_flags + cacheinfo + metrics + iif: the second line of a cloned route. */
class RouteCacheFlagsTest {
    private static RtnlRoute.Decision d(int mtu, int expires, int flags) {
        return new RtnlRoute.Decision(FibRoute.RTN_UNICAST, 0, 0, 0, 1, 0, 254, mtu, expires, 0, 0, false,
                new int[FibRoute.RTAX_MAX + 1], 0, 0, 0, flags);
    }

    /** The line in text form. */
    private static String cacheInfo(RtnlRoute.Decision d, String iif, boolean metrics) {
        Printer p = new Printer(false, false);
        IpRoute.cacheLine(p, d, iif, metrics);
        return p.finish();
    }

    /** The same fields as JSON members (inside the route's object, recorded in the oracle's route get). */
    private static String json(RtnlRoute.Decision d, String iif, boolean metrics) {
        Printer p = new Printer(true, false);
        p.openObject(null);
        IpRoute.cacheLine(p, d, iif, metrics);
        p.closeObject();
        return p.finish().strip();
    }

    @Test
    void asJson() {
        assertEquals("[{\"cache\":[\"local\",\"brd\"],\"iif\":\"eth0\"}]",
                json(d(0, 0, RtnlRoute.RTCF_BROADCAST | RtnlRoute.RTCF_LOCAL), "eth0", false));
        assertEquals("[{\"cache\":[],\"expires\":599,\"metrics\":[{\"mtu\":1300}]}]", json(d(1300, 59_900, 0), null, true));
    }

    @Test
    void flagsInIproute2OrderThenExpiresMetricsAndIif() {
        assertEquals("cache ", cacheInfo(d(0, 0, 0), null, true));
        assertEquals("cache <local,brd> iif eth0 ",
                cacheInfo(d(0, 0, RtnlRoute.RTCF_BROADCAST | RtnlRoute.RTCF_LOCAL), "eth0", false));
        assertEquals("cache <redirected> expires 299sec mtu 1400 ",
                cacheInfo(d(1400, 29_999, RtnlRoute.RTCF_REDIRECTED), null, true));
        assertEquals("cache <redirect> iif eth0 ", cacheInfo(d(0, 0, RtnlRoute.RTCF_DOREDIRECT), "eth0", false));
        // the low 16 bits are not cache flags; an unknown high bit is printed in hex
        assertEquals("cache <redirected,2000000> ", cacheInfo(d(0, 0, RtnlRoute.RTCF_REDIRECTED | 0x02000000 | 0x1), null, true));
    }
}
