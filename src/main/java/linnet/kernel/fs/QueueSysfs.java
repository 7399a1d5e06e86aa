package linnet.kernel.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;

/**
 * /sys/class/net/DEV/queues (net/core/net-sysfs.c): rx-N and tx-N for the device's real number of
 * queues, with the receive-packet-steering and transmit attributes. The devices emulated here
 * are all LLTX or queueless, so no tx-N has byte_queue_limits (netdev_uses_bql). Steering is
 * not emulated: the values written are kept and read back.
 */
final class QueueSysfs {
    private QueueSysfs() {}

    static final List<String> RX = List.of("rps_cpus", "rps_flow_cnt");
    static final List<String> TX = List.of("traffic_class", "tx_maxrate", "tx_timeout", "xps_cpus", "xps_rxqs");
    /** The files netdev_queue_attrs/rx_queue_attrs make writable (tx_timeout and traffic_class are read-only). */
    static final List<String> WRITABLE = List.of("rps_cpus", "rps_flow_cnt", "tx_maxrate", "xps_cpus", "xps_rxqs");

    private static boolean queueExists(NetDevice d, String q) {
        if (q.startsWith("rx-")) return index(q.substring(3)) >= 0 && index(q.substring(3)) < d.realNumRxQueues;
        if (q.startsWith("tx-")) return index(q.substring(3)) >= 0 && index(q.substring(3)) < d.realNumTxQueues;
        return false;
    }

    private static int index(String s) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit) || (s.length() > 1 && s.charAt(0) == '0'))
            return -1;
        return Integer.parseInt(s);
    }

    /** Directory listings under queues/; null when the path is not one. */
    static List<String> list(NetDevice d, String[] parts) {
        if (parts.length < 2 || !parts[1].equals("queues")) return null;
        if (parts.length == 2) {
            TreeSet<String> s = new TreeSet<>();
            for (int i = 0; i < d.realNumRxQueues; i++) s.add("rx-" + i);
            for (int i = 0; i < d.realNumTxQueues; i++) s.add("tx-" + i);
            return new ArrayList<>(s);
        }
        if (parts.length == 3 && queueExists(d, parts[2])) return new ArrayList<>(parts[2].startsWith("rx-") ? RX : TX);
        return null;
    }

    /** A file's contents, or null when the path is not a queue file. */
    static String read(NetDevice d, String[] parts) throws KernelException {
        if (parts.length < 2 || !parts[1].equals("queues")) return null;
        if (parts.length <= 3) {
            if (parts.length == 2 || queueExists(d, parts[2])) throw new KernelException(Errno.EISDIR);
            throw new KernelException(Errno.ENOENT);
        }
        if (parts.length != 4 || !queueExists(d, parts[2])) throw new KernelException(Errno.ENOENT);
        List<String> files = parts[2].startsWith("rx-") ? RX : TX;
        if (!files.contains(parts[3])) throw new KernelException(Errno.ENOENT);
        String v = d.queueAttrs.get(parts[2] + "/" + parts[3]);
        return (v == null ? "0" : v) + "\n";
    }

    /** What opening a path under queues/ for writing fails with: a directory, nothing, or a read-only file. */
    static Errno openForWriteError(NetDevice d, String[] parts) {
        if (parts.length <= 3) return parts.length == 2 || queueExists(d, parts[2]) ? Errno.EISDIR : Errno.ENOENT;
        if (parts.length != 4 || !queueExists(d, parts[2])) return Errno.ENOENT;
        // a file that is not there cannot be created in sysfs: EACCES, like a read-only one
        return WRITABLE.contains(parts[3]) ? null : Errno.EACCES;
    }

    /** Stores a written value; false when the path is not a queue file. */
    static boolean write(NetDevice d, String[] parts, String value) throws KernelException {
        if (parts.length < 2 || !parts[1].equals("queues")) return false;
        if (parts.length != 4 || !queueExists(d, parts[2])) throw new KernelException(Errno.ENOENT);
        List<String> files = parts[2].startsWith("rx-") ? RX : TX;
        if (!files.contains(parts[3])) throw new KernelException(Errno.ENOENT);
        if (!WRITABLE.contains(parts[3])) throw new KernelException(Errno.EACCES);
        d.queueAttrs.put(parts[2] + "/" + parts[3], value.strip());
        return true;
    }
}
