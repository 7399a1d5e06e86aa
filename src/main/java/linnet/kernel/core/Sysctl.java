package linnet.kernel.core;

import java.util.ArrayList;
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
        String value;
        long intValue;
        Consumer<Entry> onWrite;
        /** For a knob of a {@link Dir}: its values array and index (the value lives there). */
        final int[] store;
        final int slot;
        /** Called before a write with the old value still in place; may veto with an errno. */
        Writer writer;

        Entry(String key, Kind kind, String value, long min, long max) {
            // Every namespace has the same keys: one shared String each keeps a namespace small.
            this.key = key.intern();
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.store = null;
            this.slot = 0;
            set(value);
        }

        /** A view onto a directory's knob. */
        Entry(String key, int[] store, int slot) {
            this.key = key;
            this.kind = Kind.INT;
            this.min = Integer.MIN_VALUE;
            this.max = Integer.MAX_VALUE;
            this.store = store;
            this.slot = slot;
        }

        /** An INT keeps only its number (the text is made when read), which keeps a namespace small. */
        void set(String v) {
            if (store != null) {
                store[slot] = (int) Long.parseLong(v.trim());
            } else if (kind == Kind.INT) {
                intValue = Long.parseLong(v.trim());
                value = null;
            } else {
                value = v;
            }
        }

        public String value() { return kind == Kind.INT ? Long.toString(longValue()) : value; }

        public int intValue() { return store != null ? store[slot] : (int) intValue; }

        public long longValue() { return store != null ? store[slot] : intValue; }

        /** Kernel-side write (no validation, no hooks): for values the kernel itself maintains. */
        public void setInternal(String v) { set(v); }

        public void setInternal(long v) {
            if (store != null) store[slot] = (int) v;
            else if (kind == Kind.INT) intValue = v;
            else value = Long.toString(v);
        }

        public Entry onWrite(Consumer<Entry> hook) {
            if (store != null) throw new UnsupportedOperationException("a directory knob has no hooks");
            this.onWrite = hook;
            return this;
        }

        public Entry writer(Writer w) {
            if (store != null) throw new UnsupportedOperationException("a directory knob has no hooks");
            this.writer = w;
            return this;
        }
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
        private final Map<String, Integer> index = new java.util.HashMap<>();

        /** {@code knobs} rows are {name, default}. */
        public Schema(String[][] knobs) {
            names = new String[knobs.length];
            defaults = new int[knobs.length];
            for (int i = 0; i < knobs.length; i++) {
                names[i] = knobs[i][0];
                defaults[i] = Integer.parseInt(knobs[i][1]);
                index.put(names[i], i);
            }
        }

        public int size() { return names.length; }

        public String name(int i) { return names[i]; }

        /** The knob's index, or -1. */
        public int index(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        /** A fresh values array holding the defaults. */
        public int[] defaults() { return defaults.clone(); }
    }

    /** One directory of integer knobs (e.g. net.ipv4.conf.eth0.): a prefix and its values. */
    public static final class Dir {
        String prefix;
        public final Schema schema;
        public final int[] values;

        Dir(String prefix, Schema schema, int[] values) {
            if (values.length != schema.size()) throw new IllegalArgumentException("values do not fit the schema");
            this.prefix = prefix;
            this.schema = schema;
            this.values = values;
        }

        public String prefix() { return prefix; }

        /** A view of knob {@code i} as an entry (made on demand, not kept). */
        public Entry entry(int i) { return new Entry(prefix + schema.names[i], values, i); }
    }

    /** A hash map (smaller per entry than a tree); listings sort, as /proc/sys shows names sorted. */
    private final Map<String, Entry> entries = new java.util.HashMap<>();
    /** Directories by prefix (ending in '.'). */
    private final Map<String, Dir> dirs = new java.util.HashMap<>();

    public Entry registerInt(String key, long value, long min, long max) {
        Entry e = new Entry(key, Kind.INT, Long.toString(value), min, max);
        entries.put(e.key, e);
        return e;
    }

    public Entry registerInt(String key, long value) { return registerInt(key, value, Integer.MIN_VALUE, Integer.MAX_VALUE); }

    public Entry registerString(String key, String value) {
        Entry e = new Entry(key, Kind.STRING, value, 0, 0);
        entries.put(e.key, e);
        return e;
    }

    public Entry registerVec(String key, String value) {
        Entry e = new Entry(key, Kind.INTVEC, value, 0, 0);
        entries.put(e.key, e);
        return e;
    }

    /** Registers directory {@code prefix} (ending in '.') holding {@code values} (owned by the directory). */
    public Dir registerDir(String prefix, Schema schema, int[] values) {
        Dir d = new Dir(prefix, schema, values);
        dirs.put(prefix, d);
        return d;
    }

    /** Moves a directory to a new prefix (a renamed device), keeping its values. */
    public void renameDir(Dir d, String prefix) {
        if (dirs.get(d.prefix) == d) dirs.remove(d.prefix);
        d.prefix = prefix;
        dirs.put(prefix, d);
    }

    public void removeDir(Dir d) {
        if (dirs.get(d.prefix) == d) dirs.remove(d.prefix);
    }

    public Entry get(String key) {
        Entry e = entries.get(key);
        if (e != null || dirs.isEmpty()) return e;
        int dot = key.lastIndexOf('.');
        if (dot < 0) return null;
        Dir d = dirs.get(key.substring(0, dot + 1));
        if (d == null) return null;
        int i = d.schema.index(key.substring(dot + 1));
        return i < 0 ? null : d.entry(i);
    }

    public void remove(String key) { entries.remove(key); }

    /** Removes every entry under {@code prefix} (a device's conf directory). */
    public void removePrefix(String prefix) {
        entries.keySet().removeIf(k -> k.startsWith(prefix));
        dirs.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** Entries under {@code prefix}, in key order. */
    public List<Entry> list(String prefix) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) if (e.key.startsWith(prefix)) out.add(e);
        for (Dir d : dirs.values()) {
            if (d.prefix.startsWith(prefix)) {
                for (int i = 0; i < d.values.length; i++) out.add(d.entry(i));
            } else if (prefix.startsWith(d.prefix)) {
                for (int i = 0; i < d.values.length; i++) {
                    Entry e = d.entry(i);
                    if (e.key.startsWith(prefix)) out.add(e);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(e -> e.key));
        return out;
    }

    /** Whether {@code key} is a directory (a proper prefix of some entry). */
    public boolean isDirectory(String key) {
        String p = key.isEmpty() ? "" : key + ".";
        for (String k : entries.keySet()) if (k.startsWith(p)) return true;
        // Knob names have no dots: p (ending in '.') begins a knob's key only if it begins the directory's.
        for (String k : dirs.keySet()) if (k.startsWith(p)) return true;
        return false;
    }

    /** A user write (sysctl -w, echo > /proc/sys/...): validated as proc_dointvec would. */
    public void write(String key, String raw) throws KernelException {
        Entry e = get(key);
        if (e == null) throw new KernelException(Errno.ENOENT);
        String v = raw.strip();
        if (e.kind == Kind.INT) {
            long n;
            try {
                n = Long.parseLong(v.split("\\s+")[0]);
            } catch (NumberFormatException ex) {
                throw new KernelException(Errno.EINVAL);
            }
            if (n < e.min || n > e.max) throw new KernelException(Errno.EINVAL);
            v = Long.toString(n);
        }
        if (e.writer != null) {
            e.writer.write(e, v);
        } else {
            e.set(v);
        }
        if (e.onWrite != null) e.onWrite.accept(e);
    }
}
