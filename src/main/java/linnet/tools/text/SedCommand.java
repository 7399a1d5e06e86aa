package linnet.tools.text;

import java.util.List;
import java.util.regex.Pattern;

/** One compiled sed command: its addresses, its letter and what that letter needs (GNU compile.c's struct sed_cmd). */
final class SedCommand {
    enum AddrKind { LINE, LAST, REGEX, STEP, ZERO, PLUS, MULT }

    /** An address; a REGEX with a null pattern means "the last regex used" (an empty //). */
    record Address(AddrKind kind, long n, long step, Pattern regex) {}

    /** A piece of an s replacement: literal text, a group (0 is &), or a case conversion (\L \U \E and the one-letter \l, \\u). */
    record Piece(String text, int group, char caseOp) {}

    /** s///: the regex (null: the last one used), the replacement, flags. */
    record Subst(Pattern regex, List<Piece> replacement, boolean global, long occurrence, boolean print,
            String writeFile) {}

    Address a1;
    Address a2;
    boolean negate;
    char name;
    /** a/i/c text, a label (b t T :), a file (r w). */
    String text;
    /** Exit status of q/Q; line width of l (-1: the default). */
    int number = -1;
    /** Where a b/t/T jumps to, or where the '}' of a '{' is (index into the program; program size = end). */
    int target = -1;
    Subst subst;
    String yFrom;
    String yTo;

    /** The state of a two-address range (GNU's range_state): active, and its last line for +N. */
    boolean rangeActive;
    long rangeEnd;
}
