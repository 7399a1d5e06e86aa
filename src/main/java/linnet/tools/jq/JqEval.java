package linnet.tools.jq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed jq program: every expression is a generator, written here as "call out.emit for
 * each result" (backtracking is the return from emit). Results come in jq 1.6's order: for a
 * binary operator the right operand is the outer loop, for an object the first key's.
 *
 * <p>Path expressions (path(f), del, |=, paths) run the same code with path tracking: every
 * result carries the path it was found at and the value jq expects there, and an index or
 * iteration on a value that is not the tracked one is jq's "Invalid path expression" error.
 */
final class JqEval {
    /** Where results go: the value and, when tracking, its path (else null). */
    interface Out {
        void emit(Object v, Path p);
    }

    /** A path from the root with the value found there; ROOT's parent is null. */
    static final class Path {
        final Path parent;
        final Object key;
        final Object value;

        Path(Path parent, Object key, Object value) {
            this.parent = parent;
            this.key = key;
            this.value = value;
        }

        Path child(Object k, Object v) { return new Path(this, k, v); }

        List<Object> keys() {
            List<Object> out = new ArrayList<>();
            for (Path p = this; p.parent != null; p = p.parent) out.add(0, p.key);
            return out;
        }
    }

    /** A runtime error: the value jq raised (a message string, or any value from error(v)). */
    static final class JqError extends RuntimeException {
        final Object value;

