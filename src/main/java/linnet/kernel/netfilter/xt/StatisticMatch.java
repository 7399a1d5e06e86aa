package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m statistic` (xt_statistic, statistic_mt): nth mode counts packets in a shared counter that
 * wraps at every-1 (starting at every-1-packet), matching when it wraps to 0; random mode draws
 * 31 random bits against probability * 2^31.
 */
public record StatisticMatch(boolean nth, int every, int packet, long probability, boolean invert, Counter counter)
        implements XtMatch {
    /** info->master->count (not part of the rule's identity). */
    public static final class Counter {
        int count = -1;

        @Override
        public boolean equals(Object o) { return o instanceof Counter; }

        @Override
        public int hashCode() { return 0; }
    }

    @Override
    public String name() { return "statistic"; }

    @Override
    public boolean match(NfPacket p) {
        boolean ret = invert;
        if (nth) {
            int e = every - 1;
            if (counter.count < 0) counter.count = e - packet;
            counter.count = counter.count == e ? 0 : counter.count + 1;
            if (counter.count == 0) ret = !ret;
        } else {
            long r = p.net.kernel.rng.nextInt(1 << 30) & 0x3fffffffL;
            r = (r << 1) | (p.net.kernel.rng.nextInt(2));
            if (r < probability) ret = !ret;
        }
        return ret;
    }
}
