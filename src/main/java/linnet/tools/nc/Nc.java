package linnet.tools.nc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.ipv4.TcpSocket;
import linnet.kernel.ipv4.UdpSocket;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.wire.Inet4;

/**
 * nc(1), OpenBSD netcat as Debian 12 ships it (netcat-openbsd 1.219): a TCP or UDP client
 * ({@code nc [-u] [-v] [-n] [-z] [-w secs] HOST PORT[-PORT]}) or a server ({@code nc -l [-p] PORT},
 * {@code -k} to accept again). Standard input is the line's stdin: /dev/null, or what a pipe fed
 * in ({@code echo hi | nc HOST PORT}); at its end nc keeps reading the network (no shutdown
 * unless -N; -q SECS quits that long after). The client's and server's waits run on the
 * virtual clock; a wait that nothing can ever end (no -w, no event left) ends as if the peer
 * went quiet, where real nc would hang.
 */
public final class Nc implements Tool {
    private static final String USAGE = """
            usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
            \t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
            \t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
            \t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
            \t  [destination] [port]""";

    private static final String HELP = """
            \tCommand Summary:
            \t\t-4\t\tUse IPv4
            \t\t-6\t\tUse IPv6
            \t\t-b\t\tAllow broadcast
            \t\t-C\t\tSend CRLF as line-ending
            \t\t-D\t\tEnable the debug socket option
            \t\t-d\t\tDetach from stdin
            \t\t-F\t\tPass socket fd
            \t\t-h\t\tThis help text
            \t\t-I length\tTCP receive buffer length
            \t\t-i interval\tDelay interval for lines sent, ports scanned
            \t\t-k\t\tKeep inbound sockets open for multiple connects
            \t\t-l\t\tListen mode, for inbound connects
            \t\t-M ttl\t\tOutgoing TTL / Hop Limit
            \t\t-m minttl\tMinimum incoming TTL / Hop Limit
            \t\t-N\t\tShutdown the network socket after EOF on stdin
            \t\t-n\t\tSuppress name/port resolutions
            \t\t-O length\tTCP send buffer length
            \t\t-P proxyuser\tUsername for proxy authentication
            \t\t-p port\t\tSpecify local port for remote connects
            \t\t-q secs\t\tquit after EOF on stdin and delay of secs
            \t\t-r\t\tRandomize remote ports
            \t\t-S\t\tEnable the TCP MD5 signature option
            \t\t-s sourceaddr\tLocal source address
            \t\t-T keyword\tTOS value
            \t\t-t\t\tAnswer TELNET negotiation
            \t\t-U\t\tUse UNIX domain socket
            \t\t-u\t\tUDP mode
            \t\t-V rtable\tSpecify alternate routing table
            \t\t-v\t\tVerbose
            \t\t-W recvlimit\tTerminate after receiving a number of packets
            \t\t-w timeout\tTimeout for connects and final net reads
            \t\t-X proto\tProxy protocol: "4", "5" (SOCKS) or "connect"
            \t\t-x addr[:port]\tSpecify proxy address and port
            \t\t-Z\t\tDCCP mode
            \t\t-z\t\tZero-I/O mode [used for scanning]
            \tPort numbers can be individual or ranges: lo-hi [inclusive]
            """;

