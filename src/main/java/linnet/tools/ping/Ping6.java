package linnet.tools.ping;

import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.ipv6.Ip6Route;
import linnet.kernel.ipv6.NetnsIpv6;
import linnet.kernel.ipv6.RawSocket6;
import linnet.tools.common.Ctx;
import linnet.wire.Icmpv6;
import linnet.kernel.ipv6.Addrconf;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/**
 * The IPv6 half of iputils ping (ping6_common.c) over a raw ICMPv6 socket: "ADDR%DEV" scope ids,
 * "PING dst(dst) 56 data bytes", replies from link-local addresses named with their interface,
 * and ICMPv6 errors from the error queue.
 */
final class Ping6 implements PingCommon.Proto {
    private final Ctx ctx;
    private final PingCommon c;
    private final String iface;
    /** -I ADDR (iputils' opt_strictsource); an IPv4 one is ignored here, the source is then chosen. */
    private final String source;
    private byte[] saddr;
    private final int size, hops;
    private final String dest;
    private final NetnsIpv6 ns;
    private final int ident;
    private RawSocket6 sock;
    private byte[] daddr;
    private NetDevice bindDev;

    Ping6(Ctx ctx, PingCommon c, String iface, String source, int size, int hops, String dest) {
        this.ctx = ctx;
        this.c = c;
        this.iface = iface;
        this.source = source;
        this.size = size;
        this.hops = hops;
        this.dest = dest;
        this.ns = NetnsIpv6.of(ctx.net);
        this.ident = ctx.host.kernel().rng.nextInt(1, 65536);
    }

    int run() {
        String addrText = dest;
        NetDevice scopeDev = null;
        int pct = dest.indexOf('%');
        if (pct >= 0) {
            addrText = dest.substring(0, pct);
            scopeDev = ctx.net.byName(dest.substring(pct + 1));
            if (scopeDev == null) {
                ctx.err.println("ping: " + dest + ": Name or service not known");
                return 2;
            }
        }
        byte[] daddr;
        try {
            daddr = Inet6.parse(addrText);
        } catch (IllegalArgumentException e) {
            // getaddrinfo with AF_INET6: an IPv4 literal is of the wrong family; a name needs the
            // (absent) DNS unless it is no valid host name at all
            // (/etc/hosts has IPv4 entries only: its names are of the wrong family too)
            String why = linnet.tools.common.Resolver.resolve4(addrText).ok() ? linnet.tools.common.Resolver.EAI_ADDRFAMILY
                    : linnet.tools.common.Resolver.hostnameOk(addrText) ? linnet.tools.common.Resolver.EAI_AGAIN
                    : linnet.tools.common.Resolver.EAI_NONAME;
            ctx.err.println("ping: " + dest + ": " + why);
            return 2;
        }
        NetDevice bindDev = scopeDev;
        if (iface != null) {
            bindDev = ctx.net.byName(iface);
            if (bindDev == null) {
                ctx.err.println("ping: SO_BINDTODEVICE " + iface + ": No such device");
                return 2;
            }
        }
        if (source != null && source.indexOf(':') >= 0) {
            saddr = Inet6.parse(source);
            // bind(): the address must be one of this namespace's, out of DAD (ipv6_chk_addr_and_flags)
            if (!Addrconf.isLocalAddress(ctx.net, saddr, bindDev, true)) {
                ctx.err.println("ping: bind icmp socket: " + linnet.kernel.core.Errno.EADDRNOTAVAIL.text);
                return 2;
            }
        }
        Ip6Route.Dst probe;
        try {
            probe = Ip6Route.output(ns, daddr, bindDev);
        } catch (KernelException e) {
            ctx.err.println("ping: connect: " + e.errno.text);
            return 2;
        }
        String shown = Inet6.format(daddr) + (scopeDev != null ? "%" + scopeDev.name() : "");
        StringBuilder head = new StringBuilder("PING ").append(dest).append('(').append(shown).append(") ");
        if (iface != null || source != null) {
            // Without a source, the probe's choice (a UDP connect through the bound device) is
            // shown, with a warning when that address is not one of the bound device's.
            String from = Inet6.format(saddr != null ? saddr : probe.saddr());
            if (saddr == null && bindDev != null && !onDevice(bindDev, probe.saddr()))
                ctx.err.println("ping: Warning: source address might be selected on device other than: " + iface);
            head.append("from ").append(from).append(' ').append(iface != null ? iface : "").append(": ");
        }
        head.append(size).append(" data bytes");
        ctx.out.println(head);
        sock = ns.af.openRaw(ctx.net);
        sock.boundDev = bindDev;
        this.daddr = daddr;
        this.bindDev = bindDev;
        try {
            return c.run(this);
        } finally {
            sock.close();
        }
    }

    @Override
    public boolean readable() { return !sock.rxQueue.isEmpty() || !sock.errQueue.isEmpty(); }

