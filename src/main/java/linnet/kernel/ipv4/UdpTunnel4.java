package linnet.kernel.ipv4;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.core.UdpTunnel;
import linnet.wire.Checksum;

/** net/ipv4/udp_tunnel_core.c: kernel UDP sockets with an encap_rcv, and udp_tunnel_xmit_skb. */
final class UdpTunnel4 implements UdpTunnel {
    private final Ipv4 ipv4;

    UdpTunnel4(Ipv4 ipv4) { this.ipv4 = ipv4; }

    private final class Sock4 implements Sock {
        final UdpSocket s;
        final java.util.List<Object[]> groups = new java.util.ArrayList<>();

        Sock4(UdpSocket s) { this.s = s; }

        @Override
        public void close() {
            for (Object[] g : new java.util.ArrayList<>(groups)) leaveGroup((NetDevice) g[0], (Integer) g[1]);
            s.close();
        }

        @Override
        public void joinGroup(NetDevice dev, int group) throws KernelException {
            InDevice in = InDevice.of(dev);
            if (in == null) throw new KernelException(Errno.ENODEV);
            groups.add(new Object[] {dev, group});
            Igmp.mcInc(ipv4, dev, group);
        }

        @Override
        public void leaveGroup(NetDevice dev, int group) {
            for (Object[] g : groups) {
                if (g[0] == dev && (Integer) g[1] == group) {
                    groups.remove(g);
                    Igmp.mcDec(dev, group);
                    return;
                }
            }
        }
    }

    @Override
    public Sock open(Net net, int port, EncapRcv rcv) throws KernelException {
        UdpSocket s = ipv4.udp.open(net, 0, port, null);
        s.encapRcv = rcv;
        return new Sock4(s);
    }

    @Override
    public Route route(Net net, int daddr, int saddr, int oif, int tos, int mark, int sport, int dport) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        Flowi4 fl = Flowi4.output(daddr, saddr, oif);
        fl.tos = tos;
        fl.mark = mark;
        fl.proto = linnet.wire.Ipv4.PROTO_UDP;
        fl.sport = sport;
        fl.dport = dport;
        Rtable rt = linnet.kernel.ipv4.Route.output(ns, fl, oif == 0 ? null : net.byIndex(oif));
        return new Route(rt.dev, rt.saddr, rt.type == FibRoute.RTN_LOCAL, rt);
    }

    @Override
    public void xmit(Net net, Route r, SkBuff skb, int saddr, int daddr, int tos, int ttl, boolean df, int sport, int dport,
                     boolean noCsum) {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        Rtable rt = (Rtable) r.rt();
        int plen = skb.len;
        int ulen = linnet.wire.Udp.HLEN + plen;
        byte[] msg = new byte[ulen];
        linnet.wire.Udp.setSrcPort(msg, 0, sport);
        linnet.wire.Udp.setDstPort(msg, 0, dport);
        linnet.wire.Udp.setLength(msg, 0, ulen);
        System.arraycopy(skb.buf, skb.data, msg, linnet.wire.Udp.HLEN, plen);
        if (!noCsum) {
            int c = Checksum.fold(Checksum.sum(msg, 0, ulen, Checksum.pseudoHeaderSum(saddr, daddr, linnet.wire.Ipv4.PROTO_UDP, ulen)));
            linnet.wire.Udp.setChecksum(msg, 0, c == 0 ? 0xffff : c);
        }
        Rtable use = rt;
        if (rt.saddr != saddr) {
            use = copyWithSource(rt, saddr);
        }
        SkBuff out = ipv4.output.build(ns, use, linnet.wire.Ipv4.PROTO_UDP, msg, 0, ulen, ttl, tos, df);
        out.mark = skb.mark;
        out.sk = linnet.kernel.core.SockOwner.KERNEL;
        ipv4.output.localOut(out, use);
    }

    /** The route as found, sending from the tunnel's configured source. */
    private static Rtable copyWithSource(Rtable rt, int saddr) {
        Rtable c = new Rtable();
        c.type = rt.type;
        c.iif = rt.iif;
        c.dev = rt.dev;
        c.gw = rt.gw;
        c.saddr = saddr;
        c.daddr = rt.daddr;
        c.fib = rt.fib;
        c.table = rt.table;
        c.pmtu = rt.pmtu;
        c.mtuLocked = rt.mtuLocked;
        c.expires = rt.expires;
        return c;
    }

    @Override
    public int defaultTtl(Net net) { return NetnsIpv4.of(net).defaultTtl.intValue(); }

    @Override
    public int[] localPortRange(Net net) {
        String[] r = NetnsIpv4.of(net).ipLocalPortRange.value().trim().split("\\s+");
        return new int[] {Integer.parseInt(r[0]), Integer.parseInt(r[1])};
    }
}
