package linnet.kernel.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The namespace-level net.* sysctls of one kernel build (the ctl_table arrays that
 * register_net_sysctl installs in every new namespace): key, file mode, value check and default,
 * read once from {@code sysctl-net.tsv} and shared by every namespace. A namespace keeps only the
 * values it changed (and the few the kernel code reads on its paths), so a new namespace costs
 * nothing here however many keys there are.
 */
public final class SysctlTable {
    /** How a write is parsed and checked (the proc handler of the ctl_table). */
    public enum Check { INT, RANGE, JIFFIES, MSJIFFIES, USERHZ, ULONG, VEC, PORTRANGE, PRIVPORTS, STR, CONGESTION, BRNF, IN6ADDR }

    /**
     * One ctl_table entry. For RANGE and ULONG, min/max are the bounds (extra1/extra2); for ULONG a
     * bound may instead be another key whose current value it is ({@code minKey}/{@code maxKey}:
     * ipfrag_low_thresh may not pass ipfrag_high_thresh and the other way round).
     */
    public record Ctl(String key, int mode, Check check, long min, long max, int n, String dflt, String minKey,
            String maxKey) {
        public boolean readable() { return (mode & 0400) != 0; }

        public boolean writable() { return (mode & 0200) != 0; }

        /** Whether the value is kept in ticks (one variable the file shows in its own unit). */
        public boolean inTicks() { return check == Check.JIFFIES || check == Check.MSJIFFIES || check == Check.USERHZ; }

        /** What the file shows for {@code t} ticks (rounding down to the file's unit). */
        public long fromTicks(long t) {
            return switch (check) {
                case JIFFIES -> t / Jiffies.HZ;
                case MSJIFFIES -> Jiffies.jiffiesToMsecs(t);
                case USERHZ -> t < 0 ? -Jiffies.jiffiesToClockT(-t) : Jiffies.jiffiesToClockT(t);
                default -> throw new IllegalStateException(key + " is not kept in ticks");
            };
        }

        /** Whether the value is shown as an unsigned number (proc_douintvec, proc_doulongvec). */
        public boolean unsigned() { return check == Check.ULONG || check == Check.RANGE && max > Integer.MAX_VALUE; }
    }

    /**
     * Parses a check column: {@code int}, {@code range MIN MAX} (proc_dointvec_minmax and its u8/uint
     * variants), {@code jiffies} (seconds kept as ticks: at most INT_MAX/HZ either way), {@code
     * msjiffies [MIN-TICKS]} (milliseconds kept as ticks), {@code userhz} (1/USER_HZ s kept as ticks), {@code ulong
     * [MIN|-|KEY MAX|-|KEY]}, {@code vec N}, {@code portrange}, {@code privports}, {@code str},
     * {@code congestion}, {@code brnf}, {@code in6addr} (an IPv6 address).
     */
    public static Ctl ctl(String key, int mode, String spec, String dflt) {
        String[] c = spec.split(" ");
        Check check = Check.valueOf(c[0].toUpperCase());
        long min = Integer.MIN_VALUE, max = Integer.MAX_VALUE;
        int n = 1;
        String minKey = null, maxKey = null;
        switch (check) {
            case RANGE -> {
                min = Long.parseLong(c[1]);
                max = Long.parseLong(c[2]);
            }
            case JIFFIES -> {
                max = Integer.MAX_VALUE / Jiffies.HZ;
                min = -max;
            }
            // msjiffies MIN: at least MIN ticks (proc_dointvec_ms_jiffies_positive: 1).
            case MSJIFFIES -> min = c.length > 1 ? Long.parseLong(c[1]) : 0;
            case USERHZ -> min = 0;
            case ULONG -> {
                min = 0;
                max = -1; // ULONG_MAX, compared unsigned
                if (c.length > 1) {
                    if (c[1].matches("[0-9]+")) min = Long.parseUnsignedLong(c[1]);
                    else if (!c[1].equals("-")) minKey = c[1];
                    if (c[2].matches("[0-9]+")) max = Long.parseUnsignedLong(c[2]);
                    else if (!c[2].equals("-")) maxKey = c[2];
                }
            }
            case VEC -> n = Integer.parseInt(c[1]);
            case PORTRANGE -> {
                n = 2;
                min = 1;
                max = 65535;
            }
            case PRIVPORTS -> {
                min = 0;
                max = 65535;
            }
            default -> { }
        }
        return new Ctl(key, mode, check, min, max, n, dflt, minKey, maxKey);
    }

    private static final SysctlTable NET = load("sysctl-net.tsv");

    private final Map<String, Ctl> byKey = new HashMap<>();
    /** Every key, sorted (the order a listing walks them in). */
    private final List<String> keys = new ArrayList<>();

    public static SysctlTable net() { return NET; }

    public Ctl get(String key) { return byKey.get(key); }

    public List<String> keys() { return Collections.unmodifiableList(keys); }

    private static SysctlTable load(String name) {
        SysctlTable t = new SysctlTable();
        try (InputStream in = SysctlTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                Ctl ctl = ctl(f[0].intern(), Integer.parseInt(f[1], 8), f[2], f[3].replace("\\t", "\t"));
                t.byKey.put(ctl.key(), ctl);
                t.keys.add(ctl.key());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(t.keys);
        return t;
    }
}
