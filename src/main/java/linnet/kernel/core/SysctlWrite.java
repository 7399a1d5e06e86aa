package linnet.kernel.core;

import java.util.ArrayList;
import java.util.List;

/**
 * How a write to a sysctl file is parsed and checked: the proc handlers (proc_dointvec and its
 * _minmax/_jiffies/unsigned variants, proc_dostring, ipv4_local_port_range, the congestion-control
 * handler, br_netfilter's brnf_sysctl_call_tables). Each returns the text the file shows after
 * the write, or fails with the errno the write(2) gets; nothing changes on a failure.
 */
final class SysctlWrite {
    private SysctlWrite() {}

    static String canonical(Sysctl s, Sysctl.Entry e, String raw) throws KernelException {
        SysctlTable.Ctl c = e.ctl;
        if (c == null) {
            // A knob only the code defines: an int with the code's range, or text.
            if (e.kind == Sysctl.Kind.INT) return Long.toString(parseInts(raw, 1, e.min, e.max)[0]);
            return stripNewline(raw);
        }
        return switch (c.check()) {
            case INT, RANGE, JIFFIES, MSJIFFIES, USERHZ, PRIVPORTS, BRNF -> Long.toString(number(s, c, raw));
            case ULONG -> Long.toUnsignedString(number(s, c, raw));
            case VEC -> vec(e, raw, c.n());
            case PORTRANGE -> portRange(s, raw);
            case CONGESTION -> congestion(s, raw);
            case STR -> stripNewline(raw);
            case IN6ADDR -> throw new IllegalArgumentException("an address knob lives in a directory");
        };
    }

    /**
     * The number a numeric knob holds after a write of {@code raw}: the handler's parse and bounds,
     * and for values kept in ticks the rounding to whole ticks (what reads back).
     */
    static long number(Sysctl s, SysctlTable.Ctl c, String raw) throws KernelException {
        return switch (c.check()) {
            case INT -> parseInts(raw, 1, Integer.MIN_VALUE, Integer.MAX_VALUE)[0];
            // proc_dointvec_jiffies: seconds times HZ must fit an int, either sign.
            case RANGE -> parseInts(raw, 1, c.min(), c.max())[0];
            case JIFFIES, MSJIFFIES, USERHZ -> c.fromTicks(ticks(c, raw));
            case ULONG -> ulong(s, c, raw);
            case PRIVPORTS -> privilegedPorts(s, raw, c);
            case BRNF -> parseInts(raw, 1, Integer.MIN_VALUE, Integer.MAX_VALUE)[0] != 0 ? 1 : 0;
            default -> throw new IllegalArgumentException("not a number knob: " + c.key());
        };
    }

    /**
     * The ticks a write to a knob kept in ticks stores: proc_dointvec_jiffies (seconds times HZ,
     * within an int either way), proc_dointvec_ms_jiffies (the number, its sign applied and cut to
     * 32 bits as msecs_to_jiffies takes an unsigned int, rounded up to whole ticks; one negative as
     * an int is too many ticks; the _positive variant also refuses 0 ticks) and
     * proc_dointvec_userhz_jiffies (1/USER_HZ s to ticks rounding down, kept in an int).
     */
    static long ticks(SysctlTable.Ctl c, String raw) throws KernelException {
        switch (c.check()) {
            case JIFFIES -> {
                return parseInts(raw, 1, c.min(), c.max())[0] * Jiffies.HZ;
            }
            case MSJIFFIES -> {
                long[] v = signedUlong(raw);
                long ms = (v[0] != 0 ? -v[1] : v[1]) & 0xffffffffL;
                long j = Jiffies.msecsToJiffies(ms);
                if (j > Integer.MAX_VALUE || j < c.min()) throw new KernelException(Errno.EINVAL);
                return j;
            }
            case USERHZ -> {
                long[] v = signedUlong(raw);
                if (Long.compareUnsigned(v[1], Long.MAX_VALUE / Jiffies.HZ * Jiffies.USER_HZ) > 0) {
                    throw new KernelException(Errno.EINVAL);
                }
                return (int) Jiffies.clockTToJiffies(v[0] != 0 ? -v[1] : v[1]);
            }
            default -> throw new IllegalArgumentException(c.key() + " is not kept in ticks");
        }
    }

    /**
     * proc_doulongvec_minmax: no sign, within [min, max] compared unsigned, where a bound may be
     * another knob's current value.
     */
    private static long ulong(Sysctl s, SysctlTable.Ctl c, String raw) throws KernelException {
        long[] v = signedUlong(raw);
        if (v[0] != 0) throw new KernelException(Errno.EINVAL);
        long min = c.minKey() != null ? s.get(c.minKey()).longValue() : c.min();
        long max = c.maxKey() != null ? s.get(c.maxKey()).longValue() : c.max();
        if (Long.compareUnsigned(v[1], min) < 0 || Long.compareUnsigned(v[1], max) > 0) {
            throw new KernelException(Errno.EINVAL);
        }
        return v[1];
    }