        JqError(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** An error raised downstream of a try, passing through it uncaught. */
    private static final class Downstream extends RuntimeException {
        final JqError error;
        final Object owner;

        Downstream(JqError error, Object owner) {
            super(null, null, false, false);
            this.error = error;
            this.owner = owner;
        }
    }

    /** break $label: unwinds to the label with this identity. */
    static final class BreakOut extends RuntimeException {
        final Object label;

        BreakOut(Object label) {
            super(null, null, false, false);
            this.label = label;
        }
    }

    /** Stops a generator early (first, limit, isempty); owner tells whose stop it is. */
    static final class Stop extends RuntimeException {
        final Object owner;

        Stop(Object owner) {
            super(null, null, false, false);
            this.owner = owner;
        }
    }

    /**
     * Names in scope: variables (arity -1) and functions. A function is a definition with the
     * scope it was defined in, or a closure parameter (an argument expression and its caller's scope).
     */
    static final class Env {
        final Env parent;
        final String name;
        final int arity;
        final Object value;
        final Ast.Def def;
        Env defEnv;
        final Ast closure;
        final Env closureEnv;

        private Env(Env parent, String name, int arity, Object value, Ast.Def def, Ast closure, Env closureEnv) {
            this.parent = parent;
            this.name = name;
            this.arity = arity;
            this.value = value;
            this.def = def;
            this.closure = closure;
            this.closureEnv = closureEnv;
        }

        Env var(String n, Object v) { return new Env(this, n, -1, v, null, null, null); }

        Env def(Ast.Def d) {
            Env e = new Env(this, d.name(), d.params().size(), null, d, null, null);
            e.defEnv = e; // recursion: the function sees itself
            return e;
        }

        Env closure(String n, Ast body, Env where) { return new Env(this, n, 0, null, null, body, where); }

        Env lookup(String n, int a) {
            for (Env e = this; e != null; e = e.parent) if (e.arity == a && e.name.equals(n)) return e;
            return null;
        }

        static Env empty() { return new Env(null, "", -2, null, null, null, null); }
    }

    final JqBuiltins natives;

    JqEval(JqBuiltins natives) { this.natives = natives; }

    static JqError error(String msg) { return new JqError(msg); }

    /** Runs a and collects what it yields (no path tracking). */
    List<Object> all(Ast a, Object in, Env env) {
        List<Object> out = new ArrayList<>();
        eval(a, in, null, env, (v, p) -> out.add(v));
        return out;
    }

    void eval(Ast a, Object in, Path p, Env env, Out out) {
        switch (a) {
            case Ast.Identity x -> out.emit(in, p);
            case Ast.RecurseAll x -> recurse(in, p, out);
            case Ast.Literal l -> out.emit(l.value(), p);
            case Ast.Index ix -> eval(ix.key(), in, null, env, (k, kp) ->
                    eval(ix.target(), in, p, env, (t, tp) -> {
                        if (tp != null && !JqValues.identical(t, tp.value))
                            throw error("Invalid path expression near attempt to access element " + JqValues.trunc(k, 15)
                                    + " of " + JqValues.trunc(t, 30));
                        Object v = JqPaths.get(t, k);
                        out.emit(v, tp == null ? null : tp.child(k, v));
                    }));
            case Ast.Slice s -> slice(s, in, p, env, out);
            case Ast.Iterate it -> eval(it.target(), in, p, env, (t, tp) -> iterate(t, tp, out));
            case Ast.Try t -> evalTry(t, in, p, env, out);
            case Ast.Str s -> string(s, 0, "", in, env, p, out);
            case Ast.Format f -> out.emit(JqFormats.apply(f.name(), in), p);
            case Ast.ArrayCons c -> {
                List<Object> items = new ArrayList<>();
                if (c.body() != null) eval(c.body(), in, null, env, (v, vp) -> items.add(v));
                out.emit(items, p);
            }
            case Ast.ObjectCons o -> object(o.entries(), 0, new LinkedHashMap<>(), in, env, p, out);
            case Ast.Neg n -> eval(n.operand(), in, null, env, (v, vp) -> {
                if (!(v instanceof Double d)) throw error(JqValues.typed(v) + " cannot be negated");
                out.emit(-d, p);
            });
            case Ast.Pipe pp -> eval(pp.left(), in, p, env, (v, vp) -> eval(pp.right(), v, vp, env, out));
            case Ast.Comma c -> {
                eval(c.left(), in, p, env, out);
                eval(c.right(), in, p, env, out);
            }
            case Ast.Binop b -> eval(b.right(), in, null, env, (r, rp) ->
                    eval(b.left(), in, null, env, (l, lp) -> out.emit(JqMath.binop(b.op(), l, r), p)));
            case Ast.And x -> eval(x.left(), in, null, env, (l, lp) -> {
                if (!JqValues.truthy(l)) out.emit(Boolean.FALSE, p);
                else eval(x.right(), in, null, env, (r, rp) -> out.emit(JqValues.truthy(r), p));
            });
            case Ast.Or x -> eval(x.left(), in, null, env, (l, lp) -> {
                if (JqValues.truthy(l)) out.emit(Boolean.TRUE, p);
                else eval(x.right(), in, null, env, (r, rp) -> out.emit(JqValues.truthy(r), p));
            });
            case Ast.Alt x -> {
                boolean[] any = {false};
                eval(x.left(), in, p, env, (v, vp) -> {
                    if (JqValues.truthy(v)) {
                        any[0] = true;
                        out.emit(v, vp);
                    }
                });
                if (!any[0]) eval(x.right(), in, p, env, out);
            }
            case Ast.Assign x -> assign(x, in, p, env, out);
            case Ast.If x -> eval(x.cond(), in, null, env, (c, cp) ->
                    eval(JqValues.truthy(c) ? x.then() : x.otherwise(), in, p, env, out));
            case Ast.Reduce r -> eval(r.init(), in, null, env, (init, ip) -> {
                Object[] acc = {init};
                eval(r.source(), in, null, env, (v, vp) -> bind(r.pattern(), v, in, env, e2 -> {
                    Object cur = acc[0];
                    acc[0] = null; // an update that yields nothing leaves null, as jq's LOADVN does
                    eval(r.update(), cur, null, e2, (u, up) -> acc[0] = u);
                }));
                out.emit(acc[0], p);
            });
            case Ast.Foreach f -> eval(f.init(), in, null, env, (init, ip) -> {
                Object[] acc = {init};
                eval(f.source(), in, null, env, (v, vp) -> bind(f.pattern(), v, in, env, e2 -> {
                    Object cur = acc[0];
                    acc[0] = null;
                    eval(f.update(), cur, null, e2, (u, up) -> {
                        acc[0] = u;
                        if (f.extract() == null) out.emit(u, p);
                        else eval(f.extract(), u, null, e2, (w, wp) -> out.emit(w, p));
                    });
                }));
            });
            case Ast.Bind b -> eval(b.source(), in, null, env, (v, vp) ->
                    bind(b.pattern(), v, in, env, e2 -> eval(b.body(), in, p, e2, out)));
            case Ast.FuncDefs d -> eval(d.rest(), in, p, env.def(d.def()), out);
            case Ast.Call c -> call(c, in, p, env, out);
            case Ast.Var v -> {
                Env e = env.lookup(v.name(), -1);
                if (e == null) throw error("$" + v.name() + " is not defined");
                out.emit(e.value, p);
            }
            case Ast.Label l -> {
                Object id = new Object();
                try {
                    eval(l.body(), in, p, env.var("*label-" + l.name(), id), out);
                } catch (BreakOut b) {
                    if (b.label != id) throw b;
                }
            }
            case Ast.Break b -> {
                Env e = env.lookup("*label-" + b.name(), -1);
                if (e == null) throw error("$*label-" + b.name() + " is not defined");
                throw new BreakOut(e.value);
            }
            case Ast.Loc l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", "<top-level>");
                m.put("line", (double) l.line());
                out.emit(m, p);
            }
        }
    }

