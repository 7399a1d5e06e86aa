package linnet.tools.text.awk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.tools.text.awk.Ast.*;
import linnet.tools.text.awk.Token.Kind;

/**
 * A recursive-descent parser over mawk's grammar (parse.y's precedences: ?: || && in ~ relational
 * concatenation + - * / % unary ! - ^ ++ -- $), with its error texts: "line N: syntax error at
 * or near X", "missing } near end of file", "function f never defined", scalar/array misuse.
 */
final class Parser {
    private final Lexer lexer;
    private final List<Token> buf = new ArrayList<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    /** What each global name was first used as: 's' scalar, 'a' array. */
    private final Map<String, Character> globalTypes = new HashMap<>();
    private List<String> params;
    private Ast.PatternKind section;
    /** Inside print's argument list (not within parentheses): '>' redirects instead of comparing. */
    private boolean printArgs;

    Parser(String source) { this.lexer = new Lexer(source); }

    private Token peek(int k) {
        while (buf.size() <= k) buf.add(lexer.next());
        return buf.get(k);
    }

    private Token peek() { return peek(0); }

    private Kind kind() { return peek().kind(); }

    private Token next() {
        Token t = peek();
        buf.remove(0);
        return t;
    }

    private boolean accept(Kind k) {
        if (kind() == k) { next(); return true; }
        return false;
    }

    private AwkError syntax(Token t) {
        if (t.kind() == Kind.EOF) return new AwkError("line " + t.line() + ": missing } near end of file");
        String text = t.kind() == Kind.STRING ? "\"" + t.text() + "\"" : t.kind() == Kind.ERE ? "/" + t.text() + "/" : t.text();
        return new AwkError("line " + t.line() + ": syntax error at or near " + text);
    }

    private Token expect(Kind k) {
        Token t = peek();
        if (t.kind() != k) {
            if (k == Kind.RPAREN && t.kind() != Kind.EOF) throw new AwkError("line " + t.line() + ": missing ) near " + describe(t));
            throw syntax(t);
        }
        return next();
    }

    private static String describe(Token t) {
        return t.kind() == Kind.STRING ? "\"" + t.text() + "\"" : t.text();
    }

    private void newlines() { while (kind() == Kind.NEWLINE) next(); }

    Program parse() {
        List<Item> items = new ArrayList<>();
        while (true) {
            while (kind() == Kind.NEWLINE || kind() == Kind.SEMI) next();
            if (kind() == Kind.EOF) break;
            Token t = peek();
            if (t.kind() == Kind.RBRACE)
                throw new AwkError("line " + t.line() + ": extra '}'", "line " + t.line() + ": syntax error at or near end of line");
            if (accept(Kind.FUNCTION)) { function(); continue; }
            if (accept(Kind.BEGIN)) {
                section = PatternKind.BEGIN;
                newlines();
                items.add(new Item(PatternKind.BEGIN, null, null, block()));
            } else if (accept(Kind.END)) {
                section = PatternKind.END;
                newlines();
                items.add(new Item(PatternKind.END, null, null, block()));
            } else {
                section = PatternKind.MAIN;
                Expr p = null, q = null;
                if (kind() != Kind.LBRACE) {
                    p = expr();
                    if (accept(Kind.COMMA)) { newlines(); q = expr(); }
                }
                Block action = kind() == Kind.LBRACE ? block() : null;
                items.add(new Item(PatternKind.MAIN, p, q, action));
            }
            boolean braced = items.isEmpty() ? false : items.get(items.size() - 1).action() != null;
            section = null;
            Kind k = kind();
            if (!braced && k != Kind.NEWLINE && k != Kind.SEMI && k != Kind.EOF) throw syntax(peek());
        }
        int endLine = peek().line();
        for (Call c : calls) {
            Function f = functions.get(c.name());
            if (f == null) throw new AwkError("line " + endLine + ": function " + c.name() + " never defined");
            if (c.args().size() > f.params().size())
                throw new AwkError("line " + c.line() + ": too many arguments in call to " + c.name());
        }
        return new Program(items, functions);
    }

    private void function() {
        Token name = next();
        if (name.kind() != Kind.NAME && name.kind() != Kind.FUNC_NAME) throw syntax(name);
        expect(Kind.LPAREN);
        List<String> ps = new ArrayList<>();
        if (kind() != Kind.RPAREN) {
            do {
                newlines();
                Token p = next();
                if (p.kind() != Kind.NAME) throw syntax(p);
                if (ps.contains(p.text())) throw new AwkError("line " + p.line() + ": " + p.text() + " is duplicated in argument list");
                ps.add(p.text());
            } while (accept(Kind.COMMA));
        }
        expect(Kind.RPAREN);
        newlines();
        params = ps;
        Block body = block();
        params = null;
        functions.put(name.text(), new Function(name.text(), ps, body));
    }

