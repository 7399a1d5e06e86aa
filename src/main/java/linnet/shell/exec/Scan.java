package linnet.shell.exec;

/**
 * Finding where a quoted or nested construct ends inside a word the lexer already accepted (so
 * every construct is known to be closed; a missing close just runs to the end).
 */
final class Scan {
    private Scan() {}

    /** After a double-quoted string whose content starts at i. */
    static int doubleEnd(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') return i + 1;
            if (c == '\\') { i += 2; continue; }
            if (c == '`') { i = backquoteEnd(s, i + 1); continue; }
            if (c == '$') { i = dollarEnd(s, i); continue; }
            i++;
        }
        return s.length();
    }

    static int backquoteEnd(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '`') return i + 1;
            if (c == '\\') { i += 2; continue; }
            i++;
        }
        return s.length();
    }

    static int singleEnd(String s, int i) {
        int e = s.indexOf('\'', i);
        return e < 0 ? s.length() : e + 1;
    }

    static int ansiCEnd(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') { i += 2; continue; }
            if (c == '\'') return i + 1;
            i++;
        }
        return s.length();
    }

    /** After the $-construct at i (s[i] == '$'); i + 1 when it is a plain '$'. */
    static int dollarEnd(String s, int i) {
        if (i + 1 >= s.length()) return i + 1;
        char n = s.charAt(i + 1);
        if (n == '(') {
            if (i + 2 < s.length() && s.charAt(i + 2) == '(' && isArith(s, i)) return arithEnd(s, i + 3);
            return parenEnd(s, i + 2);
        }
        if (n == '{') return braceEnd(s, i + 2);
        if (Character.isLetter(n) || n == '_') {
            int e = i + 1;
            while (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_')) e++;
            return e;
        }
        if (Character.isDigit(n) || "?$!#@*-".indexOf(n) >= 0) return i + 2;
        return i + 1;
    }

    /** Whether $(( at i is arithmetic: its matching close is "))" (else it is $( (subshell) )). */
    static boolean isArith(String s, int i) {
        int e = parenEnd(s, i + 2);
        return e >= 2 && e - 2 > i + 2 && s.charAt(e - 1) == ')' && s.charAt(e - 2) == ')';
    }

    /** After the "))" closing an arithmetic expansion whose body starts at i. */
    static int arithEnd(String s, int i) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') {
                if (depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == ')') return i + 2;
                depth--;
            }
            i++;
        }
        return s.length();
    }

    /** After the ')' matching an open paren passed just before i. */
    static int parenEnd(String s, int i) { return closeEnd(s, i, '(', ')'); }

    /** After the '}' matching a ${ passed just before i. */
    static int braceEnd(String s, int i) { return closeEnd(s, i, '{', '}'); }

    /** After the close matching an open passed just before i, minding quotes and nested $-constructs. */
    private static int closeEnd(String s, int i, char open, char close) {
        int depth = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') { i += 2; continue; }
            if (c == '\'') { i = singleEnd(s, i + 1); continue; }
            if (c == '"') { i = doubleEnd(s, i + 1); continue; }
            if (c == '`') { i = backquoteEnd(s, i + 1); continue; }
            if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) { i = dollarEnd(s, i); continue; }
            if (c == open) depth++;
            else if (c == close && --depth == 0) return i + 1;
            i++;
        }
        return s.length();
    }

    /** The first ':' outside nested constructs in a ${v:off:len} spec, or -1. */
    static int topLevelColon(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$') { i = dollarEnd(s, i) - 1; continue; }
            if (c == '?') {
                int e = s.indexOf(':', i);
                if (e >= 0) i = e;
                continue;
            }
            if (c == ':') return i;
        }
        return -1;
    }

    /** The first '/' not quoted or escaped (the pattern/replacement separator), or -1. */
    static int unquotedSlash(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '\'') { i = singleEnd(s, i + 1) - 1; continue; }
            if (c == '"') { i = doubleEnd(s, i + 1) - 1; continue; }
            if (c == '$') { i = dollarEnd(s, i) - 1; continue; }
            if (c == '/') return i;
        }
        return -1;
    }
}
