package linnet.userspace.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of Go's text/template that `docker inspect -f` and `--format` are used with:
 * {{.Field.Sub}}, {{json .X}}, {{index .X "key"}}, {{range .X}}...{{end}} (over a map's values
 * or a list, with {{.}} inside), {{if .X}}...{{else}}...{{end}}, {{println}}/{{print}},
 * {{upper}}/{{lower}}/{{join .X ","}}, over the JSON tree of the object. Values print as Go's
 * fmt does: maps as map[k:v], lists as [a b], nil as <nil>; a missing field is "<no value>".
 */
final class GoTemplate {
    static final class TemplateError extends Exception {
        TemplateError(String m) { super(m, null, false, false); }
    }

    private sealed interface Node permits Text, Action, Range, If {}
    private record Text(String s) implements Node {}
    private record Action(String expr) implements Node {}
    private record Range(String expr, List<Node> body) implements Node {}
    private record If(String expr, List<Node> then, List<Node> otherwise) implements Node {}

    private final List<Node> nodes;

    private GoTemplate(List<Node> nodes) { this.nodes = nodes; }

    static GoTemplate parse(String src) throws TemplateError {
        List<String[]> toks = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            int o = src.indexOf("{{", i);
            if (o < 0) { toks.add(new String[] {"t", src.substring(i)}); break; }
            if (o > i) toks.add(new String[] {"t", src.substring(i, o)});
            int c = src.indexOf("}}", o);
            if (c < 0) throw new TemplateError("template: :1: unclosed action");
            String in = src.substring(o + 2, c);
            boolean trimL = in.startsWith("- "), trimR = in.endsWith(" -");
            if (trimL && !toks.isEmpty() && toks.get(toks.size() - 1)[0].equals("t"))
                toks.get(toks.size() - 1)[1] = toks.get(toks.size() - 1)[1].stripTrailing();
            in = in.substring(trimL ? 2 : 0, in.length() - (trimR ? 2 : 0)).trim();
            toks.add(new String[] {"a", in});
            i = c + 2;
            if (trimR) while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
        }
        int[] pos = {0};
        List<Node> out = block(toks, pos);
        if (pos[0] < toks.size()) throw new TemplateError("template: :1: unexpected {{" + toks.get(pos[0])[1] + "}}");
        return new GoTemplate(out);
    }

    private static List<Node> block(List<String[]> toks, int[] pos) throws TemplateError {
        List<Node> out = new ArrayList<>();
        while (pos[0] < toks.size()) {
            String[] t = toks.get(pos[0]);
            if (t[0].equals("t")) { out.add(new Text(t[1])); pos[0]++; continue; }
            String a = t[1];
            if (a.equals("end") || a.equals("else")) return out;
            pos[0]++;
            if (a.startsWith("range ")) {
                List<Node> body = block(toks, pos);
                expect(toks, pos, "end");
                out.add(new Range(a.substring(6).trim(), body));
            } else if (a.startsWith("if ")) {
                List<Node> then = block(toks, pos);
                List<Node> els = List.of();
                if (pos[0] < toks.size() && toks.get(pos[0])[1].equals("else")) {
                    pos[0]++;
                    els = block(toks, pos);
                }
                expect(toks, pos, "end");
                out.add(new If(a.substring(3).trim(), then, els));
            } else out.add(new Action(a));
        }
        return out;
    }

    private static void expect(List<String[]> toks, int[] pos, String what) throws TemplateError {
        if (pos[0] >= toks.size() || !toks.get(pos[0])[1].equals(what)) throw new TemplateError("template: :1: unexpected EOF");
        pos[0]++;
    }

    String execute(Object dot) throws TemplateError {
        StringBuilder sb = new StringBuilder();
        run(nodes, dot, sb);
        return sb.toString();
    }

    private void run(List<Node> ns, Object dot, StringBuilder sb) throws TemplateError {
        for (Node n : ns) {
            switch (n) {
                case Text t -> sb.append(t.s());
                case Action a -> {
                    Object v = eval(a.expr(), dot);
                    if (v != NOTHING) sb.append(v instanceof Raw r ? r.s : print(v));
                }
                case Range r -> {
                    Object v = eval(r.expr(), dot);
                    if (v instanceof Map<?, ?> m) {
                        // Go ranges over a map in key order
                        for (Object k : new java.util.TreeSet<>(m.keySet())) run(r.body(), m.get(k), sb);
                    } else if (v instanceof List<?> l) {
                        for (Object x : l) run(r.body(), x, sb);
                    }
                }
                case If f -> run(truthy(eval(f.expr(), dot)) ? f.then() : f.otherwise(), dot, sb);
            }
        }
    }

    private static final Object NOTHING = new Object();

    private record Raw(String s) {}

    private static boolean truthy(Object v) {
        if (v == null || v == NOTHING) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Number x) return x.longValue() != 0;
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        if (v instanceof List<?> l) return !l.isEmpty();
        return true;
    }

    private Object eval(String expr, Object dot) throws TemplateError {
        List<String> w = words(expr);
        if (w.isEmpty()) throw new TemplateError("template: :1: missing value for command");
        String f = w.get(0);
        switch (f) {
            case "json": return new Raw(Json.compact(arg(w, 1, dot)));
            case "index": {
                Object v = arg(w, 1, dot);
                for (int i = 2; i < w.size(); i++) {
                    String k = w.get(i);
                    Object key = k.startsWith("\"") ? k.substring(1, k.length() - 1) : k;
                    if (v instanceof Map<?, ?> m) v = m.get(key);
                    else if (v instanceof List<?> l) {
                        int n;
                        try {
                            n = Integer.parseInt(key.toString());
                        } catch (NumberFormatException e) {
                            throw new TemplateError("template: :1:2: executing \"\" at <" + expr + ">: error calling index: cannot index slice/array with type string");
                        }
                        if (n < 0 || n >= l.size())
                            throw new TemplateError("template: :1:2: executing \"\" at <" + expr + ">: error calling index: index out of range: " + n);
                        v = l.get(n);
                    }
                    else throw new TemplateError("template: :1:2: executing \"\" at <index>: error calling index: can't index item of type " + typeName(v));
                }
                return v;
            }
            case "println": {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i < w.size(); i++) sb.append(i > 1 ? " " : "").append(print(arg(w, i, dot)));
                return new Raw(sb + "\n");
            }
            case "print": {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i < w.size(); i++) sb.append(print(arg(w, i, dot)));
                return new Raw(sb.toString());
            }
            case "upper": return print(arg(w, 1, dot)).toUpperCase(java.util.Locale.ROOT);
            case "lower": return print(arg(w, 1, dot)).toLowerCase(java.util.Locale.ROOT);
            case "len": {
                Object v = arg(w, 1, dot);
                return v instanceof Map<?, ?> m ? m.size() : v instanceof List<?> l ? l.size() : print(v).length();
            }
            case "join": {
                Object v = arg(w, 1, dot);
                String sep = w.size() > 2 ? unquote(w.get(2)) : "";
                List<String> parts = new ArrayList<>();
                if (v instanceof List<?> l) for (Object x : l) parts.add(print(x));
                return String.join(sep, parts);
            }
            default:
                if (w.size() > 1) throw new TemplateError("template: :1: function \"" + f + "\" not defined");
                return arg(w, 0, dot);
        }
    }

    private static String unquote(String s) { return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s; }

    private Object arg(List<String> w, int i, Object dot) throws TemplateError {
        if (i >= w.size()) throw new TemplateError("template: :1: wrong number of args");
        String a = w.get(i);
        if (a.startsWith("\"")) return unquote(a);
        if (a.equals(".")) return dot;
        if (!a.startsWith(".")) throw new TemplateError("template: :1: function \"" + a + "\" not defined");
        Object v = dot;
        for (String f : a.substring(1).split("\\.")) {
            if (v instanceof Map<?, ?> m) {
                if (!m.containsKey(f)) return "<no value>";
                v = m.get(f);
            } else {
                throw new TemplateError("template: :1:" + (a.length()) + ": executing \"\" at <" + a + ">: can't evaluate field "
                        + f + " in type " + typeName(v));
            }
        }
        return v;
    }

    private static String typeName(Object v) {
        if (v instanceof String) return "string";
        if (v instanceof Boolean) return "bool";
        if (v instanceof Number) return "int";
        if (v instanceof List<?>) return "[]interface {}";
        return "interface {}";
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') { i++; continue; }
            int j = i;
            if (c == '"') {
                j++;
                while (j < s.length() && s.charAt(j) != '"') j++;
                j++;
            } else while (j < s.length() && s.charAt(j) != ' ') j++;
            out.add(s.substring(i, Math.min(j, s.length())));
            i = j;
        }
        return out;
    }

    /** fmt's %v of a JSON value. */
    static String print(Object v) {
        if (v == null) return "<nil>";
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("map[");
            boolean first = true;
            for (Object k : new java.util.TreeSet<>(m.keySet())) {
                if (!first) sb.append(' ');
                first = false;
                sb.append(k).append(':').append(print(m.get(k)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? " " : "").append(print(l.get(i)));
            return sb.append(']').toString();
        }
        return v.toString();
    }
}
