package linnet.tools.iptables;

/**
 * One parsed iptables command line: the CMD_* bits of xshared.h (a listing may carry -Z or
 * -Z N along), the table and chain, the rule, and the OPT_* bits of the options given.
 */
final class Command {
    /** CMD_* bits in xshared.h's order; cmd2char maps a bit back to its letter. */
    static final int INSERT = 1, DELETE = 1 << 1, DELETE_NUM = 1 << 2, REPLACE = 1 << 3, APPEND = 1 << 4,
            LIST = 1 << 5, FLUSH = 1 << 6, ZERO = 1 << 7, NEW_CHAIN = 1 << 8, DELETE_CHAIN = 1 << 9,
            SET_POLICY = 1 << 10, RENAME_CHAIN = 1 << 11, LIST_RULES = 1 << 12, ZERO_NUM = 1 << 13, CHECK = 1 << 14;
    private static final char[] CMD_CHARS = {'I', 'D', 'D', 'R', 'A', 'L', 'F', 'Z', 'N', 'X', 'P', 'E', 'S', 'Z', 'C'};

    /** The letter of the highest bit set in {@code bits} (cmd2char). */
    static char cmd2char(int bits) {
        int i = 0;
        for (int b = bits; b > 1; b >>>= 1) i++;
        return CMD_CHARS[i];
    }

    /** OPT_* bits in optflags order: -n -s -d -p -j -v -x -i -o --line-numbers -c -f. */
    static final int OPT_NUMERIC = 1, OPT_SOURCE = 1 << 1, OPT_DESTINATION = 1 << 2, OPT_PROTOCOL = 1 << 3,
            OPT_JUMP = 1 << 4, OPT_VERBOSE = 1 << 5, OPT_EXPANDED = 1 << 6, OPT_VIANAMEIN = 1 << 7,
            OPT_VIANAMEOUT = 1 << 8, OPT_LINENUMBERS = 1 << 9, OPT_COUNTERS = 1 << 10, OPT_FRAGMENT = 1 << 11;
    static final String OPT_CHARS = "nsdpjvxio0cf";

    /** The CMD_* bits given (0 when none). */
    int command;
    /** The main letter for dispatch: A C D I R L S F Z N X E P (D for both forms, Z for both forms). */
    char cmd;
    /** -L/-S together with -Z (list, then zero the chains) or -Z N (list, then zero one rule). */
    boolean alsoZero, alsoZeroNum;
    String table = "filter";
    String chain;
    /** -E's new name, -P's policy. */
    String arg2;
    /** 1-based rule number; 0 when none (for -D: delete by specification). */
    int rulenum;
    int options;
    boolean numeric, verbose, exact, lineNumbers;
    /** -c PKTS BYTES given for the new rule. */
    long[] counters;
    RuleSpec rule = new RuleSpec();

    /** Fills {@link #cmd} and the listing's zero flags from the CMD_* bits, as do_commandx switches on them. */
    void resolve() {
        int listing = command & (LIST | LIST_RULES);
        if (listing != 0) {
            cmd = listing == LIST ? 'L' : 'S';
            alsoZero = (command & ZERO) != 0;
            alsoZeroNum = (command & ZERO_NUM) != 0;
            return;
        }
        cmd = switch (command) {
            case INSERT -> 'I';
            case DELETE, DELETE_NUM -> 'D';
            case REPLACE -> 'R';
            case APPEND -> 'A';
            case FLUSH -> 'F';
            case ZERO, ZERO_NUM -> 'Z';
            case NEW_CHAIN -> 'N';
            case DELETE_CHAIN -> 'X';
            case SET_POLICY -> 'P';
            case RENAME_CHAIN -> 'E';
            case CHECK -> 'C';
            default -> 0;
        };
    }
}
