package linnet.kernel.ipv4;

import linnet.kernel.core.Iff;

/**
 * icmpv4_xrlim_allow: ICMP errors of the types in icmp_ratemask are limited per destination
 * to a burst of 6, then one per icmp_ratelimit ms (inet_peer_xrlim_allow); errors to a local
 * address (they go through lo) and ratelimit 0 are never limited.
 */
final class IcmpRatelimit {
    static final int XRLIM_BURST_FACTOR = 6;

    boolean allow(NetnsIpv4 ns, int type, Rtable rt) {
        if (type > 18 || ((ns.icmpRatemask.intValue() >>> type) & 1) == 0) return true;
        if (rt.dev != null && (rt.dev.flags() & Iff.LOOPBACK) != 0) return true;
        long timeout = ns.icmpRatelimit.longValue() * 1_000_000L;
        if (timeout == 0) return true;
        long now = ns.net.kernel.loop.now();
        InetPeer p = InetPeer.get(ns, rt.daddr);
        long token = p.rateTokens + now - p.rateLast;
        if (token > XRLIM_BURST_FACTOR * timeout) token = XRLIM_BURST_FACTOR * timeout;
        boolean ok = false;
        if (token >= timeout) {
            token -= timeout;
            ok = true;
        }
        p.rateTokens = token;
        p.rateLast = now;
        return ok;
    }
}
