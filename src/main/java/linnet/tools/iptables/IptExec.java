package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.rtnl.NfRtnl;

/**
 * Carries out one parsed command the way iptables-nft 1.8.9 does: fetch the table (a copy, the
 * "cache"), change the copy, install it through {@link NfRtnl} (the batch). Like nf_tables, a
 * table comes into being on its first write and a built-in chain only when a command names it
 * (nft_xt_builtin_init); listings fill in the missing built-in chains as ACCEPT with zero
 * counters ("fake" chains, nft_xt_fake_builtin_chains), and a -Z after a listing zeroes those
 * too, which creates them (or fails, when the table itself does not exist).
 */
final class IptExec {
    static final String NO_CHAIN = "No chain/target/match by that name.";
    static final String BAD_RULE = "Bad rule (does a matching rule exist in that chain?).";

    private final Net net;
    private final StringBuilder out;

    IptExec(Net net, StringBuilder out) {
        this.net = net;
        this.out = out;
    }

    static boolean isBuiltin(String table, String chain) {
        int[] hooks = XtTable.hooksOf(table);
        for (int h : hooks) if (XtTable.HOOK_CHAINS[h].equals(chain)) return true;
        return false;
    }

    /** A base chain iptables recognises: hooked where its built-in name says (a renamed one is not). */
    static boolean compatibleBase(XtChain c) { return c.builtin() && XtTable.HOOK_CHAINS[c.hook].equals(c.name); }

    /** Built-in chains first in hook order, then user chains by name (nft_cache_sort_chains). */
    static XtTable ordered(XtTable t) {
        Map<String, XtChain> builtins = new LinkedHashMap<>();
        List<XtChain> user = new ArrayList<>();
        List<XtChain> hidden = new ArrayList<>();
        for (XtChain c : t.chains.values()) {
            if (!c.builtin()) user.add(c);
            else if (!compatibleBase(c)) hidden.add(c);
        }
        for (int h : XtTable.hooksOf(t.name)) {
            XtChain c = t.chains.get(XtTable.HOOK_CHAINS[h]);
            if (c != null && c.builtin()) builtins.put(c.name, c);
        }
        user.sort((a, b) -> a.name.compareTo(b.name));
        t.chains.clear();
        t.chains.putAll(builtins);
        for (XtChain c : hidden) t.chains.put(c.name, c);
        for (XtChain c : user) t.chains.put(c.name, c);
        return t;
    }

    /**
     * What the listings and iptables-save show: the compatible chains sorted, with every missing
     * built-in chain (or only {@code only}) filled in as a fake ACCEPT chain; base chains under
     * other names are left out (iptables cannot show them).
     */
    static XtTable view(Net net, String table, String only) {
        XtTable t = NfRtnl.table(net, table);
        XtTable v = new XtTable(table);
        for (int h : XtTable.hooksOf(table)) {
            String name = XtTable.HOOK_CHAINS[h];
            XtChain c = t == null ? null : t.chains.get(name);
            if (c != null && compatibleBase(c)) v.chains.put(name, c);
            else if (c == null && (only == null || only.equals(name))) v.chains.put(name, fake(h));
        }
        List<XtChain> user = new ArrayList<>();
        if (t != null) for (XtChain c : t.chains.values()) if (!c.builtin()) user.add(c);
        user.sort((a, b) -> a.name.compareTo(b.name));
        for (XtChain c : user) v.chains.put(c.name, c);
        return v;
    }

    /** Whether the table holds base chains iptables cannot show (a renamed built-in chain). */
    static boolean tainted(Net net, String table) {
        XtTable t = NfRtnl.table(net, table);
        if (t == null) return false;
        for (XtChain c : t.chains.values()) if (c.builtin() && !compatibleBase(c)) return true;
        return false;
    }

    /** A built-in chain as nft_chain_builtin_alloc makes it: policy ACCEPT, counters on and zero. */
    private static XtChain fake(int hook) {
        XtChain c = new XtChain(XtTable.HOOK_CHAINS[hook], hook);
        c.policyCounters = true;
        return c;
    }

    private void install(XtTable t, String op, String what) {
        try {
            NfRtnl.install(net, t);
        } catch (KernelException e) {
            throw IptError.resource(" " + op + " failed (" + e.errno.text + "): " + what);
        }
    }

