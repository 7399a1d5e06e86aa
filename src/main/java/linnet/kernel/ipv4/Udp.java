package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Checksum;
import linnet.wire.Ipv4;

/**
 * UDP (net/ipv4/udp.c): socket lookup by port, ICMP port unreachable when nobody listens,
 * ICMP errors queued on the socket that sent the offending datagram, ephemeral ports from
 * ip_local_port_range.
 */
public final class Udp {
    private final linnet.kernel.ipv4.Ipv4 ipv4;

    Udp(linnet.kernel.ipv4.Ipv4 ipv4) { this.ipv4 = ipv4; }

    /** socket + bind: {@code port} 0 picks a free ephemeral port, as inet_csk_get_port does. */
    public UdpSocket open(Net net, int addr, int port, NetDevice dev) throws KernelException {
        NetnsIpv4 ns = NetnsIpv4.of(net);
        // inet_bind: an address this namespace does not own (and is not broadcast/multicast) is refused.
        if (addr != 0 && !Devinet.isLocal(ns, addr)) throw new KernelException(Errno.EADDRNOTAVAIL);
        if (port == 0) {
            String[] r = ns.ipLocalPortRange.value().trim().split("\\s+");
            int lo = Integer.parseInt(r[0]), hi = Integer.parseInt(r[1]);
            int span = hi - lo + 1;
            int start = net.kernel.rng.nextInt(span);
            for (int i = 0; i < span && port == 0; i++) {
                int cand = lo + (start + i) % span;
                if (lookup(ns, addr, cand, dev) == null) port = cand;
            }
            if (port == 0) throw new KernelException(Errno.EADDRINUSE);
        } else if (lookup(ns, addr, port, dev) != null) {
            throw new KernelException(Errno.EADDRINUSE);
        }
        UdpSocket s = new UdpSocket(ns);
        s.localAddr = addr;
        s.localPort = port;
        s.boundDev = dev;
        ns.udpSockets.add(s);
        return s;
    }

    static UdpSocket lookup(NetnsIpv4 ns, int daddr, int dport, NetDevice dev) {
        for (UdpSocket s : ns.udpSockets) {
            if (s.localPort != dport) continue;
            if (s.localAddr != 0 && daddr != 0 && s.localAddr != daddr) continue;
            if (s.boundDev != null && dev != null && s.boundDev != dev) continue;
            return s;
        }
        return null;
    }

    /**
     * __ip4_datagram_connect's route (a UDP, raw or ping socket's connect()): no route at all
     * (ENETUNREACH) is an OutNoRoute.
     */
    public static Rtable datagramConnect(NetnsIpv4 ns, int daddr, int saddr, NetDevice oif, int proto, int sport, int dport)
            throws KernelException {
        try {
            return Route.output(ns, daddr, saddr, oif, proto, sport, dport);
        } catch (KernelException e) {
            if (e.errno == Errno.ENETUNREACH) ns.net.mib.ip[linnet.kernel.core.NetnsMib.IPSTATS_MIB_OUTNOROUTES]++;
            throw e;
        }
    }

    /** udp_sendmsg: one datagram along a route decided now. */
    public void send(UdpSocket s, int daddr, int dport, byte[] payload, int ttl) throws KernelException {
        NetnsIpv4 ns = s.ns;
        Rtable rt = datagramConnect(ns, daddr, s.localAddr, s.boundDev, linnet.wire.Ipv4.PROTO_UDP, s.localPort, dport);
        byte[] msg = new byte[linnet.wire.Udp.HLEN + payload.length];
        linnet.wire.Udp.setSrcPort(msg, 0, s.localPort);
        linnet.wire.Udp.setDstPort(msg, 0, dport);
        linnet.wire.Udp.setLength(msg, 0, msg.length);
        System.arraycopy(payload, 0, msg, linnet.wire.Udp.HLEN, payload.length);
        int sum = Checksum.sum(msg, 0, msg.length, Checksum.pseudoHeaderSum(rt.saddr, daddr, Ipv4.PROTO_UDP, msg.length));
        int c = Checksum.fold(sum);
        linnet.wire.Udp.setChecksum(msg, 0, c == 0 ? 0xffff : c);
        int t = ttl > 0 ? ttl : (s.ttl > 0 ? s.ttl : ns.defaultTtl.intValue());
        SkBuff skb = ipv4.output.build(ns, rt, Ipv4.PROTO_UDP, msg, 0, msg.length, t, 0, false);
        skb.sk = linnet.kernel.core.SockOwner.ROOT;
        // udp_send_skb: OutDatagrams only for what ip_send_skb took; a qdisc's ENOBUFS is a SndbufError
        Errno err = ipv4.output.sendSkb(ns, skb, rt);
        long[] mib = ns.net.mib.udp;
        if (err == null) mib[linnet.kernel.core.NetnsMib.UDP_MIB_OUTDATAGRAMS]++;
        else if (err == Errno.ENOBUFS && !s.recvErr) mib[linnet.kernel.core.NetnsMib.UDP_MIB_SNDBUFERRORS]++;
    }

