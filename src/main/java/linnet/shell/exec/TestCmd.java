package linnet.shell.exec;

import java.util.List;
import java.util.Set;
import linnet.kernel.core.KernelException;
import linnet.kernel.fs.FileType;
import linnet.kernel.fs.Stat;

/**
 * test and [ (test.c): POSIX's rules by argument count for up to four arguments, then the
 * -a/-o/!/( ) expression grammar; bash's messages ("integer expression expected", "unary
 * operator expected", "missing `]'") with status 2.
 */
final class TestCmd {
    private final Shell sh;
    private final String cmd;
    private final List<String> a;
    private int pos;

    private static final Set<String> UNARY = Set.of("-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r",
            "-s", "-t", "-u", "-w", "-x", "-G", "-L", "-N", "-O", "-S", "-z", "-n", "-o", "-v", "-R");
    private static final Set<String> BINARY = Set.of("=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge",
            "-nt", "-ot", "-ef");

    private static final class Fail extends RuntimeException {
        Fail() { super(null, null, false, false); }
    }

    private TestCmd(Shell sh, String cmd, List<String> a) {
        this.sh = sh;
        this.cmd = cmd;
        this.a = a;
    }

    /** Runs test (cmd "test") or [ (cmd "[", args ending in "]"). */
    static int run(Shell sh, String cmd, List<String> args) {
        if (cmd.equals("[")) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                sh.error("[: missing `]'");
                return 2;
            }
            args = args.subList(0, args.size() - 1);
        }
        TestCmd t = new TestCmd(sh, cmd, args);
        try {
            return t.byCount(0, args.size()) ? 0 : 1;
        } catch (Fail f) {
            return 2;
        }
    }

    private Fail fail(String msg) {
        sh.error(cmd + ": " + msg);
        return new Fail();
    }

    private boolean byCount(int from, int n) {
        switch (n) {
            case 0 -> { return false; }
            case 1 -> { return !a.get(from).isEmpty(); }
            case 2 -> {
                String op = a.get(from);
                if (op.equals("!")) return a.get(from + 1).isEmpty();
                if (UNARY.contains(op)) return unaryOp(op, a.get(from + 1));
                throw fail(op + ": unary operator expected");
            }
            case 3 -> {
                String x = a.get(from), op = a.get(from + 1), y = a.get(from + 2);
                if (BINARY.contains(op)) return binaryOp(op, x, y);
                if (op.equals("-a")) return !x.isEmpty() && !y.isEmpty();
                if (op.equals("-o")) return !x.isEmpty() || !y.isEmpty();
                if (x.equals("!")) return !byCount(from + 1, 2);
                if (x.equals("(") && y.equals(")")) return !op.isEmpty();
                throw fail(op + ": binary operator expected");
            }
            case 4 -> {
                if (a.get(from).equals("!")) return !byCount(from + 1, 3);
                if (a.get(from).equals("(") && a.get(from + 3).equals(")")) return byCount(from + 1, 2);
                return expression(from);
            }
            default -> { return expression(from); }
        }
    }

    private boolean expression(int from) {
        pos = from;
        boolean v = or();
        if (pos < a.size()) throw fail("too many arguments");
        return v;
    }

    private boolean or() {
        boolean v = and();
        while (pos < a.size() && a.get(pos).equals("-o")) {
            pos++;
            boolean r = and();
            v = v || r;
        }
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (pos < a.size() && a.get(pos).equals("-a")) {
            pos++;
            boolean r = not();
            v = v && r;
        }
        return v;
    }

    private boolean not() {
        if (pos < a.size() && a.get(pos).equals("!")) {
            pos++;
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        if (pos >= a.size()) throw fail("argument expected");
        String x = a.get(pos);
        if (x.equals("(")) {
            pos++;
            boolean v = or();
            if (pos >= a.size() || !a.get(pos).equals(")")) throw fail("`)' expected");
            pos++;
            return v;
        }
        if (pos + 2 < a.size() && BINARY.contains(a.get(pos + 1))) {
            boolean v = binaryOp(a.get(pos + 1), x, a.get(pos + 2));
            pos += 3;
            return v;
        }
        if (UNARY.contains(x) && pos + 1 < a.size()) {
            boolean v = unaryOp(x, a.get(pos + 1));
            pos += 2;
            return v;
        }
        pos++;
        return !x.isEmpty();
    }

    private boolean unaryOp(String op, String v) {
        if (op.equals("-v")) return sh.vars.get(v) != null;
        return unary(sh, op, v);
    }

    private long integer(String s) {
        String t = s.strip();
        if (!t.matches("[+-]?[0-9]+")) throw fail(s + ": integer expression expected");
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw fail(s + ": integer expression expected");
        }
    }

    private boolean binaryOp(String op, String x, String y) {
        return switch (op) {
            case "=", "==" -> x.equals(y);
            case "!=" -> !x.equals(y);
            case "<" -> Shell.byteOrder(x, y) < 0;
            case ">" -> Shell.byteOrder(x, y) > 0;
            case "-eq" -> integer(x) == integer(y);
            case "-ne" -> integer(x) != integer(y);
            case "-lt" -> integer(x) < integer(y);
            case "-le" -> integer(x) <= integer(y);
            case "-gt" -> integer(x) > integer(y);
            case "-ge" -> integer(x) >= integer(y);
            default -> fileBinary(sh, op, x, y);
        };
    }

    /** The string and file tests shared with [[ ]]. Files are the emulated machine's. */
    static boolean unary(Shell sh, String op, String v) {
        switch (op) {
            case "-z" -> { return v.isEmpty(); }
            case "-n" -> { return !v.isEmpty(); }
            case "-t" -> { return false; }
            case "-o" -> { return false; }
            default -> { }
        }
        if (v.isEmpty()) return false;
        String path = sh.resolve(v);
        var vfs = sh.host.vfs();
        Stat st;
        try {
            st = op.equals("-L") || op.equals("-h") ? vfs.lstat(sh.ns(), path) : vfs.stat(sh.ns(), path);
        } catch (KernelException e) {
            return false;
        }
        return switch (op) {
            case "-e", "-a", "-r", "-w" -> true;
            case "-f" -> st.type() == FileType.REGULAR;
            case "-d" -> st.type() == FileType.DIRECTORY;
            case "-x" -> (st.mode() & 0111) != 0;
            case "-L", "-h" -> st.type() == FileType.SYMLINK;
            case "-c" -> st.type() == FileType.CHAR_DEVICE;
            case "-s" -> st.size() > 0;
            case "-k" -> (st.mode() & 01000) != 0;
            case "-u" -> (st.mode() & 04000) != 0;
            case "-g" -> (st.mode() & 02000) != 0;
            case "-O", "-G" -> true;
            default -> false;
        };
    }

    static boolean fileBinary(Shell sh, String op, String x, String y) {
        if (op.equals("-ef")) return sh.resolve(x).equals(sh.resolve(y)) && sh.host.vfs().exists(sh.ns(), sh.resolve(x));
        return false;
    }
}
