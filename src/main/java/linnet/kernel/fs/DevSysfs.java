package linnet.kernel.fs;

import java.util.Set;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.rtnl.LinkChange;
import linnet.kernel.rtnl.Rtnl;

/**
 * The writable files of /sys/class/net/DEV (net/core/net-sysfs.c): each store parses its value
 * like netdev_store (kstrtoul with base 0, a trailing newline allowed) and then makes the same
 * change rtnetlink would. Every other file there is read-only (mode 0444), and sysfs creates no
 * files, so bash's open for writing fails with EACCES before echo runs.
 */
final class DevSysfs {
    private DevSysfs() {}

    static final Set<String> WRITABLE = Set.of("mtu", "tx_queue_len", "ifalias", "flags", "netdev_group", "carrier",
            "proto_down", "gro_flush_timeout", "napi_defer_hard_irqs", "threaded", "uevent");

    /** kobject_action_type: what a write to uevent may ask for (its first word). */
    private static final Set<String> UEVENT_ACTIONS = Set.of("add", "remove", "change", "move", "online", "offline",
            "bind", "unbind");

    /** The error of opening DEV/attr for writing (null = it opens). */
    static Errno openError(String attr) { return WRITABLE.contains(attr) ? null : Errno.EACCES; }

    /** kstrtoul(buf, 0): the whole buffer but one trailing newline, decimal / 0x hex / 0 octal. */
    static long kstrtoul(String v) throws KernelException {
        String s = v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
        if (s.startsWith("+")) s = s.substring(1);
        int radix = 10;
        if (s.startsWith("0x") || s.startsWith("0X")) {
            radix = 16;
            s = s.substring(2);
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            s = s.substring(1);
        }
        if (s.isEmpty()) throw new KernelException(Errno.EINVAL);
        for (char c : s.toCharArray()) if (Character.digit(c, radix) < 0) throw new KernelException(Errno.EINVAL);
        try {
            return Long.parseUnsignedLong(s, radix);
        } catch (NumberFormatException e) {
            throw new KernelException(Errno.ERANGE);
        }
    }

    static void write(NetDevice d, String attr, String value) throws KernelException {
        Rtnl rtnl = new Rtnl(d.kernel);
        switch (attr) {
            case "ifalias" -> {
                // ifalias_store: the trailing newline is not part of the alias
                if (value.length() >= NetDevice.IFALIASZ) throw new KernelException(Errno.EINVAL);
                String a = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
                rtnl.setLink(d.net(), d.name(), change(null, null, null, null, a, null));
            }
            case "mtu" -> {
                long m = kstrtoul(value);
                if (m > Integer.MAX_VALUE || m < d.minMtu || (d.maxMtu > 0 && m > d.maxMtu))
                    throw new KernelException(Errno.EINVAL);
                rtnl.setLink(d.net(), d.name(), change(null, (int) m, null, null, null, null));
            }
            case "tx_queue_len" -> {
                long q = kstrtoul(value);
                if (q > 0xffff_ffffL) throw new KernelException(Errno.ERANGE);
                rtnl.setLink(d.net(), d.name(), change(null, null, (int) q, null, null, null));
            }
            case "netdev_group" -> {
                long g = kstrtoul(value);
                rtnl.setLink(d.net(), d.name(), change(null, null, null, null, null, (int) g));
            }
            case "flags" -> {
                // change_flags: dev_change_flags with the value as the whole new flag word
                int f = (int) kstrtoul(value);
                int settable = Iff.DEBUG | Iff.NOTRAILERS | Iff.NOARP | Iff.DYNAMIC | Iff.MULTICAST | Iff.PORTSEL
                        | Iff.AUTOMEDIA | Iff.PROMISC | Iff.ALLMULTI;
                rtnl.setLink(d.net(), d.name(), new LinkChange((f & Iff.UP) != 0, null, null, null, null, null, null,
                        settable, f & settable));
            }
            case "carrier", "proto_down" -> {
                kstrtoul(value);
                // no driver here has ndo_change_carrier or change_proto_down
                throw new KernelException(Errno.EOPNOTSUPP);
            }
            case "gro_flush_timeout" -> d.groFlushTimeout = kstrtoul(value);
            case "threaded" -> {
                // threaded_store: the number first, then modify_napi_threaded finds no NAPI instance
                kstrtoul(value);
                throw new KernelException(Errno.EOPNOTSUPP);
            }
            case "uevent" -> {
                // uevent_store: a known action sends the event (nobody listens in a lab), else EINVAL
                String action = value.strip().split("[ \t\n]+", 2)[0];
                if (!UEVENT_ACTIONS.contains(action)) throw new KernelException(Errno.EINVAL);
            }
            case "napi_defer_hard_irqs" -> {
                long n = kstrtoul(value);
                if (n > Integer.MAX_VALUE) throw new KernelException(Errno.ERANGE);
                d.napiDeferHardIrqs = (int) n;
            }
            default -> throw new KernelException(Errno.EACCES);
        }
    }

    private static LinkChange change(Boolean up, Integer mtu, Integer txqlen, Long addr, String alias, Integer group) {
        return new LinkChange(up, null, mtu, addr, txqlen, null, null, 0, 0, alias, null, group);
    }
}
