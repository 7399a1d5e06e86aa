package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetnsMib;
import linnet.kernel.core.SkBuff;
import linnet.wire.Checksum;
import linnet.wire.Ipv4;

/** The IPv4 receive path (net/ipv4/ip_input.c, ip_forward.c). */
public final class IpInput {
    private final linnet.kernel.ipv4.Ipv4 ipv4;

    IpInput(linnet.kernel.ipv4.Ipv4 ipv4) { this.ipv4 = ipv4; }

    /** ip_rcv: header checks, then PRE_ROUTING, then ip_rcv_finish. */
    void rcv(SkBuff skb) {
        if (skb.pktType == SkBuff.PACKET_OTHERHOST) {
            ipv4.drop(skb, DropReason.OTHERHOST);
            return;
        }
        byte[] b = skb.buf;
        int o = skb.data;
        long[] mib = skb.dev.net().mib.ip;
        // ip_rcv_core: every packet for this host counts (with its length, padding and all)
        mib[NetnsMib.IPSTATS_MIB_INPKTS]++;
        mib[NetnsMib.IPSTATS_MIB_INOCTETS] += skb.len;
        if (skb.len < Ipv4.HLEN || Ipv4.version(b, o) != 4 || Ipv4.ihl(b, o) < Ipv4.HLEN) {
            mib[NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            ipv4.drop(skb, DropReason.IP_INHDR);
            return;
        }
        // ECN: InNoECTPkts, InECT1Pkts, InECT0Pkts, InCEPkts by the header's two ECN bits
        mib[NetnsMib.IPSTATS_MIB_NOECTPKTS + (Ipv4.tos(b, o) & 3)]++;
        if (skb.len < Ipv4.ihl(b, o)) {
            mib[NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            ipv4.drop(skb, DropReason.IP_INHDR);
            return;
        }
        if (Checksum.compute(b, o, Ipv4.ihl(b, o)) != 0) {
            mib[NetnsMib.IPSTATS_MIB_CSUMERRORS]++;
            mib[NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            ipv4.drop(skb, DropReason.IP_CSUM);
            return;
        }
        int tot = Ipv4.totalLength(b, o);
        if (tot > skb.len) {
            mib[NetnsMib.IPSTATS_MIB_INTRUNCATEDPKTS]++;
            ipv4.drop(skb, DropReason.PKT_TOO_SMALL);
            return;
        }
        if (tot < Ipv4.ihl(b, o)) {
            mib[NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            ipv4.drop(skb, DropReason.IP_INHDR);
            return;
        }
        skb.len = tot;
        skb.networkHeader = o;
        skb.transportHeader = o + Ipv4.ihl(b, o);
        if (!ipv4.nfHook(linnet.kernel.ipv4.Ipv4.NF_INET_PRE_ROUTING, skb, skb.dev, null)) return;
        rcvFinish(skb);
    }

    /** ip_rcv_finish: route the packet, then deliver or forward. */
    void rcvFinish(SkBuff skb) {
        NetDevice dev = skb.dev;
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        Rtable rt;
        try {
            // the flow keys policy rules may select on: mark, tos, protocol and (TCP/UDP) ports
            int proto = Ipv4.protocol(b, o), sport = 0, dport = 0;
            boolean first = Ipv4.fragOffset(b, o) == 0;
            if (first && (proto == Ipv4.PROTO_TCP || proto == Ipv4.PROTO_UDP) && skb.len >= Ipv4.ihl(b, o) + 4) {
                int t = o + Ipv4.ihl(b, o);
                sport = ((b[t] & 0xff) << 8) | (b[t + 1] & 0xff);
                dport = ((b[t + 2] & 0xff) << 8) | (b[t + 3] & 0xff);
            }
            rt = Route.input(ns, Ipv4.dst(b, o), Ipv4.src(b, o), dev, skb.mark, Ipv4.tos(b, o), proto, sport, dport);
        } catch (KernelException e) {
            if (e == Route.RPFILTER) {
                // ip_rcv_finish_core's drop_error: a reverse-path failure is counted (TcpExt
                // IPReversePathFilter) and dropped, no ICMP
                dev.net().mib.net[linnet.kernel.core.LinuxMib.IPRPFILTER]++;
                ipv4.drop(skb, DropReason.IP_RPFILTER);
                return;
            }
            ipError(skb, ns, e.errno);
            return;
        }
        skb.dst = rt;
        if (ipv4.kernel.tracer != null)
            ipv4.kernel.tracer.step(skb, dev.net(), dev, linnet.kernel.core.SkbTracer.Kind.ROUTE, "input: "
                    + (rt.type == FibRoute.RTN_UNICAST ? "forward " : "") + rt.describe());
        long[] mib = dev.net().mib.ip;
        if (rt.type == FibRoute.RTN_MULTICAST) {
            mib[NetnsMib.IPSTATS_MIB_INMCASTPKTS]++;
            mib[NetnsMib.IPSTATS_MIB_INMCASTOCTETS] += skb.len;
        } else if (rt.type == FibRoute.RTN_BROADCAST) {
            mib[NetnsMib.IPSTATS_MIB_INBCASTPKTS]++;
            mib[NetnsMib.IPSTATS_MIB_INBCASTOCTETS] += skb.len;
        }
        switch (rt.type) {
            case FibRoute.RTN_LOCAL, FibRoute.RTN_BROADCAST -> localDeliver(skb, rt);
            // ip_route_input_mc: RTCF_LOCAL for a group a socket of this host joined (a vxlan's group)
            case FibRoute.RTN_MULTICAST -> {
                if (Igmp.joined(dev, Ipv4.dst(b, o))) localDeliver(skb, rt);
                else ipv4.drop(skb, DropReason.IP_INNOROUTES);
            }
            case FibRoute.RTN_UNICAST -> forward(skb, rt, ns);
            default -> ipv4.drop(skb, DropReason.IP_INNOROUTES);
        }
    }

    /** ip_error: silent unless the ingress interface forwards, then an ICMP unreachable. */
    private void ipError(SkBuff skb, NetnsIpv4 ns, Errno err) {
        InDevice in = InDevice.of(skb.dev);
        if (ipv4.kernel.tracer != null) traceError(skb, ns, in, err);
        long[] mib = ns.net.mib.ip;
        if (in == null || !Route.forwarding(ns, in)) {
            // not a router: the address is wrong (InAddrErrors), or there is no route (InNoRoutes)
            if (err == Errno.EHOSTUNREACH) mib[NetnsMib.IPSTATS_MIB_INADDRERRORS]++;
            else if (err == Errno.ENETUNREACH) mib[NetnsMib.IPSTATS_MIB_INNOROUTES]++;
            ipv4.drop(skb, err == Errno.EHOSTUNREACH ? DropReason.IP_INADDRERRORS : DropReason.IP_INNOROUTES);
            return;
        }
        if (err == Errno.ENETUNREACH) mib[NetnsMib.IPSTATS_MIB_INNOROUTES]++;
        int code;
        switch (err) {
            case EHOSTUNREACH -> code = linnet.wire.Icmp.HOST_UNREACH;
            case ENETUNREACH -> code = linnet.wire.Icmp.NET_UNREACH;
            case EACCES -> code = linnet.wire.Icmp.PKT_FILTERED;
            default -> {
                ipv4.drop(skb, DropReason.IP_INNOROUTES);
                return;
            }
        }
        // ip_error's own token bucket on the sender's inet_peer (ip_rt_error_cost = 1 s per error,
        // ip_rt_error_burst = 5 s): the same rate_tokens the ICMP rate limit draws from next, so
        // each error sent costs both.
        InetPeer peer = InetPeer.get(ns, Ipv4.src(skb.buf, skb.networkHeader));
        long now = ns.net.kernel.loop.now();
        peer.rateTokens += now - peer.rateLast;
        if (peer.rateTokens > IP_RT_ERROR_BURST) peer.rateTokens = IP_RT_ERROR_BURST;
        peer.rateLast = now;
        boolean send = peer.rateTokens >= IP_RT_ERROR_COST;
        if (send) peer.rateTokens -= IP_RT_ERROR_COST;
        if (send) ipv4.icmp.send(skb, linnet.wire.Icmp.DEST_UNREACH, code, 0);
        ipv4.drop(skb, DropReason.IP_INNOROUTES);
    }

    /** Why the input route failed, in words, for a tracer: forwarding off, no route, a martian. */
    private void traceError(SkBuff skb, NetnsIpv4 ns, InDevice in, Errno err) {
        String dst = linnet.wire.Inet4.format(Ipv4.dst(skb.buf, skb.networkHeader));
        String text;
        if (in != null && !Route.forwarding(ns, in) && err == Errno.EHOSTUNREACH)
            text = "input: " + dst + " is not a local address and " + skb.dev.name()
                    + " does not forward (net.ipv4.conf." + skb.dev.name() + ".forwarding = 0; net.ipv4.ip_forward = "
                    + ns.all.forwarding() + ")";
        else if (err == Errno.ENETUNREACH || err == Errno.EHOSTUNREACH) text = "input: no route to " + dst;
        else if (err == Errno.EACCES) text = "input: " + dst + " is a prohibit route";
        else text = "input: refused (" + err + ": a martian source or destination)";
        ipv4.kernel.tracer.step(skb, ns.net, skb.dev, linnet.kernel.core.SkbTracer.Kind.ROUTE, text);
    }

    /** ip_rt_error_cost (HZ) and ip_rt_error_burst (5 * HZ), in virtual ns. */
    static final long IP_RT_ERROR_COST = 1_000_000_000L, IP_RT_ERROR_BURST = 5 * IP_RT_ERROR_COST;

    /** ip_local_deliver: LOCAL_IN, then raw sockets and the protocol handler. */
    void localDeliver(SkBuff skb, Rtable rt) {
        if (Ipv4.moreFragments(skb.buf, skb.networkHeader) || Ipv4.fragOffset(skb.buf, skb.networkHeader) != 0) {
            skb = NetnsIpv4.of(skb.dev.net()).frags.add(skb, skb.dev.net().mib.ip);
            if (skb == null) return;
        }
        if (!ipv4.nfHook(linnet.kernel.ipv4.Ipv4.NF_INET_LOCAL_IN, skb, skb.dev, null)) return;
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        int proto = Ipv4.protocol(b, o);
        NetnsIpv4 ns = NetnsIpv4.of(skb.dev.net());
        boolean raw = false;
        for (RawSocket s : ns.rawSockets) {
            if (s.protocol != proto || !s.matches(skb, Ipv4.dst(b, o), skb.iif)) continue;
            if (proto == Ipv4.PROTO_ICMP) {
                int t = linnet.wire.Icmp.type(b, skb.transportHeader);
                if (t < 32 && ((s.icmpFilter >>> t) & 1) != 0) continue;
            }
            raw = true;
            SkBuff c = skb.copy();
            s.rxQueue.add(c);
            if (ipv4.kernel.tracer != null)
                ipv4.kernel.tracer.step(skb, ns.net, skb.dev, linnet.kernel.core.SkbTracer.Kind.DELIVER,
                        "a raw socket (protocol " + proto + ") of a program takes a copy");
        }
        // ip_protocol_deliver_rcu: InDelivers for whatever a protocol (or only a raw socket) took,
        // even a datagram UDP answers with a port unreachable
        long[] mib = ns.net.mib.ip;
        switch (proto) {
            case Ipv4.PROTO_ICMP -> {
                ipv4.icmp.rcv(skb, rt);
                mib[NetnsMib.IPSTATS_MIB_INDELIVERS]++;
            }
            default -> {
                if (ipv4.l4Rcv(skb, rt, proto) || raw) {
                    mib[NetnsMib.IPSTATS_MIB_INDELIVERS]++;
                } else {
                    mib[NetnsMib.IPSTATS_MIB_INUNKNOWNPROTOS]++;
                    ipv4.icmp.send(skb, linnet.wire.Icmp.DEST_UNREACH, linnet.wire.Icmp.PROT_UNREACH, 0);
                }
            }
        }
    }

    /** ip_forward: TTL, FORWARD, MTU, then out. */
    void forward(SkBuff skb, Rtable rt, NetnsIpv4 ns) {
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        if (skb.pktType != SkBuff.PACKET_HOST) {
            ipv4.drop(skb, DropReason.OTHERHOST);
            return;
        }
        if (Ipv4.ttl(b, o) <= 1) {
            // too_many_hops
            ns.net.mib.ip[NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            ipv4.icmp.send(skb, linnet.wire.Icmp.TIME_EXCEEDED, linnet.wire.Icmp.EXC_TTL, 0);
            ipv4.drop(skb, DropReason.TTL_EXPIRED);
            return;
        }
        int mtu = rt.mtu();
        if (Ipv4.totalLength(b, o) > mtu && Ipv4.dontFragment(b, o)) {
            ns.net.mib.ip[NetnsMib.IPSTATS_MIB_FRAGFAILS]++;
            ipv4.icmp.send(skb, linnet.wire.Icmp.DEST_UNREACH, linnet.wire.Icmp.FRAG_NEEDED, mtu);
            ipv4.drop(skb, DropReason.PKT_TOO_BIG);
            return;
        }
        // IPSKB_DOREDIRECT: back out of the device it came in on, to a sender on that link
        if (rt.redirect) ipv4.redirect.send(skb, rt);
        Ipv4.decTtl(b, o);
        NetDevice in = skb.dev;
        if (!ipv4.nfHook(linnet.kernel.ipv4.Ipv4.NF_INET_FORWARD, skb, in, rt.dev)) return;
        skb.pktType = SkBuff.PACKET_OUTGOING;
        // ip_forward_finish
        ns.net.mib.ip[NetnsMib.IPSTATS_MIB_OUTFORWDATAGRAMS]++;
        ipv4.output.output(skb, rt);
    }
}