    private Block block() {
        expect(Kind.LBRACE);
        List<Stmt> body = new ArrayList<>();
        while (true) {
            while (kind() == Kind.NEWLINE || kind() == Kind.SEMI) next();
            if (kind() == Kind.RBRACE) { next(); return new Block(body); }
            if (kind() == Kind.EOF) throw syntax(peek());
            body.add(statement());
        }
    }

    /** After a simple statement: ';' or a newline, or a '}' / the end left for the caller. */
    private void terminator() {
        Kind k = kind();
        if (k == Kind.SEMI || k == Kind.NEWLINE) { next(); return; }
        if (k == Kind.RBRACE || k == Kind.EOF) return;
        throw syntax(peek());
    }

    private Stmt bodyStatement() {
        newlines();
        if (accept(Kind.SEMI)) return new Block(List.of());
        return statement();
    }

    private Stmt statement() {
        Token t = peek();
        switch (t.kind()) {
            case LBRACE -> { return block(); }
            case IF -> {
                next();
                expect(Kind.LPAREN);
                Expr c = groupedExpr();
                expect(Kind.RPAREN);
                Stmt then = bodyStatement();
                int save = 0;
                while (peek(save).kind() == Kind.NEWLINE || peek(save).kind() == Kind.SEMI) save++;
                if (peek(save).kind() == Kind.ELSE) {
                    for (int i = 0; i <= save; i++) next();
                    return new If(c, then, bodyStatement());
                }
                return new If(c, then, null);
            }
            case WHILE -> {
                next();
                expect(Kind.LPAREN);
                Expr c = groupedExpr();
                expect(Kind.RPAREN);
                if (kind() == Kind.SEMI) { next(); return new While(c, new Block(List.of())); }
                return new While(c, bodyStatement());
            }
            case DO -> {
                next();
                Stmt body = bodyStatement();
                while (kind() == Kind.NEWLINE || kind() == Kind.SEMI) next();
                expect(Kind.WHILE);
                expect(Kind.LPAREN);
                Expr c = groupedExpr();
                expect(Kind.RPAREN);
                terminator();
                return new Do(body, c);
            }
            case FOR -> { return forStatement(); }
            case SEMI -> { next(); return new Block(List.of()); }
            default -> { }
        }
        Stmt s = simpleStatement();
        terminator();
        return s;
    }

    private Stmt forStatement() {
        next();
        expect(Kind.LPAREN);
        if (peek().kind() == Kind.NAME && peek(1).kind() == Kind.IN && peek(2).kind() == Kind.NAME
                && peek(3).kind() == Kind.RPAREN) {
            Expr var = name(next(), 's');
            next();
            Expr arr = name(next(), 'a');
            next();
            return new ForIn(var, arr, bodyStatement());
        }
        Stmt init = kind() == Kind.SEMI ? null : simpleStatement();
        expect(Kind.SEMI);
        newlines();
        Expr test = kind() == Kind.SEMI ? null : groupedExpr();
        expect(Kind.SEMI);
        newlines();
        Stmt step = kind() == Kind.RPAREN ? null : simpleStatement();
        expect(Kind.RPAREN);
        if (kind() == Kind.SEMI) { next(); return new For(init, test, step, new Block(List.of())); }
        return new For(init, test, step, bodyStatement());
    }

    private Stmt simpleStatement() {
        Token t = peek();
        switch (t.kind()) {
            case PRINT, PRINTF -> { return print(); }
            case NEXT, NEXTFILE -> {
                next();
                if (section == PatternKind.BEGIN || section == PatternKind.END)
                    throw new AwkError("line " + t.line() + ": improper use of " + t.text());
                return t.kind() == Kind.NEXT ? new Next() : new NextFile();
            }
            case EXIT -> {
                next();
                return new Exit(endsStatement() ? null : expr());
            }
            case RETURN -> {
                next();
                if (params == null) throw new AwkError("line " + t.line() + ": return outside function body");
                return new Return(endsStatement() ? null : expr());
            }
            case BREAK -> { next(); return new Break(); }
            case CONTINUE -> { next(); return new Continue(); }
            case DELETE -> {
                next();
                Token n = next();
                if (n.kind() != Kind.NAME) throw syntax(n);
                Expr arr = name(n, 'a');
                if (accept(Kind.LBRACKET)) {
                    List<Expr> subs = exprList();
                    expect(Kind.RBRACKET);
                    return new Delete(arr, subs);
                }
                return new Delete(arr, null);
            }
            default -> { return new ExprStmt(expr()); }
        }
    }

