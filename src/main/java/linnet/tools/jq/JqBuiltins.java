package linnet.tools.jq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import linnet.tools.jq.JqEval.Env;
import linnet.tools.jq.JqEval.JqError;
import linnet.tools.jq.JqEval.Out;
import linnet.tools.jq.JqEval.Path;

/**
 * The builtins jq 1.6 implements in C (and a few it writes in jq but that run better here without
 * deep recursion: range, limit, first, isempty, recurse, while/until, sort_by and friends).
 * Value arguments of C builtins are evaluated with the last argument as the outer loop, as jq
 * does; the ones jq defines with $params have the first argument outer.
 *
 * <p>The libm functions are java.lang.Math's, which can differ from glibc's in the last digit
 * (cbrt, log2, exp10); gamma, lgamma, tgamma, lgamma_r, erf, erfc, j0, j1, y0, y1, jn, yn are
 * not here. The date functions (now, mktime, gmtime, strftime, strptime, todate, fromdate) are not here either.
 */
final class JqBuiltins {
    /** What the program can reach outside itself: the environment, the input stream, stderr. */
    interface Host {
        Map<String, Object> env();

        /** The next input value, or NO_INPUT. */
        Object input();

        Object inputFilename();

        /** Lines read so far from the current input (input_line_number). */
        double lineNumber();

        void stderr(String text);
    }

    static final Object NO_INPUT = new Object();

    /** name/arity of every builtin here, for the compile-time "is not defined" check. */
    static final Set<String> NAMES = Set.of("empty/0", "error/0", "error/1", "not/0", "length/0", "utf8bytelength/0",
            "keys/0", "keys_unsorted/0", "has/1", "contains/1", "add/0", "range/1", "range/2", "range/3", "floor/0",
            "sqrt/0", "ceil/0", "round/0", "fabs/0", "trunc/0", "log/0", "log2/0", "log10/0", "exp/0", "exp2/0",
            "exp10/0", "pow/2", "tostring/0", "tonumber/0", "type/0", "tojson/0", "fromjson/0",
            "ascii_downcase/0", "ascii_upcase/0", "explode/0", "implode/0", "ltrimstr/1", "rtrimstr/1",
            "startswith/1", "endswith/1", "split/1", "_match_impl/3", "sub/2", "sub/3", "gsub/2", "gsub/3",
            "sort/0", "sort_by/1", "group_by/1", "unique_by/1", "min/0", "max/0", "min_by/1", "max_by/1", "path/1",
            "getpath/1", "setpath/2", "delpaths/1", "recurse/0", "recurse/1", "recurse/2", "limit/2", "first/1",
            "isempty/1", "input/0", "inputs/0", "debug/0", "stderr/0", "input_filename/0", "indices/1", "infinite/0",
            "nan/0", "isinfinite/0", "isnan/0", "isnormal/0", "halt/0", "halt_error/0", "halt_error/1",
            "while/2", "until/2", "repeat/1", "tostream/0", "builtins/0", "input_line_number/0", "significand/0",
            "acos/0", "acosh/0", "asin/0", "asinh/0", "atan/0", "atanh/0", "cbrt/0", "cos/0", "cosh/0", "sin/0", "sinh/0", "tan/0", "tanh/0", "expm1/0", "log1p/0", "nearbyint/0", "rint/0", "pow10/0", "logb/0", "frexp/0", "modf/0", "atan2/2", "hypot/2", "remainder/2", "drem/2", "copysign/2", "fdim/2", "fmax/2", "fmin/2", "fmod/2", "nextafter/2", "nexttoward/2", "scalb/2", "scalbln/2", "ldexp/2", "fma/3");

    /** halt / halt_error: stop the whole program with this status and message. */
    static final class Halt extends RuntimeException {
        final int status;
        final Object message;

        Halt(int status, Object message) {
            super(null, null, false, false);
            this.status = status;
            this.message = message;
        }
    }

    private final Host host;

    JqBuiltins(Host host) { this.host = host; }

    private static JqError error(String m) { return new JqError(m); }

    private interface Vals {
        void run(Object[] v);
    }

    /** Evaluates args (values, no paths), the last one as the outer loop. */
    private void values(JqEval ev, List<Ast> args, Object in, Env env, Vals body) {
        Object[] v = new Object[args.size()];
        valuesFrom(ev, args, args.size() - 1, v, in, env, body);
    }

