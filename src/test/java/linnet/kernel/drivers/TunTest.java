package linnet.kernel.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.rtnl.TunFd;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.sim.EventLoop;
import org.junit.jupiter.api.Test;

/** The tun/tap driver on its own: carrier follows the attached file, drops without a reader, netns moves. */
class TunTest {
    private final Lab lab = new Lab(7, Lab.Profile.BARE);
    private final ScriptRunner sh = new ScriptRunner(lab);
    private final Kernel kernel = lab.main.host.kernel();
    private final Net root = kernel.initNet();

    private String run(String line, int expectRc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = sh.runLine(line, p, p);
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(expectRc, rc, line + "\n" + out);
        return out;
    }

    private Tun dev(Net net, String name) {
        NetDevice d = net.byName(name);
        assertNotNull(d, name);
        return (Tun) d;
    }

    @Test
    void carrierIsOnOnlyWhileAFileIsAttached() throws KernelException {
        run("ip tuntap add dev tun0 mode tun", 0);
        run("ip link set tun0 up", 0);
        Tun t = dev(root, "tun0");
        assertFalse(t.carrierOk());
        assertEquals(Iff.Oper.DOWN, t.operstate());
        assertTrue(t.persistent());

        TunFd fd = TunFd.open(kernel, root);
        assertEquals("tun0", fd.setIff("tun0", TunFd.IFF_TUN | TunFd.IFF_NO_PI));
        assertTrue(t.carrierOk());
        assertEquals(Iff.Oper.UP, t.operstate());
        assertTrue((t.reportedFlags() & Iff.LOWER_UP) != 0);

        fd.close();
        assertFalse(t.carrierOk());
        assertSame(t, root.byName("tun0"), "a persistent device survives its program");
        assertEquals(Iff.Oper.DOWN, t.operstate());
    }

    @Test
    void aNonPersistentDeviceGoesWithItsLastFile() throws KernelException {
        TunFd fd = TunFd.open(kernel, root);
        assertEquals("tap0", fd.setIff("", TunFd.IFF_TAP | TunFd.IFF_NO_PI));
        Tun t = dev(root, "tap0");
        assertTrue(t.carrierOk());
        t.open();
        assertEquals(Iff.Oper.UNKNOWN, t.operstate(), "linkwatch never ran: the carrier never changed");
        assertEquals(6, t.addrLen);
        assertEquals(Iff.ARPHRD_ETHER, t.type);
        fd.close();
        assertNull(root.byName("tap0"));
        assertFalse(t.registered());
    }

