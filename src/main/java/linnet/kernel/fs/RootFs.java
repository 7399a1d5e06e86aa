package linnet.kernel.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.KernelException;

/**
 * The file system a freshly installed Debian 12 machine boots with, as far as network
 * tutorials look at it: the FHS directories (merged /usr: /bin, /sbin and /lib are symlinks
 * into /usr, /var/run points at /run), /tmp sticky and world-writable, /root private, /dev/null,
 * the mount points of proc and sysfs, and the /etc files the networking tools read (kept as
 * resources under linnet/rootfs, listed in its MANIFEST).
 */
final class RootFs {
    private RootFs() {}

    private static final String[] DIRS = {"/boot", "/dev", "/etc", "/home", "/media", "/mnt", "/opt", "/proc",
        "/proc/net", "/proc/sys", "/root", "/run", "/run/netns", "/srv", "/sys", "/sys/class", "/sys/class/net", "/sys/devices", "/sys/devices/virtual",
        "/sys/devices/virtual/net", "/tmp",
        "/usr", "/usr/bin", "/usr/lib", "/usr/local", "/usr/local/bin", "/usr/local/sbin", "/usr/sbin", "/usr/share",
        "/var", "/var/lib", "/var/log", "/var/tmp"};

    static Tmpfs build(java.util.function.LongSupplier realtimeNs) {
        Tmpfs fs = new Tmpfs(realtimeNs);
        try {
            for (String d : DIRS) {
                int mode = switch (d) {
                    case "/tmp", "/var/tmp" -> 01777;
                    case "/root" -> 0700;
                    case "/proc", "/sys" -> 0555;
                    default -> 0755;
                };
                fs.mkdir(d, mode);
            }
            fs.symlink("usr/bin", "/bin");
            fs.symlink("usr/sbin", "/sbin");
            fs.symlink("usr/lib", "/lib");
            fs.symlink("/run", "/var/run");
            // mem driver's minor 3 (drivers/char/mem.c)
            fs.mknod("/dev/null", 0666, 1, 3);
            for (String f : resource("MANIFEST").split("\n")) {
                if (f.isBlank()) continue;
                String path = "/" + f.strip();
                mkdirs(fs, path.substring(0, path.lastIndexOf('/')));
                fs.write(path, resource(f.strip()), false);
            }
        } catch (KernelException e) {
            throw new IllegalStateException("the root file system's own layout failed: " + e.errno, e);
        }
        return fs;
    }

    private static void mkdirs(Tmpfs fs, String dir) throws KernelException {
        if (dir.isEmpty() || fs.exists(dir)) return;
        mkdirs(fs, dir.substring(0, dir.lastIndexOf('/')));
        fs.mkdir(dir, 0755);
    }

    private static String resource(String name) {
        try (InputStream in = RootFs.class.getResourceAsStream("/linnet/rootfs/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource linnet/rootfs/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
