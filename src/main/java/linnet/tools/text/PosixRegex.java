package linnet.tools.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POSIX regular expressions as GNU (glibc regcomp + gnulib dfa, C locale) reads them, translated
 * into {@link java.util.regex}. Shared by grep, sed and awk: compile once with
 * {@link #compile(String, Syntax, int)}, then {@link #find(CharSequence, int)} gives the POSIX
 * leftmost-longest match, {@link #matcher(CharSequence)} a plain Java matcher when only "is there
 * a match" matters.
 *
 * <p>Text is bytes: the C locale compares bytes, so pass strings holding one byte per char
 * (ISO-8859-1 decoded); classes such as [:alpha:] and \w are ASCII only, as in LC_ALL=C.
 *
 * <p>What is covered: BRE (GNU: \+ \? \| \{n,m\}, \( \) groups, \1-\9, ^ and $ anchoring only
 * where POSIX says, a leading * or \{ literal) and ERE (| + ? {n,m}, a leading repetition
 * ignored with grep's warning, an interval that is not one read literally, an unmatched ')'
 * literal); bracket expressions with [:class:], [=c=], [.c.], ranges in byte order, ']' first,
 * '\' literal; GNU escapes \w \W \s \S \b \B \&lt; \&gt; \` \'. Errors carry glibc's/dfa's text
 * ("Unmatched ( or \(", "Invalid back reference", ...), the caller prefixes its name.
 *
 * <p>Limits: the overall match is leftmost-longest (tried by shrinking from the end of the
 * subject, only for patterns where Java's leftmost-first can differ: alternation, groups,
 * back-references; at most {@value #LONGEST_WINDOW} chars beyond Java's own match). Groups
 * inside that match follow Java's priorities, not POSIX's subexpression rules, which differ only
 * for ambiguous splits. A back-reference matches what its group matched last, as in Java.
 */
public final class PosixRegex {
    /** BRE (grep -G, sed), ERE (grep -E, sed -E, awk). */
    public enum Syntax { BASIC, EXTENDED }

    /** Ignore case (ASCII, as in the C locale). */
    public static final int ICASE = 1;
    /** sed's M flag: ^ and $ also match after / before an embedded newline. */
    public static final int MULTILINE = 2;
    /** sed's and awk's escapes \n \t \r \f \v \a are the control characters (grep reads them as the letter). */
    public static final int C_ESCAPES = 4;
    /** grep -w: the match must be a whole word (no word character on either side). */
    public static final int WORD = 8;
    /** grep -x: the match must be the whole subject. */
    public static final int WHOLE = 16;

    /** Largest count an interval may give (RE_DUP_MAX). */
    static final int DUP_MAX = 32767;
    static final int LONGEST_WINDOW = 4096;

    /** A pattern regcomp refuses; the message is the library's text, without the program's prefix. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) { super(message, null, false, false); }
    }

    private final Pattern pattern;
    private final boolean needsLongest;
    private final int groups;
    private final List<String> warnings;

    private PosixRegex(Pattern pattern, boolean needsLongest, int groups, List<String> warnings) {
        this.pattern = pattern;
        this.needsLongest = needsLongest;
        this.groups = groups;
        this.warnings = warnings;
    }

    public static PosixRegex compile(String re, Syntax syntax, int flags) throws SyntaxError {
        return compile(List.of(re), syntax, flags);
    }

    /**
     * Several patterns as one (grep's -e list, newline-separated patterns): a line matches if any
     * does; each pattern's back-references count its own groups.
     */
    public static PosixRegex compile(List<String> res, Syntax syntax, int flags) throws SyntaxError {
        StringBuilder out = new StringBuilder();
        List<String> warnings = new ArrayList<>();
        int groups = 0;
        boolean complex = res.size() > 1;
        for (int i = 0; i < res.size(); i++) {
            Translator t = new Translator(res.get(i), syntax, flags, groups, warnings);
            String j = t.translate();
            if (i > 0) out.append('|');
            out.append("(?:").append(j).append(')');
            groups += t.groups;
            complex |= t.complex;
        }
        return finish(out.toString(), flags, groups, complex, warnings);
    }

    /** Fixed strings (grep -F), with the same -i/-w/-x handling. */
    public static PosixRegex fixed(List<String> strings, int flags) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < strings.size(); i++) {
            if (i > 0) out.append('|');
            out.append("(?:");
            for (int k = 0; k < strings.get(i).length(); k++) Translator.literal(out, strings.get(i).charAt(k));
            out.append(')');
        }
        return finish(out.toString(), flags, 0, strings.size() > 1, new ArrayList<>());
    }

    private static PosixRegex finish(String body, int flags, int groups, boolean complex, List<String> warnings) {
        String j = body;
        if ((flags & WHOLE) != 0) j = "\\A(?:" + j + ")\\z";
        else if ((flags & WORD) != 0) j = "(?<![A-Za-z0-9_])(?:" + j + ")(?![A-Za-z0-9_])";
        int jf = Pattern.DOTALL | Pattern.UNIX_LINES;
        if ((flags & ICASE) != 0) jf |= Pattern.CASE_INSENSITIVE;
        return new PosixRegex(Pattern.compile(j, jf), complex, groups, List.copyOf(warnings));
    }

    /** The Java pattern (capturing groups numbered as the POSIX subexpressions). */
    public Pattern pattern() { return pattern; }

    /** How many \( \) (or ( )) subexpressions the pattern has. */
    public int groupCount() { return groups; }

    /** What grep 3.8 warns about while compiling ("* at start of expression"), without the prefix. */
    public List<String> warnings() { return warnings; }

    /** A Java matcher over s that sees the whole subject for lookarounds (anchors stay at 0 and the end). */
    public Matcher matcher(CharSequence s) {
        Matcher m = pattern.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /** Whether the pattern matches anywhere in s. */
    public boolean matchesIn(CharSequence s) { return pattern.matcher(s).find(); }

    /** The leftmost-longest match starting at or after {@code from}, or null. */
    public MatchResult find(CharSequence s, int from) {
        Matcher m = matcher(s);
        if (!m.find(from)) return null;
        if (!needsLongest) return m.toMatchResult();
        int start = m.start(), end = m.end();
        int limit = Math.min(s.length(), end + LONGEST_WINDOW);
        for (int e = limit; e > end; e--) {
            m.region(start, e);
            if (m.matches()) return m.toMatchResult();
        }
        m.region(start, s.length());
        m.lookingAt();
        return m.toMatchResult();
    }

    /** One pattern's translation: a recursive descent over POSIX's grammar. */
    private static final class Translator {
        private final String re;
        private final boolean ere;
        private final int flags;
        private final int groupBase;
        private final List<String> warnings;
        private int pos;
        int groups;
        boolean complex;
        private final List<Integer> closed = new ArrayList<>();
        private int depth;

        Translator(String re, Syntax syntax, int flags, int groupBase, List<String> warnings) {
            this.re = re;
            this.ere = syntax == Syntax.EXTENDED;
            this.flags = flags;
            this.groupBase = groupBase;
            this.warnings = warnings;
        }

        String translate() throws SyntaxError {
            String s = alternation();
            if (pos < re.length()) throw new SyntaxError("Unmatched ) or \\)");
            return s;
        }

        private boolean atAlt() {
            return ere ? peek('|') : peek2('\\', '|');
        }

        private boolean atClose() {
            return ere ? depth > 0 && peek(')') : peek2('\\', ')');
        }

        private boolean peek(char c) { return pos < re.length() && re.charAt(pos) == c; }

        private boolean peek2(char a, char b) {
            return pos + 1 < re.length() && re.charAt(pos) == a && re.charAt(pos + 1) == b;
        }

        private String alternation() throws SyntaxError {
            StringBuilder out = new StringBuilder();
            out.append(branch());
            while (atAlt()) {
                pos += ere ? 1 : 2;
                complex = true;
                out.append('|').append(branch());
            }
            return out.toString();
        }

        /** One piece of output: its text, whether it already carries a quantifier, whether it is zero-width. */
        private record Piece(String text, boolean quantified, boolean zeroWidth) {}

        private String branch() throws SyntaxError {
            StringBuilder out = new StringBuilder();
            boolean start = true;      // no atom yet in this branch (a leading * is literal / ignored)
            while (pos < re.length() && !atAlt() && !atClose()) {
                Piece p;
                char c = re.charAt(pos);
                if (c == '^' && (ere || start)) {
                    pos++;
                    p = new Piece((flags & MULTILINE) != 0 ? "(?<![^\\n])" : "\\A", false, true);
                    out.append(p.text);
                    start = ere ? start : true;
                    if (!ere) continue;
                    // ERE: a repetition right after ^ has nothing to repeat
                    skipLeadingRepetition();
                    continue;
                }
                if (c == '$' && (ere || atBranchEnd(pos + 1))) {
                    pos++;
                    out.append((flags & MULTILINE) != 0 ? "(?![^\\n])" : "\\z");
                    start = false;
                    continue;
                }
                if (ere && start && isRepetitionStart()) {
                    skipLeadingRepetition();
                    continue;
                }
                p = atom(start);
                start = false;
                p = quantifiers(p);
                out.append(p.text);
            }
            return out.toString();
        }

        /** BRE: '$' is an anchor only at the end of the pattern, of a group, or of an alternative. */
        private boolean atBranchEnd(int i) {
            return i == re.length() || re.startsWith("\\)", i) || re.startsWith("\\|", i);
        }

        private boolean isRepetitionStart() {
            char c = re.charAt(pos);
            return c == '*' || c == '+' || c == '?' || (c == '{' && intervalEnd(pos + 1) > 0);
        }

        /** ERE: a repetition with nothing before it does nothing (grep warns). */
        private void skipLeadingRepetition() throws SyntaxError {
            while (pos < re.length() && isRepetitionStart()) {
                char c = re.charAt(pos);
                if (c == '{') {
                    int end = intervalEnd(pos + 1);
                    interval(pos + 1, end);
                    pos = end + 1;
                    warnings.add("{...} at start of expression");
                } else {
                    pos++;
                    warnings.add(c + " at start of expression");
                }
            }
        }

        private Piece atom(boolean start) throws SyntaxError {
            char c = re.charAt(pos);
            StringBuilder out = new StringBuilder();
            if (c == '[') {
                pos++;
                return new Piece(bracket(), false, false);
            }
            if (c == '.') {
                pos++;
                return new Piece(".", false, false);
            }
            if (ere && c == '(') {
                pos++;
                return group();
            }
            if (ere && c == ')') { // unmatched: an ordinary character
                pos++;
                literal(out, c);
                return new Piece(out.toString(), false, false);
            }
            if (c == '\\') {
                if (pos + 1 >= re.length()) throw new SyntaxError("Trailing backslash");
                char d = re.charAt(pos + 1);
                pos += 2;
                if (!ere && d == '(') return group();
                if (d >= '1' && d <= '9') {
                    int n = d - '0';
                    if (!closed.contains(n)) throw new SyntaxError("Invalid back reference");
                    complex = true;
                    return new Piece("(?:\\" + (groupBase + n) + ")", false, false);
                }
                switch (d) {
                    case 'w': return new Piece("[A-Za-z0-9_]", false, false);
                    case 'W': return new Piece("[^A-Za-z0-9_]", false, false);
                    case 's': return new Piece("[ \\t\\n\\x0B\\f\\r]", false, false);
                    case 'S': return new Piece("[^ \\t\\n\\x0B\\f\\r]", false, false);
                    case 'b': return new Piece("(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))", false, true);
                    case 'B': return new Piece("(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))", false, true);
                    case '<': return new Piece("(?:(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))", false, true);
                    case '>': return new Piece("(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_]))", false, true);
                    case '`': return new Piece("\\A", false, true);
                    case '\'': return new Piece("\\z", false, true);
                    default:
                }
                if ((flags & C_ESCAPES) != 0) {
                    int ctl = switch (d) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'f' -> '\f';
                        case 'v' -> 0x0B;
                        case 'a' -> 0x07;
                        default -> -1;
                    };
                    if (ctl >= 0) d = (char) ctl;
                }
                literal(out, d);
                return new Piece(out.toString(), false, false);
            }
            pos++;
            literal(out, c);
            return new Piece(out.toString(), false, false);
        }

        private Piece group() throws SyntaxError {
            int n = ++groups;
            complex = true;
            depth++;
            String inner = alternation();
            depth--;
            if (ere) {
                if (!peek(')')) throw new SyntaxError("Unmatched ( or \\(");
                pos++;
            } else {
                if (!peek2('\\', ')')) throw new SyntaxError("Unmatched ( or \\(");
                pos += 2;
            }
            closed.add(n);
            return new Piece("(" + inner + ")", false, false);
        }

        private Piece quantifiers(Piece p) throws SyntaxError {
            while (pos < re.length()) {
                String q = null;
                char c = re.charAt(pos);
                if (c == '*') {
                    q = "*";
                    pos++;
                } else if (ere && (c == '+' || c == '?')) {
                    q = String.valueOf(c);
                    pos++;
                } else if (!ere && (peek2('\\', '+') || peek2('\\', '?'))) {
                    q = String.valueOf(re.charAt(pos + 1));
                    pos += 2;
                } else if (ere && c == '{') {
                    int end = intervalEnd(pos + 1);
                    if (end < 0) break; // not an interval: '{' is an ordinary character
                    q = interval(pos + 1, end);
                    pos = end + 1;
                } else if (!ere && peek2('\\', '{')) {
                    int end = re.indexOf("\\}", pos + 2);
                    if (end < 0) throw new SyntaxError("Unmatched \\{");
                    q = interval(pos + 2, end);
                    pos = end + 2;
                } else {
                    break;
                }
                String base = p.quantified || p.zeroWidth || !(p.text.length() <= 1 || singleAtom(p.text))
                        ? "(?:" + p.text + ")" : p.text;
                p = new Piece(base + q, true, false);
            }
            return p;
        }

        /** A translated atom Java quantifies as a whole (a char, an escape, a class, a group). */
        private static boolean singleAtom(String t) {
            if (t.startsWith("\\x{") && t.indexOf('}') == t.length() - 1) return true;
            if (t.startsWith("[") && t.endsWith("]")) return true;
            return t.startsWith("(") && t.endsWith(")");
        }

        /**
         * ERE: where an interval starting at i ends ('}'), or -1 when the text there is no interval
         * (a '{' not followed by digits and commas up to a '}' is an ordinary character).
         */
        private int intervalEnd(int i) {
            int j = i;
            while (j < re.length() && (Character.isDigit(re.charAt(j)) || re.charAt(j) == ',')) j++;
            return j < re.length() && re.charAt(j) == '}' ? j : -1;
        }

        /** The Java quantifier for the interval body re[i, end): M, M, ,N, M,N or a bare comma. */
        private String interval(int i, int end) throws SyntaxError {
            String body = re.substring(i, end);
            if (body.isEmpty() || !body.matches("[0-9]*(,[0-9]*)?")) throw new SyntaxError("Invalid content of \\{\\}");
            int comma = body.indexOf(',');
            String lo = comma < 0 ? body : body.substring(0, comma);
            String hi = comma < 0 ? body : body.substring(comma + 1);
            long min = lo.isEmpty() ? 0 : parse(lo);
            long max = hi.isEmpty() ? -1 : parse(hi);
            if (max >= 0 && min > max) throw new SyntaxError("Invalid content of \\{\\}");
            if (min > DUP_MAX || max > DUP_MAX) throw new SyntaxError("Regular expression too big");
            complex = true;
            return max < 0 ? "{" + min + ",}" : comma < 0 ? "{" + min + "}" : "{" + min + "," + max + "}";
        }

        private static long parse(String digits) {
            return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        }

        /** A bracket expression from just after '[' to its ']', as a Java class. */
        private String bracket() throws SyntaxError {
            int open = pos - 1;
            StringBuilder out = new StringBuilder("[");
            if (peek('^')) {
                out.append('^');
                pos++;
            }
            int first = pos;
            boolean any = false;
            boolean afterRange = false;
            while (true) {
                if (pos >= re.length()) throw new SyntaxError("Unmatched [, [^, [:, [., or [=");
                char c = re.charAt(pos);
                if (c == ']' && pos > first) {
                    pos++;
                    break;
                }
                int lo;
                if (c == '[' && pos + 1 < re.length() && ":=.".indexOf(re.charAt(pos + 1)) >= 0) {
                    char kind = re.charAt(pos + 1);
                    int close = re.indexOf(kind + "]", pos + 2);
                    if (close < 0) throw new SyntaxError("Unmatched [, [^, [:, [., or [=");
                    String name = re.substring(pos + 2, close);
                    pos = close + 2;
                    if (kind == ':') {
                        String cls = charClass(name);
                        if (cls == null) throw new SyntaxError("Invalid character class name");
                        if (peek('-') && pos + 1 < re.length() && re.charAt(pos + 1) != ']')
                            throw new SyntaxError("Invalid range end");
                        out.append(cls);
                        any = true;
                        afterRange = false;
                        continue;
                    }
                    if (name.length() != 1) throw new SyntaxError("Invalid collation character");
                    lo = name.charAt(0);
                } else {
                    lo = c;
                    pos++;
                }
                if (afterRange && lo == '-' && !peek(']')) throw new SyntaxError("Invalid range end");
                if (peek('-') && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                    pos++;
                    int hi;
                    char h = re.charAt(pos);
                    if (h == '[' && pos + 1 < re.length() && re.charAt(pos + 1) == '.') {
                        int close = re.indexOf(".]", pos + 2);
                        if (close < 0) throw new SyntaxError("Unmatched [, [^, [:, [., or [=");
                        String name = re.substring(pos + 2, close);
                        if (name.length() != 1) throw new SyntaxError("Invalid collation character");
                        hi = name.charAt(0);
                        pos = close + 2;
                    } else if (h == '[' && pos + 1 < re.length() && ":=".indexOf(re.charAt(pos + 1)) >= 0) {
                        throw new SyntaxError("Invalid range end");
                    } else {
                        hi = h;
                        pos++;
                    }
                    if (hi < lo) throw new SyntaxError("Invalid range end");
                    literal(out, (char) lo);
                    out.append('-');
                    literal(out, (char) hi);
                    afterRange = true;
                } else {
                    literal(out, (char) lo);
                    afterRange = false;
                }
                any = true;
            }
            String text = re.substring(open + 1, pos - 1);
            if (text.startsWith("^")) text = text.substring(1);
            // dfa's guard against the common slip [:space:] for [[:space:]] (a range is no such slip)
            if (text.length() > 2 && text.startsWith(":") && text.endsWith(":") && text.indexOf('-') < 0) {
                throw new SyntaxError("character class syntax is [[:space:]], not [:space:]");
            }
            if (!any) throw new SyntaxError("Unmatched [, [^, [:, [., or [=");
            return out.append(']').toString();
        }

        /** A [:name:] class's members in the C locale, as the inside of a Java class; null if unknown. */
        static String charClass(String name) {
            return switch (name) {
                case "alpha" -> "A-Za-z";
                case "digit" -> "0-9";
                case "alnum" -> "A-Za-z0-9";
                case "upper" -> "A-Z";
                case "lower" -> "a-z";
                case "space" -> " \\t\\n\\x0B\\f\\r";
                case "blank" -> " \\t";
                case "punct" -> "!-/:-@\\[-`{-~";
                case "print" -> " -~";
                case "graph" -> "!-~";
                case "cntrl" -> "\\x00-\\x1F\\x7F";
                case "xdigit" -> "0-9A-Fa-f";
                default -> null;
            };
        }

        /** One character matched as itself. */
        static void literal(StringBuilder out, char c) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out.append(c);
            else out.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }
}
