package linnet.tools.jq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indexing and path updates with jq 1.6's rules and texts (jv_get, jv_set, jv_getpath, jv_setpath, jv_delpaths). */
final class JqPaths {
    private JqPaths() {}

    private static JqEval.JqError error(String m) { return new JqEval.JqError(m); }

    /** t[k]: null for a missing key or index, and for anything indexed on null. */
    static Object get(Object t, Object k) {
        if (t instanceof Map<?, ?> m && k instanceof String s) return m.get(s);
        if (t instanceof List<?> l && k instanceof Double d) {
            if (!JqValues.isInteger(d)) return null;
            int i = (int) (double) d;
            if (i < 0) i += l.size();
            return i >= 0 && i < l.size() ? l.get(i) : null;
        }
        if ((t instanceof List || t instanceof String) && k instanceof Map<?, ?> slice) {
            int[] r = sliceRange(t, slice);
            if (r == null) {
                throw error(t instanceof List ? "Start and end indices of an array slice must be numbers"
                        : "Start and end indices of an string slice must be numbers");
            }
            if (t instanceof List<?> l) return new ArrayList<Object>(l.subList(r[0], r[1]));
            String s = (String) t;
            return s.substring(s.offsetByCodePoints(0, r[0]), s.offsetByCodePoints(0, r[1]));
        }
        if (t instanceof List<?> l && k instanceof List<?> sub) return indexes(l, sub);
        if (t == null && (k instanceof String || k instanceof Double || k instanceof Map)) return null;
        if (k instanceof String s && s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 30)
            throw error("Cannot index " + JqValues.kind(t) + " with string \"" + s + "\"");
        throw error("Cannot index " + JqValues.kind(t) + " with " + JqValues.kind(k));
    }

    /** Where b occurs as a run inside a (jv_array_indexes). */
    static List<Object> indexes(List<?> a, List<?> b) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (b.isEmpty()) continue;
            boolean ok = true;
            for (int j = 0; j < b.size() && ok; j++) ok = i + j < a.size() && JqValues.equal(a.get(i + j), b.get(j));
            if (ok) out.add((double) i);
        }
        return out;
    }

    /** parse_slice: {start, end} against t's length (code points for strings); null when not numbers. */
    static int[] sliceRange(Object t, Map<?, ?> slice) {
        Object s = slice.get("start"), e = slice.get("end");
        int len = t instanceof List<?> l ? l.size() : JqValues.codepoints((String) t);
        if (s == null) s = 0.0;
        if (e == null) e = (double) len;
        if (!(s instanceof Double) || !(e instanceof Double)) return null;
        double ds = (Double) s, de = (Double) e;
        if (ds < 0) ds += len;
        if (de < 0) de += len;
        if (ds < 0) ds = 0;
        if (ds > len) ds = len;
        int start = (int) ds;
        int end = de > len ? len : (int) de;
        if (end < de) end += 1; // an end of 1.5 includes index 1
        if (end > len) end = len;
        if (end < start) end = start;
        return new int[] {start, end};
    }

    /** jv_set: t with k set to v (null becomes an object or array as the key asks). */
    static Object setKey(Object t, Object k, Object v) {
        if (k instanceof String s && (t instanceof Map || t == null)) {
            Map<String, Object> m = t == null ? new LinkedHashMap<>() : new LinkedHashMap<>(JqValues.object(t));
            m.put(s, v);
            return m;
        }
        if (k instanceof Double d && (t instanceof List || t == null)) {
            List<Object> l = t == null ? new ArrayList<>() : new ArrayList<>(JqValues.array(t));
            int i = (int) (double) d;
            if (i < 0) {
                i += l.size();
                if (i < 0) throw error("Out of bounds negative array index");
            }
            while (l.size() <= i) l.add(null);
            l.set(i, v);
            return l;
        }
        if (k instanceof Map<?, ?> slice && (t instanceof List || t == null)) {
            List<Object> l = t == null ? new ArrayList<>() : new ArrayList<>(JqValues.array(t));
            int[] r = sliceRange(l, slice);
            if (r == null) throw error("Start and end indices of an array slice must be numbers");
            if (!(v instanceof List)) throw error("A slice of an array can only be assigned another array");
            List<Object> out = new ArrayList<>(l.subList(0, r[0]));
            out.addAll(JqValues.array(v));
            out.addAll(l.subList(r[1], l.size()));
            return out;
        }
        throw error("Cannot update field at " + JqValues.kind(k) + " index of " + JqValues.kind(t));
    }

    static Object getPath(Object t, List<Object> path) {
        for (Object k : path) {
            if (t == null) return null;
            t = get(t, k);
        }
        return t;
    }

    static Object set(Object root, List<Object> path, Object v) {
        if (path.isEmpty()) return v;
        Object k = path.get(0);
        Object child = set(get(root, k), path.subList(1, path.size()), v);
        return setKey(root, k, child);
    }

    /** delpaths: the paths sorted, deleted from the last so that earlier array indices stay put. */
    static Object delPaths(Object root, List<Object> paths) {
        List<Object> sorted = new ArrayList<>(paths);
        for (Object p : sorted) if (!(p instanceof List)) throw error("Path must be specified as an array");
        sorted.sort(JqValues::compare);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            List<Object> p = JqValues.array(sorted.get(i));
            if (p.isEmpty()) return null;
            root = delPath(root, p);
        }
        return root;
    }

    private static Object delPath(Object t, List<Object> p) {
        if (t == null) return null;
        Object k = p.get(0);
        if (p.size() > 1) {
            Object child = get(t, k);
            if (child == null) return t;
            return setKey(t, k, delPath(child, p.subList(1, p.size())));
        }
        if (t instanceof Map<?, ?> m) {
            if (!(k instanceof String s)) throw error("Cannot delete " + JqValues.kind(k) + " field of object");
            Map<String, Object> c = new LinkedHashMap<>(JqValues.object(m));
            c.remove(s);
            return c;
        }
        if (t instanceof List<?> l) {
            List<Object> c = new ArrayList<>(l);
            if (k instanceof Double d) {
                int i = (int) (double) d;
                if (i < 0) i += c.size();
                if (i >= 0 && i < c.size()) c.remove(i);
                return c;
            }
            if (k instanceof Map<?, ?> slice) {
                int[] r = sliceRange(c, slice);
                if (r == null) throw error("Start and end indices of an array slice must be numbers");
                c.subList(r[0], r[1]).clear();
                return c;
            }
            throw error("Cannot delete " + JqValues.kind(k) + " element of array");
        }
        throw error("Cannot delete fields from " + JqValues.kind(t));
    }
}
