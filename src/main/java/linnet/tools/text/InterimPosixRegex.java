package linnet.tools.text;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * POSIX BRE/ERE with the GNU extensions (\+ \? \| \w \s \b \< \> \` \') rewritten as a
 * java.util.regex pattern. Context rules follow glibc's: in a BRE '*' is literal at the start of
 * an expression or group, '^' and '$' anchor only at the ends of one; bracket expressions are
 * rebuilt item by item so Java's own class syntax ([ && \) never leaks in. What cannot be had
 * this way is POSIX's leftmost-longest choice between alternatives (Java takes the first).
 */
final class InterimPosixRegex implements RegexDialect {
    static final InterimPosixRegex INSTANCE = new InterimPosixRegex();

    private InterimPosixRegex() {}

    @Override
    public Pattern compile(String re, boolean extended, boolean ignoreCase) throws SyntaxError {
        String j = new Translation(re, extended).run();
        try {
            return Pattern.compile(j, Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException e) {
            throw new SyntaxError("Invalid preceding regular expression");
        }
    }

    private static final class Translation {
        final String re;
        final boolean ere;
        final StringBuilder out = new StringBuilder();
        int i;
        int groups;
        int openGroups;
        /** Where the last quantifiable atom starts in out (-1: none, a quantifier here is literal). */
        int atomStart = -1;
        boolean lastWasQuantifier;

        Translation(String re, boolean ere) { this.re = re; this.ere = ere; }

        /** At the start of the expression, a group or an alternative. */
        boolean atExprStart() { return atomStart < 0 && !lastWasQuantifier; }

        String run() throws SyntaxError {
            java.util.ArrayDeque<Integer> groupStarts = new java.util.ArrayDeque<>();
            boolean afterAnchor = false;
            while (i < re.length()) {
                char c = re.charAt(i++);
                boolean start = atExprStart() || afterAnchor;
                afterAnchor = false;
                if (c == '\\') {
                    if (i >= re.length()) throw new SyntaxError("Trailing backslash");
                    char n = re.charAt(i++);
                    if (!ere && n == '(') { openGroup(groupStarts); continue; }
                    if (!ere && n == ')') { closeGroup(groupStarts); continue; }
                    if (!ere && n == '|') { alternative(); continue; }
                    if (!ere && n == '{') {
                        if (start) { atom("\\{"); continue; }
                        interval(true);
                        continue;
                    }
                    if (!ere && (n == '+' || n == '?')) {
                        if (start) atom("\\" + n); else quantifier(String.valueOf(n));
                        continue;
                    }
                    escape(n);
                    continue;
                }
                switch (c) {
                    case '[' -> atom(bracket());
                    case '.' -> atom(".");
                    case '*' -> { if (start) atom("\\*"); else quantifier("*"); }
                    case '^' -> {
                        if (ere || start) { out.append('^'); afterAnchor = true; atomStart = -1; lastWasQuantifier = false; }
                        else atom("\\^");
                    }
                    case '$' -> {
                        if (ere || atExprEnd()) { out.append("\\z"); atomStart = -1; lastWasQuantifier = true; }
                        else atom("\\$");
                    }
                    default -> {
                        if (ere && c == '(') openGroup(groupStarts);
                        else if (ere && c == ')') closeGroup(groupStarts);
                        else if (ere && c == '|') alternative();
                        else if (ere && (c == '+' || c == '?')) { if (start) atom("\\" + c); else quantifier(String.valueOf(c)); }
                        else if (ere && c == '{') { if (start) atom("\\{"); else interval(false); }
                        else atom(literal(c));
                    }
                }
            }
            if (openGroups > 0) throw new SyntaxError("Unmatched ( or \\(");
            return out.toString();
        }

        /** A BRE '$' anchors only at the end of the expression, a group or an alternative. */
        boolean atExprEnd() {
            if (i >= re.length()) return true;
            return re.startsWith("\\)", i) || re.startsWith("\\|", i);
        }

        void openGroup(java.util.ArrayDeque<Integer> starts) {
            starts.push(out.length());
            out.append('(');
            groups++;
            openGroups++;
            atomStart = -1;
            lastWasQuantifier = false;
        }

        void closeGroup(java.util.ArrayDeque<Integer> starts) throws SyntaxError {
            if (openGroups == 0) throw new SyntaxError("Unmatched ) or \\)");
            openGroups--;
            out.append(')');
            atomStart = starts.pop();
            lastWasQuantifier = false;
        }

        void alternative() {
            out.append('|');
            atomStart = -1;
            lastWasQuantifier = false;
        }

        void atom(String s) {
            atomStart = out.length();
            out.append(s);
            lastWasQuantifier = false;
        }

        /** A quantifier on a quantified atom applies to the whole (POSIX), never Java's lazy/possessive forms. */
        void quantifier(String q) {
            if (lastWasQuantifier && atomStart >= 0) {
                out.insert(atomStart, "(?:");
                out.append(')');
            }
            out.append(q);
            lastWasQuantifier = true;
        }

        void interval(boolean bre) throws SyntaxError {
            int close = re.indexOf(bre ? "\\}" : "}", i);
            if (close < 0) throw new SyntaxError(bre ? "Unmatched \\{" : "Unmatched { ");
            String body = re.substring(i, close);
            i = close + (bre ? 2 : 1);
            if (body.isEmpty() || !body.matches("[0-9]*(,[0-9]*)?"))
                throw new SyntaxError("Invalid content of \\{\\}");
            String[] mn = body.split(",", -1);
            String min = mn[0].isEmpty() ? "0" : mn[0];
            if (mn.length == 2 && !mn[1].isEmpty() && Integer.parseInt(mn[1]) < Integer.parseInt(min))
                throw new SyntaxError("Invalid content of \\{\\}");
            quantifier("{" + min + (mn.length == 2 ? "," + mn[1] : "") + "}");
        }

        void escape(char n) throws SyntaxError {
            switch (n) {
                case 'w' -> atom("[A-Za-z0-9_]");
                case 'W' -> atom("[^A-Za-z0-9_]");
                case 's' -> atom("[ \\t\\n\\x0B\\f\\r]");
                case 'S' -> atom("[^ \\t\\n\\x0B\\f\\r]");
                case 'b' -> zeroWidth("\\b");
                case 'B' -> zeroWidth("\\B");
                case '<' -> zeroWidth("\\b(?=[A-Za-z0-9_])");
                case '>' -> zeroWidth("\\b(?<=[A-Za-z0-9_])");
                case '`' -> zeroWidth("\\A");
                case '\'' -> zeroWidth("\\z");
                case 'n' -> atom("\\n");
                case 't' -> atom("\\t");
                default -> {
                    if (n >= '1' && n <= '9') {
                        if (n - '0' > groups) throw new SyntaxError("Invalid back reference");
                        atom("\\" + n);
                    } else atom(literal(n));
                }
            }
        }

        void zeroWidth(String s) {
            out.append(s);
            atomStart = -1;
            lastWasQuantifier = true;
        }

        static String literal(char c) {
            if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) return "\\" + c;
            return String.valueOf(c);
        }

        static String classChar(int c) { return String.format("\\x{%x}", c); }

        /** A bracket expression from just after its '[' to its ']', as a Java class of explicit items. */
        String bracket() throws SyntaxError {
            final String unmatched = "Unmatched [, [^, [:, [., or [=";
            StringBuilder b = new StringBuilder("[");
            if (i < re.length() && re.charAt(i) == '^') { b.append('^'); i++; }
            boolean first = true;
            while (true) {
                if (i >= re.length()) throw new SyntaxError(unmatched);
                char c = re.charAt(i);
                if (c == ']' && !first) { i++; break; }
                first = false;
                int lo;
                if (c == '[' && i + 1 < re.length() && ":.=".indexOf(re.charAt(i + 1)) >= 0) {
                    char kind = re.charAt(i + 1);
                    int end = re.indexOf(kind + "]", i + 2);
                    if (end < 0) throw new SyntaxError(unmatched);
                    String name = re.substring(i + 2, end);
                    i = end + 2;
                    if (kind == ':') { b.append(namedClass(name)); continue; }
                    if (name.length() != 1) throw new SyntaxError("Invalid collation character");
                    lo = name.charAt(0);
                } else {
                    lo = c;
                    i++;
                }
                if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
                    i++;
                    int hi = re.charAt(i++);
                    if (hi == '[' && i < re.length() && ".=".indexOf(re.charAt(i)) >= 0) {
                        char kind = re.charAt(i);
                        int end = re.indexOf(kind + "]", i + 1);
                        if (end < 0) throw new SyntaxError(unmatched);
                        hi = re.charAt(i + 1);
                        i = end + 2;
                    }
                    if (hi < lo) throw new SyntaxError("Invalid range end");
                    b.append(classChar(lo)).append('-').append(classChar(hi));
                } else b.append(classChar(lo));
            }
            return b.append(']').toString();
        }

        static String namedClass(String name) throws SyntaxError {
            return switch (name) {
                case "alpha" -> "\\p{Alpha}";
                case "digit" -> "0-9";
                case "alnum" -> "\\p{Alnum}";
                case "upper" -> "\\p{Upper}";
                case "lower" -> "\\p{Lower}";
                case "space" -> " \\t\\n\\x0B\\f\\r";
                case "blank" -> " \\t";
                case "punct" -> "\\p{Punct}";
                case "print" -> "\\p{Print}";
                case "graph" -> "\\p{Graph}";
                case "cntrl" -> "\\p{Cntrl}";
                case "xdigit" -> "\\p{XDigit}";
                default -> throw new SyntaxError("Invalid character class name");
            };
        }
    }
}
