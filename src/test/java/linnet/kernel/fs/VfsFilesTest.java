package linnet.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.lab.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The machine's writable tree behind Vfs: the system calls' effects and errnos. */
class VfsFilesTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final Net net = lab.main.host.kernel().initNet();
    final Vfs vfs = lab.main.host.vfs();

    static void fails(Errno e, Executable op) {
        assertEquals(e, assertThrows(KernelException.class, op).errno);
    }

    @Test
    void debianLayout() throws KernelException {
        for (String d : List.of("/", "/usr/bin", "/etc", "/tmp", "/root", "/home", "/var", "/run", "/dev", "/proc"))
            assertTrue(vfs.isDirectory(net, d), d);
        assertEquals(01777, vfs.stat(net, "/tmp").mode());
        assertEquals(0700, vfs.stat(net, "/root").mode());
        assertEquals(FileType.SYMLINK, vfs.lstat(net, "/bin").type());
        assertEquals("usr/bin", vfs.lstat(net, "/bin").linkTarget());
        assertTrue(vfs.isDirectory(net, "/bin"));
        assertTrue(vfs.read(net, "/etc/iproute2/rt_tables").contains("254\tmain\n"));
        assertTrue(vfs.read(net, "/etc/protocols").contains("icmp\t1\tICMP"));
        assertEquals("127.0.0.1\tlocalhost\n", vfs.read(net, "/etc/hosts").lines().findFirst().get() + "\n");
        assertTrue(vfs.list(net, "/").containsAll(List.of("bin", "etc", "proc", "sys", "tmp")));
        assertTrue(vfs.list(net, "/sys/class").contains("net"));
    }

    @Test
    void writeCreatesTruncatesAndAppends() throws KernelException {
        vfs.write(net, "/tmp/a", "one\n");
        assertEquals("one\n", vfs.read(net, "/tmp/a"));
        vfs.append(net, "/tmp/a", "two\n");
        assertEquals("one\ntwo\n", vfs.read(net, "/tmp/a"));
        vfs.write(net, "/tmp/a", "three\n");
        assertEquals("three\n", vfs.read(net, "/tmp/a"));
        vfs.append(net, "/tmp/new", "x");
        assertEquals("x", vfs.read(net, "/tmp/new"));
        Stat s = vfs.stat(net, "/tmp/a");
        assertEquals(FileType.REGULAR, s.type());
        assertEquals(6, s.size());
        assertEquals(0644, s.mode());
        assertEquals(8, s.blocks());
    }

    @Test
    void openForWriteCreatesAndTruncatesOnlyWhenAsked() throws KernelException {
        assertNull(vfs.openForWriteError(net, "/tmp/f"));
        assertFalse(vfs.exists(net, "/tmp/f"));
        vfs.openForWrite(net, "/tmp/f");
        assertEquals("", vfs.read(net, "/tmp/f"));
        vfs.write(net, "/tmp/f", "data");
        vfs.openForWrite(net, "/tmp/f");
        assertEquals("data", vfs.read(net, "/tmp/f"));
        vfs.openForWrite(net, "/tmp/f", true);
        assertEquals("", vfs.read(net, "/tmp/f"));
    }

    @Test
    void openErrors() throws KernelException {
        vfs.write(net, "/tmp/file", "x");
        assertEquals(Errno.ENOENT, vfs.openForWriteError(net, "/tmp/nodir/f"));
        assertEquals(Errno.EISDIR, vfs.openForWriteError(net, "/tmp"));
        assertEquals(Errno.EISDIR, vfs.openForWriteError(net, "/tmp/new/"));
        assertEquals(Errno.ENOTDIR, vfs.openForWriteError(net, "/tmp/file/x"));
        fails(Errno.ENOENT, () -> vfs.write(net, "/tmp/nodir/f", "x"));
        fails(Errno.EISDIR, () -> vfs.write(net, "/tmp", "x"));
        fails(Errno.ENOTDIR, () -> vfs.write(net, "/tmp/file/x", "x"));
        fails(Errno.ENOENT, () -> vfs.read(net, "/tmp/nope"));
        fails(Errno.EISDIR, () -> vfs.read(net, "/etc"));
        fails(Errno.ENOTDIR, () -> vfs.read(net, "/tmp/file/"));
        fails(Errno.ENOTDIR, () -> vfs.list(net, "/tmp/file"));
    }

    @Test
    void devNullReadsEmptyAndSwallowsWrites() throws KernelException {
        vfs.write(net, "/dev/null", "gone");
        vfs.append(net, "/dev/null", "gone");
        assertEquals("", vfs.read(net, "/dev/null"));
        Stat s = vfs.stat(net, "/dev/null");
        assertEquals(FileType.CHAR_DEVICE, s.type());
        assertEquals(0666, s.mode());
        assertEquals(1, s.rdevMajor());
        assertEquals(3, s.rdevMinor());
    }

    @Test
    void directories() throws KernelException {
        vfs.mkdir(net, "/tmp/d");
        fails(Errno.EEXIST, () -> vfs.mkdir(net, "/tmp/d"));
        fails(Errno.ENOENT, () -> vfs.mkdir(net, "/tmp/x/y"));
        vfs.write(net, "/tmp/d/f", "x");
        fails(Errno.ENOTDIR, () -> vfs.mkdir(net, "/tmp/d/f/g"));
        fails(Errno.ENOTEMPTY, () -> vfs.rmdir(net, "/tmp/d"));
        fails(Errno.ENOTDIR, () -> vfs.rmdir(net, "/tmp/d/f"));
        fails(Errno.EISDIR, () -> vfs.unlink(net, "/tmp/d"));
        fails(Errno.EINVAL, () -> vfs.rmdir(net, "/tmp/d/."));
        fails(Errno.EBUSY, () -> vfs.rmdir(net, "/"));
        assertEquals(List.of("f"), vfs.list(net, "/tmp/d"));
        assertEquals(2, vfs.stat(net, "/tmp/d").nlink());
        vfs.mkdir(net, "/tmp/d/sub");
        assertEquals(3, vfs.stat(net, "/tmp/d").nlink());
        assertEquals(4096, vfs.stat(net, "/tmp/d").size());
        vfs.unlink(net, "/tmp/d/f");
        vfs.rmdir(net, "/tmp/d/sub");
        vfs.rmdir(net, "/tmp/d");
        assertFalse(vfs.exists(net, "/tmp/d"));
        fails(Errno.ENOENT, () -> vfs.unlink(net, "/tmp/d"));
        fails(Errno.ENOENT, () -> vfs.rmdir(net, "/tmp/d"));
    }

    @Test
    void renameAsRename2() throws KernelException {
        vfs.write(net, "/tmp/a", "A");
        vfs.write(net, "/tmp/b", "B");
        vfs.rename(net, "/tmp/a", "/tmp/b");
        assertEquals("A", vfs.read(net, "/tmp/b"));
        assertFalse(vfs.exists(net, "/tmp/a"));
        vfs.mkdir(net, "/tmp/d");
        vfs.mkdir(net, "/tmp/e");
        vfs.write(net, "/tmp/e/x", "");
        fails(Errno.EISDIR, () -> vfs.rename(net, "/tmp/b", "/tmp/d"));
        fails(Errno.ENOTDIR, () -> vfs.rename(net, "/tmp/d", "/tmp/b"));
        fails(Errno.ENOTEMPTY, () -> vfs.rename(net, "/tmp/d", "/tmp/e"));
        fails(Errno.EINVAL, () -> vfs.rename(net, "/tmp/e", "/tmp/e/inside"));
        fails(Errno.ENOENT, () -> vfs.rename(net, "/tmp/nope", "/tmp/z"));
        fails(Errno.ENOENT, () -> vfs.rename(net, "/tmp/b", "/tmp/nodir/z"));
        vfs.rename(net, "/tmp/e", "/tmp/d");
        assertEquals(List.of("x"), vfs.list(net, "/tmp/d"));
        vfs.rename(net, "/tmp/b", "/tmp/b");
        assertEquals("A", vfs.read(net, "/tmp/b"));
    }

    @Test
    void mtimeIsTheVirtualRealtimeClock() throws KernelException {
        vfs.write(net, "/tmp/t", "x");
        long t0 = vfs.stat(net, "/tmp/t").mtimeNs();
        assertEquals(linnet.kernel.core.Realtime.ns(lab.loop.now()), t0);
        lab.loop.advance(5_000_000_000L);
        vfs.touch(net, "/tmp/t");
        assertEquals(t0 + 5_000_000_000L, vfs.stat(net, "/tmp/t").mtimeNs());
        assertEquals("x", vfs.read(net, "/tmp/t"));
        vfs.touch(net, "/tmp/u");
        assertEquals("", vfs.read(net, "/tmp/u"));
    }

    @Test
    void symlinksAreFollowed() throws KernelException {
        vfs.write(net, "/bin/tool", "x");
        assertEquals("x", vfs.read(net, "/usr/bin/tool"));
        assertTrue(vfs.list(net, "/var/run").contains("netns"));
        assertEquals(List.of(), vfs.list(net, "/var/run/netns"));
    }

    @Test
    void kernelFilesKeepTheirSemantics() throws KernelException {
        vfs.append(net, "/proc/sys/net/ipv4/ip_forward", "1\n");
        assertEquals("1\n", vfs.read(net, "/proc/sys/net/ipv4/ip_forward"));
        vfs.append(net, "/proc/sys/net/ipv4/ip_forward", "0\n");
        assertEquals("0\n", vfs.read(net, "/proc/sys/net/ipv4/ip_forward"));
        assertEquals(0644, vfs.stat(net, "/proc/sys/net/ipv4/ip_forward").mode());
        assertTrue(vfs.stat(net, "/proc/sys/net/ipv4").isDirectory());
        Stat lo = vfs.lstat(net, "/sys/class/net/lo");
        assertEquals(FileType.SYMLINK, lo.type());
        assertEquals("../../devices/virtual/net/lo", lo.linkTarget());
        assertTrue(vfs.stat(net, "/sys/class/net/lo").isDirectory());
        assertEquals(0444, vfs.stat(net, "/sys/class/net/lo/ifindex").mode());
        assertEquals(0644, vfs.stat(net, "/sys/class/net/lo/mtu").mode());
        assertEquals(4096, vfs.stat(net, "/sys/class/net/lo/mtu").size());
        fails(Errno.ENOENT, () -> vfs.stat(net, "/sys/class/net/nosuch"));
        // the sysctl directories are read-only even for root: unlink fails the permission check
        fails(Errno.EACCES, () -> vfs.unlink(net, "/proc/sys/net/ipv4/ip_forward"));
        fails(Errno.EEXIST, () -> vfs.mkdir(net, "/proc/sys/net"));
        assertTrue(vfs.list(net, "/proc/net").contains("dev"));
    }

    @Test
    void oneTreePerMachineNotPerNamespace() throws KernelException {
        Net other = lab.main.host.netns().add("ns1");
        vfs.write(net, "/tmp/shared", "x");
        assertEquals("x", vfs.read(other, "/tmp/shared"));
    }

    @Test
    void linksModesAndTimes() throws KernelException {
        vfs.write(net, "/tmp/a", "x");
        vfs.link(net, "/tmp/a", "/tmp/h");
        assertEquals(2, vfs.stat(net, "/tmp/a").nlink());
        assertEquals(vfs.stat(net, "/tmp/a").ino(), vfs.stat(net, "/tmp/h").ino());
        vfs.unlink(net, "/tmp/h");
        assertEquals(1, vfs.stat(net, "/tmp/a").nlink());
        fails(Errno.EPERM, () -> vfs.link(net, "/tmp", "/tmp/d"));
        vfs.symlink(net, "a", "/tmp/l");
        fails(Errno.EEXIST, () -> vfs.symlink(net, "b", "/tmp/l/"));
        fails(Errno.ENOENT, () -> vfs.symlink(net, "", "/tmp/e"));
        vfs.chmod(net, "/tmp/l", 0750);
        assertEquals(0750, vfs.stat(net, "/tmp/a").mode());
        assertEquals(0777, vfs.lstat(net, "/tmp/l").mode());
        vfs.utimens(net, "/tmp/a", 5_000_000_000L, true);
        assertEquals(5_000_000_000L, vfs.stat(net, "/tmp/a").mtimeNs());
        vfs.mkdir(net, "/tmp/m", 0700);
        assertEquals(0700, vfs.stat(net, "/tmp/m").mode());
    }

    @Test
    void procAndSysRefuseNewNamesAsLinuxDoes() throws KernelException {
        fails(Errno.ENOENT, () -> vfs.mkdir(net, "/proc/foo"));
        fails(Errno.EPERM, () -> vfs.mkdir(net, "/sys/foo"));
        fails(Errno.EPERM, () -> vfs.mkdir(net, "/sys/class/net/foo"));
        fails(Errno.EEXIST, () -> vfs.mkdir(net, "/sys/class/net/lo"));
        fails(Errno.EACCES, () -> vfs.touch(net, "/sys/class/net/lo/nosuch"));
        fails(Errno.ENOENT, () -> vfs.touch(net, "/proc/sys/net/ipv4/nosuch"));
        fails(Errno.EPERM, () -> vfs.symlink(net, "/x", "/sys/class/net/lo/foo"));
        fails(Errno.ENOTDIR, () -> vfs.rmdir(net, "/sys/class/net/lo"));
        fails(Errno.EACCES, () -> vfs.rmdir(net, "/proc/sys/net/ipv4"));
        fails(Errno.EPERM, () -> vfs.chmod(net, "/proc/sys/net/ipv4/ip_forward", 0600));
        vfs.chmod(net, "/sys/class/net/lo/mtu", 0600);
        assertEquals(0600, vfs.stat(net, "/sys/class/net/lo/mtu").mode());
        assertEquals(FileType.SYMLINK, vfs.lstat(net, "/var/run").type());
        assertEquals(FileType.SYMLINK, vfs.lstat(net, "/sys/class/net/lo/subsystem/lo").type());
        assertEquals(1, vfs.stat(net, "/proc/sys/net").nlink());
    }

    @Test
    void sysfsPowerDirectory() throws KernelException {
        assertEquals(List.of("autosuspend_delay_ms", "control", "runtime_active_time", "runtime_status",
                "runtime_suspended_time"), vfs.list(net, "/sys/class/net/lo/power"));
        assertEquals("unsupported\n", vfs.read(net, "/sys/class/net/lo/power/runtime_status"));
        assertEquals(0444, vfs.stat(net, "/sys/class/net/lo/power/runtime_status").mode());
        assertEquals(0644, vfs.stat(net, "/sys/class/net/lo/power/control").mode());
        fails(Errno.EIO, () -> vfs.read(net, "/sys/class/net/lo/power/autosuspend_delay_ms"));
        vfs.write(net, "/sys/class/net/lo/power/control", "on\n");
        assertEquals("on\n", vfs.read(net, "/sys/class/net/lo/power/control"));
        fails(Errno.EINVAL, () -> vfs.write(net, "/sys/class/net/lo/power/control", "off\n"));
        assertEquals(5, vfs.stat(net, "/sys/class/net/lo").nlink());
    }
}