    private boolean endsStatement() {
        Kind k = kind();
        return k == Kind.SEMI || k == Kind.NEWLINE || k == Kind.RBRACE || k == Kind.EOF;
    }

    private Stmt print() {
        boolean formatted = next().kind() == Kind.PRINTF;
        List<Expr> args = new ArrayList<>();
        if (kind() == Kind.LPAREN && parenthesizedListEndsPrint()) {
            next();
            boolean save = printArgs;
            printArgs = false;
            args = exprList();
            printArgs = save;
            expect(Kind.RPAREN);
        } else if (!endsStatement() && kind() != Kind.GT && kind() != Kind.APPEND && kind() != Kind.PIPE) {
            boolean save = printArgs;
            printArgs = true;
            args = exprList();
            printArgs = save;
        }
        if (formatted && args.isEmpty()) throw syntax(peek());
        char redirect = '\0';
        Expr dest = null;
        if (kind() == Kind.GT || kind() == Kind.APPEND || kind() == Kind.PIPE) {
            Kind k = next().kind();
            redirect = k == Kind.GT ? '>' : k == Kind.APPEND ? 'a' : '|';
            boolean save = printArgs;
            printArgs = true;
            dest = concat();
            printArgs = save;
        }
        return new Print(formatted, args, redirect, dest);
    }

    /** Whether a '(' starts print's whole parenthesized argument list: its ')' is followed by the end or a redirection. */
    private boolean parenthesizedListEndsPrint() {
        int depth = 0;
        for (int i = 0; ; i++) {
            Kind k = peek(i).kind();
            if (k == Kind.EOF || k == Kind.NEWLINE && depth == 0) return false;
            if (k == Kind.LPAREN) depth++;
            else if (k == Kind.RPAREN && --depth == 0) {
                Kind after = peek(i + 1).kind();
                return after == Kind.SEMI || after == Kind.NEWLINE || after == Kind.RBRACE || after == Kind.EOF
                        || after == Kind.GT || after == Kind.APPEND || after == Kind.PIPE;
            }
        }
    }

    private List<Expr> exprList() {
        List<Expr> l = new ArrayList<>();
        l.add(expr());
        while (accept(Kind.COMMA)) {
            newlines();
            l.add(expr());
        }
        return l;
    }

    /** An expression inside parentheses or brackets, where '>' always compares. */
    private Expr groupedExpr() {
        boolean save = printArgs;
        printArgs = false;
        try {
            return expr();
        } finally {
            printArgs = save;
        }
    }

    private static boolean isLvalue(Expr e) {
        return e instanceof Global || e instanceof Local || e instanceof Field || e instanceof Index;
    }

    Expr expr() {
        Expr l = ternary();
        Kind k = kind();
        Character op = switch (k) {
            case ASSIGN -> '=';
            case ADD_ASSIGN -> '+';
            case SUB_ASSIGN -> '-';
            case MUL_ASSIGN -> '*';
            case DIV_ASSIGN -> '/';
            case MOD_ASSIGN -> '%';
            case POW_ASSIGN -> '^';
            default -> null;
        };
        if (op != null && isLvalue(l)) {
            next();
            return new Assign(l, op == '=' ? null : op, expr());
        }
        return l;
    }

    private Expr ternary() {
        Expr c = or();
        if (accept(Kind.QUESTION)) {
            newlines();
            Expr a = expr();
            newlines();
            expect(Kind.COLON);
            newlines();
            Expr b = expr();
            return new Cond(c, a, b);
        }
        return c;
    }

    private Expr or() {
        Expr l = and();
        while (accept(Kind.OR)) { newlines(); l = new Or(l, and()); }
        return l;
    }

    private Expr and() {
        Expr l = in();
        while (accept(Kind.AND)) { newlines(); l = new And(l, in()); }
        return l;
    }

    private Expr in() {
        Expr l = match();
        while (kind() == Kind.IN) {
            next();
            Token n = next();
            if (n.kind() != Kind.NAME) throw syntax(n);
            l = new In(List.of(l), name(n, 'a'));
        }
        return l;
    }

    private Expr match() {
        Expr l = compare();
        while (kind() == Kind.TILDE || kind() == Kind.NOMATCH) {
            Token op = next();
            Expr re = compare();
            if (re instanceof Str s) checkRegex(s.value(), op.line());
            l = new Match(op.kind() == Kind.NOMATCH, l, re);
        }
        return l;
    }

