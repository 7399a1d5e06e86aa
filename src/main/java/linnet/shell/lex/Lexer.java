package linnet.shell.lex;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * bash's tokenizer (parse.y's read_token): words end at an unquoted metacharacter (blank, newline,
 * | & ; ( ) < >); quotes, backslashes, $(...), $((...)), ${...} and backquotes are kept inside the
 * word raw, to be expanded later. Operators are the longest match. Here-document bodies are read
 * when the line that asked for them ends.
 */
public final class Lexer {
    public enum Type { WORD, OP, NEWLINE, EOF }

    /**
     * One token. {@code fd} is the redirection's IO number ("2" in {@code 2>&1}) or -1;
     * {@code quoted} says whether a word had any quoting (reserved words must have none).
     */
    public record Token(Type type, String text, int fd, boolean quoted, int line, int start) {
        public Token(Type type, String text, int fd, boolean quoted, int line) { this(type, text, fd, quoted, line, -1); }

        public boolean isOp(String op) { return type == Type.OP && text.equals(op); }

        public boolean isWord(String w) { return type == Type.WORD && !quoted && text.equals(w); }
    }

    /** A syntax error: bash's message without the "NAME: line N: " prefix, and the line it is on. */
    public static final class SyntaxError extends RuntimeException {
        public final int line;
        /** Whether bash would add the offending line's text ("`...'") after the message. */
        public final boolean showLine;
        /**
         * The shell's status after it: 2 (EX_BADUSAGE) as a rule; 1 for a compound array
         * assignment; {@link #KEEP_STATUS} where bash's parser recovers without calling yyerror.
         */
        public int status = 2;
        /** A message bash printed first for the same error (a =~ operand running into EOF). */
        public SyntaxError before;
        /** dash's wording of the same error (sh is dash on Debian), and the line dash reports. */
        public String dash;
        public int dashLine;

        public SyntaxError dash(String text, int atLine) {
            dash = text;
            dashLine = atLine;
            return this;
        }

        public static final int KEEP_STATUS = -1;

        public SyntaxError(String message, int line, boolean showLine) {
            super(message, null, false, false);
            this.line = line;
            this.showLine = showLine;
        }

        public SyntaxError withStatus(int s) {
            status = s;
            return this;
        }
    }

    /** A here-document the parser asked for; its body is filled in at the end of the line. */
    public static final class HereDoc {
        public final String delimiter;
        public final boolean stripTabs;
        /** A quoted delimiter: the body is taken literally, no expansions. */
        public final boolean quoted;
        public String body = "";
        /** The line of the redirection that asked for it. */
        final int line;

        HereDoc(String delimiter, boolean stripTabs, boolean quoted, int line) {
            this.line = line;
            this.delimiter = delimiter;
            this.stripTabs = stripTabs;
            this.quoted = quoted;
        }
    }

    private static final String[] OPS = {"&&", "||", ";;&", ";;", ";&", "|&", "<<<", "<<-", "<<", ">>", "<&", ">&",
        "<>", ">|", "&>>", "&>", "|", "&", ";", "(", ")", "<", ">"};

    private final String src;
    private int pos;
    private int line = 1;
    private Token peeked;
    private final Deque<HereDoc> pending = new ArrayDeque<>();
    private boolean finalNewline;
    /** shopt extglob as it is when a word is read; forced on for the right side of [[ == ]]. */
    private java.util.function.BooleanSupplier extglob = () -> false;
    private boolean forceExtglob;

    public void extglob(java.util.function.BooleanSupplier on) { extglob = on; }

    /** The next word is a pattern with extglob syntax whatever the option says ([[ x == @(a|b) ]]). */
    public void forceExtglob(boolean on) { forceExtglob = on; }
    /** Warnings found while reading (a here-document ended by EOF), as "line N: text" pairs. */
    private final java.util.List<Object[]> warnings = new java.util.ArrayList<>();

    /** The first line's number: a shell reading a script chunk by chunk counts on from the chunks before. */
    private int firstLine = 1;

    public Lexer(String src) { this.src = src; }

    public Lexer(String src, int firstLine) {
        this.src = src;
        this.firstLine = firstLine;
        this.line = firstLine;
    }

    public int line() { return peeked != null ? peeked.line : line; }

    /** Where the next token starts in the source (after blanks and comments). */
    public int tokenStart() { return peek().start; }

    /** Where the last consumed token ended. */
    public int consumedEnd() { return lastEnd; }

    /** The source text between two offsets. */
    public String text(int from, int to) { return src.substring(Math.max(0, from), Math.min(src.length(), Math.max(from, to))); }

