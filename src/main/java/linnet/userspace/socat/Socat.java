package linnet.userspace.socat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Realtime;
import linnet.kernel.ipv4.UdpSocket;
import linnet.kernel.rtnl.DevIoctl;
import linnet.kernel.rtnl.TunFd;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;
import linnet.wire.Inet4;

/**
 * socat 1.7.4.4 (Debian 12) as a user-space program on the emulated kernel, with the address types a
 * tun VPN needs: {@code TUN[:ADDR/LEN]} (opens /dev/net/tun, TUNSETIFF with {@code tun-type=tun|tap},
 * {@code iff-no-pi}, {@code tun-name=}; the address and netmask by SIOCSIFADDR/SIOCSIFNETMASK, {@code up}
 * by SIOCSIFFLAGS), {@code UDP:HOST:PORT} (a UDP socket connected to the peer), {@code UDP-LISTEN:PORT}
 * (bound, it waits for the first datagram and connects to its sender, as socat's recvfrom(MSG_PEEK)
 * does), and {@code STDIO} / {@code -}. Then its transfer loop: whatever one side reads (a packet from
 * the tun, a datagram from the socket, a block of standard input) is written to the other, one read
 * one write, so packets stay packets. Standard input at its end half-closes that direction; socat
 * then waits {@code -t} seconds (0.5) for the other side and exits. Errors are socat's
 * "YYYY/MM/DD HH:MM:SS socat[PID] E ..." lines with exit status 1. {@code -d}, {@code -u}, {@code -U},
 * {@code -t}, {@code -T} are read; {@code -d}'s notices are not printed.
 */
public final class Socat implements Tool {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** socat's error exit: a line in its log format, status 1. */
    static final class Fail extends Exception {
        Fail(String msg) { super(msg, null, false, false); }
    }

    /** One side of the transfer loop. */
    interface Side {
        /** Whether a read would not block (data, end of file, or an error waiting). */
        boolean readable();

        /** One read: a packet or block, an empty array at end of file. */
        byte[] read() throws Fail;

        void write(byte[] data) throws Fail;

        void close();
    }