    void run(Command c) {
        if (XtTable.hooksOf(c.table) == null) throw IptError.version("table '" + c.table + "' does not exist");
        RuleSpec r = c.rule;
        // assert_chain_exists: a jump to a chain that does not exist is refused before anything else.
        // QUEUE is found as the standard target, so it is not checked here; iptables-nft then
        // encodes it as a jump to a chain of that name, which the kernel cannot find (ENOENT).
        if (r.target == null && !r.jumpto.isEmpty() && "AIRDC".indexOf(c.cmd) >= 0 && !r.jumpto.equals("QUEUE")) {
            XtTable t = NfRtnl.table(net, c.table);
            if ((t == null || !t.chains.containsKey(r.jumpto)) && !isBuiltin(c.table, r.jumpto))
                throw IptError.param("Chain '" + r.jumpto + "' does not exist");
        }
        switch (c.cmd) {
            case 'L' -> list(c);
            case 'S' -> listRules(c);
            case 'A', 'I' -> addRule(c);
            case 'R' -> replace(c);
            case 'D' -> delete(c);
            case 'C' -> check(c);
            case 'F' -> flush(c);
            case 'Z' -> {
                if (c.command == Command.ZERO_NUM) zeroRule(c, null);
                else zeroChains(c, null);
            }
            case 'N' -> newChain(c);
            case 'X' -> deleteChain(c);
            case 'E' -> rename(c);
            case 'P' -> policy(c);
            default -> throw new IllegalStateException();
        }
    }

    // ------------------------------------------------------------------ listing

    private void list(Command c) {
        XtTable v = view(net, c.table, c.chain);
        int format = IptPrint.listFormat(c);
        if (c.chain != null) {
            XtChain ch = v.chains.get(c.chain);
            if (ch == null)
                throw IptError.other("chain `" + c.chain + "' in table `" + c.table + "' is incompatible, use 'nft' tool.");
            if (c.rulenum > 0) {
                if (c.rulenum <= ch.rules.size()) IptPrint.rule(out, ch.rules.get(c.rulenum - 1), c.rulenum, format);
            } else {
                listChain(v, ch, format);
            }
        } else {
            if (tainted(net, c.table)) out.append(taintNote(c.table));
            boolean first = true;
            for (XtChain ch : v.chains.values()) {
                if (!first) out.append('\n');
                first = false;
                listChain(v, ch, format);
            }
        }
        zeroAfterListing(c, v);
    }

    static String taintNote(String table) {
        return "# Table `" + table + "' contains incompatible base-chains, use 'nft' tool to list them.\n";
    }

    /** -L/-S with -Z or -Z N: the zeroing runs on what was listed, fake built-in chains included. */
    private void zeroAfterListing(Command c, XtTable listed) {
        if (c.alsoZero) zeroChains(c, listed);
        if (c.alsoZeroNum) zeroRule(c, listed);
    }

    private void listChain(XtTable v, XtChain ch, int format) {
        // "references" is the kernel's use count less the rules: jumps from hidden chains count too.
        XtTable real = NfRtnl.table(net, v.name);
        IptPrint.header(out, real != null ? real : v, ch, format);
        int n = 0;
        for (XtRule r : ch.rules) IptPrint.rule(out, r, ++n, format);
    }

    private void listRules(Command c) {
        XtTable v = view(net, c.table, c.chain);
        List<XtChain> chains = new ArrayList<>();
        if (c.chain != null) {
            XtChain ch = v.chains.get(c.chain);
            // nft_rule_list_save reports a missing chain like -L does.
            if (ch == null)
                throw IptError.other("chain `" + c.chain + "' in table `" + c.table + "' is incompatible, use 'nft' tool.");
            chains.add(ch);
        } else {
            chains.addAll(v.chains.values());
        }
        // Only a whole-table listing fetches every chain, and so notices a hidden base chain.
        if (c.chain == null && tainted(net, c.table)) out.append(taintNote(c.table));
        if (c.rulenum > 0) {
            XtChain ch = chains.get(0);
            if (c.rulenum <= ch.rules.size()) saveRule(ch, ch.rules.get(c.rulenum - 1), c.verbose);
        } else {
            for (XtChain ch : chains) {
                if (ch.builtin()) {
                    out.append("-P ").append(ch.name).append(' ').append(IptPrint.policyName(ch.policy));
                    if (c.verbose) out.append(" -c ").append(ch.policyPkts).append(' ').append(ch.policyBytes);
                    out.append('\n');
                } else {
                    out.append("-N ").append(ch.name).append('\n');
                }
            }
            for (XtChain ch : chains) for (XtRule r : ch.rules) saveRule(ch, r, c.verbose);
        }
        zeroAfterListing(c, v);
    }

    private void saveRule(XtChain ch, XtRule r, boolean counters) {
        out.append("-A ").append(ch.name).append(IptPrint.save(r, counters)).append('\n');
    }