    /** The text of source line {@code n} (1-based), for bash's "`LINE'" echo of a syntax error. */
    public String sourceLine(int n) {
        String[] lines = src.split("\n", -1);
        int k = n - firstLine + 1;
        return k >= 1 && k <= lines.length ? lines[k - 1] : "";
    }

    public boolean atEof() { return peek().type == Type.EOF; }

    public Token peek() {
        if (peeked == null) {
            skipBlanks();
            int start = pos;
            Token t = read();
            peekedEnd = pos;
            peeked = new Token(t.type(), t.text(), t.fd(), t.quoted(), t.line(), start);
        }
        return peeked;
    }

    public Token next() {
        Token t = peek();
        peeked = null;
        lastEnd = peekedEnd;
        return t;
    }

    private int lastEnd;
    private int peekedEnd;

    /** Registers a here-document whose body follows the current line. */
    public HereDoc hereDoc(String delimiter, boolean stripTabs, boolean quoted) {
        HereDoc h = new HereDoc(delimiter, stripTabs, quoted, line());
        pending.add(h);
        return h;
    }

    private static boolean isMeta(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '|' || c == '&' || c == ';' || c == '(' || c == ')'
                || c == '<' || c == '>';
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') pos++;
            else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') { pos += 2; line++; }
            else if (c == '#') { while (pos < src.length() && src.charAt(pos) != '\n') pos++; }
            else break;
        }
    }

    private Token read() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') pos++;
            else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') { pos += 2; line++; }
            else if (c == '#') { while (pos < src.length() && src.charAt(pos) != '\n') pos++; }
            else break;
        }
        if (pos >= src.length()) {
            if (!src.isEmpty() && !src.endsWith("\n") && !finalNewline) {
                // bash's shell_getc ends the last line with a newline of its own: `echo (` fails on
                // `newline', and what reads past it (EOF in a compound command) is on the next line
                finalNewline = true;
                int at = line++;
                if (!pending.isEmpty()) readHereDocs();
                return new Token(Type.NEWLINE, "\n", -1, false, at);
            }
            if (!pending.isEmpty()) readHereDocs();
            return new Token(Type.EOF, "", -1, false, line);
        }
        char c = src.charAt(pos);
        int at = line;
        if (c == '\n') {
            pos++;
            line++;
            if (!pending.isEmpty()) readHereDocs();
            return new Token(Type.NEWLINE, "\n", -1, false, at);
        }
        // An IO number: digits directly followed by < or >.
        int d = pos;
        while (d < src.length() && Character.isDigit(src.charAt(d))) d++;
        if (d > pos && d < src.length() && (src.charAt(d) == '<' || src.charAt(d) == '>')) {
            int fd = Integer.parseInt(src.substring(pos, Math.min(d, pos + 9)));
            pos = d;
            Token op = readOp();
            return new Token(Type.OP, op.text, fd, false, at);
        }
        // <(cmd) and >(cmd) are process substitutions: words, not redirections
        if (src.startsWith("<(", pos) || src.startsWith(">(", pos)) return readWord();
        for (String op : OPS) if (src.startsWith(op, pos)) return readOp();
        return readWord();
    }

    private Token readOp() {
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Type.OP, op, -1, false, line);
            }
        }
        throw new IllegalStateException("no operator at " + pos);
    }

    private Token readWord() {
        int start = pos;
        int at = line;
        boolean quoted = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isMeta(c)) {
                // NAME=( starts an array assignment: the parenthesised list belongs to the word.
                if (c == '(' && pos > start && src.charAt(pos - 1) == '=' && isAssignmentPrefix(src.substring(start, pos))) {
                    int opened = line;
                    try {
                        pos = skipBalanced(pos + 1, '(', ')');
                    } catch (SyntaxError e) {
                        // parse_compound_assignment: reported where the list opened, and the shell's status is 1
                        if (!e.getMessage().endsWith("`)'")) throw e;
                        throw eof(')', opened).withStatus(1).dash("Syntax error: \"(\" unexpected", opened);
                    }
                    continue;
                }
                if ((c == '<' || c == '>') && pos + 1 < src.length() && src.charAt(pos + 1) == '(') {
                    int opened = line;
                    try {
                        pos = skipBalanced(pos + 2, '(', ')');
                    } catch (SyntaxError e) {
                        if (!e.getMessage().endsWith("`)'")) throw e;
                        throw eof(')', opened);
                    }
                    continue;
                }
                // @(...) !(...) *(...) +(...) ?(...) are part of the word under extglob
                if (c == '(' && pos > start && "@!*+?".indexOf(src.charAt(pos - 1)) >= 0
                        && (forceExtglob || extglob.getAsBoolean())) {
                    pos = skipBalanced(pos + 1, '(', ')');
                    continue;
                }
                break;
            }
            switch (c) {
                case '\\' -> {
                    quoted = true;
                    if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') line++;
                    pos = Math.min(pos + 2, src.length());
                }
                case '\'' -> { quoted = true; pos = skipSingle(pos + 1); }
                case '"' -> { quoted = true; pos = skipDouble(pos + 1); }
                case '`' -> { quoted = true; pos = skipBackquote(pos + 1); }
                case '$' -> pos = skipDollar(pos);
                default -> pos++;
            }
        }
        return new Token(Type.WORD, src.substring(start, pos), -1, quoted, at);
    }

    private static boolean isAssignmentPrefix(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*\\+?=");
    }

    /** bash's parse_matched_pair error: reported on the line where the quote or bracket opened. */
    private SyntaxError eof(char looking, int startLine) {
        String dash = switch (looking) {
            case '}' -> "Missing '}'";
            case '`' -> "EOF in backquote substitution";
            case ')' -> "end of file unexpected (expecting \")\")";
            default -> "Unterminated quoted string";
        };
        return new SyntaxError("unexpected EOF while looking for matching `" + looking + "'", startLine, false)
                .dash("Syntax error: " + dash, startLine);
    }

    /** Whether t is the newline bash adds at the end of a source that has none. */
    public boolean isFinalNewline(Token t) { return t.type() == Type.NEWLINE && t.start() >= src.length(); }

    /** The line bash is on once it has read all of the source, its own final newline included. */
    public int eofLine() {
        int n = 1;
        for (int i = 0; i < src.length(); i++) if (src.charAt(i) == '\n') n++;
        return src.isEmpty() || src.endsWith("\n") ? n : n + 1;
    }

    /** Whether nothing but blanks and newlines follows the last consumed token. */
    public boolean restIsBlank() {
        int from = peeked != null ? peeked.start : lastEnd;
        return src.substring(Math.min(Math.max(from, 0), src.length())).isBlank();
    }

    /** The warnings read so far, each {line, text}; taking them clears the list. */
    public java.util.List<Object[]> takeWarnings() {
        java.util.List<Object[]> w = new java.util.ArrayList<>(warnings);
        warnings.clear();
        return w;
    }

    private int skipSingle(int i) {
        int start = line;
        while (i < src.length() && src.charAt(i) != '\'') {
            if (src.charAt(i) == '\n') line++;
            i++;
        }
        if (i >= src.length()) { pos = i; throw eof('\'', start); }
        return i + 1;
    }

    private int skipDouble(int i) {
        int start = line;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') return i + 1;
            if (c == '\\') { if (i + 1 < src.length() && src.charAt(i + 1) == '\n') line++; i += 2; continue; }
            if (c == '\n') line++;
            if (c == '`') { i = skipBackquote(i + 1); continue; }
            // inside double quotes $" and $' are a plain dollar sign and a quote
            if (c == '$' && i + 1 < src.length() && src.charAt(i + 1) != '"' && src.charAt(i + 1) != '\'') {
                i = skipDollar(i);
                continue;
            }
            i++;
        }
        pos = i;
        throw eof('"', start);
    }

    private int skipBackquote(int i) {
        int start = line;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '`') return i + 1;
            if (c == '\\') { i += 2; continue; }
            if (c == '\n') line++;
            i++;
        }
        pos = i;
        throw eof('`', start);
    }

    /** Skips a $-expansion starting at i ('$'), returning the index after it. */
    private int skipDollar(int i) {
        if (i + 1 >= src.length()) return i + 1;
        char n = src.charAt(i + 1);
        if (n == '(') {
            int opened = line;
            boolean arith = i + 2 < src.length() && src.charAt(i + 2) == '(';
            try {
                return skipBalanced(i + 2, '(', ')');
            } catch (SyntaxError e) {
                // $(( )) is matched as a pair (the line it opened on); $( ) is parsed as commands
                // by parse_comsub, which has read to the end of the input when it fails
                if (!e.getMessage().endsWith("`)'")) throw e;
                SyntaxError x = eof(')', arith ? opened : eofLine());
                if (!arith) x.dashLine = Math.max(1, src.endsWith("\n") ? eofLine() : eofLine() - 1);
                throw arith ? x.dash("Syntax error: Missing '))'", opened) : x;
            }
        }
        if (n == '{') {
            int opened = line;
            try {
                return skipBalanced(i + 2, '{', '}');
            } catch (SyntaxError e) {
                if (e.getMessage().endsWith("`}'")) throw eof('}', opened);
                throw e;
            }
        }
        if (n == '\'') return skipAnsiC(i + 2);
        if (n == '"') return skipDouble(i + 2);
        return i + 1;
    }

    private int skipAnsiC(int i) {
        int start = line;
        while (i < src.length() && src.charAt(i) != '\'') {
            if (src.charAt(i) == '\\') i++;
            else if (src.charAt(i) == '\n') line++;
            i++;
        }
        if (i >= src.length()) { pos = i; throw eof('\'', start); }
        return i + 1;
    }

    /** Skips to after the close matching an open already passed, minding quotes and nested expansions. */
    private int skipBalanced(int i, char open, char close) {
        int depth = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') { i += 2; continue; }
            if (c == '\'' && open == '(') { i = skipSingle(i + 1); continue; }
            if (c == '"') { i = skipDouble(i + 1); continue; }
            if (c == '`') { i = skipBackquote(i + 1); continue; }
            if (c == '$' && i + 1 < src.length() && (src.charAt(i + 1) == '(' || src.charAt(i + 1) == '{')) {
                i = skipDollar(i);
                continue;
            }
            if (c == '\n') line++;
            if (c == '#' && open == '(' && (i == 0 || Character.isWhitespace(src.charAt(i - 1)))) {
                while (i < src.length() && src.charAt(i) != '\n') i++;
                continue;
            }
            if (c == open) depth++;
            else if (c == close && --depth == 0) return i + 1;
            i++;
        }
        pos = i;
        throw eof(close == ')' ? ')' : '}', line);
    }

    /**
     * Reads the rest of {@code [[ x =~ RE ]]}'s regular expression: up to a blank outside parentheses;
     * null when a parenthesis is still open at the end of the input.
     */
    public String readRegexWord() {
        if (peeked != null) throw new IllegalStateException("peeked before a =~ operand");
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) pos++;
        int start = pos;
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') { pos += 2; continue; }
            if (c == '\'') { pos = skipSingle(pos + 1); continue; }
            if (c == '"') { pos = skipDouble(pos + 1); continue; }
            if (c == '$') { pos = skipDollar(pos); continue; }
            if (c == '(') depth++;
            else if (c == ')') { if (depth == 0) break; depth--; }
            else if ((c == ' ' || c == '\t' || c == '\n') && depth == 0) break;
            else if (c == '\n') line++;
            pos++;
        }
        // an open parenthesis is a matched pair to bash: at the end of the input it is an error
        if (depth > 0) { lastEnd = pos; return null; }
        lastEnd = Math.min(pos, src.length());
        return src.substring(start, lastEnd);
    }

    /** Reads an arithmetic body up to its closing "))" (after "((" was consumed), for (( )) and for (( )). */
    public String readArith() {
        if (peeked != null) throw new IllegalStateException("peeked before arithmetic");
        int start = pos;
        int opened = line;
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '(') depth++;
            else if (c == ')') {
                if (depth == 0 && pos + 1 < src.length() && src.charAt(pos + 1) == ')') {
                    String body = src.substring(start, pos);
                    pos += 2;
                    lastEnd = pos;
                    return body;
                }
                depth--;
            } else if (c == '\n') line++;
            pos++;
        }
        throw eof(')', opened);
    }

    /** Whether the unread source continues with {@code s} right here (no blanks skipped). */
    public boolean lookingAt(String s) { return peeked == null && src.startsWith(s, pos); }

    /** Consumes {@code s} that {@link #lookingAt} confirmed. */
    public void skip(String s) { pos += s.length(); }

    private void readHereDocs() {
        while (!pending.isEmpty()) {
            HereDoc h = pending.poll();
            StringBuilder body = new StringBuilder();
            while (true) {
                if (pos >= src.length()) {
                    // bash warns and takes what there is; its message has a line number only when
                    // the last line of the body had no newline of its own
                    boolean cut = !src.isEmpty() && !src.endsWith("\n") && body.length() > 0;
                    warnings.add(new Object[] {cut ? line - 1 : 0, "warning: here-document at line " + h.line
                            + " delimited by end-of-file (wanted `" + h.delimiter + "')"});
                    break;
                }
                int eol = src.indexOf('\n', pos);
                String l = eol < 0 ? src.substring(pos) : src.substring(pos, eol);
                pos = eol < 0 ? src.length() : eol + 1;
                line++;
                String cmp = h.stripTabs ? l.replaceFirst("^\t+", "") : l;
                if (cmp.equals(h.delimiter)) break;
                body.append(cmp).append('\n');
            }
            h.body = body.toString();
        }
    }
}
