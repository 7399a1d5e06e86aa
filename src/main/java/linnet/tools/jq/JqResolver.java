package linnet.tools.jq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * jq's compile-time binding check: every $variable, function call (name/arity) and break label
 * must be bound where it is used, else "X is not defined" at its offset, in program order.
 */
final class JqResolver {
    /** A lexical scope: variables (with '$'), functions as name/arity, labels as *label-name. */
    private record Scope(Scope parent, String name) {
        boolean has(String n) {
            for (Scope s = this; s != null; s = s.parent) if (s.name.equals(n)) return true;
            return false;
        }

        Scope with(String n) { return new Scope(this, n); }
    }

    private final Set<String> natives;
    private final List<JqParser.Problem> problems = new ArrayList<>();

    private JqResolver(Set<String> natives) { this.natives = natives; }

    /** The problems of a program checked inside the given global names ("$ENV", "map/1", ...). */
    static List<JqParser.Problem> check(Ast program, List<String> globals, Set<String> natives) {
        Scope s = new Scope(null, "");
        for (String g : globals) s = s.with(g);
        JqResolver r = new JqResolver(natives);
        r.walk(program, s);
        return r.problems;
    }

    private Scope bindPattern(Ast.Pattern p, Scope s, Scope keyScope) {
        switch (p) {
            case Ast.PVar v -> { return s.with("$" + v.name()); }
            case Ast.PArray a -> {
                for (Ast.Pattern e : a.elements()) s = bindPattern(e, s, keyScope);
                return s;
            }
            case Ast.PObject o -> {
                for (Ast.PEntry e : o.entries()) {
                    if (e.var() == null) walk(e.key(), keyScope);
                    if (e.var() != null) s = s.with("$" + e.var());
                    if (e.pattern() != null) s = bindPattern(e.pattern(), s, keyScope);
                }
                return s;
            }
        }
    }

    private void walk(Ast a, Scope s) {
        switch (a) {
            case Ast.Identity x -> { }
            case Ast.RecurseAll x -> { }
            case Ast.Literal x -> { }
            case Ast.Format x -> { }
            case Ast.Loc x -> { }
            case Ast.Index x -> {
                walk(x.target(), s);
                walk(x.key(), s);
            }
            case Ast.Slice x -> {
                walk(x.target(), s);
                if (x.from() != null) walk(x.from(), s);
                if (x.to() != null) walk(x.to(), s);
            }
            case Ast.Iterate x -> walk(x.target(), s);
            case Ast.Try x -> {
                walk(x.body(), s);
                if (x.handler() != null) walk(x.handler(), s);
            }
            case Ast.Str x -> {
                for (Object part : x.parts()) if (part instanceof Ast p) walk(p, s);
            }
            case Ast.ArrayCons x -> {
                if (x.body() != null) walk(x.body(), s);
            }
            case Ast.ObjectCons x -> {
                for (Ast.Entry e : x.entries()) {
                    walk(e.key(), s);
                    walk(e.value(), s);
                }
            }
            case Ast.Neg x -> walk(x.operand(), s);
            case Ast.Pipe x -> { walk(x.left(), s); walk(x.right(), s); }
            case Ast.Comma x -> { walk(x.left(), s); walk(x.right(), s); }
            case Ast.Binop x -> { walk(x.left(), s); walk(x.right(), s); }
            case Ast.And x -> { walk(x.left(), s); walk(x.right(), s); }
            case Ast.Or x -> { walk(x.left(), s); walk(x.right(), s); }
            case Ast.Alt x -> { walk(x.left(), s); walk(x.right(), s); }
            case Ast.Assign x -> { walk(x.target(), s); walk(x.value(), s); }
            case Ast.If x -> { walk(x.cond(), s); walk(x.then(), s); walk(x.otherwise(), s); }
            case Ast.Reduce x -> {
                walk(x.source(), s);
                walk(x.init(), s);
                walk(x.update(), bindPattern(x.pattern(), s, s));
            }
            case Ast.Foreach x -> {
                walk(x.source(), s);
                walk(x.init(), s);
                Scope b = bindPattern(x.pattern(), s, s);
                walk(x.update(), b);
                if (x.extract() != null) walk(x.extract(), b);
            }
            case Ast.Bind x -> {
                walk(x.source(), s);
                walk(x.body(), bindPattern(x.pattern(), s, s));
            }
            case Ast.FuncDefs x -> {
                Ast.Def d = x.def();
                Scope self = s.with(d.name() + "/" + d.params().size());
                Scope inner = self;
                for (String p : d.params()) {
                    if (p.startsWith("$")) inner = inner.with(p).with(p.substring(1) + "/0");
                    else inner = inner.with(p + "/0");
                }
                walk(d.body(), inner);
                walk(x.rest(), self);
            }
            case Ast.Call x -> {
                String key = x.name() + "/" + x.args().size();
                if (!s.has(key) && !natives.contains(key)) problems.add(new JqParser.Problem(key + " is not defined", x.offset()));
                for (Ast arg : x.args()) walk(arg, s);
            }
            case Ast.Var x -> {
                if (!s.has("$" + x.name())) problems.add(new JqParser.Problem("$" + x.name() + " is not defined", x.offset()));
            }
            case Ast.Label x -> walk(x.body(), s.with("$*label-" + x.name()));
            case Ast.Break x -> {
                if (!s.has("$*label-" + x.name()))
                    problems.add(new JqParser.Problem("$*label-" + x.name() + " is not defined", x.offset()));
            }
        }
    }
}
