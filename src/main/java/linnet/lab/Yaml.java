package linnet.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of YAML lab files use: block mappings and sequences by indentation, flow collections
 * ({@code {kind: linux}}, {@code ["a:eth1", "b:eth1"]}) on one line, plain, single- and
 * double-quoted scalars, '#' comments, a leading "---". Anchors, tags, multi-line scalars and
 * multi-document streams are not part of it and are refused with the line they are on. Every
 * value keeps the line it started on, so the lab's checks can say where a mistake is.
 */
final class Yaml {
    /** A value: a String (null for an empty value), a Map of String to Value, or a List of Value. */
    record Value(Object v, int line) {
        boolean isMap() { return v instanceof Map; }

        boolean isList() { return v instanceof List; }

        boolean isScalar() { return v == null || v instanceof String; }

        @SuppressWarnings("unchecked")
        Map<String, Value> map() { return (Map<String, Value>) v; }

        @SuppressWarnings("unchecked")
        List<Value> list() { return (List<Value>) v; }

        String str() { return (String) v; }

        /** What it is, in the words of an error message. */
        String what() {
            return v == null ? "an empty value" : isMap() ? "a mapping" : isList() ? "a list" : "\"" + v + "\"";
        }
    }

    private record Line(int no, int indent, String text) {}

    private final String source;
    private final List<Line> lines = new ArrayList<>();
    private int pos;

    private Yaml(String source) { this.source = source; }

    static Value parse(String text, String source) throws LabFileException {
        Yaml y = new Yaml(source);
        y.split(text);
        if (y.lines.isEmpty()) return new Value(null, 1);
        Value v = y.block(y.lines.get(0).indent);
        if (y.pos < y.lines.size()) {
            Line l = y.lines.get(y.pos);
            throw y.error(l.no, "unexpected indentation (expected a key at column " + (y.lines.get(0).indent + 1) + ")");
        }
        return v;
    }

    private LabFileException error(int line, String msg) { return new LabFileException(source, line, msg); }

