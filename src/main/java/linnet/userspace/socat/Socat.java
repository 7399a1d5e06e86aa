package linnet.userspace.socat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Realtime;
import linnet.kernel.ipv4.NetnsIpv4;
import linnet.kernel.ipv4.TcpSocket;
import linnet.kernel.ipv4.TcpState;
import linnet.kernel.ipv4.Udp;
import linnet.kernel.ipv4.UdpSocket;
import linnet.kernel.rtnl.DevIoctl;
import linnet.kernel.rtnl.TunFd;
import linnet.sim.EventLoop;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;
import linnet.tools.common.Resolver;
import linnet.tools.common.Tool;
import linnet.wire.Inet4;

/**
 * socat 1.7.4.4 (Debian 12) as a user-space program on the emulated kernel.
 *
 * <p>Address types: {@code TUN[:ADDR/LEN]} (opens /dev/net/tun, TUNSETIFF with {@code tun-type=tun|tap},
 * {@code iff-no-pi}, {@code tun-name=}; the address and netmask by SIOCSIFADDR/SIOCSIFNETMASK, {@code up}
 * by SIOCSIFFLAGS), {@code UDP:HOST:PORT} (a UDP socket connected to the peer), {@code UDP-LISTEN:PORT}
 * (bound, it waits for the first datagram and connects to its sender, as socat's recvfrom(MSG_PEEK)
 * does), {@code TCP:HOST:PORT} ({@code TCP4:}, {@code TCP-CONNECT:}, {@code TCP4-CONNECT:}: a connected
 * TCP socket, {@code bind=HOST[:PORT]}, {@code sourceport=}), {@code TCP-LISTEN:PORT} ({@code TCP-L:},
 * {@code TCP4-LISTEN:}, {@code TCP4-L:}: listens, {@code bind=HOST}, {@code reuseaddr}, {@code backlog=},
 * accepts one connection and closes the listener, or with {@code fork} hands each connection to a
 * child process and keeps accepting), and {@code STDIO} / {@code -} ({@code STDIN}, {@code STDOUT}).
 * socat opens its first address (parsing it only then), then its second, so an error in the second
 * shows after the first is open.
 *
 * <p>Then its transfer loop: whatever one side reads (a packet from the tun, a datagram, a block of a
 * stream) is written to the other, one read one write. An end of file on one side ends that direction
 * and shuts the other side's writing down (shutdown(SHUT_WR) on a socket); socat then waits {@code -t}
 * seconds (0.5) for the other direction and exits. Log lines are socat's
 * "YYYY/MM/DD HH:MM:SS socat[PID] L message": errors (E) always, warnings (W) with {@code -d}, notices
 * (N) with {@code -d -d}, the info lines (I) of these address types' paths with {@code -d -d -d}. Errors
 * exit with status 1; a SIGTERM is logged and exits with 143. {@code -u}, {@code -U}, {@code -t},
 * {@code -T} are read; {@code -v}, {@code -x} dumps are not printed. Not emulated: EXEC, SYSTEM (their
 * command's stdin would have to be a stream), the other address types, IPv6 (TCP6, UDP6).
 */
public final class Socat implements Tool {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** SIGCHLD, as the listener's childdied() handler names it. */
    private static final int SIGCHLD = 17;

    /**
     * User-space time, where it decides a race the real programs run: a process woken from a blocking
     * connect() gets the CPU back about this much later (after its peer's accept() has gone on), and a
     * child of fork() starts running about this much after the parent went on.
     */
    static final long CONNECT_WAKEUP_NS = 100_000, FORK_NS = 500_000;

    /** The buffer address socat's read/write error lines show (its heap; any value, it differs per run). */
    private static final String BUF = "0x55d5c2b1e000";

    /** socat's error exit: a line in its log format, status 1. */
    static final class Fail extends Exception {
        Fail(String msg) { super(msg, null, false, false); }
    }

    /** The command line's options that hold for every process socat forks. */
    static final class Opts {
        int debug;
        long timeoutNs = 500 * EventLoop.NS_PER_MS, idleNs = -1;
        boolean leftToRight = true, rightToLeft = true;
    }

    /**
     * One socat process (the one started, or a child forked off for a connection): its pid for the
     * log, its file descriptors (0-2 the standard ones; 3 and 4 are socat's own diagnostics pair, so
     * its first socket is 5), what it closes when it exits.
     */
    static final class Proc {
        final Ctx ctx;
        final Opts opts;
        final int pid;
        final BitSet fds;
        final List<Side> open;
        /** Children that ended and were not yet reported (the parent's SIGCHLD). */
        final List<Integer> died = new ArrayList<>();

        Proc(Ctx ctx, Opts opts, int pid, BitSet fds, List<Side> open) {
            this.ctx = ctx;
            this.opts = opts;
            this.pid = pid;
            this.fds = fds;
            this.open = open;
        }

        static Proc start(Ctx ctx, Opts opts) {
            BitSet fds = new BitSet();
            fds.set(0, 5);
            return new Proc(ctx, opts, ctx.proc != null ? ctx.proc.pid : 0, fds, new ArrayList<>());
        }

        /** The lowest free descriptor, as open(2)/socket(2)/accept(2) return. */
        int allocFd() {
            int fd = fds.nextClearBit(0);
            fds.set(fd);
            return fd;
        }

        void freeFd(int fd) { fds.clear(fd); }

