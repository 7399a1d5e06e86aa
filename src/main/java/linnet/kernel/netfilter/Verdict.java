package linnet.kernel.netfilter;

/** Netfilter verdicts (NF_*) and the xtables-internal ones (XT_CONTINUE, XT_RETURN). */
public final class Verdict {
    private Verdict() {}

    public static final int NF_DROP = 0, NF_ACCEPT = 1, NF_STOLEN = 2, NF_QUEUE = 3, NF_REPEAT = 4;
    /** A target that lets traversal go on with the next rule (LOG, MARK, ...). */
    public static final int XT_CONTINUE = -1;
    /** RETURN: back to the calling chain (or the policy of a built-in chain). */
    public static final int XT_RETURN = -2;
}
