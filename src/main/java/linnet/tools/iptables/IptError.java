package linnet.tools.iptables;

/**
 * A failure as iptables 1.8.9 (nf_tables) reports it, with its exit status: PARAMETER_PROBLEM (2,
 * followed by the "Try `iptables -h'" hint), OTHER_PROBLEM (1), VERSION_PROBLEM (3, "Perhaps
 * iptables or your kernel needs to be upgraded."), RESOURCE_PROBLEM (4), and the kernel's errors
 * worded by nft_strerror ("iptables: No chain/target/match by that name.", exit 1).
 */
public final class IptError extends RuntimeException {
    public static final int OTHER_PROBLEM = 1, PARAMETER_PROBLEM = 2, VERSION_PROBLEM = 3, RESOURCE_PROBLEM = 4;

    public final int status;
    /** The message after the "PROG v1.8.9 (nf_tables): " prefix, or the whole text when {@link #plain}. */
    public final String msg;
    /** A text printed as is (nft_strerror wording, "Bad argument"), without the version prefix. */
    public final boolean plain;

    private IptError(int status, String msg, boolean plain) {
        super(msg, null, false, false);
        this.status = status;
        this.msg = msg;
        this.plain = plain;
    }

    /** xtables_error(PARAMETER_PROBLEM, ...): exit 2 with the help hint. */
    public static IptError param(String msg) { return new IptError(PARAMETER_PROBLEM, msg, false); }

    /** xtables_error(OTHER_PROBLEM, ...): exit 1. */
    public static IptError other(String msg) { return new IptError(OTHER_PROBLEM, msg, false); }

    /** xtables_error(RESOURCE_PROBLEM, ...): exit 4 (a failed nf_tables batch). */
    public static IptError resource(String msg) { return new IptError(RESOURCE_PROBLEM, msg, false); }

    /** Not an error: text do_parse prints to stdout before exit(0) (-V, -h). */
    public static IptError exit0(String stdout) { return new IptError(0, stdout, true); }

    /** xtables_error(VERSION_PROBLEM, ...): exit 3. */
    public static IptError version(String msg) { return new IptError(VERSION_PROBLEM, msg, false); }

    /** The kernel's answer as nft_strerror words it: "PROG: TEXT." (exit 1). */
    public static IptError strerror(String text) { return new IptError(OTHER_PROBLEM, text, true); }

    /** "Bad argument `x'" and the like: the text, then the help hint (exit 2). */
    public static IptError badArgument(String text) { return new IptError(-PARAMETER_PROBLEM, text, true); }

    /** Writes the message the way xtables_exit_error / the nft main loop do; returns the exit status. */
    public int report(java.io.PrintStream err, String prog) {
        if (status == -PARAMETER_PROBLEM) {
            err.println(msg);
            err.println("Try `" + prog + " -h' or '" + prog + " --help' for more information.");
            return PARAMETER_PROBLEM;
        }
        if (plain) {
            err.println(prog + ": " + msg);
            return status;
        }
        err.println(prog + " v1.8.9 (nf_tables): " + msg);
        if (status == PARAMETER_PROBLEM)
            err.println("Try `" + prog + " -h' or '" + prog + " --help' for more information.");
        if (status == VERSION_PROBLEM) err.println("Perhaps iptables or your kernel needs to be upgraded.");
        return status;
    }
}