    // ------------------------------------------------------------------ rules

    /**
     * nft_xt_builtin_init: the table (created if missing) with the built-in chain {@code chain}
     * created if it is one and missing; {@code chain} null creates all of them.
     */
    private static XtTable builtinInit(XtTable t, String table, String chain) {
        if (t == null) t = new XtTable(table);
        for (int h : XtTable.hooksOf(table)) {
            String name = XtTable.HOOK_CHAINS[h];
            if (chain != null && !chain.equals(name)) continue;
            if (!t.chains.containsKey(name)) t.chains.put(name, new XtChain(name, h));
        }
        return t;
    }

    private XtRule newRule(Command c) {
        XtRule r = c.rule.toRule();
        if (c.counters != null) {
            r.pkts = c.counters[0];
            r.bytes = c.counters[1];
        }
        return r;
    }

    /** The chain named by a rule command, as the cache has it (a renamed base chain by its new name). */
    private static XtChain find(XtTable t, String chain) {
        XtChain c = t == null ? null : t.chains.get(chain);
        return c == null || (c.builtin() && !compatibleBase(c)) ? null : c;
    }

    /** The rules a command line stands for (one per address combination), with -c counters. */
    private List<XtRule> newRules(Command c) {
        List<XtRule> rules = c.rule.toRules();
        if (c.counters != null) for (XtRule r : rules) {
            r.pkts = c.counters[0];
            r.bytes = c.counters[1];
        }
        return rules;
    }

    private void addRule(Command c) {
        XtTable t = builtinInit(NfRtnl.table(net, c.table), c.table, c.chain);
        XtChain ch = find(t, c.chain);
        if (ch == null) throw IptError.strerror(NO_CHAIN);
        for (XtRule r : newRules(c)) {
            if (c.cmd == 'A') {
                ch.rules.add(r);
                continue;
            }
            // nft_rule_insert, once per rule at the same position: before rule N; N = count + 1
            // appends; beyond that E2BIG.
            if (c.rulenum > ch.rules.size() + 1) throw IptError.strerror("Index of insertion too big.");
            ch.rules.add(c.rulenum - 1, r);
        }
        install(t, c.cmd == 'A' ? "RULE_APPEND" : "RULE_INSERT", "rule in chain " + ch.name);
    }

    private void replace(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        XtChain ch = find(t, c.chain);
        if (ch == null) throw IptError.strerror(NO_CHAIN);
        if (c.rulenum > ch.rules.size()) throw IptError.strerror("Index of replacement too big.");
        ch.rules.set(c.rulenum - 1, newRule(c));
        install(t, "RULE_REPLACE", "rule in chain " + ch.name);
    }

    private void delete(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        XtChain ch = find(t, c.chain);
        if (c.rulenum > 0) {
            if (ch == null) throw IptError.strerror(NO_CHAIN);
            if (c.rulenum > ch.rules.size()) throw IptError.strerror("Index of deletion too big.");
            ch.rules.remove(c.rulenum - 1);
        } else {
            // For each rule of the line, the first identical one (a -g and a -j rule differ).
            if (ch == null) throw IptError.strerror(BAD_RULE);
            for (XtRule want : c.rule.toRules()) {
                int i = indexOf(ch, want);
                if (i < 0) throw IptError.strerror(BAD_RULE);
                ch.rules.remove(i);
            }
        }
        install(t, "RULE_DELETE", "rule in chain " + ch.name);
    }

    private static int indexOf(XtChain ch, XtRule want) {
        for (int i = 0; i < ch.rules.size(); i++) if (ch.rules.get(i).sameAs(want)) return i;
        return -1;
    }

    private void check(Command c) {
        XtChain ch = find(NfRtnl.table(net, c.table), c.chain);
        if (ch == null) throw IptError.strerror(BAD_RULE);
        for (XtRule want : c.rule.toRules()) if (indexOf(ch, want) < 0) throw IptError.strerror(BAD_RULE);
    }

    // ------------------------------------------------------------------ chains

    /**
     * nft_rule_flush: a named chain (a built-in one is created first) or, with -v, every chain
     * (all built-in ones created first, each reported as "Flushing chain"); plain -F flushes the
     * table if it exists.
     */
    private void flush(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (c.chain != null || c.verbose) t = builtinInit(t, c.table, c.chain);
        else if (t == null) return;
        if (c.chain != null) {
            XtChain ch = t.chains.get(c.chain);
            if (ch == null) throw IptError.strerror(NO_CHAIN);
            ch.rules.clear();
        } else {
            for (XtChain ch : sortedIf(t, c.verbose)) {
                if (c.verbose) out.append("Flushing chain `").append(ch.name).append("'\n");
                ch.rules.clear();
            }
        }
        install(t, "RULE_FLUSH", "table " + c.table);
    }

