package linnet.shell.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import linnet.shell.lex.Lexer;
import linnet.shell.lex.Lexer.SyntaxError;
import linnet.shell.lex.Lexer.Token;
import linnet.shell.lex.Lexer.Type;
import linnet.shell.parse.Ast.*;

/**
 * A recursive-descent parser for bash's grammar (parse.y). Like bash it hands out one complete
 * command at a time — up to a newline at the top level — so a script runs up to the line where a
 * syntax error stands.
 */
public final class Parser {
    /** Words that are reserved in command position. */
    static final Set<String> RESERVED = Set.of("if", "then", "elif", "else", "fi", "for", "in", "do", "done", "while",
            "until", "case", "esac", "function", "{", "}", "!", "[[", "]]", "select", "time");

    private final Lexer lx;

    public Parser(String src) { this.lx = new Lexer(src); }

    /** A parser for source whose first line is line {@code firstLine} of what the shell reads. */
    public Parser(String src, int firstLine) { this.lx = new Lexer(src, firstLine); }

    public Lexer lexer() { return lx; }

    /** The next complete command (a list ended by a newline), or null at the end of the input. */
    public Seq next() {
        while (lx.peek().type() == Type.NEWLINE) lx.next();
        if (lx.atEof()) return null;
        Seq s = list(Set.of(), true);
        Token t = lx.peek();
        if (t.type() == Type.NEWLINE) lx.next();
        else if (t.type() != Type.EOF) throw unexpected(t);
        return s;
    }

    /** The whole input parsed at once (for bodies of functions given to eval, tests). */
    public List<Seq> all() {
        List<Seq> out = new ArrayList<>();
        for (Seq s; (s = next()) != null; ) out.add(s);
        return out;
    }

    private SyntaxError unexpected(Token t) { return unexpected(t, null); }

    /** The word that closes what a list belongs to, for dash's "(expecting ...)". */
    private static String closer(Set<String> ends) {
        for (String w : List.of("fi", "done", "esac", "}", ")", "then", "do")) if (ends.contains(w)) return w;
        return null;
    }

    /** @param expecting what dash names in its "(expecting ...)", or null */
    private SyntaxError unexpected(Token t, String expecting) {
        SyntaxError e;
        if (t.type() == Type.EOF) e = new SyntaxError("syntax error: unexpected end of file", lx.eofLine(), false);
        else {
            String text = t.type() == Type.NEWLINE ? "newline" : t.text();
            e = new SyntaxError("syntax error near unexpected token `" + text + "'", t.line(), true);
        }
        // dash (sh) has no newline of its own at the end: it meets the end of the file there
        boolean end = t.type() == Type.EOF || lx.isFinalNewline(t);
        String what = end ? "end of file" : t.type() == Type.NEWLINE ? "newline"
                : t.type() == Type.OP || RESERVED.contains(t.text()) && !t.quoted() ? "\"" + t.text() + "\"" : "word";
        int line = end ? Math.max(1, lx.eofLine() - 1) : t.line();
        return e.dash("Syntax error: " + what + " unexpected" + (expecting == null ? "" : " (expecting \"" + expecting + "\")"), line);
    }

    private boolean isTerminator(Token t, Set<String> ends) {
        if (t.type() == Type.EOF) return true;
        if (t.type() == Type.OP) return ends.contains(t.text()) || t.text().equals(")") && ends.contains(")");
        return t.type() == Type.WORD && !t.quoted() && ends.contains(t.text());
    }

    /**
     * A list of and-or items separated by ; & or newlines. At the top level a newline ends it;
     * inside a compound command it runs up to one of {@code ends}.
     */
    private Seq list(Set<String> ends, boolean top) {
        List<Node> items = new ArrayList<>();
        List<Boolean> bg = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (!top) skipNewlines();
        while (true) {
            Token t = lx.peek();
            if (isTerminator(t, ends) || top && t.type() == Type.NEWLINE) break;
            int start = lx.tokenStart();
            items.add(andOr());
            texts.add(lx.text(start, lx.consumedEnd()));
            bg.add(false);
            t = lx.peek();
            if (t.isOp("&")) { lx.next(); bg.set(bg.size() - 1, true); }
            else if (t.isOp(";")) lx.next();
            else if (t.type() == Type.NEWLINE) {
                if (top) break;
                lx.next();
            } else break;
            if (!top) skipNewlines();
        }
        if (items.isEmpty()) {
            Token t = lx.peek();
            if (t.type() == Type.EOF && !top) throw unexpected(t, closer(ends));
            if (!top || t.type() != Type.NEWLINE) throw unexpected(t);
        }
        return new Seq(items, bg, texts);
    }

