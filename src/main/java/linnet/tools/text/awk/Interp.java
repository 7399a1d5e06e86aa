package linnet.tools.text.awk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;
import linnet.tools.text.PosixRegex;
import linnet.tools.text.awk.Ast.*;

/**
 * Runs a parsed awk program as mawk 1.3.4 does: BEGIN, the records of ARGV's files (or stdin),
 * END; values, comparisons and number-to-string rules of mawk; output to stdout (written when
 * flushed or at the end, as a pipe's buffering shows it), files, /dev/stderr and commands.
 * Strings are byte strings (ISO-8859-1 chars), as mawk sees text in the C locale.
 */
final class Interp {
    /** A variable: a scalar Cell, an AwkArray, or nothing yet; an argument slot may lead back to the caller's. */
    static final class Slot {
        Object v;
        Slot origin;
    }

    private static final class Jump extends RuntimeException {
        Jump() { super(null, null, false, false); }
    }

    private static final Jump NEXT = new Jump(), NEXTFILE = new Jump(), BREAK = new Jump(), CONTINUE = new Jump();

    private static final class ExitJump extends RuntimeException {
        ExitJump() { super(null, null, false, false); }
    }

    private static final class ReturnJump extends RuntimeException {
        final Cell value;

        ReturnJump(Cell v) { super(null, null, false, false); value = v; }
    }

    static final double NEG_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private final Program prog;
    private final Ctx ctx;
    final StringBuilder out = new StringBuilder();
    private final Map<String, Slot> globals = new HashMap<>();
    private Slot[] frame = new Slot[0];
    private final Map<String, PosixRegex> regexCache = new HashMap<>();
    private int exitStatus;
    private boolean exiting;

    // the current record
    private String record = "";
    private List<Cell> fields;
    private Cell recordCell;

    // main input
    private int argIndex = 1;
    private Records current;
    private boolean usedFileOperand;
    private boolean inputDone;

    private final Map<String, StringBuilder> outFiles = new LinkedHashMap<>();
    private final Map<String, StringBuilder> outPipes = new LinkedHashMap<>();
    private final Map<String, Records> inFiles = new HashMap<>();
    private final Map<Item, Boolean> rangeActive = new HashMap<>();
    private final GlibcRandom random = new GlibcRandom(0);
    private Cell seed = Cell.num(0);

    Interp(Program prog, Ctx ctx) {
        this.prog = prog;
        this.ctx = ctx;
        setGlobal("FS", Cell.str(" "));
        setGlobal("OFS", Cell.str(" "));
        setGlobal("ORS", Cell.str("\n"));
        setGlobal("RS", Cell.str("\n"));
        setGlobal("SUBSEP", Cell.str("\034"));
        setGlobal("CONVFMT", Cell.str("%.6g"));
        setGlobal("OFMT", Cell.str("%.6g"));
        setGlobal("NR", Cell.num(0));
        setGlobal("FNR", Cell.num(0));
        setGlobal("FILENAME", Cell.str(""));
        setGlobal("RSTART", Cell.num(0));
        setGlobal("RLENGTH", Cell.num(-1));
        AwkArray env = new AwkArray();
        for (var e : ctx.env.entrySet()) env.find(Cell.str(bytes(e.getKey())), true, "%.6g").cell = Cell.input(bytes(e.getValue()));
        slot("ENVIRON").v = env;
    }