    @Override
    public int run(Ctx ctx, List<String> args) {
        int i = 0;
        long timeoutNs = 500 * EventLoop.NS_PER_MS, idleNs = -1;
        boolean leftToRight = true, rightToLeft = true;
        int pid = ctx.proc != null ? ctx.proc.pid : 0;
        try {
            for (; i < args.size() && args.get(i).startsWith("-") && args.get(i).length() > 1; i++) {
                String a = args.get(i);
                switch (a) {
                    case "-d", "-dd", "-ddd", "-dddd", "-v", "-x", "-s", "-b" -> {
                        // -d: more log lines (not printed here), -v/-x: data dumps, -s: keep going
                    }
                    case "-u" -> rightToLeft = false;
                    case "-U" -> leftToRight = false;
                    case "-t", "-T" -> {
                        if (++i >= args.size()) throw new Fail("option \"" + a + "\" requires an argument");
                        double s;
                        try {
                            s = Double.parseDouble(args.get(i));
                        } catch (NumberFormatException e) {
                            throw new Fail("option \"" + a + "\": invalid number \"" + args.get(i) + "\"");
                        }
                        if (a.equals("-t")) timeoutNs = (long) (s * 1e9);
                        else idleNs = (long) (s * 1e9);
                    }
                    default -> throw new Fail("unknown option \"" + a + "\"; use option \"-h\" for help");
                }
            }
            List<String> addrs = args.subList(i, args.size());
            if (addrs.size() != 2)
                throw new Fail("exactly 2 addresses required (there are " + addrs.size() + "); use option \"-h\" for help");
            Address a1 = Address.parse(addrs.get(0)), a2 = Address.parse(addrs.get(1));
            Side s1 = null, s2 = null;
            try {
                // socat opens its first address, then its second (UDP-LISTEN blocks until a datagram comes)
                s1 = open(ctx, a1);
                s2 = open(ctx, a2);
                transfer(ctx, s1, s2, leftToRight, rightToLeft, timeoutNs, idleNs);
            } finally {
                if (s1 != null) s1.close();
                if (s2 != null) s2.close();
            }
            return 0;
        } catch (Fail f) {
            ctx.err.println(STAMP.format(Instant.ofEpochSecond(0, Realtime.ns(ctx.host.kernel().loop.now()))) + " socat[" + pid
                    + "] E " + f.getMessage());
            return 1;
        }
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
                case "STDIO", "STDIN", "STDOUT" -> 0;
                default -> throw new Fail("unknown device/address \"" + written + "\"");
            };
            if (want < 0 || params.size() != want)
                throw new Fail(written + ": wrong number of parameters (" + params.size() + " instead of "
                        + (type.equals("TUN") ? "0 or 1" : want) + ")");
            for (String o : opts.keySet()) {
                if (!KNOWN.getOrDefault(group(type), List.of()).contains(o)) throw new Fail("parseopts_table(): unknown option \"" + o + "\"");
            }
            return new Address(type, params, opts);
        }

        private static String group(String type) {
            return type.startsWith("UDP") ? "UDP" : type.startsWith("STD") ? "STDIO" : type;
        }

        /** The options of each group this socat reads (the rest of socat's options are refused). */
        private static final Map<String, List<String>> KNOWN = Map.of(
                "TUN", List.of("up", "iff-up", "tun-type", "iff-no-pi", "tun-name", "tun-device", "iff-broadcast", "iff-noarp"),
                "UDP", List.of("bind", "sourceport", "sp", "reuseaddr", "fork"),
                "STDIO", List.of());
    }

    private static Side open(Ctx ctx, Address a) throws Fail {
        return switch (a.type) {
            case "TUN" -> TunSide.open(ctx, a);
            case "STDIO", "STDIN", "STDOUT" -> new StdioSide(ctx);
            default -> UdpSide.open(ctx, a);
        };
    }

    /**
     * The transfer loop (xioengine's select loop): wait until a side is readable, move one read's data
     * to the other side. An end of file on one side ends that direction; with both ended, or -t after
     * the first ended, or -T of idleness, socat exits.
     */
    private static void transfer(Ctx ctx, Side s1, Side s2, boolean lr, boolean rl, long timeoutNs, long idleNs) throws Fail {
        EventLoop loop = ctx.host.kernel().loop;
        boolean open1 = lr, open2 = rl;
        long endAt = Long.MAX_VALUE;
        while (open1 || open2) {
            boolean r1 = open1, r2 = open2;
            long deadline = Math.min(endAt, idleNs >= 0 ? loop.now() + idleNs : Long.MAX_VALUE);
            loop.runWhile(() -> !(r1 && s1.readable()) && !(r2 && s2.readable()), deadline);
            boolean moved = false;
            if (open1 && s1.readable()) {
                byte[] d = s1.read();
                if (d.length == 0) open1 = false;
                else s2.write(d);
                moved = true;
            }
            if (open2 && s2.readable()) {
                byte[] d = s2.read();
                if (d.length == 0) open2 = false;
                else s1.write(d);
                moved = true;
            }
            if (!moved) return; // -t after an end of file, -T idle, or nothing more can ever happen
            if ((!open1 || !open2) && endAt == Long.MAX_VALUE && (open1 || open2)) endAt = loop.now() + timeoutNs;
        }
    }

    /** A tun or tap device socat creates, configures and moves packets through. */
    static final class TunSide implements Side {
        private final TunFd fd;
        private final String name;

        private TunSide(TunFd fd, String name) {
            this.fd = fd;
            this.name = name;
        }

        static TunSide open(Ctx ctx, Address a) throws Fail {
            String type = a.opts.getOrDefault("tun-type", "tun");
            int flags = switch (type) {
                case "tun" -> TunFd.IFF_TUN;
                case "tap" -> TunFd.IFF_TAP;
                default -> throw new Fail("unknown tun-type \"" + type + "\"");
            };
            if (a.opts.containsKey("iff-no-pi")) flags |= TunFd.IFF_NO_PI;
            TunFd fd = TunFd.open(ctx.host.kernel(), ctx.net);
            String name;
            try {
                name = fd.setIff(a.opts.getOrDefault("tun-name", ""), flags);
            } catch (KernelException e) {
                fd.close();
                throw new Fail("ioctl(5, TUNSETIFF, {\"" + a.opts.getOrDefault("tun-name", "") + "\"}: " + e.errno.text);
            }
            try {
                if (!a.params.isEmpty()) {
                    String p = a.params.get(0);
                    int slash = p.indexOf('/');
                    int addr, len;
                    try {
                        addr = Inet4.parse(slash < 0 ? p : p.substring(0, slash));
                        len = slash < 0 ? 32 : Integer.parseInt(p.substring(slash + 1));
                        if (len < 0 || len > 32) throw new NumberFormatException();
                    } catch (IllegalArgumentException e) {
                        throw new Fail("xioparsenetwork_ip4(\"" + p + "\",,): invalid IP4 address");
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
            return new TunSide(fd, name);
        }

        @Override
        public boolean readable() { return fd.readable(); }

        @Override
        public byte[] read() throws Fail {
            try {
                byte[] p = fd.read();
                return p == null ? new byte[0] : p;
            } catch (KernelException e) {
                throw new Fail("read(5, ...): " + e.errno.text);
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
        public void close() { fd.close(); }

        @Override
        public String toString() { return name; }
    }

    /** A UDP socket, connected to its peer (given, or the first sender for UDP-LISTEN). */
    static final class UdpSide implements Side {
        private final Ctx ctx;
        private final UdpSocket s;

        private UdpSide(Ctx ctx, UdpSocket s) {
            this.ctx = ctx;
            this.s = s;
        }

        static UdpSide open(Ctx ctx, Address a) throws Fail {
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
            UdpSocket s;
            try {
                s = ctx.host.ipv4().udp.open(ctx.net, 0, listen ? port : sport, null);
            } catch (KernelException e) {
                throw new Fail("bind(5, {AF=2 0.0.0.0:" + (listen ? port : sport) + "}, 16): " + e.errno.text);
            }
            UdpSide side = new UdpSide(ctx, s);
            if (listen) {
                // recvfrom(MSG_PEEK) learns the first sender; socat connects to it, the datagram stays queued
                EventLoop loop = ctx.host.kernel().loop;
                try {
                    loop.runWhile(s.rxQueue::isEmpty, Long.MAX_VALUE);
                } catch (RuntimeException | Error e) {
                    s.close();
                    throw e;
                }
                if (s.rxQueue.isEmpty()) {
                    s.close();
                    throw new Fail("nothing to read: no datagram came");
                }
                UdpSocket.Datagram first = s.rxQueue.peek();
                s.remoteAddr = first.srcAddr();
                s.remotePort = first.srcPort();
            } else {
                s.remoteAddr = peer;
                s.remotePort = port;
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
                throw new Fail("read(6, 0x0, 8192): " + e.text);
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
        public void close() { s.close(); }
    }

    /** Standard input and output: the script's pipe or file in, the terminal or a file out. */
    static final class StdioSide implements Side {
        private final Ctx ctx;
        private byte[] in;

        StdioSide(Ctx ctx) {
            this.ctx = ctx;
            this.in = ctx.stdin == null ? new byte[0] : ctx.stdin;
        }

        @Override
        public boolean readable() { return in != null; }

        @Override
        public byte[] read() {
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
        public void close() {}
    }
}
