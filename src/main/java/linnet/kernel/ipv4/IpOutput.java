package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Ipv4Repr;

/** The IPv4 output path (net/ipv4/ip_output.c): build, LOCAL_OUT, POST_ROUTING, neighbour. */
public final class IpOutput {
    private final Ipv4 ipv4;

    IpOutput(Ipv4 ipv4) { this.ipv4 = ipv4; }

    /** Builds an IPv4 packet around {@code payload} and sends it along {@code rt} (ip_build_and_send_pkt). */
    public SkBuff sendPacket(NetnsIpv4 ns, Rtable rt, int proto, byte[] payload, int off, int len, int ttl, int tos, boolean df) {
        return sendPacket(ns, rt, proto, payload, off, len, ttl, tos, df, linnet.kernel.core.SockOwner.KERNEL);
    }

    /** The same on behalf of socket {@code sk} (skb->sk: a user socket, or the kernel's control socket). */
    public SkBuff sendPacket(NetnsIpv4 ns, Rtable rt, int proto, byte[] payload, int off, int len, int ttl, int tos, boolean df,
                             linnet.kernel.core.SockOwner sk) {
        SkBuff skb = build(ns, rt, proto, payload, off, len, ttl, tos, df);
        skb.sk = sk;
        localOut(skb, rt);
        return skb;
    }

    /**
     * The same for a socket's sendmsg: false when LOCAL_OUT dropped the packet (NF_DROP, which
     * ip_local_out turns into -EPERM for the caller).
     */
    public boolean send(NetnsIpv4 ns, Rtable rt, int proto, byte[] payload, int off, int len, int ttl, int tos, boolean df) {
        return sendmsg(ns, rt, proto, payload, off, len, ttl, tos, df) == null;
    }

    /**
     * ip_send_skb's answer to a raw socket's sendmsg: null when the packet went (or waits for its neighbour),
     * EPERM when netfilter dropped it, ENOBUFS when the device's qdisc dropped it (net_xmit_errno).
     */
    public linnet.kernel.core.Errno sendmsg(NetnsIpv4 ns, Rtable rt, int proto, byte[] payload, int off, int len, int ttl,
                                            int tos, boolean df) {
        SkBuff skb = build(ns, rt, proto, payload, off, len, ttl, tos, df);
        skb.sk = linnet.kernel.core.SockOwner.ROOT;
        return sendSkb(ns, skb, rt);
    }

    /**
     * ip_send_skb: LOCAL_OUT and on; a packet netfilter dropped (-EPERM) or the qdisc refused
     * (-ENOBUFS) is an OutDiscard. The answer is that errno, or null.
     */
    public linnet.kernel.core.Errno sendSkb(NetnsIpv4 ns, SkBuff skb, Rtable rt) {
        linnet.kernel.core.Errno err = null;
        if (!localOut(skb, rt)) err = linnet.kernel.core.Errno.EPERM;
        else if (skb.xmitRc == linnet.kernel.core.Qdisc.NET_XMIT_DROP) err = linnet.kernel.core.Errno.ENOBUFS;
        if (err != null) ns.net.mib.ip[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTDISCARDS]++;
        return err;
    }

    SkBuff build(NetnsIpv4 ns, Rtable rt, int proto, byte[] payload, int off, int len, int ttl, int tos, boolean df) {
        SkBuff skb = SkBuff.alloc(linnet.wire.Ipv4.HLEN + len);
        int ip = skb.data;
        int id = df ? 0 : nextId(ns);
        new Ipv4Repr(rt.saddr, rt.daddr, proto, ttl, tos, id, df, len).emit(skb.buf, ip);
        System.arraycopy(payload, off, skb.buf, ip + linnet.wire.Ipv4.HLEN, len);
        skb.networkHeader = ip;
        skb.transportHeader = ip + linnet.wire.Ipv4.HLEN;
        skb.protocol = Ethernet.P_IP;
        skb.pktType = SkBuff.PACKET_OUTGOING;
        skb.dst = rt;
        skb.dev = rt.dev;
        // __ip_make_skb: an ICMP message is counted by its type when it is made, before LOCAL_OUT
        if (proto == linnet.wire.Ipv4.PROTO_ICMP && len > 0) ns.net.mib.icmpOutCount(payload[off] & 0xff);
        return skb;
    }