    /** Java text (decoded UTF-8) as the byte string mawk works on. */
    static String bytes(String s) { return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1); }

    /** A byte string back as Java text (for file names, commands). */
    static String text(String s) { return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8); }

    void setArgv(List<String> argv) {
        AwkArray a = new AwkArray();
        for (int i = 0; i < argv.size(); i++) a.find(Cell.num(i), true, "%.6g").cell = i == 0 ? Cell.str(argv.get(i)) : Cell.input(argv.get(i));
        slot("ARGV").v = a;
        setGlobal("ARGC", Cell.num(argv.size()));
    }

    /** -v var=value: the value with escape sequences as a string constant has them, a strnum if it looks like one. */
    void assignVariable(String name, String value) { setGlobal(name, Cell.input(unescape(value))); }

    static boolean isAssignment(String arg) { return arg.matches("[A-Za-z_][A-Za-z0-9_]*=.*"); }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '\\' -> b.append('\\');
                case '"' -> b.append('"');
                case '/' -> b.append('/');
                case 'a' -> b.append('\007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'v' -> b.append('\013');
                default -> {
                    if (n >= '0' && n <= '7') {
                        int v = n - '0', k = 1;
                        while (k < 3 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') { v = v * 8 + s.charAt(++i) - '0'; k++; }
                        b.append((char) (v & 0xff));
                    } else b.append('\\').append(n);
                }
            }
        }
        return b.toString();
    }

    /** The context line mawk adds under a run time error. */
    String errorContext() {
        return "\tFILENAME=\"" + str(global("FILENAME")) + "\" FNR=" + str(global("FNR")) + " NR=" + str(global("NR"));
    }

    int exitStatus() { return exitStatus; }

    // ---- running the program ----

    /** BEGIN, main input, END; returns the exit status. */
    int run() {
        boolean hasMain = false, hasEnd = false;
        for (Item it : prog.items()) {
            if (it.kind() == PatternKind.MAIN) hasMain = true;
            if (it.kind() == PatternKind.END) hasEnd = true;
        }
        try {
            for (Item it : prog.items()) if (it.kind() == PatternKind.BEGIN) exec(it.action());
        } catch (ExitJump e) {
            // exit in BEGIN still runs END (mawk)
        }
        if (!exiting && (hasMain || hasEnd)) {
            try {
                while (nextMainRecord(true)) {
                    try {
                        for (Item it : prog.items()) if (it.kind() == PatternKind.MAIN) item(it);
                    } catch (Jump j) {
                        if (j == NEXTFILE) current = null;
                        else if (j != NEXT) throw j;
                    }
                }
            } catch (ExitJump e) {
                // to END; awk stops reading its input here, a pipe's writer may be left with the rest
                if (stdinRecords != null) ctx.stdinReadUpTo(stdinRecords.pos());
            }
        }
        if (hasEnd && !endRun) {
            endRun = true;
            try {
                exiting = false;
                for (Item it : prog.items()) if (it.kind() == PatternKind.END) exec(it.action());
            } catch (ExitJump e) {
                // exit in END ends it
            }
        }
        return exitStatus;
    }

    private boolean endRun;

    private void item(Item it) {
        boolean selected;
        if (it.pattern() == null) selected = true;
        else if (it.rangeEnd() == null) selected = truth(eval(it.pattern()));
        else {
            boolean active = rangeActive.getOrDefault(it, false);
            if (!active) {
                if (truth(eval(it.pattern()))) {
                    selected = true;
                    rangeActive.put(it, !truth(eval(it.rangeEnd())));
                } else selected = false;
            } else {
                selected = true;
                if (truth(eval(it.rangeEnd()))) rangeActive.put(it, false);
            }
        }
        if (!selected) return;
        if (it.action() == null) print(List.of(), '\0', null);
        else exec(it.action());
    }

    /** Reads the next main-input record into $0 (or returns its text when {@code setRecord} is false via lastRead). */
    private boolean nextMainRecord(boolean setRecord) {
        String r = readMain();
        if (r == null) return false;
        incr("NR");
        incr("FNR");
        if (setRecord) setRecord(r);
        lastRead = r;
        return true;
    }

    private String lastRead;

    private void incr(String name) { setGlobal(name, Cell.num(num(global(name)) + 1)); }

    private String readMain() {
        while (true) {
            if (inputDone) return null;
            if (current == null) {
                if (!openNext()) { inputDone = true; return null; }
            }
            String r = current.next(str(global("RS")), this);
            if (r != null) return r;
            current = null;
        }
    }

    /** The next ARGV operand that is a file (assignments done on the way), or stdin when there was none. */
    private boolean openNext() {
        AwkArray argv = array(slot("ARGV"));
        while (argIndex < num(global("ARGC"))) {
            AwkArray.Node n = argv.find(Cell.num(argIndex++), false, "%.6g");
            if (n == null) continue;
            String a = str(n.cell);
            if (a.isEmpty()) continue;
            if (isAssignment(a)) {
                int eq = a.indexOf('=');
                setGlobal(a.substring(0, eq), Cell.input(unescape(a.substring(eq + 1))));
                continue;
            }
            usedFileOperand = true;
            current = new Records(readFile(a, true));
            setGlobal("FILENAME", Cell.str(a));
            setGlobal("FNR", Cell.num(0));
            return true;
        }
        if (usedFileOperand) return false;
        usedFileOperand = true;
        current = stdinRecords = new Records(stdin());
        setGlobal("FNR", Cell.num(0));
        return true;
    }

    /** The main input when it is standard input (how far it was read counts when exit stops reading). */
    private Records stdinRecords;

    private String stdin() { return ctx.stdin() == null ? "" : new String(ctx.stdin(), StandardCharsets.ISO_8859_1); }

    /** A file's text; a main-input file that cannot be opened ends awk (exit 2), for getline it is null. */
    private String readFile(String name, boolean fatal) {
        if (name.equals("-") || name.equals("/dev/stdin")) return stdin();
        try {
            return bytes(ctx.host.vfs().read(ctx.ns(), ctx.resolve(text(name))));
        } catch (KernelException e) {
            if (fatal) throw new AwkError("cannot open " + name + " (" + e.errno.text + ")");
            return null;
        }
    }

    // ---- statements ----

    /** A turn of a loop: where the runner's wall-clock guard may end a program that never stops. */
    private void step() {
        ctx.host.kernel().loop.checkTimeout();
    }

    private void exec(Stmt s) {
        switch (s) {
            case Block b -> { for (Stmt x : b.body()) exec(x); }
            case ExprStmt e -> eval(e.expr());
            case Print p -> {
                if (p.formatted()) printf(p.args(), p.redirect(), p.dest());
                else print(p.args(), p.redirect(), p.dest());
            }
            case If i -> {
                if (truth(eval(i.test()))) exec(i.then());
                else if (i.otherwise() != null) exec(i.otherwise());
            }
            case While w -> {
                while (truth(eval(w.test()))) {
                    step();
                    try { exec(w.body()); } catch (Jump j) {
                        if (j == BREAK) break;
                        if (j != CONTINUE) throw j;
                    }
                }
            }
            case Do d -> {
                do {
                    step();
                    try { exec(d.body()); } catch (Jump j) {
                        if (j == BREAK) break;
                        if (j != CONTINUE) throw j;
                    }
                } while (truth(eval(d.test())));
            }
            case For f -> {
                if (f.init() != null) exec(f.init());
                while (f.test() == null || truth(eval(f.test()))) {
                    step();
                    try { exec(f.body()); } catch (Jump j) {
                        if (j == BREAK) break;
                        if (j != CONTINUE) throw j;
                    }
                    if (f.step() != null) exec(f.step());
                }
            }
            case ForIn f -> {
                AwkArray a = arrayOf(f.array());
                for (String k : a.keys()) {
                    store(f.var(), Cell.str(k));
                    try { exec(f.body()); } catch (Jump j) {
                        if (j == BREAK) break;
                        if (j != CONTINUE) throw j;
                    }
                }
            }
            case Next n -> throw NEXT;
            case NextFile n -> throw NEXTFILE;
            case Exit e -> {
                if (e.status() != null) exitStatus = Numbers.toInt(num(eval(e.status())));
                exiting = true;
                throw new ExitJump();
            }
            case Return r -> throw new ReturnJump(r.value() == null ? Cell.EMPTY : eval(r.value()));
            case Break b -> throw BREAK;
            case Continue c -> throw CONTINUE;
            case Delete d -> {
                AwkArray a = arrayOf(d.array());
                if (d.subscripts() == null) a.clear();
                else a.delete(key(d.subscripts()), convfmt());
            }
        }
    }

    private void print(List<Expr> args, char redirect, Expr dest) {
        StringBuilder b = new StringBuilder();
        if (args.isEmpty()) b.append(str(field(0)));
        else {
            String ofs = str(global("OFS"));
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) b.append(ofs);
                Cell c = eval(args.get(i));
                b.append(c.type == Cell.NUM ? numberText(c.d, str(global("OFMT"))) : str(c));
            }
        }
        b.append(str(global("ORS")));
        emit(b.toString(), redirect, dest);
    }

    private void printf(List<Expr> args, char redirect, Expr dest) {
        List<Cell> vals = new ArrayList<>();
        for (Expr e : args) vals.add(eval(e));
        String text;
        try {
            text = sprintf(vals, "printf");
        } catch (Format.Partial p) {
            emit(p.done, redirect, dest);
            throw p;
        }
        emit(text, redirect, dest);
    }

    private String sprintf(List<Cell> vals, String who) {
        String fmt = str(vals.get(0));
        return Format.format(fmt, new Format.Args() {
            public int count() { return vals.size() - 1; }
            public Cell get(int i) { return vals.get(i + 1); }
            public String str(Cell c) { return Interp.this.str(c); }
            public double num(Cell c) { return Interp.this.num(c); }
        }, who);
    }

    private void emit(String s, char redirect, Expr dest) {
        if (redirect == '\0') { out.append(s); return; }
        String name = str(eval(dest));
        if (redirect == '|') {
            outPipes.computeIfAbsent(name, k -> new StringBuilder()).append(s);
            return;
        }
        if (name.equals("/dev/stdout") || name.equals("-")) { out.append(s); return; }
        if (name.equals("/dev/stderr")) {
            flushStdout();
            ctx.err.write(s.getBytes(StandardCharsets.ISO_8859_1), 0, s.length());
            ctx.err.flush();
            return;
        }
        StringBuilder f = outFiles.get(name);
        if (f == null) {
            var err = ctx.host.vfs().openForWriteError(ctx.ns(), ctx.resolve(text(name)));
            if (err != null) throw new AwkError("cannot open \"" + name + "\" for output (" + err.text + ")");
            f = new StringBuilder();
            if (redirect == 'a') {
                String old = readFile(name, false);
                if (old != null) f.append(old);
            }
            outFiles.put(name, f);
        }
        f.append(s);
    }

    /** Writes what is buffered for stdout (before a command runs, at fflush and at the end). */
    void flushStdout() {
        if (out.isEmpty()) return;
        byte[] b = out.toString().getBytes(StandardCharsets.ISO_8859_1);
        ctx.out.write(b, 0, b.length);
        ctx.out.flush();
        out.setLength(0);
    }

    /** At the end: stdout, then the files and the commands output was piped to. */
    void closeAll() {
        flushStdout();
        for (String f : new ArrayList<>(outFiles.keySet())) closeOutput(f);
        for (String c : new ArrayList<>(outPipes.keySet())) closeOutput(c);
    }

    private int closeOutput(String name) {
        StringBuilder f = outFiles.remove(name);
        if (f != null) {
            try {
                ctx.host.vfs().write(ctx.ns(), ctx.resolve(text(name)), text(f.toString()));
            } catch (KernelException e) {
                return -1;
            }
            return 0;
        }
        StringBuilder p = outPipes.remove(name);
        if (p != null) {
            flushStdout();
            return command(name, p.toString().getBytes(StandardCharsets.ISO_8859_1), ctx.out);
        }
        return -1;
    }

    /** Runs a command line as /bin/sh -c would (through the machine's programs), with stdin and stdout given. */
    private int command(String cmd, byte[] in, PrintStream o) {
        List<String> argv = List.of("sh", "-c", text(cmd));
        Ctx c = ctx.withIo(o, in);
        // the machine's sh -c does not hand its stdin on yet: a plain command line fed from a pipe runs directly
        boolean plain = text(cmd).matches("\\s*[A-Za-z0-9_./=:,@%+^-]+(\\s+[A-Za-z0-9_./=:,@%+^-]+)*\\s*");
        if (ctx.exec.execError(c, "sh") != null || in != null && plain) {
            // until the machine has a shell: the command's words as one program's argv
            List<String> words = new ArrayList<>();
            for (String w : text(cmd).trim().split("\\s+")) if (!w.isEmpty()) words.add(w);
            if (words.isEmpty()) return 0;
            argv = words;
        }
        int rc = ctx.exec.run(c, argv);
        o.flush();
        return rc;
    }

    // ---- values ----

    String convfmt() { return str(global("CONVFMT")); }

    /** A number as text: integers in mawk's int range as integers, others through the format (CONVFMT or OFMT). */
    static String numberText(double d, String fmt) {
        if (d == Math.rint(d) && d >= -Integer.MAX_VALUE && d <= Integer.MAX_VALUE) return Long.toString((long) d);
        return Format.sprintf1(fmt, d);
    }

    String str(Cell c) {
        return switch (c.type) {
            case Cell.NUM -> numberText(c.d, convfmt());
            case Cell.UNINIT -> "";
            default -> c.s;
        };
    }

    double num(Cell c) {
        return switch (c.type) {
            case Cell.NUM, Cell.STRNUM -> c.d;
            case Cell.UNINIT -> 0;
            default -> Numbers.prefix(c.s);
        };
    }

    static boolean truthOf(Cell c) {
        return switch (c.type) {
            case Cell.NUM, Cell.STRNUM -> c.d != 0;
            case Cell.STR -> !c.s.isEmpty();
            default -> false;
        };
    }

    private boolean truth(Cell c) { return truthOf(c); }

    private Slot slot(String name) { return globals.computeIfAbsent(name, k -> new Slot()); }

    private Cell global(String name) {
        if (name.equals("NF")) return Cell.num(fields().size());
        Slot s = slot(name);
        return s.v instanceof Cell c ? c : Cell.EMPTY;
    }

    private void setGlobal(String name, Cell v) {
        if (name.equals("NF")) { setNF(Numbers.toInt(num(v))); return; }
        slot(name).v = v;
    }

    AwkArray array(Slot s) {
        if (s.v instanceof AwkArray a) return a;
        if (s.v instanceof Cell) throw new AwkError("run time error: can't use scalar as array");
        AwkArray a = new AwkArray();
        s.v = a;
        for (Slot o = s.origin; o != null && o.v == null; o = o.origin) o.v = a;
        return a;
    }

    private AwkArray arrayOf(Expr e) {
        return switch (e) {
            case Global g -> array(slot(g.name()));
            case Local l -> array(frame[l.slot()]);
            default -> throw new AwkError("run time error: not an array");
        };
    }

    PosixRegex regex(String src) {
        PosixRegex p = regexCache.get(src);
        if (p != null) return p;
        p = compileRegex(src);
        regexCache.put(src, p);
        return p;
    }

    /** mawk's regexes are EREs without interval expressions: braces are ordinary characters. */
    static PosixRegex compileRegex(String src) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) { b.append(c).append(src.charAt(++i)); continue; }
            if (c == '{' || c == '}') b.append('\\');
            b.append(c);
        }
        try {
            return PosixRegex.compile(b.toString(), PosixRegex.Syntax.EXTENDED, PosixRegex.C_ESCAPES);
        } catch (PosixRegex.SyntaxError e) {
            String why = switch (e.getMessage()) {
                case "Unmatched ( or \\(" -> "missing ')'";
                case "Unmatched ) or \\)" -> "missing '('";
                case "Unmatched [, [^, [:, [., or [=" -> "bad class -- [], [^] or [";
                default -> "syntax error ^* or ^+";
            };
            throw new AwkError("regular expression compile failed (" + why + ")\n" + src);
        }
    }

    private PosixRegex regexOf(Expr e) {
        if (e instanceof Regex r) return regex(r.source());
        String s = str(eval(e));
        PosixRegex p = regexCache.get(s);
        if (p != null) return p;
        try {
            return regex(s);
        } catch (AwkError x) {
            throw new AwkError("run time error: " + x.getMessage());
        }
    }

    // ---- fields ----

    private void setRecord(String r) {
        record = r;
        fields = null;
        recordCell = null;
    }

    private List<Cell> fields() {
        if (fields == null) {
            fields = new ArrayList<>();
            for (String f : split(record, global("FS"), true)) fields.add(Cell.input(f));
        }
        return fields;
    }

    /** Splits by a separator as FS does: " " on blank runs, one other character literally, else a regex; "" per character. */
    private List<String> split(String s, Cell sepCell, boolean isRecord) {
        String sep = str(sepCell);
        List<String> out = new ArrayList<>();
        boolean paragraph = isRecord && str(global("RS")).isEmpty();
        if (sep.equals(" ")) {
            for (String w : s.split("[ \\t\\n]+")) if (!w.isEmpty()) out.add(w);
            return out;
        }
        if (s.isEmpty()) return out;
        if (sep.isEmpty()) {
            for (char c : s.toCharArray()) out.add(String.valueOf(c));
            return out;
        }
        Pattern p;
        if (sep.length() == 1 && sep.charAt(0) != '\\') p = Pattern.compile(Pattern.quote(sep) + (paragraph ? "|\\n" : ""));
        else {
            p = regex(sep).pattern();
            if (paragraph) p = Pattern.compile(p.pattern() + "|\\n", Pattern.DOTALL);
        }
        Matcher m = p.matcher(s);
        int pos = 0;
        while (pos <= s.length() && m.find(pos)) {
            if (m.end() == m.start()) {
                if (m.end() >= s.length()) break;
                pos = m.end() + 1;
                continue;
            }
            out.add(s.substring(pos, m.start()));
            pos = m.end();
        }
        out.add(s.substring(pos));
        return out;
    }

    private Cell field(int i) {
        if (i < 0) throw new AwkError("run time error: negative field index $" + i);
        if (i == 0) {
            if (recordCell == null) recordCell = Cell.input(record);
            return recordCell;
        }
        List<Cell> f = fields();
        return i <= f.size() ? f.get(i - 1) : Cell.EMPTY;
    }

    private void setField(int i, Cell v) {
        if (i < 0) throw new AwkError("run time error: negative field index $" + i);
        if (i == 0) {
            setRecord(str(v));
            return;
        }
        List<Cell> f = fields();
        while (f.size() < i) f.add(Cell.EMPTY);
        f.set(i - 1, v);
        rebuild();
    }

    private void setNF(int n) {
        List<Cell> f = fields();
        while (f.size() < n) f.add(Cell.EMPTY);
        while (f.size() > n && n >= 0) f.remove(f.size() - 1);
        rebuild();
    }

    private void rebuild() {
        StringBuilder b = new StringBuilder();
        String ofs = str(global("OFS"));
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) b.append(ofs);
            b.append(str(fields.get(k)));
        }
        record = b.toString();
        recordCell = null;
    }

    // ---- expressions ----

    private Cell key(List<Expr> subs) {
        if (subs.size() == 1) {
            Cell c = eval(subs.get(0));
            return c.type == Cell.STRNUM ? Cell.str(c.s) : c;
        }
        StringBuilder b = new StringBuilder();
        String sep = str(global("SUBSEP"));
        for (int i = 0; i < subs.size(); i++) {
            if (i > 0) b.append(sep);
            b.append(str(eval(subs.get(i))));
        }
        return Cell.str(b.toString());
    }

    private void store(Expr target, Cell v) {
        switch (target) {
            case Global g -> setGlobal(g.name(), v);
            case Local l -> frame[l.slot()].v = v;
            case Field f -> setField(Numbers.toInt(num(eval(f.index()))), v);
            case Index x -> arrayOf(x.array()).find(key(x.subscripts()), true, convfmt()).cell = v;
            case Group g -> store(g.inner(), v);
            default -> throw new AwkError("run time error: assignment to a non-variable");
        }
    }

    private static double arith(char op, double a, double b) {
        double r = switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '/' -> a / b;
            case '%' -> a % b;
            default -> Math.pow(a, b);
        };
        return Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b) ? NEG_NAN : r;
    }

    Cell eval(Expr e) {
        switch (e) {
            case Num n -> { return Cell.num(n.value()); }
            case Str s -> { return Cell.str(s.value()); }
            case Regex r -> { return regex(r.source()).matcher(str(field(0))).find() ? Cell.ONE : Cell.ZERO; }
            case Global g -> {
                if (g.name().equals("NF")) return Cell.num(fields().size());
                Slot s = slot(g.name());
                if (s.v instanceof AwkArray) throw new AwkError("run time error: can't use array " + g.name() + " as scalar");
                return s.v == null ? Cell.EMPTY : (Cell) s.v;
            }
            case Local l -> {
                Object v = frame[l.slot()].v;
                if (v instanceof AwkArray) throw new AwkError("run time error: can't use array " + l.name() + " as scalar");
                return v == null ? Cell.EMPTY : (Cell) v;
            }
            case Field f -> { return field(Numbers.toInt(num(eval(f.index())))); }
            case Index x -> { return arrayOf(x.array()).find(key(x.subscripts()), true, convfmt()).cell; }
            case Group g -> { return eval(g.inner()); }
            case Assign a -> {
                Cell v;
                if (a.op() == null) {
                    v = eval(a.value());
                    if (v.type == Cell.UNINIT) v = Cell.EMPTY;
                } else {
                    double r = num(eval(a.value()));
                    v = Cell.num(arith(a.op(), num(eval(a.target())), r));
                }
                store(a.target(), v);
                return v;
            }
            case Cond c -> { return truth(eval(c.test())) ? eval(c.then()) : eval(c.otherwise()); }
            case And a -> { return truth(eval(a.left())) && truth(eval(a.right())) ? Cell.ONE : Cell.ZERO; }
            case Or o -> { return truth(eval(o.left())) || truth(eval(o.right())) ? Cell.ONE : Cell.ZERO; }
            case Not n -> { return truth(eval(n.operand())) ? Cell.ZERO : Cell.ONE; }
            case Arith a -> {
                double l = num(eval(a.left()));
                return Cell.num(arith(a.op(), l, num(eval(a.right()))));
            }
            case Neg n -> { return Cell.num(-num(eval(n.operand()))); }
            case Plus p -> { return Cell.num(num(eval(p.operand()))); }
            case Compare c -> {
                Cell l = eval(c.left()), r = eval(c.right());
                int cmp;
                boolean unordered = false;
                if (l.numeric() && r.numeric()) {
                    double a = num(l), b = num(r);
                    unordered = Double.isNaN(a) || Double.isNaN(b);
                    cmp = Double.compare(a, b);
                    if (a == b) cmp = 0;
                } else cmp = str(l).compareTo(str(r));
                boolean res = switch (c.op()) {
                    case "<" -> !unordered && cmp < 0;
                    case "<=" -> !unordered && cmp <= 0;
                    case "==" -> !unordered && cmp == 0;
                    case "!=" -> unordered || cmp != 0;
                    case ">=" -> !unordered && cmp >= 0;
                    default -> !unordered && cmp > 0;
                };
                return res ? Cell.ONE : Cell.ZERO;
            }
            case Match m -> {
                String s = str(eval(m.subject()));
                boolean found = regexOf(m.regex()).matcher(s).find();
                return found != m.negate() ? Cell.ONE : Cell.ZERO;
            }
            case Concat c -> {
                String l = str(eval(c.left()));
                return Cell.str(l + str(eval(c.right())));
            }
            case IncDec d -> {
                double old = num(eval(d.target()));
                Cell nv = Cell.num(old + d.delta());
                store(d.target(), nv);
                return d.prefix() ? nv : Cell.num(old);
            }
            case In i -> {
                Cell k = key(i.subscripts());
                return arrayOf(i.array()).find(k, false, convfmt()) != null ? Cell.ONE : Cell.ZERO;
            }
            case Call c -> { return call(c); }
            case Builtin b -> { return builtin(b); }
            case Getline g -> { return getline(g); }
        }
    }

    private Cell call(Call c) {
        Ast.Function f = prog.functions().get(c.name());
        Slot[] slots = new Slot[f.params().size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
            if (i >= c.args().size()) continue;
            Expr a = c.args().get(i);
            Slot src = a instanceof Global g && !g.name().equals("NF") ? slot(g.name()) : a instanceof Local l ? frame[l.slot()] : null;
            if (src != null && src.v instanceof AwkArray arr) slots[i].v = arr;
            else if (src != null && src.v == null) slots[i].origin = src;
            else slots[i].v = eval(a);
        }
        Slot[] saved = frame;
        frame = slots;
        try {
            exec(f.body());
            return Cell.EMPTY;
        } catch (ReturnJump r) {
            return r.value;
        } finally {
            frame = saved;
        }
    }

    private Cell getline(Getline g) {
        String r;
        switch (g.kind()) {
            case ' ' -> {
                r = readMain();
                if (r == null) return Cell.ZERO;
                incr("NR");
                incr("FNR");
            }
            case '<' -> {
                String name = str(eval(g.source()));
                Records in = inFiles.get(name);
                if (in == null) {
                    String t = readFile(name, false);
                    if (t == null) return Cell.num(-1);
                    in = new Records(t);
                    inFiles.put(name, in);
                }
                r = in.next(str(global("RS")), this);
                if (r == null) return Cell.ZERO;
            }
            default -> {
                String cmd = str(eval(g.source()));
                Records in = inFiles.get(cmd);
                if (in == null) {
                    flushStdout();
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
                    command(cmd, null, p);
                    in = new Records(new String(buf.toByteArray(), StandardCharsets.ISO_8859_1));
                    inFiles.put(cmd, in);
                }
                r = in.next(str(global("RS")), this);
                if (r == null) return Cell.ZERO;
                incr("NR");
            }
        }
        if (g.target() == null) {
            setRecord(r);
            if (g.kind() == '<') { /* NR is not counted for a file */ }
        } else store(g.target(), Cell.input(r));
        return Cell.ONE;
    }

    private Cell builtin(Builtin b) {
        List<Expr> a = b.args();
        switch (b.name()) {
            case "length" -> {
                if (a.isEmpty()) return Cell.num(str(field(0)).length());
                Expr x = a.get(0);
                Slot s = x instanceof Global g && !g.name().equals("NF") ? slot(g.name()) : x instanceof Local l ? frame[l.slot()] : null;
                if (s != null && s.v instanceof AwkArray arr) return Cell.num(arr.size());
                return Cell.num(str(eval(x)).length());
            }
            case "substr" -> {
                String s = str(eval(a.get(0)));
                double m = num(eval(a.get(1)));
                int begin = Numbers.toInt(m);
                int end;
                if (a.size() < 3) end = Integer.MAX_VALUE;
                else {
                    int len = Numbers.toInt(num(eval(a.get(2))));
                    if (len <= 0) return Cell.str("");
                    // mawk 1.3.4 20200120 counts a start before 1 this way (substr("hello", -1, 1) is "he")
                    end = begin >= 1 ? begin + len : len - begin + 1;
                }
                int from = Math.max(begin, 1) - 1;
                int to = (int) Math.min((long) end - 1, s.length());
                return Cell.str(from >= to ? "" : s.substring(from, to));
            }
            case "index" -> {
                String s = str(eval(a.get(0)));
                return Cell.num(s.indexOf(str(eval(a.get(1)))) + 1);
            }
            case "split" -> {
                String s = str(eval(a.get(0)));
                AwkArray arr = arrayOf(a.get(1));
                List<String> parts;
                if (a.size() == 3 && a.get(2) instanceof Regex r) parts = splitRegex(s, regex(r.source()).pattern());
                else parts = split(s, a.size() == 3 ? eval(a.get(2)) : global("FS"), false);
                List<Cell> cells = new ArrayList<>();
                for (String p : parts) cells.add(Cell.input(p));
                arr.load(cells);
                return Cell.num(cells.size());
            }
            case "sub", "gsub" -> {
                PosixRegex p = regexOf(a.get(0));
                String repl = str(eval(a.get(1)));
                Expr target = a.size() == 3 ? a.get(2) : new Field(new Num(0));
                String s = str(eval(target));
                int[] count = {0};
                String r = substitute(p, repl, s, b.name().equals("gsub"), count);
                if (count[0] > 0) store(target, Cell.str(r));
                return Cell.num(count[0]);
            }
            case "match" -> {
                String s = str(eval(a.get(0)));
                java.util.regex.MatchResult m = regexOf(a.get(1)).find(s, 0);
                if (m != null) {
                    setGlobal("RSTART", Cell.num(m.start() + 1));
                    setGlobal("RLENGTH", Cell.num(m.end() - m.start()));
                    return Cell.num(m.start() + 1);
                }
                setGlobal("RSTART", Cell.num(0));
                setGlobal("RLENGTH", Cell.num(-1));
                return Cell.num(0);
            }
            case "sprintf" -> {
                List<Cell> vals = new ArrayList<>();
                for (Expr x : a) vals.add(eval(x));
                return Cell.str(sprintf(vals, "sprintf"));
            }
            case "sin" -> { return Cell.num(nan(Math.sin(num(eval(a.get(0)))))); }
            case "cos" -> { return Cell.num(nan(Math.cos(num(eval(a.get(0)))))); }
            case "atan2" -> { double y = num(eval(a.get(0))); return Cell.num(Math.atan2(y, num(eval(a.get(1))))); }
            case "exp" -> { return Cell.num(Math.exp(num(eval(a.get(0))))); }
            case "log" -> { return Cell.num(nan(Math.log(num(eval(a.get(0)))))); }
            case "sqrt" -> { return Cell.num(nan(Math.sqrt(num(eval(a.get(0)))))); }
            case "int" -> {
                double d = num(eval(a.get(0)));
                return Cell.num(d >= 0 ? Math.floor(d) : Math.ceil(d));
            }
            case "rand" -> { return Cell.num(random.next() / 2147483648.0); }
            case "srand" -> {
                Cell prev = seed;
                Cell nv = a.isEmpty() ? Cell.num(ctx.host.kernel().initNet() == null ? 0 : 0) : eval(a.get(0));
                seed = nv;
                random.seed((long) num(nv));
                return prev;
            }
            case "tolower", "toupper" -> {
                String s = str(eval(a.get(0)));
                StringBuilder sb = new StringBuilder(s.length());
                boolean up = b.name().equals("toupper");
                for (char c : s.toCharArray()) {
                    if (up && c >= 'a' && c <= 'z') sb.append((char) (c - 32));
                    else if (!up && c >= 'A' && c <= 'Z') sb.append((char) (c + 32));
                    else sb.append(c);
                }
                return Cell.str(sb.toString());
            }
            case "system" -> {
                String cmd = str(eval(a.get(0)));
                flushStdout();
                return Cell.num(command(cmd, null, ctx.out));
            }
            case "close" -> {
                String name = str(eval(a.get(0)));
                if (inFiles.remove(name) != null) return Cell.ZERO;
                return Cell.num(closeOutput(name));
            }
            case "fflush" -> {
                flushStdout();
                return Cell.ZERO;
            }
            default -> throw new AwkError("run time error: unknown function " + b.name());
        }
    }

    private static double nan(double d) { return Double.isNaN(d) ? NEG_NAN : d; }

    private static List<String> splitRegex(String s, Pattern p) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        Matcher m = p.matcher(s);
        int pos = 0;
        while (pos <= s.length() && m.find(pos)) {
            if (m.end() == m.start()) {
                if (m.end() >= s.length()) break;
                pos = m.end() + 1;
                continue;
            }
            out.add(s.substring(pos, m.start()));
            pos = m.end();
        }
        out.add(s.substring(pos));
        return out;
    }

    /** sub/gsub: '&' is the match, "\\&" a literal '&', "\\\\" a backslash; no empty match right after a match. */
    private static String substitute(PosixRegex p, String repl, String s, boolean global, int[] count) {
        java.util.regex.MatchResult m;
        StringBuilder b = new StringBuilder();
        int copied = 0, from = 0, prevEnd = -1;
        while (from <= s.length() && (m = p.find(s, from)) != null) {
            int st = m.start(), en = m.end();
            if (st == en && st == prevEnd) {
                if (st >= s.length()) break;
                from = st + 1;
                continue;
            }
            b.append(s, copied, st);
            for (int i = 0; i < repl.length(); i++) {
                char c = repl.charAt(i);
                if (c == '\\' && i + 1 < repl.length() && (repl.charAt(i + 1) == '&' || repl.charAt(i + 1) == '\\')) b.append(repl.charAt(++i));
                else if (c == '&') b.append(s, st, en);
                else b.append(c);
            }
            copied = en;
            count[0]++;
            if (!global) break;
            prevEnd = en;
            if (st == en) {
                if (en >= s.length()) break;
                from = en + 1;
            } else from = en;
        }
        b.append(s, copied, s.length());
        return b.toString();
    }
}
