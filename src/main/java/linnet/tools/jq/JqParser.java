package linnet.tools.jq;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import linnet.tools.jq.JqLexer.T;
import linnet.tools.jq.JqLexer.Tok;

/**
 * jq 1.6's grammar (src/parser.y) as recursive descent, with its operator precedences
 * (lowest first): def, '|' (right), ',', '//' (right), the assignments (non-associative),
 * or, and, the comparisons (non-associative), '+' '-', '*' '/' '%', then postfix terms.
 *
 * <p>Syntax errors carry bison's wording ("syntax error, unexpected X", with the expected tokens
 * where bison lists them for the common cases) and location (the offending token; for $end the
 * last lexeme read). Bison's error recovery is followed only as far as its extra messages go:
 * an error after an if's "then" adds "Possibly unterminated 'if' statement", after a try's
 * "catch" the 'try' one, a bad object key before ':' "May need parentheses around object key
 * expression".
 */
final class JqParser {
    /** One compile error: jq's message and the byte offset it points at. */
    record Problem(String message, int offset) {}

    /** The program does not compile; the problems are in jq's order. */
    static final class CompileError extends Exception {
        final List<Problem> problems;

        CompileError(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    private static final class Syntax extends RuntimeException {
        final Tok at;
        final String expecting;
        /** A message an error rule of the grammar adds (break without a label). */
        final Problem extra;

        Syntax(Tok at, String expecting) { this(at, expecting, null); }

        Syntax(Tok at, String expecting, Problem extra) {
            super(null, null, false, false);
            this.at = at;
            this.expecting = expecting;
            this.extra = extra;
        }
    }

    private static final Set<String> KEY_KEYWORDS = Set.of("as", "def", "module", "import", "include", "if", "then",
            "else", "elif", "reduce", "foreach", "end", "and", "or", "try", "catch", "label");

    private final List<Tok> toks;
    private final String program;
    private int i;
    private final List<Problem> problems = new ArrayList<>();
    /** Open constructs bison can recover in: an if after "then" (its offset), a try after "catch" (-offset-2), a bracket (-1). */
    private final Deque<Integer> recovery = new ArrayDeque<>();
    private int objectKeyStart = -1;

    private JqParser(String program) {
        this.program = program;
        this.toks = JqLexer.tokens(program);
    }

    static Ast parse(String program) throws CompileError {
        JqParser p = new JqParser(program);
        Ast a;
        try {
            a = p.parsePipe();
            if (p.peek().type() != T.END) throw new Syntax(p.peek(), "$end");
        } catch (Syntax s) {
            // nothing parsed yet: bison has reduced to an empty program, which only $end may follow
            if (s.at == p.toks.get(0) && s.expecting == null) s = new Syntax(s.at, "$end", s.extra);
            p.syntaxError(s);
            throw new CompileError(p.problems);
        }
        if (!p.problems.isEmpty()) throw new CompileError(p.problems);
        return a;
    }

    private void syntaxError(Syntax s) {
        String msg = "syntax error, unexpected " + s.at.display() + (s.expecting == null ? "" : ", expecting " + s.expecting)
                + " (Unix shell quoting issues?)";
        problems.add(new Problem(msg, s.at.start()));
        if (s.extra != null) {
            problems.add(s.extra);
            return;
        }
        if (objectKeyStart >= 0 && colonFollows(s.at)) {
            problems.add(new Problem("May need parentheses around object key expression", objectKeyStart));
            return;
        }
        Integer r = recovery.peek();
        if (r == null || r == -1) return;
        if (r >= 0) problems.add(new Problem("Possibly unterminated 'if' statement", r));
        else problems.add(new Problem("Possibly unterminated 'try' statement", -r - 2));
    }

    /** Whether bison, skipping tokens from the bad one, meets ':' before the pair could end. */
    private boolean colonFollows(Tok bad) {
        int j = toks.indexOf(bad), depth = 0;
        for (; j >= 0 && j < toks.size(); j++) {
            Tok t = toks.get(j);
            if (t.type() == T.END) return false;
            if (t.is("(") || t.is("[") || t.is("{")) depth++;
            else if (t.is(")") || t.is("]") || t.is("}")) {
                if (depth == 0) return false;
                depth--;
            } else if (depth == 0 && t.is(",")) return false;
            else if (depth == 0 && t.is(":")) return true;
        }
        return false;
    }

    private Tok peek() { return toks.get(i); }

    private Tok peek(int k) { return toks.get(Math.min(i + k, toks.size() - 1)); }

    private Tok take() { return toks.get(i++); }

    private boolean at(String op) { return peek().is(op); }

    private Tok expect(String op) {
        if (!at(op)) throw new Syntax(peek(), null);
        return take();
    }

    private Tok expect(String op, String expecting) {
        if (!at(op)) throw new Syntax(peek(), expecting);
        return take();
    }

    private Tok expect(T type) {
        if (peek().type() != type) throw new Syntax(peek(), null);
        return take();
    }

    // ---- expressions, lowest precedence first ----

    Ast parsePipe() {
        if (at("def")) {
            Ast.Def d = parseDef();
            return new Ast.FuncDefs(d, parsePipe());
        }
        Ast left = parseComma();
        if (at("|")) {
            take();
            return new Ast.Pipe(left, parsePipe());
        }
        return left;
    }

    private Ast parseComma() {
        Ast left = parseAlt();
        while (at(",")) {
            take();
            left = new Ast.Comma(left, parseAlt());
        }
        return left;
    }

    private Ast parseAlt() {
        Ast left = parseAssign();
        if (at("//")) {
            take();
            return new Ast.Alt(left, parseAlt());
        }
        return left;
    }

    private static final Set<String> ASSIGN = Set.of("=", "|=", "+=", "-=", "*=", "/=", "%=", "//=");

    private Ast parseAssign() {
        Ast left = parseOr();
        if (peek().type() == T.OP && ASSIGN.contains(peek().text())) {
            String op = take().text();
            Ast right = parseOr();
            if (peek().type() == T.OP && ASSIGN.contains(peek().text())) throw new Syntax(peek(), null);
            return new Ast.Assign(op, left, right);
        }
        return left;
    }

    private Ast parseOr() {
        Ast left = parseAnd();
        while (at("or")) {
            take();
            left = new Ast.Or(left, parseAnd());
        }
        return left;
    }

    private Ast parseAnd() {
        Ast left = parseCompare();
        while (at("and")) {
            take();
            left = new Ast.And(left, parseCompare());
        }
        return left;
    }

    private static final Set<String> COMPARE = Set.of("==", "!=", "<", "<=", ">", ">=");

    private Ast parseCompare() {
        Ast left = parseAdditive();
        if (peek().type() == T.OP && COMPARE.contains(peek().text())) {
            String op = take().text();
            Ast right = parseAdditive();
            if (peek().type() == T.OP && COMPARE.contains(peek().text())) throw new Syntax(peek(), null);
            return new Ast.Binop(op, left, right);
        }
        return left;
    }

    private Ast parseAdditive() {
        Ast left = parseMultiplicative();
        while (at("+") || at("-")) {
            String op = take().text();
            left = new Ast.Binop(op, left, parseMultiplicative());
        }
        return left;
    }

    private Ast parseMultiplicative() {
        int leftStart = peek().start();
        Ast left = parseUnary();
        while (at("*") || at("/") || at("%")) {
            Tok op = take();
            Ast right = parseUnary();
            if (op.text().equals("/") && left instanceof Ast.Literal l && right instanceof Ast.Literal r
                    && l.value() instanceof Double x && r.value() instanceof Double y) {
                // jq folds a constant division; a constant infinite result is refused at compile time
                double q = x / y;
                if (Double.isInfinite(q)) problems.add(new Problem("Division by zero?", leftStart));
                left = new Ast.Literal(q);
                continue;
            }
            left = new Ast.Binop(op.text(), left, right);
        }
        return left;
    }

    private Ast parseUnary() {
        if (at("-")) {
            take();
            // '-' Exp takes the precedence of binary '-': only * / % bind tighter
            Ast operand = parseUnary();
            while (at("*") || at("/") || at("%")) {
                String op = take().text();
                operand = new Ast.Binop(op, operand, parseUnary());
            }
            return new Ast.Neg(operand);
        }
        return parsePostfix(true);
    }

    /** A term with its suffixes; when allowAs, `Term as $x | body` binds. */
    private Ast parsePostfix(boolean allowAs) {
        Tok t = peek();
        if (t.is("reduce")) return optional(parseReduce());
        if (t.is("foreach")) return optional(parseForeach());
        if (t.is("if")) return optional(parseIf());
        if (t.is("try")) return optional(parseTry());
        if (t.is("label")) {
            take();
            expect("$");
            String name = expect(T.IDENT).text();
            expect("|");
            return new Ast.Label(name, parsePipe());
        }
        if (t.is("def")) {
            Ast.Def d = parseDef();
            return new Ast.FuncDefs(d, parsePipe());
        }
        Ast term = parseSuffixes(parsePrimary());
        if (allowAs && at("as")) {
            take();
            Ast.Pattern p = parsePattern();
            expect("|", "'|'");
            return new Ast.Bind(term, p, parsePipe());
        }
        return term;
    }

    private Ast optional(Ast a) {
        while (at("?")) {
            take();
            a = new Ast.Try(a, null);
        }
        return a;
    }

    private Ast parseSuffixes(Ast term) {
        while (true) {
            Tok t = peek();
            if (t.type() == T.FIELD) {
                take();
                term = new Ast.Index(term, new Ast.Literal(t.text()));
            } else if (t.is(".") && !(term instanceof Ast.Identity && false)) {
                take();
                if (peek().type() != T.QQSTRING_START && peek().type() != T.FORMAT)
                    throw new Syntax(peek(), "FORMAT or QQSTRING_START");
                term = new Ast.Index(term, parseString());
            } else if (t.is("[")) {
                take();
                recovery.push(-1);
                if (at("]")) {
                    take();
                    term = new Ast.Iterate(term);
                } else if (at(":")) {
                    take();
                    Ast to = parsePipe();
                    expect("]");
                    term = new Ast.Slice(term, null, to);
                } else {
                    Ast k = parsePipe();
                    if (at(":")) {
                        take();
                        if (at("]")) {
                            take();
                            term = new Ast.Slice(term, k, null);
                        } else {
                            Ast to = parsePipe();
                            expect("]");
                            term = new Ast.Slice(term, k, to);
                        }
                    } else {
                        expect("]");
                        term = new Ast.Index(term, k);
                    }
                }
                recovery.pop();
            } else if (t.is("?")) {
                take();
                term = new Ast.Try(term, null);
            } else return term;
        }
    }

    private Ast parsePrimary() {
        Tok t = peek();
        switch (t.type()) {
            case FIELD -> {
                take();
                return new Ast.Index(new Ast.Identity(), new Ast.Literal(t.text()));
            }
            case LITERAL -> {
                take();
                if (t.value() == null) {
                    problems.add(new Problem("Invalid numeric literal (while parsing '" + t.text() + "')", t.start()));
                    return new Ast.Literal(null);
                }
                return new Ast.Literal(t.value());
            }
            case QQSTRING_START -> {
                return parseString();
            }
            case FORMAT -> {
                if (peek(1).type() == T.QQSTRING_START) return parseString();
                take();
                return new Ast.Format(t.text());
            }
            case IDENT -> {
                take();
                String n = t.text();
                if (at("(")) {
                    take();
                    recovery.push(-1);
                    List<Ast> args = new ArrayList<>();
                    args.add(parsePipe());
                    while (at(";")) {
                        take();
                        args.add(parsePipe());
                    }
                    expect(")");
                    recovery.pop();
                    return new Ast.Call(n, args, t.start());
                }
                if (n.equals("true")) return new Ast.Literal(Boolean.TRUE);
                if (n.equals("false")) return new Ast.Literal(Boolean.FALSE);
                if (n.equals("null")) return new Ast.Literal(null);
                return new Ast.Call(n, List.of(), t.start());
            }
            default -> { }
        }
        if (t.is(".")) {
            take();
            if (peek().type() == T.QQSTRING_START || (peek().type() == T.FORMAT && peek(1).type() == T.QQSTRING_START))
                return new Ast.Index(new Ast.Identity(), parseString());
            return new Ast.Identity();
        }
        if (t.is("..")) {
            take();
            return new Ast.RecurseAll();
        }
        if (t.is("(")) {
            take();
            recovery.push(-1);
            Ast e = parsePipe();
            expect(")");
            recovery.pop();
            return e;
        }
        if (t.is("[")) {
            take();
            recovery.push(-1);
            if (at("]")) {
                take();
                recovery.pop();
                return new Ast.ArrayCons(null);
            }
            Ast e = parsePipe();
            expect("]");
            recovery.pop();
            return new Ast.ArrayCons(e);
        }
        if (t.is("{")) return parseObject();
        if (t.is("$")) {
            take();
            if (at("__loc__")) {
                take();
                return new Ast.Loc(lineOf(t.start()));
            }
            if (peek().type() != T.IDENT) throw new Syntax(peek(), "IDENT or __loc__");
            Tok n = take();
            return new Ast.Var(n.text(), t.start());
        }
        if (t.is("break")) {
            take();
            if (!at("$")) throw new Syntax(peek(), "'$'", new Problem("break requires a label to break to", t.start()));
            take();
            Tok n = expect(T.IDENT);
            return new Ast.Break(n.text(), t.start());
        }
        throw new Syntax(t, null);
    }

    int lineOf(int offset) {
        byte[] b = program.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int line = 1;
        for (int k = 0; k < offset && k < b.length; k++) if (b[k] == '\n') line++;
        return line;
    }

    private Ast.Str parseString() {
        String format = "text";
        if (peek().type() == T.FORMAT) format = take().text();
        expect(T.QQSTRING_START);
        List<Object> parts = new ArrayList<>();
        while (true) {
            Tok t = peek();
            if (t.type() == T.QQSTRING_TEXT) {
                take();
                if (t.value() instanceof JqLexer.BadText bad) problems.add(new Problem(bad.message, t.start()));
                else parts.add(t.value());
            } else if (t.type() == T.QQSTRING_INTERP_START) {
                take();
                recovery.push(-1);
                parts.add(parsePipe());
                if (peek().type() != T.QQSTRING_INTERP_END) throw new Syntax(peek(), null);
                take();
                recovery.pop();
            } else if (t.type() == T.QQSTRING_END) {
                take();
                return new Ast.Str(format, parts);
            } else throw new Syntax(t, "QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END");
        }
    }

    private Ast parseObject() {
        take();
        recovery.push(-1);
        List<Ast.Entry> entries = new ArrayList<>();
        while (!at("}")) {
            objectKeyStart = peek().start();
            Tok t = peek();
            Ast key;
            Ast value = null;
            if (t.type() == T.IDENT) {
                take();
                key = new Ast.Literal(t.text());
                if (!at(":")) value = new Ast.Index(new Ast.Identity(), key);
            } else if (t.type() == T.KEYWORD && KEY_KEYWORDS.contains(t.text())) {
                take();
                key = new Ast.Literal(t.text());
                if (!at(":")) throw new Syntax(peek(), "':'");
            } else if (t.is("$")) {
                take();
                Tok n = expect(T.IDENT);
                key = new Ast.Literal(n.text());
                value = new Ast.Var(n.text(), t.start());
            } else if (t.type() == T.QQSTRING_START || t.type() == T.FORMAT && peek(1).type() == T.QQSTRING_START) {
                key = parseString();
                if (!at(":")) value = new Ast.Index(new Ast.Identity(), key);
            } else if (t.is("(")) {
                take();
                recovery.push(-1);
                objectKeyStart = -1;
                key = parsePipe();
                expect(")");
                recovery.pop();
                objectKeyStart = t.start();
                if (!at(":")) throw new Syntax(peek(), "':'");
                if (key instanceof Ast.Literal l && !(l.value() instanceof String))
                    problems.add(new Problem("Cannot use " + JqValues.typed(l.value()) + " as object key", t.start()));
            } else throw new Syntax(t, null);
            if (value == null) {
                expect(":");
                objectKeyStart = -1;
                value = parseExpD();
            }
            objectKeyStart = -1;
            entries.add(new Ast.Entry(key, value));
            if (at(",")) {
                take();
                continue;
            }
            if (!at("}")) throw new Syntax(peek(), "'}'");
        }
        take();
        recovery.pop();
        return new Ast.ObjectCons(entries);
    }

    /** An object value: terms joined by '|', or a negated one (jq's ExpD). */
    private Ast parseExpD() {
        Ast left;
        if (at("-")) {
            take();
            left = new Ast.Neg(parseExpD());
            return left;
        }
        left = parseSuffixes(parsePrimary());
        if (at("|")) {
            take();
            return new Ast.Pipe(left, parseExpD());
        }
        return left;
    }

    private Ast.Def parseDef() {
        take();
        Tok name = peek();
        if (name.type() != T.IDENT && name.type() != T.KEYWORD) throw new Syntax(name, null);
        if (name.type() == T.KEYWORD) throw new Syntax(name, null);
        take();
        List<String> params = new ArrayList<>();
        if (at("(")) {
            take();
            do {
                if (at("$")) {
                    take();
                    params.add("$" + expect(T.IDENT).text());
                } else params.add(expect(T.IDENT).text());
            } while (at(";") && take() != null);
            expect(")");
        } else if (!at(":")) throw new Syntax(peek(), "'(' or ':'");
        expect(":");
        Ast body = parsePipe();
        expect(";");
        return new Ast.Def(name.text(), params, body);
    }

    private Ast parseReduce() {
        take();
        Ast source = parseSuffixes(parsePrimary());
        expect("as");
        Ast.Pattern p = parsePattern();
        expect("(", "'('");
        recovery.push(-1);
        Ast init = parsePipe();
        expect(";");
        Ast update = parsePipe();
        expect(")");
        recovery.pop();
        return new Ast.Reduce(source, p, init, update);
    }

    private Ast parseForeach() {
        take();
        Ast source = parseSuffixes(parsePrimary());
        expect("as");
        Ast.Pattern p = parsePattern();
        expect("(", "'('");
        recovery.push(-1);
        Ast init = parsePipe();
        expect(";");
        Ast update = parsePipe();
        Ast extract = null;
        if (at(";")) {
            take();
            extract = parsePipe();
        }
        expect(")");
        recovery.pop();
        return new Ast.Foreach(source, p, init, update, extract);
    }

    private Ast parseIf() {
        Tok start = take();
        Ast cond = parsePipe();
        expect("then");
        recovery.push(start.start());
        Ast then = parsePipe();
        Ast otherwise = parseElse();
        recovery.pop();
        return new Ast.If(cond, then, otherwise);
    }

    private Ast parseElse() {
        if (at("elif")) {
            take();
            Ast cond = parsePipe();
            expect("then");
            Ast then = parsePipe();
            return new Ast.If(cond, then, parseElse());
        }
        expect("else");
        Ast e = parsePipe();
        expect("end");
        return e;
    }

    private Ast parseTry() {
        Tok start = take();
        Ast body = parsePostfix(false);
        Ast handler = null;
        if (at("catch")) {
            take();
            recovery.push(-start.start() - 2);
            handler = parsePostfix(false);
            recovery.pop();
        }
        return new Ast.Try(body, handler == null ? new Ast.Call("empty", List.of(), start.start()) : handler);
    }

    private Ast.Pattern parsePattern() {
        if (at("$")) {
            take();
            return new Ast.PVar(expect(T.IDENT).text());
        }
        if (at("[")) {
            take();
            List<Ast.Pattern> els = new ArrayList<>();
            els.add(parsePattern());
            while (at(",")) {
                take();
                els.add(parsePattern());
            }
            expect("]");
            return new Ast.PArray(els);
        }
        if (at("{")) {
            take();
            List<Ast.PEntry> es = new ArrayList<>();
            do {
                Tok t = peek();
                if (t.is("$")) {
                    take();
                    String v = expect(T.IDENT).text();
                    Ast.Pattern sub = null;
                    if (at(":")) {
                        take();
                        sub = parsePattern();
                    }
                    es.add(new Ast.PEntry(v, new Ast.Literal(v), sub));
                    continue;
                }
                Ast key;
                if (t.type() == T.IDENT || t.type() == T.KEYWORD && KEY_KEYWORDS.contains(t.text())) {
                    take();
                    key = new Ast.Literal(t.text());
                } else if (t.type() == T.QQSTRING_START || t.type() == T.FORMAT) {
                    key = parseString();
                } else if (t.is("(")) {
                    take();
                    key = parsePipe();
                    expect(")");
                } else throw new Syntax(t, null);
                expect(":");
                es.add(new Ast.PEntry(null, key, parsePattern()));
            } while (at(",") && take() != null);
            expect("}");
            return new Ast.PObject(es);
        }
        throw new Syntax(peek(), "'$' or '[' or '{'");
    }
}