    private static final class Opts {
        boolean listen, udp, verbose, zero, numeric, keep, shutdownOnEof;
        long waitNs = -1, quitNs = -1;
        /** -W: packets to receive before quitting; -1 = no limit. */
        long recvLimit = -1;
        String sourcePort, sourceAddr;
        final List<String> pos = new ArrayList<>();
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                o.pos.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!a.startsWith("-") || a.length() < 2) {
                o.pos.add(a);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if ("pqswIiMmOPTVWXx".indexOf(c) >= 0) {
                    String v;
                    if (j + 1 < a.length()) v = a.substring(j + 1);
                    else if (i + 1 < args.size()) v = args.get(++i);
                    else {
                        ctx.err.println("nc: option requires an argument -- '" + c + "'");
                        ctx.err.println(USAGE);
                        return 1;
                    }
                    switch (c) {
                        case 'p' -> o.sourcePort = v;
                        case 's' -> o.sourceAddr = v;
                        case 'w' -> {
                            Long secs = number(ctx, v, "timeout");
                            if (secs == null) return 1;
                            o.waitNs = secs * EventLoop.NS_PER_SEC;
                        }
                        case 'q' -> {
                            try {
                                o.quitNs = Long.parseLong(v) * EventLoop.NS_PER_SEC;
                            } catch (NumberFormatException e) {
                                ctx.err.println("nc: quit timer invalid: " + v);
                                return 1;
                            }
                        }
                        case 'W' -> {
                            Long n = number(ctx, v, "receive limit");
                            if (n == null) return 1;
                            o.recvLimit = n;
                        }
                        default -> { }
                    }
                    break;
                }
                switch (c) {
                    case 'l' -> o.listen = true;
                    case 'u' -> o.udp = true;
                    case 'v' -> o.verbose = true;
                    case 'z' -> o.zero = true;
                    case 'n' -> o.numeric = true;
                    case 'k' -> o.keep = true;
                    case 'N' -> o.shutdownOnEof = true;
                    case '4', 'd', 'D', 'C', 'F', 'r', 'S', 't', 'Z' -> { }
                    case 'h' -> {
                        ctx.err.println("OpenBSD netcat (Debian patchlevel 1.219-1)");
                        ctx.err.println(USAGE);
                        ctx.err.print(HELP);
                        return 0;
                    }
                    case '6' -> {
                        ctx.err.println("nc: IPv6 is not emulated");
                        return 1;
                    }
                    default -> {
                        ctx.err.println("nc: invalid option -- '" + c + "'");
                        ctx.err.println(USAGE);
                        return 1;
                    }
                }
            }
        }
        return o.listen ? server(ctx, o) : client(ctx, o);
    }

    private static Long number(Ctx ctx, String v, String what) {
        try {
            long n = Long.parseLong(v);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            ctx.err.println("nc: " + what + " invalid: " + v);
            return null;
        }
    }

    /** strtonum for a port: "nc: port number invalid: X" / "too large". */
    private static int port(Ctx ctx, String p) {
        try {
            int n = Integer.parseInt(p);
            if (n < 1) {
                ctx.err.println("nc: port number too small: " + p);
                return -1;
            }
            if (n > 65535) {
                ctx.err.println("nc: port number too large: " + p);
                return -1;
            }
            return n;
        } catch (NumberFormatException e) {
            ctx.err.println("nc: port number invalid: " + p);
            return -1;
        }
    }

    /** getaddrinfo: numeric forms, /etc/hosts, then the (unreachable) name server. */
    private static Integer resolve(Ctx ctx, String host, String port) {
        linnet.tools.common.Resolver.Result r = linnet.tools.common.Resolver.resolve4(ctx, host);
        if (r.ok()) return r.address();
        ctx.err.println("nc: getaddrinfo for host \"" + host + "\" port " + port + ": " + r.error());
        return null;
    }

    private static EventLoop loop(Ctx ctx) { return ctx.host.kernel().loop; }

    /** Waits on the virtual clock until {@code done}, at most {@code ns} (negative: no limit); true if done. */
    private static boolean waitFor(Ctx ctx, BooleanSupplier done, long ns) {
        EventLoop loop = loop(ctx);
        long deadline = ns < 0 ? Long.MAX_VALUE : loop.now() + ns;
        loop.runWhile(() -> !done.getAsBoolean(), deadline);
        return done.getAsBoolean();
    }

    // ---------------------------------------------------------------- client

    private int client(Ctx ctx, Opts o) {
        if (o.pos.isEmpty()) {
            ctx.err.println(USAGE);
            return 1;
        }
        if (o.pos.size() == 1) {
            ctx.err.println("nc: missing port number");
            return 1;
        }
        String host = o.pos.get(0);
        // build_ports(): every further argument is a port or a lo-hi range, scanned in order.
        List<String> ports = new ArrayList<>();
        for (String spec : o.pos.subList(1, o.pos.size())) {
            int dash = spec.indexOf('-');
            if (dash > 0) {
                int lo = port(ctx, spec.substring(0, dash)), hi = port(ctx, spec.substring(dash + 1));
                if (lo < 0 || hi < 0) return 1;
                for (int p = Math.min(lo, hi); p <= Math.max(lo, hi); p++) ports.add(Integer.toString(p));
            } else {
                if (port(ctx, spec) < 0) return 1;
                ports.add(spec);
            }
        }
        Integer daddr = resolve(ctx, host, ports.get(0));
        if (daddr == null) return 1;
        int saddr = 0, sport = 0;
        if (o.sourceAddr != null) {
            Integer s = resolve(ctx, o.sourceAddr, "0");
            if (s == null) return 1;
            saddr = s;
        }
        if (o.sourcePort != null) {
            sport = port(ctx, o.sourcePort);
            if (sport < 0) return 1;
        }
        int ret = 1;
        for (String p : ports) {
            int dport = Integer.parseInt(p);
            int r = o.udp ? udpClient(ctx, o, host, daddr, saddr, sport, p, dport) : tcpClient(ctx, o, host, daddr, saddr, sport, p, dport);
            if (r == 0) ret = 0;
            else if (ports.size() == 1) ret = r;
            if (r == 2) return 1;
        }
        return ret;
    }

    private void connectionInfo(Ctx ctx, Opts o, String host, int daddr, String port) {
        String ip = Inet4.format(daddr);
        String service = o.numeric ? null : Services.byPort(Integer.parseInt(port), o.udp);
        StringBuilder sb = new StringBuilder("Connection to ").append(host);
        if (!o.numeric && !host.equals(ip)) sb.append(" (").append(ip).append(')');
        sb.append(' ').append(port).append(" port [").append(o.udp ? "udp" : "tcp").append('/')
                .append(service == null ? "*" : service).append("] succeeded!");
        ctx.err.println(sb);
    }

    private void connectFailed(Ctx ctx, Opts o, String host, int daddr, String port, Errno e) {
        if (!o.verbose) return;
        String ip = Inet4.format(daddr);
        String who = o.numeric || host.equals(ip) ? host : host + " (" + ip + ")";
        ctx.err.println("nc: connect to " + who + " port " + port + " (" + (o.udp ? "udp" : "tcp") + ") failed: " + e.text);
    }

    private int tcpClient(Ctx ctx, Opts o, String host, int daddr, int saddr, int sport, String p, int dport) {
        TcpSocket s = ctx.host.ipv4().tcp.socket(ctx.net);
        try {
            if (saddr != 0 || sport != 0) {
                try {
                    s.bind(saddr, sport);
                } catch (KernelException e) {
                    // remote_connect's bind() failure ends nc (err(1, "bind failed")).
                    ctx.err.println("nc: bind failed: " + e.errno.text);
                    return 2;
                }
            }
            s.connect(daddr, dport);
            // poll()'s -w timeout ends just before the SYN's first retransmission, which
            // the kernel's jiffies timer (TCP_TIMEOUT_INIT, rounded up) fires after it.
            boolean done = waitFor(ctx, () -> !s.connecting(), o.waitNs > 0 ? o.waitNs - 1 : o.waitNs);
            if (!done) {
                s.close();
                // connect_with_timeout's poll ran out: warn() shows errno, still EINPROGRESS.
                if (o.verbose) {
                    String ip = Inet4.format(daddr);
                    String who = o.numeric || host.equals(ip) ? host : host + " (" + ip + ")";
                    ctx.err.println("nc: connect to " + who + " port " + p + " (tcp) timed out: " + Errno.EINPROGRESS.text);
                }
                return 1;
            }
            Errno e = s.takeError();
            if (e != null || !s.established()) {
                s.close();
                connectFailed(ctx, o, host, daddr, p, e != null ? e : Errno.ECONNREFUSED);
                return 1;
            }
            if (o.verbose) connectionInfo(ctx, o, host, daddr, p);
            if (!o.zero) readWrite(ctx, o, s);
            return 0;
        } catch (KernelException e) {
            connectFailed(ctx, o, host, daddr, p, e.errno);
            return 1;
        } finally {
            s.close();
        }
    }

    /**
     * readwrite(): stdin goes out, the network comes to stdout, until the peer closes, -w of
     * idleness, or -q after stdin's end.
     */
    private void readWrite(Ctx ctx, Opts o, TcpSocket s) throws KernelException {
        EventLoop loop = loop(ctx);
        boolean sent = ctx.stdin() != null && ctx.stdin().length > 0;
        if (sent) s.send(ctx.stdin());
        if (o.shutdownOnEof) s.shutdownWrite();
        // write(2) and shutdown(2) return after the softirq work they raised (the peer got the data)
        if (sent || o.shutdownOnEof) ctx.host.kernel().waitSoftirq();
        long quitAt = o.quitNs >= 0 ? loop.now() + o.quitNs : Long.MAX_VALUE;
        long received = 0;
        while (true) {
            long limit = o.waitNs >= 0 ? loop.now() + o.waitNs : Long.MAX_VALUE;
            limit = Math.min(limit, quitAt);
            loop.runWhile(() -> !s.readable(), limit);
            if (s.available() > 0) {
                byte[] data = s.read();
                ctx.out.write(data, 0, data.length);
                ctx.out.flush();
                if (o.recvLimit >= 0 && ++received >= o.recvLimit) return;
                continue;
            }
            // End of file, an error (reset: silently done), idleness, or nothing left that could happen.
            return;
        }
    }

    private int udpClient(Ctx ctx, Opts o, String host, int daddr, int saddr, int sport, String p, int dport) {
        UdpSocket s;
        try {
            s = ctx.host.ipv4().udp.open(ctx.net, saddr, sport, null);
        } catch (KernelException e) {
            ctx.err.println("nc: bind failed: " + e.errno.text);
            return 2;
        }
        try {
            s.remoteAddr = daddr;
            s.remotePort = dport;
            if (o.verbose) {
                // Debian's nc probes a UDP peer only when verbose (with or without -z); plain -z
                // sends nothing. udptest: two writes at once, then one per second of the -w
                // timeout (3 without -w); the first write failing, or a later one failing with
                // ECONNREFUSED (a port unreachable came back), ends the test silently. Other
                // hard errors (host prohibited: EHOSTUNREACH) only cost that write.
                if (udpWrite(ctx, s) != null) return 1;
                if (udpWrite(ctx, s) == Errno.ECONNREFUSED) return 1;
                long t = o.waitNs >= 0 ? o.waitNs / EventLoop.NS_PER_SEC : UDP_SCAN_TIMEOUT;
                EventLoop loop = loop(ctx);
                for (long i = 0; i < t; i++) {
                    loop.runWhile(() -> true, loop.now() + EventLoop.NS_PER_SEC);
                    if (udpWrite(ctx, s) == Errno.ECONNREFUSED) return 1;
                }
                connectionInfo(ctx, o, host, daddr, p);
            }
            if (o.zero) return 0;
            if (ctx.stdin() != null && ctx.stdin().length > 0) udpSend(ctx, s, ctx.stdin());
            EventLoop loop = loop(ctx);
            long quitAt = o.quitNs >= 0 ? loop.now() + o.quitNs : Long.MAX_VALUE;
            while (true) {
                long limit = Math.min(o.waitNs >= 0 ? loop.now() + o.waitNs : Long.MAX_VALUE, quitAt);
                loop.runWhile(() -> s.rxQueue.isEmpty(), limit);
                UdpSocket.Datagram d = s.recv();
                if (d == null) return 0;
                if (d.srcAddr() != daddr || d.srcPort() != dport) continue;
                ctx.out.write(d.payload(), 0, d.payload().length);
                ctx.out.flush();
            }
        } finally {
            s.close();
        }
    }

    /** netcat's UDP_SCAN_TIMEOUT: the seconds udptest waits for an answer without -w. */
    static final long UDP_SCAN_TIMEOUT = 3;

    /** write(2) of one "X" on a connected UDP socket: null when sent, else the errno (a pending sk_err). */
    private static Errno udpWrite(Ctx ctx, UdpSocket s) {
        if (s.err != null) {
            Errno e = s.err;
            s.err = null;
            return e;
        }
        try {
            ctx.host.ipv4().udp.send(s, s.remoteAddr, s.remotePort, new byte[] {'X'}, 0);
        } catch (KernelException e) {
            return e.errno;
        }
        ctx.host.kernel().waitSoftirq();
        return null;
    }

    /** send(2) on a connected UDP socket; false when it fails (a pending ECONNREFUSED among others). */
    private static boolean udpSend(Ctx ctx, UdpSocket s, byte[] data) {
        if (s.err != null) {
            s.err = null;
            return false;
        }
        try {
            ctx.host.ipv4().udp.send(s, s.remoteAddr, s.remotePort, data, 0);
        } catch (KernelException e) {
            return false;
        }
        ctx.host.kernel().waitSoftirq();
        return true;
    }

    // ---------------------------------------------------------------- server

    private int server(Ctx ctx, Opts o) {
        String portArg = o.sourcePort;
        String addrArg = o.sourceAddr;
        if (portArg == null) {
            if (o.pos.isEmpty()) {
                ctx.err.println("nc: missing port number");
                return 1;
            }
            if (o.pos.size() > 2) {
                ctx.err.println(USAGE);
                return 1;
            }
            portArg = o.pos.get(o.pos.size() - 1);
            if (o.pos.size() == 2) addrArg = o.pos.get(0);
        } else if (o.pos.size() == 1) {
            addrArg = o.pos.get(0);
        } else if (o.pos.size() > 1) {
            ctx.err.println(USAGE);
            return 1;
        }
        int port = port(ctx, portArg);
        if (port < 0) return 1;
        int addr = 0;
        if (addrArg != null) {
            Integer a = resolve(ctx, addrArg, portArg);
            if (a == null) return 1;
            addr = a;
        }
        return o.udp ? udpServer(ctx, o, addr, port) : tcpServer(ctx, o, addr, port);
    }

    private int tcpServer(Ctx ctx, Opts o, int addr, int port) {
        TcpSocket l = ctx.host.ipv4().tcp.socket(ctx.net);
        try {
            try {
                l.bind(addr, port);
                l.listen(1);
            } catch (KernelException e) {
                ctx.err.println("nc: " + (e.errno == Errno.EADDRINUSE || e.errno == Errno.EADDRNOTAVAIL ? "Address already in use" : e.errno.text));
                return 1;
            }
            if (o.verbose) ctx.err.println("Listening on " + Inet4.format(addr) + " " + port);
            do {
                // -w has no effect on waiting for a connection.
                if (!waitFor(ctx, l::hasPendingAccept, -1)) return 0;
                TcpSocket c = l.accept();
                if (o.verbose) ctx.err.println("Connection received on " + Inet4.format(c.remoteAddr) + " " + c.remotePort);
                try {
                    readWrite(ctx, o, c);
                } catch (KernelException e) {
                    // the peer went away
                } finally {
                    c.close();
                }
            } while (o.keep);
            return 0;
        } finally {
            l.close();
        }
    }

    private int udpServer(Ctx ctx, Opts o, int addr, int port) {
        UdpSocket s;
        try {
            s = ctx.host.ipv4().udp.open(ctx.net, addr, port, null);
        } catch (KernelException e) {
            ctx.err.println("nc: Address already in use");
            return 1;
        }
        try {
            if (o.verbose) ctx.err.println("Bound on " + Inet4.format(addr) + " " + port);
            if (!waitFor(ctx, () -> !s.rxQueue.isEmpty(), -1)) return 0;
            long received = 0;
            UdpSocket.Datagram first = s.rxQueue.peek();
            // The first datagram's sender becomes the one peer (connect()).
            s.remoteAddr = first.srcAddr();
            s.remotePort = first.srcPort();
            if (o.verbose) ctx.err.println("Connection received on " + Inet4.format(first.srcAddr()) + " " + first.srcPort());
            EventLoop loop = loop(ctx);
            while (true) {
                UdpSocket.Datagram d;
                while ((d = s.recv()) != null) {
                    if (d.srcAddr() != s.remoteAddr || d.srcPort() != s.remotePort) continue;
                    ctx.out.write(d.payload(), 0, d.payload().length);
                    ctx.out.flush();
                    // -W: quit once that many packets were read.
                    if (o.recvLimit >= 0 && ++received >= o.recvLimit) return 0;
                }
                long limit = o.waitNs >= 0 ? loop.now() + o.waitNs : Long.MAX_VALUE;
                loop.runWhile(() -> s.rxQueue.isEmpty(), limit);
                if (s.rxQueue.isEmpty()) return 0;
            }
        } finally {
            s.close();
        }
    }
}
