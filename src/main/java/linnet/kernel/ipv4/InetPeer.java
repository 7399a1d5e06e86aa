package linnet.kernel.ipv4;

/**
 * struct inet_peer: what this namespace remembers about one remote host, shared by the ICMP
 * error rate limit (rate_tokens) and the redirect backoff (n_redirects); both move rate_last.
 */
final class InetPeer {
    /** Tokens of inet_peer_xrlim_allow, in ns of credit. */
    long rateTokens;
    /** The last time a limited message went to (or, for redirects, was due for) this host, virtual ns. */
    long rateLast;
    /** Redirects sent to this host since it last went quiet for ip_rt_redirect_silence. */
    int nRedirects;

    /**
     * inet_getpeer_v4: the entry for {@code addr}, created on first use with rate_last a minute in
     * the past, so the first token computation starts at its maximum.
     */
    static InetPeer get(NetnsIpv4 ns, int addr) {
        return ns.peers.computeIfAbsent(addr, k -> {
            InetPeer p = new InetPeer();
            p.rateLast = ns.net.kernel.loop.now() - 60_000_000_000L;
            return p;
        });
    }
}
