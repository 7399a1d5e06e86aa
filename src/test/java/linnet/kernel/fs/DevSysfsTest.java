package linnet.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.rtnl.LinkAttrs;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/** The writable /sys/class/net files: netdev_store's parse, the changes, the open errors. */
class DevSysfsTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final Net net = lab.main.host.kernel().initNet();

    NetDevice veth() throws KernelException {
        lab.main.host.rtnl().newVeth(net, "veth0", new LinkAttrs(null, null, null), net, "veth1",
                new LinkAttrs(null, null, null));
        return net.byName("veth0");
    }

    @Test
    void kstrtoulTakesBaseZeroAndOneNewline() throws KernelException {
        assertEquals(1280, DevSysfs.kstrtoul("0x500\n"));
        assertEquals(8, DevSysfs.kstrtoul("010"));
        assertEquals(1500, DevSysfs.kstrtoul("1500\n"));
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class, () -> DevSysfs.kstrtoul(" 1300\n")).errno);
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class, () -> DevSysfs.kstrtoul("-1\n")).errno);
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class, () -> DevSysfs.kstrtoul("\n")).errno);
        assertEquals(Errno.ERANGE,
                assertThrows(KernelException.class, () -> DevSysfs.kstrtoul("99999999999999999999999\n")).errno);
    }

    @Test
    void writesChangeTheDevice() throws KernelException {
        NetDevice d = veth();
        Vfs vfs = lab.main.host.vfs();
        vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/mtu", "1400\n");
        assertEquals(1400, d.mtu);
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class,
                () -> vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/mtu", "67\n")).errno);
        vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/tx_queue_len", "4294967295\n");
        assertEquals(-1, d.txQueueLen);
        assertEquals(Errno.ERANGE, assertThrows(KernelException.class,
                () -> vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/tx_queue_len", "4294967296\n")).errno);
        vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/ifalias", "web uplink\n");
        assertEquals("web uplink", d.ifalias);
        assertEquals("web uplink\n", vfs.read(Nsproxy.of(net), "/sys/class/net/veth0/ifalias"));
        vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/ifalias", "\n");
        assertNull(d.ifalias);
        vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/flags", "0x1003\n");
        assertEquals(true, d.isUp());
        assertEquals(Errno.EOPNOTSUPP, assertThrows(KernelException.class,
                () -> vfs.write(Nsproxy.of(net), "/sys/class/net/veth0/carrier", "1\n")).errno);
    }

    @Test
    void openErrorsAreTheShellsToReport() throws KernelException {
        veth();
        Vfs vfs = lab.main.host.vfs();
        assertNull(vfs.openForWriteError(Nsproxy.of(net), "/sys/class/net/veth0/mtu"));
        assertEquals(Errno.EACCES, vfs.openForWriteError(Nsproxy.of(net), "/sys/class/net/veth0/ifindex"));
        assertEquals(Errno.EACCES, vfs.openForWriteError(Nsproxy.of(net), "/sys/class/net/veth0/nosuch"));
        assertEquals(Errno.EACCES, vfs.openForWriteError(Nsproxy.of(net), "/sys/class/net/veth0/statistics/rx_packets"));
        assertEquals(Errno.ENOENT, vfs.openForWriteError(Nsproxy.of(net), "/sys/class/net/veth9/mtu"));
    }

    @Test
    void sysfsShowsItsMountersNamespaceProcfsTheProcesss() throws KernelException {
        veth();
        Net other = lab.main.host.kernel().newNet(linnet.kernel.drivers.Loopback::new);
        Vfs vfs = lab.main.host.vfs();
        // nsenter --net: the process is in `other`, its mount namespace still has the boot's sysfs
        Nsproxy entered = new Nsproxy(other, Mounts.NONE);
        assertEquals(java.util.List.of("lo", "veth0", "veth1"), vfs.list(entered, "/sys/class/net"));
        assertEquals("1500\n", vfs.read(entered, "/sys/devices/virtual/net/veth0/mtu"));
        assertEquals(java.util.List.of("all", "default", "lo"), vfs.list(entered, "/proc/sys/net/ipv4/conf"));
        // ip netns exec mounts a sysfs of its own
        Nsproxy exec = new Nsproxy(other, Mounts.NONE.mountSysfs(other));
        assertEquals(java.util.List.of("lo"), vfs.list(exec, "/sys/class/net"));
        assertEquals(Errno.ENOENT, assertThrows(KernelException.class, () -> vfs.read(exec, "/sys/class/net/veth0/mtu")).errno);
        // a bind made afterwards keeps the mounted sysfs
        assertEquals(other, exec.mnt().bind("/etc/netns/x/hosts", "/etc/hosts").sysfs());
    }
}
