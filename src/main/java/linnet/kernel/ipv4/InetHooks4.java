package linnet.kernel.ipv4;

import linnet.kernel.core.InetHooks;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;

/** IPv4's (and IPv6's address) part of {@link InetHooks}. */
final class InetHooks4 implements InetHooks {
    private final Ipv4 ipv4;

    InetHooks4(Ipv4 ipv4) { this.ipv4 = ipv4; }

    @Override
    public boolean hasV4(NetDevice dev, int addr) {
        InDevice in = InDevice.of(dev);
        if (in == null) return false;
        for (InIfaddr a : in.addrs) if (a.local == addr) return true;
        return false;
    }

    @Override
    public boolean hasV6(NetDevice dev, byte[] addr) {
        linnet.kernel.ipv6.Inet6Dev i6 = linnet.kernel.ipv6.Addrconf.of(dev);
        if (i6 == null) return false;
        for (linnet.kernel.ipv6.Inet6Ifaddr a : i6.addrs) if (java.util.Arrays.equals(a.addr, addr)) return true;
        return false;
    }

    @Override
    public long arpConnected(NetDevice dev, int ip) {
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        if (ns == null) return -1;
        Neighbour n = ns.arp.lookup(ip, dev);
        if (n == null || (n.state & Neighbour.NUD_CONNECTED) == 0 || !n.hasLladdr) return -1;
        return n.lladdr;
    }

    @Override
    public boolean ip4Out(Net net, SkBuff skb, NetDevice oif) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        byte[] b = skb.buf;
        int ip = skb.data;
        Flowi4 fl = Flowi4.output(linnet.wire.Ipv4.dst(b, ip), 0, oif == null ? 0 : oif.ifindex());
        fl.tos = linnet.wire.Ipv4.tos(b, ip) & 0x1c;
        fl.mark = skb.mark;
        Rtable rt;
        try {
            rt = Route.output(ns, fl, oif);
        } catch (KernelException e) {
            return false;
        }
        if (rt.type != FibRoute.RTN_UNICAST && rt.type != FibRoute.RTN_LOCAL) return false;
        skb.networkHeader = ip;
        skb.transportHeader = ip + linnet.wire.Ipv4.ihl(b, ip);
        skb.protocol = linnet.wire.Ethernet.P_IP;
        skb.dst = rt;
        skb.dev = rt.dev;
        skb.macHeader = -1;
        ipv4.output.localOut(skb, rt);
        return true;
    }
}
