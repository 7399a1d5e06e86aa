package linnet.kernel.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A hash map from primitive long keys to objects (open addressing, linear probing), for tables on
 * the packet path (neighbours) where a boxed Long key would allocate on every lookup.
 */
public final class LongMap<V> {
    private long[] keys = new long[16];
    private Object[] vals = new Object[16];
    private int size;

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @SuppressWarnings("unchecked")
    public V get(long k) {
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            Object v = vals[i];
            if (v == null) return null;
            if (keys[i] == k) return (V) v;
        }
    }

    public void put(long k, V v) {
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            if (vals[i] == null) {
                keys[i] = k;
                vals[i] = v;
                size++;
                return;
            }
            if (keys[i] == k) {
                vals[i] = v;
                return;
            }
        }
    }

    /** Removes {@code k}; the probe chain after it is re-inserted so lookups stay correct. */
    public void remove(long k) {
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (vals[i] != null && keys[i] != k) i = (i + 1) & mask;
        if (vals[i] == null) return;
        vals[i] = null;
        size--;
        for (int j = (i + 1) & mask; vals[j] != null; j = (j + 1) & mask) {
            long kj = keys[j];
            Object vj = vals[j];
            vals[j] = null;
            size--;
            reinsert(kj, vj);
        }
    }

    private void reinsert(long k, Object v) {
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (vals[i] != null) i = (i + 1) & mask;
        keys[i] = k;
        vals[i] = v;
        size++;
    }

    private void grow() {
        long[] ok = keys;
        Object[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new Object[ov.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ov[i] != null) reinsert(ok[i], ov[i]);
    }

    public int size() { return size; }

    @SuppressWarnings("unchecked")
    public List<V> values() {
        List<V> l = new ArrayList<>(size);
        for (Object v : vals) if (v != null) l.add((V) v);
        return l;
    }
}
