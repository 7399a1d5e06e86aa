package linnet.shell.exec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word expansion in bash's order (subst.c): brace expansion, then tilde, parameter, command and
 * arithmetic substitution left to right, then field splitting of what unquoted expansions produced,
 * pathname expansion, and quote removal. A word is carried as a {@link Field}: its characters plus
 * which of them were quoted (quoted characters are never split and match only themselves).
 */
final class Expander {
    /** Text with a mark per character: quoted (protected) or not, and whether it came from an expansion. */
    static final class Field {
        final StringBuilder text = new StringBuilder();
        final BitSet quoted = new BitSet();
        final BitSet expanded = new BitSet();
        /** The word had quotes, so an empty result is still a field ("" is an argument). */
        boolean hadQuotes;

        Field() {}

        Field(String s, boolean q) { add(s, q, false); }

        void add(String s, boolean q, boolean exp) {
            int at = text.length();
            text.append(s);
            if (q) quoted.set(at, text.length());
            if (exp) expanded.set(at, text.length());
        }

        void add(char c, boolean q, boolean exp) {
            int at = text.length();
            text.append(c);
            if (q) quoted.set(at);
            if (exp) expanded.set(at);
        }

        boolean quoted(int i) { return quoted.get(i); }

        @Override
        public String toString() { return text.toString(); }
    }

    /** A word being built: the fields so far ("$@" starts new ones) and the current one. */
    private static final class Builder {
        final List<Field> done = new ArrayList<>();
        Field cur = new Field();

        void breakField() {
            done.add(cur);
            cur = new Field();
            cur.hadQuotes = true;
        }
    }

    private final Shell sh;

    Expander(Shell sh) { this.sh = sh; }

    // ------------------------------------------------------------------ entry points

    /** A command's words: each word may become zero or more fields. */
    List<String> words(List<String> raws) {
        List<String> out = new ArrayList<>();
        for (String raw : raws) out.addAll(word(raw));
        return out;
    }

    List<String> word(String raw) {
        List<String> out = new ArrayList<>();
        for (String b : Braces.expand(raw)) {
            Builder bl = new Builder();
            expand(b, 0, b.length(), false, bl, false);
            bl.done.add(bl.cur);
            for (Field f : bl.done) {
                for (Field s : split(f)) {
                    if (!sh.noglob && GlobPattern.hasMeta(s)) {
                        List<String> g = sh.glob(s);
                        if (!g.isEmpty()) { out.addAll(g); continue; }
                        if (sh.shopt.is("failglob")) {
                            sh.error("no match: " + s);
                            throw new Flow.ExpansionError(1);
                        }
                        if (sh.shopt.is("nullglob")) continue;
                    }
                    out.add(s.toString());
                }
            }
        }
        return out;
    }

    /** One string, no splitting or globbing (assignments, redirection targets, case words, here-strings). */
    String string(String raw) {
        return field(raw, true).toString();
    }

    /** The word as one field with its quoting marks (for patterns). */
    Field field(String raw, boolean tildeAfterColon) {
        Builder bl = new Builder();
        expand(raw, 0, raw.length(), false, bl, tildeAfterColon);
        if (bl.done.isEmpty()) return bl.cur;
        // "$@" inside a single-string context joins with spaces
        Field f = new Field();
        for (Field d : bl.done) {
            appendField(f, d);
            f.add(' ', true, true);
        }
        appendField(f, bl.cur);
        return f;
    }

    private static void appendField(Field to, Field from) {
        for (int i = 0; i < from.text.length(); i++) to.add(from.text.charAt(i), from.quoted(i), from.expanded.get(i));
    }