    /** The meaningful lines: comments and blank lines dropped, indentation measured. */
    private void split(String text) throws LabFileException {
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            int no = i + 1;
            int ind = 0;
            while (ind < s.length() && s.charAt(ind) == ' ') ind++;
            String body = stripComment(s.substring(ind), no).stripTrailing();
            if (body.isEmpty()) continue;
            if (ind < s.length() && s.charAt(ind) == '\t') throw error(no, "tab in indentation (YAML indents with spaces)");
            if (body.equals("---") && lines.isEmpty()) continue;
            if (body.equals("---") || body.equals("...")) throw error(no, "a second document (a lab file holds one)");
            char c = body.charAt(0);
            if (c == '&' || c == '*' || c == '!' || c == '|' || c == '>' || c == '%')
                throw error(no, "'" + c + "' (anchors, aliases, tags, block scalars and directives are not read in lab files)");
            lines.add(new Line(no, ind, body));
        }
    }

    /** The line without a '#' comment (one starting the line or after a blank, outside quotes). */
    private String stripComment(String s, int no) throws LabFileException {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " \t[{,:-".indexOf(s.charAt(i - 1)) >= 0) quote = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return s.substring(0, i);
            }
        }
        if (quote != 0) throw error(no, "unterminated " + (quote == '"' ? "double" : "single") + "-quoted string");
        return s;
    }

    private static boolean isItem(String t) { return t.equals("-") || t.startsWith("- "); }

    /** A block collection whose lines start at column {@code indent}. */
    private Value block(int indent) throws LabFileException {
        Line l = lines.get(pos);
        return isItem(l.text) ? sequence(indent) : mapping(indent);
    }

    private Value sequence(int indent) throws LabFileException {
        int first = lines.get(pos).no;
        List<Value> items = new ArrayList<>();
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.indent < indent) break;
            if (l.indent > indent) throw error(l.no, "unexpected indentation (expected \"- \" at column " + (indent + 1) + ")");
            if (!isItem(l.text)) throw error(l.no, "expected a list item (\"- \") at column " + (indent + 1));
            String rest = l.text.length() > 1 ? l.text.substring(2) : "";
            int lead = 0;
            while (lead < rest.length() && rest.charAt(lead) == ' ') lead++;
            rest = rest.substring(lead);
            if (rest.isEmpty()) {
                pos++;
                items.add(nested(indent, l.no, true));
            } else if (keyEnd(rest) >= 0 && !rest.startsWith("{") && !rest.startsWith("[")) {
                // "- key: value": a mapping that starts inside the item, its keys aligned on the first
                lines.set(pos, new Line(l.no, indent + 2 + lead, rest));
                items.add(mapping(indent + 2 + lead));
            } else {
                pos++;
                items.add(inline(rest, l.no));
            }
        }
        return new Value(items, first);
    }

    private Value mapping(int indent) throws LabFileException {
        int first = lines.get(pos).no;
        Map<String, Value> map = new LinkedHashMap<>();
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.indent < indent) break;
            if (l.indent > indent) throw error(l.no, "unexpected indentation (expected a key at column " + (indent + 1) + ")");
            if (isItem(l.text)) throw error(l.no, "a list item where a key was expected");
            int k = keyEnd(l.text);
            if (k < 0) throw error(l.no, "expected \"key: value\", got \"" + l.text + "\"");
            String key = scalar(l.text.substring(0, k).strip(), l.no);
            if (key == null || key.isEmpty()) throw error(l.no, "empty key");
            if (map.containsKey(key)) throw error(l.no, "duplicate key \"" + key + "\" (first on line " + map.get(key).line() + ")");
            String rest = l.text.substring(k + 1).strip();
            pos++;
            // a value on the lines below is placed at its key's line: errors about it point at the key
            map.put(key, rest.isEmpty() ? new Value(nested(indent, l.no, false).v(), l.no) : inline(rest, l.no));
        }
        return new Value(map, first);
    }

    /** What follows "key:" or "-" on the lines below: a deeper block, a same-column list under a key, or nothing. */
    private Value nested(int indent, int no, boolean inItem) throws LabFileException {
        if (pos >= lines.size()) return new Value(null, no);
        Line n = lines.get(pos);
        if (n.indent > indent) return block(n.indent);
        // YAML lets a key's list start at the key's own column
        if (!inItem && n.indent == indent && isItem(n.text)) return sequence(indent);
        return new Value(null, no);
    }

    /** Where a "key:" ends (the ':' followed by a blank or the end), outside quotes and brackets; -1 if none. */
    private static int keyEnd(String t) {
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') quote = c;
            else if (c == '[' || c == '{') depth++;
            else if (c == ']' || c == '}') depth--;
            else if (c == ':' && depth == 0 && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) return i;
        }
        return -1;
    }

    /** A value written on the line itself: a flow collection or a scalar. */
    private Value inline(String text, int no) throws LabFileException {
        Flow f = new Flow(text, no);
        Value v = f.value(false);
        f.blanks();
        if (f.i < text.length()) throw error(no, "unexpected \"" + text.substring(f.i) + "\" after the value");
        return v;
    }

    private String scalar(String text, int no) throws LabFileException {
        Flow f = new Flow(text, no);
        Value v = f.value(false);
        f.blanks();
        if (!v.isScalar() || f.i < text.length()) throw error(no, "a key must be a plain or quoted word");
        return v.str();
    }

    /** A cursor over one line's flow text. */
    private final class Flow {
        final String s;
        final int no;
        int i;

        Flow(String s, int no) {
            this.s = s;
            this.no = no;
        }

        void blanks() {
            while (i < s.length() && s.charAt(i) == ' ') i++;
        }

        Value value(boolean inFlow) throws LabFileException {
            blanks();
            if (i >= s.length()) return new Value(null, no);
            char c = s.charAt(i);
            if (c == '[') return list();
            if (c == '{') return map();
            if (c == '"') return new Value(doubleQuoted(), no);
            if (c == '\'') return new Value(singleQuoted(), no);
            int start = i;
            while (i < s.length()) {
                char d = s.charAt(i);
                if (inFlow && (d == ',' || d == ']' || d == '}')) break;
                if (inFlow && d == ':' && (i + 1 == s.length() || " ,]}".indexOf(s.charAt(i + 1)) >= 0)) break;
                i++;
            }
            String t = s.substring(start, i).strip();
            return new Value(t.equals("~") || t.equals("null") ? null : t, no);
        }

        private Value list() throws LabFileException {
            i++;
            List<Value> items = new ArrayList<>();
            blanks();
            if (peek() == ']') { i++; return new Value(items, no); }
            while (true) {
                items.add(value(true));
                blanks();
                char c = peek();
                if (c == ',') { i++; continue; }
                if (c == ']') { i++; return new Value(items, no); }
                throw error(no, c == 0 ? "unclosed \"[\" (a flow list must end on its line)" : "expected \",\" or \"]\" in a list, got \"" + c + "\"");
            }
        }

        private Value map() throws LabFileException {
            i++;
            Map<String, Value> m = new LinkedHashMap<>();
            blanks();
            if (peek() == '}') { i++; return new Value(m, no); }
            while (true) {
                Value k = value(true);
                if (!k.isScalar() || k.str() == null) throw error(no, "expected a key in \"{...}\"");
                blanks();
                if (peek() != ':') throw error(no, "expected \":\" after \"" + k.str() + "\" in \"{...}\"");
                i++;
                if (m.containsKey(k.str())) throw error(no, "duplicate key \"" + k.str() + "\"");
                m.put(k.str(), value(true));
                blanks();
                char c = peek();
                if (c == ',') { i++; blanks(); continue; }
                if (c == '}') { i++; return new Value(m, no); }
                throw error(no, c == 0 ? "unclosed \"{\" (a flow mapping must end on its line)" : "expected \",\" or \"}\" in a mapping, got \"" + c + "\"");
            }
        }

        private char peek() { return i < s.length() ? s.charAt(i) : 0; }

        private String doubleQuoted() throws LabFileException {
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\\' && i < s.length()) {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case '"', '\\', '/' -> b.append(e);
                        default -> throw error(no, "unknown escape \"\\" + e + "\" in a double-quoted string");
                    }
                } else b.append(c);
            }
            throw error(no, "unterminated double-quoted string");
        }

        private String singleQuoted() throws LabFileException {
            StringBuilder b = new StringBuilder();
            i++;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '\'') {
                    if (peek() == '\'') { b.append('\''); i++; continue; }
                    return b.toString();
                }
                b.append(c);
            }
            throw error(no, "unterminated single-quoted string");
        }
    }
}
