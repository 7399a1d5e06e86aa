package linnet.tools.traceroute;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.ipv4.NetnsIpv4;
import linnet.kernel.ipv4.RawSocket;
import linnet.kernel.ipv4.Route;
import linnet.kernel.ipv4.Rtable;
import linnet.kernel.ipv4.UdpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;
import linnet.wire.Icmp;
import linnet.wire.Inet4;
import linnet.wire.Ipv4;

/**
 * traceroute(8) 2.1.2: UDP probes to port 33434 upwards (default), ICMP echo (-I) or TCP SYN
 * (-T, port 80 unless -p; one source port, the sequence number tells probes apart) with rising
 * TTL, up to 16 probes in flight, each answered by a router's "time exceeded" or the target's
 * "port unreachable"/echo reply/SYN-ACK or RST; the header goes to stderr, hops to stdout.
 */
public final class Traceroute implements Tool {
    private static final long MS = EventLoop.NS_PER_MS;

    /** One probe and what came back. */
    private static final class Probe {
        int ttl;
        int port;
        int seq;
        long sent;
        long rtt = -1;
        int from;
        String annotation = "";
        boolean done;
        boolean fin;
        /** -T: the probe's own source port, reserved by a bound TCP socket (mod-tcp binds one per probe). */
        linnet.kernel.ipv4.TcpSocket sock;
    }