    /** A here-document body: $, ` and \ work as inside double quotes; quotes are ordinary characters. */
    String hereDoc(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && "$`\\\n".indexOf(body.charAt(i + 1)) >= 0) {
                if (body.charAt(i + 1) != '\n') out.append(body.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                int end = c == '`' ? Scan.backquoteEnd(body, i + 1) : Scan.dollarEnd(body, i);
                if (end <= i + 1 && c == '$') { out.append('$'); i++; continue; }
                Builder bl = new Builder();
                expand(body, i, end, true, bl, false);
                out.append(bl.cur.text);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ the expansion walk

    private void expand(String s, int from, int to, boolean dq, Builder b, boolean tildeAfterColon) {
        int i = from;
        if (!dq && i < to && s.charAt(i) == '~') i = tilde(s, i, to, b);
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= to) { b.cur.add('\\', dq, false); i++; }
                    else if (!dq) { if (s.charAt(i + 1) != '\n') b.cur.add(s.charAt(i + 1), true, false); i += 2; }
                    else if ("$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                        if (s.charAt(i + 1) != '\n') b.cur.add(s.charAt(i + 1), true, false);
                        i += 2;
                    } else { b.cur.add('\\', true, false); i++; }
                }
                case '\'' -> {
                    if (dq) { b.cur.add(c, true, false); i++; break; }
                    int e = s.indexOf('\'', i + 1);
                    if (e < 0 || e >= to) e = to;
                    b.cur.add(s.substring(i + 1, e), true, false);
                    b.cur.hadQuotes = true;
                    i = e + 1;
                }
                case '"' -> {
                    if (dq) { i++; break; }
                    int e = Scan.doubleEnd(s, i + 1);
                    int inner = Math.min(e - 1, to);
                    String content = s.substring(i + 1, Math.max(i + 1, inner));
                    // "$@" with no parameters is no word at all
                    if (!expandsToNoWord(content)) b.cur.hadQuotes = true;
                    expand(s, i + 1, Math.max(i + 1, inner), true, b, false);
                    i = e;
                }
                case '`' -> {
                    int e = Scan.backquoteEnd(s, i + 1);
                    String cmd = unescapeBackquote(s.substring(i + 1, Math.max(i + 1, e - 1)));
                    b.cur.add(sh.commandSubstitution(cmd), dq, true);
                    i = e;
                }
                case '$' -> i = dollar(s, i, to, dq, b);
                case '<', '>' -> {
                    if (dq || i + 1 >= to || s.charAt(i + 1) != '(') { b.cur.add(c, dq, false); i++; break; }
                    int e = Scan.parenEnd(s, i + 2);
                    b.cur.add(processSubstitution(c, s.substring(i + 2, Math.max(i + 2, e - 1))), true, true);
                    i = e;
                }
                case ':' -> {
                    b.cur.add(c, dq, false);
                    i++;
                    if (tildeAfterColon && !dq && i < to && s.charAt(i) == '~') i = tilde(s, i, to, b);
                }
                case '=' -> {
                    b.cur.add(c, dq, false);
                    i++;
                    if (tildeAfterColon && !dq && i < to && s.charAt(i) == '~') i = tilde(s, i, to, b);
                }
                default -> { b.cur.add(c, dq, false); i++; }
            }
        }
    }

    /** "$@" with no parameters, "${a[@]}" of an empty or unset array: no word at all. */
    private boolean expandsToNoWord(String content) {
        if (content.equals("$@") || content.equals("${@}")) return sh.positional().isEmpty();
        Matcher m = ARRAY_ALL.matcher(content);
        if (!m.matches()) return false;
        Vars.Var v = sh.vars.lookup(m.group(1));
        return v == null || v.size() == 0;
    }

    private static final Pattern ARRAY_ALL = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\[@\\]\\}");

    private static String unescapeBackquote(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "$`\\".indexOf(s.charAt(i + 1)) >= 0) c = s.charAt(++i);
            sb.append(c);
        }
        return sb.toString();
    }

    /** The /dev/fd files process substitutions made for the command running now. */
    private final List<String> procFiles = new ArrayList<>();

    /**
     * <(cmd): bash hands the command a /dev/fd/N to read cmd's output from (63 first, then down).
     * Here the output is collected first and the name is a file holding it, removed when the
     * command that used it ends. >(cmd) is given a file that nobody reads.
     */
    private String processSubstitution(char dir, String cmd) {
        String path = "/dev/fd/" + (63 - procFiles.size());
        String text = dir == '<' ? sh.captureOutput(cmd) : "";
        try {
            if (!sh.host.vfs().exists(sh.ns(), "/dev/fd")) sh.host.vfs().mkdir(sh.ns(), "/dev/fd");
            sh.host.vfs().write(sh.ns(), path, text);
            procFiles.add(path);
        } catch (linnet.kernel.core.KernelException e) {
            // the name is still what bash would pass; reading it reports the error
        }
        return path;
    }

    /** Removes the files of the process substitutions once their command has ended. */
    void endProcessSubstitutions() {
        for (String p : procFiles) {
            try {
                sh.host.vfs().unlink(sh.ns(), p);
            } catch (linnet.kernel.core.KernelException e) {
                // already gone
            }
        }
        procFiles.clear();
    }

    /** ~ or ~/... becomes $HOME (unquoted only); ~user is left alone except ~root. */
    private int tilde(String s, int i, int to, Builder b) {
        int e = i + 1;
        while (e < to && s.charAt(e) != '/' && s.charAt(e) != ':') e++;
        String user = s.substring(i + 1, e);
        String home = null;
        if (user.isEmpty()) home = sh.vars.get("HOME");
        else if (user.equals("root")) home = "/root";
        else if (user.equals("+")) home = sh.cwd;
        if (home == null) return i == 0 ? appendLiteralTilde(b, i) : i;
        b.cur.add(home, true, true);
        return e;
    }

    private int appendLiteralTilde(Builder b, int i) {
        b.cur.add('~', false, false);
        return i + 1;
    }

    /** One $-expansion at s[i] ('$'); returns the index after it. */
    private int dollar(String s, int i, int to, boolean dq, Builder b) {
        if (i + 1 >= to) { b.cur.add('$', dq, false); return i + 1; }
        char n = s.charAt(i + 1);
        if (n == '(' && i + 2 < to && s.charAt(i + 2) == '(' && Scan.isArith(s, i)) {
            int e = Scan.arithEnd(s, i + 3);
            String inner = s.substring(i + 3, e - 2);
            String expr = field(inner, false).toString();
            b.cur.add(Long.toString(sh.arith(expr, true)), dq, true);
            return e;
        }
        if (n == '(') {
            int e = Scan.parenEnd(s, i + 2);
            b.cur.add(sh.commandSubstitution(s.substring(i + 2, e - 1)), dq, true);
            return e;
        }
        if (n == '{') {
            int e = Scan.braceEnd(s, i + 2);
            braced(s.substring(i + 2, e - 1), dq, b);
            return e;
        }
        if (n == '\'' && !dq) {
            int e = Scan.ansiCEnd(s, i + 2);
            b.cur.add(AnsiC.decode(s.substring(i + 2, e - 1)), true, false);
            b.cur.hadQuotes = true;
            return e;
        }
        if (n == '"' && !dq) {
            // $"..." (locale translation) is "..." in the C locale
            return i + 1;
        }
        if (Character.isLetter(n) || n == '_') {
            int e = i + 1;
            while (e < to && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) e++;
            String name = s.substring(i + 1, e);
            String v = sh.vars.get(name);
            if (v == null) unbound(name);
            if (v != null) b.cur.add(v, dq, true);
            return e;
        }
        if (Character.isDigit(n) || "?$!#@*-".indexOf(n) >= 0) {
            special(String.valueOf(n), dq, b);
            return i + 2;
        }
        b.cur.add('$', dq, false);
        return i + 1;
    }

    private void unbound(String name) {
        if (!sh.nounset) return;
        sh.error(name + ": unbound variable");
        throw new Flow.ExpansionError(1, true);
    }

    /** $@ $* $# $? $$ $! $- $0..$9 */
    private void special(String p, boolean dq, Builder b) {
        List<String> pos = sh.positional();
        switch (p) {
            case "@", "*" -> {
                if (p.equals("@") && dq) {
                    for (int k = 0; k < pos.size(); k++) {
                        if (k > 0) b.breakField();
                        b.cur.add(pos.get(k), true, true);
                    }
                } else if (dq) {
                    String ifs = sh.vars.get("IFS");
                    String sep = ifs == null ? " " : ifs.isEmpty() ? "" : ifs.substring(0, 1);
                    b.cur.add(String.join(sep, pos), true, true);
                } else {
                    for (int k = 0; k < pos.size(); k++) {
                        if (k > 0) b.breakField();
                        b.cur.add(pos.get(k), false, true);
                    }
                    if (!pos.isEmpty()) b.cur.hadQuotes = false;
                }
            }
            default -> {
                String v = sh.special(p);
                if (v == null) unbound(p);
                if (v != null) b.cur.add(v, dq, true);
            }
        }
    }

    // ------------------------------------------------------------------ ${...}

    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!0-])(\\[([^\\]]*)\\])?");

    private void braced(String body, boolean dq, Builder b) {
        if (body.isEmpty()) badSubstitution(body);
        // ${#name}: the length
        if (body.length() > 1 && body.charAt(0) == '#' && !body.equals("#")) {
            Matcher m = NAME.matcher(body.substring(1));
            if (!m.matches()) badSubstitution(body);
            String name = m.group(1);
            String sub = m.group(3);
            if (sub != null && (sub.equals("@") || sub.equals("*"))) {
                Vars.Var v = sh.vars.lookup(name);
                b.cur.add(Integer.toString(v == null ? 0 : v.size()), dq, true);
            } else if (name.equals("@") || name.equals("*")) {
                b.cur.add(Integer.toString(sh.positional().size()), dq, true);
            } else {
                String v = value(name, sub);
                if (v == null) unbound(name);
                b.cur.add(Integer.toString(v == null ? 0 : v.length()), dq, true);
            }
            return;
        }
        boolean indirect = false;
        String rest = body;
        if (rest.startsWith("!") && rest.length() > 1) { indirect = true; rest = rest.substring(1); }
        Matcher m = NAME.matcher(rest);
        if (!m.lookingAt()) badSubstitution(body);
        String name = m.group(1);
        String sub = m.group(3);
        String op = rest.substring(m.end());
        if (indirect && sub != null && (sub.equals("@") || sub.equals("*"))) {
            // ${!a[@]}: the array's indices
            Vars.Var v = sh.vars.lookup(name);
            List<String> keys = new ArrayList<>();
            if (v != null && v.assoc != null) keys.addAll(v.assoc.keySet());
            else if (v != null && v.array != null) for (Long k : v.array.keySet()) keys.add(Long.toString(k));
            else if (v != null && v.value != null) keys.add("0");
            addList(keys, sub.equals("*"), dq, b);
            return;
        }
        if (indirect) {
            String target = value(name, sub);
            if (target == null || target.isEmpty()) {
                sh.error(name + ": invalid indirect expansion");
                throw new Flow.ExpansionError(1);
            }
            Matcher t = NAME.matcher(target);
            if (!t.matches()) { sh.error(target + ": invalid variable name"); throw new Flow.ExpansionError(1); }
            name = t.group(1);
            sub = t.group(3);
        }
        boolean all = (sub != null && (sub.equals("@") || sub.equals("*"))) || sub == null && (name.equals("@") || name.equals("*"));
        List<String> list = all ? listValue(name, sub) : null;
        String v = all ? (list.isEmpty() ? null : String.join(" ", list)) : value(name, sub);
        if (op.isEmpty()) {
            if (v == null && !all) unbound(name);
            if (all) { addList(list, name.equals("*") || "*".equals(sub), dq, b); return; }
            if (v != null) b.cur.add(v, dq, true);
            return;
        }
        char o = op.charAt(0);
        boolean colon = o == ':' && op.length() > 1 && "-=?+".indexOf(op.charAt(1)) >= 0;
        String opName = colon ? op.substring(0, 2) : op.substring(0, 1);
        String word = op.substring(opName.length());
        boolean unsetOrNull = v == null || colon && v.isEmpty();
        switch (opName) {
            case "-", ":-" -> {
                if (unsetOrNull) expand(word, 0, word.length(), dq, b, false);
                else if (all) addList(list, false, dq, b);
                else b.cur.add(v, dq, true);
            }
            case "=", ":=" -> {
                if (unsetOrNull) {
                    String nv = field(word, false).toString();
                    if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
                        sh.error("$" + name + ": cannot assign in this way");
                        throw new Flow.ExpansionError(1);
                    }
                    sh.assign(name, nv);
                    b.cur.add(nv, dq, true);
                } else b.cur.add(v, dq, true);
            }
            case "?", ":?" -> {
                if (unsetOrNull) {
                    // parameter_brace_expand_error: the wording follows the colon, not the value
                    String msg = word.isEmpty() ? (colon ? "parameter null or not set" : "parameter not set")
                            : field(word, false).toString();
                    sh.error(name + ": " + msg);
                    throw new Flow.ExpansionError(1, true);
                }
                b.cur.add(v, dq, true);
            }
            case "+", ":+" -> {
                if (!unsetOrNull) expand(word, 0, word.length(), dq, b, false);
            }
            case ":" -> {
                if (all) slice(list, word, name.equals("@") || name.equals("*"), dq, b);
                else substring(v == null ? "" : v, word, dq, b);
            }
            case "#", "%" -> {
                boolean longest = word.startsWith(op.substring(0, 1));
                String pat = longest ? word.substring(1) : word;
                if (v == null) { unbound(name); return; }
                b.cur.add(removePattern(v, field(pat, false), o == '#', longest), dq, true);
            }
            case "/" -> {
                if (v == null) { unbound(name); return; }
                b.cur.add(replace(v, op), dq, true);
            }
            case "^", "," -> {
                if (v == null) return;
                boolean allChars = word.startsWith(opName);
                String r;
                if (o == '^') r = allChars ? v.toUpperCase() : v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
                else r = allChars ? v.toLowerCase() : v.isEmpty() ? v : Character.toLowerCase(v.charAt(0)) + v.substring(1);
                b.cur.add(r, dq, true);
            }
            default -> badSubstitution(body);
        }
    }

    private void addList(List<String> list, boolean star, boolean dq, Builder b) {
        if (dq && star) {
            b.cur.add(String.join(" ", list), true, true);
            return;
        }
        for (int k = 0; k < list.size(); k++) {
            if (k > 0) b.breakField();
            b.cur.add(list.get(k), dq, true);
        }
    }

    private void badSubstitution(String body) {
        sh.error("${" + body + "}: bad substitution");
        throw new Flow.ExpansionError(1);
    }

    private String value(String name, String sub) {
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') return sh.special(name);
        if (sub == null) return sh.vars.get(name);
        Vars.Var v = sh.vars.lookup(name);
        if (v == null) return null;
        if (v.assoc != null) return v.assoc.get(field(sub, false).toString());
        long idx = sh.arith(field(sub, false).toString(), true);
        if (idx < 0) {
            // a negative index counts from the end; before the start it is an error that expands to nothing
            idx += v.array == null ? (v.value == null ? 0 : 1) : v.array.isEmpty() ? 0 : v.array.lastKey() + 1;
            if (idx < 0) {
                sh.error(name + ": bad array subscript");
                return null;
            }
        }
        if (v.array == null) return idx == 0 ? v.value : null;
        return v.array.get(idx);
    }

    private List<String> listValue(String name, String sub) {
        if (sub == null) return sh.positional();
        Vars.Var v = sh.vars.lookup(name);
        if (v == null) return List.of();
        if (v.assoc != null) return new ArrayList<>(v.assoc.values());
        if (v.array == null) return v.value == null ? List.of() : List.of(v.value);
        return new ArrayList<>(new TreeMap<>(v.array).values());
    }

    /** ${a[@]:off:len} and ${@:off:len}: elements, not characters ($@ counts from $0). */
    private void slice(List<String> list, String spec, boolean params, boolean dq, Builder b) {
        int colon = Scan.topLevelColon(spec);
        long off = sh.arith(field(colon < 0 ? spec : spec.substring(0, colon), false).toString(), true);
        long len = colon < 0 ? Long.MAX_VALUE : sh.arith(field(spec.substring(colon + 1), false).toString(), true);
        List<String> all = new ArrayList<>();
        if (params) all.add(sh.name);
        all.addAll(list);
        if (off < 0) off = Math.max(0, all.size() + off);
        if (off > all.size()) return;
        long end = len == Long.MAX_VALUE ? all.size() : len < 0 ? all.size() + len : Math.min(all.size(), off + len);
        if (end < off) return;
        addList(all.subList((int) off, (int) end), false, dq, b);
    }

    private void substring(String v, String spec, boolean dq, Builder b) {
        int colon = Scan.topLevelColon(spec);
        String offS = colon < 0 ? spec : spec.substring(0, colon);
        long off = sh.arith(field(offS, false).toString(), true);
        long len = Long.MAX_VALUE;
        if (colon >= 0) len = sh.arith(field(spec.substring(colon + 1), false).toString(), true);
        if (off < 0) off = Math.max(0, v.length() + off);
        if (off > v.length()) return;
        long end;
        if (len == Long.MAX_VALUE) end = v.length();
        else if (len < 0) {
            end = v.length() + len;
            if (end < off) {
                sh.error(spec.substring(colon + 1).strip() + ": substring expression < 0");
                throw new Flow.ExpansionError(1);
            }
        } else end = Math.min(v.length(), off + len);
        b.cur.add(v.substring((int) off, (int) end), dq, true);
    }

    /** ${v#p} ${v##p} ${v%p} ${v%%p}: the shortest or longest match at the start or the end. */
    private static String removePattern(String v, Field pat, boolean prefix, boolean longest) {
        Pattern p = Pattern.compile(GlobPattern.toRegex(pat));
        if (prefix) {
            if (longest) { for (int k = v.length(); k >= 0; k--) if (p.matcher(v.substring(0, k)).matches()) return v.substring(k); }
            else { for (int k = 0; k <= v.length(); k++) if (p.matcher(v.substring(0, k)).matches()) return v.substring(k); }
        } else {
            if (longest) { for (int k = 0; k <= v.length(); k++) if (p.matcher(v.substring(k)).matches()) return v.substring(0, k); }
            else { for (int k = v.length(); k >= 0; k--) if (p.matcher(v.substring(k)).matches()) return v.substring(0, k); }
        }
        return v;
    }

    /** ${v/p/r} ${v//p/r} ${v/#p/r} ${v/%p/r}: the longest match of p replaced. */
    private String replace(String v, String spec) {
        boolean global = false, anchorStart = false, anchorEnd = false;
        String s = spec.substring(1);
        if (s.startsWith("/")) { global = true; s = s.substring(1); }
        else if (s.startsWith("#")) { anchorStart = true; s = s.substring(1); }
        else if (s.startsWith("%")) { anchorEnd = true; s = s.substring(1); }
        int slash = Scan.unquotedSlash(s);
        String patRaw = slash < 0 ? s : s.substring(0, slash);
        String rep = slash < 0 ? "" : field(s.substring(slash + 1), false).toString();
        if (patRaw.isEmpty()) return v;
        Pattern p = Pattern.compile(GlobPattern.toRegex(field(patRaw, false)));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i <= v.length()) {
            int matchEnd = -1;
            // the longest match from i (for /%, only one that reaches the end)
            for (int k = v.length(); k >= i; k--) {
                if (anchorEnd && k != v.length()) break;
                if (p.matcher(v.substring(i, k)).matches()) { matchEnd = k; break; }
            }
            if (matchEnd >= 0 && !(matchEnd == i && v.length() > 0 && !anchorStart && !anchorEnd)) {
                out.append(rep);
                if (!global) { out.append(v.substring(matchEnd)); return out.toString(); }
                i = matchEnd;
                if (matchEnd == v.length()) return out.toString();
                continue;
            }
            if (anchorStart || i == v.length()) { out.append(v.substring(i)); return out.toString(); }
            out.append(v.charAt(i));
            i++;
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ field splitting

    private List<Field> split(Field f) {
        String ifs = sh.vars.get("IFS");
        if (ifs == null) ifs = " \t\n";
        List<Field> out = new ArrayList<>();
        Field cur = new Field();
        boolean any = f.hadQuotes;
        cur.hadQuotes = f.hadQuotes;
        // IFS white space separates and is absorbed; every other IFS character ends a field, even an empty one
        boolean wsEnded = false;
        for (int i = 0; i < f.text.length(); i++) {
            char c = f.text.charAt(i);
            boolean splittable = f.expanded.get(i) && !f.quoted(i) && ifs.indexOf(c) >= 0;
            if (!splittable) {
                cur.add(c, f.quoted(i), f.expanded.get(i));
                any = true;
                wsEnded = false;
                continue;
            }
            boolean ws = c == ' ' || c == '\t' || c == '\n';
            if (ws) {
                if (any) { out.add(cur); cur = new Field(); any = false; wsEnded = true; }
            } else {
                if (!wsEnded || any) out.add(cur);
                cur = new Field();
                any = false;
                wsEnded = false;
            }
        }
        if (any) out.add(cur);
        return out;
    }
}
