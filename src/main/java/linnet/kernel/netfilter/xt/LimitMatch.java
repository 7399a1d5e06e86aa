package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m limit` as iptables-nft 1.8.9 installs it: not xt_limit but the native nft limit expression
 * (add_nft_limit: rate packets per unit seconds, burst), evaluated like nft_limit_pkts_eval on the
 * virtual clock in nanoseconds: a bucket of tokens_max = (unit s / rate) * burst ns, full when the
 * rule is added, each packet costing unit s / rate. A burst of 0 becomes 5 in the kernel
 * (NFT_LIMIT_PKT_BURST_DEFAULT), which is also what the listing then shows. Recorded on the kernel.
 */
public record LimitMatch(long rate, long unit, int burst, State state) implements XtMatch {
    /** XT_LIMIT_SCALE: iptables' avg is the period between packets in 1/10000 s. */
    public static final int SCALE = 10000;
    static final long NS_PER_SEC = 1_000_000_000L;

    /** The bucket (nft_limit): not part of the rule's identity, so -D finds the rule regardless. */
    public static final class State {
        long last = Long.MIN_VALUE, tokens;

        @Override
        public boolean equals(Object o) { return o instanceof State; }

        @Override
        public int hashCode() { return 0; }
    }

    public LimitMatch {
        if (burst == 0) burst = 5;
    }

    /** add_nft_limit: iptables' avg (and burst) as the rate per unit that print_rate would show. */
    public static LimitMatch of(int avg, int burst) {
        long[] mult = {SCALE * 86400L, SCALE * 3600L, SCALE * 60L, SCALE};
        long a = avg & 0xffffffffL;
        int i;
        for (i = 1; i < 4; i++) if (a > mult[i] || mult[i] / a < mult[i] % a) break;
        return new LimitMatch(mult[i - 1] / a, mult[i - 1] / SCALE, burst, new State());
    }

    /** nft_parse_limit: the avg iptables reads back (XT_LIMIT_SCALE * unit / rate). */
    public int avg() { return (int) (SCALE * unit / rate); }

    public long cost() { return unit * NS_PER_SEC / rate; }

    public long tokensMax() { return cost() * burst; }

    @Override
    public String name() { return "limit"; }

    /** nft_limit_eval at virtual time {@code now} (ns): true while under the limit. */
    public boolean match(long now) {
        State s = state;
        if (s.last == Long.MIN_VALUE) {
            // nft_limit_init: the bucket starts full (waiting longer only caps at full anyway).
            s.last = now;
            s.tokens = tokensMax();
        }
        long tokens = Math.min(s.tokens + now - s.last, tokensMax());
        s.last = now;
        long delta = tokens - cost();
        if (delta >= 0) {
            s.tokens = delta;
            return true;
        }
        s.tokens = tokens;
        return false;
    }

    @Override
    public boolean match(NfPacket p) { return match(p.net.kernel.loop.now()); }
}