    int nextId(NetnsIpv4 ns) { return (ns.nextId++) & 0xffff; }

    /** ip_local_out: LOCAL_OUT, then dst_output; false when netfilter dropped the packet (-EPERM). */
    public boolean localOut(SkBuff skb, Rtable rt) {
        // __ip_local_out: every locally made packet is an OutRequest, whatever LOCAL_OUT does to it
        if (rt.dev != null) rt.dev.net().mib.ip[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTREQUESTS]++;
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int mark = skb.mark, saddr = linnet.wire.Ipv4.src(b, ip), daddr = linnet.wire.Ipv4.dst(b, ip),
                tos = linnet.wire.Ipv4.tos(b, ip);
        if (ipv4.kernel.tracer != null && rt.dev != null)
            ipv4.kernel.tracer.step(skb, rt.dev.net(), rt.dev, linnet.kernel.core.SkbTracer.Kind.ROUTE, "output: " + rt.describe());
        if (!ipv4.nfHook(Ipv4.NF_INET_LOCAL_OUT, skb, null, rt.dev)) return false;
        if (skb.mark != mark || linnet.wire.Ipv4.src(b, ip) != saddr || linnet.wire.Ipv4.dst(b, ip) != daddr
                || linnet.wire.Ipv4.tos(b, ip) != tos) {
            // ipt_mangle_out / nf_nat_ipv4_local_fn: a changed mark or address re-routes the packet
            Rtable nrt = routeMeHarder(skb);
            if (nrt == null) {
                ipv4.drop(skb, DropReason.IP_OUTNOROUTES);
                return false;
            }
            rt = nrt;
            skb.dst = rt;
        }
        output(skb, rt);
        return true;
    }

