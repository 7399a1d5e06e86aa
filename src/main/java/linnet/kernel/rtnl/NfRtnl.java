package linnet.kernel.rtnl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.IcmpMatch;
import linnet.kernel.netfilter.xt.PortMatch;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.RejectTarget;

/**
 * The door iptables uses into a namespace's xtables (the nf_tables batch of iptables-nft, reduced
 * to its effect): read a deep copy of a table, change the copy, install it whole. The kernel
 * checks the new table first (targets allowed in the table and on the hooks that reach them,
 * REJECT tcp-reset only for TCP, jumps to existing chains, no loops), so a failing command
 * changes nothing.
 */
public final class NfRtnl {
    private NfRtnl() {}

    /** A deep copy of {@code name} with its counters, or null when the table was never written. */
    public static XtTable table(Net net, String name) {
        XtTable t = NetfilterNet.of(net).xtables.get(name);
        return t == null ? null : t.copy();
    }

    /** The tables that exist, in iptables-save's order (filter first, as nft lists them back). */
    public static List<String> tables(Net net) {
        return new ArrayList<>(NetfilterNet.of(net).xtables.all().keySet());
    }

    /**
     * chain->use of nf_tables: the chain's rules plus the rules that jump or go to it. A chain in
     * use cannot be deleted (EBUSY); the "references" of a listing are use minus the rules.
     */
    public static int chainUse(XtTable t, String chain) {
        XtChain c = t.chains.get(chain);
        return (c == null ? 0 : c.rules.size()) + t.references(chain);
    }

    /** Checks and installs {@code t} in place of the table of the same name. */
    public static void install(Net net, XtTable t) throws KernelException {
        check(t);
        NetfilterNet.of(net).xtables.install(t);
    }

    /** The checks of xt_check_target / mark_source_chains for a whole table. */
    public static void check(XtTable t) throws KernelException {
        Map<String, Integer> hooks = reachingHooks(t);
        for (XtChain c : t.chains.values()) {
            for (XtRule r : c.rules) {
                for (XtMatch m : r.matches) {
                    checkMatch(r.ip, m);
                    if (!m.checkentry()) throw new KernelException(m.checkErrno());
                    if (m.tables() != null && !List.of(m.tables()).contains(t.name)) throw new KernelException(Errno.EINVAL);
                    int hm = hooks.getOrDefault(c.name, 0);
                    if (m.hooks() != 0 && (hm & ~m.hooks()) != 0) throw new KernelException(Errno.EINVAL);
                }
                if (r.target instanceof JumpTarget j) {
                    if (!t.chains.containsKey(j.chain())) throw new KernelException(Errno.ENOENT);
                    XtChain to = t.chains.get(j.chain());
                    if (to.builtin()) throw new KernelException(Errno.EINVAL);
                    continue;
                }
                checkTarget(t.name, r.ip, r.target, hooks.getOrDefault(c.name, 0));
            }
        }
    }

    /** xt_check_match: a match bound to a protocol (tcp, udp, icmp) needs that protocol, not inverted. */
    static void checkMatch(IpEntry ip, XtMatch m) throws KernelException {
        int proto = m instanceof PortMatch pm ? pm.proto() : m instanceof IcmpMatch ? 1
                : m instanceof linnet.kernel.netfilter.xt.MiscMatch mm ? mm.proto() : 0;
        if (proto != 0 && (ip.proto() != proto || ip.inv(IpEntry.INV_PROTO))) throw new KernelException(Errno.EINVAL);
    }

    /** One target: its table, its hooks (for rules reachable from a hook), REJECT's protocol rule. */
    public static void checkTarget(String table, IpEntry ip, XtTarget target, int hookMask) throws KernelException {
        String[] tables = target.tables();
        if (tables != null && !List.of(tables).contains(table)) throw new KernelException(Errno.EINVAL);
        if (target.hooks() != 0 && (hookMask & ~target.hooks()) != 0) throw new KernelException(Errno.EINVAL);
        if (target.proto() != 0 && (ip.proto() != target.proto() || ip.inv(IpEntry.INV_PROTO)))
            throw new KernelException(Errno.EINVAL);
        if (target instanceof RejectTarget rj && rj.with() == RejectTarget.TCP_RESET
                && (ip.proto() != 6 || ip.inv(IpEntry.INV_PROTO)))
            throw new KernelException(Errno.EINVAL);
    }

    /** For every chain the mask of hooks (1 &lt;&lt; hook) from which it can be reached; EMLINK on a cycle (nf_tables' chain validation). */
    static Map<String, Integer> reachingHooks(XtTable t) throws KernelException {
        Map<String, Integer> mask = new HashMap<>();
        for (XtChain c : t.chains.values()) {
            if (!c.builtin()) continue;
            ArrayDeque<String> work = new ArrayDeque<>();
            mask.merge(c.name, 1 << c.hook, (a, b) -> a | b);
            work.add(c.name);
            int steps = 0;
            while (!work.isEmpty()) {
                if (++steps > 100_000) throw new KernelException(Errno.EMLINK);
                XtChain from = t.chains.get(work.poll());
                if (from == null) continue;
                for (XtRule r : from.rules) {
                    if (!(r.target instanceof JumpTarget j)) continue;
                    Integer old = mask.get(j.chain());
                    int now = (old == null ? 0 : old) | (1 << c.hook);
                    if (old == null || old != now) {
                        mask.put(j.chain(), now);
                        work.add(j.chain());
                    }
                }
            }
        }
        if (hasLoop(t)) throw new KernelException(Errno.EMLINK);
        return mask;
    }

    private static boolean hasLoop(XtTable t) {
        Map<String, Integer> state = new HashMap<>();
        for (String c : t.chains.keySet()) if (visit(t, c, state)) return true;
        return false;
    }

    private static boolean visit(XtTable t, String c, Map<String, Integer> state) {
        Integer s = state.get(c);
        if (s != null) return s == 1;
        state.put(c, 1);
        XtChain ch = t.chains.get(c);
        if (ch != null)
            for (XtRule r : ch.rules)
                if (r.target instanceof JumpTarget j && visit(t, j.chain(), state)) return true;
        state.put(c, 2);
        return false;
    }
}
