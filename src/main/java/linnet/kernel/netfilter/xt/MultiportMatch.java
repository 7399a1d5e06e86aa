package linnet.kernel.netfilter.xt;

import java.util.List;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Bytes;

/**
 * `-m multiport` (xt_multiport revision 1): up to 15 ports or port ranges on the source, the
 * destination, or either side. {@code ranges} holds [lo, hi] pairs (lo == hi for a single port).
 */
public record MultiportMatch(int flags, List<int[]> ranges, boolean invert) implements XtMatch {
    /** XT_MULTIPORT_*. */
    public static final int SOURCE = 0, DESTINATION = 1, EITHER = 2;

    public MultiportMatch {
        ranges = List.copyOf(ranges);
    }

    @Override
    public String name() { return "multiport"; }

    @Override
    public boolean match(NfPacket p) {
        int t = p.transport(4);
        if (t < 0) return false;
        byte[] b = p.buf();
        int sp = Bytes.u16(b, t), dp = Bytes.u16(b, t + 2);
        for (int[] r : ranges) {
            boolean s = sp >= r[0] && sp <= r[1], d = dp >= r[0] && dp <= r[1];
            boolean hit = switch (flags) {
                case SOURCE -> s;
                case DESTINATION -> d;
                default -> s || d;
            };
            if (hit) return !invert;
        }
        return invert;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MultiportMatch m) || m.flags != flags || m.invert != invert || m.ranges.size() != ranges.size())
            return false;
        for (int i = 0; i < ranges.size(); i++)
            if (!java.util.Arrays.equals(ranges.get(i), m.ranges.get(i))) return false;
        return true;
    }

    @Override
    public int hashCode() { return flags * 31 + ranges.size(); }
}
