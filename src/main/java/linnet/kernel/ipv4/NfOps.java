package linnet.kernel.ipv4;

import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.NfIpv4Ops;

/** The IPv4 services netfilter uses (REJECT's ICMP errors and resets, addrtype, MASQUERADE). */
final class NfOps implements NfIpv4Ops {
    private final Ipv4 ipv4;

    NfOps(Ipv4 ipv4) { this.ipv4 = ipv4; }

    @Override
    public void sendIcmpError(SkBuff skb, int type, int code, int hook) {
        // nf_send_unreach: the error goes out as if icmp_send had been called on the packet here.
        int saved = skb.pktType;
        if (skb.pktType == SkBuff.PACKET_OUTGOING || hook == 3) skb.pktType = SkBuff.PACKET_HOST;
        ipv4.icmp.send(skb, type, code, 0);
        skb.pktType = saved;
    }

    @Override
    public void sendTcpReset(SkBuff skb, int hook) {
        ipv4.tcpReset(skb, false);
    }

    @Override
    public int addrType(Net net, int addr, NetDevice dev) { return inetDevAddrType(net, addr, dev); }

    static int inetDevAddrType(Net net, int addr, NetDevice dev) {
        // __inet_dev_addr_type: 0.0.0.0/8 and the limited broadcast are BROADCAST, class D MULTICAST;
        // otherwise the local table decides, for {@code dev} only when one is given (--limit-iface-*).
        if (linnet.wire.Inet4.isZeronet(addr) || addr == -1) return FibRoute.RTN_BROADCAST;
        if (linnet.wire.Inet4.isMulticast(addr)) return FibRoute.RTN_MULTICAST;
        FibTable local = NetnsIpv4.of(net).fib.table(FibRoute.RT_TABLE_LOCAL);
        FibRoute r = local == null ? null : local.lookup(addr, 0, 0);
        if (r == null || (dev != null && r.dev != dev)) return FibRoute.RTN_UNICAST;
        return r.type == FibRoute.RTN_LOCAL || r.type == FibRoute.RTN_BROADCAST ? r.type : FibRoute.RTN_UNICAST;
    }

    @Override
    public int firstAddress(NetDevice in) {
        InDevice d = in == null ? null : InDevice.of(in);
        return d == null || d.addrs.isEmpty() ? 0 : d.addrs.get(0).local;
    }

    @Override
    public int masqueradeSource(NetDevice out, int nexthop) {
        return Devinet.selectAddr(out, nexthop, InIfaddr.SCOPE_UNIVERSE);
    }

    @Override
    public int[] inputRoute(SkBuff skb, NetDevice br) {
        byte[] b = skb.buf;
        int o = skb.networkHeader;
        try {
            Rtable rt = Route.input(NetnsIpv4.of(br.net()), linnet.wire.Ipv4.dst(b, o), linnet.wire.Ipv4.src(b, o), br,
                    skb.mark, linnet.wire.Ipv4.tos(b, o), linnet.wire.Ipv4.protocol(b, o), 0, 0);
            if (rt.type != FibRoute.RTN_UNICAST || rt.dev == null) return new int[] {0, 0};
            return new int[] {rt.dev.ifindex(), rt.nexthop()};
        } catch (linnet.kernel.core.KernelException e) {
            return null;
        }
    }

    @Override
    public void neighOutput(SkBuff skb, NetDevice dev, int nexthop) {
        NeighTable tbl = NetnsIpv4.of(dev.net()).arp;
        skb.dev = dev;
        tbl.output(tbl.outputNeigh(nexthop, dev), skb);
    }

    @Override
    public boolean rpfilterReverse(Net net, int saddr, int daddr, int mark, int tos, NetDevice in, boolean loose,
                                   boolean acceptLocal) {
        // rpfilter_get_saddr: a multicast or limited-broadcast destination is no source to use
        Flowi4 fl = Flowi4.output(saddr, linnet.wire.Inet4.isMulticast(daddr) || daddr == -1 ? 0 : daddr, 0);
        fl.mark = mark;
        fl.tos = tos & 0x1e;
        Fib.Result res;
        try {
            res = NetnsIpv4.of(net).fib.lookup(fl);
        } catch (linnet.kernel.core.KernelException e) {
            return false;
        }
        FibRoute r = res.route();
        if (r.type != FibRoute.RTN_UNICAST && (r.type != FibRoute.RTN_LOCAL || !acceptLocal)) return false;
        return r.dev == in || loose;
    }
}
