package linnet.shell.exec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import linnet.shell.parse.Ast.*;

/**
 * [[ ... ]] (execute_cond_node): words are expanded without splitting or globbing; == and != match
 * the right side as a pattern, =~ as an extended regular expression (quoted parts literal) filling
 * BASH_REMATCH; -eq and friends evaluate both sides as arithmetic.
 */
final class CondEval {
    private final Shell sh;

    CondEval(Shell sh) { this.sh = sh; }

    int eval(CondExpr e) {
        try {
            return test(e) ? 0 : 1;
        } catch (BadRegex b) {
            return 2;
        }
    }

    private static final class BadRegex extends RuntimeException {
        BadRegex() { super(null, null, false, false); }
    }

    private boolean test(CondExpr e) {
        return switch (e) {
            case CondAnd a -> test(a.l()) && test(a.r());
            case CondOr o -> test(o.l()) || test(o.r());
            case CondNot n -> !test(n.e());
            case CondWord w -> !sh.ex.string(w.word()).isEmpty();
            case CondUnary u -> unary(u.op(), sh.ex.string(u.word()));
            case CondBinary b -> binary(b);
        };
    }

    private boolean unary(String op, String v) {
        if (op.equals("-v")) return sh.vars.get(v) != null || v.matches("[0-9]+") && Integer.parseInt(v) <= sh.positional().size();
        return TestCmd.unary(sh, op, v);
    }

    private boolean binary(CondBinary b) {
        String l = sh.ex.string(b.l());
        switch (b.op()) {
            case "==", "=", "!=" -> {
                boolean m = GlobPattern.matches(sh.ex.field(b.r(), false), l);
                return b.op().equals("!=") != m;
            }
            case "=~" -> {
                Expander.Field f = sh.ex.field(b.r(), false);
                StringBuilder re = new StringBuilder();
                for (int i = 0; i < f.text.length(); i++) {
                    char c = f.text.charAt(i);
                    if (f.quoted(i)) re.append(Pattern.quote(String.valueOf(c)));
                    else re.append(c);
                }
                Matcher m;
                try {
                    m = Pattern.compile(re.toString()).matcher(l);
                } catch (PatternSyntaxException x) {
                    throw new BadRegex();
                }
                if (!m.find()) {
                    sh.vars.setArray("BASH_REMATCH", java.util.List.of());
                    return false;
                }
                java.util.List<String> groups = new java.util.ArrayList<>();
                for (int g = 0; g <= m.groupCount(); g++) groups.add(m.group(g) == null ? "" : m.group(g));
                sh.vars.setArray("BASH_REMATCH", groups);
                return true;
            }
            case "<" -> { return Shell.byteOrder(l, sh.ex.string(b.r())) < 0; }
            case ">" -> { return Shell.byteOrder(l, sh.ex.string(b.r())) > 0; }
            default -> {
                String r = sh.ex.string(b.r());
                if (b.op().equals("-nt") || b.op().equals("-ot") || b.op().equals("-ef")) return TestCmd.fileBinary(sh, b.op(), l, r);
                long x = sh.arith(l, true), y = sh.arith(r, true);
                return switch (b.op()) {
                    case "-eq" -> x == y;
                    case "-ne" -> x != y;
                    case "-lt" -> x < y;
                    case "-le" -> x <= y;
                    case "-gt" -> x > y;
                    case "-ge" -> x >= y;
                    default -> false;
                };
            }
        }
    }
}
