package linnet.tools.ping;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.ipv4.NetnsIpv4;
import linnet.kernel.ipv4.RawSocket;
import linnet.kernel.ipv4.Route;
import linnet.kernel.ipv4.Rtable;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Fmt;
import linnet.tools.common.Tool;
import linnet.wire.Icmp;
import linnet.wire.Inet4;
import linnet.wire.Inet6;
import linnet.wire.Ipv4;

/**
 * ping(8) of iputils 20221126 over a raw ICMP socket: a connect() probe picks the source address
 * (its failure is "ping: connect: ..."), echo requests go out every interval on the virtual clock,
 * replies and ICMP errors are read back, and the statistics are printed as iputils does.
 */
public final class Ping implements Tool {
    private static final long MS = EventLoop.NS_PER_MS;

    private static final class Opts {
        int count = -1;
        /** -i in ms (iputils keeps an int of ms); set by -i, else 1000, or 0 for a flood. */
        int interval = 1000;
        boolean intervalSet;
        /** -l: requests sent at once before waiting for replies. */
        int preload = 1;
        /** -f, -A, -D, -O, -U. */
        boolean flood, adaptive, ptimeofday, outstanding, latency;
        long timeoutNs = -1;
        long deadlineNs = -1;
        /** -I NAME: the device to bind to. */
        String iface;
        /** -I ADDR: the source address (IPv4 or IPv6 text), iputils' opt_strictsource. */
        String source;
        int ttl = -1;
        int size = 56;
        boolean quiet;
        /** -b: SO_BROADCAST on the socket, so a broadcast destination may be connected to. */
        boolean broadcast;
        String pmtu;
        String dest;
        /** The hosts before the destination: iputils' source-route hops. */
        List<String> hops = new java.util.ArrayList<>();
        /** The destination was a name (not numeric): replies show "NAME (ADDR)" when the address has one. */
        boolean named;
        boolean endOfOptions;
        int family;

