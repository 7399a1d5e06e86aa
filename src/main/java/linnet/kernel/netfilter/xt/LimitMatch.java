package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m limit --limit RATE --limit-burst N` (xt_limit): a token bucket in credits, refilled by
 * CREDITS_PER_JIFFY per jiffy of the virtual clock (HZ=250), each match costing
 * user2credits(avg), capped at user2credits(avg * burst) (u32 arithmetic, as the kernel does).
 * {@code avg} is the period between packets in 1/10000 s (XT_LIMIT_SCALE).
 */
public record LimitMatch(int avg, int burst, State state) implements XtMatch {
    public static final int SCALE = 10000, HZ = 250;
    /** POW2_BELOW32(0xFFFFFFFF / (HZ*60*60*24)) at HZ=250. */
    public static final long CREDITS_PER_JIFFY = 128;
    static final long NS_PER_JIFFY = 1_000_000_000L / HZ;

    /** xt_limit_priv: the shared bucket; not part of the rule's identity (-D finds the rule regardless). */
    public static final class State {
        long prev = Long.MIN_VALUE, credit;

        @Override
        public boolean equals(Object o) { return o instanceof State; }

        @Override
        public int hashCode() { return 0; }
    }

    public LimitMatch(int avg, int burst) { this(avg, burst, new State()); }

    @Override
    public String name() { return "limit"; }

    /** user2credits: user period (u32) to credits, dividing first where multiplying would overflow. */
    public static long user2credits(long user) {
        user &= 0xffffffffL;
        if (user > 0xffffffffL / (HZ * CREDITS_PER_JIFFY)) return ((user / SCALE) * HZ * CREDITS_PER_JIFFY) & 0xffffffffL;
        return (user * HZ * CREDITS_PER_JIFFY) / SCALE;
    }

    public long creditCap() { return user2credits((avg & 0xffffffffL) * (burst & 0xffffffffL)); }

    public long cost() { return user2credits(avg & 0xffffffffL); }

    /** limit_mt_check's overflow test: burst 0, or avg*burst wrapping below avg. */
    public boolean valid() { return burst != 0 && creditCap() >= cost(); }

    /** limit_mt at virtual time {@code nowNs}. */
    public boolean match(long nowNs) {
        long now = nowNs / NS_PER_JIFFY;
        State s = state;
        if (s.prev == Long.MIN_VALUE) {
            // limit_mt_check: the bucket starts full when the rule is added.
            s.prev = now;
            s.credit = creditCap();
        }
        s.credit += (now - s.prev) * CREDITS_PER_JIFFY;
        s.prev = now;
        long cap = creditCap();
        if (s.credit > cap) s.credit = cap;
        long cost = cost();
        if (s.credit >= cost) {
            s.credit -= cost;
            return true;
        }
        return false;
    }

    @Override
    public boolean match(NfPacket p) { return match(p.net.kernel.loop.now()); }
}