    private static final class Opts {
        boolean numeric, icmp, tcp;
        /** -U: UDP to one fixed port (default 53) instead of one port higher per probe. */
        boolean udpFixedPort;
        int queries = 3, maxHops = 30, firstHop = 1, port = -1, simQueries = 16, sport = 0;
        long waitNs = 5000 * MS;
        String iface, dest;
        int packetLen = 60;
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                if (a.startsWith("--sport=")) {
                    o.sport = Integer.parseInt(a.substring(8));
                    o.simQueries = 1;
                    continue;
                }
                switch (a) {
                    case "-n" -> o.numeric = true;
                    case "-I", "--icmp" -> o.icmp = true;
                    case "-T", "--tcp" -> o.tcp = true;
                    case "-U", "--udp" -> o.udpFixedPort = true;
                    case "-q" -> o.queries = Integer.parseInt(args.get(++i));
                    case "-m" -> o.maxHops = Integer.parseInt(args.get(++i));
                    case "-f" -> o.firstHop = Integer.parseInt(args.get(++i));
                    case "-p" -> o.port = Integer.parseInt(args.get(++i));
                    case "-N" -> o.simQueries = Integer.parseInt(args.get(++i));
                    case "-w" -> o.waitNs = (long) (Double.parseDouble(args.get(++i)) * 1000) * MS;
                    case "-i" -> o.iface = args.get(++i);
                    default -> {
                        if (a.startsWith("-")) {
                            ctx.err.println("Bad option `" + a + "' (argc " + (i + 1) + ")");
                            return 2;
                        }
                        if (o.dest == null) o.dest = a;
                        else o.packetLen = Integer.parseInt(a);
                    }
                }
            } catch (RuntimeException e) {
                ctx.err.println("Cannot handle `" + a + "' cmdline arg");
                return 2;
            }
        }
        // traceroute 2.1.2 caps the packet length at 65000 (recorded: "too big packetlen 65001 specified").
        if (o.packetLen > 65000) {
            ctx.err.println("too big packetlen " + o.packetLen + " specified");
            return 2;
        }
        if (o.dest == null) {
            ctx.err.println("Specify \"host\" missing argument.");
            return 2;
        }
        int daddr;
        try {
            daddr = Inet4.parse(o.dest);
        } catch (IllegalArgumentException e) {
            ctx.err.println(o.dest + ": Name or service not known");
            ctx.err.println("Cannot handle \"host\" cmdline arg `" + o.dest + "' on position 1 (argc " + args.size() + ")");
            return 2;
        }
        if (o.queries < 1 || o.queries > 10) {
            ctx.err.println("no more than 10 probes per hop");
            return 2;
        }
        if (o.maxHops < 1 || o.maxHops > 255) {
            ctx.err.println("max hops cannot be more than 255");
            return 2;
        }
        if (o.firstHop > o.maxHops) {
            ctx.err.println("first hop out of range");
            return 2;
        }
        return new Run(ctx, o, daddr).run();
    }

    private static final class Run {
        final Ctx ctx;
        final Opts o;
        final int daddr;
        final EventLoop loop;
        final NetnsIpv4 ns;
        final int ident;
        int tcpSeqBase;
        final List<linnet.kernel.ipv4.TcpSocket> reserved = new ArrayList<>();

        Run(Ctx ctx, Opts o, int daddr) {
            this.ctx = ctx;
            this.o = o;
            this.daddr = daddr;
            this.loop = ctx.host.kernel().loop;
            this.ns = NetnsIpv4.of(ctx.net);
            this.ident = ctx.host.kernel().rng.nextInt(1, 65536);
        }

        int run() {
            NetDevice dev = null;
            if (o.iface != null) {
                dev = ctx.net.byName(o.iface);
                if (dev == null) {
                    ctx.err.println("setsockopt SO_BINDTODEVICE: No such device");
                    return 1;
                }
            }
            try {
                Route.output(ns, daddr, 0, dev);
            } catch (KernelException e) {
                ctx.err.println("traceroute to " + o.dest + " (" + Fmt.ip(daddr) + "), " + o.maxHops + " hops max, "
                        + o.packetLen + " byte packets");
                ctx.err.println("connect: " + e.errno.text);
                return 1;
            }
            ctx.err.println("traceroute to " + o.dest + " (" + Fmt.ip(daddr) + "), " + o.maxHops + " hops max, "
                    + o.packetLen + " byte packets");
            UdpSocket udp = null;
            RawSocket raw = null;
            try {
                if (o.tcp) {
                    // Each probe's bound TCP socket reserves its source port; a raw socket sends SYNs and sees replies.
                    tcpSeqBase = ctx.host.kernel().rng.nextInt(Integer.MAX_VALUE);
                    raw = ctx.host.ipv4().openRaw(ctx.net, Ipv4.PROTO_TCP);
                    raw.recvErr = true;
                    raw.boundDev = dev;
                } else if (o.icmp) {
                    raw = ctx.host.ipv4().openRaw(ctx.net, Ipv4.PROTO_ICMP);
                    raw.recvErr = true;
                    raw.boundDev = dev;
                    raw.icmpFilter = ~((1 << Icmp.ECHO_REPLY) | (1 << Icmp.DEST_UNREACH) | (1 << Icmp.TIME_EXCEEDED));
                } else {
                    udp = ctx.host.ipv4().udp.open(ctx.net, 0, o.sport, dev);
                    udp.recvErr = true;
                }
            } catch (KernelException e) {
                ctx.err.println("bind: " + e.errno.text);
                return 1;
            }
            try {
                trace(udp, raw);
            } finally {
                if (udp != null) udp.close();
                if (raw != null) raw.close();
                for (linnet.kernel.ipv4.TcpSocket t : reserved) t.close();
            }
            return 0;
        }

        private void trace(UdpSocket udp, RawSocket raw) {
            List<Probe> probes = new ArrayList<>();
            int total = (o.maxHops - o.firstHop + 1) * o.queries;
            int basePort = o.port >= 0 ? o.port : (o.icmp ? 1 : o.tcp ? 80 : o.udpFixedPort ? 53 : 33434);
            int next = 0;
            int printedHop = o.firstHop - 1;
            int endTtl = Integer.MAX_VALUE;
            int seq = 0;
            while (true) {
                // Keep up to simQueries probes in flight, never beyond a hop known to be the last.
                int inFlight = 0;
                for (Probe p : probes) if (!p.done) inFlight++;
                while (inFlight < o.simQueries && next < total) {
                    int ttl = o.firstHop + next / o.queries;
                    if (ttl > endTtl) break;
                    Probe p = new Probe();
                    p.ttl = ttl;
                    p.seq = ++seq;
                    p.port = o.icmp ? p.seq : (o.tcp || o.udpFixedPort) ? basePort : basePort + next;
                    p.sent = loop.now();
                    probes.add(p);
                    send(udp, raw, p);
                    next++;
                    inFlight++;
                }
                long deadline = loop.now() + o.waitNs;
                for (Probe p : probes) if (!p.done) deadline = Math.min(deadline, p.sent + o.waitNs);
                final UdpSocket u = udp;
                final RawSocket r = raw;
                loop.runWhile(() -> (u == null || u.errQueue.isEmpty()) && (r == null || (r.errQueue.isEmpty() && r.rxQueue.isEmpty())), deadline);
                collect(udp, raw, probes);
                for (Probe p : probes) {
                    if (!p.done && loop.now() - p.sent >= o.waitNs) p.done = true;
                    if (p.done && p.fin) endTtl = Math.min(endTtl, p.ttl);
                }
                // Print every hop whose probes are all settled, in order.
                while (true) {
                    int hop = printedHop + 1;
                    List<Probe> hp = new ArrayList<>();
                    for (Probe p : probes) if (p.ttl == hop) hp.add(p);
                    if (hp.size() < o.queries) break;
                    boolean settled = true;
                    for (Probe p : hp) if (!p.done) settled = false;
                    if (!settled) break;
                    printHop(hop, hp);
                    printedHop = hop;
                    boolean fin = false;
                    for (Probe p : hp) if (p.fin) fin = true;
                    if (fin || hop >= o.maxHops) return;
                }
                if (next >= total && probes.stream().allMatch(p -> p.done)) return;
            }
        }

        private void send(UdpSocket udp, RawSocket raw, Probe p) {
            int payloadLen = Math.max(0, o.packetLen - Ipv4.HLEN - 8);
            try {
                if (o.tcp) {
                    sendSyn(raw, p);
                } else if (udp != null) {
                    byte[] payload = new byte[payloadLen];
                    for (int i = 0; i < payloadLen; i++) payload[i] = (byte) (0x40 + i);
                    ctx.host.ipv4().udp.send(udp, daddr, p.port, payload, p.ttl);
                } else {
                    byte[] msg = new byte[Icmp.HLEN + payloadLen];
                    Icmp.setType(msg, 0, Icmp.ECHO_REQUEST);
                    Icmp.setId(msg, 0, ident);
                    Icmp.setSeq(msg, 0, p.seq);
                    Icmp.fillChecksum(msg, 0, msg.length);
                    // a raw ICMP flow: the echo request's type/code sit where the destination port is
                    Rtable rt = Route.output(ns, daddr, 0, raw.boundDev, Ipv4.PROTO_ICMP, 0, Icmp.ECHO_REQUEST << 8);
                    ctx.host.ipv4().output.sendPacket(ns, rt, Ipv4.PROTO_ICMP, msg, 0, msg.length, p.ttl, 0, false);
                }
            } catch (KernelException e) {
                p.done = true;
                p.annotation = "";
            }
        }

        /** A SYN as Linux's own (MSS, SACK_PERM, TS, NOP, WSCALE): 40 bytes of TCP, 60 with IP. */
        private void sendSyn(RawSocket raw, Probe p) throws KernelException {
            Rtable rt = Route.output(ns, daddr, 0, raw.boundDev);
            p.sock = ctx.host.ipv4().tcp.socket(ctx.net);
            p.sock.bind(0, o.sport);
            reserved.add(p.sock);
            byte[] t = new byte[40];
            linnet.wire.Tcp.setSrcPort(t, 0, p.sock.localPort);
            linnet.wire.Tcp.setDstPort(t, 0, p.port);
            linnet.wire.Tcp.setSeq(t, 0, (tcpSeqBase + p.seq) & 0xffffffffL);
            linnet.wire.Tcp.setDataOffset(t, 0, 40);
            linnet.wire.Tcp.setFlags(t, 0, linnet.wire.Tcp.SYN);
            linnet.wire.Tcp.setWindow(t, 0, 5840);
            byte[] opts = {2, 4, (byte) ((rt.mtu() - 40) >> 8), (byte) (rt.mtu() - 40), 4, 2, 8, 10, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3, 2};
            linnet.wire.Bytes.put32(opts, 8, (int) (loop.now() / MS));
            System.arraycopy(opts, 0, t, 20, opts.length);
            int sum = linnet.wire.Checksum.sum(t, 0, t.length,
                    linnet.wire.Checksum.pseudoHeaderSum(rt.saddr, daddr, Ipv4.PROTO_TCP, t.length));
            linnet.wire.Tcp.setChecksum(t, 0, linnet.wire.Checksum.fold(sum));
            ctx.host.ipv4().output.sendPacket(ns, rt, Ipv4.PROTO_TCP, t, 0, t.length, p.ttl, 0, false);
        }

        private void collect(UdpSocket udp, RawSocket raw, List<Probe> probes) {
            if (o.tcp) {
                collectTcp(raw, probes);
                return;
            }
            RawSocket.ErrQueueEntry e;
            while (udp != null && (e = udp.errQueue.poll()) != null) {
                byte[] q = e.payload();
                int ihl = Ipv4.ihl(q, 0);
                if (q.length < ihl + 4) continue;
                int dport = linnet.wire.Udp.dstPort(q, ihl);
                for (Probe p : probes) if (!p.done && p.port == dport) answer(p, e.offender(), e.type(), e.code());
            }
            while (raw != null && (e = raw.errQueue.poll()) != null) {
                byte[] q = e.payload();
                int ihl = Ipv4.ihl(q, 0);
                if (q.length < ihl + 8 || Icmp.id(q, ihl) != ident) continue;
                int s = Icmp.seq(q, ihl);
                for (Probe p : probes) if (!p.done && p.seq == s) answer(p, e.offender(), e.type(), e.code());
            }
            SkBuff skb;
            while (raw != null && (skb = raw.rxQueue.poll()) != null) {
                int ic = skb.transportHeader;
                if (Icmp.type(skb.buf, ic) != Icmp.ECHO_REPLY || Icmp.id(skb.buf, ic) != ident) continue;
                int s = Icmp.seq(skb.buf, ic);
                for (Probe p : probes) {
                    if (!p.done && p.seq == s) {
                        p.done = true;
                        p.fin = true;
                        p.rtt = loop.now() - p.sent;
                        p.from = Ipv4.src(skb.buf, skb.networkHeader);
                    }
                }
            }
        }

        private void collectTcp(RawSocket raw, List<Probe> probes) {
            RawSocket.ErrQueueEntry e;
            while ((e = raw.errQueue.poll()) != null) {
                byte[] q = e.payload();
                int ihl = Ipv4.ihl(q, 0);
                if (q.length < ihl + 8) continue;
                int sport = linnet.wire.Tcp.srcPort(q, ihl);
                for (Probe p : probes) if (!p.done && p.sock != null && p.sock.localPort == sport) answer(p, e.offender(), e.type(), e.code());
            }
            SkBuff skb;
            while ((skb = raw.rxQueue.poll()) != null) {
                byte[] b = skb.buf;
                int t = skb.transportHeader;
                if (Ipv4.src(b, skb.networkHeader) != daddr) continue;
                int fl = linnet.wire.Tcp.flags(b, t);
                if ((fl & (linnet.wire.Tcp.RST | linnet.wire.Tcp.SYN)) == 0) continue;
                int dport = linnet.wire.Tcp.dstPort(b, t);
                for (Probe p : probes) {
                    if (!p.done && p.sock != null && p.sock.localPort == dport) {
                        p.done = true;
                        p.fin = true;
                        p.rtt = loop.now() - p.sent;
                        p.from = daddr;
                    }
                }
            }
        }

        private void answer(Probe p, int from, int type, int code) {
            p.done = true;
            p.rtt = loop.now() - p.sent;
            p.from = from;
            if (type == Icmp.TIME_EXCEEDED) return;
            if (type == Icmp.DEST_UNREACH) {
                p.fin = true;
                p.annotation = switch (code) {
                    case Icmp.PORT_UNREACH -> "";
                    case Icmp.NET_UNREACH, Icmp.NET_UNKNOWN -> " !N";
                    case Icmp.HOST_UNREACH, Icmp.HOST_UNKNOWN -> " !H";
                    case Icmp.PROT_UNREACH -> " !P";
                    case Icmp.FRAG_NEEDED -> " !F";
                    case Icmp.SR_FAILED -> " !S";
                    case Icmp.NET_ANO, Icmp.HOST_ANO, Icmp.PKT_FILTERED -> " !X";
                    case Icmp.PREC_VIOLATION -> " !V";
                    case Icmp.PREC_CUTOFF -> " !C";
                    default -> " !<" + code + ">";
                };
            }
        }

        private void printHop(int hop, List<Probe> hp) {
            StringBuilder sb = new StringBuilder(String.format("%2d ", hop));
            int last = 0;
            boolean any = false;
            for (Probe p : hp) {
                if (p.rtt < 0) {
                    sb.append(" *");
                    continue;
                }
                if (!any || p.from != last) {
                    String a = Fmt.ip(p.from);
                    sb.append(' ').append(o.numeric ? a : a + " (" + a + ")");
                    last = p.from;
                    any = true;
                }
                sb.append(String.format("  %.3f ms", p.rtt / 1e6)).append(p.annotation);
            }
            ctx.out.println(sb);
        }
    }
}