        /** The address family's shared run (ping_common.c) with these options (setup()'s rules applied). */
        PingCommon common(Ctx ctx) {
            PingCommon c = new PingCommon(ctx);
            c.npackets = count < 0 ? 0 : count;
            c.interval = flood && !intervalSet ? 0 : interval;
            c.preload = preload;
            if (timeoutNs >= 0) c.lingertime = (int) (timeoutNs / MS);
            c.deadline = deadlineNs < 0 ? 0 : deadlineNs / EventLoop.NS_PER_SEC;
            c.flood = flood;
            c.adaptive = adaptive;
            c.quiet = quiet;
            c.ptimeofday = ptimeofday;
            c.outstanding = outstanding;
            c.latency = latency;
            c.timing = size >= TIMEVAL_SIZE;
            c.hostname = dest;
            return c;
        }
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (o.endOfOptions || !a.startsWith("-") || a.length() == 1) {
                // getopt permutes: every operand is a host, the last one the destination
                if (o.dest != null) o.hops.add(o.dest);
                o.dest = a;
                continue;
            }
            if (a.equals("--")) {
                o.endOfOptions = true;
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if ("ciWwItsMl".indexOf(c) >= 0) {
                    String v = j + 1 < a.length() ? a.substring(j + 1) : (++i < args.size() ? args.get(i) : null);
                    if (v == null) {
                        ctx.err.println("ping: option requires an argument -- '" + c + "'");
                        return 2;
                    }
                    try {
                        switch (c) {
                            // strtol_or_err(optarg, ..., 1, LONG_MAX)
                            case 'c' -> o.count = (int) rangedLong(ctx, v, 1, Long.MAX_VALUE);
                            case 'i' -> {
                                double iv = strtod(ctx, v);
                                if (iv > Integer.MAX_VALUE / 1000.0) {
                                    ctx.err.println("ping: bad timing interval: " + v);
                                    return 2;
                                }
                                o.interval = (int) (iv * 1000);
                                o.intervalSet = true;
                            }
                            // strtol_or_err(1..MAX_DUP_CHK); root may preload more than 3
                            case 'l' -> o.preload = (int) rangedLong(ctx, v, 1, 65536);
                            case 'W' -> {
                                // ping_strtod, then a range check: "bad linger time" (exit 2).
                                double w = strtod(ctx, v);
                                if (w < 0 || w >= Integer.MAX_VALUE / 1000) {
                                    ctx.err.println("ping: bad linger time: " + v);
                                    return 2;
                                }
                                o.timeoutNs = (long) (w * 1000) * MS;
                            }
                            case 'w' -> {
                                // strtol_or_err(0..INT_MAX); 0 means no deadline.
                                long w = rangedLong(ctx, v, 0, Integer.MAX_VALUE);
                                o.deadlineNs = w == 0 ? -1 : w * 1000 * MS;
                            }
                            case 'I' -> {
                                // an IPv6 address (optionally %DEVICE), an IPv4 address, else a device name
                                if (v.indexOf(':') >= 0) {
                                    int pct = v.indexOf('%');
                                    String addr = pct >= 0 ? v.substring(0, pct) : v;
                                    try {
                                        Inet6.parse(addr);
                                    } catch (IllegalArgumentException e) {
                                        ctx.err.println("ping: invalid source address: " + v);
                                        return 2;
                                    }
                                    if (pct >= 0) o.iface = v.substring(pct + 1);
                                    o.source = addr;
                                } else if (isInet4(v)) {
                                    o.source = v;
                                } else {
                                    o.iface = v;
                                }
                            }
                            case 't' -> o.ttl = ranged(ctx, v, 0, 255);
                            case 's' -> o.size = ranged(ctx, v, 0, Integer.MAX_VALUE);
                            case 'M' -> {
                                // IP_PMTUDISC_DO / DONT / WANT; anything else (probe too) is refused at once.
                                if (!List.of("do", "dont", "want").contains(v)) {
                                    ctx.err.println("ping: invalid -M argument: " + v);
                                    return 2;
                                }
                                o.pmtu = v;
                            }
                            default -> { }
                        }
                    } catch (NumberFormatException e) {
                        ctx.err.println("ping: invalid argument: '" + v + "'");
                        return 1;
                    }
                    break;
                }
                switch (c) {
                    case 'q' -> o.quiet = true;
                    case 'b' -> o.broadcast = true;
                    case '4', '6' -> {
                        int f = c - '0';
                        if (o.family != 0 && o.family != f) {
                            ctx.err.println("ping: only one -4 or -6 option may be specified");
                            return 2;
                        }
                        o.family = f;
                    }
                    case 'f' -> o.flood = true;
                    case 'A' -> o.adaptive = true;
                    case 'D' -> o.ptimeofday = true;
                    case 'O' -> o.outstanding = true;
                    case 'U' -> o.latency = true;
                    case 'n', 'v' -> { }
                    case 'V' -> {
                        ctx.out.println("ping from iputils 20221126");
                        ctx.out.println("libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes");
                        return 0;
                    }
                    case 'h' -> {
                        ctx.err.print(usage());
                        return 2;
                    }
                    default -> {
                        // getopt's complaint, then iputils' usage(), exit 2
                        ctx.err.println("ping: invalid option -- '" + c + "'");
                        ctx.err.print(usage());
                        return 2;
                    }
                }
            }
        }
        if (o.count < 0 && o.deadlineNs < 0 && !ctx.host.kernel().loop.hasTerminal()) {
            // Without -c or -w ping runs until interrupted; a script has nobody to press Ctrl-C,
            // so linnet interrupts it after the 4th reply would have arrived (documented in README).
            // At the interactive shell's terminal it runs until Ctrl-C, as on Linux.
            o.count = 4;
        }
        // iputils refuses sizes beyond one datagram only to unprivileged users; root's
        // oversized requests reach the kernel and fail there (see send()).
        if (o.dest == null) {
            ctx.err.println("ping: usage error: Destination address required");
            return 1;
        }
        if (o.family == 6 || (o.family == 0 && o.dest.indexOf(':') >= 0)) {
            return new Ping6(ctx, o.common(ctx), o.iface, o.source, o.size, o.ttl, o.dest).run();
        }
        // getaddrinfo with AF_INET: an IPv6 literal is of the wrong family
        if (o.family == 4 && isInet6Literal(o.dest)) {
            ctx.err.println("ping: " + o.dest + ": " + linnet.tools.common.Resolver.EAI_ADDRFAMILY);
            return 2;
        }
        // the destination is resolved first, then every host in order (iputils' main, then ping4_run)
        linnet.tools.common.Resolver.Result r = linnet.tools.common.Resolver.resolve4(ctx, o.dest);
        if (!r.ok()) {
            ctx.err.println("ping: " + o.dest + ": " + r.error());
            return 2;
        }
        for (String hop : o.hops) {
            // hops are looked up without glibc's hostname check: any name needs the absent DNS
            linnet.tools.common.Resolver.Result h = linnet.tools.common.Resolver.resolve4(ctx, hop);
            if (!h.ok()) {
                ctx.err.println("ping: " + hop + ": " + linnet.tools.common.Resolver.EAI_AGAIN);
                return 2;
            }
        }
        o.named = !r.numeric();
        o.dest = r.canonical();
        return new Session(ctx, o, r.address()).run();
    }

    /** ping_strtod: a number; trailing garbage only warns (the number before it counts, else 0). */
    private static double strtod(Ctx ctx, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)").matcher(v);
            int end = m.find() ? m.end() : 0;
            ctx.err.println("ping: option argument contains garbage: " + v.substring(end));
            ctx.err.println("ping: this will become fatal error in the future");
            return end > 0 ? Double.parseDouble(v.substring(0, end).strip()) : 0;
        }
    }

    /** strtol_or_err: a number within [min, max], else iputils' message and exit 1. */
    private static int ranged(Ctx ctx, String v, long min, long max) { return (int) rangedLong(ctx, v, min, max); }

    private static long rangedLong(Ctx ctx, String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            ctx.err.println("ping: invalid argument: '" + v + "'");
            throw new linnet.tools.common.ToolExit(1);
        }
        if (n < min || n > max) {
            ctx.err.println("ping: invalid argument: '" + v + "': out of range: " + min + " <= value <= " + max);
            throw new linnet.tools.common.ToolExit(1);
        }
        return n;
    }

    /** sizeof(struct timeval) on a 64-bit machine: the smallest payload ping can time. */
    static final int TIMEVAL_SIZE = 16;

    /** One ping run over IPv4: the socket, the requests and what comes back; the loop is {@link PingCommon}'s. */
    private static final class Session implements PingCommon.Proto {
        final Ctx ctx;
        final Opts o;
        /** whereto: the destination (an unspecified one becomes the probe's source address). */
        int daddr;
        final NetnsIpv4 ns;
        final PingCommon c;
        final int ident;
        RawSocket sock;
        NetDevice bindDev;
        int bindAddr;

        Session(Ctx ctx, Opts o, int daddr) {
            this.ctx = ctx;
            this.o = o;
            this.daddr = daddr;
            this.ns = NetnsIpv4.of(ctx.net);
            this.ident = ctx.host.kernel().rng.nextInt(1, 65536);
            this.c = o.common(ctx);
        }

        /** Whether {@code dev} carries the IPv4 address {@code addr} under its own name as label. */
        private static boolean hasAddress(NetDevice dev, int addr) {
            linnet.kernel.ipv4.InDevice in = linnet.kernel.ipv4.InDevice.of(dev);
            if (in == null) return false;
            for (linnet.kernel.ipv4.InIfaddr a : in.addrs) if (a.local == addr && dev.name().equals(a.label)) return true;
            return false;
        }

        /** iputils' pr_addr: "NAME (ADDR)" when the destination was a name and the address has one. */
        String replyFrom(int addr) {
            String name = o.named ? linnet.tools.common.Resolver.hostsName(ctx, addr) : null;
            return name == null ? Fmt.ip(addr) : name + " (" + Fmt.ip(addr) + ")";
        }

        int run() {
            if (o.iface != null) {
                bindDev = ctx.net.byName(o.iface);
                if (bindDev == null) {
                    ctx.err.println("ping: SO_BINDTODEVICE " + o.iface + ": No such device");
                    return 2;
                }
            }
            if (o.source != null && isInet4(o.source)) bindAddr = Inet4.parse(o.source);
            // -I ADDR: bind() the probe socket first; a foreign address is EADDRNOTAVAIL
            if (bindAddr != 0 && !linnet.kernel.ipv4.Devinet.isLocal(ns, bindAddr)) {
                ctx.err.println("ping: bind: " + linnet.kernel.core.Errno.EADDRNOTAVAIL.text);
                return 2;
            }
            Rtable probe;
            try {
                // the probe is a UDP socket connect()ed to port 1025 (its flow is what rules see)
                probe = linnet.kernel.ipv4.Udp.datagramConnect(ns, daddr, bindAddr, bindDev, Ipv4.PROTO_UDP, 0, 1025);
                // connect() of the probe socket refuses a broadcast route without SO_BROADCAST.
                if (probe.type == linnet.kernel.ipv4.FibRoute.RTN_BROADCAST && !o.broadcast)
                    throw new KernelException(linnet.kernel.core.Errno.EACCES);
            } catch (KernelException e) {
                if (e.errno == linnet.kernel.core.Errno.EACCES) {
                    ctx.err.println("ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules");
                } else {
                    ctx.err.println("ping: connect: " + e.errno.text);
                }
                return 2;
            }
            int saddr = probe.saddr;
            if (probe.type == linnet.kernel.ipv4.FibRoute.RTN_BROADCAST) ctx.err.println("WARNING: pinging broadcast address");
            // getifaddrs: with -I DEVICE the chosen source should be an address labelled DEVICE
            if (bindDev != null && bindAddr == 0 && !hasAddress(bindDev, saddr))
                ctx.err.println("ping: Warning: source address might be selected on device other than: " + o.iface);
            if (daddr == 0) daddr = saddr;
            // setsockopt(IP_TTL) takes 1..255 (do_ip_setsockopt); IP_MULTICAST_TTL before it takes 0.
            if (o.ttl == 0) {
                ctx.err.println("ping: cannot set unicast time-to-live: " + linnet.kernel.core.Errno.EINVAL.text);
                return 2;
            }
            StringBuilder head = new StringBuilder("PING ").append(o.dest).append(" (").append(Fmt.ip(daddr)).append(") ");
            if (o.iface != null || o.source != null) {
                head.append("from ").append(Fmt.ip(saddr)).append(' ');
                if (bindDev != null) head.append(bindDev.name());
                head.append(": ");
            }
            head.append(o.size).append('(').append(o.size + 28).append(") bytes of data.");
            ctx.out.println(head);
            sock = ctx.host.ipv4().openRaw(ctx.net, Ipv4.PROTO_ICMP);
            sock.boundDev = bindDev;
            sock.recvErr = true;
            sock.icmpFilter = ~((1 << Icmp.ECHO_REPLY) | (1 << Icmp.DEST_UNREACH) | (1 << Icmp.SOURCE_QUENCH)
                    | (1 << Icmp.REDIRECT) | (1 << Icmp.TIME_EXCEEDED) | (1 << Icmp.PARAMETER_PROB));
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
            if ((long) Icmp.HLEN + o.size > 0xFFFF) {
                // raw_sendmsg: a message longer than any IPv4 datagram is EMSGSIZE before anything is
                // built, and nothing reaches the error queue, so iputils reports nothing: a silent loss.
                return PingCommon.Sent.FAILED_REPORTED;
            }
            byte[] msg = new byte[Icmp.HLEN + o.size];
            Icmp.setType(msg, 0, Icmp.ECHO_REQUEST);
            Icmp.setId(msg, 0, ident);
            Icmp.setSeq(msg, 0, seq);
            for (int i = Icmp.HLEN + 16; i < msg.length; i++) msg[i] = (byte) (i - Icmp.HLEN);
            Icmp.fillChecksum(msg, 0, msg.length);
            Rtable rt;
            try {
                // a raw ICMP socket's flow: the echo request's type and code overlay the destination port
                rt = Route.output(ns, daddr, bindAddr, bindDev, Ipv4.PROTO_ICMP, 0, Icmp.ECHO_REQUEST << 8);
            } catch (KernelException e) {
                c.failure = e.errno.text;
                return PingCommon.Sent.FAILED;
            }
            int ttl = o.ttl >= 0 ? o.ttl : ns.defaultTtl.intValue();
            int mtu = rt.mtu();
            int size = msg.length + Ipv4.HLEN;
            // IP_PMTUDISC_DO refuses to send what exceeds the path MTU (ip_local_error, EMSGSIZE);
            // WANT (the default) sets DF only on packets that fit, DONT never sets it.
            // Without DF the limit is IP_MAX_MTU; either way the error names the route's MTU.
            if (size > ("do".equals(o.pmtu) ? mtu : 0xFFFF)) {
                // receive_error_msg reads the local error from the error queue
                if (ctx.host.kernel().tracer != null)
                    ctx.host.kernel().tracer.noPacket(ctx.net, linnet.kernel.core.SkbTracer.Kind.ROUTE, "output: " + size
                            + " bytes do not fit the path MTU " + mtu + " to " + Fmt.ip(daddr)
                            + (rt.mtu() < rt.dev.mtu ? " (learnt from an ICMP frag needed)" : " (" + rt.dev.name() + "'s MTU)")
                            + " and -M do forbids fragmenting: EMSGSIZE");
                if (!c.quiet) {
                    if (c.flood) c.write("E");
                    else ctx.err.println("ping: local error: message too long, mtu=" + mtu);
                }
                c.nerrors++;
                return PingCommon.Sent.FAILED_REPORTED;
            }
            boolean df = "do".equals(o.pmtu) || (!"dont".equals(o.pmtu) && size <= mtu);
            linnet.kernel.core.Errno err = ctx.host.ipv4().output.sendmsg(ns, rt, Ipv4.PROTO_ICMP, msg, 0, msg.length, ttl, 0, df);
            // sendmsg returns once the softirq work it raised is done (a veth peer's reply included)
            ctx.host.kernel().waitSoftirq();
            // the device's queue is full: iputils slows down and tries the same request again
            if (err == linnet.kernel.core.Errno.ENOBUFS) return PingCommon.Sent.NOBUFS;
            if (err != null) {
                // sendmsg failed with EPERM (netfilter dropped it in OUTPUT). iputils looks at the error
                // queue: an ICMP error there (REJECT answering through lo, delivered before the syscall
                // returns) is printed, then the sendmsg error; an empty queue means a silent loss.
                if (!sock.errQueue.isEmpty()) {
                    receive();
                    c.failure = linnet.kernel.core.Errno.EPERM.text;
                    return PingCommon.Sent.FAILED;
                }
                return PingCommon.Sent.FAILED_REPORTED;
            }
            return PingCommon.Sent.OK;
        }

        @Override
        public void receive() {
            // A queued ICMP error sets sk_err, which fails the next recvmsg before any packet is read
            // (and reading one error re-arms it for the next): the errors are read first, each then
            // the in-flight check that returns to the main loop.
            RawSocket.ErrQueueEntry e;
            while ((e = sock.errQueue.poll()) != null) {
                byte[] p = e.payload();
                if (p.length < Ipv4.HLEN + Icmp.HLEN) continue;
                int inner = Ipv4.ihl(p, 0);
                if (Icmp.type(p, inner) != Icmp.ECHO_REQUEST || Icmp.id(p, inner) != ident) continue;
                c.nerrors++;
                int seq = Icmp.seq(p, inner);
                c.acknowledge(seq);
                if (!c.quiet) {
                    if (c.flood) {
                        c.write("\bE");
                    } else {
                        c.printTimestamp();
                        ctx.out.println("From " + Fmt.ip(e.offender()) + " icmp_seq=" + seq + " " + describe(e));
                    }
                }
                if (c.inFlight() == 0) return;
            }
            SkBuff skb;
            while ((skb = sock.rxQueue.poll()) != null) {
                byte[] b = skb.buf;
                int ip = skb.networkHeader;
                int ic = skb.transportHeader;
                int type = Icmp.type(b, ic);
                if (type == Icmp.ECHO_REPLY) {
                    if (Icmp.id(b, ic) != ident) continue;
                    int seq = Icmp.seq(b, ic);
                    int len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip);
                    c.gatherStatistics(len, seq, skb.tstamp, !c.printsReplies() ? null : len + " bytes from "
                            + replyFrom(Ipv4.src(b, ip)) + ": icmp_seq=" + seq + " ttl=" + Ipv4.ttl(b, ip));
                    // Nothing left in flight: back to the main loop, which may be done (a later
                    // duplicate then stays unread).
                    if (c.inFlight() == 0) break;
                    continue;
                }
                // ping4_parse_reply: an ICMP error or advice about one of our echoes to this target.
                // A redirect (or source quench) is printed from the raw packet; it is advice, not an
                // error (no error count, no acknowledgement). An error only acknowledges its sequence
                // here, silently (it widens the "pipe"): it is counted and printed from the error
                // queue below - and a socket bound to a device may get the packet without the
                // error-queue entry (a locally generated error loops back through lo), so then it
                // leaves only that trace.
                boolean advice = type == Icmp.REDIRECT || type == Icmp.SOURCE_QUENCH;
                if (advice || type == Icmp.DEST_UNREACH || type == Icmp.TIME_EXCEEDED || type == Icmp.PARAMETER_PROB) {
                    int len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip);
                    int inner = ic + Icmp.HLEN;
                    if (len < Icmp.HLEN + Ipv4.HLEN + 8 || len < Icmp.HLEN + Ipv4.ihl(b, inner) + 8) continue;
                    int innerIc = inner + Ipv4.ihl(b, inner);
                    if (Icmp.type(b, innerIc) != Icmp.ECHO_REQUEST || Ipv4.dst(b, inner) != daddr
                            || Icmp.id(b, innerIc) != ident) continue;
                    if (!advice) {
                        c.acknowledge(Icmp.seq(b, innerIc));
                        continue;
                    }
                    if (c.quiet || c.flood) continue;
                    c.printTimestamp();
                    ctx.out.println("From " + replyFrom(Ipv4.src(b, ip)) + ": icmp_seq=" + Icmp.seq(b, innerIc) + " "
                            + (type == Icmp.SOURCE_QUENCH ? "Source Quench"
                                    : redirectText(Icmp.code(b, ic)) + "(New nexthop: " + replyFrom(Icmp.gateway(b, ic)) + ")"));
                }
            }
        }

        /** pr_icmph's names of the ICMP_REDIR_* codes. */
        static String redirectText(int code) {
            return switch (code) {
                case 0 -> "Redirect Network";
                case 1 -> "Redirect Host";
                case 2 -> "Redirect Type of Service and Network";
                case 3 -> "Redirect Type of Service and Host";
                default -> "Redirect, Bad Code: " + code;
            };
        }

        static String describe(RawSocket.ErrQueueEntry e) {
            int code = e.code();
            return switch (e.type()) {
                case Icmp.DEST_UNREACH -> switch (code) {
                    case Icmp.NET_UNREACH -> "Destination Net Unreachable";
                    case Icmp.HOST_UNREACH -> "Destination Host Unreachable";
                    case Icmp.PROT_UNREACH -> "Destination Protocol Unreachable";
                    case Icmp.PORT_UNREACH -> "Destination Port Unreachable";
                    case Icmp.FRAG_NEEDED -> "Frag needed and DF set (mtu = " + e.info() + ")";
                    case Icmp.SR_FAILED -> "Source Route Failed";
                    case Icmp.NET_UNKNOWN -> "Destination Net Unknown";
                    case Icmp.HOST_UNKNOWN -> "Destination Host Unknown";
                    case Icmp.HOST_ISOLATED -> "Source Host Isolated";
                    case Icmp.NET_ANO -> "Destination Net Prohibited";
                    case Icmp.HOST_ANO -> "Destination Host Prohibited";
                    case Icmp.NET_UNR_TOS -> "Destination Net Unreachable for Type of Service";
                    case Icmp.HOST_UNR_TOS -> "Destination Host Unreachable for Type of Service";
                    case Icmp.PKT_FILTERED -> "Packet filtered";
                    case Icmp.PREC_VIOLATION -> "Precedence Violation";
                    case Icmp.PREC_CUTOFF -> "Precedence Cutoff";
                    default -> "Dest Unreachable, Bad Code: " + code;
                };
                case Icmp.TIME_EXCEEDED -> code == 0 ? "Time to live exceeded" : "Frag reassembly time exceeded";
                case Icmp.SOURCE_QUENCH -> "Source Quench";
                case Icmp.PARAMETER_PROB -> "Parameter problem: pointer = " + e.info();
                default -> "Bad ICMP type: " + e.type();
            };
        }
    }

    private static boolean isInet4(String v) {
        try {
            Inet4.parse(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isInet6Literal(String s) {
        int pct = s.indexOf('%');
        try {
            linnet.wire.Inet6.parse(pct >= 0 ? s.substring(0, pct) : s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** iputils' usage() text (recorded from the oracle), printed to stderr. */
    static String usage() {
        try (java.io.InputStream in = Ping.class.getResourceAsStream("/linnet/tools/ping/usage.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("ping usage text missing", e);
        }
    }
}
