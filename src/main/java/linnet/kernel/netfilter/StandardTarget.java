package linnet.kernel.netfilter;

/** ACCEPT, DROP, RETURN — and the "no target" rule that only counts (verdict XT_CONTINUE). */
public record StandardTarget(int verdict) implements XtTarget {
    public static final StandardTarget ACCEPT = new StandardTarget(Verdict.NF_ACCEPT);
    public static final StandardTarget DROP = new StandardTarget(Verdict.NF_DROP);
    public static final StandardTarget RETURN = new StandardTarget(Verdict.XT_RETURN);
    public static final StandardTarget NONE = new StandardTarget(Verdict.XT_CONTINUE);

    @Override
    public String name() {
        return switch (verdict) {
            case Verdict.NF_ACCEPT -> "ACCEPT";
            case Verdict.NF_DROP -> "DROP";
            case Verdict.XT_RETURN -> "RETURN";
            default -> "";
        };
    }

    @Override
    public int target(NfPacket p) { return verdict; }
}
