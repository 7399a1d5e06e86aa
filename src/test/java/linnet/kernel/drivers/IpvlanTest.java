package linnet.kernel.drivers;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** drivers/net/ipvlan: the port's checks, mode and flags, delivery by IP address, the master's MAC. */
class IpvlanTest {
    private final Lab lab = new Lab(9, Lab.Profile.BARE);
    private final Kernel kernel = lab.main.host.kernel();
    private final Net net = kernel.initNet();

    private String run(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        ScriptRunner sh = new ScriptRunner(lab);
        for (String l : lines) sh.runLine(l, p, p);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void newlinkChecksAndThePortsModeAndFlags() throws Exception {
        TestNic eth0 = new TestNic(kernel, "eth0", 0x02_00_00_00_00_01L);
        kernel.registerNetdevice(net, eth0);
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class,
                () -> Ipvlan.newlink(kernel, net, "i", null, null, null)).errno);
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class,
                () -> Ipvlan.newlink(kernel, net, "i", net.byName("lo"), null, null)).errno);
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class,
                () -> Ipvlan.validate(new Ipvlan.Opts(null, Ipvlan.F_PRIVATE | Ipvlan.F_VEPA))).errno);
        Ipvlan a = Ipvlan.newlink(kernel, net, "ia", eth0, null, null);
        assertEquals(eth0.addr, a.addr, "the master's MAC");
        assertTrue((a.flags() & Iff.NOARP) != 0, "l3 by default: NOARP");
        assertEquals(1, a.devId);
        Ipvlan b = Ipvlan.newlink(kernel, net, "ib", a, null, new Ipvlan.Opts(Ipvlan.MODE_L2, 0));
        assertEquals(eth0, b.phyDev(), "an ipvlan on an ipvlan sits on its master");
        assertEquals(2, b.devId);
        assertFalse((a.flags() & Iff.NOARP) != 0, "the mode is the port's: l2 for both");
        assertEquals(0L, a.linkInfoData().get("IFLA_IPVLAN_MODE"));
        // a macvlan cannot share the master
        assertEquals(Errno.EBUSY, assertThrows(KernelException.class,
                () -> Macvlan.newlink(kernel, net, "m", eth0, null, null, new Macvlan.Opts(null, null, null, null, null))).errno);
        kernel.unregisterNetdevice(eth0);
        assertFalse(a.registered());
        assertFalse(b.registered());
    }

    @Test
    void l2SiblingsByAddressAndAnAddressOnlyOnce() {
        String out = run("ip netns add n1", "ip netns add n2", "ip link add eth0 type veth peer name p0", "ip link set eth0 up", "ip link set p0 up",
                "ip link add i1 link eth0 type ipvlan mode l2", "ip link add i2 link eth0 type ipvlan mode l2",
                "ip link set i1 netns n1", "ip link set i2 netns n2",
                "ip -n n1 addr add 10.9.0.1/24 dev i1", "ip -n n2 addr add 10.9.0.2/24 dev i2",
                "ip -n n1 link set i1 up", "ip -n n2 link set i2 up",
                "ip -n n2 addr add 10.9.0.1/24 dev i2",
                "ip netns exec n1 ping -c 1 10.9.0.2",
                "ip -n n1 link set i1 type ipvlan mode l2 private",
                "ip netns exec n1 ping -c 1 -W 1 10.9.0.2");
        assertTrue(out.contains("Error: Address already assigned to an ipvlan device."), out);
        assertTrue(out.contains("1 packets transmitted, 1 received"), out);
        assertTrue(out.contains("1 packets transmitted, 0 received"), "private: siblings never meet\n" + out);
    }
}
