package linnet.kernel.netfilter;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import linnet.wire.Ipv4;

/**
 * The iptables tables of one namespace and their traversal (ipt_do_table). Tables exist only once
 * something was written to them (the nf_tables backend creates them on first use); tools read a
 * copy and install a changed copy, so every command is atomic.
 */
public final class Xtables {
    private final Map<String, XtTable> tables = new TreeMap<>();

    public XtTable get(String name) { return tables.get(name); }

    public boolean isEmpty() { return tables.isEmpty(); }

    public Map<String, XtTable> all() { return tables; }

    public void install(XtTable t) {
        tables.put(t.name, t);
        needsConntrack = computeNeedsConntrack();
        syncRecentTables();
    }

    public void remove(String name) {
        tables.remove(name);
        needsConntrack = computeNeedsConntrack();
        syncRecentTables();
    }

    /** xt_recent's tables of this namespace, by name (recent_net->tables), in creation order. */
    public final java.util.Map<String, linnet.kernel.netfilter.xt.RecentTable> recentTables = new java.util.LinkedHashMap<>();

    /**
     * recent_mt_check / recent_mt_destroy: the first rule naming a table creates it with that rule's
     * mask (later rules share it, whatever mask they give); the table goes with its last rule.
     */
    private void syncRecentTables() {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (XtTable t : tables.values())
            for (XtChain c : t.chains.values())
                for (XtRule r : c.rules)
                    for (XtMatch m : r.matches)
                        if (m instanceof linnet.kernel.netfilter.xt.RecentMatch rm) {
                            used.add(rm.tableName());
                            recentTables.putIfAbsent(rm.tableName(), new linnet.kernel.netfilter.xt.RecentTable(rm.mask()));
                        }
        recentTables.keySet().retainAll(used);
    }

    /**
     * Whether connection tracking runs in this namespace. Linux registers the conntrack hooks of a
     * namespace only while something needs them (nf_ct_netns_get): a rule using a conntrack-based
     * match (conntrack, state, connmark), a NAT target or CONNMARK. A nat chain alone takes no reference (nf_tables' nat chain type
     * does not), so without them packets pass untracked and nat chains never run.
     */
    public boolean needsConntrack() { return needsConntrack; }

    private boolean needsConntrack;

    private boolean computeNeedsConntrack() {
        for (XtTable t : tables.values()) {
            for (XtChain c : t.chains.values()) {
                for (XtRule r : c.rules) {
                    if (r.target instanceof linnet.kernel.netfilter.xt.NatTarget
                            || r.target instanceof linnet.kernel.netfilter.xt.ConnmarkTarget) return true;
                    for (XtMatch m : r.matches)
                        if (m instanceof linnet.kernel.netfilter.xt.ConntrackMatch
                                || m instanceof linnet.kernel.netfilter.xt.ConnmarkMatch
                                || m instanceof linnet.kernel.netfilter.xt.ConnlimitMatch) return true;
                }
            }
        }
        return false;
    }

    /** ipt_do_table: the verdict of {@code table} for a packet on {@code hook}. */
    public int doTable(String table, int hook, NfPacket p) {
        XtTable t = tables.get(table);
        if (t == null) return Verdict.NF_ACCEPT;
        // Every base chain on the hook runs, in creation order, until one does not accept (a
        // chain that does not exist accepts; a renamed built-in chain keeps its hook).
        for (XtChain base : t.baseChains(hook)) {
            int v = doChain(t, base, p);
            if (v != Verdict.NF_ACCEPT) return v;
        }
        return Verdict.NF_ACCEPT;
    }

    /** One base chain: its rules, jumps (with a return stack) and gotos (without), then its policy. */
    private int doChain(XtTable t, XtChain base, NfPacket p) {
        XtChain chain = base;
        int len = Ipv4.totalLength(p.buf(), p.ip());
        // The return stack is only needed once a rule jumps (most traversals never do).
        ArrayDeque<long[]> stack = null;
        ArrayDeque<XtChain> chainStack = null;
        int i = 0;
        byte[] b = p.buf();
        int saddr = Ipv4.src(b, p.ip()), daddr = Ipv4.dst(b, p.ip());
        while (true) {
            // a long chain skips the rules that name another address than the packet's
            ChainIndex index = ChainIndex.of(chain);
            if (index != null) i = index.next(i, saddr, daddr);
            if (i >= chain.rules.size()) {
                // Falling off a chain: a user chain returns, a built-in one applies its policy.
                if (chain == base || chainStack == null || chainStack.isEmpty()) {
                    countPolicy(base, len);
                    trace(t, base, 0, null, base.policy, p);
                    return base.policy;
                }
                chain = chainStack.pop();
                i = (int) stack.pop()[0];
                continue;
            }
            XtRule r = chain.rules.get(i);
            if (!Match.ipMatches(r.ip, p) || !matchesAll(r, p)) {
                if (p.hotdrop) {
                    trace(t, chain, i + 1, r, Verdict.NF_DROP, p);
                    return Verdict.NF_DROP;
                }
                i++;
                continue;
            }
            r.pkts++;
            r.bytes += len;
            if (r.target instanceof JumpTarget j) {
                XtChain next = t.chains.get(j.chain());
                if (next == null) {
                    i++;
                    continue;
                }
                if (!j.isGoto()) {
                    if (chainStack == null) {
                        chainStack = new ArrayDeque<>();
                        stack = new ArrayDeque<>();
                    }
                    chainStack.push(chain);
                    stack.push(new long[] {i + 1});
                }
                chain = next;
                i = 0;
                continue;
            }
            int v = r.target.target(p);
            if (v == Verdict.XT_CONTINUE) {
                // a target that goes on may have rewritten the packet: the index asks for its addresses now
                b = p.buf();
                saddr = Ipv4.src(b, p.ip());
                daddr = Ipv4.dst(b, p.ip());
                i++;
                continue;
            }
            if (v == Verdict.XT_RETURN) {
                if (chainStack == null || chainStack.isEmpty()) {
                    countPolicy(base, len);
                    trace(t, base, 0, null, base.policy, p);
                    return base.policy;
                }
                chain = chainStack.pop();
                i = (int) stack.pop()[0];
                continue;
            }
            trace(t, chain, i + 1, r, v, p);
            return v;
        }
    }

    /** nf_trace's log line, for whoever traces: which chain's rule (0: its policy) decided what. */
    private static void trace(XtTable t, XtChain chain, int ruleNum, XtRule r, int v, NfPacket p) {
        // a traversal driven without a namespace (the table's own tests) has nobody to tell
        linnet.kernel.core.SkbTracer tr = p.net != null ? p.net.kernel.tracer : null;
        if (tr == null) return;
        String verdict = r != null && !(r.target instanceof StandardTarget) ? r.target.name()
                : v == Verdict.NF_ACCEPT ? "ACCEPT" : v == Verdict.NF_DROP ? "DROP" : v == Verdict.NF_QUEUE ? "QUEUE" : "STOLEN";
        tr.netfilter(p.skb, p.net, t.name, chain.name, ruleNum, r, verdict);
    }

    private static void countPolicy(XtChain base, int len) {
        if (!base.policyCounters) return;
        base.policyPkts++;
        base.policyBytes += len;
    }

    private static boolean matchesAll(XtRule r, NfPacket p) {
        for (XtMatch m : r.matches) if (!m.match(p)) return false;
        return true;
    }
}