    /**
     * ipv4_privileged_ports: 0..65535, and the first unprivileged port may not pass the low end of
     * ip_local_port_range (local ports are never privileged ones).
     */
    private static long privilegedPorts(Sysctl s, String raw, SysctlTable.Ctl c) throws KernelException {
        long v = parseInts(raw, 1, c.min(), c.max())[0];
        long low = Long.parseLong(s.get("net.ipv4.ip_local_port_range").value().split("\t")[0]);
        if (v > low) throw new KernelException(Errno.EINVAL);
        return v;
    }

    /** A vector written with fewer numbers changes only the first ones (the rest keep their values). */
    private static String vec(Sysctl.Entry e, String raw, int n) throws KernelException {
        String[] tok = raw.strip().split("[ \t\n]+");
        int given = Math.min(n, tok.length);
        long[] v = parseInts(raw, Math.max(1, given), Integer.MIN_VALUE, Integer.MAX_VALUE);
        String[] old = e.value().split("\t");
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = i < v.length ? v[i] : Long.parseLong(old[i]);
        return join(out);
    }

    private static String stripNewline(String raw) {
        return raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    }

    /**
     * ipv4_local_port_range: two ports 1..65535, low <= high, and no lower than
     * ip_unprivileged_port_start (local ports are never privileged ones).
     */
    private static String portRange(Sysctl s, String raw) throws KernelException {
        long[] r = parseInts(raw, 2, 1, 65535);
        long prot = s.get("net.ipv4.ip_unprivileged_port_start").longValue();
        if (r[1] < r[0] || r[0] < prot) throw new KernelException(Errno.EINVAL);
        return join(r);
    }

    /**
     * tcp_congestion_control in a namespace other than init_net: an algorithm the kernel does not
     * know is ENOENT, one it knows but that is not in tcp_allowed_congestion_control is EPERM.
     */
    private static String congestion(Sysctl s, String raw) throws KernelException {
        String name = stripNewline(raw).strip();
        List<String> available = List.of(s.get("net.ipv4.tcp_available_congestion_control").value().split(" "));
        List<String> allowed = List.of(s.get("net.ipv4.tcp_allowed_congestion_control").value().split(" "));
        if (!available.contains(name)) throw new KernelException(Errno.ENOENT);
        if (!allowed.contains(name)) throw new KernelException(Errno.EPERM);
        return name;
    }

    private static String join(long[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) b.append('\t');
            b.append(v[i]);
        }
        return b.toString();
    }

    /**
     * __do_proc_dointvec for a write: {@code n} numbers separated by blanks, each whole (a number
     * followed by anything but a blank or a newline is EINVAL), within [min, max]; an empty write,
     * fewer numbers or an overflow is EINVAL. Numbers after the n-th are ignored.
     */
    static long[] parseInts(String raw, int n, long min, long max) throws KernelException {
        String[] tok = raw.strip().split("[ \t\n]+");
        if (tok.length < n || tok[0].isEmpty()) throw new KernelException(Errno.EINVAL);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            String t = tok[i];
            if (!t.matches("-?[0-9]{1,19}")) throw new KernelException(Errno.EINVAL);
            long v;
            try {
                v = Long.parseLong(t);
            } catch (NumberFormatException ex) {
                throw new KernelException(Errno.EINVAL);
            }
            if (v < min || v > max) throw new KernelException(Errno.EINVAL);
            out[i] = v;
        }
        return out;
    }

    /**
     * proc_get_long: an optional '-' and an unsigned long (more is EINVAL), whole (followed by a blank,
     * a newline or the end). Returns {negative ? 1 : 0, magnitude}.
     */
    private static long[] signedUlong(String raw) throws KernelException {
        String t = raw.strip().split("[ \t\n]+")[0];
        if (!t.matches("-?[0-9]{1,20}")) throw new KernelException(Errno.EINVAL);
        boolean neg = t.startsWith("-");
        try {
            return new long[] {neg ? 1 : 0, Long.parseUnsignedLong(neg ? t.substring(1) : t)};
        } catch (NumberFormatException ex) {
            throw new KernelException(Errno.EINVAL);
        }
    }

    /** An IPv6 address in the eight-groups, zero-padded form (%pI6), or null if it does not parse. */
    static String ipv6Full(String s) {
        byte[] a;
        try {
            a = linnet.wire.Inet6.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
        if (a == null) return null;
        List<String> g = new ArrayList<>();
        for (int i = 0; i < 16; i += 2) g.add(String.format("%02x%02x", a[i] & 0xff, a[i + 1] & 0xff));
        return String.join(":", g);
    }
}
