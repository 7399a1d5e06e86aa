package linnet.kernel.netfilter;

import java.util.LinkedHashMap;
import java.util.Map;

/** One iptables table (raw, mangle, nat, filter, security): its chains in listing order. */
public final class XtTable {
    public final String name;
    public final Map<String, XtChain> chains = new LinkedHashMap<>();

    public XtTable(String name) { this.name = name; }

    /** The hooks each table attaches to and its priority (NF_IP_PRI_*), in Linux's order. */
    /** The tables hooksOf() knows, in iptables' order. */
    public static final java.util.List<String> NAMES = java.util.List.of("filter", "nat", "mangle", "raw", "security");

    public static int[] hooksOf(String table) {
        return switch (table) {
            case "filter", "security" -> new int[] {1, 2, 3};
            case "nat" -> new int[] {0, 1, 3, 4};
            case "mangle" -> new int[] {0, 1, 2, 3, 4};
            case "raw" -> new int[] {0, 3};
            default -> null;
        };
    }

    /** The same as a bit mask (1 << NF_INET_*), without allocating: for the packet path. */
    public static int hookMask(String table) {
        return switch (table) {
            case "filter", "security" -> 0b01110;
            case "nat" -> 0b11011;
            case "mangle" -> 0b11111;
            case "raw" -> 0b01001;
            default -> 0;
        };
    }

    public static int priority(String table, int hook) {
        return switch (table) {
            case "raw" -> -300;
            case "mangle" -> -150;
            case "nat" -> (hook == 0 || hook == 3) ? -100 : 100;
            case "filter" -> 0;
            case "security" -> 50;
            default -> 0;
        };
    }

    public static final String[] HOOK_CHAINS = {"PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"};

    /** A table as it is when first created: its built-in chains, policy ACCEPT, no rules. */
    public static XtTable fresh(String table) {
        int[] hooks = hooksOf(table);
        if (hooks == null) return null;
        XtTable t = new XtTable(table);
        for (int h : hooks) t.chains.put(HOOK_CHAINS[h], new XtChain(HOOK_CHAINS[h], h));
        return t;
    }

    private XtChain[][] baseChains;

    /** The chains hooked at {@code hook}, in creation order; computed once per installed table. */
    public XtChain[] baseChains(int hook) {
        if (baseChains == null) {
            XtChain[][] b = new XtChain[5][];
            for (int h = 0; h < 5; h++) {
                int n = 0;
                for (XtChain c : chains.values()) if (c.hook == h) n++;
                b[h] = new XtChain[n];
                n = 0;
                for (XtChain c : chains.values()) if (c.hook == h) b[h][n++] = c;
            }
            baseChains = b;
        }
        return baseChains[hook];
    }

    public XtTable copy() {
        XtTable t = new XtTable(name);
        for (XtChain c : chains.values()) t.chains.put(c.name, c.copy());
        return t;
    }

    /** How many rules jump or go to {@code chain} (the "references" of -L). */
    public int references(String chain) {
        int n = 0;
        for (XtChain c : chains.values())
            for (XtRule r : c.rules) if (r.target instanceof JumpTarget j && j.chain().equals(chain)) n++;
        return n;
    }
}