    /** udp_rcv: deliver to the socket bound to the port, else ICMP port unreachable. */
    boolean rcv(SkBuff skb, Rtable rt) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int u = skb.transportHeader;
        int len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip);
        long[] mib = skb.dev.net().mib.udp;
        if (len < linnet.wire.Udp.HLEN || linnet.wire.Udp.length(b, u) > len || linnet.wire.Udp.length(b, u) < linnet.wire.Udp.HLEN) {
            // short_packet
            mib[linnet.kernel.core.NetnsMib.UDP_MIB_INERRORS]++;
            ipv4.drop(skb, DropReason.PKT_TOO_SMALL);
            return true;
        }
        NetnsIpv4 ns = NetnsIpv4.of(skb.dev.net());
        int dport = linnet.wire.Udp.dstPort(b, u);
        UdpSocket s = lookup(ns, Ipv4.dst(b, ip), dport, skb.dev.net().byIndex(skb.iif));
        if (s == null) {
            if (rt.type == FibRoute.RTN_LOCAL) {
                mib[linnet.kernel.core.NetnsMib.UDP_MIB_NOPORTS]++;
                ipv4.icmp.send(skb, linnet.wire.Icmp.DEST_UNREACH, linnet.wire.Icmp.PORT_UNREACH, 0);
            } else {
                // __udp4_lib_mcast_deliver with no socket for the broadcast or multicast datagram
                mib[linnet.kernel.core.NetnsMib.UDP_MIB_IGNOREDMULTI]++;
            }
            ipv4.drop(skb, DropReason.NO_SOCKET, "no socket listens on udp port " + dport);
            return true;
        }
        if (ipv4.kernel.tracer != null)
            ipv4.kernel.tracer.step(skb, ns.net, skb.dev, linnet.kernel.core.SkbTracer.Kind.DELIVER,
                    s.encapRcv != null ? "udp port " + dport + ": a tunnel's socket takes it" : "udp socket on port " + dport);
        if (s.encapRcv != null) {
            // udp_queue_rcv_one_skb -> encap_rcv: the tunnel takes the datagram past its UDP header
            skb.data = u + linnet.wire.Udp.HLEN;
            skb.len = len - linnet.wire.Udp.HLEN;
            s.encapRcv.rcv(skb, Ipv4.src(b, ip), Ipv4.dst(b, ip), linnet.wire.Udp.srcPort(b, u), dport);
            return true;
        }
        byte[] payload = new byte[len - linnet.wire.Udp.HLEN];
        System.arraycopy(b, u + linnet.wire.Udp.HLEN, payload, 0, payload.length);
        s.rxQueue.add(new UdpSocket.Datagram(Ipv4.src(b, ip), linnet.wire.Udp.srcPort(b, u), Ipv4.dst(b, ip), payload,
                Ipv4.ttl(b, ip)));
        return true;
    }

    /** __udp4_lib_err: an ICMP error about a datagram we sent goes to its socket's error queue. */
    void error(NetnsIpv4 ns, int type, int code, int info, int offender, byte[] quoted) {
        int ihl = Ipv4.ihl(quoted, 0);
        if (quoted.length < ihl + 4) return;
        int sport = linnet.wire.Udp.srcPort(quoted, ihl);
        UdpSocket s = lookup(ns, Ipv4.src(quoted, 0), sport, null);
        if (s == null) return;
        // __udp4_lib_err: the errno of the error and whether it is hard
        linnet.kernel.core.Errno err;
        boolean hard = false;
        switch (type) {
            case linnet.wire.Icmp.SOURCE_QUENCH, linnet.wire.Icmp.REDIRECT -> {
                return;
            }
            case linnet.wire.Icmp.PARAMETER_PROB -> {
                err = linnet.kernel.core.Errno.EPROTO;
                hard = true;
            }
            case linnet.wire.Icmp.DEST_UNREACH -> {
                if (code == linnet.wire.Icmp.FRAG_NEEDED) {
                    err = linnet.kernel.core.Errno.EMSGSIZE;
                    hard = true;
                } else {
                    IcmpErrConvert.Conv c = IcmpErrConvert.unreach(code);
                    err = c.errno();
                    hard = c.fatal();
                }
            }
            default -> err = linnet.kernel.core.Errno.EHOSTUNREACH;
        }
        // Without IP_RECVERR only a hard error on a connected socket is reported (by the next
        // send or receive); with it every error is queued and sets sk_err.
        if (!s.recvErr) {
            if (!hard || s.remoteAddr == 0) return;
        } else {
            s.errQueue.add(new RawSocket.ErrQueueEntry(RawSocket.SO_EE_ORIGIN_ICMP, type, code, info, offender, quoted));
        }
        s.err = err;
    }
}
