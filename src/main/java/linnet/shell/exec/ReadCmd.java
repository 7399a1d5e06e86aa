package linnet.shell.exec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The read builtin (builtins/read.def): one line (or up to a -d delimiter, or -n/-N characters)
 * from stdin or -u FD, backslashes escaping the next character unless -r, split on $IFS into the
 * names the way bash does it: each name but the last takes a field, the last takes the rest of
 * the line, trailing IFS white space removed (a lone field followed by one delimiter loses it).
 * At end of file whatever was read is still assigned and the status is 1.
 */
final class ReadCmd {
    private static final String USAGE = "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]";

    private ReadCmd() {}

    static int run(Shell sh, List<String> args) {
        BuiltinOpts o = BuiltinOpts.parse(sh, "read", args, "ersa:d:i:n:p:t:u:N:", USAGE);
        if (o == null) return 2;
        boolean raw = false, exact = false, timeoutZero = false;
        String arrayName = null;
        int delim = '\n';
        int nchars = -1;
        int fd = 0;
        for (BuiltinOpts.Opt op : o.opts) {
            String v = op.arg();
            switch (op.name()) {
                case 'r' -> raw = true;
                case 'a' -> arrayName = v;
                case 'd' -> delim = v.isEmpty() ? 0 : v.charAt(0);
                case 't' -> {
                    if (!v.matches("[0-9]*\\.?[0-9]*") || v.equals(".") || v.isEmpty()) {
                        sh.error("read: " + v + ": invalid timeout specification");
                        return 1;
                    }
                    timeoutZero = v.replace(".", "").replace("0", "").isEmpty();
                }
                case 'n', 'N' -> {
                    if (!v.strip().matches("\\+?[0-9]+") || v.strip().length() > 9) {
                        sh.error("read: " + v + ": invalid number");
                        return 1;
                    }
                    nchars = Integer.parseInt(v.strip().replace("+", ""));
                    exact = op.name() == 'N';
                }
                case 'u' -> {
                    if (!v.strip().matches("\\+?[0-9]+") || v.strip().length() > 9) {
                        sh.error("read: " + v + ": invalid file descriptor specification");
                        return 1;
                    }
                    fd = Integer.parseInt(v.strip().replace("+", ""));
                    if (sh.inputFd(fd) == null) {
                        sh.error("read: " + fd + ": invalid file descriptor: Bad file descriptor");
                        return 1;
                    }
                }
                default -> { }
            }
        }
        // read -t 0 only asks whether input is there; a file (or /dev/null) always answers yes
        if (timeoutZero) return 0;
        List<String> names = o.operands;
        if (!names.isEmpty() && !validName(names.get(0))) {
            sh.error("read: `" + names.get(0) + "': not a valid identifier");
            return 1;
        }
        // standard input is the terminal: read takes the next line typed there
        Input in = fd == 0 && sh.in == null && sh.tty != null ? sh.typedLine() : sh.inputFd(fd);
        if (exact) delim = -1;

        // the characters read, and which of them a backslash protected
        StringBuilder text = new StringBuilder();
        BitSet escaped = new BitSet();
        boolean sawDelim = false;
        boolean pendingBackslash = false;
        while (nchars < 0 || text.length() < nchars) {
            int c = in.readChar();
            if (c < 0) break;
            if (pendingBackslash) {
                pendingBackslash = false;
                // backslash-newline continues the line
                if (c == '\n') continue;
                escaped.set(text.length());
                text.append((char) c);
                continue;
            }
            if (c == '\\' && !raw) { pendingBackslash = true; continue; }
            if (c == delim) { sawDelim = true; break; }
            text.append((char) c);
        }
        boolean eof = !sawDelim && !(nchars >= 0 && text.length() >= nchars);
        String ifs = sh.vars.get("IFS");
        if (ifs == null) ifs = " \t\n";
        if (exact) ifs = "";
        String line = text.toString();
        if (arrayName != null) {
            List<String> fields = fields(line, escaped, ifs);
            if (!sh.vars.setArray(arrayName, fields)) { sh.error(arrayName + ": readonly variable"); return 1; }
        } else if (names.isEmpty()) {
            sh.assign("REPLY", line);
        } else {
            Splitter sp = new Splitter(line, escaped, ifs);
            sp.skipWhite();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (!validName(n)) {
                    sh.error("read: `" + n + "': not a valid identifier");
                    return 1;
                }
                String v = i < names.size() - 1 ? sp.field() : sp.last();
                sh.assign(n, v == null ? "" : v);
            }
        }
        return eof ? 1 : 0;
    }

    private static boolean validName(String n) { return n.matches("[A-Za-z_][A-Za-z0-9_]*"); }

    /** read -a: every field, as word splitting makes them. */
    private static List<String> fields(String line, BitSet escaped, String ifs) {
        Splitter sp = new Splitter(line, escaped, ifs);
        List<String> out = new ArrayList<>();
        sp.skipWhite();
        while (!sp.atEnd()) out.add(sp.field());
        return out;
    }

    /** Walks a line field by field: an unescaped IFS character ends a field. */
    private static final class Splitter {
        final String s;
        final BitSet esc;
        final String ifs;
        int i;

        Splitter(String s, BitSet esc, String ifs) {
            this.s = s;
            this.esc = esc;
            this.ifs = ifs;
        }

        boolean atEnd() { return i >= s.length(); }

        private boolean isIfs(int k) { return !esc.get(k) && ifs.indexOf(s.charAt(k)) >= 0; }

        private boolean isWhite(int k) { return isIfs(k) && " \t\n".indexOf(s.charAt(k)) >= 0; }

        void skipWhite() { while (i < s.length() && isWhite(i)) i++; }

        /** The next field and the delimiter after it: IFS white space, at most one other IFS character, white space. */
        String field() {
            if (atEnd()) return "";
            int st = i;
            while (i < s.length() && !isIfs(i)) i++;
            String f = s.substring(st, i);
            skipWhite();
            if (i < s.length() && isIfs(i) && !isWhite(i)) {
                i++;
                skipWhite();
            }
            return f;
        }

        /** The last name's value: the rest, or the one field when only a delimiter follows it. */
        String last() {
            if (atEnd()) return "";
            int st = i;
            String f = field();
            if (atEnd()) return f;
            int e = s.length();
            while (e > st && isWhite(e - 1)) e--;
            return s.substring(st, e);
        }
    }
}