    @Override
    public PingCommon.Sent sendProbe(int seq) {
        if ((long) Icmpv6.HLEN + size > 0xFFFF) {
            // ip6_append_data: the payload exceeds IPV6_MAXPLEN; ipv6_local_error queues EMSGSIZE
            // with the route's MTU, which iputils prints in its IPv6 wording.
            try {
                Ip6Route.Dst rt = Ip6Route.output(ns, daddr, bindDev);
                c.nerrors++;
                if (!c.quiet) {
                    if (c.flood) c.write("E");
                    else ctx.err.println("ping: local error: message too long, mtu: " + rt.dev().mtu);
                }
                return PingCommon.Sent.FAILED_REPORTED;
            } catch (KernelException e) {
                c.failure = e.errno.text;
                return PingCommon.Sent.FAILED;
            }
        }
        byte[] msg = new byte[Icmpv6.HLEN + size];
        Icmpv6.setType(msg, 0, Icmpv6.ECHO_REQUEST);
        Icmpv6.setId(msg, 0, ident);
        Icmpv6.setSeq(msg, 0, seq);
        for (int i = Icmpv6.HLEN + 16; i < msg.length; i++) msg[i] = (byte) (i - Icmpv6.HLEN);
        Ip6Route.Dst rt;
        try {
            rt = Ip6Route.output(ns, daddr, bindDev);
        } catch (KernelException e) {
            c.failure = e.errno.text;
            return PingCommon.Sent.FAILED;
        }
        int hl = hops >= 0 ? hops : Inet6.isMulticast(daddr) ? 1 : ns.hopLimit;
        ns.af.output.sendTo(ns, saddr != null ? saddr : rt.saddr(), daddr, rt, Ipv6.NEXTHDR_ICMP, hl, msg, 0, msg.length);
        // sendmsg returns once the softirq work it raised is done
        ctx.host.kernel().waitSoftirq();
        return PingCommon.Sent.OK;
    }

    private String name(byte[] a, int ifindex) {
        if (!Inet6.isLinkLocal(a)) return Inet6.format(a);
        NetDevice d = ctx.net.byIndex(ifindex);
        return Inet6.format(a) + (d == null ? "" : "%" + d.name());
    }

    @Override
    public void receive() {
        SkBuff skb;
        while ((skb = sock.rxQueue.poll()) != null) {
            byte[] b = skb.buf;
            int ip = skb.networkHeader;
            int ic = skb.transportHeader;
            if (Icmpv6.type(b, ic) != Icmpv6.ECHO_REPLY || Icmpv6.id(b, ic) != ident) continue;
            int seq = Icmpv6.seq(b, ic);
            int len = Ipv6.payloadLength(b, ip);
            c.gatherStatistics(len, seq, skb.tstamp, !c.printsReplies() ? null : len + " bytes from "
                    + name(Ipv6.src(b, ip), skb.iif) + ": icmp_seq=" + seq + " ttl=" + Ipv6.hopLimit(b, ip));
        }
        RawSocket6.ErrQueueEntry e;
        while ((e = sock.errQueue.poll()) != null) {
            byte[] p = e.payload();
            if (p.length < Ipv6.HLEN + Icmpv6.HLEN || Ipv6.nextHeader(p, 0) != Ipv6.NEXTHDR_ICMP) continue;
            if (Icmpv6.type(p, Ipv6.HLEN) != Icmpv6.ECHO_REQUEST || Icmpv6.id(p, Ipv6.HLEN) != ident) continue;
            c.nerrors++;
            int seq = Icmpv6.seq(p, Ipv6.HLEN);
            c.acknowledge(seq);
            if (c.quiet) continue;
            if (c.flood) {
                c.write("\bE");
                continue;
            }
            c.printTimestamp();
            ctx.out.println("From " + Inet6.format(e.offender()) + " icmp_seq=" + seq + " " + describe(e));
        }
    }

    /** print_icmp of ping6_common.c. */
    static String describe(RawSocket6.ErrQueueEntry e) {
        int code = e.code();
        return switch (e.type()) {
            case Icmpv6.DEST_UNREACH -> "Destination unreachable: " + switch (code) {
                case Icmpv6.NOROUTE -> "No route";
                case Icmpv6.ADM_PROHIBITED -> "Administratively prohibited";
                case Icmpv6.NOT_NEIGHBOUR -> "Beyond scope of source address";
                case Icmpv6.ADDR_UNREACH -> "Address unreachable";
                case Icmpv6.PORT_UNREACH -> "Port unreachable";
                default -> "Unknown code " + code;
            };
            case Icmpv6.PKT_TOOBIG -> "Packet too big: mtu=" + e.info();
            case Icmpv6.TIME_EXCEED -> "Time exceeded: " + (code == 0 ? "Hop limit" : code == 1 ? "Defragmentation failure" : "code " + code);
            case Icmpv6.PARAMPROB -> "Parameter problem: " + (code == 0 ? "Wrong header field " : code == 1
                    ? "Unknown header " : code == 2 ? "Unknown option " : "code " + code + " ") + "at " + e.info();
            default -> "Bad ICMP type: " + e.type();
        };
    }

    private static boolean onDevice(NetDevice dev, byte[] a) {
        linnet.kernel.ipv6.Inet6Dev idev = Addrconf.of(dev);
        if (idev == null || a == null) return false;
        for (linnet.kernel.ipv6.Inet6Ifaddr ifa : idev.addrs) if (Inet6.equals(ifa.addr, a)) return true;
        return false;
    }
}