    private void skipNewlines() {
        while (lx.peek().type() == Type.NEWLINE) lx.next();
    }

    private Node andOr() {
        Node first = pipeline();
        List<String> ops = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        while (lx.peek().isOp("&&") || lx.peek().isOp("||")) {
            ops.add(lx.next().text());
            skipNewlines();
            rest.add(pipeline());
        }
        return ops.isEmpty() ? first : new AndOr(first, ops, rest);
    }

    private Node pipeline() {
        int line = lx.line();
        boolean bang = false;
        while (lx.peek().isWord("!")) { lx.next(); bang = !bang; }
        if (lx.peek().isWord("time")) lx.next();
        List<Node> stages = new ArrayList<>();
        List<Boolean> err = new ArrayList<>();
        stages.add(command());
        while (lx.peek().isOp("|") || lx.peek().isOp("|&")) {
            err.add(lx.next().text().equals("|&"));
            skipNewlines();
            stages.add(command());
        }
        if (stages.size() == 1 && !bang) return stages.get(0);
        boolean[] e = new boolean[err.size()];
        for (int i = 0; i < e.length; i++) e[i] = err.get(i);
        return new Pipeline(stages, bang, e, line);
    }

    private Node command() {
        Token t = lx.peek();
        int line = t.line();
        if (t.type() == Type.OP) {
            if (t.text().equals("(")) {
                lx.next();
                if (lx.lookingAt("(")) {
                    lx.skip("(");
                    String e = lx.readArith();
                    return new Arith(e, redirs(), line);
                }
                Seq body = list(Set.of(")"), false);
                expect(")");
                return new Subshell(body, redirs(), line);
            }
            if (isRedirOp(t)) return simple();
            throw unexpected(t);
        }
        if (t.type() != Type.WORD) throw unexpected(t);
        if (!t.quoted()) {
            switch (t.text()) {
                case "{" -> {
                    lx.next();
                    Seq body = list(Set.of("}"), false);
                    expectWord("}");
                    return new Group(body, redirs());
                }
                case "if" -> { return ifCommand(); }
                case "for" -> { return forCommand(); }
                case "while", "until" -> {
                    boolean until = lx.next().text().equals("until");
                    Seq cond = list(Set.of("do"), false);
                    expectWord("do");
                    Seq body = list(Set.of("done"), false);
                    expectWord("done");
                    return new Loop(until, cond, body, redirs());
                }
                case "case" -> { return caseCommand(); }
                case "function" -> {
                    lx.next();
                    Token name = lx.next();
                    if (name.type() != Type.WORD) throw unexpected(name);
                    if (lx.peek().isOp("(")) { lx.next(); expect(")"); }
                    skipNewlines();
                    return new FuncDef(name.text(), functionBody(), line);
                }
                case "[[" -> {
                    lx.next();
                    CondExpr e = condCommand(line);
                    return new Cond(e, redirs(), line);
                }
                case "then", "elif", "else", "fi", "do", "done", "esac", "}", "in", "]]" -> throw unexpected(t);
                default -> { }
            }
        }
        return simple();
    }

    /** parse.y's function_body: a compound command (shell_command), never a simple one. */
    private Node functionBody() {
        Token t = lx.peek();
        boolean compound = t.isOp("(") || t.type() == Type.WORD && !t.quoted()
                && Set.of("{", "if", "for", "while", "until", "case", "[[", "select").contains(t.text());
        if (!compound) throw unexpected(t);
        return command();
    }

    private void expect(String op) {
        Token t = lx.next();
        if (!t.isOp(op)) throw unexpected(t, op);
    }

    private void expectWord(String w) {
        Token t = lx.next();
        if (!t.isWord(w)) throw unexpected(t, w);
    }

    private static boolean isRedirOp(Token t) {
        return t.type() == Type.OP && switch (t.text()) {
            case "<", ">", ">>", ">|", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<" -> true;
            default -> false;
        };
    }

