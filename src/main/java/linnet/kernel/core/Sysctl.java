package linnet.kernel.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sysctl tree of one namespace (/proc/sys/net/...). Entries are objects so kernel code keeps a
 * reference and reads {@link Entry#intValue()} without a lookup on the packet path.
 *
 * <p>Directories that repeat per device (net.ipv4.conf.NAME.*, net.ipv4.neigh.NAME.*) are a
 * {@link Dir}: one {@code int[]} of values against a {@link Schema} shared by every namespace, with
 * an Entry made only when one is looked up or listed (a view onto the array, so it always reads
 * and writes the namespace's own value). That keeps a namespace small.
 */
public final class Sysctl {
    /** How a value is checked when written (proc_dointvec, proc_dointvec_minmax, strings). */
    public enum Kind { INT, STRING, INTVEC }

    public static final class Entry {
        public final String key;
        final Kind kind;
        final long min, max;
        /** The shared ctl_table entry (mode and check), or null for a knob only the code defines. */
        final SysctlTable.Ctl ctl;
        String value;
        long intValue;
        Consumer<Entry> onWrite;
        /** For a knob of a {@link Dir}: the directory and index (the value lives there). */
        final Dir dir;
        final int slot;
        /** Called before a write with the old value still in place; may veto with an errno. */
        Writer writer;

        Entry(String key, Kind kind, String value, long min, long max) {
            // Every namespace has the same keys: one shared String each keeps a namespace small.
            SysctlTable.Ctl c = SysctlTable.net().get(key);
            this.key = c != null ? c.key() : key.intern();
            this.ctl = c;
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.dir = null;
            this.slot = 0;
            set(value);
        }

        /** A namespace's own copy of a table entry (made when it is written or bound). */
        Entry(SysctlTable.Ctl c, String value) {
            this.key = c.key();
            this.ctl = c;
            this.kind = switch (c.check()) {
                case INT, ULONG, RANGE, PRIVPORTS, JIFFIES, MSJIFFIES, USERHZ, BRNF -> Kind.INT;
                case VEC, PORTRANGE -> Kind.INTVEC;
                default -> Kind.STRING;
            };
            this.min = c.min();
            this.max = c.max();
            this.dir = null;
            this.slot = 0;
            set(value);
        }

        /** A view onto a directory's knob. */
        Entry(String key, Dir dir, int slot) {
            this.key = key;
            this.kind = Kind.INT;
            this.min = Integer.MIN_VALUE;
            this.max = Integer.MAX_VALUE;
            this.ctl = null;
            this.dir = dir;
            this.slot = slot;
        }

        /** An INT keeps only its number (the text is made when read), which keeps a namespace small. */
        void set(String v) {
            if (dir != null) {
                dir.set(slot, (int) Long.parseLong(v.trim()));
            } else if (kind == Kind.INT) {
                String t = v.trim();
                intValue = t.startsWith("-") ? Long.parseLong(t) : Long.parseUnsignedLong(t);
                value = null;
            } else {
                value = v;
            }
        }

        public String value() {
            if (kind != Kind.INT) return value;
            if (dir != null && dir.schema.unsigned[slot]) return Integer.toUnsignedString(dir.values[slot]);
            if (dir == null && ctl != null && ctl.check() == SysctlTable.Check.ULONG) return Long.toUnsignedString(intValue);
            return Long.toString(longValue());
        }

        public int intValue() { return dir != null ? dir.values[slot] : (int) intValue; }

        public long longValue() { return dir != null ? dir.values[slot] : intValue; }

        /** The file mode (0644 unless the ctl_table or the directory's schema says otherwise). */
        public int mode() {
            if (dir != null) return dir.schema.mode(slot);
            return ctl != null ? ctl.mode() : 0644;
        }

        /** Kernel-side write (no validation, no hooks): for values the kernel itself maintains. */
        public void setInternal(String v) { set(v); }

        public void setInternal(long v) {
            if (dir != null) dir.set(slot, (int) v);
            else if (kind == Kind.INT) intValue = v;
            else value = Long.toString(v);
        }

        public Entry onWrite(Consumer<Entry> hook) {
            if (dir != null) throw new UnsupportedOperationException("a directory knob has no hooks");
            this.onWrite = hook;
            return this;
        }

        public Entry writer(Writer w) {
            if (dir != null) throw new UnsupportedOperationException("a directory knob has no hooks");
            this.writer = w;
            return this;
        }
    }

    /** Reacts to a user write of knob {@code slot} of a directory; {@code old} is the value before. */
    @FunctionalInterface
    public interface DirHook {
        void written(Dir d, int slot, int old);
    }

    /** Vets a user write of {@code value} to knob {@code slot} of a directory before it is made. */
    @FunctionalInterface
    public interface DirCheck {
        void check(Dir d, int slot, long value) throws KernelException;
    }

    /**
     * Puts {@code key} in the namespace as another name for a directory's knob (net.ipv4.ip_forward
     * is the very variable of net.ipv4.conf.all.forwarding).
     */
    public Entry alias(String key, Dir d, int slot) {
        return put(new Entry(key.intern(), d, slot));
    }

    /** A custom write handler (e.g. ip_forward resetting every interface). */
    @FunctionalInterface
    public interface Writer {
        void write(Entry e, String value) throws KernelException;
    }

    /**
     * The knob names of a directory and their defaults, in /proc/sys order: one per kernel build,
     * shared by every namespace and device.
     */
    public static final class Schema {
        final String[] names;
        final int[] defaults;
        final int[] modes;
        final boolean[] unsigned;
        /** Each knob's handler and bounds (the ctl_table entry). */
        final SysctlTable.Ctl[] ctls;
        private final Map<String, Integer> index = new java.util.HashMap<>();

        /**
         * {@code knobs} rows are {name, default}, {name, default, octal mode} or {name, default, mode,
         * check} with a check as in sysctl-net.tsv (default: int, proc_dointvec). An in6addr knob
         * holds an IPv6 address (its number column is unused).
         */
        public Schema(String[][] knobs) {
            names = new String[knobs.length];
            defaults = new int[knobs.length];
            modes = new int[knobs.length];
            unsigned = new boolean[knobs.length];
            ctls = new SysctlTable.Ctl[knobs.length];
            for (int i = 0; i < knobs.length; i++) {
                names[i] = knobs[i][0];
                defaults[i] = (int) Long.parseLong(knobs[i][1]);
                modes[i] = knobs[i].length > 2 ? Integer.parseInt(knobs[i][2], 8) : 0644;
                ctls[i] = SysctlTable.ctl(names[i], modes[i], knobs[i].length > 3 ? knobs[i][3] : "int", knobs[i][1]);
                unsigned[i] = ctls[i].unsigned();
                index.put(names[i], i);
            }
        }

        public int size() { return names.length; }

        public String name(int i) { return names[i]; }

        public int mode(int i) { return modes[i]; }

        /** The knob's index, or -1. */
        public int index(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        /** A fresh values array holding the defaults. */
        public int[] defaults() { return defaults.clone(); }

        /** The defaults themselves, to be shared until a write (see {@link Dir#set}). */
        public int[] sharedDefaults() { return defaults; }

        /**
         * How many distinct value sets are kept for sharing: each namespace's "default" and each
         * device's directory start as copies of a few such sets (the defaults, their loopback or
         * MTU variants), so a container host shares a handful instead of holding one array per
         * directory; sets made by writes beyond this stay private.
         */
        private static final int POOL_MAX = 256;
        private final Map<java.nio.IntBuffer, int[]> pool = new java.util.HashMap<>();
        private final java.util.Set<int[]> pooled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        /**
         * {@code values} or an equal array shared with other directories, which nobody changes:
         * {@link Dir#set} copies it on the first write. The caller gives up {@code values}.
         */
        public synchronized int[] share(int[] values) {
            if (Arrays.equals(values, defaults)) return defaults;
            int[] p = pool.get(java.nio.IntBuffer.wrap(values));
            if (p != null) return p;
            if (pool.size() >= POOL_MAX) return values;
            pool.put(java.nio.IntBuffer.wrap(values), values);
            pooled.add(values);
            return values;
        }

        /** Whether {@code values} is shared (the defaults or a pooled set), so written only after a copy. */
        synchronized boolean isShared(int[] values) { return values == defaults || pooled.contains(values); }
    }

    /**
     * One directory of integer knobs (e.g. net.ipv4.conf.eth0.): a prefix and its values. A directory
     * made from the schema's shared defaults copies them on its first write, so untouched directories
     * cost no values array.
     */
    public static final class Dir {
        String prefix;
        public final Schema schema;
        /** Read directly on the packet paths; replaced (never changed) while shared. */
        public int[] values;
        /** Strings of the few knobs that are not numbers (ipv6 stable_secret), by index; made on first write. */
        String[] strings;
        /** Called after a user write (devinet_sysctl_forward, addrconf reacting to disable_ipv6, ...). */
        DirHook onWrite;
        /** Called before a user write with the new value; may refuse it (bounds that depend on state). */
        DirCheck check;
        /** The ticks of the last write to a knob kept in ticks (for its twin shown in other units). */
        long lastTicks;

        Dir(String prefix, Schema schema, int[] values) {
            if (values.length != schema.size()) throw new IllegalArgumentException("values do not fit the schema");
            this.prefix = prefix;
            this.schema = schema;
            this.values = values;
        }

        public String prefix() { return prefix; }

        public int get(int i) { return values[i]; }

        public void set(int i, int v) {
            if (schema.isShared(values)) {
                if (v == values[i]) return;
                values = values.clone();
            }
            values[i] = v;
        }

        public void onWrite(DirHook hook) { this.onWrite = hook; }

        public void check(DirCheck c) { this.check = c; }

        public long lastTicks() { return lastTicks; }

        /** The text of a knob that is not a number (an in6addr knob), or null while unset. */
        public String text(int i) { return strings == null ? null : strings[i]; }

        /** Knob {@code i}'s ctl_table entry (its handler and bounds). */
        public SysctlTable.Ctl ctl(int i) { return schema.ctls[i]; }

        /** A view of knob {@code i} as an entry (made on demand, not kept). */
        public Entry entry(int i) { return new Entry(prefix + schema.names[i], this, i); }
    }

    /** Bound and written entries (a hash map is smaller per entry than a tree; listings sort). */
    private final Map<String, Entry> entries = new java.util.HashMap<>(8);
    /** Directories by prefix (ending in '.'). */
    private final Map<String, Dir> dirs = new java.util.HashMap<>(8);
    private static final SysctlTable TABLE = SysctlTable.net();

    private Entry put(Entry e) {
        entries.put(e.key, e);
        return e;
    }

    /**
     * The namespace's live entry for a table key (kernel code keeps it and reads it on its paths);
     * the value starts at the table's default.
     */
    public Entry bind(String key) {
        Entry e = entries.get(key);
        if (e != null) return e;
        SysctlTable.Ctl c = TABLE.get(key);
        if (c == null) throw new IllegalArgumentException("no such sysctl " + key);
        return put(new Entry(c, c.dflt()));
    }

    /**
     * A knob with its checks given by the code. A key that is in the table takes the table's entry
     * (its default, mode and check win: one source of truth).
     */
    public Entry registerInt(String key, long value, long min, long max) {
        if (TABLE.get(key) != null) return bind(key);
        return put(new Entry(key, Kind.INT, Long.toString(value), min, max));
    }

    public Entry registerInt(String key, long value) { return registerInt(key, value, Integer.MIN_VALUE, Integer.MAX_VALUE); }

    public Entry registerString(String key, String value) {
        if (TABLE.get(key) != null) return bind(key);
        return put(new Entry(key, Kind.STRING, value, 0, 0));
    }

    public Entry registerVec(String key, String value) {
        if (TABLE.get(key) != null) return bind(key);
        return put(new Entry(key, Kind.INTVEC, value, 0, 0));
    }

    /** Registers directory {@code prefix} (ending in '.') holding {@code values} (owned by the directory). */
    public Dir registerDir(String prefix, Schema schema, int[] values) {
        // Every namespace has "all", "default" and "lo", and containers name their device alike
        // (eth0, ceth0): one shared String per prefix keeps a namespace small.
        prefix = prefix.intern();
        Dir d = new Dir(prefix, schema, values);
        dirs.put(prefix, d);
        return d;
    }

    /** Moves a directory to a new prefix (a renamed device), keeping its values. */
    public void renameDir(Dir d, String prefix) {
        if (dirs.get(d.prefix) == d) dirs.remove(d.prefix);
        prefix = prefix.intern();
        d.prefix = prefix;
        dirs.put(prefix, d);
    }

    public void removeDir(Dir d) {
        if (dirs.get(d.prefix) == d) dirs.remove(d.prefix);
    }

    private Dir dirOf(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : dirs.get(key.substring(0, dot + 1));
    }

    /** The entry of {@code key} (a view made on demand for table defaults and directory knobs), or null. */
    public Entry get(String key) {
        Entry e = entries.get(key);
        if (e != null) return e;
        Dir d = dirOf(key);
        if (d != null) {
            int i = d.schema.index(key.substring(key.lastIndexOf('.') + 1));
            if (i >= 0) return d.entry(i);
        }
        SysctlTable.Ctl c = TABLE.get(key);
        return c == null ? null : new Entry(c, c.dflt());
    }

    public void remove(String key) { entries.remove(key); }

    /**
     * Removes a device's directory {@code prefix} (ending in '.') and any entry in it. Only that
     * directory: the one of a device named "v.1" begins with "v." too and stays when v goes. The
     * directory is found by its key, so unregistering one of a hundred thousand devices costs
     * the same as one of ten; the few loose entries (the table's knobs that were written) are
     * looked through.
     */
    public void removePrefix(String prefix) {
        if (!prefix.endsWith(".")) throw new IllegalArgumentException("not a directory: " + prefix);
        entries.keySet().removeIf(k -> k.startsWith(prefix) && k.indexOf('.', prefix.length()) < 0);
        dirs.remove(prefix);
    }

    /** Entries under {@code prefix}, in key order. */
    public List<Entry> list(String prefix) {
        Map<String, Entry> out = new java.util.TreeMap<>();
        for (String k : TABLE.keys()) {
            if (k.startsWith(prefix) && !entries.containsKey(k)) {
                SysctlTable.Ctl c = TABLE.get(k);
                out.put(k, new Entry(c, c.dflt()));
            }
        }
        for (Entry e : entries.values()) if (e.key.startsWith(prefix)) out.put(e.key, e);
        for (Dir d : dirs.values()) {
            if (d.prefix.startsWith(prefix)) {
                for (int i = 0; i < d.values.length; i++) out.putIfAbsent(d.prefix + d.schema.names[i], d.entry(i));
            } else if (prefix.startsWith(d.prefix)) {
                for (int i = 0; i < d.values.length; i++) {
                    Entry e = d.entry(i);
                    if (e.key.startsWith(prefix)) out.putIfAbsent(e.key, e);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether {@code key} is a directory (a proper prefix of some entry). */
    public boolean isDirectory(String key) {
        String p = key.isEmpty() ? "" : key + ".";
        for (String k : entries.keySet()) if (k.startsWith(p)) return true;
        // Knob names have no dots: p (ending in '.') begins a knob's key only if it begins the directory's.
        for (String k : dirs.keySet()) if (k.startsWith(p)) return true;
        for (String k : TABLE.keys()) if (k.startsWith(p)) return true;
        return false;
    }

    /** A user read (cat, sysctl): EACCES on a write-only file (route.flush). */
    public String read(String key) throws KernelException {
        Entry e = get(key);
        if (e == null) throw new KernelException(Errno.ENOENT);
        if ((e.mode() & 0400) == 0) throw new KernelException(Errno.EACCES);
        if (e.dir != null && e.dir.strings != null && e.dir.strings[e.slot] != null) return e.dir.strings[e.slot];
        if (e.dir != null && e.dir.schema.ctls[e.slot].check() == SysctlTable.Check.IN6ADDR) {
            throw new KernelException(Errno.EIO);
        }
        return e.value();
    }

    /** Run after every user write, whatever it changed (the namespace tells bulk flood counting to re-check). */
    public Runnable afterWrite = () -> {};

    /** A user write (sysctl -w, echo > /proc/sys/...): checked as the entry's proc handler checks it. */
    public void write(String key, String raw) throws KernelException {
        try {
            writeEntry(key, raw);
        } finally {
            afterWrite.run();
        }
    }

    private void writeEntry(String key, String raw) throws KernelException {
        Entry e = get(key);
        if (e == null) throw new KernelException(Errno.ENOENT);
        if ((e.mode() & 0200) == 0) throw new KernelException(Errno.EACCES);
        if (e.dir != null) {
            writeDirKnob(e, raw);
            return;
        }
        String v = SysctlWrite.canonical(this, e, raw);
        if (!entries.containsKey(e.key)) put(e);
        if (e.writer != null) {
            e.writer.write(e, v);
        } else {
            e.set(v);
        }
        if (e.onWrite != null) e.onWrite.accept(e);
    }

    private void writeDirKnob(Entry e, String raw) throws KernelException {
        Dir d = e.dir;
        SysctlTable.Ctl c = d.schema.ctls[e.slot];
        if (c.check() == SysctlTable.Check.IN6ADDR) {
            // addrconf_sysctl_stable_secret: an IPv6 address, kept and shown in full form.
            String full = SysctlWrite.ipv6Full(raw.strip());
            if (full == null) throw new KernelException(Errno.EIO);
            if (d.strings == null) d.strings = new String[d.schema.size()];
            d.strings[e.slot] = full;
            return;
        }
        long ticks = 0, n;
        if (c.inTicks()) {
            ticks = SysctlWrite.ticks(c, raw);
            n = c.fromTicks(ticks);
        } else {
            n = SysctlWrite.number(this, c, raw);
        }
        if (d.check != null) d.check.check(d, e.slot, n);
        d.lastTicks = ticks;
        int old = d.values[e.slot];
        d.set(e.slot, (int) n);
        if (d.onWrite != null) d.onWrite.written(d, e.slot, old);
    }

    /** The table this namespace's keys come from. */
    public static SysctlTable table() { return TABLE; }
}
