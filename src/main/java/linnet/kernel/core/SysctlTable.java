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
    public enum Check { INT, UINT, ULONG, RANGE, JIFFIES, VEC, PORTRANGE, PRIVPORTS, STR, CONGESTION, BRNF }

    /** One ctl_table entry. */
    public record Ctl(String key, int mode, Check check, long min, long max, int n, String dflt) {
        public boolean readable() { return (mode & 0400) != 0; }

        public boolean writable() { return (mode & 0200) != 0; }
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
                String[] c = f[2].split(" ");
                Check check = Check.valueOf(c[0].toUpperCase());
                long min = Integer.MIN_VALUE, max = Integer.MAX_VALUE;
                int n = 1;
                if (check == Check.RANGE) {
                    min = Long.parseLong(c[1]);
                    max = Long.parseLong(c[2]);
                } else if (check == Check.VEC) {
                    n = Integer.parseInt(c[1]);
                } else if (check == Check.PRIVPORTS) {
                    min = 0;
                    max = 65535;
                } else if (check == Check.PORTRANGE) {
                    n = 2;
                    min = 1;
                    max = 65535;
                }
                Ctl ctl = new Ctl(f[0].intern(), Integer.parseInt(f[1], 8), check, min, max, n, f[3].replace("\\t", "\t"));
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
