package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.rtnl.NfRtnl;

/**
 * The words iptables' parser accepts, from its own tables and the kernel's, for the interactive
 * shell's completion: tables, a table's chains (read through the same door iptables -L uses),
 * targets and matches.
 */
public final class IptWords {
    private IptWords() {}

    public static List<String> tables() { return XtTable.NAMES; }

    /** The chains of {@code table} in {@code net}: its built-in ones, then those a user made. */
    public static List<String> chains(Net net, String table) {
        List<String> out = new ArrayList<>();
        int[] hooks = XtTable.hooksOf(table);
        if (hooks == null) return out;
        for (int h : hooks) out.add(XtTable.HOOK_CHAINS[h]);
        XtTable t = NfRtnl.table(net, table);
        if (t != null) for (String c : t.chains.keySet()) if (!out.contains(c)) out.add(c);
        return out;
    }

    /** What -j may name: the targets this iptables has, then the user chains of the table. */
    public static List<String> targets(Net net, String table) {
        List<String> out = new ArrayList<>(Extensions.TARGETS);
        List<String> builtin = new ArrayList<>();
        int[] hooks = XtTable.hooksOf(table);
        if (hooks != null) for (int h : hooks) builtin.add(XtTable.HOOK_CHAINS[h]);
        for (String c : chains(net, table)) if (!builtin.contains(c)) out.add(c);
        return out;
    }

    public static List<String> matches() { return Extensions.MATCHES; }
}