    private void valuesFrom(JqEval ev, List<Ast> args, int k, Object[] v, Object in, Env env, Vals body) {
        if (k < 0) {
            body.run(v.clone());
            return;
        }
        ev.eval(args.get(k), in, null, env, (x, xp) -> {
            v[k] = x;
            valuesFrom(ev, args, k - 1, v, in, env, body);
        });
    }

    private static double number(Object v, String what) {
        if (!(v instanceof Double d)) throw error(JqValues.typed(v) + " " + what);
        return d;
    }

    void call(JqEval ev, Ast.Call c, Object in, Path p, Env env, Out out) {
        String key = c.name() + "/" + c.args().size();
        List<Ast> a = c.args();
        switch (key) {
            case "empty/0" -> { }
            case "not/0" -> out.emit(!JqValues.truthy(in), p);
            case "error/0" -> raise(in);
            case "error/1" -> values(ev, a, in, env, v -> raise(v[0]));
            case "path/1" -> ev.paths(a.get(0), in, env, (v, vp) -> out.emit(vp.keys(), p));
            case "getpath/1" -> values(ev, a, in, env, v -> {
                if (!(v[0] instanceof List<?> path)) throw error("Path must be specified as an array");
                Object r;
                try {
                    r = JqPaths.getPath(in, JqValues.array(path));
                } catch (JqError e) {
                    throw e;
                }
                if (p != null) {
                    Path q = p;
                    Object cur = in;
                    for (Object k : JqValues.array(path)) {
                        cur = cur == null ? null : JqPaths.get(cur, k);
                        q = q.child(k, cur);
                    }
                    out.emit(r, q);
                } else out.emit(r, null);
            });
            case "setpath/2" -> values(ev, a, in, env, v -> {
                if (!(v[0] instanceof List<?> path)) throw error("Path must be specified as an array");
                out.emit(JqPaths.set(in, JqValues.array(path), v[1]), p);
            });
            case "delpaths/1" -> values(ev, a, in, env, v -> {
                if (!(v[0] instanceof List<?> ps)) throw error("Paths must be specified as an array");
                out.emit(JqPaths.delPaths(in, JqValues.array(ps)), p);
            });
            case "recurse/0" -> recurse(ev, null, null, in, p, env, out);
            case "recurse/1" -> recurse(ev, a.get(0), null, in, p, env, out);
            case "recurse/2" -> recurse(ev, a.get(0), a.get(1), in, p, env, out);
            case "first/1" -> {
                Object me = new Object();
                try {
                    ev.eval(a.get(0), in, p, env, (v, vp) -> {
                        out.emit(v, vp);
                        throw new JqEval.Stop(me);
                    });
                } catch (JqEval.Stop s) {
                    if (s.owner != me) throw s;
                }
            }
            case "limit/2" -> ev.eval(a.get(0), in, null, env, (n, np) -> {
                double lim = number(n, "number required");
                if (lim < 0) {
                    ev.eval(a.get(1), in, p, env, out);
                    return;
                }
                Object me = new Object();
                int[] count = {0};
                try {
                    ev.eval(a.get(1), in, p, env, (v, vp) -> {
                        out.emit(v, vp);
                        if (++count[0] >= lim) throw new JqEval.Stop(me);
                    });
                } catch (JqEval.Stop s) {
                    if (s.owner != me) throw s;
                }
            });
            case "isempty/1" -> {
                Object me = new Object();
                boolean[] empty = {true};
                try {
                    ev.eval(a.get(0), in, null, env, (v, vp) -> {
                        empty[0] = false;
                        throw new JqEval.Stop(me);
                    });
                } catch (JqEval.Stop s) {
                    if (s.owner != me) throw s;
                }
                out.emit(empty[0], p);
            }
            case "while/2" -> {
                Object cur = in;
                while (true) {
                    List<Object> cs = ev.all(a.get(0), cur, env);
                    if (cs.isEmpty() || !JqValues.truthy(cs.get(0))) return;
                    out.emit(cur, null);
                    List<Object> next = ev.all(a.get(1), cur, env);
                    if (next.isEmpty()) return;
                    cur = next.get(next.size() - 1);
                }
            }
            case "until/2" -> {
                Object cur = in;
                while (true) {
                    List<Object> cs = ev.all(a.get(0), cur, env);
                    if (!cs.isEmpty() && JqValues.truthy(cs.get(0))) {
                        out.emit(cur, null);
                        return;
                    }
                    List<Object> next = ev.all(a.get(1), cur, env);
                    if (next.isEmpty()) return;
                    cur = next.get(next.size() - 1);
                }
            }
            case "repeat/1" -> {
                // jq 1.6: def repeat(f): def r: f, r; r  -- f again and again on the same input
                while (true) ev.eval(a.get(0), in, p, env, out);
            }
            case "range/1" -> ev.eval(a.get(0), in, null, env, (n, np) -> {
                double upto = number(n, "number required");
                for (double i = 0; i < upto; i++) out.emit(i, p);
            });
            case "range/2" -> ev.eval(a.get(0), in, null, env, (f, fp) -> ev.eval(a.get(1), in, null, env, (u, up) -> {
                double from = number(f, "number required"), upto = number(u, "number required");
                for (double i = from; i < upto; i++) out.emit(i, p);
            }));
            case "range/3" -> ev.eval(a.get(0), in, null, env, (f, fp) -> ev.eval(a.get(1), in, null, env, (u, up) ->
                    ev.eval(a.get(2), in, null, env, (b, bp) -> {
                        Object upto = u, by = b;
                        Object i = f;
                        // jq 1.6's definition: step while below (above, for a negative $by) $upto; $by 0 yields nothing
                        boolean pos = JqValues.compare(by, 0.0) > 0, neg = JqValues.compare(by, 0.0) < 0;
                        while ((pos && JqValues.compare(i, upto) < 0) || (neg && JqValues.compare(i, upto) > 0)) {
                            out.emit(i, p);
                            i = JqMath.plus(i, by);
                        }
                    })));
            case "inputs/0" -> {
                for (Object v = host.input(); v != NO_INPUT; v = host.input()) out.emit(v, p);
            }
            case "input/0" -> {
                Object v = host.input();
                if (v == NO_INPUT) throw error("break"); // jq 1.6 reports the end of input this way
                out.emit(v, p);
            }
            case "debug/0" -> {
                host.stderr(JsonPrinter.compact(JqValues.list("DEBUG:", in)) + "\n");
                out.emit(in, p);
            }
            case "stderr/0" -> {
                host.stderr(JsonPrinter.compact(in));
                out.emit(in, p);
            }
            case "tostream/0" -> {
                for (Object e : streamEvents(in)) out.emit(e, p);
            }
            case "input_filename/0" -> out.emit(host.inputFilename(), p);
            case "input_line_number/0" -> out.emit(host.lineNumber(), p);
            case "halt/0" -> throw new Halt(0, NO_INPUT);
            case "halt_error/0" -> throw new Halt(5, in);
            case "halt_error/1" -> values(ev, a, in, env, v -> {
                if (!(v[0] instanceof Double d)) throw error(JqValues.typed(in) + " halt_error/1: number required");
                throw new Halt((int) (double) d, in);
            });
            case "sort_by/1", "group_by/1", "unique_by/1", "min_by/1", "max_by/1" -> byKey(ev, c.name(), a.get(0), in, p, env, out);
            case "sub/2", "sub/3", "gsub/2", "gsub/3" -> {
                Ast flagsAst = a.size() == 3 ? a.get(2) : new Ast.Literal("");
                ev.eval(a.get(0), in, null, env, (re, rp) -> ev.eval(flagsAst, in, null, env, (fl, fp) -> {
                    if (!(fl instanceof String fs)) throw error(JqValues.typed(fl) + " is not a string");
                    boolean global = c.name().equals("gsub") || fs.contains("g");
                    substitute(ev, in, re, fs.replace("g", ""), global, a.get(1), env, s -> out.emit(s, p));
                }));
            }
            default -> values(ev, a, in, env, v -> out.emit(simple(key, in, v, ev), p));
        }
    }

