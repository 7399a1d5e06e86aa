package linnet.tools.coreutils;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One of tr's STRING operands as the list of constructs it is made of (characters, ranges
 * c1-c2, [:class:], [=c=], [c*n]) and a walk over the characters they stand for, in order.
 * Characters are bytes (0..255); the classes are the C locale's.
 */
final class TrSet {
    enum Kind { CHAR, RANGE, CLASS, EQUIV, REPEAT }

    /** One construct: a char (a), a range (a..b), a class (its name), a repeat (a, count; 0 = [c*], fill). */
    static final class Element {
        final Kind kind;
        final int a;
        final int b;
        final String cls;
        long count;

        Element(Kind kind, int a, int b, String cls, long count) {
            this.kind = kind;
            this.a = a;
            this.b = b;
            this.cls = cls;
            this.count = count;
        }
    }

    static final List<String> CLASSES = List.of("alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
            "print", "punct", "space", "upper", "xdigit");

    final List<Element> elements = new ArrayList<>();

    /** The C locale's ctype classes over bytes. */
    static boolean member(String cls, int c) {
        boolean upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
        return switch (cls) {
            case "alnum" -> upper || lower || digit;
            case "alpha" -> upper || lower;
            case "blank" -> c == ' ' || c == '\t';
            case "cntrl" -> c < 32 || c == 127;
            case "digit" -> digit;
            case "graph" -> c > 32 && c < 127;
            case "lower" -> lower;
            case "print" -> c >= 32 && c < 127;
            case "punct" -> c > 32 && c < 127 && !(upper || lower || digit);
            case "space" -> c == ' ' || (c >= '\t' && c <= '\r');
            case "upper" -> upper;
            case "xdigit" -> digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            default -> false;
        };
    }