    private void evalTry(Ast.Try t, Object in, Path p, Env env, Out out) {
        Object me = new Object();
        try {
            eval(t.body(), in, p, env, (v, vp) -> {
                try {
                    out.emit(v, vp);
                } catch (JqError e) {
                    throw new Downstream(e, me);
                }
            });
        } catch (Downstream d) {
            if (d.owner == me) throw d.error;
            throw d;
        } catch (JqError e) {
            if (t.handler() != null && e.value != null) eval(t.handler(), e.value, null, env, (v, vp) -> out.emit(v, p));
        }
    }

    private void recurse(Object v, Path p, Out out) {
        out.emit(v, p);
        if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) recurse(l.get(i), p == null ? null : p.child((double) i, l.get(i)), out);
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) recurse(e.getValue(), p == null ? null : p.child(e.getKey(), e.getValue()), out);
        }
    }

    void iterate(Object t, Path tp, Out out) {
        if (tp != null && !JqValues.identical(t, tp.value))
            throw error("Invalid path expression near attempt to iterate through " + JqValues.trunc(t, 30));
        if (t instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) out.emit(l.get(i), tp == null ? null : tp.child((double) i, l.get(i)));
        } else if (t instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : new ArrayList<>(m.entrySet()))
                out.emit(e.getValue(), tp == null ? null : tp.child(e.getKey(), e.getValue()));
        } else throw error("Cannot iterate over " + JqValues.typed(t));
    }

    private void slice(Ast.Slice s, Object in, Path p, Env env, Out out) {
        Ast from = s.from() == null ? new Ast.Literal(null) : s.from();
        Ast to = s.to() == null ? new Ast.Literal(null) : s.to();
        eval(from, in, null, env, (f, fp) -> eval(to, in, null, env, (e, ep) -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("start", f);
            key.put("end", e);
            eval(s.target(), in, p, env, (t, tp) -> {
                if (tp != null && !JqValues.identical(t, tp.value))
                    throw error("Invalid path expression near attempt to access element " + JqValues.trunc(key, 15)
                            + " of " + JqValues.trunc(t, 30));
                Object v = JqPaths.get(t, key);
                out.emit(v, tp == null ? null : tp.child(key, v));
            });
        }));
    }

    private void string(Ast.Str s, int k, String acc, Object in, Env env, Path p, Out out) {
        // later interpolations are the outer loops, as jq builds the string right to left
        List<Object> parts = s.parts();
        stringFrom(s, parts.size() - 1, "", in, env, p, out);
    }

    private void stringFrom(Ast.Str s, int k, String suffix, Object in, Env env, Path p, Out out) {
        if (k < 0) {
            out.emit(suffix, p);
            return;
        }
        Object part = s.parts().get(k);
        if (part instanceof String text) {
            stringFrom(s, k - 1, text + suffix, in, env, p, out);
            return;
        }
        eval((Ast) part, in, null, env, (v, vp) ->
                stringFrom(s, k - 1, JqFormats.apply(s.format(), v) + suffix, in, env, p, out));
    }

    private void object(List<Ast.Entry> entries, int k, Map<String, Object> acc, Object in, Env env, Path p, Out out) {
        if (k == entries.size()) {
            out.emit(new LinkedHashMap<>(acc), p);
            return;
        }
        Ast.Entry e = entries.get(k);
        eval(e.key(), in, null, env, (key, kp) -> eval(e.value(), in, null, env, (v, vp) -> {
            if (!(key instanceof String ks)) throw error("Cannot use " + JqValues.typed(key) + " as object key");
            Map<String, Object> next = new LinkedHashMap<>(acc);
            next.put(ks, v);
            object(entries, k + 1, next, in, env, p, out);
        }));
    }

    interface Bound {
        void run(Env e);
    }

    /** Destructures v into variables and runs body with them. */
    void bind(Ast.Pattern pat, Object v, Object in, Env env, Bound body) {
        switch (pat) {
            case Ast.PVar x -> body.run(env.var(x.name(), v));
            case Ast.PArray a -> bindArray(a.elements(), 0, v, in, env, body);
            case Ast.PObject o -> bindObject(o.entries(), 0, v, in, env, body);
        }
    }

    private void bindArray(List<Ast.Pattern> els, int k, Object v, Object in, Env env, Bound body) {
        if (k == els.size()) {
            body.run(env);
            return;
        }
        if (v != null && !(v instanceof List)) throw error("Cannot index " + JqValues.kind(v) + " with number");
        Object item = JqPaths.get(v, (double) k);
        bind(els.get(k), item, in, env, e2 -> bindArray(els, k + 1, v, in, e2, body));
    }

    private void bindObject(List<Ast.PEntry> es, int k, Object v, Object in, Env env, Bound body) {
        if (k == es.size()) {
            body.run(env);
            return;
        }
        Ast.PEntry e = es.get(k);
        eval(e.key(), in, null, env, (key, kp) -> {
            if (!(key instanceof String)) throw error("Cannot index " + JqValues.kind(v) + " with " + JqValues.kind(key));
            Object item = JqPaths.get(v, key);
            Env e2 = e.var() != null ? env.var(e.var(), item) : env;
            if (e.pattern() == null) bindObject(es, k + 1, v, in, e2, body);
            else bind(e.pattern(), item, in, e2, e3 -> bindObject(es, k + 1, v, in, e3, body));
        });
    }

    /** The paths an expression designates, each with its value (path(f)). */
    void paths(Ast a, Object in, Env env, Out out) {
        eval(a, in, new Path(null, null, in), env, (v, vp) -> {
            if (!JqValues.identical(v, vp.value)) throw error("Invalid path expression with result " + JqValues.trunc(v, 30));
            out.emit(v, vp);
        });
    }

    private void assign(Ast.Assign x, Object in, Path p, Env env, Out out) {
        switch (x.op()) {
            case "=" -> eval(x.value(), in, null, env, (v, vp) -> {
                Object[] acc = {in};
                paths(x.target(), in, env, (t, tp) -> acc[0] = JqPaths.set(acc[0], tp.keys(), v));
                out.emit(acc[0], p);
            });
            case "|=" -> out.emit(modify(x.target(), in, env, old -> {
                Object[] first = {NOTHING};
                Object me = new Object();
                try {
                    eval(x.value(), old, null, env, (v, vp) -> {
                        first[0] = v;
                        throw new Stop(me);
                    });
                } catch (Stop s) {
                    if (s.owner != me) throw s;
                }
                return first[0];
            }), p);
            default -> {
                String op = x.op().substring(0, x.op().length() - 1);
                eval(x.value(), in, null, env, (v, vp) -> out.emit(modify(x.target(), in, env, old ->
                        op.equals("//") ? (JqValues.truthy(old) ? old : v) : JqMath.binop(op, old, v)), p));
            }
        }
    }

    static final Object NOTHING = new Object();

    interface Update {
        Object apply(Object old);
    }

    /** _modify: each path in turn gets f of its value; a path whose update yields nothing is deleted. */
    Object modify(Ast target, Object in, Env env, Update f) {
        List<List<Object>> ps = new ArrayList<>();
        paths(target, in, env, (t, tp) -> ps.add(tp.keys()));
        Object acc = in;
        for (List<Object> path : ps) {
            Object nv = f.apply(JqPaths.getPath(acc, path));
            if (nv == NOTHING) acc = JqPaths.delPaths(acc, List.of(new ArrayList<Object>(path)));
            else acc = JqPaths.set(acc, path, nv);
        }
        return acc;
    }

    private void call(Ast.Call c, Object in, Path p, Env env, Out out) {
        Env f = env.lookup(c.name(), c.args().size());
        if (f == null) {
            natives.call(this, c, in, p, env, out);
            return;
        }
        if (f.closure != null) {
            eval(f.closure, in, p, f.closureEnv, out);
            return;
        }
        Ast.Def d = f.def;
        bindParams(d, c.args(), 0, f.defEnv, env, in, e -> eval(d.body(), in, p, e, out));
    }

    private void bindParams(Ast.Def d, List<Ast> args, int k, Env callee, Env caller, Object in, Bound body) {
        if (k == args.size()) {
            body.run(callee);
            return;
        }
        String param = d.params().get(k);
        if (param.startsWith("$")) {
            String n = param.substring(1);
            eval(args.get(k), in, null, caller, (v, vp) -> {
                Env e = callee.var(n, v);
                e = e.closure(n, new Ast.Literal(v), Env.empty());
                bindParams(d, args, k + 1, e, caller, in, body);
            });
        } else {
            bindParams(d, args, k + 1, callee.closure(param, args.get(k), caller), caller, in, body);
        }
    }
}