    private static void raise(Object v) {
        // error(null) is jq 1.6's invalid value without a message: it backtracks like empty
        if (v == null) return;
        throw new JqError(v);
    }

    private void recurse(JqEval ev, Ast f, Ast cond, Object in, Path p, Env env, Out out) {
        out.emit(in, p);
        if (f == null) {
            if (in instanceof List || in instanceof Map) ev.iterate(in, p, (v, vp) -> recurse(ev, null, null, v, vp, env, out));
            return;
        }
        ev.eval(f, in, p, env, (v, vp) -> {
            if (cond != null) {
                List<Object> cs = ev.all(cond, v, env);
                for (Object c : cs) if (JqValues.truthy(c)) recurse(ev, f, cond, v, vp, env, out);
            } else recurse(ev, f, null, v, vp, env, out);
        });
    }

    private interface Strings {
        void emit(String s);
    }

    /** sub/gsub as jq 1.6 defines them: each replacement is the template run on the capture object; gsub recurses on the rest. */
    private void substitute(JqEval ev, Object in, Object re, String flags, boolean global, Ast template, Env env, Strings out) {
        List<Object> ms = JqRegex.match(in, re, flags, false);
        if (ms.isEmpty()) {
            out.emit((String) in);
            return;
        }
        String s = (String) in;
        Map<String, Object> m = JqValues.object(ms.get(0));
        int off = (int) (double) (Double) m.get("offset"), len = (int) (double) (Double) m.get("length");
        int from = s.offsetByCodePoints(0, off), to = s.offsetByCodePoints(from, len);
        String before = s.substring(0, from), rest = s.substring(to);
        ev.eval(template, JqValues.object(JqRegex.captures(m)), null, env, (r, rp) -> {
            Object head = JqMath.plus(before, r);
            if (global && !rest.isEmpty() && to > from) {
                substitute(ev, rest, re, flags, true, template, env, tail -> out.emit((String) JqMath.plus(head, tail)));
            } else out.emit((String) JqMath.plus(head, rest));
        });
    }

