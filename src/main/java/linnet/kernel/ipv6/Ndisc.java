package linnet.kernel.ipv6;

import static linnet.kernel.ipv4.Neighbour.NUD_PROBE;
import static linnet.kernel.ipv4.Neighbour.NUD_REACHABLE;
import static linnet.kernel.ipv4.Neighbour.NUD_STALE;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Eth;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Icmpv6;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/**
 * Neighbour discovery (net/ipv6/ndisc.c): answering solicitations for our addresses, learning
 * from solicitations and advertisements, and soliciting for the neighbour table.
 */
final class Ndisc {
    static final int HOP_LIMIT = 255;
    private final AfInet6 af;

    Ndisc(AfInet6 af) { this.af = af; }

    /** ndisc_rcv: ND messages must come with hop limit 255 (they never crossed a router). */
    void rcv(NetnsIpv6 ns, SkBuff skb, int len) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int o = skb.transportHeader;
        int type = Icmpv6.type(b, o);
        int min = type == Icmpv6.ROUTER_SOLICIT ? Icmpv6.HLEN : Icmpv6.ND_LEN;
        if (Ipv6.hopLimit(b, ip) != HOP_LIMIT || len < min || Icmpv6.code(b, o) != 0) {
            af.drop(skb, DropReason.NOT_SPECIFIED);
            return;
        }
        switch (type) {
            case Icmpv6.NEIGHBOUR_SOLICIT -> recvNs(ns, skb, len);
            case Icmpv6.NEIGHBOUR_ADVERT -> recvNa(ns, skb, len);
            case Icmpv6.ROUTER_SOLICIT -> recvRs(ns, skb, len);
            default -> af.drop(skb, DropReason.NOT_SPECIFIED);
        }
    }

    /**
     * ndisc_recv_rs: only a forwarding device listens to hosts asking for routers; it learns the
     * host's link-layer address (STALE, not a router). Router advertisements are not sent.
     */
    private void recvRs(NetnsIpv6 ns, SkBuff skb, int len) {
        NetDevice dev = skb.dev;
        Inet6Dev idev = Addrconf.of(dev);
        byte[] saddr = Ipv6.src(skb.buf, skb.networkHeader);
        if (idev == null || !idev.forwarding() || Inet6.isAny(saddr)) return;
        int o = skb.transportHeader;
        long sll = Icmpv6.llOption(skb.buf, o + Icmpv6.HLEN, o + len, Icmpv6.OPT_SOURCE_LL);
        Neigh6 n = ns.nd.create(saddr, dev);
        if (sll >= 0) ns.nd.update(n, sll, true, NUD_STALE, true);
        n.flags &= ~linnet.kernel.ipv4.Neighbour.NTF_ROUTER;
    }

    /**
     * ndisc_send_ns for duplicate address detection: from ::, to the solicited-node group of the
     * tentative address, no source link-layer option, a nonce option (enhanced_dad).
     */
    void sendDadNs(NetDevice dev, byte[] target, long nonce) {
        byte[] msg = new byte[Icmpv6.ND_LEN + 8];
        Icmpv6.setType(msg, 0, Icmpv6.NEIGHBOUR_SOLICIT);
        Icmpv6.setTarget(msg, 0, target);
        msg[Icmpv6.ND_LEN] = 14; // ND_OPT_NONCE, one 8-byte unit
        msg[Icmpv6.ND_LEN + 1] = 1;
        for (int i = 0; i < 6; i++) msg[Icmpv6.ND_LEN + 2 + i] = (byte) (nonce >>> (8 * i));
        byte[] group = Inet6.solicitedNode(target);
        SkBuff skb = Ip6Output.build(Inet6.ANY.clone(), group, Ipv6.NEXTHDR_ICMP, HOP_LIMIT, msg, 0, msg.length);
        af.output.localOutput(skb, dev, group);
    }

    /** ndisc_send_rs: to all routers (ff02::2) from the link-local address, with our MAC. */
    void sendRs(NetDevice dev, byte[] saddr) {
        byte[] msg = new byte[Icmpv6.HLEN + Icmpv6.OPT_LL_LEN];
        Icmpv6.setType(msg, 0, Icmpv6.ROUTER_SOLICIT);
        Icmpv6.putLlOption(msg, Icmpv6.HLEN, Icmpv6.OPT_SOURCE_LL, dev.addr);
        byte[] allRouters = Inet6.parse("ff02::2");
        SkBuff skb = Ip6Output.build(saddr, allRouters, Ipv6.NEXTHDR_ICMP, HOP_LIMIT, msg, 0, msg.length);
        af.output.localOutput(skb, dev, allRouters);
    }

    /** ndisc_recv_ns. */
    private void recvNs(NetnsIpv6 ns, SkBuff skb, int len) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        NetDevice dev = skb.dev;
        byte[] saddr = Ipv6.src(b, skb.networkHeader);
        byte[] target = Icmpv6.target(b, o);
        if (Inet6.isMulticast(target)) return;
        long sll = Icmpv6.llOption(b, o + Icmpv6.ND_LEN, o + len, Icmpv6.OPT_SOURCE_LL);
        boolean dad = Inet6.isAny(saddr);
        if (dad && sll >= 0) return;
        Inet6Dev idev = Addrconf.of(dev);
        Inet6Ifaddr ifa = idev == null ? null : idev.find(target);
        if (ifa == null) return;
        if (ifa.tentative()) {
            // a node doing DAD for the address we are still checking: ours fails (our own probe
            // never comes back on these links)
            if (dad) Addrconf.dadFailure(ifa);
            return;
        }
        if (dad) {
            // A DAD probe for an address we own: defend it towards all nodes.
            byte[] allNodes = Inet6.parse("ff02::1");
            sendNa(dev, allNodes, target, idev.forwarding(), false, true);
            return;
        }
        Neigh6 n = ns.nd.create(saddr, dev);
        if (sll >= 0) ns.nd.update(n, sll, true, NUD_STALE, true);
        // The answer claims the address (override) only to a multicast solicitation; a unicast
        // one is a reachability probe. A forwarding device says it is a router.
        boolean inc = Inet6.isMulticast(Ipv6.dst(b, skb.networkHeader));
        sendNa(dev, saddr, target, idev.forwarding(), true, inc);
    }

    /** ndisc_recv_na. */
    private void recvNa(NetnsIpv6 ns, SkBuff skb, int len) {
        byte[] b = skb.buf;
        int o = skb.transportHeader;
        NetDevice dev = skb.dev;
        byte[] target = Icmpv6.target(b, o);
        int flags = Icmpv6.naFlags(b, o);
        if (Inet6.isMulticast(target)) return;
        Inet6Dev idev = Addrconf.of(dev);
        Inet6Ifaddr own = idev == null ? null : idev.find(target);
        if (own != null) {
            // someone advertises our address: while it is tentative, our DAD has failed
            if (own.tentative()) Addrconf.dadFailure(own);
            return;
        }
        Neigh6 n = ns.nd.lookup(target, dev);
        if (n == null) return;
        long tll = Icmpv6.llOption(b, o + Icmpv6.ND_LEN, o + len, Icmpv6.OPT_TARGET_LL);
        boolean solicited = (flags & Icmpv6.NA_SOLICITED) != 0;
        ns.nd.update(n, tll, tll >= 0, solicited ? NUD_REACHABLE : NUD_STALE, (flags & Icmpv6.NA_OVERRIDE) != 0);
        if ((flags & Icmpv6.NA_ROUTER) != 0) n.flags |= linnet.kernel.ipv4.Neighbour.NTF_ROUTER;
        else n.flags &= ~linnet.kernel.ipv4.Neighbour.NTF_ROUTER;
    }

    /** ndisc_send_na: to {@code daddr} straight on the device, with our MAC as target option. */
    private void sendNa(NetDevice dev, byte[] daddr, byte[] target, boolean router, boolean solicited, boolean override) {
        byte[] msg = new byte[Icmpv6.ND_LEN + Icmpv6.OPT_LL_LEN];
        Icmpv6.setType(msg, 0, Icmpv6.NEIGHBOUR_ADVERT);
        Icmpv6.setNaFlags(msg, 0, (router ? Icmpv6.NA_ROUTER : 0) | (solicited ? Icmpv6.NA_SOLICITED : 0)
                | (override ? Icmpv6.NA_OVERRIDE : 0));
        Icmpv6.setTarget(msg, 0, target);
        Icmpv6.putLlOption(msg, Icmpv6.ND_LEN, Icmpv6.OPT_TARGET_LL, dev.addr);
        SkBuff skb = Ip6Output.build(target, daddr, Ipv6.NEXTHDR_ICMP, HOP_LIMIT, msg, 0, msg.length);
        af.output.localOutput(skb, dev, daddr);
    }

    /**
     * ndisc_solicit: multicast to the solicited-node group while resolving, unicast while probing;
     * from the queued packet's source if it is an address of this device, else the link-local one.
     */
    void solicit(Neigh6 n, SkBuff pending) {
        NetDevice dev = n.dev;
        Inet6Dev idev = Addrconf.of(dev);
        if (idev == null) return;
        byte[] saddr = null;
        if (pending != null) {
            Inet6Ifaddr a = idev.find(Ipv6.src(pending.buf, pending.networkHeader));
            if (a != null && !a.tentative()) saddr = a.addr;
        }
        if (saddr == null) {
            for (Inet6Ifaddr a : idev.addrs) {
                if (Inet6.isLinkLocal(a.addr) && !a.tentative()) {
                    saddr = a.addr;
                    break;
                }
            }
        }
        if (saddr == null) {
            // ndisc_solicit: no source for the solicitation, so none is sent this round
            if (pending != null && dev.net().kernel.tracer != null)
                dev.net().kernel.tracer.step(pending, dev.net(), dev, linnet.kernel.core.SkbTracer.Kind.NEIGH,
                        "no neighbor solicitation for " + Inet6.format(n.key) + " sent: " + dev.name()
                                + " has no link-local address out of DAD yet (tentative for about a second after the link comes up)");
            return;
        }
        boolean unicast = n.state == NUD_PROBE && n.hasLladdr;
        byte[] daddr = unicast ? n.key : Inet6.solicitedNode(n.key);
        byte[] msg = new byte[Icmpv6.ND_LEN + Icmpv6.OPT_LL_LEN];
        Icmpv6.setType(msg, 0, Icmpv6.NEIGHBOUR_SOLICIT);
        Icmpv6.setTarget(msg, 0, n.key);
        Icmpv6.putLlOption(msg, Icmpv6.ND_LEN, Icmpv6.OPT_SOURCE_LL, dev.addr);
        SkBuff skb = Ip6Output.build(saddr, daddr, Ipv6.NEXTHDR_ICMP, HOP_LIMIT, msg, 0, msg.length);
        if (!dev.isUp()) return;
        Ip6Output.countLocal(dev.net().mib, skb);
        skb.data = skb.networkHeader;
        skb.dev = dev;
        Ip6Output.countXmit(dev.net().mib, skb);
        Eth.push(skb, unicast ? n.lladdr : Inet6.multicastMac(daddr), dev.addr, Ethernet.P_IPV6);
        dev.queueXmit(skb);
    }

    /** neigh->output once the MAC is known. */
    void finishOutput(Neigh6 n, SkBuff skb) {
        NetDevice dev = n.dev;
        if (!dev.isUp()) {
            af.drop(skb, DropReason.DEV_READY);
            return;
        }
        skb.data = skb.networkHeader;
        skb.len = Ipv6.HLEN + Ipv6.payloadLength(skb.buf, skb.networkHeader);
        Eth.push(skb, n.lladdr, dev.addr, Ethernet.P_IPV6);
        skb.dev = dev;
        dev.queueXmit(skb);
    }
}
