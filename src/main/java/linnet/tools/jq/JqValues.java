package linnet.tools.jq;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as jq 1.6 holds them, in plain Java: null, Boolean, Double (jq 1.6 has only
 * doubles), String, List (array) and LinkedHashMap (object, insertion order kept as jq's object
 * slots keep it). Values are never changed once built: every update copies, as jq's
 * copy-on-write does when a value is shared.
 */
public final class JqValues {
    private JqValues() {}

    /** jv_kind_name. */
    public static String kind(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof Double) return "number";
        if (v instanceof String) return "string";
        if (v instanceof List) return "array";
        return "object";
    }

    /** jq's sort order of kinds: null, false, true, numbers, strings, arrays, objects. */
    private static int rank(Object v) {
        if (v == null) return 0;
        if (v instanceof Boolean b) return b ? 2 : 1;
        if (v instanceof Double) return 3;
        if (v instanceof String) return 4;
        if (v instanceof List) return 5;
        return 6;
    }

    public static boolean truthy(Object v) { return v != null && v != Boolean.FALSE && !Boolean.FALSE.equals(v); }

    @SuppressWarnings("unchecked")
    public static List<Object> array(Object v) { return (List<Object>) v; }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object v) { return (Map<String, Object>) v; }

    /** jv_cmp: total order used by sort, comparisons, unique, group_by. */
    public static int compare(Object a, Object b) {
        int ra = rank(a), rb = rank(b);
        if (ra != rb) return Integer.compare(ra, rb);
        switch (ra) {
            case 3: {
                double x = (Double) a, y = (Double) b;
                // jq 1.6 compares NaN as though it were null: below every number, itself included
                if (Double.isNaN(x)) return -1;
                if (Double.isNaN(y)) return 1;
                return x < y ? -1 : x == y ? 0 : 1;
            }
            case 4: return compareStrings((String) a, (String) b);
            case 5: {
                List<Object> x = array(a), y = array(b);
                for (int i = 0; i < x.size() && i < y.size(); i++) {
                    int c = compare(x.get(i), y.get(i));
                    if (c != 0) return c;
                }
                return Integer.compare(x.size(), y.size());
            }
            case 6: {
                Map<String, Object> x = object(a), y = object(b);
                List<String> kx = sortedKeys(x), ky = sortedKeys(y);
                int c = compare(new ArrayList<Object>(kx), new ArrayList<Object>(ky));
                if (c != 0) return c;
                for (String k : kx) {
                    c = compare(x.get(k), y.get(k));
                    if (c != 0) return c;
                }
                return 0;
            }
            default: return 0;
        }
    }

    /** jq compares strings as UTF-8 bytes, which is code point order (not Java's UTF-16 unit order). */
    public static int compareStrings(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    public static boolean equal(Object a, Object b) { return compare(a, b) == 0; }

    public static List<String> sortedKeys(Map<String, Object> m) {
        List<String> k = new ArrayList<>(m.keySet());
        k.sort(JqValues::compareStrings);
        return k;
    }

    /**
     * jv_identical as path tracking uses it: the same container or string (not an equal copy),
     * numbers bit for bit, null and booleans by kind.
     */
    static boolean identical(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Double x && b instanceof Double y) return x.equals(y);
        if (a instanceof Boolean x && b instanceof Boolean y) return x.equals(y);
        return false;
    }

    /** jv_dump_string_trunc: the compact dump cut to size-1 bytes, the last three made "..." when cut. */
    public static String trunc(Object v, int size) {
        byte[] b = JsonPrinter.compact(v).getBytes(StandardCharsets.UTF_8);
        if (b.length <= size - 1) return new String(b, StandardCharsets.UTF_8);
        byte[] c = java.util.Arrays.copyOf(b, size - 1);
        c[size - 4] = '.';
        c[size - 3] = '.';
        c[size - 2] = '.';
        return new String(c, StandardCharsets.UTF_8);
    }

    /** "kind (value)" as jq's type errors print a value. */
    public static String typed(Object v) { return kind(v) + " (" + trunc(v, 15) + ")"; }

    public static Double num(double d) { return d; }

    public static List<Object> list(Object... xs) {
        List<Object> l = new ArrayList<>(xs.length);
        for (Object x : xs) l.add(x);
        return l;
    }

    public static Map<String, Object> map() { return new LinkedHashMap<>(); }

    /** jv_is_integer: a whole number within int range (what array indexing accepts). */
    static boolean isInteger(double d) {
        return !Double.isNaN(d) && d <= Integer.MAX_VALUE && d >= Integer.MIN_VALUE && d == (int) d;
    }

    /** Length in code points, as jq measures strings. */
    static int codepoints(String s) { return s.codePointCount(0, s.length()); }
}
