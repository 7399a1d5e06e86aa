package linnet.kernel.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.lab.Machine;
import linnet.sim.EventLoop;
import linnet.sim.Rng;
import org.junit.jupiter.api.Test;

/** br_dev_newlink with IFLA_ADDRESS (recorded on the oracle as 325). */
class BridgeCreateAttrsTest {
    @Test
    void aGivenAddressIsTheBridgeIdAndTakesThePortlessCarrier() throws KernelException {
        EventLoop loop = new EventLoop();
        Kernel kernel = new Machine(loop, new Rng(1)).kernel;
        Net net = kernel.initNet();
        Bridge fixed = BrNetlink.newLink(kernel, net, "br0", BridgeOpts.NONE, true, 1400, 0x02_00_00_00_0b_01L, 500);
        Bridge random = BrNetlink.newLink(kernel, net, "br1", BridgeOpts.NONE, true);
        assertEquals(0x02_00_00_00_0b_01L, fixed.addr);
        assertEquals(NetDevice.NET_ADDR_SET, fixed.addrAssignType);
        assertEquals(1400, fixed.mtu);
        assertEquals(500, fixed.txQueueLen);
        fixed.open();
        random.open();
        loop.runPending();
        assertFalse(fixed.carrierOk());
        assertTrue(random.carrierOk());
    }
}