    private void byKey(JqEval ev, String name, Ast f, Object in, Path p, Env env, Out out) {
        List<Object> items = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        ev.iterate(in, null, (v, vp) -> {
            items.add(v);
            keys.add(new ArrayList<>(ev.all(f, v, env)));
        });
        if (!(in instanceof List)) {
            if (name.equals("min_by") || name.equals("max_by"))
                throw error(JqValues.typed(in) + " and " + JqValues.typed(keys) + " cannot be iterated over");
            throw error(JqValues.typed(in) + " and " + JqValues.typed(keys) + " cannot be sorted, as they are not both arrays");
        }
        switch (name) {
            case "min_by", "max_by" -> out.emit(minmax(items, keys, name.equals("min_by")), p);
            default -> {
                List<Integer> order = sortedOrder(keys);
                if (name.equals("sort_by")) {
                    List<Object> r = new ArrayList<>();
                    for (int i : order) r.add(items.get(i));
                    out.emit(r, p);
                    return;
                }
                List<Object> groups = new ArrayList<>();
                List<Object> cur = null;
                Object curKey = null;
                for (int i : order) {
                    if (cur == null || !JqValues.equal(curKey, keys.get(i))) {
                        cur = new ArrayList<>();
                        groups.add(cur);
                        curKey = keys.get(i);
                    }
                    cur.add(items.get(i));
                }
                if (name.equals("unique_by")) {
                    List<Object> r = new ArrayList<>();
                    for (Object g : groups) r.add(JqValues.array(g).get(0));
                    out.emit(r, p);
                } else out.emit(groups, p);
            }
        }
    }

