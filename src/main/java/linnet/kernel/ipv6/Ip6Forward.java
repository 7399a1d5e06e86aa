package linnet.kernel.ipv6;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Errno;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Icmpv6;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/**
 * A received packet that is not for us (net/ipv6/route.c's input discards, net/ipv6/ip6_output.c's
 * ip6_forward). Its route decides first: no route or an unreachable/throw route answers "no
 * route", a prohibit route "administratively prohibited", a blackhole drops silently. A host
 * (all.forwarding 0) drops the rest silently; a router checks the hop limit (time exceeded),
 * the source (a link-local one may not leave its link: "not a neighbour") and the path MTU
 * (packet too big), then sends the packet on with the hop limit one lower. Redirects, netfilter
 * and extension headers are not emulated here.
 */
final class Ip6Forward {
    private final AfInet6 af;

    Ip6Forward(AfInet6 af) { this.af = af; }

    /** ip6_route_input + dst.input for a packet whose destination is not a local address. */
    void input(NetnsIpv6 ns, SkBuff skb) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        byte[] daddr = Ipv6.dst(b, ip);
        Ip6Route.InputDecision d = Ip6Route.input(ns, daddr, Ipv6.src(b, ip), skb.dev);
        if (skb.dev.net().kernel.tracer != null) traceInput(skb, daddr, d);
        if (d.error() == Errno.EINVAL) {
            af.drop(skb, DropReason.NOT_SPECIFIED); // dst_discard: blackhole
            return;
        }
        if (d.error() == Errno.EACCES) {
            discard(skb, Icmpv6.ADM_PROHIBITED); // ip6_pkt_prohibit
            return;
        }
        if (d.error() != null || d.route().reject) {
            discard(skb, Icmpv6.NOROUTE); // ip6_pkt_discard
            return;
        }
        forward(ns, skb, d.route());
    }

    /** The input route's decision, for a tracer, in the words IPv4's steps use. */
    private static void traceInput(SkBuff skb, byte[] daddr, Ip6Route.InputDecision d) {
        String text;
        if (d.route() == null || d.error() != null || d.route().reject)
            text = "input: no route to " + Inet6.format(daddr) + (d.error() != null ? " (" + d.error().name() + ")" : "");
        else text = "input: forward " + describe(d.route());
        skb.dev.net().kernel.tracer.step(skb, skb.dev.net(), skb.dev, linnet.kernel.core.SkbTracer.Kind.ROUTE, text);
    }

    /** "via GW dev X (route P/L, table main)". */
    static String describe(Rt6Info r) {
        StringBuilder sb = new StringBuilder();
        if (r.gateway != null && !Inet6.isAny(r.gateway)) sb.append("via ").append(Inet6.format(r.gateway)).append(' ');
        sb.append("dev ").append(r.dev != null ? r.dev.name() : "?");
        sb.append(" (route ").append(r.dstLen == 0 ? "default" : Inet6.format(r.dst) + "/" + r.dstLen).append(", table ")
                .append(r.table == Rt6Info.RT_TABLE_MAIN ? "main" : r.table == Rt6Info.RT_TABLE_LOCAL ? "local" : Integer.toString(r.table))
                .append(')');
        return sb.toString();
    }

    /** ip6_pkt_drop: "destination unreachable" back to the source, except for an unspecified destination. */
    private void discard(SkBuff skb, int code) {
        long[] mib = skb.dev.net().mib.ipv6;
        if (Inet6.isAny(Ipv6.dst(skb.buf, skb.networkHeader))) {
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INADDRERRORS]++;
            af.drop(skb, DropReason.IP_INADDRERRORS);
            return;
        }
        mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INNOROUTES]++;
        af.icmp.send(skb, Icmpv6.DEST_UNREACH, code, 0);
        af.drop(skb, DropReason.IP_INNOROUTES);
    }

    /** ip6_forward. */
    private void forward(NetnsIpv6 ns, SkBuff skb, Rt6Info r) {
        NetDevice in = skb.dev;
        Inet6Dev idev = Addrconf.of(in);
        long[] mib = in.net().mib.ipv6;
        if (!Addrconf.allForwarding(in.net()) && (idev == null || idev.conf.get(Ipv6DevConf.FORCE_FORWARDING) == 0)) {
            // ip6_forward's error: a host is handed a packet that is not its own
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INADDRERRORS]++;
            if (in.net().kernel.tracer != null)
                in.net().kernel.tracer.step(skb, in.net(), in, linnet.kernel.core.SkbTracer.Kind.ROUTE, "input: "
                        + Inet6.format(Ipv6.dst(skb.buf, skb.networkHeader)) + " is not a local address and " + in.name()
                        + " does not forward (net.ipv6.conf.all.forwarding = 0)");
            af.drop(skb, DropReason.IP_INADDRERRORS);
            return;
        }
        if (skb.pktType != SkBuff.PACKET_HOST) {
            af.drop(skb, DropReason.OTHERHOST);
            return;
        }
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        if (Ipv6.hopLimit(b, ip) <= 1) {
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INHDRERRORS]++;
            af.icmp.send(skb, Icmpv6.TIME_EXCEED, 0, 0); // ICMPV6_EXC_HOPLIMIT
            af.drop(skb, DropReason.IP_INHDR);
            return;
        }
        NetDevice out = r.type == Rt6Info.RTN_LOCAL || r.anycast ? null : r.dev;
        if (out == null) {
            af.drop(skb, DropReason.NOT_SPECIFIED);
            return;
        }
        byte[] saddr = Ipv6.src(b, ip);
        if (out != in) {
            // "This check is security critical": no unspecified, multicast or loopback source, and
            // a link-local source stays on its link.
            if (Inet6.isAny(saddr) || Inet6.isMulticast(saddr) || Inet6.isLoopback(saddr)) {
                mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INADDRERRORS]++;
                af.drop(skb, DropReason.NOT_SPECIFIED);
                return;
            }
            if (Inet6.isLinkLocal(saddr)) {
                mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INADDRERRORS]++;
                af.icmp.send(skb, Icmpv6.DEST_UNREACH, Icmpv6.NOT_NEIGHBOUR, 0);
                af.drop(skb, DropReason.NOT_SPECIFIED);
                return;
            }
        }
        // ip6_dst_mtu_maybe_forward: the outgoing device's IPv6 MTU, never below the minimum.
        Inet6Dev odev = Addrconf.of(out);
        int mtu = Math.max(Addrconf.IPV6_MIN_MTU, odev == null ? out.mtu : odev.conf.get(Ipv6DevConf.MTU));
        int len = Ipv6.HLEN + Ipv6.payloadLength(b, ip);
        if (len > mtu) {
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_INTOOBIGERRORS]++;
            mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_FRAGFAILS]++;
            af.icmp.send(skb, Icmpv6.PKT_TOOBIG, 0, mtu);
            af.drop(skb, DropReason.PKT_TOO_BIG);
            return;
        }
        Ipv6.setHopLimit(b, ip, Ipv6.hopLimit(b, ip) - 1);
        // ip6_forward_finish
        mib[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTFORWDATAGRAMS]++;
        byte[] nexthop = r.gateway != null ? r.gateway : Ipv6.dst(b, ip);
        af.output.output(skb, out, nexthop);
    }
}
