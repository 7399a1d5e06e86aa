package linnet.kernel.netfilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import linnet.kernel.core.LongMap;

/**
 * Which rules of a long chain a packet can match, found without reading the others: a blocklist
 * or a per-container chain has thousands of rules that each name one source or destination
 * address (-s A/32, -d A/32), and ipt_do_table would test every one of them per packet.
 *
 * <p>Rules are numbered as in the chain. A rule whose IP part requires one exact source address
 * (mask /32, not inverted) is filed under that address, else one requiring an exact destination
 * under that, else it is "general". For a packet, the next candidate after a position is the
 * nearest of the next rule filed under its source, under its destination, and the next general
 * rule; every rule between them requires an address the packet does not have, so it could not
 * match, and skipping it changes nothing: the candidates are tested in full and in order (first
 * match, the counters of the matching rule only, jumps and returns as before).
 */
final class ChainIndex {
    /** Shorter chains are read through: their index would cost more than it saves. */
    static int MIN_RULES = 32; // not final: a test reads the same chains through for reference
    private static final int[] NONE = new int[0];

    final int changes;
    private final int size;
    private final LongMap<int[]> bySrc = new LongMap<>(), byDst = new LongMap<>();
    private final int[] general;

    private ChainIndex(RuleList rules) {
        changes = rules.changes();
        size = rules.size();
        LongMap<List<Integer>> src = new LongMap<>(), dst = new LongMap<>();
        List<Integer> gen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            IpEntry e = rules.get(i).ip;
            if (e.srcMask() == -1 && !e.inv(IpEntry.INV_SRCIP)) add(src, e.src(), i);
            else if (e.dstMask() == -1 && !e.inv(IpEntry.INV_DSTIP)) add(dst, e.dst(), i);
            else gen.add(i);
        }
        for (List<Integer> l : src.values()) bySrc.put(keyOf(rules, l, true), toArray(l));
        for (List<Integer> l : dst.values()) byDst.put(keyOf(rules, l, false), toArray(l));
        general = toArray(gen);
    }

    /** The chain's index, rebuilt if the chain changed; null for a chain short enough to read through. */
    static ChainIndex of(XtChain c) {
        if (c.rules.size() < MIN_RULES) return null;
        ChainIndex x = c.index;
        if (x == null || x.changes != c.rules.changes()) c.index = x = new ChainIndex(c.rules);
        return x;
    }

    /** The first rule at or after {@code from} that a packet from {@code src} to {@code dst} can match, or the size. */
    int next(int from, int src, int dst) {
        int best = nextIn(general, from);
        best = Math.min(best, nextIn(orNone(bySrc.get(src & 0xffffffffL)), from));
        return Math.min(best, nextIn(orNone(byDst.get(dst & 0xffffffffL)), from));
    }

    private int nextIn(int[] a, int from) {
        int i = Arrays.binarySearch(a, from);
        if (i < 0) i = -i - 1;
        return i < a.length ? a[i] : size;
    }

    private static int[] orNone(int[] a) { return a == null ? NONE : a; }

    private static void add(LongMap<List<Integer>> m, int addr, int rule) {
        List<Integer> l = m.get(addr & 0xffffffffL);
        if (l == null) m.put(addr & 0xffffffffL, l = new ArrayList<>(1));
        l.add(rule);
    }

    private static long keyOf(RuleList rules, List<Integer> l, boolean src) {
        IpEntry e = rules.get(l.get(0)).ip;
        return (src ? e.src() : e.dst()) & 0xffffffffL;
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i);
        return a;
    }
}
