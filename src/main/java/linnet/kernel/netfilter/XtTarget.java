package linnet.kernel.netfilter;

/** A target extension's kernel half (xt_target): returns a verdict or {@link Verdict#XT_CONTINUE}. */
public interface XtTarget {
    /** The name as `-j NAME` spells it. */
    String name();

    int target(NfPacket p);

    /** The name the -L target column shows (the extension's real_name: NOTRACK lists as CT). */
    default String listName() { return name(); }

    /** The tables this target may be used in (null = any), checked when a rule is inserted. */
    default String[] tables() { return null; }

    /** The hooks this target may be used in (bit mask of 1 << NF_INET_*; 0 = any). */
    default int hooks() { return 0; }

    /** xt_target.proto: the protocol a rule must name (not inverted) to use it; 0 = any. */
    default int proto() { return 0; }
}
