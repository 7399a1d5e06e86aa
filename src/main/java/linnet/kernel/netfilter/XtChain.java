package linnet.kernel.netfilter;


/** A chain: built-in (hook >= 0, with a policy and policy counters) or user-defined (hook -1). */
public final class XtChain {
    public String name;
    public final int hook;
    public int policy = Verdict.NF_ACCEPT;
    public long policyPkts, policyBytes;
    /**
     * Whether the policy counters count (nf_tables base-chain stats): iptables-nft creates built-in
     * chains without them and turns them on when it sets a policy or zeroes the chain's counters.
     */
    public boolean policyCounters;
    public final RuleList rules = new RuleList();
    /** The index of a long chain, as of {@link ChainIndex#changes} (made by the first packet after a change). */
    ChainIndex index;

    public XtChain(String name, int hook) {
        this.name = name;
        this.hook = hook;
    }

    public boolean builtin() { return hook >= 0; }

    public XtChain copy() {
        XtChain c = new XtChain(name, hook);
        c.policy = policy;
        c.policyPkts = policyPkts;
        c.policyBytes = policyBytes;
        c.policyCounters = policyCounters;
        for (XtRule r : rules) c.rules.add(r.copy());
        return c;
    }
}