    private Expr compare() {
        Expr l = concat();
        while (kind() == Kind.PIPE && peek(1).kind() == Kind.GETLINE) {
            next();
            next();
            l = new Getline('|', optionalLvalue(), l);
        }
        Kind k = kind();
        if (k == Kind.LT || k == Kind.LE || k == Kind.EQ || k == Kind.NE || k == Kind.GE || k == Kind.GT && !printArgs) {
            String op = next().text();
            return new Compare(op, l, concat());
        }
        return l;
    }

    private boolean startsConcatOperand() {
        return switch (kind()) {
            case NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN, DOLLAR, NOT, LPAREN, INCR, DECR, MINUS, PLUS -> true;
            default -> false;
        };
    }

    private Expr concat() {
        Expr l = additive();
        while (startsConcatOperand() && kind() != Kind.MINUS && kind() != Kind.PLUS && kind() != Kind.NOT) {
            l = new Concat(l, additive());
        }
        return l;
    }

    private Expr additive() {
        Expr l = multiplicative();
        while (kind() == Kind.PLUS || kind() == Kind.MINUS) {
            char op = next().kind() == Kind.PLUS ? '+' : '-';
            l = new Arith(op, l, multiplicative());
        }
        return l;
    }

    private Expr multiplicative() {
        Expr l = unary();
        while (kind() == Kind.STAR || kind() == Kind.SLASH || kind() == Kind.PERCENT) {
            Kind k = next().kind();
            l = new Arith(k == Kind.STAR ? '*' : k == Kind.SLASH ? '/' : '%', l, unary());
        }
        return l;
    }

    private Expr unary() {
        if (accept(Kind.NOT)) return new Not(unary());
        if (accept(Kind.MINUS)) return new Neg(unary());
        if (accept(Kind.PLUS)) return new Plus(unary());
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (accept(Kind.CARET)) return new Arith('^', base, powerOperand());
        return base;
    }

    /** The right side of '^': right-associative, and may carry its own sign (2^-1). */
    private Expr powerOperand() {
        if (accept(Kind.MINUS)) return new Neg(powerOperand());
        if (accept(Kind.PLUS)) return powerOperand();
        if (accept(Kind.NOT)) return new Not(powerOperand());
        return power();
    }

    private Expr postfix() {
        Expr e = primary();
        if (isLvalue(e) && (kind() == Kind.INCR || kind() == Kind.DECR)) {
            int d = next().kind() == Kind.INCR ? 1 : -1;
            return new IncDec(e, false, d);
        }
        return e;
    }