    /**
     * Parses an operand (one byte per char); prints tr's diagnostic and returns null when it is
     * invalid. Warnings (a trailing backslash, an octal escape over \377) go to err and parsing goes on.
     */
    static TrSet parse(String arg, PrintStream err) {
        // First pass: the backslash escapes, remembering which characters came from one
        // (an escaped '[' or '-' is an ordinary character).
        StringBuilder s = new StringBuilder();
        List<Boolean> esc = new ArrayList<>();
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c != '\\') {
                s.append(c);
                esc.add(false);
                continue;
            }
            if (i + 1 == arg.length()) {
                err.println("tr: warning: an unescaped backslash at end of string is not portable");
                s.append('\\');
                esc.add(false);
                continue;
            }
            char n = arg.charAt(++i);
            int v;
            switch (n) {
                case 'a' -> v = 7;
                case 'b' -> v = 8;
                case 'f' -> v = 12;
                case 'n' -> v = 10;
                case 'r' -> v = 13;
                case 't' -> v = 9;
                case 'v' -> v = 11;
                default -> {
                    if (n >= '0' && n <= '7') {
                        v = n - '0';
                        if (i + 1 < arg.length() && isOctal(arg.charAt(i + 1))) {
                            v = v * 8 + arg.charAt(++i) - '0';
                            if (i + 1 < arg.length() && isOctal(arg.charAt(i + 1))) {
                                int w = v * 8 + arg.charAt(i + 1) - '0';
                                if (w < 256) {
                                    v = w;
                                    i++;
                                } else {
                                    String d = arg.substring(i - 1, i + 2);
                                    err.println("tr: warning: the ambiguous octal escape \\" + d + " is being\n"
                                            + "\tinterpreted as the 2-byte sequence \\0" + d.substring(0, 2) + ", "
                                            + d.charAt(2));
                                }
                            }
                        }
                    } else {
                        v = n;
                    }
                }
            }
            s.append((char) v);
            esc.add(true);
        }
        TrSet set = new TrSet();
        return set.build(s.toString(), esc, err) ? set : null;
    }

    private static boolean isOctal(char c) { return c >= '0' && c <= '7'; }

    private static boolean plain(String s, List<Boolean> esc, int i, char c) {
        return i < s.length() && s.charAt(i) == c && !esc.get(i);
    }

    /** Second pass: the constructs. Every construct has at least 3 chars, so the last two are plain. */
    private boolean build(String s, List<Boolean> esc, PrintStream err) {
        int i = 0;
        while (i + 2 < s.length()) {
            if (plain(s, esc, i, '[')) {
                char kind = s.charAt(i + 1);
                if ((kind == ':' || kind == '=') && !esc.get(i + 1)) {
                    int close = -1;
                    for (int j = i + 2; j + 1 < s.length(); j++) {
                        if (plain(s, esc, j, kind) && plain(s, esc, j + 1, ']')) {
                            close = j;
                            break;
                        }
                    }
                    if (close >= 0) {
                        String name = s.substring(i + 2, close);
                        if (name.isEmpty()) {
                            err.println(kind == ':' ? "tr: missing character class name '[::]'"
                                    : "tr: missing equivalence class character '[==]'");
                            return false;
                        }
                        boolean ok = kind == ':' ? CLASSES.contains(name) : name.length() == 1;
                        if (ok) {
                            elements.add(kind == ':' ? new Element(Kind.CLASS, 0, 0, name, 0)
                                    : new Element(Kind.EQUIV, name.charAt(0), 0, null, 0));
                            i = close + 2;
                            continue;
                        }
                        // "[:*3]" is the repeat of ':', not a class
                        if (!starDigitsBracket(s, esc, i + 2)) {
                            err.println(kind == ':' ? "tr: invalid character class '" + printable(name) + "'"
                                    : "tr: " + printable(name) + ": equivalence class operand must be a single character");
                            return false;
                        }
                    }
                }
                int r = repeat(s, esc, i + 1, err);
                if (r == -2) return false;
                if (r >= 0) {
                    i = r;
                    continue;
                }
            }
            if (plain(s, esc, i + 1, '-')) {
                int a = s.charAt(i), b = s.charAt(i + 2);
                if (b < a) {
                    err.println("tr: range-endpoints of '" + printableChar(a) + "-" + printableChar(b)
                            + "' are in reverse collating sequence order");
                    return false;
                }
                elements.add(new Element(Kind.RANGE, a, b, null, 0));
                i += 3;
            } else {
                elements.add(new Element(Kind.CHAR, s.charAt(i), 0, null, 0));
                i++;
            }
        }
        for (; i < s.length(); i++) elements.add(new Element(Kind.CHAR, s.charAt(i), 0, null, 0));
        return true;
    }

    private static boolean starDigitsBracket(String s, List<Boolean> esc, int i) {
        if (!plain(s, esc, i, '*')) return false;
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9' || esc.get(j)) return plain(s, esc, j, ']');
        }
        return false;
    }

    /** [c*n] starting at the c (index at): the index after ']', -1 when it is none, -2 after a diagnostic. */
    private int repeat(String s, List<Boolean> esc, int at, PrintStream err) {
        if (!plain(s, esc, at + 1, '*')) return -1;
        for (int j = at + 2; j < s.length() && !esc.get(j); j++) {
            if (s.charAt(j) != ']') continue;
            String digits = s.substring(at + 2, j);
            long n = 0;
            if (!digits.isEmpty()) {
                try {
                    n = Long.parseUnsignedLong(digits, digits.charAt(0) == '0' ? 8 : 10);
                    if (n < 0) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    err.println("tr: invalid repeat count '" + printable(digits) + "' in [c*n] construct");
                    return -2;
                }
            }
            elements.add(new Element(Kind.REPEAT, s.charAt(at), 0, null, n));
            return j + 1;
        }
        return -1;
    }

    private static String printableChar(int c) {
        return c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\%03o", c);
    }

    /** A string for a diagnostic: the \c escapes by name, other unprintable bytes in octal. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case 7 -> b.append("\\a");
                case 8 -> b.append("\\b");
                case 12 -> b.append("\\f");
                case 10 -> b.append("\\n");
                case 13 -> b.append("\\r");
                case 9 -> b.append("\\t");
                case 11 -> b.append("\\v");
                case '\\' -> b.append("\\");
                default -> b.append(printableChar(c));
            }
        }
        return b.toString();
    }

    // ---- what validation needs to know

    long length() {
        long n = 0;
        for (Element e : elements) n += size(e);
        return n;
    }

    static long size(Element e) {
        return switch (e.kind) {
            case CHAR, EQUIV -> 1;
            case RANGE -> e.b - e.a + 1;
            case CLASS -> {
                int n = 0;
                for (int c = 0; c < 256; c++) if (member(e.cls, c)) n++;
                yield n;
            }
            case REPEAT -> e.count;
        };
    }

    int indefiniteRepeats() {
        int n = 0;
        for (Element e : elements) if (e.kind == Kind.REPEAT && e.count == 0) n++;
        return n;
    }

    boolean has(Kind k) {
        for (Element e : elements) if (e.kind == k) return true;
        return false;
    }

    /** A class other than upper and lower (string2 may not have one when translating). */
    boolean hasRestrictedClass() {
        for (Element e : elements) if (e.kind == Kind.CLASS && !e.cls.equals("upper") && !e.cls.equals("lower")) return true;
        return false;
    }

    /** The characters, each once, as a membership table. */
    boolean[] members() {
        boolean[] in = new boolean[256];
        Walk w = walk();
        for (int c; (c = w.next()) >= 0; ) in[c] = true;
        return in;
    }

    Walk walk() { return new Walk(); }

    /** The characters one by one ('a-d[y*3]': a b c d y y y), and whether each came from [:upper:] or [:lower:]. */
    final class Walk {
        private int el;
        /** Within the element: the next char of a range or class, or how many of a repeat were given; -1 = not begun. */
        private long state = -1;
        /** "upper", "lower" or null for the char last returned. */
        String caseClass;

        /** The next character, or -1 past the end (a repeat of count 0 gives none). */
        int next() {
            caseClass = null;
            while (el < elements.size()) {
                Element e = elements.get(el);
                switch (e.kind) {
                    case CHAR, EQUIV -> {
                        el++;
                        return e.a;
                    }
                    case RANGE -> {
                        int c = state < 0 ? e.a : (int) state;
                        if (c == e.b) endElement();
                        else state = c + 1;
                        return c;
                    }
                    case CLASS -> {
                        if (e.cls.equals("upper") || e.cls.equals("lower")) caseClass = e.cls;
                        int c = (int) Math.max(state, 0);
                        while (!member(e.cls, c)) c++;
                        int n = c + 1;
                        while (n < 256 && !member(e.cls, n)) n++;
                        if (n < 256) state = n;
                        else endElement();
                        return c;
                    }
                    case REPEAT -> {
                        if (e.count == 0) {
                            endElement();
                            continue;
                        }
                        long given = Math.max(state, 0) + 1;
                        if (given == e.count) endElement();
                        else state = given;
                        return e.a;
                    }
                }
            }
            return -1;
        }

        /** Whether the next character starts a new construct. */
        boolean atNewElement() { return state < 0; }

        /** Jumps past the construct being walked (case conversion takes a class as a whole). */
        void skipElement() {
            if (state >= 0 || el < elements.size()) endElement();
        }

        private void endElement() {
            el++;
            state = -1;
        }
    }
}
