package linnet.kernel.netfilter.xt;

import java.util.HashMap;
import java.util.Map;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * `-m hashlimit` (xt_hashlimit revision 3, hashlimit_mt_common): one token bucket per key made of
 * the fields --hashlimit-mode selects (masked source/destination address, ports; no mode: one
 * bucket), full when the key is first seen, {@code burst} packets deep, refilled at the rate; an
 * idle key is forgotten after htable-expire ms. "upto" matches while under the rate, "above"
 * matches the packets over it.
 */
public record HashlimitMatch(long avg, int burst, int mode, boolean above, int srcMask, int dstMask,
                             String tableName, long expireMs, int size, State state) implements XtMatch {
    public static final int SRCIP = 1, SRCPORT = 2, DSTIP = 4, DSTPORT = 8;

    /** The buckets: not part of the rule's identity. */
    public static final class State {
        final Map<Long, long[]> buckets = new HashMap<>();

        @Override
        public boolean equals(Object o) { return o instanceof State; }

        @Override
        public int hashCode() { return 0; }
    }

    @Override
    public String name() { return "hashlimit"; }

    /** XT_HASHLIMIT_SCALE_v2: avg is the period between packets in microseconds. */
    public static final long SCALE = 1_000_000L;

    private long cost() { return avg * 1000L; }

    private static int prefixMask(int len) { return len == 0 ? 0 : (int) (0xffffffffL << (32 - len)); }

    @Override
    public boolean match(NfPacket p) {
        byte[] b = p.buf();
        int o = p.ip();
        long key = 0;
        if ((mode & SRCIP) != 0) key ^= (Ipv4.src(b, o) & prefixMask(srcMask)) & 0xffffffffL;
        if ((mode & DSTIP) != 0) key ^= ((Ipv4.dst(b, o) & prefixMask(dstMask)) & 0xffffffffL) << 32;
        if ((mode & (SRCPORT | DSTPORT)) != 0) {
            int proto = Ipv4.protocol(b, o);
            int t = p.transport(4);
            int sport = 0, dport = 0;
            if (t >= 0 && (proto == 6 || proto == 17 || proto == 132 || proto == 33 || proto == 136)) {
                sport = ((b[t] & 0xff) << 8) | (b[t + 1] & 0xff);
                dport = ((b[t + 2] & 0xff) << 8) | (b[t + 3] & 0xff);
            }
            if ((mode & SRCPORT) != 0) key = key * 31 + sport + 0x10000L;
            if ((mode & DSTPORT) != 0) key = key * 31 + dport + 0x20000L;
        }
        long now = p.net.kernel.loop.now();
        long max = cost() * burst;
        long[] s = state.buckets.get(key);
        if (s == null || now - s[1] >= expireMs * 1_000_000L) {
            // dsthash_alloc_init + rateinfo_init: a full bucket
            s = new long[] {max, now};
            state.buckets.put(key, s);
        } else {
            // rateinfo_recalc
            s[0] = Math.min(s[0] + now - s[1], max);
            s[1] = now;
        }
        boolean under = s[0] >= cost();
        if (under) s[0] -= cost();
        return under != above;
    }
}