    /**
     * The chains of the cache in the order the command walks them (nft_chain_foreach): base chains
     * by hook, then user chains in creation order, or by name when -v sorted the cache first.
     */
    private static List<XtChain> sortedIf(XtTable t, boolean sorted) {
        List<XtChain> all = new ArrayList<>();
        for (int h : XtTable.hooksOf(t.name)) {
            XtChain c = t.chains.get(XtTable.HOOK_CHAINS[h]);
            if (c != null && compatibleBase(c)) all.add(c);
        }
        List<XtChain> user = new ArrayList<>();
        for (XtChain c : t.chains.values()) if (!c.builtin()) user.add(c);
        if (sorted) user.sort((a, b) -> a.name.compareTo(b.name));
        all.addAll(user);
        return all;
    }

    /**
     * nft_chain_zero_counters: rule counters and, for base chains, the policy counters (a
     * NEWCHAIN with NLM_F_CREATE, which brings a listed fake chain into being and fails with
     * ENOENT when the table does not exist). {@code listed}: the listing's cache, fakes included.
     */
    private void zeroChains(Command c, XtTable listed) {
        XtTable t = NfRtnl.table(net, c.table);
        boolean tableExists = t != null;
        XtTable cache = listed != null ? listed : t;
        List<XtChain> chains = new ArrayList<>();
        if (c.chain != null) {
            XtChain ch = cache == null ? null : cache.chains.get(c.chain);
            if (ch == null) throw IptError.strerror(NO_CHAIN);
            chains.add(ch);
        } else if (cache != null) {
            chains.addAll(listed != null ? listed.chains.values() : sortedIf(cache, c.verbose));
        }
        if (chains.isEmpty()) return;
        if (t == null) t = new XtTable(c.table);
        String failed = null;
        for (XtChain ch : chains) {
            if (c.verbose) out.append("Zeroing chain `").append(ch.name).append("'\n");
            XtChain real = t.chains.get(ch.name);
            if (ch.builtin()) {
                if (!tableExists) {
                    if (failed == null) failed = ch.name;
                    continue;
                }
                if (real == null) {
                    real = new XtChain(ch.name, ch.hook);
                    t.chains.put(real.name, real);
                }
                real.policyPkts = 0;
                real.policyBytes = 0;
                real.policyCounters = true;
            }
            if (real != null) for (XtRule r : real.rules) {
                r.pkts = 0;
                r.bytes = 0;
            }
        }
        if (failed != null)
            throw IptError.resource(" CHAIN_ZERO failed (" + Errno.ENOENT.text + "): chain " + failed);
        install(t, "RULE_REPLACE", "table " + c.table);
    }

    /**
     * nft_rule_zero_counters: one rule; a missing rule is fine. A missing chain fails without
     * setting errno of its own: for a built-in name the lookup left ENOENT ("Bad rule", in
     * nft_rule_delete's wording), for any other errno is 0 ("Incompatible with this kernel.").
     */
    private void zeroRule(Command c, XtTable listed) {
        XtTable t = NfRtnl.table(net, c.table);
        XtChain ch = find(t, c.chain);
        if (ch == null) {
            if (listed != null && listed.chains.containsKey(c.chain)) return;
            throw IptError.strerror(isBuiltin(c.table, c.chain) ? BAD_RULE : "Incompatible with this kernel.");
        }
        if (c.rulenum > ch.rules.size()) return;
        XtRule r = ch.rules.get(c.rulenum - 1);
        r.pkts = 0;
        r.bytes = 0;
        install(t, "RULE_REPLACE", "rule in chain " + ch.name);
    }

    /** assert_valid_chain_name (for -N), in its order of checks. */
    static void checkChainName(String name) {
        if (name.length() >= 29)
            throw IptError.param("chain name `" + name + "' too long (must be under 29 chars)");
        if (name.startsWith("-") || name.startsWith("!"))
            throw IptError.param("chain name not allowed to start with `" + name.charAt(0) + "'");
        // The standard target has the empty name, so "" clashes too.
        if (Extensions.isTargetName(name))
            throw IptError.param("chain name may not clash with target name");
        for (int i = 0; i < name.length(); i++)
            if (Character.isWhitespace(name.charAt(i))) throw IptError.param("Invalid chain name `" + name + "'");
    }

