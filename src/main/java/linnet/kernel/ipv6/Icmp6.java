package linnet.kernel.ipv6;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Icmpv6;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/** ICMPv6 (net/ipv6/icmp.c): echo replies, errors to the sender, delivery to raw sockets, ND dispatch. */
public final class Icmp6 {
    /** IPV6_MIN_MTU: an error quotes as much of the offending packet as fits in 1280 bytes. */
    static final int MIN_MTU = 1280;
    private final AfInet6 af;

    Icmp6(AfInet6 af) { this.af = af; }

    /** icmpv6_rcv. */
    void rcv(NetnsIpv6 ns, SkBuff skb) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int o = skb.transportHeader;
        int len = Ipv6.payloadLength(b, ip);
        linnet.kernel.core.NetnsMib mib = ns.net.mib;
        mib.icmpv6[linnet.kernel.core.NetnsMib.ICMP6_MIB_INMSGS]++;
        if (len < Icmpv6.HLEN || !Icmpv6.checksumOk(b, ip, o, len)) {
            if (len >= Icmpv6.HLEN) mib.icmpv6[linnet.kernel.core.NetnsMib.ICMP6_MIB_CSUMERRORS]++;
            mib.icmpv6[linnet.kernel.core.NetnsMib.ICMP6_MIB_INERRORS]++;
            af.drop(skb, DropReason.IP_CSUM);
            return;
        }
        int type = Icmpv6.type(b, o);
        mib.icmpv6MsgIn(type);
        switch (type) {
            case Icmpv6.ECHO_REQUEST -> echoReply(ns, skb, len);
            case Icmpv6.ECHO_REPLY -> toRaw(ns, skb);
            case Icmpv6.NEIGHBOUR_SOLICIT, Icmpv6.NEIGHBOUR_ADVERT, Icmpv6.ROUTER_SOLICIT -> af.ndisc.rcv(ns, skb, len);
            case Icmpv6.DEST_UNREACH, Icmpv6.PKT_TOOBIG, Icmpv6.TIME_EXCEED, Icmpv6.PARAMPROB -> error(ns, skb, len);
            default -> af.drop(skb, DropReason.NOT_SPECIFIED);
        }
    }

    private void toRaw(NetnsIpv6 ns, SkBuff skb) {
        for (RawSocket6 s : ns.rawSockets) {
            if (s.boundDev != null && s.boundDev.ifindex() != skb.iif) continue;
            if (skb.dev != null && skb.dev.net().kernel.tracer != null)
                skb.dev.net().kernel.tracer.step(skb, skb.dev.net(), skb.dev, linnet.kernel.core.SkbTracer.Kind.DELIVER,
                        "a raw socket (protocol 58) of a program takes a copy");
            s.rxQueue.add(skb);
        }
    }

    /** icmpv6_echo_reply: same id, seq and data, from the address that was asked. */
    private void echoReply(NetnsIpv6 ns, SkBuff skb, int len) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        byte[] src = Ipv6.src(b, ip);
        byte[] dst = Ipv6.dst(b, ip);
        byte[] msg = new byte[len];
        System.arraycopy(b, skb.transportHeader, msg, 0, len);
        Icmpv6.setType(msg, 0, Icmpv6.ECHO_REPLY);
        NetDevice in = skb.dev.net().byIndex(skb.iif);
        // what it sends now is caused by the request (the receive softirq's context tells the tracer)
        if (skb.dev.net().kernel.tracer != null)
            skb.dev.net().kernel.tracer.step(skb, skb.dev.net(), skb.dev, linnet.kernel.core.SkbTracer.Kind.ICMP,
                    "the kernel answers the echo request (an echo reply to " + Inet6.format(src) + ")");
        try {
            Ip6Route.Dst rt = Ip6Route.output(ns, src, Inet6.isLinkLocal(src) ? in : null);
            byte[] saddr = Inet6.isMulticast(dst) ? rt.saddr() : dst;
            af.output.sendTo(ns, saddr, src, rt, Ipv6.NEXTHDR_ICMP, ns.hopLimit, msg, 0, len);
        } catch (KernelException e) {
            af.drop(skb, DropReason.IP_OUTNOROUTES);
        }
    }

    /** icmpv6_notify: an error about a packet we sent goes to the raw sockets' error queues. */
    private void error(NetnsIpv6 ns, SkBuff skb, int len) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        byte[] quoted = new byte[len - Icmpv6.HLEN];
        System.arraycopy(b, o + Icmpv6.HLEN, quoted, 0, quoted.length);
        RawSocket6.ErrQueueEntry e = new RawSocket6.ErrQueueEntry(Icmpv6.type(b, o), Icmpv6.code(b, o),
                linnet.wire.Bytes.u32(b, o + 4), Ipv6.src(b, skb.networkHeader), quoted);
        for (RawSocket6 s : ns.rawSockets) s.errQueue.add(e);
    }

    /**
     * icmpv6_send: an error about {@code skb} (whose network header is its IPv6 header) back to its
     * source. Never about an ICMPv6 error, a multicast destination or an unspecified source.
     */
    public void send(SkBuff skb, int type, int code, int info) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        byte[] src = Ipv6.src(b, ip);
        byte[] dst = Ipv6.dst(b, ip);
        if (Inet6.isAny(src) || Inet6.isMulticast(src)) return;
        if (Inet6.isMulticast(dst) && type != Icmpv6.PKT_TOOBIG) return;
        if (Ipv6.nextHeader(b, ip) == Ipv6.NEXTHDR_ICMP && Icmpv6.type(b, ip + Ipv6.HLEN) < 128) return;
        NetDevice dev = skb.dev;
        if (dev == null) return;
        NetnsIpv6 ns = NetnsIpv6.of(dev.net());
        int pktLen = Math.min(Ipv6.HLEN + Ipv6.payloadLength(b, ip), MIN_MTU - Ipv6.HLEN - Icmpv6.HLEN);
        byte[] msg = new byte[Icmpv6.HLEN + pktLen];
        Icmpv6.setType(msg, 0, type);
        Icmpv6.setCode(msg, 0, code);
        linnet.wire.Bytes.put32(msg, 4, info);
        System.arraycopy(b, ip, msg, Icmpv6.HLEN, pktLen);
        try {
            Ip6Route.Dst rt = Ip6Route.output(ns, src, Inet6.isLinkLocal(src) ? dev : null);
            af.output.sendTo(ns, rt.saddr(), src, rt, Ipv6.NEXTHDR_ICMP, ns.hopLimit, msg, 0, msg.length);
        } catch (KernelException e) {
            // No way back.
        }
    }
}
