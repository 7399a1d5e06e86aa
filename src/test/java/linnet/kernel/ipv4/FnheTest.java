package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/** Nexthop exceptions: shared per fib_info, merged updates, the flush genid, expiry and the dump filter. */
class FnheTest {
    private final Lab lab = new Lab(1, Lab.Profile.BARE);
    private final NetnsIpv4 ns = NetnsIpv4.of(lab.main.host.kernel().initNet());
    private static final long SEC = 1_000_000_000L;

    private static FibRoute via(int dst, int len, int gw, int metric) {
        FibRoute r = new FibRoute();
        r.dst = dst;
        r.dstLen = len;
        r.gw = gw;
        r.priority = metric;
        r.protocol = FibRoute.RTPROT_BOOT;
        return r;
    }

    private long now() { return lab.loop.now(); }

    @Test
    void routesWithTheSameFibInfoShareTheirExceptions() {
        FibTable t = new FibTable(FibRoute.RT_TABLE_MAIN);
        FibRoute dflt = via(0, 0, 0x0a000001, 0), other = via(0x0a580000, 16, 0x0a000001, 0), metric5 = via(0x0a590000, 16, 0x0a000001, 5);
        t.insert(dflt);
        t.insert(other);
        t.insert(metric5);
        assertSame(dflt.exceptions, other.exceptions);
        assertNotSame(dflt.exceptions, metric5.exceptions);
        // a route added back after the last one of its fib_info went starts clean
        Fnhe.updateOrCreate(ns, dflt, 0xc0a84d02, 0x0a000002, 0, false, now() + 300 * SEC);
        t.remove(dflt);
        t.remove(other);
        FibRoute again = via(0, 0, 0x0a000001, 0);
        t.insert(again);
        assertTrue(again.exceptions.isEmpty());
    }

    @Test
    void aLearnedMtuKeepsTheRedirectedGatewayAndMovesTheExpiry() {
        FibRoute r = via(0, 0, 0x0a000001, 0);
        Fnhe.updateOrCreate(ns, r, 0xc0a84d02, 0x0a000002, 0, false, now() + 300 * SEC);
        Fnhe.updateOrCreate(ns, r, 0xc0a84d02, 0, 1400, false, now() + 600 * SEC);
        FibNhException e = Fnhe.find(ns, r, 0xc0a84d02);
        assertEquals(0x0a000002, e.gw);
        assertEquals(1400, e.pmtu);
        assertEquals(now() + 600 * SEC, e.expires);
    }

    @Test
    void flushMakesItStaleAndTheNextBindEmptiesIt() {
        FibRoute r = via(0, 0, 0x0a000001, 0);
        Fnhe.updateOrCreate(ns, r, 0xc0a84d02, 0x0a000002, 0, false, now() + 300 * SEC);
        FibNhException e = Fnhe.find(ns, r, 0xc0a84d02);
        Rtable rt = new Rtable();
        rt.gw = r.gw;
        Fnhe.bind(ns, e, rt, 0, true);
        assertTrue(rt.redirected);
        assertEquals(0x0a000002, rt.gw);
        assertTrue(Fnhe.dumpable(ns, e));
        Fnhe.flush(ns);
        assertFalse(Fnhe.dumpable(ns, e), "a stale exception is not dumped");
        Rtable again = new Rtable();
        again.gw = r.gw;
        Fnhe.bind(ns, e, again, 0, true);
        assertFalse(again.redirected);
        assertEquals(0x0a000001, again.gw);
        assertEquals(0, e.expires);
        assertTrue(Fnhe.dumpable(ns, e), "bound again in the current generation: listed, without flags");
    }

    @Test
    void anExpiredExceptionIsDeletedWhenLookedUp() {
        FibRoute r = via(0, 0, 0x0a000001, 0);
        Fnhe.updateOrCreate(ns, r, 0xc0a84d02, 0x0a000002, 0, false, now() + 300 * SEC);
        lab.loop.advance(300 * SEC + 1);
        assertNull(Fnhe.find(ns, r, 0xc0a84d02));
        assertTrue(r.exceptions.isEmpty());
    }

    @Test
    void notDumpedUntilARouteIsCachedInIt() {
        FibRoute r = via(0, 0, 0x0a000001, 0);
        Fnhe.updateOrCreate(ns, r, 0xc0a84d02, 0x0a000002, 0, false, now() + 300 * SEC);
        assertFalse(Fnhe.dumpable(ns, Fnhe.find(ns, r, 0xc0a84d02)));
    }
}
