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
        /** UDP methods: the probe's own socket. */
        UdpSocket usock;
        /** -T: the probe's own source port, reserved by a bound TCP socket (mod-tcp binds one per probe). */
        linnet.kernel.ipv4.TcpSocket sock;
    }

    private static final class Opts {
        boolean numeric, icmp, tcp;
        /** -U: UDP to one fixed port (default 53) instead of one port higher per probe. */
        boolean udpFixedPort;
        int queries = 3, maxHops = 30, firstHop = 1, port = -1, simQueries = 16, sport = 0;
        long waitNs = 5000 * MS;
        double waitMax = 5.0, waitHere = 3, waitNear = 10;
        String iface, dest, source;
        int packetLen = 60;
        boolean packetLenGiven;
    }

    /** Options that take a value (short form), as traceroute 2.1.2's option table has them. */
    private static final String WITH_ARG = "fgimNptlwqszMOP";

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        int position = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int argc = i + 1; // traceroute counts argv[0]
            if (a.startsWith("--")) {
                String name = a, val = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    val = a.substring(eq + 1);
                }
                String shortName = switch (name) {
                    case "--icmp" -> "-I";
                    case "--tcp" -> "-T";
                    case "--udp" -> "-U";
                    case "--first" -> "-f";
                    case "--max-hops" -> "-m";
                    case "--sim-queries" -> "-N";
                    case "--port" -> "-p";
                    case "--wait" -> "-w";
                    case "--queries" -> "-q";
                    case "--source" -> "-s";
                    case "--interface" -> "-i";
                    case "--version" -> "-V";
                    case "--sport" -> "--sport";
                    default -> null;
                };
                if (shortName == null) {
                    ctx.err.println("Bad option `" + a + "' (argc " + argc + ")");
                    return 2;
                }
                if (shortName.equals("--sport")) {
                    Integer n = val == null ? null : integer(val);
                    if (n == null) {
                        ctx.err.println("Cannot handle `" + name + "' option with arg `" + val + "' (argc " + argc + ")");
                        return 2;
                    }
                    o.sport = n;
                    o.simQueries = 1;
                    continue;
                }
                if (shortName.length() == 2 && WITH_ARG.indexOf(shortName.charAt(1)) >= 0) {
                    if (val == null) {
                        if (i + 1 >= args.size()) {
                            ctx.err.println("Option `" + name + "' (argc " + argc + ") requires an argument: `" + name + "=" + "'");
                            return 2;
                        }
                        val = args.get(++i);
                        argc = i + 1;
                    }
                    Integer rc = option(ctx, o, shortName.charAt(1), name, val, argc);
                    if (rc != null) return rc;
                    continue;
                }
                Integer rc = flag(ctx, o, shortName.charAt(1));
                if (rc != null) return rc;
                continue;
            }
            if (a.startsWith("-") && a.length() > 1) {
                // Grouped short flags; an option with a value takes the rest of the word or the next one.
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    if (WITH_ARG.indexOf(c) >= 0) {
                        String val;
                        if (j + 1 < a.length()) val = a.substring(j + 1);
                        else if (i + 1 < args.size()) {
                            val = args.get(++i);
                            argc = i + 1;
                        } else {
                            ctx.err.println("Option `-" + c + "' (argc " + argc + ") requires an argument: `-" + c + " " + argName(c) + "'");
                            return 2;
                        }
                        Integer rc = option(ctx, o, c, "-" + c, val, argc);
                        if (rc != null) return rc;
                        break;
                    }
                    if ("46dFITnreAUDV".indexOf(c) < 0) {
                        ctx.err.println("Bad option `-" + c + "' (argc " + argc + ")");
                        return 2;
                    }
                    Integer rc = flag(ctx, o, c);
                    if (rc != null) return rc;
                }
                continue;
            }
            position++;
            if (position == 1) {
                o.dest = a;
            } else if (position == 2) {
                Integer n = integer(a);
                if (n == null) {
                    ctx.err.println("Cannot handle \"packetlen\" cmdline arg `" + a + "' on position 2 (argc " + argc + ")");
                    return 2;
                }
                o.packetLen = n;
                o.packetLenGiven = true;
            } else {
                ctx.err.println("Extra arg `" + a + "' (position " + position + ", argc " + argc + ")");
                return 2;
            }
        }
        // traceroute 2.1.2 caps the packet length at 65000 (recorded: "too big packetlen 65001 specified").
        if (o.packetLen > 65000) {
            ctx.err.println("too big packetlen " + o.packetLen + " specified");
            return 2;
        }
        if (o.dest == null) {
            ctx.out.print(TracerouteUsage.TEXT);
            return 0;
        }
        linnet.tools.common.Resolver.Result res = linnet.tools.common.Resolver.resolve4(ctx, o.dest);
        if (!res.ok()) {
            ctx.err.println(o.dest + ": " + res.error());
            ctx.err.println("Cannot handle \"host\" cmdline arg `" + o.dest + "' on position 1 (argc " + args.size() + ")");
            return 2;
        }
        int daddr = res.address();
        // The checks in traceroute's main(), in its order.
        if (o.maxHops > 255) {
            ctx.err.println("max hops cannot be more than 255");
            return 2;
        }
        if (o.firstHop == 0 || o.firstHop > o.maxHops) {
            ctx.err.println("first hop out of range");
            return 2;
        }
        if (o.queries < 1 || o.queries > 10) {
            ctx.err.println("no more than 10 probes per hop");
            return 2;
        }
        if (o.waitMax < 0 || o.waitHere < 0 || o.waitNear < 0) {
            ctx.err.println("bad wait specifications `" + g(o.waitMax) + "," + g(o.waitHere) + "," + g(o.waitNear) + "' used");
            return 2;
        }
        if (o.packetLen > 65000) {
            ctx.err.println("too big packetlen " + o.packetLen + " specified");
            return 2;
        }
        // Shorter than the headers: raised to the smallest the method can send.
        int min = Ipv4.HLEN + (o.tcp ? 20 : 8);
        if (o.tcp) o.packetLen = Ipv4.HLEN + 40;
        else if (o.packetLen < min) o.packetLen = min;
        o.waitNs = (long) (o.waitMax * 1000) * MS;
        return new Run(ctx, o, daddr).run();
    }

    /** %g as traceroute prints its wait triple. */
    private static String g(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }

    private static String argName(char c) {
        return switch (c) {
            case 'f' -> "first_ttl";
            case 'g' -> "gate,...";
            case 'i' -> "device";
            case 'm' -> "max_ttl";
            case 'N' -> "squeries";
            case 'p' -> "port";
            case 't' -> "tos";
            case 'l' -> "flow_label";
            case 'w' -> "MAX,HERE,NEAR";
            case 'q' -> "nqueries";
            case 's' -> "src_addr";
            case 'z' -> "sendwait";
            case 'M' -> "name";
            case 'O' -> "OPTS,...";
            default -> "prot";
        };
    }

    private static Integer integer(String v) {
        try {
            return Integer.decode(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer flag(Ctx ctx, Opts o, char c) {
        switch (c) {
            case 'n' -> o.numeric = true;
            case 'I' -> o.icmp = true;
            case 'T' -> o.tcp = true;
            case 'U' -> o.udpFixedPort = true;
            case 'V' -> {
                ctx.out.println("Modern traceroute for Linux, version 2.1.2");
                ctx.out.println("Copyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later");
                return 0;
            }
            default -> { }
        }
        return null;
    }

    /** One option with its value; a value the option cannot take ends traceroute (exit 2). */
    private static Integer option(Ctx ctx, Opts o, char c, String name, String val, int argc) {
        try {
            switch (c) {
                case 'q' -> o.queries = Integer.decode(val);
                case 'm' -> o.maxHops = Integer.decode(val);
                case 'f' -> o.firstHop = Integer.decode(val);
                case 'p' -> o.port = Integer.decode(val);
                case 'N' -> o.simQueries = Integer.decode(val);
                case 'i' -> o.iface = val;
                case 's' -> o.source = val;
                case 'w' -> {
                    // MAX[,HERE[,NEAR]]: the parts not given are 0 (no adaptive waiting).
                    String[] w = val.split("[,/]", -1);
                    if (w.length > 3) throw new NumberFormatException();
                    o.waitMax = Double.parseDouble(w[0]);
                    o.waitHere = w.length > 1 ? Double.parseDouble(w[1]) : 0;
                    o.waitNear = w.length > 2 ? Double.parseDouble(w[2]) : 0;
                }
                default -> { }
            }
            return null;
        } catch (NumberFormatException e) {
            ctx.err.println("Cannot handle `" + name + "' option with arg `" + val + "' (argc " + argc + ")");
            return 2;
        }
    }

    private static final class Run {
        final Ctx ctx;
        final Opts o;
        final int daddr;
        final EventLoop loop;
        final NetnsIpv4 ns;
        final int ident;
        int tcpSeqBase;
        int saddr;
        NetDevice dev;
        final List<linnet.kernel.ipv4.TcpSocket> reserved = new ArrayList<>();
        /** UDP methods: one socket per probe (mod-udp), its error queue tells which probe an ICMP error is about. */
        final List<UdpSocket> udpSockets = new ArrayList<>();

        Run(Ctx ctx, Opts o, int daddr) {
            this.ctx = ctx;
            this.o = o;
            this.daddr = daddr;
            this.loop = ctx.host.kernel().loop;
            this.ns = NetnsIpv4.of(ctx.net);
            this.ident = ctx.host.kernel().rng.nextInt(1, 65536);
        }

        private String header() {
            return "traceroute to " + o.dest + " (" + Fmt.ip(daddr) + "), " + o.maxHops + " hops max, "
                    + o.packetLen + " byte packets";
        }

        int run() {
            NetDevice dev = null;
            if (o.iface != null) {
                dev = ctx.net.byName(o.iface);
                if (dev == null) {
                    ctx.err.println(header());
                    ctx.err.println("setsockopt SO_BINDTODEVICE: No such device");
                    return 1;
                }
            }
            if (o.source != null) {
                linnet.tools.common.Resolver.Result r = linnet.tools.common.Resolver.resolve4(o.source);
                if (!r.ok()) {
                    ctx.err.println(o.source + ": " + r.error());
                    ctx.err.println("Cannot handle `-s' option with arg `" + o.source + "'");
                    return 2;
                }
                saddr = r.address();
                if (!linnet.kernel.ipv4.Devinet.isLocal(ns, saddr)) {
                    ctx.err.println(header());
                    ctx.err.println("bind: " + linnet.kernel.core.Errno.EADDRNOTAVAIL.text);
                    return 1;
                }
            }
            try {
                linnet.kernel.ipv4.Udp.datagramConnect(ns, daddr, saddr, dev, 0, 0, 0);
            } catch (KernelException e) {
                // The ICMP and TCP methods connect their raw socket before the header is
                // written; only its line end is out by then.
                if (o.icmp || o.tcp) ctx.err.println();
                else ctx.err.println(header());
                ctx.err.println("connect: " + e.errno.text);
                return 1;
            }
            ctx.err.println(header());
            this.dev = dev;
            RawSocket raw = null;
            {
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
                }
            }
            try {
                trace(null, raw);
            } finally {
                if (raw != null) raw.close();
                for (linnet.kernel.ipv4.TcpSocket t : reserved) t.close();
                for (UdpSocket u : udpSockets) u.close();
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
                final RawSocket r = raw;
                loop.runWhile(() -> !udpPending() && (r == null || (r.errQueue.isEmpty() && r.rxQueue.isEmpty())), deadline);
                collect(udp, raw, probes);
                for (Probe p : probes) {
                    if (!p.done && loop.now() - p.sent >= o.waitNs) p.done = true;
                    if (p.done && p.fin) endTtl = Math.min(endTtl, p.ttl);
                    if (p.done && p.usock != null) {
                        // probe_done: the probe's socket is closed, its port free again (--sport).
                        p.usock.close();
                        udpSockets.remove(p.usock);
                        p.usock = null;
                    }
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
                } else if (!o.icmp) {
                    byte[] payload = new byte[payloadLen];
                    for (int i = 0; i < payloadLen; i++) payload[i] = (byte) (0x40 + i);
                    UdpSocket u = ctx.host.ipv4().udp.open(ctx.net, saddr, o.sport, dev);
                    u.recvErr = true;
                    udpSockets.add(u);
                    p.usock = u;
                    ctx.host.ipv4().udp.send(u, daddr, p.port, payload, p.ttl);
                } else {
                    byte[] msg = new byte[Icmp.HLEN + payloadLen];
                    Icmp.setType(msg, 0, Icmp.ECHO_REQUEST);
                    Icmp.setId(msg, 0, ident);
                    Icmp.setSeq(msg, 0, p.seq);
                    Icmp.fillChecksum(msg, 0, msg.length);
                    // a raw ICMP flow: the echo request's type/code sit where the destination port is
                    Rtable rt = Route.output(ns, daddr, saddr, raw.boundDev, Ipv4.PROTO_ICMP, 0, Icmp.ECHO_REQUEST << 8);
                    ctx.host.ipv4().output.sendPacket(ns, rt, Ipv4.PROTO_ICMP, msg, 0, msg.length, p.ttl, 0, false);
                }
            } catch (KernelException e) {
                p.done = true;
                p.annotation = "";
            }
            // the system call returns after the softirq work it raised
            ctx.host.kernel().waitSoftirq();
        }

        /** A SYN as Linux's own (MSS, SACK_PERM, TS, NOP, WSCALE): 40 bytes of TCP, 60 with IP. */
        private void sendSyn(RawSocket raw, Probe p) throws KernelException {
            Rtable rt = Route.output(ns, daddr, saddr, raw.boundDev);
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

        private boolean udpPending() {
            for (UdpSocket u : udpSockets) if (!u.errQueue.isEmpty() || !u.rxQueue.isEmpty()) return true;
            return false;
        }

        private void collect(UdpSocket udp, RawSocket raw, List<Probe> probes) {
            if (o.tcp) {
                collectTcp(raw, probes);
                return;
            }
            RawSocket.ErrQueueEntry e;
            for (Probe p : probes) {
                if (p.usock == null || p.done) continue;
                if ((e = p.usock.errQueue.poll()) != null) {
                    answer(p, e.offender(), e.type(), e.code());
                } else if (!p.usock.rxQueue.isEmpty()) {
                    // -U to a port something answers on: the reply ends the trace.
                    UdpSocket.Datagram d = p.usock.recv();
                    p.done = true;
                    p.fin = true;
                    p.rtt = loop.now() - p.sent;
                    p.from = d.srcAddr();
                }
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
