package linnet.kernel.fs;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;

/**
 * /sys/class/net/DEV/power (drivers/base/power/sysfs.c, power_attr_group and the runtime group):
 * a virtual network device has runtime PM disabled, so its status is "unsupported", both times
 * are 0, autosuspend_delay_ms fails with EIO (no autosuspend) and control is "auto" until
 * "on" is written.
 */
final class PowerSysfs {
    private PowerSysfs() {}

    static final List<String> FILES = List.of("autosuspend_delay_ms", "control", "runtime_active_time", "runtime_status",
            "runtime_suspended_time");
    private static final List<String> WRITABLE = List.of("autosuspend_delay_ms", "control");

    /** control as written, per device. */
    private static final Map<NetDevice, String> CONTROL = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private static boolean mine(String[] parts) { return parts.length >= 2 && parts[1].equals("power"); }

    /** The directory's files, or null when the path is not power/. */
    static List<String> list(String[] parts) throws KernelException {
        if (!mine(parts)) return null;
        if (parts.length == 2) return FILES;
        throw new KernelException(parts.length == 3 && FILES.contains(parts[2]) ? Errno.ENOTDIR : Errno.ENOENT);
    }

    static String read(NetDevice d, String[] parts) throws KernelException {
        if (!mine(parts)) return null;
        if (parts.length == 2) throw new KernelException(Errno.EISDIR);
        if (parts.length != 3 || !FILES.contains(parts[2])) throw new KernelException(Errno.ENOENT);
        return switch (parts[2]) {
            case "control" -> CONTROL.getOrDefault(d, "auto") + "\n";
            case "runtime_status" -> "unsupported\n";
            case "autosuspend_delay_ms" -> throw new KernelException(Errno.EIO);
            default -> "0\n";
        };
    }

    static Errno openForWriteError(String[] parts) {
        if (parts.length == 2) return Errno.EISDIR;
        if (parts.length != 3) return Errno.ENOENT;
        return WRITABLE.contains(parts[2]) ? null : Errno.EACCES;
    }

    /** false when the path is not under power/. */
    static boolean write(NetDevice d, String[] parts, String value) throws KernelException {
        if (!mine(parts)) return false;
        Errno e = openForWriteError(parts);
        if (e != null) throw new KernelException(e == Errno.EACCES && !FILES.contains(parts[2]) ? Errno.EACCES : e);
        if (parts[2].equals("autosuspend_delay_ms")) throw new KernelException(Errno.EIO);
        String v = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        if (!v.equals("auto") && !v.equals("on")) throw new KernelException(Errno.EINVAL);
        CONTROL.put(d, v);
        return true;
    }
}
