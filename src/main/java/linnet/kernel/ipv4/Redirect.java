package linnet.kernel.ipv4;

import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Inet4;

/**
 * ICMP redirects, both halves of net/ipv4/route.c: a router telling a sender on the link of a
 * better first hop (ip_rt_send_redirect, with its backoff per sender), and a host taking that
 * advice as a nexthop exception (icmp_redirect -> ipv4_sk_redirect -> __ip_do_redirect).
 */
final class Redirect {
    private final Ipv4 ipv4;

    Redirect(Ipv4 ipv4) { this.ipv4 = ipv4; }

    /** ip_rt_redirect_load (HZ/50), ip_rt_redirect_silence (load << 10), ip_rt_redirect_number: init_net only, fixed here. */
    static final long LOAD = 20_000_000L, SILENCE = LOAD << 10;
    static final int NUMBER = 9;

    /** ICMP_REDIR_* codes. */
    static final int REDIR_NET = 0, REDIR_HOST = 1, REDIR_NETTOS = 2, REDIR_HOSTTOS = 3;

    // ------------------------------------------------------------------ sending (ip_forward)

    /**
     * ip_rt_send_redirect for a packet ip_forward is about to send back out of the device it came
     * in on: the sender's inet_peer gets the first redirect at once and each further one only
     * after redirect_load << n since the last; after redirect_number of them, nothing until the
     * sender has been quiet (no packet needing a redirect) for redirect_silence.
     */
    void send(SkBuff skb, Rtable rt) {
        NetnsIpv4 ns = NetnsIpv4.of(skb.dev.net());
        InDevice out = InDevice.of(rt.dev);
        if (out == null || !FibValidate.txRedirects(ns, out)) return;
        long now = ns.net.kernel.loop.now();
        InetPeer peer = InetPeer.get(ns, linnet.wire.Ipv4.src(skb.buf, skb.networkHeader));
        if (now > peer.rateLast + SILENCE) {
            peer.rateTokens = 0;
            peer.nRedirects = 0;
        }
        if (peer.nRedirects >= NUMBER) {
            peer.rateLast = now;
            return;
        }
        if (peer.nRedirects == 0 || now > peer.rateLast + (LOAD << peer.nRedirects)) {
            ipv4.icmp.send(skb, linnet.wire.Icmp.REDIRECT, REDIR_HOST, rt.nexthop());
            peer.rateLast = now;
            peer.nRedirects++;
        }
    }

    // ------------------------------------------------------------------ receiving (icmp_redirect)

