package linnet.tools.iptables;

/** One parsed iptables command line: what to do, on which table and chain, with which rule and output flags. */
final class Command {
    /** CMD_* letters: A C D I R L S F Z N X E P; 0 when none was given. */
    char cmd;
    /** -L together with -Z (list, then zero). */
    boolean alsoZero;
    String table = "filter";
    String chain;
    /** -E's new name, -P's policy. */
    String arg2;
    /** 1-based rule number; 0 when none (for -D: delete by specification). */
    int rulenum;
    boolean numeric, verbose, exact, lineNumbers;
    /** -c PKTS BYTES given for the new rule. */
    long[] counters;
    RuleSpec rule = new RuleSpec();
}