    /** nft_chain_exists: a chain of the cache, or any built-in chain name of the table. */
    private static boolean chainExists(XtTable t, String table, String name) {
        return isBuiltin(table, name) || (t != null && t.chains.containsKey(name));
    }

    private void newChain(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (chainExists(t, c.table, c.chain)) throw IptError.strerror("Chain already exists.");
        if (t == null) t = new XtTable(c.table);
        t.chains.put(c.chain, new XtChain(c.chain, -1));
        install(t, "CHAIN_ADD", "chain " + c.chain);
    }

    /**
     * nft_chain_del. Named: the kernel refuses a chain that still has rules or is jumped to
     * (chain->use, EBUSY); a built-in chain with policy DROP is refused by iptables itself (its
     * rules are not fetched for a named -X, so rules only show up as the kernel's EBUSY).
     * Unnamed: every user chain, and the built-in chains that are empty with policy ACCEPT; the
     * first busy chain in walking order fails the whole batch.
     */
    private void deleteChain(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (c.chain != null) {
            XtChain ch = find(t, c.chain);
            if (ch == null) throw IptError.strerror(NO_CHAIN);
            if (ch.builtin() && ch.policy != Verdict.NF_ACCEPT) throw IptError.strerror("Directory not empty.");
            if (NfRtnl.chainUse(t, ch.name) > 0)
                throw IptError.resource(" CHAIN_DEL failed (" + Errno.EBUSY.text + "): chain " + ch.name);
            t.chains.remove(ch.name);
            install(t, "CHAIN_DEL", "chain " + c.chain);
            return;
        }
        if (t == null) return;
        String busy = null;
        List<String> gone = new ArrayList<>();
        for (XtChain ch : sortedIf(t, c.verbose)) {
            if (ch.builtin()) {
                if (ch.policy == Verdict.NF_ACCEPT && ch.rules.isEmpty()) gone.add(ch.name);
                continue;
            }
            if (c.verbose) out.append("Deleting chain `").append(ch.name).append("'\n");
            if (NfRtnl.chainUse(t, ch.name) > 0) {
                if (busy == null) busy = ch.name;
            } else {
                gone.add(ch.name);
            }
        }
        if (busy != null) throw IptError.resource(" CHAIN_DEL failed (" + Errno.EBUSY.text + "): chain " + busy);
        for (String name : gone) t.chains.remove(name);
        install(t, "CHAIN_DEL", "table " + c.table);
    }

    /**
     * nft_chain_user_rename: the new name must be free (built-in names never are), then the old
     * chain must exist; the new name itself is not checked. Jumps follow the chain (in nf_tables
     * they point at the chain, not at its name); a renamed built-in chain stays hooked.
     */
    private void rename(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (chainExists(t, c.table, c.arg2)) throw IptError.strerror("File exists.");
        XtChain ch = find(t, c.chain);
        if (ch == null) throw IptError.strerror(NO_CHAIN);
        Map<String, XtChain> chains = new LinkedHashMap<>();
        for (XtChain x : t.chains.values()) {
            for (int i = 0; i < x.rules.size(); i++) {
                XtRule r = x.rules.get(i);
                if (r.target instanceof JumpTarget j && j.chain().equals(c.chain)) {
                    XtRule n = new XtRule(r.ip, r.matches, new JumpTarget(c.arg2, j.isGoto()));
                    n.pkts = r.pkts;
                    n.bytes = r.bytes;
                    x.rules.set(i, n);
                }
            }
            if (x == ch) x.name = c.arg2;
            chains.put(x.name, x);
        }
        t.chains.clear();
        t.chains.putAll(chains);
        install(t, "CHAIN_RENAME", "chain " + c.chain);
    }

    private void policy(Command c) {
        int verdict;
        if (c.arg2.equals("ACCEPT")) verdict = Verdict.NF_ACCEPT;
        else if (c.arg2.equals("DROP")) verdict = Verdict.NF_DROP;
        else throw IptError.strerror("Bad policy name. Run `dmesg' for more information.");
        if (!isBuiltin(c.table, c.chain)) throw IptError.strerror("Bad built-in chain name.");
        XtTable t = builtinInit(NfRtnl.table(net, c.table), c.table, c.chain);
        XtChain ch = t.chains.get(c.chain);
        ch.policy = verdict;
        // do_commandx passes no counters to nft_chain_set (a -c is ignored): the policy is sent with
        // zero counters, which turns the base chain's stats on.
        ch.policyCounters = true;
        ch.policyPkts = 0;
        ch.policyBytes = 0;
        install(t, "CHAIN_UPDATE", "chain " + c.chain);
    }
}
