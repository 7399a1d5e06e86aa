package linnet.kernel.netfilter.xt;

import linnet.kernel.core.NetDevice;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m physdev` (xt_physdev): the bridge ports a bridged packet came in on / goes out of. Names
 * ending in '+' match a prefix. {@code bitmask} says which tests are present, {@code invert}
 * which of them are negated (XT_PHYSDEV_OP_*).
 */
public record PhysdevMatch(String physIn, String physOut, int bitmask, int invert) implements XtMatch {
    public static final int OP_IN = 1, OP_OUT = 2, OP_BRIDGED = 4, OP_ISIN = 8, OP_ISOUT = 16;

    @Override
    public String name() { return "physdev"; }

    @Override
    public boolean match(NfPacket p) {
        NetDevice in = p.physIn, out = p.physOut;
        if (in == null && out == null) {
            // Not bridged: only the "is-*" tests can say anything, and only when inverted.
            if ((bitmask & OP_BRIDGED) != 0 && (invert & OP_BRIDGED) == 0) return false;
            if ((bitmask & OP_ISIN) != 0 && (invert & OP_ISIN) == 0) return false;
            if ((bitmask & OP_ISOUT) != 0 && (invert & OP_ISOUT) == 0) return false;
            if ((bitmask & OP_IN) != 0 && (invert & OP_IN) == 0) return false;
            if ((bitmask & OP_OUT) != 0 && (invert & OP_OUT) == 0) return false;
            return true;
        }
        if ((bitmask & OP_BRIDGED) != 0 && ((out != null) == ((invert & OP_BRIDGED) != 0))) return false;
        if ((bitmask & OP_ISIN) != 0 && ((in != null) == ((invert & OP_ISIN) != 0))) return false;
        if ((bitmask & OP_ISOUT) != 0 && ((out != null) == ((invert & OP_ISOUT) != 0))) return false;
        // xt_physdev_mt: the in-port test is skipped without an in port; an out-port test never
        // matches before the out port is known (PREROUTING, INPUT), inverted or not.
        if ((bitmask & OP_IN) != 0 && in != null && (nameMatches(physIn, in) == ((invert & OP_IN) != 0))) return false;
        if ((bitmask & OP_OUT) == 0) return true;
        if (out == null) return false;
        return nameMatches(physOut, out) != ((invert & OP_OUT) != 0);
    }

    private static boolean nameMatches(String rule, NetDevice dev) {
        String name = dev == null ? "" : dev.name();
        if (rule.endsWith("+")) return name.startsWith(rule.substring(0, rule.length() - 1));
        return name.equals(rule);
    }
}