    /** ip_route_me_harder: a new output lookup from the packet's header and mark (any source allowed). */
    private static Rtable routeMeHarder(SkBuff skb) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        NetnsIpv4 ns = NetnsIpv4.of(((Rtable) skb.dst).dev.net());
        Flowi4 fl = Flowi4.output(linnet.wire.Ipv4.dst(b, ip), 0, 0);
        int saddr = linnet.wire.Ipv4.src(b, ip);
        fl.mark = skb.mark;
        fl.tos = linnet.wire.Ipv4.tos(b, ip);
        fl.proto = linnet.wire.Ipv4.protocol(b, ip);
        if (fl.proto == linnet.wire.Ipv4.PROTO_TCP || fl.proto == linnet.wire.Ipv4.PROTO_UDP) {
            int t = ip + linnet.wire.Ipv4.ihl(b, ip);
            fl.sport = ((b[t] & 0xff) << 8) | (b[t + 1] & 0xff);
            fl.dport = ((b[t + 2] & 0xff) << 8) | (b[t + 3] & 0xff);
        }
        try {
            Rtable rt = Route.output(ns, fl, null);
            rt.saddr = saddr;
            return rt;
        } catch (linnet.kernel.core.KernelException e) {
            return null;
        }
    }

    /** ip_output: POST_ROUTING, then ip_finish_output. */
    public void output(SkBuff skb, Rtable rt) {
        NetDevice dev = rt.dev;
        skb.dev = dev;
        if (!ipv4.nfHook(Ipv4.NF_INET_POST_ROUTING, skb, null, dev)) return;
        finishOutput(skb, rt);
    }

    /** ip_finish_output2: loopback and NOARP devices need no neighbour; others resolve the next hop. */
    void finishOutput(SkBuff skb, Rtable rt) {
        NetDevice dev = rt.dev;
        if (dev == null || !dev.isUp()) {
            ipv4.drop(skb, DropReason.DEV_READY);
            if (dev != null) dev.stats.txDropped++;
            return;
        }
        skb.data = skb.networkHeader;
        skb.len = linnet.wire.Ipv4.totalLength(skb.buf, skb.networkHeader);
        if ((dev.flags() & (Iff.LOOPBACK | Iff.NOARP)) != 0 || dev.addrLen == 0) {
            finishOutput2Stats(skb, rt, dev);
            // Still through a neighbour entry (created NOARP by arp_constructor, 0.0.0.0 on lo and
            // point-to-point devices): it gives the destination MAC and shows in ip neigh.
            // A NOARP entry is connected: its output path never marks it used (only creation does).
            Neighbour n = NetnsIpv4.of(dev.net()).arp.outputNeigh(rt.nexthop(), dev);
            if (dev.hardHeaderLen() > 0) Eth.push(skb, n.hasLladdr ? n.lladdr : 0, dev.addr, Ethernet.P_IP);
            skb.dev = dev;
            // the looped packet keeps its output route, whose rt_iif is what inet_iif() reports
            if ((dev.flags() & Iff.LOOPBACK) != 0 && rt.iif != 0) skb.iif = rt.iif;
            dev.queueXmit(skb);
            return;
        }
        int mtu = rt.mtu();
        if (skb.len > mtu && (dev.flags() & Iff.LOOPBACK) == 0) {
            long[] mib = dev.net().mib.ip;
            if (linnet.wire.Ipv4.dontFragment(skb.buf, skb.networkHeader)) {
                mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_FRAGFAILS]++;
                ipv4.drop(skb, DropReason.PKT_TOO_BIG);
                return;
            }
            for (SkBuff f : IpFragment.fragment(skb, mtu)) {
                f.len = linnet.wire.Ipv4.totalLength(f.buf, f.networkHeader);
                mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_FRAGCREATES]++;
                finishOutput2Stats(f, rt, dev);
                resolveAndSend(f, rt, dev);
            }
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_FRAGOKS]++;
            return;
        }
        finishOutput2Stats(skb, rt, dev);
        resolveAndSend(skb, rt, dev);
    }

    /** ip_finish_output2's counters, per packet that goes to the neighbour layer (each fragment). */
    private static void finishOutput2Stats(SkBuff skb, Rtable rt, NetDevice dev) {
        long[] mib = dev.net().mib.ip;
        if (rt.type == FibRoute.RTN_MULTICAST) {
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTMCASTPKTS]++;
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTMCASTOCTETS] += skb.len;
        } else if (rt.type == FibRoute.RTN_BROADCAST) {
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTBCASTPKTS]++;
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTBCASTOCTETS] += skb.len;
        }
        mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTPKTS]++;
        mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTOCTETS] += skb.len;
    }

    private void resolveAndSend(SkBuff skb, Rtable rt, NetDevice dev) {
        int nh = rt.nexthop();
        if (nh == -1 || (rt.type == FibRoute.RTN_BROADCAST)) {
            // The broadcast neighbour (NOARP, ff:ff:ff:ff:ff:ff) comes into being on first use.
            NetnsIpv4.of(dev.net()).arp.outputNeigh(nh, dev);
            Eth.push(skb, linnet.wire.Mac.BROADCAST, dev.addr, Ethernet.P_IP);
            dev.queueXmit(skb);
            return;
        }
        NeighTable tbl = NetnsIpv4.of(dev.net()).arp;
        tbl.output(tbl.outputNeigh(nh, dev), skb);
    }

    /**
     * __ip_rt_update_pmtu: "fragmentation needed" for {@code daddr} records a nexthop exception
     * (update_or_create_fnhe) on the route's next hop, unless the route's MTU is locked or already
     * smaller. Below min_pmtu the exception keeps min_pmtu (or the smaller current MTU) and locks
     * it; it lives mtu_expires seconds, and the same MTU is not re-learned in its first half-life.
     */
    void learnPmtu(NetnsIpv4 ns, int daddr, int mtu) {
        Rtable rt;
        try {
            rt = Route.output(ns, daddr, 0, null);
        } catch (linnet.kernel.core.KernelException e) {
            return;
        }
        if (rt.fib == null || rt.mtuLocked || rt.fib.mtuLock) return;
        int old = rt.mtu();
        if (old < mtu) return;
        boolean lock = false;
        int min = ns.minPmtu.intValue();
        if (mtu < min) {
            lock = true;
            mtu = Math.min(old, min);
        }
        long now = ns.net.kernel.loop.now(), life = ns.mtuExpires.longValue() * 1_000_000_000L;
        if (rt.pmtu == mtu && !lock && now < rt.expires - life / 2) return;
        Fnhe.updateOrCreate(ns, rt.fib, daddr, 0, mtu, lock, now + life);
    }
}
