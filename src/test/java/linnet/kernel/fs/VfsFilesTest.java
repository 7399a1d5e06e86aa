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
            assertTrue(vfs.isDirectory(Nsproxy.of(net), d), d);
        assertEquals(01777, vfs.stat(Nsproxy.of(net), "/tmp").mode());
        assertEquals(0700, vfs.stat(Nsproxy.of(net), "/root").mode());
        assertEquals(FileType.SYMLINK, vfs.lstat(Nsproxy.of(net), "/bin").type());
        assertEquals("usr/bin", vfs.lstat(Nsproxy.of(net), "/bin").linkTarget());
        assertTrue(vfs.isDirectory(Nsproxy.of(net), "/bin"));
        assertTrue(vfs.read(Nsproxy.of(net), "/etc/iproute2/rt_tables").contains("254\tmain\n"));
        assertTrue(vfs.read(Nsproxy.of(net), "/etc/protocols").contains("icmp\t1\tICMP"));
        assertEquals("127.0.0.1\tlocalhost\n", vfs.read(Nsproxy.of(net), "/etc/hosts").lines().findFirst().get() + "\n");
        assertTrue(vfs.list(Nsproxy.of(net), "/").containsAll(List.of("bin", "etc", "proc", "sys", "tmp")));
        assertTrue(vfs.list(Nsproxy.of(net), "/sys/class").contains("net"));
    }

    @Test
    void writeCreatesTruncatesAndAppends() throws KernelException {
        vfs.write(Nsproxy.of(net), "/tmp/a", "one\n");
        assertEquals("one\n", vfs.read(Nsproxy.of(net), "/tmp/a"));
        vfs.append(Nsproxy.of(net), "/tmp/a", "two\n");
        assertEquals("one\ntwo\n", vfs.read(Nsproxy.of(net), "/tmp/a"));
        vfs.write(Nsproxy.of(net), "/tmp/a", "three\n");
        assertEquals("three\n", vfs.read(Nsproxy.of(net), "/tmp/a"));
        vfs.append(Nsproxy.of(net), "/tmp/new", "x");
        assertEquals("x", vfs.read(Nsproxy.of(net), "/tmp/new"));
        Stat s = vfs.stat(Nsproxy.of(net), "/tmp/a");
        assertEquals(FileType.REGULAR, s.type());
        assertEquals(6, s.size());
        assertEquals(0644, s.mode());
        assertEquals(8, s.blocks());
    }

    @Test
    void openForWriteCreatesAndTruncatesOnlyWhenAsked() throws KernelException {
        assertNull(vfs.openForWriteError(Nsproxy.of(net), "/tmp/f"));
        assertFalse(vfs.exists(Nsproxy.of(net), "/tmp/f"));
        vfs.openForWrite(Nsproxy.of(net), "/tmp/f");
        assertEquals("", vfs.read(Nsproxy.of(net), "/tmp/f"));
        vfs.write(Nsproxy.of(net), "/tmp/f", "data");
        vfs.openForWrite(Nsproxy.of(net), "/tmp/f");
        assertEquals("data", vfs.read(Nsproxy.of(net), "/tmp/f"));
        vfs.openForWrite(Nsproxy.of(net), "/tmp/f", true);
        assertEquals("", vfs.read(Nsproxy.of(net), "/tmp/f"));
    }

    @Test
    void openErrors() throws KernelException {
        vfs.write(Nsproxy.of(net), "/tmp/file", "x");
        assertEquals(Errno.ENOENT, vfs.openForWriteError(Nsproxy.of(net), "/tmp/nodir/f"));
        assertEquals(Errno.EISDIR, vfs.openForWriteError(Nsproxy.of(net), "/tmp"));
        assertEquals(Errno.EISDIR, vfs.openForWriteError(Nsproxy.of(net), "/tmp/new/"));
        assertEquals(Errno.ENOTDIR, vfs.openForWriteError(Nsproxy.of(net), "/tmp/file/x"));
        fails(Errno.ENOENT, () -> vfs.write(Nsproxy.of(net), "/tmp/nodir/f", "x"));
        fails(Errno.EISDIR, () -> vfs.write(Nsproxy.of(net), "/tmp", "x"));
        fails(Errno.ENOTDIR, () -> vfs.write(Nsproxy.of(net), "/tmp/file/x", "x"));
        fails(Errno.ENOENT, () -> vfs.read(Nsproxy.of(net), "/tmp/nope"));
        fails(Errno.EISDIR, () -> vfs.read(Nsproxy.of(net), "/etc"));
        fails(Errno.ENOTDIR, () -> vfs.read(Nsproxy.of(net), "/tmp/file/"));
        fails(Errno.ENOTDIR, () -> vfs.list(Nsproxy.of(net), "/tmp/file"));
    }

    @Test
    void devNullReadsEmptyAndSwallowsWrites() throws KernelException {
        vfs.write(Nsproxy.of(net), "/dev/null", "gone");
        vfs.append(Nsproxy.of(net), "/dev/null", "gone");
        assertEquals("", vfs.read(Nsproxy.of(net), "/dev/null"));
        Stat s = vfs.stat(Nsproxy.of(net), "/dev/null");
        assertEquals(FileType.CHAR_DEVICE, s.type());
        assertEquals(0666, s.mode());
        assertEquals(1, s.rdevMajor());
        assertEquals(3, s.rdevMinor());
    }

    @Test
    void directories() throws KernelException {
        vfs.mkdir(Nsproxy.of(net), "/tmp/d");
        fails(Errno.EEXIST, () -> vfs.mkdir(Nsproxy.of(net), "/tmp/d"));
        fails(Errno.ENOENT, () -> vfs.mkdir(Nsproxy.of(net), "/tmp/x/y"));
        vfs.write(Nsproxy.of(net), "/tmp/d/f", "x");
        fails(Errno.ENOTDIR, () -> vfs.mkdir(Nsproxy.of(net), "/tmp/d/f/g"));
        fails(Errno.ENOTEMPTY, () -> vfs.rmdir(Nsproxy.of(net), "/tmp/d"));
        fails(Errno.ENOTDIR, () -> vfs.rmdir(Nsproxy.of(net), "/tmp/d/f"));
        fails(Errno.EISDIR, () -> vfs.unlink(Nsproxy.of(net), "/tmp/d"));
        fails(Errno.EINVAL, () -> vfs.rmdir(Nsproxy.of(net), "/tmp/d/."));
        fails(Errno.EBUSY, () -> vfs.rmdir(Nsproxy.of(net), "/"));
        assertEquals(List.of("f"), vfs.list(Nsproxy.of(net), "/tmp/d"));
        assertEquals(2, vfs.stat(Nsproxy.of(net), "/tmp/d").nlink());
        vfs.mkdir(Nsproxy.of(net), "/tmp/d/sub");
        assertEquals(3, vfs.stat(Nsproxy.of(net), "/tmp/d").nlink());
        assertEquals(4096, vfs.stat(Nsproxy.of(net), "/tmp/d").size());
        vfs.unlink(Nsproxy.of(net), "/tmp/d/f");
        vfs.rmdir(Nsproxy.of(net), "/tmp/d/sub");
        vfs.rmdir(Nsproxy.of(net), "/tmp/d");
        assertFalse(vfs.exists(Nsproxy.of(net), "/tmp/d"));
        fails(Errno.ENOENT, () -> vfs.unlink(Nsproxy.of(net), "/tmp/d"));
        fails(Errno.ENOENT, () -> vfs.rmdir(Nsproxy.of(net), "/tmp/d"));
    }

    @Test
    void renameAsRename2() throws KernelException {
        vfs.write(Nsproxy.of(net), "/tmp/a", "A");
        vfs.write(Nsproxy.of(net), "/tmp/b", "B");
        vfs.rename(Nsproxy.of(net), "/tmp/a", "/tmp/b");
        assertEquals("A", vfs.read(Nsproxy.of(net), "/tmp/b"));
        assertFalse(vfs.exists(Nsproxy.of(net), "/tmp/a"));
        vfs.mkdir(Nsproxy.of(net), "/tmp/d");
        vfs.mkdir(Nsproxy.of(net), "/tmp/e");
        vfs.write(Nsproxy.of(net), "/tmp/e/x", "");
        fails(Errno.EISDIR, () -> vfs.rename(Nsproxy.of(net), "/tmp/b", "/tmp/d"));
        fails(Errno.ENOTDIR, () -> vfs.rename(Nsproxy.of(net), "/tmp/d", "/tmp/b"));
        fails(Errno.ENOTEMPTY, () -> vfs.rename(Nsproxy.of(net), "/tmp/d", "/tmp/e"));
        fails(Errno.EINVAL, () -> vfs.rename(Nsproxy.of(net), "/tmp/e", "/tmp/e/inside"));
        fails(Errno.ENOENT, () -> vfs.rename(Nsproxy.of(net), "/tmp/nope", "/tmp/z"));
        fails(Errno.ENOENT, () -> vfs.rename(Nsproxy.of(net), "/tmp/b", "/tmp/nodir/z"));
        vfs.rename(Nsproxy.of(net), "/tmp/e", "/tmp/d");
        assertEquals(List.of("x"), vfs.list(Nsproxy.of(net), "/tmp/d"));
        vfs.rename(Nsproxy.of(net), "/tmp/b", "/tmp/b");
        assertEquals("A", vfs.read(Nsproxy.of(net), "/tmp/b"));
    }

    @Test
    void mtimeIsTheVirtualRealtimeClock() throws KernelException {
        vfs.write(Nsproxy.of(net), "/tmp/t", "x");
        long t0 = vfs.stat(Nsproxy.of(net), "/tmp/t").mtimeNs();
        assertEquals(linnet.kernel.core.Realtime.ns(lab.loop.now()), t0);
        lab.loop.advance(5_000_000_000L);
        vfs.touch(Nsproxy.of(net), "/tmp/t");
        assertEquals(t0 + 5_000_000_000L, vfs.stat(Nsproxy.of(net), "/tmp/t").mtimeNs());
        assertEquals("x", vfs.read(Nsproxy.of(net), "/tmp/t"));
        vfs.touch(Nsproxy.of(net), "/tmp/u");
        assertEquals("", vfs.read(Nsproxy.of(net), "/tmp/u"));
    }

    @Test
    void symlinksAreFollowed() throws KernelException {
        vfs.write(Nsproxy.of(net), "/bin/tool", "x");
        assertEquals("x", vfs.read(Nsproxy.of(net), "/usr/bin/tool"));
        assertTrue(vfs.list(Nsproxy.of(net), "/var/run").contains("netns"));
        assertEquals(List.of(), vfs.list(Nsproxy.of(net), "/var/run/netns"));
    }

    @Test
    void kernelFilesKeepTheirSemantics() throws KernelException {
        vfs.append(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward", "1\n");
        assertEquals("1\n", vfs.read(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward"));
        vfs.append(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward", "0\n");
        assertEquals("0\n", vfs.read(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward"));
        assertEquals(0644, vfs.stat(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward").mode());
        assertTrue(vfs.stat(Nsproxy.of(net), "/proc/sys/net/ipv4").isDirectory());
        Stat lo = vfs.lstat(Nsproxy.of(net), "/sys/class/net/lo");
        assertEquals(FileType.SYMLINK, lo.type());
        assertEquals("../../devices/virtual/net/lo", lo.linkTarget());
        assertTrue(vfs.stat(Nsproxy.of(net), "/sys/class/net/lo").isDirectory());
        assertEquals(0444, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo/ifindex").mode());
        assertEquals(0644, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo/mtu").mode());
        assertEquals(4096, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo/mtu").size());
        fails(Errno.ENOENT, () -> vfs.stat(Nsproxy.of(net), "/sys/class/net/nosuch"));
        // the sysctl directories are read-only even for root: unlink fails the permission check
        fails(Errno.EACCES, () -> vfs.unlink(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward"));
        fails(Errno.EEXIST, () -> vfs.mkdir(Nsproxy.of(net), "/proc/sys/net"));
        assertTrue(vfs.list(Nsproxy.of(net), "/proc/net").contains("dev"));
    }

    @Test
    void oneTreePerMachineNotPerNamespace() throws KernelException {
        Net other = lab.main.host.netns().add("ns1");
        vfs.write(Nsproxy.of(net), "/tmp/shared", "x");
        assertEquals("x", vfs.read(Nsproxy.of(other), "/tmp/shared"));
    }

    @Test
    void linksModesAndTimes() throws KernelException {
        vfs.write(Nsproxy.of(net), "/tmp/a", "x");
        vfs.link(Nsproxy.of(net), "/tmp/a", "/tmp/h");
        assertEquals(2, vfs.stat(Nsproxy.of(net), "/tmp/a").nlink());
        assertEquals(vfs.stat(Nsproxy.of(net), "/tmp/a").ino(), vfs.stat(Nsproxy.of(net), "/tmp/h").ino());
        vfs.unlink(Nsproxy.of(net), "/tmp/h");
        assertEquals(1, vfs.stat(Nsproxy.of(net), "/tmp/a").nlink());
        fails(Errno.EPERM, () -> vfs.link(Nsproxy.of(net), "/tmp", "/tmp/d"));
        vfs.symlink(Nsproxy.of(net), "a", "/tmp/l");
        fails(Errno.EEXIST, () -> vfs.symlink(Nsproxy.of(net), "b", "/tmp/l/"));
        fails(Errno.ENOENT, () -> vfs.symlink(Nsproxy.of(net), "", "/tmp/e"));
        vfs.chmod(Nsproxy.of(net), "/tmp/l", 0750);
        assertEquals(0750, vfs.stat(Nsproxy.of(net), "/tmp/a").mode());
        assertEquals(0777, vfs.lstat(Nsproxy.of(net), "/tmp/l").mode());
        vfs.utimens(Nsproxy.of(net), "/tmp/a", 5_000_000_000L, true);
        assertEquals(5_000_000_000L, vfs.stat(Nsproxy.of(net), "/tmp/a").mtimeNs());
        vfs.mkdir(Nsproxy.of(net), "/tmp/m", 0700);
        assertEquals(0700, vfs.stat(Nsproxy.of(net), "/tmp/m").mode());
    }

    @Test
    void procAndSysRefuseNewNamesAsLinuxDoes() throws KernelException {
        fails(Errno.ENOENT, () -> vfs.mkdir(Nsproxy.of(net), "/proc/foo"));
        fails(Errno.EPERM, () -> vfs.mkdir(Nsproxy.of(net), "/sys/foo"));
        fails(Errno.EPERM, () -> vfs.mkdir(Nsproxy.of(net), "/sys/class/net/foo"));
        fails(Errno.EEXIST, () -> vfs.mkdir(Nsproxy.of(net), "/sys/class/net/lo"));
        fails(Errno.EACCES, () -> vfs.touch(Nsproxy.of(net), "/sys/class/net/lo/nosuch"));
        fails(Errno.ENOENT, () -> vfs.touch(Nsproxy.of(net), "/proc/sys/net/ipv4/nosuch"));
        fails(Errno.EPERM, () -> vfs.symlink(Nsproxy.of(net), "/x", "/sys/class/net/lo/foo"));
        fails(Errno.ENOTDIR, () -> vfs.rmdir(Nsproxy.of(net), "/sys/class/net/lo"));
        fails(Errno.EACCES, () -> vfs.rmdir(Nsproxy.of(net), "/proc/sys/net/ipv4"));
        fails(Errno.EPERM, () -> vfs.chmod(Nsproxy.of(net), "/proc/sys/net/ipv4/ip_forward", 0600));
        vfs.chmod(Nsproxy.of(net), "/sys/class/net/lo/mtu", 0600);
        assertEquals(0600, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo/mtu").mode());
        assertEquals(FileType.SYMLINK, vfs.lstat(Nsproxy.of(net), "/var/run").type());
        assertEquals(FileType.SYMLINK, vfs.lstat(Nsproxy.of(net), "/sys/class/net/lo/subsystem/lo").type());
        assertEquals(1, vfs.stat(Nsproxy.of(net), "/proc/sys/net").nlink());
    }

    @Test
    void sysfsPowerDirectory() throws KernelException {
        assertEquals(List.of("autosuspend_delay_ms", "control", "runtime_active_time", "runtime_status",
                "runtime_suspended_time"), vfs.list(Nsproxy.of(net), "/sys/class/net/lo/power"));
        assertEquals("unsupported\n", vfs.read(Nsproxy.of(net), "/sys/class/net/lo/power/runtime_status"));
        assertEquals(0444, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo/power/runtime_status").mode());
        assertEquals(0644, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo/power/control").mode());
        fails(Errno.EIO, () -> vfs.read(Nsproxy.of(net), "/sys/class/net/lo/power/autosuspend_delay_ms"));
        vfs.write(Nsproxy.of(net), "/sys/class/net/lo/power/control", "on\n");
        assertEquals("on\n", vfs.read(Nsproxy.of(net), "/sys/class/net/lo/power/control"));
        fails(Errno.EINVAL, () -> vfs.write(Nsproxy.of(net), "/sys/class/net/lo/power/control", "off\n"));
        assertEquals(5, vfs.stat(Nsproxy.of(net), "/sys/class/net/lo").nlink());
    }
}