    @Test
    void tunsetiffErrors() throws KernelException {
        run("ip tuntap add dev tap0 mode tap", 0);
        TunFd a = TunFd.open(kernel, root);
        KernelException e = assertThrows(KernelException.class, () -> a.setIff("tap0", TunFd.IFF_TUN | TunFd.IFF_NO_PI));
        assertEquals(Errno.EINVAL, e.errno, "type mismatch");
        e = assertThrows(KernelException.class,
                () -> a.setIff("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI | TunFd.IFF_TUN_EXCL));
        assertEquals(Errno.EBUSY, e.errno, "exclusive create of an existing name");
        a.setIff("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI);
        TunFd b = TunFd.open(kernel, root);
        e = assertThrows(KernelException.class, () -> b.setIff("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI));
        assertEquals(Errno.EBUSY, e.errno, "a single-queue device holds one file");
        e = assertThrows(KernelException.class, () -> a.setIff("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI));
        assertEquals(Errno.EEXIST, e.errno, "the file is already attached");
        e = assertThrows(KernelException.class, b::read);
        assertEquals(Errno.EBADFD, e.errno, "I/O on an unattached file");
        a.close();
        b.close();
        assertNotNull(root.byName("tap0"));
    }

    @Test
    void packetsWithoutAReaderAreTxDroppedAndAReaderGetsThem() throws KernelException {
        run("ip tuntap add dev tun0 mode tun", 0);
        run("ip addr add 10.0.9.1/24 dev tun0", 0);
        run("ip link set tun0 up", 0);
        Tun t = dev(root, "tun0");
        run("ping -c 2 -i 0.2 -W 1 10.0.9.2", 1);
        assertEquals(2, t.stats.txDropped);
        assertEquals(0, t.stats.txPackets);

        TunFd fd = TunFd.open(kernel, root);
        fd.setIff("tun0", TunFd.IFF_TUN | TunFd.IFF_NO_PI);
        run("ping -c 3 -i 0.2 -W 1 10.0.9.2", 1);
        int echoes = 0;
        byte[] p;
        while ((p = fd.read()) != null) {
            if ((p[0] & 0xf0) == 0x40 && p[9] == 1 && p[20] == 8) echoes++; // IPv4, ICMP, echo request
        }
        assertEquals(3, echoes);
        assertEquals(2, t.stats.txDropped, "nothing more was dropped");
        assertTrue(t.stats.txPackets >= 3, "tx is counted when the program reads");
        fd.close();
    }

    @Test
    void aFullRingDropsAtTxQueueLen() throws KernelException {
        run("ip tuntap add dev tun0 mode tun", 0);
        run("ip addr add 10.0.9.1/24 dev tun0", 0);
        run("ip link set tun0 up", 0);
        Tun t = dev(root, "tun0");
        t.txQueueLen = 2;
        TunFd fd = TunFd.open(kernel, root);
        fd.setIff("tun0", TunFd.IFF_TUN | TunFd.IFF_NO_PI);
        run("ping -c 5 -i 0.2 -W 1 10.0.9.2", 1);
        assertEquals(3, t.stats.txDropped);
        fd.close();
    }

    @Test
    void movingToAnotherNamespaceResetsTheDeviceAndKeepsTheProgram() throws KernelException {
        run("ip netns add ns0", 0);
        run("ip tuntap add dev tap0 mode tap", 0);
        run("ip addr add 10.11.0.1/24 dev tap0", 0);
        run("ip link set tap0 up", 0);
        Tun t = dev(root, "tap0");
        TunFd fd = TunFd.open(kernel, root);
        fd.setIff("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI);
        assertEquals("pfifo_fast", t.qdisc.kind);
        long mac = t.addr;

        run("ip link set tap0 netns ns0", 0);
        Net ns0 = lab.main.host.netns().get("ns0");
        assertNull(root.byName("tap0"));
        assertSame(t, ns0.byName("tap0"));
        assertFalse(t.isUp());
        assertEquals("noop", t.qdisc.kind);
        assertTrue(InDevice.of(t) == null || InDevice.of(t).addrs.isEmpty(), "addresses are gone");
        assertEquals(mac, t.addr, "the MAC stays");
        assertTrue(t.carrierOk(), "the program still holds the queue");
        assertTrue(t.persistent());
        assertEquals("tap0: tap persist\n", run("ip netns exec ns0 ip tuntap show", 0));
        assertEquals("", run("ip tuntap show", 0));

        fd.close();
        assertFalse(t.carrierOk());
        assertSame(t, ns0.byName("tap0"));
    }

    @Test
    void deletingTheDeviceDetachesTheProgram() throws KernelException {
        run("ip tuntap add dev tun0 mode tun", 0);
        TunFd fd = TunFd.open(kernel, root);
        fd.setIff("tun0", TunFd.IFF_TUN);
        boolean[] woken = {false};
        fd.setOnReadable(() -> woken[0] = true);
        run("ip link del tun0", 0);
        lab.loop.advance(EventLoop.NS_PER_MS);
        assertTrue(woken[0], "the reader is woken to find the device gone");
        KernelException e = assertThrows(KernelException.class, fd::read);
        assertEquals(Errno.EBADFD, e.errno);
        fd.close();
    }

    @Test
    void showPrintsTheFlagsIproute2Prints() {
        run("ip tuntap add dev tun0 mode tun pi one_queue vnet_hdr user 1000 group 100", 0);
        run("ip tap add tap7 mode tap multi_queue", 0);
        assertEquals("0x6801\n", run("cat /sys/class/net/tun0/tun_flags", 0)); // TUN|PERSIST|ONE_QUEUE|VNET_HDR
        assertEquals("tun0: tun pi one_queue vnet_hdr persist filter user 1000 group 100\n"
                + "tap7: tap multi_queue persist\n", run("ip tuntap show", 0)); // as the oracle prints it
        assertTrue(run("ip -d link show tun0", 0).contains("\n    tun type tun pi on vnet_hdr on persist on user cloudsdk group users addrgenmode "));
        assertEquals("You failed to specify a tunnel mode\n", run("ip tuntap add dev tun1", 1));
        assertEquals("You managed to ask for more than one tunnel mode.\n", run("ip tuntap add mode tun mode tap", 255));
        assertEquals("Error: either \"name\" is duplicate, or \"x\" is a garbage.\n",
                run("ip tuntap add tun5 x mode tun", 255));
    }
}