    private Expr lvalueAfterIncr(Token op) {
        Expr target = primary();
        if (!isLvalue(target)) throw syntax(op);
        return new IncDec(target, true, op.kind() == Kind.INCR ? 1 : -1);
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> { return new Num(t.number()); }
            case STRING -> { return new Str(t.text()); }
            case ERE -> {
                checkRegex(t.text(), t.line());
                return new Regex(t.text());
            }
            case DOLLAR -> {
                if (kind() == Kind.INCR || kind() == Kind.DECR) return new Field(lvalueAfterIncr(next()));
                if (accept(Kind.MINUS)) return new Field(new Neg(primary()));
                return new Field(primary());
            }
            case INCR, DECR -> { return lvalueAfterIncr(t); }
            case MINUS -> { return new Neg(unary()); }
            case NOT -> { return new Not(unary()); }
            case LPAREN -> {
                boolean save = printArgs;
                printArgs = false;
                List<Expr> l = exprList();
                printArgs = save;
                expect(Kind.RPAREN);
                if (l.size() > 1) {
                    if (kind() != Kind.IN) throw syntax(peek());
                    next();
                    Token n = next();
                    if (n.kind() != Kind.NAME) throw syntax(n);
                    return new In(l, name(n, 'a'));
                }
                return new Group(l.get(0));
            }
            case NAME -> {
                if (kind() == Kind.LBRACKET) {
                    Expr arr = name(t, 'a');
                    next();
                    boolean save = printArgs;
                    printArgs = false;
                    List<Expr> subs = exprList();
                    printArgs = save;
                    expect(Kind.RBRACKET);
                    return new Index(arr, subs);
                }
                return name(t, 's');
            }
            case FUNC_NAME -> {
                expect(Kind.LPAREN);
                List<Expr> args = callArgs();
                Call c = new Call(t.text(), args, t.line());
                calls.add(c);
                return c;
            }
            case BUILTIN -> { return builtin(t); }
            case GETLINE -> {
                Expr target = optionalLvalue();
                if (accept(Kind.LT)) return new Getline('<', target, primaryForRedirect());
                return new Getline(' ', target, null);
            }
            default -> throw syntax(t);
        }
    }

    /** getline's file operand: an operand without concatenation ("getline < "f" x" reads f). */
    private Expr primaryForRedirect() {
        return postfix();
    }

    private Expr optionalLvalue() {
        Kind k = kind();
        if (k == Kind.DOLLAR || k == Kind.NAME) {
            Expr e = primary();
            if (isLvalue(e)) return e;
            throw syntax(peek());
        }
        return null;
    }

    private List<Expr> callArgs() {
        boolean save = printArgs;
        printArgs = false;
        List<Expr> args = new ArrayList<>();
        newlines();
        if (kind() != Kind.RPAREN) {
            do {
                newlines();
                // a bare name may be an array passed by reference: it fixes no type here
                if (peek().kind() == Kind.NAME && (peek(1).kind() == Kind.COMMA || peek(1).kind() == Kind.RPAREN))
                    args.add(name(next(), '?'));
                else args.add(expr());
            } while (accept(Kind.COMMA));
        }
        newlines();
        printArgs = save;
        expect(Kind.RPAREN);
        return args;
    }

    private static final Map<String, int[]> ARITY = Map.ofEntries(
            Map.entry("length", new int[] {0, 1}), Map.entry("substr", new int[] {2, 3}),
            Map.entry("index", new int[] {2, 2}), Map.entry("split", new int[] {2, 3}),
            Map.entry("sub", new int[] {2, 3}), Map.entry("gsub", new int[] {2, 3}),
            Map.entry("match", new int[] {2, 2}), Map.entry("sprintf", new int[] {1, 255}),
            Map.entry("sin", new int[] {1, 1}), Map.entry("cos", new int[] {1, 1}),
            Map.entry("atan2", new int[] {2, 2}), Map.entry("exp", new int[] {1, 1}),
            Map.entry("log", new int[] {1, 1}), Map.entry("int", new int[] {1, 1}),
            Map.entry("sqrt", new int[] {1, 1}), Map.entry("rand", new int[] {0, 0}),
            Map.entry("srand", new int[] {0, 1}), Map.entry("tolower", new int[] {1, 1}),
            Map.entry("toupper", new int[] {1, 1}), Map.entry("system", new int[] {1, 1}),
            Map.entry("close", new int[] {1, 1}), Map.entry("fflush", new int[] {0, 1}));

    private Expr builtin(Token t) {
        List<Expr> args = List.of();
        if (kind() == Kind.LPAREN) {
            next();
            args = callArgs();
        } else if (!t.text().equals("length")) throw syntax(peek());
        if (t.text().equals("split") && args.size() < 2) throw new AwkError("line " + t.line() + ": syntax error at or near )");
        int[] a = ARITY.get(t.text());
        if (args.size() < a[0] || args.size() > a[1])
            throw new AwkError("line " + t.line() + ": wrong number of arguments in call to " + t.text());
        if (t.text().equals("split") && !(args.get(1) instanceof Global || args.get(1) instanceof Local))
            throw syntax(peek());
        if (t.text().equals("split")) {
            Expr arr = args.get(1);
            if (arr instanceof Global g) typeUse(g.name(), 'a', t.line());
        }
        if ((t.text().equals("sub") || t.text().equals("gsub")) && args.size() == 3 && !isLvalue(args.get(2)))
            throw syntax(peek());
        return new Builtin(t.text(), args);
    }

    /** A constant regex that does not compile is a parse error (mawk compiles them with the program). */
    private static void checkRegex(String src, int line) {
        try {
            Interp.compileRegex(src);
        } catch (AwkError e) {
            throw new AwkError("line " + line + ": " + e.getMessage());
        }
    }

    /** A name: a parameter of the function being parsed, or a global of the given use. */
    private Expr name(Token t, char use) {
        if (params != null) {
            int i = params.indexOf(t.text());
            if (i >= 0) return new Local(i, t.text());
        }
        if (functions.containsKey(t.text())) throw syntax(t);
        if (use != '?') typeUse(t.text(), use, t.line());
        return new Global(t.text());
    }

    private void typeUse(String name, char use, int line) {
        Character was = globalTypes.putIfAbsent(name, use);
        if (was != null && was != use)
            throw new AwkError("line " + line + ": illegal reference to " + (was == 'a' ? "array " : "variable ") + name);
    }
}
