package linnet.kernel.netfilter;

/** `-j CHAIN` (jump, returns) or `-g CHAIN` (goto, does not return here). */
public record JumpTarget(String chain, boolean isGoto) implements XtTarget {
    @Override
    public String name() { return chain; }

    @Override
    public int target(NfPacket p) { throw new IllegalStateException("jumps are resolved by the traversal"); }
}