    /** Stable sort of indices by key (jq sorts with the index as tie-breaker). */
    private static List<Integer> sortedOrder(List<Object> keys) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) order.add(i);
        order.sort((x, y) -> JqValues.compare(keys.get(x), keys.get(y)));
        return order;
    }

    /** jq keeps the first of equal minima and the last of equal maxima. */
    private static Object minmax(List<Object> items, List<Object> keys, boolean min) {
        if (items.isEmpty()) return null;
        int best = 0;
        for (int i = 1; i < items.size(); i++) {
            int c = JqValues.compare(keys.get(i), keys.get(best));
            if ((c < 0) == min) best = i;
        }
        return items.get(best);
    }

    private static Object simple(String key, Object in, Object[] v, JqEval ev) {
        switch (key) {
            case "length/0": {
                if (in == null) return 0.0;
                if (in instanceof Boolean) throw error(JqValues.typed(in) + " has no length");
                if (in instanceof Double d) return Math.abs(d);
                if (in instanceof String s) return (double) JqValues.codepoints(s);
                if (in instanceof List<?> l) return (double) l.size();
                return (double) JqValues.object(in).size();
            }
            case "utf8bytelength/0": {
                if (!(in instanceof String s)) throw error(JqValues.typed(in) + " only strings have UTF-8 byte length");
                return (double) s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
            case "keys/0":
            case "keys_unsorted/0": {
                if (in instanceof Map<?, ?> m) {
                    List<Object> ks = new ArrayList<>(key.equals("keys/0") ? JqValues.sortedKeys(JqValues.object(m)) : JqValues.object(m).keySet());
                    return ks;
                }
                if (in instanceof List<?> l) {
                    List<Object> ks = new ArrayList<>();
                    for (int i = 0; i < l.size(); i++) ks.add((double) i);
                    return ks;
                }
                throw error(JqValues.typed(in) + " has no keys");
            }
            case "has/1": {
                Object k = v[0];
                if (in instanceof Map<?, ?> m && k instanceof String s) return m.containsKey(s);
                if (in instanceof List<?> l && k instanceof Double d) {
                    int i = (int) (double) d;
                    return d >= 0 && i < l.size();
                }
                throw error("Cannot check whether " + JqValues.kind(in) + " has a " + JqValues.kind(k) + " key");
            }
            case "contains/1": {
                if (!containsKind(in).equals(containsKind(v[0])))
                    throw error(JqValues.typed(in) + " and " + JqValues.typed(v[0]) + " cannot have their containment checked");
                return contains(in, v[0]);
            }
            case "add/0": {
                Object acc = null;
                List<Object> items = new ArrayList<>();
                ev.iterate(in, null, (x, xp) -> items.add(x));
                for (Object x : items) acc = JqMath.plus(acc, x);
                return acc;
            }
            case "floor/0": return Math.floor(number(in, "number required"));
            case "ceil/0": return Math.ceil(number(in, "number required"));
            case "round/0": { double d = number(in, "number required"); return Math.signum(d) * Math.floor(Math.abs(d) + 0.5); } // C round: halves away from zero
            case "fabs/0": return Math.abs(number(in, "number required"));
            case "trunc/0": { double d = number(in, "number required"); return d < 0 ? Math.ceil(d) : Math.floor(d); }
            case "sqrt/0": return Math.sqrt(number(in, "number required"));
            case "log/0": return Math.log(number(in, "number required"));
            case "log2/0": return Math.log(number(in, "number required")) / Math.log(2);
            case "log10/0": return Math.log10(number(in, "number required"));
            case "exp/0": return Math.exp(number(in, "number required"));
            case "exp2/0": return Math.pow(2, number(in, "number required"));
            case "exp10/0": return Math.pow(10, number(in, "number required"));
            case "significand/0": { double d = number(in, "number required"); return d == 0 ? 0.0 : d / Math.pow(2, Math.getExponent(d)); }
            case "acos/0": { double x = number(in, "number required"); return Math.acos(x); }
            case "acosh/0": { double x = number(in, "number required"); return Math.log(x + Math.sqrt(x * x - 1)); }
            case "asin/0": { double x = number(in, "number required"); return Math.asin(x); }
            case "asinh/0": { double x = number(in, "number required"); return (x == 0 ? x : Math.log(x + Math.sqrt(x * x + 1))); }
            case "atan/0": { double x = number(in, "number required"); return Math.atan(x); }
            case "atanh/0": { double x = number(in, "number required"); return 0.5 * Math.log((1 + x) / (1 - x)); }
            case "cbrt/0": { double x = number(in, "number required"); return Math.cbrt(x); }
            case "cos/0": { double x = number(in, "number required"); return Math.cos(x); }
            case "cosh/0": { double x = number(in, "number required"); return Math.cosh(x); }
            case "sin/0": { double x = number(in, "number required"); return Math.sin(x); }
            case "sinh/0": { double x = number(in, "number required"); return Math.sinh(x); }
            case "tan/0": { double x = number(in, "number required"); return Math.tan(x); }
            case "tanh/0": { double x = number(in, "number required"); return Math.tanh(x); }
            case "expm1/0": { double x = number(in, "number required"); return Math.expm1(x); }
            case "log1p/0": { double x = number(in, "number required"); return Math.log1p(x); }
            case "nearbyint/0": { double x = number(in, "number required"); return Math.rint(x); }
            case "rint/0": { double x = number(in, "number required"); return Math.rint(x); }
            case "pow10/0": throw error("Error: pow10/0 not found at build time"); // Debian's jq was built without it
            case "frexp/0": {
                double x = number(in, "number required");
                if (x == 0 || !Double.isFinite(x)) return JqValues.list(x, 0.0);
                int e = Math.getExponent(x) + 1;
                double m = x / Math.pow(2, e);
                if (Math.abs(m) < 0.5) { m *= 2; e--; } // subnormals
                return JqValues.list(m, (double) e);
            }
            case "modf/0": {
                double x = number(in, "number required");
                double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
                return JqValues.list(Double.isInfinite(x) ? Math.copySign(0.0, x) : x - ip, ip);
            }
            case "logb/0": { double x = number(in, "number required"); return (x == 0 ? Double.NEGATIVE_INFINITY : Double.isInfinite(x) ? Double.POSITIVE_INFINITY : (double) Math.getExponent(x)); }
            case "atan2/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.atan2(a, b); }
            case "hypot/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.hypot(a, b); }
            case "remainder/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.IEEEremainder(a, b); }
            case "drem/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.IEEEremainder(a, b); }
            case "copysign/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.copySign(a, b); }
            case "fdim/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return (a > b ? a - b : 0.0); }
            case "fmax/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return (Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b)); }
            case "fmin/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return (Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b)); }
            case "fmod/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return a % b; }
            case "nextafter/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.nextAfter(a, b); }
            case "nexttoward/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return Math.nextAfter(a, b); }
            case "scalb/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return a * Math.pow(2, b); }
            case "scalbln/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return a * Math.pow(2, (long) b); }
            case "ldexp/2": { double a = number(v[0], "number required"), b = number(v[1], "number required"); return a * Math.pow(2, (int) b); }
            case "fma/3": return number(v[0], "number required") * number(v[1], "number required") + number(v[2], "number required");
            case "pow/2": return Math.pow(number(v[0], "number required"), number(v[1], "number required"));
            case "infinite/0": return Double.POSITIVE_INFINITY;
            case "nan/0": return Double.NaN;
            case "isinfinite/0": return Double.isInfinite(number(in, "number required"));
            case "isnan/0": return Double.isNaN(number(in, "number required"));
            case "isnormal/0": { double d = number(in, "number required"); return Double.isFinite(d) && d != 0 && Math.abs(d) >= Double.MIN_NORMAL; }
            case "tostring/0": return in instanceof String ? in : JsonPrinter.compact(in);
            case "tojson/0": return JsonPrinter.compact(in);
            case "type/0": return JqValues.kind(in);
            case "tonumber/0": {
                if (in instanceof Double) return in;
                if (in instanceof String s) {
                    Object parsed;
                    try {
                        parsed = JsonReader.parseOne(s);
                    } catch (JsonReader.ParseError e) {
                        throw error(e.getMessage());
                    }
                    if (parsed instanceof Double) return parsed;
                }
                throw error(JqValues.typed(in) + " cannot be parsed as a number");
            }
            case "fromjson/0": {
                if (!(in instanceof String s)) throw error(JqValues.typed(in) + " only strings can be parsed");
                try {
                    return JsonReader.parseOne(s);
                } catch (JsonReader.ParseError e) {
                    throw error(e.getMessage());
                }
            }
            case "ascii_downcase/0":
            case "ascii_upcase/0":
                if (!(in instanceof String s)) throw error("explode input must be a string");
                return JqStrings.asciiCase(s, key.startsWith("ascii_down"));
            case "explode/0":
                if (!(in instanceof String s)) throw error("explode input must be a string");
                return JqStrings.explode(s);
            case "implode/0":
                if (!(in instanceof List<?> l)) throw error("implode input must be an array");
                return JqStrings.implode(l);
            case "ltrimstr/1":
                if (in instanceof String s && v[0] instanceof String x && s.startsWith(x)) return s.substring(x.length());
                return in;
            case "rtrimstr/1":
                if (in instanceof String s && v[0] instanceof String x && s.endsWith(x) && s.length() >= x.length())
                    return s.substring(0, s.length() - x.length());
                return in;
            case "startswith/1":
                if (!(in instanceof String s) || !(v[0] instanceof String x)) throw error("startswith() requires string inputs");
                return s.startsWith(x);
            case "endswith/1":
                if (!(in instanceof String s) || !(v[0] instanceof String x)) throw error("endswith() requires string inputs");
                return s.endsWith(x);
            case "split/1":
                if (!(in instanceof String s) || !(v[0] instanceof String x)) throw error("split input and separator must be strings");
                return JqStrings.split(s, x);
            case "indices/1": {
                Object i = v[0];
                if (in instanceof List<?> l && i instanceof List<?> sub) return JqPaths.indexes(l, sub);
                if (in instanceof List<?> l) return JqPaths.indexes(l, java.util.Collections.singletonList(i));
                if (in instanceof String s && i instanceof String x) return JqStrings.indices(s, x);
                return JqPaths.get(in, i);
            }
            case "_match_impl/3": {
                List<Object> r = JqRegex.match(in, v[0], v[1], JqValues.truthy(v[2]));
                return JqValues.truthy(v[2]) ? r.get(0) : r;
            }
            case "sort/0": {
                if (!(in instanceof List<?> l)) throw error(JqValues.typed(in) + " cannot be sorted, as it is not an array");
                List<Object> r = new ArrayList<>(l);
                r.sort(JqValues::compare);
                return r;
            }
            case "min/0":
            case "max/0": {
                if (!(in instanceof List<?> l)) throw error(JqValues.typed(in) + " and " + JqValues.typed(in) + " cannot be iterated over");
                List<Object> items = new ArrayList<>(l);
                return minmax(items, items, key.equals("min/0"));
            }
            case "builtins/0": {
                List<Object> out = new ArrayList<>(NAMES);
                return out;
            }
            default:
                throw error(key + " is not defined");
        }
    }

    /** The events of --stream for one value, as tostream gives them. */
    static List<Object> streamEvents(Object v) {
        List<Object> events = new ArrayList<>();
        tostream(v, new ArrayList<>(), events);
        return events;
    }

    /** tostream: [path, leaf] for each leaf, then [path-to-last-key] closing each container. */
    private static void tostream(Object v, List<Object> path, List<Object> out) {
        boolean container = v instanceof List<?> l ? !l.isEmpty() : v instanceof Map<?, ?> m && !m.isEmpty();
        if (!container) {
            out.add(JqValues.list(new ArrayList<>(path), v));
            return;
        }
        List<Object> keys = new ArrayList<>();
        if (v instanceof List<?> l) for (int i = 0; i < l.size(); i++) keys.add((double) i);
        else keys.addAll(JqValues.object(v).keySet());
        for (Object k : keys) {
            List<Object> p = new ArrayList<>(path);
            p.add(k);
            tostream(JqPaths.get(v, k), p, out);
        }
        List<Object> last = new ArrayList<>(path);
        last.add(keys.get(keys.size() - 1));
        out.add(JqValues.list(last));
    }

    /** contains/1 treats true and false as different kinds, as jq's kinds do. */
    private static String containsKind(Object v) {
        if (v instanceof Boolean b) return b ? "true" : "false";
        return JqValues.kind(v);
    }

    private static boolean contains(Object a, Object b) {
        if (!containsKind(a).equals(containsKind(b))) return false;
        if (a instanceof Map<?, ?> x) {
            Map<?, ?> y = (Map<?, ?>) b;
            for (Map.Entry<?, ?> e : y.entrySet()) {
                if (!x.containsKey(e.getKey()) || !contains(x.get(e.getKey()), e.getValue())) return false;
            }
            return true;
        }
        if (a instanceof List<?> x) {
            for (Object be : (List<?>) b) {
                boolean found = false;
                for (Object ae : x) if (contains(ae, be)) { found = true; break; }
                if (!found) return false;
            }
            return true;
        }
        if (a instanceof String x) return x.contains((String) b);
        return JqValues.equal(a, b);
    }

    static Map<String, Object> envObject(Map<String, String> env) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) m.put(e.getKey(), e.getValue());
        return m;
    }
}
