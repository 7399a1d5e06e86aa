package linnet.kernel.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.BridgeInfo;
import linnet.kernel.rtnl.Rtnl;
import linnet.lab.Machine;
import linnet.sim.EventLoop;
import linnet.sim.Rng;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bridge's timers in jiffies, their checks, br_changelink's order and br_stp_start's clamp. */
class BridgeTimersTest {
    Kernel kernel;
    Net net;
    Bridge br;

    @BeforeEach
    void setUp() throws KernelException {
        kernel = new Machine(new EventLoop(), new Rng(1)).kernel;
        net = kernel.initNet();
        br = BrNetlink.newLink(kernel, net, "br0", BridgeOpts.NONE, true);
    }

    BridgeInfo info() throws KernelException { return new Rtnl(kernel).bridge.info(net, "br0"); }

    static BridgeOpts opts(Integer ageing, Integer stp, Integer fwd, Integer hello, Integer maxAge) {
        return new BridgeOpts(ageing, stp, fwd, hello, maxAge, null, null, null);
    }

    @Test
    void oddCentisecondsReadBackOneLessAtHz250() throws KernelException {
        BrNetlink.changeLink(br, opts(5001, null, 401, 301, 1001));
        BridgeInfo i = info();
        assertEquals(5000, i.ageingTime());
        assertEquals(400, i.forwardDelay());
        assertEquals(300, i.helloTime());
        assertEquals(1000, i.maxAge());
        BrNetlink.changeLink(br, opts(1, null, null, null, null));
        assertEquals(0, info().ageingTime());
    }

    @Test
    void forwardDelayIsCheckedOnlyWhileStpRuns() throws KernelException {
        BrNetlink.changeLink(br, opts(null, null, 3100, null, null));
        assertEquals(3100, info().forwardDelay());
        // Turning STP on clamps it to 30 s.
        BrNetlink.changeLink(br, opts(null, 1, null, null, null));
        assertEquals(3000, info().forwardDelay());
        KernelException e = assertThrows(KernelException.class,
                () -> BrNetlink.changeLink(br, opts(null, null, 199, null, null)));
        assertEquals(Errno.ERANGE, e.errno);
    }

    @Test
    void attributesApplyInOrderSoAFailureKeepsTheEarlierOnes() throws KernelException {
        KernelException e = assertThrows(KernelException.class,
                () -> BrNetlink.changeLink(br, opts(null, null, 700, 50, 4000)));
        assertEquals(Errno.ERANGE, e.errno);
        assertEquals(700, info().forwardDelay());
        assertEquals(2000, info().maxAge());
    }

    @Test
    void vlanFilteringIsNotSupportedAndANewBridgeWithItIsGoneAgain() {
        KernelException e = assertThrows(KernelException.class, () -> BrNetlink.newLink(kernel, net, "br1",
                new BridgeOpts(null, null, null, null, null, null, null, 1), true));
        assertEquals(Errno.EOPNOTSUPP, e.errno);
        assertTrue(net.byName("br1") == null);
    }

    @Test
    void settingTheAgeingTimeRunsTheCollectorEvenOnADownBridge() {
        assertEquals(0, br.fdb.gcTimerLeft());
        BrNetlink.setAgeingTime(br, 10000);
        kernel.loop.advance(1);
        kernel.loop.runPending();
        assertTrue(br.fdb.gcTimerLeft() > 9900, "re-armed for the hold time: " + br.fdb.gcTimerLeft());
    }

    @Test
    void restrictedGroupForwardingBitsAreRefused() {
        KernelException e = assertThrows(KernelException.class,
                () -> BrNetlink.changeLink(br, new BridgeOpts(null, null, null, null, null, null, 1, null)));
        assertEquals(Errno.EINVAL, e.errno);
    }

    static BridgeOpts more(String k, long v) {
        BridgeOpts o = new BridgeOpts(null, null, null, null, null, null, null, null);
        o.more().put(k, v);
        return o;
    }

    @Test
    void theOtherOptionsAreCheckedAndKeptAsTheKernelKeepsThem() throws KernelException {
        BrNetlink.changeLink(br, more("mcast_snooping", 2));
        assertTrue(br.knobs.mcastSnooping);
        BrNetlink.changeLink(br, more("mcast_last_member_interval", 201));
        assertEquals(200L, info().knobs().get("mcast_last_member_intvl"));
        assertEquals(3124L, info().knobs().get("mcast_startup_query_intvl"));
        for (String[] bad : new String[][] {{"mcast_igmp_version", "4"}, {"mcast_router", "4"},
                {"group_address", Long.toString(0x0180_c200_0001L)}, {"group_address", Long.toString(0x0180_c200_0010L)},
                {"mcast_vlan_snooping", "1"}}) {
            KernelException e = assertThrows(KernelException.class, () -> BrNetlink.changeLink(br, more(bad[0], Long.parseLong(bad[1]))));
            assertEquals(Errno.EINVAL, e.errno, bad[0]);
        }
        BrNetlink.changeLink(br, more("group_address", 0x0180_c200_000eL));
        assertEquals(0x0180_c200_000eL, info().groupAddr());
    }

    @Test
    void aNewBridgesOwnAddressIsALocalEntry() {
        FdbEntry e = br.fdb.find(br.addr);
        assertTrue(e != null && e.local && e.dst == null);
    }
}