        EventLoop loop() { return ctx.host.kernel().loop; }

        void log(char level, String msg) {
            int need = switch (level) {
                case 'F', 'E' -> 0;
                case 'W' -> 1;
                case 'N' -> 2;
                case 'I' -> 3;
                default -> 4;
            };
            if (opts.debug < need) return;
            ctx.err.println(STAMP.format(Instant.ofEpochSecond(0, Realtime.ns(loop().now()))) + " socat[" + pid + "] "
                    + level + " " + msg);
            ctx.err.flush();
        }

        void e(String msg) { log('E', msg); }

        void w(String msg) { log('W', msg); }

        void n(String msg) { log('N', msg); }

        void i(String msg) { log('I', msg); }

        /** Closes what it holds, in the order it opened it (socat's exit handlers). */
        void closeAll() {
            for (Side s : List.copyOf(open)) s.close(this);
            open.clear();
        }
    }

    /** What socat does with an opened address: open the next one, or run the transfer loop. */
    @FunctionalInterface
    interface Then {
        int run(Proc p, Side s) throws Fail;
    }

    /** One side of the transfer loop. */
    interface Side {
        /** Whether a read would not block (data, end of file, or an error waiting). */
        boolean readable();

        /** One read: a packet or block, an empty array at end of file. */
        byte[] read() throws Fail;

        void write(byte[] data) throws Fail;

        /** The descriptor it reads and the one it writes (the loop's "FDs [r,w]"). */
        int rfd();

        int wfd();

        /** The other direction ended: shutdown(SHUT_WR) where the side is a socket. */
        default void shutdownWrite(Proc p) {}

