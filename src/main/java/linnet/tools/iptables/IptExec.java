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
 * Carries out one parsed command the way iptables-nft does: read the table (a copy), change the
 * copy, install it through {@link NfRtnl}. Tables come into being on the first write; listing a
 * table that does not exist shows its built-in chains empty without creating it.
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

    /** Built-in chains first in hook order, then user chains by name (the order nft's cache lists them). */
    static XtTable ordered(XtTable t) {
        Map<String, XtChain> builtins = new LinkedHashMap<>();
        List<XtChain> user = new ArrayList<>();
        for (XtChain c : t.chains.values()) if (!c.builtin()) user.add(c);
        for (int h : XtTable.hooksOf(t.name)) {
            XtChain c = t.chains.get(XtTable.HOOK_CHAINS[h]);
            if (c != null) builtins.put(c.name, c);
        }
        user.sort((a, b) -> a.name.compareTo(b.name));
        t.chains.clear();
        t.chains.putAll(builtins);
        for (XtChain c : user) t.chains.put(c.name, c);
        return t;
    }

    /** What the listings show: the table, with built-in chains that do not exist shown empty. */
    XtTable view(String table) {
        XtTable t = NfRtnl.table(net, table);
        XtTable fresh = XtTable.fresh(table);
        if (t == null) return fresh;
        for (XtChain c : t.chains.values()) if (!c.builtin()) fresh.chains.put(c.name, c);
        for (XtChain c : t.chains.values()) if (c.builtin()) fresh.chains.put(c.name, c);
        return ordered(fresh);
    }

    private void install(XtTable t, String op, String what) {
        try {
            NfRtnl.install(net, ordered(t));
        } catch (KernelException e) {
            throw IptError.resource(" " + op + " failed (" + e.errno.text + "): " + what);
        }
    }

    void run(Command c) {
        if (XtTable.hooksOf(c.table) == null) throw IptError.version("table '" + c.table + "' does not exist");
        RuleSpec r = c.rule;
        // A jump to a chain that does not exist is refused while parsing (before the chain is looked at).
        if (r.target == null && !r.jumpto.isEmpty() && (c.cmd == 'A' || c.cmd == 'I' || c.cmd == 'R'
                || c.cmd == 'D' || c.cmd == 'C')) {
            XtTable t = NfRtnl.table(net, c.table);
            if (t == null || !t.chains.containsKey(r.jumpto))
                throw IptError.param("Chain '" + r.jumpto + "' does not exist");
        }
        switch (c.cmd) {
            case 'L' -> list(c);
            case 'S' -> listRules(c);
            case 'A', 'I', 'R' -> addRule(c);
            case 'D' -> delete(c);
            case 'C' -> check(c);
            case 'F' -> flush(c);
            case 'Z' -> zero(c);
            case 'N' -> newChain(c);
            case 'X' -> deleteChain(c);
            case 'E' -> rename(c);
            case 'P' -> policy(c);
            default -> throw new IllegalStateException();
        }
    }

    // ------------------------------------------------------------------ listing

    private void list(Command c) {
        XtTable v = view(c.table);
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
            boolean first = true;
            for (XtChain ch : v.chains.values()) {
                if (!first) out.append('\n');
                first = false;
                listChain(v, ch, format);
            }
        }
        if (c.alsoZero) zero(c);
    }

    private void listChain(XtTable v, XtChain ch, int format) {
        IptPrint.header(out, v, ch, format);
        int n = 0;
        for (XtRule r : ch.rules) IptPrint.rule(out, r, ++n, format);
    }

    private void listRules(Command c) {
        XtTable v = view(c.table);
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
        if (c.alsoZero) zero(c);
    }

    private void saveRule(XtChain ch, XtRule r, boolean counters) {
        out.append("-A ").append(ch.name).append(IptPrint.save(r));
        if (counters) out.append(" -c ").append(r.pkts).append(' ').append(r.bytes);
        out.append('\n');
    }

    // ------------------------------------------------------------------ rules

    /** The table to write to, created with its built-in chains if it does not exist yet. */
    private XtTable writable(String table) {
        XtTable t = NfRtnl.table(net, table);
        return t != null ? t : XtTable.fresh(table);
    }

    /** The chain a rule command works on; a deleted built-in chain comes back on -A/-I (as nft recreates it). */
    private XtChain chainFor(XtTable t, Command c, boolean create) {
        XtChain ch = t.chains.get(c.chain);
        if (ch == null && create && isBuiltin(c.table, c.chain)) {
            ch = XtTable.fresh(c.table).chains.get(c.chain);
            t.chains.put(ch.name, ch);
        }
        return ch;
    }

    private XtRule newRule(Command c) {
        XtRule r = c.rule.toRule();
        if (c.counters != null) {
            r.pkts = c.counters[0];
            r.bytes = c.counters[1];
        }
        return r;
    }

    private void addRule(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        boolean existed = t != null;
        if (t == null) {
            if (!isBuiltin(c.table, c.chain) || c.cmd == 'R') throw IptError.strerror(NO_CHAIN);
            t = XtTable.fresh(c.table);
        }
        XtChain ch = chainFor(t, c, c.cmd != 'R');
        if (ch == null) throw IptError.strerror(NO_CHAIN);
        XtRule r = newRule(c);
        String op;
        switch (c.cmd) {
            case 'A' -> {
                ch.rules.add(r);
                op = "RULE_APPEND";
            }
            case 'I' -> {
                if (c.rulenum > ch.rules.size() + 1) throw IptError.strerror("Index of insertion too big.");
                ch.rules.add(c.rulenum - 1, r);
                op = "RULE_INSERT";
            }
            default -> {
                if (c.rulenum > ch.rules.size()) throw IptError.strerror("Index of replacement too big.");
                ch.rules.set(c.rulenum - 1, r);
                op = "RULE_REPLACE";
            }
        }
        assert existed || true;
        install(t, op, "rule in chain " + ch.name);
    }

    private void delete(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        XtChain ch = t == null ? null : t.chains.get(c.chain);
        if (c.rulenum > 0) {
            if (ch == null) throw IptError.strerror(NO_CHAIN);
            if (c.rulenum > ch.rules.size()) throw IptError.strerror("Index of deletion too big.");
            ch.rules.remove(c.rulenum - 1);
        } else {
            if (ch == null) throw IptError.strerror(BAD_RULE);
            XtRule want = c.rule.toRule();
            int i = indexOf(ch, want);
            if (i < 0) throw IptError.strerror(BAD_RULE);
            ch.rules.remove(i);
        }
        install(t, "RULE_DELETE", "rule in chain " + ch.name);
    }

    private static int indexOf(XtChain ch, XtRule want) {
        for (int i = 0; i < ch.rules.size(); i++) if (ch.rules.get(i).sameAs(want)) return i;
        return -1;
    }

    private void check(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        XtChain ch = t == null ? null : t.chains.get(c.chain);
        if (ch == null || indexOf(ch, c.rule.toRule()) < 0) throw IptError.strerror(BAD_RULE);
    }

    // ------------------------------------------------------------------ chains

    private void flush(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (t == null) {
            if (c.chain != null && !isBuiltin(c.table, c.chain)) throw IptError.strerror(NO_CHAIN);
            return;
        }
        if (c.chain != null) {
            XtChain ch = t.chains.get(c.chain);
            if (ch == null) {
                if (isBuiltin(c.table, c.chain)) return;
                throw IptError.strerror(NO_CHAIN);
            }
            ch.rules.clear();
        } else {
            for (XtChain ch : t.chains.values()) ch.rules.clear();
        }
        install(t, "RULE_FLUSH", "table " + c.table);
    }

    private void zero(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (t == null) {
            if (c.chain != null && !isBuiltin(c.table, c.chain)) throw IptError.strerror(NO_CHAIN);
            return;
        }
        List<XtChain> chains = new ArrayList<>();
        if (c.chain != null) {
            XtChain ch = t.chains.get(c.chain);
            if (ch == null) {
                if (isBuiltin(c.table, c.chain)) return;
                throw IptError.strerror(NO_CHAIN);
            }
            chains.add(ch);
        } else {
            chains.addAll(t.chains.values());
        }
        for (XtChain ch : chains) {
            if (c.rulenum > 0 && c.cmd == 'Z') {
                if (c.rulenum <= ch.rules.size()) {
                    ch.rules.get(c.rulenum - 1).pkts = 0;
                    ch.rules.get(c.rulenum - 1).bytes = 0;
                }
                continue;
            }
            ch.policyPkts = 0;
            ch.policyBytes = 0;
            if (ch.builtin()) ch.policyCounters = true;
            for (XtRule r : ch.rules) {
                r.pkts = 0;
                r.bytes = 0;
            }
        }
        install(t, "RULE_REPLACE", "table " + c.table);
    }

    static void checkChainName(String name) {
        if (name.length() > 28)
            throw IptError.param("chain name `" + name + "' too long (must be under 29 chars)");
        if (name.startsWith("-") || name.startsWith("!") || name.isEmpty())
            throw IptError.param("chain name not allowed to start with `" + (name.isEmpty() ? "" : name.charAt(0))
                    + "'\n");
        if (Extensions.target(name) != null) throw IptError.param("chain name may not clash with target name\n");
        for (int i = 0; i < name.length(); i++)
            if (Character.isWhitespace(name.charAt(i))) throw IptError.param("Invalid chain name `" + name + "'");
    }

    private void newChain(Command c) {
        checkChainName(c.chain);
        XtTable t = writable(c.table);
        if (t.chains.containsKey(c.chain) || isBuiltin(c.table, c.chain)) throw IptError.strerror("Chain already exists.");
        t.chains.put(c.chain, new XtChain(c.chain, -1));
        install(t, "CHAIN_ADD", "chain " + c.chain);
    }

    private void deleteChain(Command c) {
        XtTable t = NfRtnl.table(net, c.table);
        if (c.chain != null) {
            XtChain ch = t == null ? null : t.chains.get(c.chain);
            if (ch == null) throw IptError.strerror(NO_CHAIN);
            if (!ch.builtin() && t.references(ch.name) > 0)
                throw IptError.resource(" CHAIN_DEL failed (" + Errno.EBUSY.text + "): chain " + ch.name);
            t.chains.remove(ch.name);
        } else {
            if (t == null) return;
            // Every user chain goes; only a jump from a built-in chain keeps one busy.
            for (XtChain from : t.chains.values()) {
                if (!from.builtin()) continue;
                for (XtRule r : from.rules)
                    if (r.target instanceof JumpTarget j)
                        throw IptError.resource(" CHAIN_DEL failed (" + Errno.EBUSY.text + "): chain " + j.chain());
            }
            t.chains.values().removeIf(ch -> !ch.builtin());
        }
        install(t, "CHAIN_DEL", "chain " + c.chain);
    }

    private void rename(Command c) {
        checkChainName(c.arg2);
        XtTable t = NfRtnl.table(net, c.table);
        XtChain ch = t == null ? null : t.chains.get(c.chain);
        if (ch == null || ch.builtin()) throw IptError.strerror(NO_CHAIN);
        if (t.chains.containsKey(c.arg2) || isBuiltin(c.table, c.arg2)) throw IptError.strerror("File exists.");
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
        XtTable t = writable(c.table);
        XtChain ch = chainFor(t, c, true);
        ch.policy = verdict;
        // nft_chain_set sends the policy with the command's counters (-c, else zero) and so turns stats on.
        ch.policyCounters = true;
        ch.policyPkts = c.counters != null ? c.counters[0] : 0;
        ch.policyBytes = c.counters != null ? c.counters[1] : 0;
        install(t, "CHAIN_UPDATE", "chain " + c.chain);
    }
}
