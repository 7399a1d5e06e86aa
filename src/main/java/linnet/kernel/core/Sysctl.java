package linnet.kernel.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sysctl tree of one namespace (/proc/sys/net/...). Entries are objects so kernel code keeps a
 * reference and reads {@link Entry#intValue()} without a lookup on the packet path.
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
        /** Called before a write with the old value still in place; may veto with an errno. */
        Writer writer;

        Entry(String key, Kind kind, String value, long min, long max) {
            // Every namespace has the same keys: one shared String each keeps a namespace small.
            this.key = key.intern();
            this.kind = kind;
            this.min = min;
            this.max = max;
            set(value);
        }

        /** An INT keeps only its number (the text is made when read), which keeps a namespace small. */
        void set(String v) {
            if (kind == Kind.INT) {
                intValue = Long.parseLong(v.trim());
                value = null;
            } else {
                value = v;
            }
        }

        public String value() { return kind == Kind.INT ? Long.toString(intValue) : value; }

        public int intValue() { return (int) intValue; }

        public long longValue() { return intValue; }

        /** Kernel-side write (no validation, no hooks): for values the kernel itself maintains. */
        public void setInternal(String v) { set(v); }

        public void setInternal(long v) {
            if (kind == Kind.INT) intValue = v;
            else value = Long.toString(v);
        }

        public Entry onWrite(Consumer<Entry> hook) {
            this.onWrite = hook;
            return this;
        }

        public Entry writer(Writer w) {
            this.writer = w;
            return this;
        }
    }

    /** A custom write handler (e.g. ip_forward resetting every interface). */
    @FunctionalInterface
    public interface Writer {
        void write(Entry e, String value) throws KernelException;
    }

    /** A hash map (smaller per entry than a tree); listings sort, as /proc/sys shows names sorted. */
    private final Map<String, Entry> entries = new java.util.HashMap<>();

    public Entry registerInt(String key, long value, long min, long max) {
        Entry e = new Entry(key, Kind.INT, Long.toString(value), min, max);
        entries.put(key, e);
        return e;
    }

    public Entry registerInt(String key, long value) { return registerInt(key, value, Integer.MIN_VALUE, Integer.MAX_VALUE); }

    public Entry registerString(String key, String value) {
        Entry e = new Entry(key, Kind.STRING, value, 0, 0);
        entries.put(key, e);
        return e;
    }

    public Entry registerVec(String key, String value) {
        Entry e = new Entry(key, Kind.INTVEC, value, 0, 0);
        entries.put(key, e);
        return e;
    }

    public Entry get(String key) { return entries.get(key); }

    public void remove(String key) { entries.remove(key); }

    /** Removes every entry under {@code prefix} (a device's conf directory). */
    public void removePrefix(String prefix) {
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** Entries under {@code prefix}, in key order. */
    public List<Entry> list(String prefix) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) if (e.key.startsWith(prefix)) out.add(e);
        out.sort(java.util.Comparator.comparing(e -> e.key));
        return out;
    }

    /** Whether {@code key} is a directory (a proper prefix of some entry). */
    public boolean isDirectory(String key) {
        String p = key.isEmpty() ? "" : key + ".";
        for (String k : entries.keySet()) if (k.startsWith(p)) return true;
        return false;
    }

    /** A user write (sysctl -w, echo > /proc/sys/...): validated as proc_dointvec would. */
    public void write(String key, String raw) throws KernelException {
        Entry e = entries.get(key);
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
