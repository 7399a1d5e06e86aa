package linnet.tools.iptables;

import java.util.List;

/**
 * What match and target extensions share (struct xtables_match/xtables_target, user half): a
 * name, the long options they add to the command line, and a parser for them. Each use in a
 * rule gets a fresh instance that holds what was parsed so far.
 */
abstract class Ext {
    /** One long option: its name, whether it takes an argument, may be preceded by '!', or repeated. */
    record Opt(String name, boolean hasArg, boolean invertible, boolean multi) {
        static Opt arg(String name) { return new Opt(name, true, true, false); }

        static Opt argNoInv(String name) { return new Opt(name, true, false, false); }

        static Opt flag(String name) { return new Opt(name, false, true, false); }
    }

    /** The name as -m/-j spell it. */
    abstract String name();

    abstract List<Opt> options();

    /** One option of this extension; {@code opt} is the canonical name from {@link #options()}. */
    abstract void parse(String opt, String arg, boolean invert, RuleSpec r);

    /**
     * How many more words after its argument an option takes (--tcp-flags MASK COMP); they are
     * appended to the argument, separated by single spaces.
     */
    int extraArgs(String opt) { return 0; }

    /** x6_fcheck: checks once the whole command line was read (mandatory options). */
    void finalCheck(RuleSpec r) {}

    /** Options already given (xflags), for the "can only be used once" check. */
    final java.util.Set<String> seen = new java.util.HashSet<>();

    /** "NAME: option \"--OPT\" must be specified" (XTOPT_MAND), with xtables' trailing newline. */
    IptError mandatory(String opt) {
        return IptError.param(name() + ": option \"--" + opt + "\" must be specified\n");
    }
}