    private Node simple() {
        int line = lx.line();
        List<String> assigns = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Redir> redirs = new ArrayList<>();
        while (true) {
            Token t = lx.peek();
            if (t.type() == Type.WORD) {
                lx.next();
                if (words.isEmpty() && isAssignment(t.text())) assigns.add(t.text());
                else {
                    // NAME () BODY defines a function
                    if (words.isEmpty() && assigns.isEmpty() && redirs.isEmpty() && lx.peek().isOp("(")) {
                        lx.next();
                        expect(")");
                        skipNewlines();
                        return new FuncDef(t.text(), functionBody(), line);
                    }
                    words.add(t.text());
                }
            } else if (isRedirOp(t)) {
                redirs.add(redir());
            } else break;
        }
        if (assigns.isEmpty() && words.isEmpty() && redirs.isEmpty()) throw unexpected(lx.peek());
        return new Simple(assigns, words, redirs, line);
    }

    /** NAME=value or NAME[sub]=value or NAME+=value, the name unquoted. */
    static boolean isAssignment(String w) {
        int eq = w.indexOf('=');
        if (eq <= 0) return false;
        String lhs = w.substring(0, eq);
        if (lhs.endsWith("+")) lhs = lhs.substring(0, lhs.length() - 1);
        int br = lhs.indexOf('[');
        if (br > 0 && lhs.endsWith("]")) lhs = lhs.substring(0, br);
        return lhs.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private List<Redir> redirs() {
        List<Redir> r = new ArrayList<>();
        while (isRedirOp(lx.peek())) r.add(redir());
        return r;
    }

    private Redir redir() {
        Token op = lx.next();
        Token target = lx.next();
        if (target.type() != Type.WORD) throw unexpected(target);
        if (op.text().equals("<<") || op.text().equals("<<-")) {
            String delim = target.text();
            boolean quoted = target.quoted();
            String d = quoted ? delim.replace("\"", "").replace("'", "").replace("\\", "") : delim;
            return new Redir(op.fd(), op.text(), d, lx.hereDoc(d, op.text().equals("<<-"), quoted));
        }
        return new Redir(op.fd(), op.text(), target.text(), null);
    }

    private Node ifCommand() {
        lx.next();
        List<Seq> conds = new ArrayList<>();
        List<Seq> bodies = new ArrayList<>();
        Seq orElse = null;
        conds.add(list(Set.of("then"), false));
        expectWord("then");
        bodies.add(list(Set.of("elif", "else", "fi"), false));
        while (true) {
            Token t = lx.next();
            if (t.isWord("elif")) {
                conds.add(list(Set.of("then"), false));
                expectWord("then");
                bodies.add(list(Set.of("elif", "else", "fi"), false));
            } else if (t.isWord("else")) {
                orElse = list(Set.of("fi"), false);
                expectWord("fi");
                break;
            } else if (t.isWord("fi")) {
                break;
            } else throw unexpected(t, "fi");
        }
        return new If(conds, bodies, orElse, redirs());
    }

    private Node forCommand() {
        int line = lx.next().line();
        if (lx.peek().isOp("(") ) {
            lx.next();
            if (!lx.lookingAt("(")) throw unexpected(lx.peek());
            lx.skip("(");
            String body = lx.readArith();
            String[] parts = splitArithFor(body);
            if (parts == null) throw new SyntaxError("syntax error: arithmetic expression required", line, true);
            if (lx.peek().isOp(";")) lx.next();
            skipNewlines();
            Seq b = doGroup();
            return new ArithFor(parts[0], parts[1], parts[2], b, redirs(), line);
        }
        Token name = lx.next();
        if (name.type() != Type.WORD) throw unexpected(name);
        List<String> words = null;
        skipNewlines();
        if (lx.peek().isWord("in")) {
            lx.next();
            words = new ArrayList<>();
            while (lx.peek().type() == Type.WORD) words.add(lx.next().text());
            Token t = lx.peek();
            if (t.isOp(";") || t.type() == Type.NEWLINE) lx.next();
            else throw unexpected(t);
        } else if (lx.peek().isOp(";")) lx.next();
        skipNewlines();
        return new For(name.text(), words, doGroup(), redirs(), line);
    }

    private Seq doGroup() {
        Token t = lx.peek();
        if (t.isWord("{")) {
            lx.next();
            Seq b = list(Set.of("}"), false);
            expectWord("}");
            return b;
        }
        expectWord("do");
        Seq b = list(Set.of("done"), false);
        expectWord("done");
        return b;
    }

    /** init; cond; step of for ((...)): exactly two semicolons. */
    private static String[] splitArithFor(String s) {
        String[] p = s.split(";", -1);
        return p.length == 3 ? p : null;
    }

    private Node caseCommand() {
        int line = lx.next().line();
        Token w = lx.next();
        if (w.type() != Type.WORD) throw unexpected(w);
        skipNewlines();
        expectWord("in");
        skipNewlines();
        List<CaseArm> arms = new ArrayList<>();
        while (!lx.peek().isWord("esac")) {
            if (lx.peek().isOp("(")) lx.next();
            List<String> pats = new ArrayList<>();
            while (true) {
                Token p = lx.next();
                if (p.type() != Type.WORD) throw unexpected(p, ")");
                pats.add(p.text());
                if (lx.peek().isOp("|")) { lx.next(); continue; }
                break;
            }
            expect(")");
            Seq body = list(Set.of(";;", ";&", ";;&", "esac"), false, true);
            String term = ";;";
            Token t = lx.peek();
            if (t.isOp(";;") || t.isOp(";&") || t.isOp(";;&")) term = lx.next().text();
            else if (!t.isWord("esac")) throw unexpected(t);
            arms.add(new CaseArm(pats, body, term));
            skipNewlines();
        }
        lx.next();
        return new Case(w.text(), arms, redirs(), line);
    }

    /** A list that may be empty (a case arm's body). */
    private Seq list(Set<String> ends, boolean top, boolean mayBeEmpty) {
        skipNewlines();
        if (isTerminator(lx.peek(), ends)) return new Seq(List.of(), List.of(), List.of());
        return list(ends, top);
    }

    // ---- [[ ]]

    private static final Set<String> UNARY = Set.of("-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r",
            "-s", "-t", "-u", "-w", "-x", "-G", "-L", "-N", "-O", "-S", "-z", "-n", "-o", "-v", "-R");
    private static final Set<String> BINARY = Set.of("==", "=", "!=", "=~", "-eq", "-ne", "-lt", "-le", "-gt", "-ge",
            "-nt", "-ot", "-ef");

    // bash's cond_expr (parse.y): a small recursive-descent parser of its own with its own messages.
    // An error prints its message(s) and abandons the whole input without yyerror's echo of the line;
    // the shell ends with status 2 when the error was at the end of the input, else with $? as it was.

    /** The token after the last term (bash's cond_token); null after an error already reported. */
    private Token condTok;
    private final List<SyntaxError> condErrors = new ArrayList<>();

    private CondExpr condCommand(int line) {
        condErrors.clear();
        condAtEof = false;
        CondExpr e = condOr();
        if (condTok != null && !condTok.isWord("]]")) {
            String et = errorText(condTok);
            if (condTok.type() == Type.EOF) condMessage("unexpected EOF while looking for `]]'", line);
            else condMessage(et != null ? "syntax error in conditional expression: unexpected token `" + et + "'"
                    : "syntax error in conditional expression", line);
            condTok = null;
        }
        if (condTok == null) {
            SyntaxError last = condErrors.isEmpty() ? new SyntaxError("", line, false) : condErrors.get(condErrors.size() - 1);
            for (int i = condErrors.size() - 1; i > 0; i--) condErrors.get(i).before = condErrors.get(i - 1);
            boolean atEnd = condAtEof || lastCond != null && lastCond.type() != Type.WORD && lastCond.type() != Type.OP;
            last.status = atEnd && lx.restIsBlank() ? 2 : SyntaxError.KEEP_STATUS;
            throw last;
        }
        return e;
    }

    private Token lastCond;
    /** The =~ operand ran into the end of the input. */
    private boolean condAtEof;

    private Token condNext() { return lastCond = lx.next(); }

    private void condMessage(String msg, int line) { condErrors.add(new SyntaxError(msg, line, false)); }

    /** bash's error_token_from_token inside [[ ]]: operators and `]]' by name, plain words not at all. */
    private static String errorText(Token t) {
        return switch (t.type()) {
            case NEWLINE -> "newline";
            case EOF -> "EOF";
            case OP -> t.text();
            case WORD -> t.isWord("]]") ? "]]" : null;
        };
    }

    private Token condSkipNewlines() {
        Token t = condNext();
        while (t.type() == Type.NEWLINE) t = condNext();
        return condTok = t;
    }

    private CondExpr condOr() {
        CondExpr l = condAnd();
        if (condTok != null && condTok.isOp("||")) {
            CondExpr r = condOr();
            return r == null ? null : new CondOr(l, r);
        }
        return l;
    }

    private CondExpr condAnd() {
        CondExpr l = condTerm();
        if (condTok != null && condTok.isOp("&&")) {
            CondExpr r = condAnd();
            return r == null ? null : new CondAnd(l, r);
        }
        return l;
    }

    private CondExpr condTerm() {
        if (condTok == null && !condErrors.isEmpty()) return null;
        Token t = condSkipNewlines();
        int line = t.line();
        if (t.isWord("]]")) return condFail();
        if (t.isOp("(")) {
            CondExpr e = condOr();
            if (condTok == null || !condTok.isOp(")")) {
                String et = condTok == null ? null : errorText(condTok);
                condMessage(et != null ? "unexpected token `" + et + "', expected `)'" : "expected `)'", line);
                return condFail();
            }
            condSkipNewlines();
            return e;
        }
        if (t.isWord("!")) {
            CondExpr e = condTerm();
            return e == null ? null : new CondNot(e);
        }
        if (t.type() == Type.WORD && !t.quoted() && UNARY.contains(t.text())) {
            Token a = condNext();
            if (a.type() != Type.WORD || a.isWord("]]")) {
                String et = errorText(a);
                condMessage(et != null ? "unexpected argument `" + et + "' to conditional unary operator"
                        : "unexpected argument to conditional unary operator", a.line());
                return condFail();
            }
            condSkipNewlines();
            return new CondUnary(t.text(), a.text());
        }
        if (t.type() == Type.WORD) {
            Token op = condNext();
            String o = null;
            if (op.type() == Type.WORD && !op.quoted() && BINARY.contains(op.text())) o = op.text();
            else if (op.isOp("<") || op.isOp(">")) o = op.text();
            else if (op.isWord("]]") || op.isOp("&&") || op.isOp("||") || op.isOp(")")) {
                // [[ x ]] is [[ -n x ]]
                condTok = op;
                return new CondWord(t.text());
            } else {
                String et = errorText(op);
                condMessage(et != null ? "unexpected token `" + et + "', conditional binary operator expected"
                        : "conditional binary operator expected", op.line());
                return condFail();
            }
            if (o.equals("=~")) {
                int opened = lx.line();
                String re;
                try {
                    re = lx.readRegexWord();
                } catch (SyntaxError e) {
                    condErrors.add(e);
                    condMessage("unexpected argument to conditional binary operator", lx.eofLine());
                    return condFail();
                }
                if (re == null) {
                    condAtEof = true;
                    // an open parenthesis ran into the end of the input
                    condMessage("unexpected EOF while looking for matching `)'", opened);
                    condMessage("unexpected argument to conditional binary operator", lx.eofLine());
                    return condFail();
                }
                if (re.isEmpty() || re.equals("]]")) {
                    Token r = re.isEmpty() ? condNext() : null;
                    String et = r == null ? "]]" : errorText(r);
                    condMessage(et != null ? "unexpected argument `" + et + "' to conditional binary operator"
                            : "unexpected argument to conditional binary operator", r == null ? lx.line() : r.line());
                    return condFail();
                }
                condSkipNewlines();
                return new CondBinary(o, t.text(), re);
            }
            // parse_cond_command reads the pattern of == and != with extglob on
            lx.forceExtglob(o.equals("==") || o.equals("=") || o.equals("!="));
            Token r;
            try {
                r = condNext();
            } finally {
                lx.forceExtglob(false);
            }
            if (r.type() != Type.WORD || r.isWord("]]")) {
                String et = errorText(r);
                condMessage(et != null ? "unexpected argument `" + et + "' to conditional binary operator"
                        : "unexpected argument to conditional binary operator", r.line());
                return condFail();
            }
            condSkipNewlines();
            return new CondBinary(o, t.text(), r.text());
        }
        condMessage("unexpected token `" + errorText(t) + "' in conditional command", line);
        return condFail();
    }

    private CondExpr condFail() {
        condTok = null;
        return null;
    }
}
