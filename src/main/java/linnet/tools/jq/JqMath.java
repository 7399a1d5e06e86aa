package linnet.tools.jq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** jq 1.6's arithmetic and comparison operators on values (f_plus, f_minus, f_multiply, f_divide, f_mod, order). */
final class JqMath {
    private JqMath() {}

    private static JqEval.JqError pair(Object a, Object b, String what) {
        return new JqEval.JqError(JqValues.typed(a) + " and " + JqValues.typed(b) + " " + what);
    }

    static Object binop(String op, Object a, Object b) {
        return switch (op) {
            case "+" -> plus(a, b);
            case "-" -> minus(a, b);
            case "*" -> multiply(a, b);
            case "/" -> divide(a, b);
            case "%" -> mod(a, b);
            case "==" -> JqValues.equal(a, b);
            case "!=" -> !JqValues.equal(a, b);
            case "<" -> JqValues.compare(a, b) < 0;
            case "<=" -> JqValues.compare(a, b) <= 0;
            case ">" -> JqValues.compare(a, b) > 0;
            default -> JqValues.compare(a, b) >= 0; // ">="
        };
    }

    static Object plus(Object a, Object b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a instanceof Double x && b instanceof Double y) return x + y;
        if (a instanceof String x && b instanceof String y) return x + y;
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> l = new ArrayList<>(x);
            l.addAll(y);
            return l;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Map<String, Object> m = new LinkedHashMap<>(JqValues.object(x));
            m.putAll(JqValues.object(y));
            return m;
        }
        throw pair(a, b, "cannot be added");
    }

    static Object minus(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x - y;
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> l = new ArrayList<>();
            for (Object e : x) {
                boolean drop = false;
                for (Object f : y) drop |= JqValues.equal(e, f);
                if (!drop) l.add(e);
            }
            return l;
        }
        throw pair(a, b, "cannot be subtracted");
    }

    static Object multiply(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x * y;
        if (a instanceof String && b instanceof Double || a instanceof Double && b instanceof String) {
            String s = a instanceof String x ? x : (String) b;
            double n = a instanceof Double x ? x : (Double) b;
            // jq repeats (int)(n - 1) more times; below one copy it gives null
            int more = (int) (n - 1);
            if (more < 0) return null;
            return s.repeat(more + 1);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) return deepMerge(JqValues.object(x), JqValues.object(y));
        throw pair(a, b, "cannot be multiplied");
    }

    private static Map<String, Object> deepMerge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> m = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object old = m.get(e.getKey());
            if (old instanceof Map<?, ?> o && e.getValue() instanceof Map<?, ?> n)
                m.put(e.getKey(), deepMerge(JqValues.object(o), JqValues.object(n)));
            else m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    static Object divide(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            if (y == 0.0) throw pair(a, b, "cannot be divided because the divisor is zero");
            return x / y;
        }
        if (a instanceof String x && b instanceof String y) return JqStrings.split(x, y);
        throw pair(a, b, "cannot be divided");
    }

    static Object mod(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            long d = (long) (double) y;
            if (d == 0) throw pair(a, b, "cannot be divided (remainder) because the divisor is zero");
            return (double) ((long) (double) x % d);
        }
        throw pair(a, b, "cannot be divided (remainder)");
    }
}