    /**
     * icmp_redirect -> icmp_socket_deliver: the advice is taken only on behalf of a socket the
     * quoted packet belongs to (each raw socket of its protocol that matches, then the protocol's
     * own socket), with that socket's flow; an echo reply the kernel sent has no socket and is
     * routed with a bare flow (icmp_err -> ipv4_redirect).
     */
    void rcv(SkBuff skb, NetnsIpv4 ns, int len) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        int inner = o + linnet.wire.Icmp.HLEN;
        if (len < linnet.wire.Icmp.HLEN + linnet.wire.Ipv4.HLEN) return;
        int ihl = linnet.wire.Ipv4.ihl(b, inner);
        if (len < linnet.wire.Icmp.HLEN + ihl + 8) return;
        int proto = linnet.wire.Ipv4.protocol(b, inner);
        int isrc = linnet.wire.Ipv4.src(b, inner), idst = linnet.wire.Ipv4.dst(b, inner);
        // raw_icmp_error -> raw_err: every raw socket of the protocol bound to nothing or to the
        // quoted source, and to no device or the one the redirect came in on.
        for (RawSocket s : new java.util.ArrayList<>(ns.rawSockets)) {
            if (s.protocol != proto) continue;
            if (s.boundAddr != 0 && s.boundAddr != isrc) continue;
            if (s.boundDev != null && s.boundDev != skb.dev) continue;
            skRedirect(skb, ns, idst, isrc, s.boundDev, proto);
        }
        byte[] q = new byte[len - linnet.wire.Icmp.HLEN];
        System.arraycopy(b, inner, q, 0, q.length);
        switch (proto) {
            case linnet.wire.Ipv4.PROTO_UDP -> {
                // __udp4_lib_err: the socket the quoted datagram was sent from
                UdpSocket s = Udp.lookup(ns, isrc, linnet.wire.Udp.srcPort(b, inner + ihl), null);
                if (s != null) skRedirect(skb, ns, idst, isrc, s.boundDev, proto);
            }
            case linnet.wire.Ipv4.PROTO_TCP -> {
                // tcp_v4_err: the connection of the quoted segment (not a time-wait one)
                TcpSocket s = Tcp.lookup(ns, idst, linnet.wire.Tcp.dstPort(b, inner + ihl), isrc, linnet.wire.Tcp.srcPort(b, inner + ihl));
                if (s != null && s.state != TcpState.TIME_WAIT) skRedirect(skb, ns, idst, isrc, s.boundDev, proto);
            }
            case linnet.wire.Ipv4.PROTO_ICMP -> {
                // icmp_err: about an echo reply the kernel sent; other ICMP goes to ping sockets
                if (linnet.wire.Icmp.type(b, inner + ihl) == linnet.wire.Icmp.ECHO_REPLY) skRedirect(skb, ns, idst, isrc, null, proto);
            }
            default -> { }
        }
    }

    /** ipv4_sk_redirect / ipv4_redirect: the output route of the quoted packet's flow, then the checks. */
    private void skRedirect(SkBuff skb, NetnsIpv4 ns, int daddr, int saddr, NetDevice oif, int proto) {
        Flowi4 fl = Flowi4.output(daddr, saddr, oif == null ? 0 : oif.ifindex());
        fl.proto = proto;
        Rtable rt;
        try {
            rt = Route.output(ns, fl, oif);
        } catch (KernelException e) {
            return;
        }
        doRedirect(skb, ns, rt, fl);
    }

    /**
     * __ip_do_redirect: only the gateway the route uses may redirect it, and only to an acceptable
     * new gateway (accept_redirects; on a medium that is not shared, on the link of the old one and,
     * with secure_redirects, one of our configured gateways; otherwise any unicast address). The new
     * gateway must be resolved first: an unresolved one is only probed (neigh_event_send), so a
     * redirect takes effect at its second arrival. Then the route's next hop gets an exception for
     * the destination that lives ip_rt_gc_timeout.
     */
    void doRedirect(SkBuff skb, NetnsIpv4 ns, Rtable rt, Flowi4 fl) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        int code = linnet.wire.Icmp.code(b, o) & 7;
        if (code != REDIR_NET && code != REDIR_HOST && code != REDIR_NETTOS && code != REDIR_HOSTTOS) return;
        int newGw = linnet.wire.Icmp.gateway(b, o);
        int oldGw = linnet.wire.Ipv4.src(b, skb.networkHeader);
        if (rt.gw == 0 || rt.gw != oldGw) return;
        NetDevice dev = skb.dev;
        InDevice ind = InDevice.of(dev);
        if (ind == null) return;
        if (newGw == oldGw || !FibValidate.rxRedirects(ns, ind) || Inet4.isMulticast(newGw) || newGw == -1
                || Inet4.isZeronet(newGw))
            return;
        if (!FibValidate.sharedMedia(ns, ind)) {
            if (!Route.onLink(ind, newGw, oldGw)) return;
            if (FibValidate.secureRedirects(ns, ind) && !isGateway(ns, newGw, dev)) return;
        } else if (addrType(ns, newGw) != FibRoute.RTN_UNICAST) {
            return;
        }
        Neighbour n = ns.arp.lookup(newGw, rt.dev);
        if (n == null) n = ns.arp.create(newGw, rt.dev);
        if ((n.state & Neighbour.NUD_VALID) == 0) {
            ns.arp.eventSend(n);
            return;
        }
        Fib.Result res;
        try {
            res = ns.fib.lookup(fl);
        } catch (KernelException e) {
            return;
        }
        Fnhe.updateOrCreate(ns, res.route(), fl.daddr, newGw, 0, false, ns.net.kernel.loop.now() + Fnhe.GC_TIMEOUT);
    }

    /** ip_fib_check_default: whether some live route of the device has {@code gw} as its gateway. */
    private static boolean isGateway(NetnsIpv4 ns, int gw, NetDevice dev) {
        for (FibRoute r : ns.fib.all()) if (r.dev == dev && r.gw == gw && !r.dead()) return true;
        return false;
    }

    /**
     * inet_addr_type: the local table decides; without custom rules it shares its trie with main
     * (fib_trie_table's alias), so an unreachable or blackhole route there counts too.
     */
    private static int addrType(NetnsIpv4 ns, int addr) {
        FibTable local = ns.fib.table(FibRoute.RT_TABLE_LOCAL);
        FibRoute r = local == null ? null : local.lookup(addr, 0, 0);
        if (!ns.fib.hasCustomRules()) {
            FibTable main = ns.fib.table(FibRoute.RT_TABLE_MAIN);
            FibRoute m = main == null ? null : main.lookup(addr, 0, 0);
            if (m != null && (r == null || m.dstLen > r.dstLen)) r = m;
        }
        return r == null ? FibRoute.RTN_UNICAST : r.type;
    }
}