        void close(Proc p);
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        Opts o = new Opts();
        int i = 0;
        Proc p = Proc.start(ctx, o);
        try {
            for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
                String a = args.get(i);
                if (a.matches("-d+")) {
                    o.debug += a.length() - 1;
                    continue;
                }
                switch (a) {
                    case "-v", "-x", "-s", "-b" -> {
                        // -v/-x: data dumps (not printed here), -s: keep going
                    }
                    case "-u" -> o.rightToLeft = false;
                    case "-U" -> o.leftToRight = false;
                    case "-t", "-T" -> {
                        if (++i >= args.size()) throw new Fail("option \"" + a + "\" requires an argument");
                        double s;
                        try {
                            s = Double.parseDouble(args.get(i));
                        } catch (NumberFormatException e) {
                            throw new Fail("option \"" + a + "\": invalid number \"" + args.get(i) + "\"");
                        }
                        if (a.equals("-t")) o.timeoutNs = (long) (s * 1e9);
                        else o.idleNs = (long) (s * 1e9);
                    }
                    default -> throw new Fail("unknown option \"" + a + "\"; use option \"-h\" for help");
                }
            }
            if (o.debug >= 3) {
                p.i("socat by Gerhard Rieger and contributors - see www.dest-unreach.org");
                p.i("This product includes software developed by the OpenSSL Project for use in the OpenSSL Toolkit. (http://www.openssl.org/)");
                p.i("This product includes software written by Tim Hudson (tjh@cryptsoft.com)");
            }
            List<String> addrs = args.subList(i, args.size());
            if (addrs.size() != 2)
                throw new Fail("exactly 2 addresses required (there are " + addrs.size() + "); use option \"-h\" for help");
            String spec1 = addrs.get(0), spec2 = addrs.get(1);
            return main(p, spec1, spec2);
        } catch (Fail f) {
            return fail(p, f);
        }
    }

    /** socat(): open the first address, then the second, then the loop; errors end the process. */
    static int main(Proc p, String spec1, String spec2) {
        try {
            try {
                return open(p, spec1, 1, (p1, s1) -> open(p1, spec2, 2, (p2, s2) -> {
                    p2.i("resolved and opened all sock addresses");
                    if (transfer(p2, s1, s2)) {
                        p2.n("exiting with status 0");
                        p2.closeAll();
                    } else {
                        p2.closeAll();
                        p2.n("exiting with status 0");
                    }
                    return 0;
                }));
            } catch (Fail f) {
                return fail(p, f);
            }
        } catch (Tasks.Killed k) {
            signalled(p, k);
            throw k;
        } finally {
            p.closeAll();
        }
    }

    /**
     * socat_signal(): a SIGTERM (kill PID) is logged, then socat exits with 128 + the signal. SIGKILL
     * leaves no line; nor does the end of the script, whose late lines would be lost anyway.
     */
    static void signalled(Proc p, Tasks.Killed k) {
        Tasks tasks = p.loop().tasks();
        if (k.signal != 15 || tasks != null && tasks.ending()) return;
        p.n("socat_signal(): handling signal " + k.signal);
        p.w("exiting on signal " + k.signal);
        p.n("socat_signal(): finishing signal " + k.signal);
        p.n("exit(" + (128 + k.signal) + ")");
    }

    private static int fail(Proc p, Fail f) {
        p.e(f.getMessage());
        p.n("exit(1)");
        p.closeAll();
        return 1;
    }

    private static boolean isListen(String type) { return type.startsWith("TCP") && (type.endsWith("-LISTEN") || type.endsWith("-L")); }

    /** xioopen: parse one address, open it, go on with {@code then} (in a child for each connection under fork). */
    static int open(Proc p, String spec, int n, Then then) throws Fail {
        Address a = Address.parse(spec);
        settingOptions(p, a);
        if (isListen(a.type)) return TcpSide.listen(p, a, then);
        Side s = switch (a.type) {
            case "TUN" -> TunSide.open(p, a);
            case "STDIO", "STDIN", "STDOUT" -> StdioSide.open(p, a, n);
            case "TCP", "TCP4", "TCP-CONNECT", "TCP4-CONNECT" -> TcpSide.connect(p, a);
            default -> UdpSide.open(p, a);
        };
        return then.run(p, s);
    }

    /** An address as written: its keyword, its colon-separated parameters, its options. */
    record Address(String type, List<String> params, Map<String, String> opts) {
        static Address parse(String spec) throws Fail {
            String[] parts = spec.split(",", -1);
            String head = parts[0];
            List<String> params = new ArrayList<>(List.of(head.split(":", -1)));
            String written = params.remove(0);
            String type = written.toUpperCase(Locale.ROOT);
            if (type.equals("-")) type = "STDIO";
            Map<String, String> opts = new LinkedHashMap<>();
            for (int k = 1; k < parts.length; k++) {
                String o = parts[k];
                int eq = o.indexOf('=');
                opts.put((eq < 0 ? o : o.substring(0, eq)).toLowerCase(Locale.ROOT), eq < 0 ? "" : o.substring(eq + 1));
            }
            int want = switch (type) {
                case "TUN" -> params.size() <= 1 ? params.size() : -1;
                case "UDP", "UDP-CONNECT", "UDP4", "UDP4-CONNECT" -> 2;
                case "UDP-LISTEN", "UDP4-LISTEN", "UDP-L" -> 1;
                case "TCP", "TCP4", "TCP-CONNECT", "TCP4-CONNECT" -> 2;
                case "TCP-LISTEN", "TCP-L", "TCP4-LISTEN", "TCP4-L" -> 1;
                case "STDIO", "STDIN", "STDOUT" -> 0;
                default -> throw new Fail("unknown device/address \"" + written + "\"");
            };
            if (want < 0 || params.size() != want)
                throw new Fail(written + ": wrong number of parameters (" + params.size() + " instead of "
                        + (type.equals("TUN") ? "0 or 1" : want) + ")");
            List<String> mine = KNOWN.getOrDefault(group(type), List.of());
            for (String o : opts.keySet()) {
                if (mine.contains(o)) continue;
                if (ALL.contains(o)) throw new Fail("parseopts_table(): option \"" + o + "\" not supported with this address type");
                throw new Fail("parseopts_table(): unknown option \"" + o + "\"");
            }
            return new Address(type, params, opts);
        }

        static String group(String type) {
            if (type.startsWith("UDP")) return "UDP";
            if (type.startsWith("TCP")) return isListen(type) ? "TCP-LISTEN" : "TCP";
            return type.startsWith("STD") ? "STDIO" : type;
        }

        /** Options every address takes (socat's application and file-descriptor groups, as far as read here). */
        private static final List<String> COMMON = List.of("crlf", "ignoreeof", "cr", "readbytes", "rb");

        private static List<String> with(String... names) {
            List<String> l = new ArrayList<>(COMMON);
            l.addAll(List.of(names));
            return List.copyOf(l);
        }

        /** Socket options of IP sockets (accepted; only bind, sourceport and reuseaddr act). */
        private static final String[] IP_SOCKET = {"bind", "reuseaddr", "so-reuseaddr", "reuseport", "so-reuseport", "rcvbuf",
                "sndbuf", "keepalive", "so-keepalive", "ttl", "ip-ttl", "tos", "ip-tos", "pf", "protocol-family", "su", "setuid",
                "fork", "retry", "forever", "interval", "so-bindtodevice", "bindtodevice", "if", "interface"};

        /** The options of each group this socat reads (the rest of socat's options are refused). */
        private static final Map<String, List<String>> KNOWN = Map.of(
                "TUN", with("up", "iff-up", "tun-type", "iff-no-pi", "tun-name", "tun-device", "iff-broadcast", "iff-noarp"),
                "UDP", with(concat(IP_SOCKET, "sourceport", "sp", "lowport")),
                "TCP", with(concat(IP_SOCKET, "sourceport", "sp", "lowport", "nodelay", "tcp-nodelay", "mss", "tcp-maxseg",
                        "connect-timeout")),
                "TCP-LISTEN", with(concat(IP_SOCKET, "backlog", "max-children", "range", "nodelay", "tcp-nodelay", "mss",
                        "tcp-maxseg", "accept-timeout")),
                "STDIO", COMMON);

        /** Every option name known here: one of another group is "not supported with this address type". */
        private static final Set<String> ALL = allOptions();

        private static String[] concat(String[] a, String... b) {
            String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        private static Set<String> allOptions() {
            Set<String> s = new java.util.HashSet<>();
            KNOWN.values().forEach(s::addAll);
            return Set.copyOf(s);
        }
    }

    /**
     * The transfer loop (xioengine's select loop): wait until a side is readable, move one read's data
     * to the other side. An end of file on one side ends that direction and shuts the other side's
     * writing down; from then on each wait lasts at most -t (the closing wait), before that at most
     * -T (the inactivity timeout) if given. A wait that runs out ends the loop; with -T that is the
     * inactivity timeout, and socat exits at once (it closes its addresses only in its exit
     * handlers). Returns whether the inactivity timeout ended it.
     */
    static boolean transfer(Proc p, Side s1, Side s2) throws Fail {
        Opts o = p.opts;
        p.n("starting data transfer loop with FDs [" + s1.rfd() + "," + s1.wfd() + "] and [" + s2.rfd() + "," + s2.wfd() + "]");
        EventLoop loop = p.loop();
        boolean open1 = o.leftToRight, open2 = o.rightToLeft;
        while (open1 || open2) {
            boolean r1 = open1, r2 = open2;
            boolean closing = !(open1 && open2);
            long waitNs = closing ? o.timeoutNs : o.idleNs;
            long deadline = waitNs >= 0 ? loop.now() + waitNs : Long.MAX_VALUE;
            loop.runWhile(() -> !(r1 && s1.readable()) && !(r2 && s2.readable()), deadline);
            boolean moved = false;
            if (open1 && s1.readable()) {
                byte[] d = s1.read();
                if (d.length == 0) {
                    open1 = false;
                    p.n("socket 1 (fd " + s1.rfd() + ") is at EOF");
                    s2.shutdownWrite(p);
                } else {
                    s2.write(d);
                    p.i("transferred " + d.length + " bytes from " + s1.rfd() + " to " + s2.wfd());
                }
                moved = true;
            }
            if (open2 && s2.readable()) {
                byte[] d = s2.read();
                if (d.length == 0) {
                    open2 = false;
                    p.n("socket 2 (fd " + s2.rfd() + ") is at EOF");
                    s1.shutdownWrite(p);
                } else {
                    s1.write(d);
                    p.i("transferred " + d.length + " bytes from " + s2.rfd() + " to " + s1.wfd());
                }
                moved = true;
            }
            if (!moved) {
                // the wait ran out (or, in the foreground, nothing more can ever happen)
                if (deadline == Long.MAX_VALUE || loop.now() < deadline) return false;
                p.i("poll timed out (no data within " + String.format(Locale.ROOT, "%.6f", waitNs / 1e9) + " seconds)");
                if (o.idleNs >= 0) {
                    p.n("inactivity timeout triggered");
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- name and port resolution

    /**
     * The port of an address (getaddrinfo's service part): a number (taken modulo 2^16, as socat's
     * 16-bit port field keeps it), a name of /etc/services, else socat's error line.
     */
    static int port(String text, String host, int family) throws Fail {
        if (text.isEmpty()) throw new Fail("empty port/service");
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return (int) (Long.parseLong(text) & 0xFFFF);
            } catch (NumberFormatException e) {
                // too long for a number: getaddrinfo refuses it as a service name
            }
        } else {
            Integer named = linnet.tools.common.Services.port(text, "tcp");
            if (named != null) return named;
        }
        // socat 1.7.4.4 prints this call without its opening parenthesis
        throw new Fail("getaddrinfo\"" + host + "\", \"" + text + "\", {1," + family + ",1,0}, {}): Servname not supported for ai_socktype");
    }

    /** getaddrinfo of a host name or address for an IPv4 TCP address ({@code family} 0 for a connect, 2 for a bind). */
    static int host(Proc p, String name, int family) throws Fail {
        Resolver.Result r = name.isEmpty() ? new Resolver.Result(0, Resolver.EAI_NONAME, false, null) : Resolver.resolve4(p.ctx, name);
        if (!r.ok()) throw new Fail("getaddrinfo(\"" + name + "\", \"NULL\", {1," + family + ",1,6}, {}): " + r.error());
        return r.address();
    }

    static String sa(int addr, int port) { return "AF=2 " + Inet4.format(addr) + ":" + port; }

    /** applyopts' info lines for the options whose lines are known (in the order they were written). */
    static void settingOptions(Proc p, Address a) {
        for (Map.Entry<String, String> e : a.opts.entrySet()) {
            switch (e.getKey()) {
                case "sp", "sourceport" -> p.i("setting option \"sourceport\" to " + e.getValue());
                case "up", "iff-up" -> p.i("setting option \"iff-up\" to 1");
                case "iff-no-pi" -> p.i("setting option \"iff-no-pi\" to 1");
                default -> { }
            }
        }
    }

    // ---------------------------------------------------------------- TCP

    /** A connected TCP socket: the one socat connected, or one its listener accepted. */
    static final class TcpSide implements Side {
        private final Ctx ctx;
        private final TcpSocket s;
        private final int fd;
        /** What the last read(2) of the socket left over beyond socat's 8192-byte buffer. */
        private byte[] pending;

        TcpSide(Ctx ctx, TcpSocket s, int fd) {
            this.ctx = ctx;
            this.s = s;
            this.fd = fd;
        }

        /** socket(), the options, bind() if asked, connect(): TCP:HOST:PORT. */
        static TcpSide connect(Proc p, Address a) throws Fail {
            String hostText = a.params.get(0);
            int port = port(a.params.get(1), hostText, 0);
            int daddr = host(p, hostText, 0);
            int saddr = 0, sport = 0;
            boolean bind = false;
            String b = a.opts.get("bind");
            if (b != null) {
                int colon = b.lastIndexOf(':');
                String h = colon < 0 ? b : b.substring(0, colon);
                if (colon >= 0) sport = port(b.substring(colon + 1), h, 0);
                saddr = h.isEmpty() ? 0 : host(p, h, 0);
                bind = true;
            }
            String sp = a.opts.containsKey("sourceport") ? a.opts.get("sourceport") : a.opts.get("sp");
            if (sp != null) {
                sport = port(sp, "NULL", 0);
                bind = true;
            }
            p.n("opening connection to " + sa(daddr, port));
            p.i("starting connect loop");
            int fd = p.allocFd();
            p.i("socket(2, 1, 6) -> " + fd);
            TcpSocket s = p.ctx.host.ipv4().tcp.socket(p.ctx.net);
            TcpSide side = new TcpSide(p.ctx, s, fd);
            p.open.add(side);
            if (a.opts.containsKey("reuseaddr") || a.opts.containsKey("so-reuseaddr")) s.reuseAddr = true;
            // socat asks for ICMP errors (IP_RECVERR) and reads them after a failed connect
            s.recvErr = true;
            long connectTimeoutNs = -1;
            if (a.opts.containsKey("connect-timeout")) {
                try {
                    connectTimeoutNs = (long) (Double.parseDouble(a.opts.get("connect-timeout")) * 1e9);
                } catch (NumberFormatException e) {
                    throw new Fail("parseopts_table(): invalid number \"" + a.opts.get("connect-timeout") + "\" for option \"connect-timeout\"");
                }
            }
            if (bind) {
                try {
                    s.bind(saddr, sport);
                } catch (KernelException e) {
                    throw new Fail("bind(" + fd + ", {" + sa(saddr, sport) + "}, 16): " + e.errno.text);
                }
            }
            Errno err;
            try {
                s.connect(daddr, port);
                p.loop().runWhile(s::connecting, connectTimeoutNs >= 0 ? p.loop().now() + connectTimeoutNs : Long.MAX_VALUE);
                if (connectTimeoutNs >= 0 && s.connecting()) {
                    // connect-timeout: the poll() for the non-blocking connect ran out
                    throw new Fail("connecting to " + sa(daddr, port) + ": " + Errno.ETIMEDOUT.text);
                }
                err = s.takeError();
                if (err == null && !s.established()) err = s.connecting() ? Errno.ETIMEDOUT : Errno.ECONNREFUSED;
            } catch (KernelException e) {
                err = e.errno;
            }
            if (err != null) {
                // after a failed connect socat reads the socket's error queue (IP_RECVERR): the ICMP
                // error that ended the handshake, or nothing (a reset, a local failure)
                linnet.kernel.ipv4.RawSocket.ErrQueueEntry q = s.errQueue.poll();
                if (q == null) {
                    p.w("recvmsg(): Resource temporarily unavailable");
                } else {
                    p.n("receiving packet from " + sa(daddr, port));
                    p.n("received ICMP from " + Inet4.format(q.offender()) + ", type " + q.type() + ", code " + q.code() + ", info "
                            + q.info() + ", data 0, resulting in errno " + err.code);
                }
                throw new Fail("connect(" + fd + ", " + sa(daddr, port) + ", 16): " + err.text);
            }
            // the process woken from connect() runs again a little later (its peer's accept() runs meanwhile)
            p.loop().runWhile(() -> true, p.loop().now() + CONNECT_WAKEUP_NS);
            p.n("successfully connected from local address " + sa(s.localAddr, s.localPort));
            return side;
        }

        /**
         * TCP-LISTEN:PORT: socket(), bind(), listen(), then accept; without fork the listener is closed
         * and the connection goes on in this process, with fork each connection goes to a child and
         * this process keeps listening (and reports each child's end, its SIGCHLD).
         */
        static int listen(Proc p, Address a, Then then) throws Fail {
            int port = port(a.params.get(0), "NULL", 2);
            int addr = 0;
            String b = a.opts.get("bind");
            if (b != null) addr = host(p, b, 2);
            int backlog = 5;
            if (a.opts.containsKey("backlog")) {
                try {
                    backlog = Integer.parseInt(a.opts.get("backlog"));
                } catch (NumberFormatException e) {
                    throw new Fail("parseopts_table(): invalid number \"" + a.opts.get("backlog") + "\" for option \"backlog\"");
                }
            }
            boolean fork = a.opts.containsKey("fork");
            int lfd = p.allocFd();
            p.i("socket(2, 1, 6) -> " + lfd);
            TcpSocket l = p.ctx.host.ipv4().tcp.socket(p.ctx.net);
            Side listener = new ListenSide(l, lfd);
            p.open.add(listener);
            if (a.opts.containsKey("reuseaddr") || a.opts.containsKey("so-reuseaddr")) l.reuseAddr = true;
            try {
                l.bind(addr, port);
            } catch (KernelException e) {
                throw new Fail("bind(" + lfd + ", {" + sa(addr, port) + "}, 16): " + e.errno.text);
            }
            try {
                l.listen(backlog);
            } catch (KernelException e) {
                throw new Fail("listen(" + lfd + ", " + backlog + "): " + e.errno.text);
            }
            p.i("starting accept loop");
            p.n("listening on " + sa(addr, port));
            EventLoop loop = p.loop();
            while (true) {
                loop.runWhile(() -> !l.hasPendingAccept() && p.died.isEmpty(), Long.MAX_VALUE);
                boolean any = false;
                while (!p.died.isEmpty()) {
                    p.died.remove(0);
                    p.n("childdied(): handling signal " + SIGCHLD);
                    any = true;
                }
                TcpSocket c = l.accept();
                if (c == null) {
                    if (any) continue;
                    return 0; // nothing more can ever come (the script's end)
                }
                int cfd = p.allocFd();
                p.i("accept(" + lfd + ", {2, " + sa(c.remoteAddr, c.remotePort) + "}, 16) -> " + cfd);
                p.n("accepting connection from " + sa(c.remoteAddr, c.remotePort) + " on " + sa(c.localAddr, c.localPort));
                p.i("permitting connection from " + sa(c.remoteAddr, c.remotePort));
                TcpSide conn = new TcpSide(p.ctx, c, cfd);
                if (!fork) {
                    p.i("close(" + lfd + ")");
                    p.open.remove(listener);
                    l.close();
                    p.freeFd(lfd);
                    p.open.add(conn);
                    return then.run(p, conn);
                }
                Proc child = forkChild(p, listener, conn, then);
                p.n("forked off child process " + child.pid);
                p.freeFd(cfd);
                p.n("listening on " + sa(addr, port));
            }
        }

        /** fork(): a child with a copy of the descriptors, without the listener, that handles {@code conn}. */
        private static Proc forkChild(Proc p, Side listener, TcpSide conn, Then then) {
            linnet.kernel.proc.Proc kp = p.ctx.host.pids().fork(p.ctx.proc, "socat");
            BitSet fds = (BitSet) p.fds.clone();
            fds.clear(listener.rfd());
            List<Side> open = new ArrayList<>(p.open);
            open.remove(listener);
            open.add(conn);
            Proc child = new Proc(p.ctx.withProc(kp), p.opts, kp.pid, fds, open);
            EventLoop loop = p.loop();
            Tasks tasks = loop.tasks() != null ? loop.tasks() : new Tasks(loop);
            Tasks.Task[] task = new Tasks.Task[1];
            kp.onSignal(sig -> {
                if (task[0] != null && linnet.kernel.proc.Signals.terminates(sig)) tasks.kill(task[0], sig);
            });
            task[0] = tasks.spawn("socat", () -> {
                try {
                    // the parent runs on after fork() (it logs the child and listens again); the child
                    // starts once fork's copying is done
                    loop.runWhile(() -> true, loop.now() + FORK_NS);
                    try {
                        return then.run(child, conn);
                    } catch (Fail f) {
                        return fail(child, f);
                    } catch (Tasks.Killed k) {
                        signalled(child, k);
                        throw k;
                    }
                } finally {
                    child.closeAll();
                    p.ctx.host.pids().exit(kp);
                    p.died.add(kp.pid);
                }
            });
            return child;
        }

        @Override
        public boolean readable() { return pending != null || s.readable(); }

        @Override
        public byte[] read() throws Fail {
            byte[] d = pending;
            pending = null;
            if (d == null) {
                Errno e = s.takeError();
                if (e != null) throw new Fail("read(" + fd + ", " + BUF + ", 8192): " + e.text);
                d = s.read();
            }
            if (d.length > 8192) {
                pending = java.util.Arrays.copyOfRange(d, 8192, d.length);
                d = java.util.Arrays.copyOf(d, 8192);
            }
            return d;
        }

        @Override
        public void write(byte[] data) throws Fail {
            try {
                s.send(data);
            } catch (KernelException e) {
                throw new Fail("write(" + fd + ", " + BUF + ", " + data.length + "): " + e.errno.text);
            }
            // write(2) returns after the softirq work it raised
            ctx.host.kernel().waitSoftirq();
        }

        @Override
        public int rfd() { return fd; }

        @Override
        public int wfd() { return fd; }

        @Override
        public void shutdownWrite(Proc p) {
            p.i("shutdown(" + fd + ", 1)");
            s.shutdownWrite();
            ctx.host.kernel().waitSoftirq();
        }

        @Override
        public void close(Proc p) {
            p.i("shutdown(" + fd + ", 2)");
            // inet_shutdown: a socket whose connection is gone (closed, or never made) is not connected
            if (s.state == TcpState.CLOSE || s.state == TcpState.TIME_WAIT || s.state == TcpState.SYN_SENT)
                p.i("shutdown(" + fd + ", 2): Transport endpoint is not connected");
            s.close();
            p.open.remove(this);
            p.freeFd(fd);
        }
    }

    /** The listening socket, as socat closes it at its exit. */
    static final class ListenSide implements Side {
        private final TcpSocket l;
        private final int fd;

        ListenSide(TcpSocket l, int fd) {
            this.l = l;
            this.fd = fd;
        }

        @Override
        public boolean readable() { return false; }

        @Override
        public byte[] read() { return new byte[0]; }

        @Override
        public void write(byte[] data) {}

        @Override
        public int rfd() { return fd; }

        @Override
        public int wfd() { return fd; }

        @Override
        public void close(Proc p) {
            p.i("shutdown(" + fd + ", 2)");
            if (l.state != TcpState.LISTEN) p.i("shutdown(" + fd + ", 2): Transport endpoint is not connected");
            l.close();
            p.open.remove(this);
            p.freeFd(fd);
        }
    }

    /** A tun or tap device socat creates, configures and moves packets through. */
    static final class TunSide implements Side {
        private final TunFd fd;
        private final String name;
        private final int num;

        private TunSide(TunFd fd, String name, int num) {
            this.fd = fd;
            this.name = name;
            this.num = num;
        }

        static TunSide open(Proc p, Address a) throws Fail {
            Ctx ctx = p.ctx;
            p.n("creating tunnel network interface");
            String type = a.opts.getOrDefault("tun-type", "tun");
            int flags = switch (type) {
                case "tun" -> TunFd.IFF_TUN;
                case "tap" -> TunFd.IFF_TAP;
                default -> throw new Fail("unknown tun-type \"" + type + "\"");
            };
            if (a.opts.containsKey("iff-no-pi")) flags |= TunFd.IFF_NO_PI;
            TunFd fd = TunFd.open(ctx.host.kernel(), ctx.net);
            // /dev/net/tun, then the socket socat keeps for the interface ioctls
            int num = p.allocFd();
            p.i("open(\"/dev/net/tun\", 02, 0666) -> " + num);
            p.i("socket(2, 2, 0) -> " + p.allocFd());
            String name;
            try {
                name = fd.setIff(a.opts.getOrDefault("tun-name", ""), flags);
            } catch (KernelException e) {
                fd.close();
                throw new Fail("ioctl(" + num + ", TUNSETIFF, {\"" + a.opts.getOrDefault("tun-name", "") + "\"}: " + e.errno.text);
            }
            try {
                if (!a.params.isEmpty()) {
                    String net = a.params.get(0);
                    int slash = net.indexOf('/');
                    int addr, len;
                    try {
                        addr = Inet4.parse(slash < 0 ? net : net.substring(0, slash));
                        len = slash < 0 ? 32 : Integer.parseInt(net.substring(slash + 1));
                        if (len < 0 || len > 32) throw new NumberFormatException();
                    } catch (IllegalArgumentException e) {
                        throw new Fail("xioparsenetwork_ip4(\"" + net + "\",,): invalid IP4 address");
                    }
                    int mask = len == 0 ? 0 : -1 << (32 - len);
                    DevIoctl.setAddr(ctx.net, name, addr);
                    DevIoctl.setNetmask(ctx.net, name, mask);
                }
                if (a.opts.containsKey("up") || a.opts.containsKey("iff-up"))
                    DevIoctl.setFlags(ctx.net, name, DevIoctl.getFlags(ctx.net, name) | Iff.UP);
            } catch (KernelException e) {
                fd.close();
                throw new Fail("ioctl(" + name + "): " + e.errno.text);
            }
            TunSide side = new TunSide(fd, name, num);
            p.open.add(side);
            return side;
        }

        @Override
        public boolean readable() { return fd.readable(); }

        @Override
        public byte[] read() throws Fail {
            try {
                byte[] p = fd.read();
                return p == null ? new byte[0] : p;
            } catch (KernelException e) {
                throw new Fail("read(" + num + ", " + BUF + ", 8192): " + e.errno.text);
            }
        }

        @Override
        public void write(byte[] data) throws Fail {
            try {
                fd.write(data);
            } catch (KernelException e) {
                // a packet the device refuses (not IP, too short) is lost: socat logs and goes on
            }
        }

        @Override
        public int rfd() { return num; }

        @Override
        public int wfd() { return num; }

        @Override
        public void close(Proc p) {
            fd.close();
            p.open.remove(this);
        }

        @Override
        public String toString() { return name; }
    }

    /** A UDP socket, connected to its peer (given, or the first sender for UDP-LISTEN). */
    static final class UdpSide implements Side {
        private final Ctx ctx;
        private final UdpSocket s;
        private final int fd;

        private UdpSide(Ctx ctx, UdpSocket s, int fd) {
            this.ctx = ctx;
            this.s = s;
            this.fd = fd;
        }

        static UdpSide open(Proc p, Address a) throws Fail {
            Ctx ctx = p.ctx;
            boolean listen = a.type.contains("LISTEN") || a.type.equals("UDP-L");
            String portText = listen ? a.params.get(0) : a.params.get(1);
            int port;
            try {
                port = Integer.parseInt(portText);
                if (port < 0 || port > 65535) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new Fail("getaddrinfo(\"NULL\", \"" + portText + "\", {0x20,AF_UNSPEC,2,17}, {}): Servname not supported for ai_socktype");
            }
            int peer = 0;
            if (!listen) {
                try {
                    peer = Inet4.parse(a.params.get(0));
                } catch (IllegalArgumentException e) {
                    throw new Fail("getaddrinfo(\"" + a.params.get(0) + "\", \"NULL\", {0x0,AF_UNSPEC,2,17}, {}): Name or service not known");
                }
            }
            int sport = 0;
            String sp = a.opts.containsKey("sourceport") ? a.opts.get("sourceport") : a.opts.get("sp");
            if (sp != null) sport = Integer.parseInt(sp);
            if (!listen) {
                p.n("opening connection to " + sa(peer, port));
                p.i("starting connect loop");
            }
            int fd = p.allocFd();
            p.i("socket(2, 2, 17) -> " + fd);
            UdpSocket s;
            try {
                s = ctx.host.ipv4().udp.open(ctx.net, 0, listen ? port : sport, null);
            } catch (KernelException e) {
                throw new Fail("bind(" + fd + ", {AF=2 0.0.0.0:" + (listen ? port : sport) + "}, 16): " + e.errno.text);
            }
            UdpSide side = new UdpSide(ctx, s, fd);
            p.open.add(side);
            if (listen) {
                p.n("listening on UDP " + sa(0, port));
                // recvfrom(MSG_PEEK) learns the first sender; socat connects to it, the datagram stays queued
                EventLoop loop = ctx.host.kernel().loop;
                loop.runWhile(s.rxQueue::isEmpty, Long.MAX_VALUE);
                if (s.rxQueue.isEmpty()) throw new Fail("nothing to read: no datagram came");
                UdpSocket.Datagram first = s.rxQueue.peek();
                s.remoteAddr = first.srcAddr();
                s.remotePort = first.srcPort();
                p.n("accepting UDP connection from " + sa(first.srcAddr(), first.srcPort()));
                p.i("permitting UDP connection from " + sa(first.srcAddr(), first.srcPort()));
            } else {
                // connect(): the route decides the source address now
                int src;
                try {
                    src = Udp.datagramConnect(NetnsIpv4.of(ctx.net), peer, 0, null, linnet.wire.Ipv4.PROTO_UDP, s.localPort, port).saddr;
                } catch (KernelException e) {
                    throw new Fail("connect(" + fd + ", " + sa(peer, port) + ", 16): " + e.errno.text);
                }
                s.remoteAddr = peer;
                s.remotePort = port;
                p.n("successfully connected from local address " + sa(src, s.localPort));
            }
            return side;
        }

        /** A connected socket sees only its peer's datagrams (the others are not queued for it). */
        private void dropStrangers() {
            while (!s.rxQueue.isEmpty()) {
                UdpSocket.Datagram d = s.rxQueue.peek();
                if (d.srcAddr() == s.remoteAddr && d.srcPort() == s.remotePort) return;
                s.rxQueue.poll();
            }
        }

        @Override
        public boolean readable() {
            dropStrangers();
            return !s.rxQueue.isEmpty() || s.err != null;
        }

        @Override
        public byte[] read() throws Fail {
            if (s.err != null) {
                var e = s.err;
                s.err = null;
                throw new Fail("read(" + fd + ", " + BUF + ", 8192): " + e.text);
            }
            dropStrangers();
            UdpSocket.Datagram d = s.recv();
            // a zero-length datagram is a read of 0 bytes: socat takes it as end of file
            return d == null ? new byte[0] : d.payload();
        }

        @Override
        public void write(byte[] data) throws Fail {
            try {
                ctx.host.ipv4().udp.send(s, s.remoteAddr, s.remotePort, data, 0);
            } catch (KernelException e) {
                // a datagram the stack cannot send now (no route yet, a pending error) is lost, as UDP's
                if (s.err != null) s.err = null;
            }
        }

        @Override
        public int rfd() { return fd; }

        @Override
        public int wfd() { return fd; }

        @Override
        public void shutdownWrite(Proc p) { p.i("shutdown(" + fd + ", 1)"); }

        @Override
        public void close(Proc p) {
            p.i("shutdown(" + fd + ", 2)");
            s.close();
            p.open.remove(this);
            p.freeFd(fd);
        }
    }

    /** Standard input and output: the script's pipe or file in, the terminal or a file out. */
    static final class StdioSide implements Side {
        private final Ctx ctx;
        private final int rfd, wfd;
        private byte[] in;

        StdioSide(Ctx ctx, int rfd, int wfd) {
            this.ctx = ctx;
            this.rfd = rfd;
            this.wfd = wfd;
            this.in = ctx.stdin() == null ? new byte[0] : ctx.stdin();
        }

        /** STDIO (-) reads 0 and writes 1; STDIN and STDOUT use their one descriptor both ways. */
        static StdioSide open(Proc p, Address a, int n) {
            Opts o = p.opts;
            // which way data flows through this address: -u reads the first and writes the second
            boolean reads = n == 1 ? o.leftToRight : o.rightToLeft, writes = n == 1 ? o.rightToLeft : o.leftToRight;
            String how = reads && writes ? "reading and writing" : reads ? "reading" : "writing";
            StdioSide side;
            switch (a.type) {
                case "STDIN" -> {
                    p.n("using stdin for " + how);
                    side = new StdioSide(p.ctx, 0, 0);
                }
                case "STDOUT" -> {
                    p.n("using stdout for " + how);
                    side = new StdioSide(p.ctx, 1, 1);
                }
                default -> {
                    // one way only, STDIO is the one descriptor of that way
                    if (reads && writes) {
                        p.n("reading from and writing to stdio");
                        side = new StdioSide(p.ctx, 0, 1);
                    } else if (reads) {
                        p.n("using stdin for reading");
                        side = new StdioSide(p.ctx, 0, 0);
                    } else {
                        p.n("using stdout for writing");
                        side = new StdioSide(p.ctx, 1, 1);
                    }
                }
            }
            p.open.add(side);
            return side;
        }

        @Override
        public boolean readable() { return in != null; }

        @Override
        public byte[] read() throws Fail {
            if (rfd == 1) throw new Fail("read(1, " + BUF + ", 8192): Bad file descriptor");
            // read(2) of up to 8192 bytes (socat's default block size), then end of file
            byte[] all = in;
            int n = Math.min(8192, all.length);
            byte[] d = java.util.Arrays.copyOf(all, n);
            in = n == 0 ? null : java.util.Arrays.copyOfRange(all, n, all.length);
            return d;
        }

        @Override
        public void write(byte[] data) {
            ctx.out.write(data, 0, data.length);
            ctx.out.flush();
        }

        @Override
        public int rfd() { return rfd; }

        @Override
        public int wfd() { return wfd; }

        @Override
        public void close(Proc p) { p.open.remove(this); }
    }
}
