package linnet.kernel.ipv6;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetnsMib;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Icmpv6;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/** IPv6 output (net/ipv6/ip6_output.c): build the header, then the device or the neighbour. */
public final class Ip6Output {
    private final AfInet6 af;

    Ip6Output(AfInet6 af) { this.af = af; }

    /** A packet with a fixed header for {@code payload} (ICMPv6 checksum filled in). */
    static SkBuff build(byte[] saddr, byte[] daddr, int nextHeader, int hopLimit, byte[] payload, int off, int len) {
        SkBuff skb = SkBuff.alloc(Ipv6.HLEN + len);
        skb.networkHeader = skb.data;
        Ipv6.emit(skb.buf, skb.data, len, nextHeader, hopLimit, saddr, daddr);
        System.arraycopy(payload, off, skb.buf, skb.data + Ipv6.HLEN, len);
        skb.transportHeader = skb.data + Ipv6.HLEN;
        if (nextHeader == Ipv6.NEXTHDR_ICMP) Icmpv6.fillChecksum(skb.buf, skb.networkHeader, skb.transportHeader, len);
        skb.protocol = Ethernet.P_IPV6;
        return skb;
    }

    /**
     * The counters of a packet made here (__ip6_make_skb, ndisc_send_skb, mld_sendpack): an
     * OutRequest, and for ICMPv6 (directly or after a hop-by-hop header) its type and OutMsgs.
     */
    static void countLocal(NetnsMib mib, SkBuff skb) {
        mib.ipv6[NetnsMib.IPSTATS_MIB_OUTREQUESTS]++;
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int nh = Ipv6.nextHeader(b, ip), t = ip + Ipv6.HLEN;
        if (nh == 0) { // NEXTHDR_HOP: MLD rides behind a hop-by-hop header
            nh = b[t] & 0xff;
            t += ((b[t + 1] & 0xff) + 1) * 8;
        }
        if (nh == Ipv6.NEXTHDR_ICMP) {
            mib.icmpv6MsgOut(b[t] & 0xff);
            mib.icmpv6[NetnsMib.ICMP6_MIB_OUTMSGS]++;
        }
    }

    /** ip6_finish_output2's counters: OutTransmits and OutOctets, multicast ones too. */
    static void countXmit(NetnsMib mib, SkBuff skb) {
        int len = Ipv6.HLEN + Ipv6.payloadLength(skb.buf, skb.networkHeader);
        if (skb.buf[skb.networkHeader + 24] == (byte) 0xff) { // a multicast destination, read in place
            mib.ipv6[NetnsMib.IPSTATS_MIB_OUTMCASTPKTS]++;
            mib.ipv6[NetnsMib.IPSTATS_MIB_OUTMCASTOCTETS] += len;
        }
        mib.ipv6[NetnsMib.IPSTATS_MIB_OUTPKTS]++;
        mib.ipv6[NetnsMib.IPSTATS_MIB_OUTOCTETS] += len;
    }

    /** A packet made here goes out (ndisc, MLD): counted, then {@link #output}. */
    boolean localOutput(SkBuff skb, NetDevice dev, byte[] nexthop) {
        if (dev != null) countLocal(dev.net().mib, skb);
        return output(skb, dev, nexthop);
    }

    /** Sends a packet whose header is written, to {@code daddr} (also the next hop) via the route. */
    public boolean sendTo(NetnsIpv6 ns, byte[] saddr, byte[] daddr, Ip6Route.Dst dst, int nextHeader, int hopLimit,
                          byte[] payload, int off, int len) {
        SkBuff skb = build(saddr, daddr, nextHeader, hopLimit, payload, off, len);
        countLocal(ns.net.mib, skb);
        if (dst.route().reject) {
            ns.net.mib.ipv6[NetnsMib.IPSTATS_MIB_OUTNOROUTES]++;
            // ip6_pkt_discard_out: a route promoted to reject (through lo) answers "no route" itself.
            skb.dev = dst.dev();
            af.icmp.send(skb, Icmpv6.DEST_UNREACH, Icmpv6.NOROUTE, 0);
            af.drop(skb, DropReason.IP_OUTNOROUTES);
            return false;
        }
        return output(skb, dst.dev(), dst.nexthop());
    }

    /** ip6_finish_output2: loopback needs no neighbour, multicast maps to a MAC, unicast resolves. */
    boolean output(SkBuff skb, NetDevice dev, byte[] nexthop) {
        if (dev == null || !dev.isUp()) {
            af.drop(skb, DropReason.DEV_READY);
            return false;
        }
        Inet6Dev idev = Addrconf.of(dev);
        if (idev == null || idev.disabled()) {
            dev.net().mib.ipv6[NetnsMib.IPSTATS_MIB_OUTDISCARDS]++;
            af.drop(skb, DropReason.IPV6DISABLED);
            return false;
        }
        skb.data = skb.networkHeader;
        skb.len = Ipv6.HLEN + Ipv6.payloadLength(skb.buf, skb.networkHeader);
        countXmit(dev.net().mib, skb);
        skb.dev = dev;
        // ip6_finish_output2 looks every next hop up in the neighbour table, groups and lo's
        // addresses too: ndisc_constructor makes those NOARP entries (hidden unless "nud all").
        Neigh6Table tbl = NetnsIpv6.of(dev.net()).nd;
        byte[] daddr = Ipv6.dst(skb.buf, skb.networkHeader);
        boolean noarp = (dev.flags() & (Iff.LOOPBACK | Iff.NOARP)) != 0 || dev.addrLen == 0;
        byte[] key = Inet6.isMulticast(daddr) ? daddr : nexthop;
        Neigh6 n = tbl.lookup(key, dev);
        if (n == null) n = tbl.create(key, dev);
        if (noarp || Inet6.isMulticast(daddr)) {
            n.used = dev.net().kernel.loop.now();
            if (noarp) {
                if (dev.hardHeaderLen() > 0) Eth.push(skb, 0, 0, Ethernet.P_IPV6);
            } else {
                Eth.push(skb, Inet6.multicastMac(daddr), dev.addr, Ethernet.P_IPV6);
            }
            dev.queueXmit(skb);
            return true;
        }
        tbl.output(n, skb);
        return true;
    }
}
