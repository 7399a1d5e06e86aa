package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Checksum;
import linnet.wire.Inet4;

/** ICMP (net/ipv4/icmp.c): echo replies, errors sent (with rate limiting) and errors received. */
public final class Icmp {
    private final Ipv4 ipv4;

    Icmp(Ipv4 ipv4) { this.ipv4 = ipv4; }

    /** icmp_rcv: the packet is at its ICMP header; raw sockets already had their copy. */
    void rcv(SkBuff skb, Rtable rt) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        int ip = skb.networkHeader;
        int len = linnet.wire.Ipv4.totalLength(b, ip) - linnet.wire.Ipv4.ihl(b, ip);
        linnet.kernel.core.NetnsMib mib = skb.dev.net().mib;
        mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_INMSGS]++;
        if (Checksum.compute(b, o, len) != 0) {
            mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_CSUMERRORS]++;
            mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_INERRORS]++;
            ipv4.drop(skb, DropReason.IP_CSUM);
            return;
        }
        if (len < linnet.wire.Icmp.HLEN) {
            mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_INERRORS]++;
            ipv4.drop(skb, DropReason.PKT_TOO_SMALL);
            return;
        }
        NetnsIpv4 ns = NetnsIpv4.of(skb.dev.net());
        int type = linnet.wire.Icmp.type(b, o);
        mib.icmpMsgIn(type);
        // NR_ICMP_TYPES is 18; then to a broadcast or multicast address only echo, timestamp and
        // address-mask messages are taken, and echo/timestamp only if not ignored: else an InError
        boolean bcast = rt.type == FibRoute.RTN_BROADCAST || rt.type == FibRoute.RTN_MULTICAST;
        if (type > 18 || (bcast && (((type == linnet.wire.Icmp.ECHO_REQUEST || type == 13)
                && ns.icmpEchoIgnoreBroadcasts.intValue() != 0)
                || (type != linnet.wire.Icmp.ECHO_REQUEST && type != 13 && type != 17 && type != 18)))) {
            mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_INERRORS]++;
            ipv4.drop(skb, DropReason.UNHANDLED_PROTO);
            return;
        }
        switch (type) {
            case linnet.wire.Icmp.ECHO_REQUEST -> {
                if (ns.icmpEchoIgnoreAll.intValue() != 0) {
                    trace(skb, "echo request ignored: net.ipv4.icmp_echo_ignore_all = 1");
                    return;
                }
                echo(skb, rt, ns, len);
            }
            case linnet.wire.Icmp.DEST_UNREACH, linnet.wire.Icmp.TIME_EXCEEDED, linnet.wire.Icmp.PARAMETER_PROB,
                    linnet.wire.Icmp.SOURCE_QUENCH -> unreach(skb, ns, len);
            case linnet.wire.Icmp.REDIRECT -> ipv4.redirect.rcv(skb, ns, len);
            default -> { }
        }
    }

    /** icmp_echo + icmp_reply: the same payload back, from the address it was sent to. */
    private void echo(SkBuff skb, Rtable rt, NetnsIpv4 ns, int len) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int saddr = linnet.wire.Ipv4.dst(b, ip);
        int daddr = linnet.wire.Ipv4.src(b, ip);
        if (rt.type != FibRoute.RTN_LOCAL) saddr = 0;
        byte[] payload = new byte[len];
        System.arraycopy(b, skb.transportHeader, payload, 0, len);
        linnet.wire.Icmp.setType(payload, 0, linnet.wire.Icmp.ECHO_REPLY);
        linnet.wire.Icmp.setCode(payload, 0, 0);
        linnet.wire.Icmp.fillChecksum(payload, 0, len);
        try {
            // icmp_reply's flow: ICMP, the reply's type and code in the port slot (0 for an echo reply)
            Rtable out = Route.output(ns, daddr, saddr, null, linnet.wire.Ipv4.PROTO_ICMP, 0, 0);
            SkBuff r = ipv4.output.build(ns, out, linnet.wire.Ipv4.PROTO_ICMP, payload, 0, len, ipv4.defaultTtl(ns),
                    linnet.wire.Ipv4.tos(b, ip), false);
            r.sk = linnet.kernel.core.SockOwner.KERNEL;
            if (ipv4.kernel.tracer != null) {
                trace(skb, "the kernel answers the echo request (an echo reply to " + Inet4.format(daddr) + ")");
                ipv4.kernel.tracer.caused(skb, r, "echo reply");
            }
            // icmp_push_reply goes out through ip_push_pending_frames -> ip_send_skb
            ipv4.output.sendSkb(ns, r, out);
        } catch (KernelException e) {
            // No route back: the reply is dropped, like icmp_reply's failed ip_route_output_key.
            if (ipv4.kernel.tracer != null)
                ipv4.kernel.tracer.drop(skb, ns.net, skb.dev, DropReason.IP_OUTNOROUTES,
                        "no route back to " + Inet4.format(daddr) + " for the echo reply");
        }
    }

    /** icmp_unreach: an error about one of our packets; raw sockets with IP_RECVERR queue it. */
    private void unreach(SkBuff skb, NetnsIpv4 ns, int len) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        if (len < linnet.wire.Icmp.HLEN + linnet.wire.Ipv4.HLEN
                || linnet.wire.Ipv4.ihl(b, o + linnet.wire.Icmp.HLEN) < linnet.wire.Ipv4.HLEN) {
            // icmp_unreach's out_err: too short to quote an IP header
            ns.net.mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_INERRORS]++;
            return;
        }
        int inner = o + linnet.wire.Icmp.HLEN;
        int type = linnet.wire.Icmp.type(b, o), code = linnet.wire.Icmp.code(b, o);
        int proto = linnet.wire.Ipv4.protocol(b, inner);
        int info = type == linnet.wire.Icmp.DEST_UNREACH && code == linnet.wire.Icmp.FRAG_NEEDED ? linnet.wire.Icmp.mtu(b, o) : 0;
        if (info != 0) ipv4.output.learnPmtu(ns, linnet.wire.Ipv4.dst(b, inner), info);
        byte[] payload = new byte[len - linnet.wire.Icmp.HLEN];
        System.arraycopy(b, inner, payload, 0, payload.length);
        int offender = linnet.wire.Ipv4.src(b, skb.networkHeader);
        int quotedSaddr = linnet.wire.Ipv4.src(b, inner);
        int dif = skb.dev == null ? 0 : skb.dev.ifindex();
        for (RawSocket s : ns.rawSockets) {
            // raw_err: a source quench is no error for a raw socket
            if (s.protocol != proto || !s.recvErr || type == linnet.wire.Icmp.SOURCE_QUENCH) continue;
            if (!s.matchesError(quotedSaddr, dif)) continue;
            s.errQueue.add(new RawSocket.ErrQueueEntry(RawSocket.SO_EE_ORIGIN_ICMP, type, code, info, offender, payload));
        }
        ipv4.l4Error(ns, proto, type, code, info, offender, payload);
    }

    /** dst_link_failure for a packet whose neighbour never resolved: host unreachable to its sender. */
    void linkFailure(SkBuff skb) {
        send(skb, linnet.wire.Icmp.DEST_UNREACH, linnet.wire.Icmp.HOST_UNREACH, 0);
    }

    /**
     * icmp_send: an error about {@code skbIn} (its network header must be set) back to its source.
     * Never about ICMP errors, fragments or broadcasts; rate limited per destination.
     */
    public void send(SkBuff skbIn, int type, int code, int info) {
        byte[] b = skbIn.buf;
        int ip = skbIn.networkHeader;
        NetDevice dev = skbIn.dev;
        if (dev == null) return;
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        int src = linnet.wire.Ipv4.src(b, ip), dst = linnet.wire.Ipv4.dst(b, ip);
        if (skbIn.pktType != SkBuff.PACKET_HOST && skbIn.pktType != SkBuff.PACKET_OUTGOING && skbIn.pktType != SkBuff.PACKET_LOOPBACK)
            return;
        if (src == 0 || Inet4.isMulticast(dst) || dst == -1 || Inet4.isMulticast(src)) return;
        if (linnet.wire.Ipv4.fragOffset(b, ip) != 0) return;
        if (linnet.wire.Ipv4.protocol(b, ip) == linnet.wire.Ipv4.PROTO_ICMP) {
            int it = linnet.wire.Icmp.type(b, ip + linnet.wire.Ipv4.ihl(b, ip));
            if (it != linnet.wire.Icmp.ECHO_REQUEST && it != linnet.wire.Icmp.ECHO_REPLY && it != 13 && it != 14) return;
        }
        int saddr = Devinet.isLocal(ns, dst) ? dst : 0;
        if (saddr == 0 && skbIn.iif != 0) {
            NetDevice in = dev.net().byIndex(skbIn.iif);
            if (in != null && ns.errorsUseInboundIfaddr.intValue() != 0) saddr = Devinet.selectAddr(in, src, InIfaddr.SCOPE_LINK);
        }
        Rtable rt;
        try {
            // icmp_route_lookup: an ICMP flow whose "destination port" is the error's type and code
            rt = Route.output(ns, src, saddr, null, linnet.wire.Ipv4.PROTO_ICMP, 0, (type << 8) | code);
        } catch (KernelException e) {
            trace(skbIn, "no ICMP " + errorName(type, code) + " sent: no route back to " + Inet4.format(src));
            return;
        }
        if (!ipv4.ratelimit.allow(ns, type, rt)) {
            ns.net.mib.icmp[linnet.kernel.core.NetnsMib.ICMP_MIB_RATELIMITHOST]++;
            trace(skbIn, "no ICMP " + errorName(type, code) + " sent: rate-limited (net.ipv4.icmp_ratelimit)");
            return;
        }
        int ihl = linnet.wire.Ipv4.ihl(b, ip);
        int origLen = Math.min(linnet.wire.Ipv4.totalLength(b, ip), skbIn.len + (skbIn.data - ip));
        // Quote as much of the original as fits in 576 bytes (RFC 1812 4.3.2.3).
        int quote = Math.min(origLen, 576 - linnet.wire.Ipv4.HLEN - linnet.wire.Icmp.HLEN);
        if (quote < ihl) return;
        byte[] msg = new byte[linnet.wire.Icmp.HLEN + quote];
        linnet.wire.Icmp.setType(msg, 0, type);
        linnet.wire.Icmp.setCode(msg, 0, code);
        if (type == linnet.wire.Icmp.DEST_UNREACH && code == linnet.wire.Icmp.FRAG_NEEDED) linnet.wire.Icmp.setMtu(msg, 0, info);
        else if (type == linnet.wire.Icmp.PARAMETER_PROB) msg[4] = (byte) info;
        else if (type == linnet.wire.Icmp.REDIRECT) linnet.wire.Icmp.setGateway(msg, 0, info);
        System.arraycopy(b, ip, msg, linnet.wire.Icmp.HLEN, quote);
        linnet.wire.Icmp.fillChecksum(msg, 0, msg.length);
        int tos = (linnet.wire.Ipv4.tos(b, ip) & 0x1e) | 0xc0;
        SkBuff err = ipv4.output.build(ns, rt, linnet.wire.Ipv4.PROTO_ICMP, msg, 0, msg.length, ipv4.defaultTtl(ns), tos, false);
        err.sk = linnet.kernel.core.SockOwner.KERNEL;
        if (ipv4.kernel.tracer != null) {
            trace(skbIn, "ICMP " + errorName(type, code) + " sent to " + Inet4.format(src));
            ipv4.kernel.tracer.caused(skbIn, err, "ICMP " + errorName(type, code));
        }
        // nf_ct_attach: the error belongs to the offending packet's connection (RELATED), even an
        // unconfirmed one, so NAT can translate the packet it quotes back.
        if (skbIn.nfct instanceof linnet.kernel.netfilter.NfConn) {
            err.nfct = skbIn.nfct;
            err.nfctinfo = linnet.kernel.netfilter.NfConn.relatedTo(skbIn.nfctinfo);
        }
        ipv4.output.sendSkb(ns, err, rt);
    }

    static boolean isLoopback(NetDevice d) { return (d.flags() & Iff.LOOPBACK) != 0; }

    private void trace(SkBuff skb, String text) {
        if (ipv4.kernel.tracer != null && skb.dev != null)
            ipv4.kernel.tracer.step(skb, skb.dev.net(), skb.dev, linnet.kernel.core.SkbTracer.Kind.ICMP, text);
    }

    /** An ICMP error's name as tcpdump words it. */
    static String errorName(int type, int code) {
        return switch (type) {
            case linnet.wire.Icmp.DEST_UNREACH -> switch (code) {
                case linnet.wire.Icmp.NET_UNREACH -> "net unreachable";
                case linnet.wire.Icmp.HOST_UNREACH -> "host unreachable";
                case linnet.wire.Icmp.PROT_UNREACH -> "protocol unreachable";
                case linnet.wire.Icmp.PORT_UNREACH -> "port unreachable";
                case linnet.wire.Icmp.FRAG_NEEDED -> "fragmentation needed";
                case linnet.wire.Icmp.PKT_FILTERED -> "administratively prohibited";
                default -> "destination unreachable (code " + code + ")";
            };
            case linnet.wire.Icmp.TIME_EXCEEDED -> "time exceeded in-transit";
            case linnet.wire.Icmp.REDIRECT -> "redirect";
            case linnet.wire.Icmp.PARAMETER_PROB -> "parameter problem";
            default -> "type " + type + " code " + code;
        };
    }
}
