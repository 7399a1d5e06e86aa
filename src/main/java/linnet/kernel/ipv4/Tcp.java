package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetnsMib;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;
import linnet.wire.Ipv4;

/**
 * TCP (net/ipv4/tcp_ipv4.c, tcp.c, inet_hashtables.c): the socket table of each namespace,
 * binding and ephemeral ports as __inet_hash_connect picks them, connect/listen/close, the
 * receive demultiplexer (tcp_v4_rcv) with a reset for segments nobody wants, and ICMP errors
 * (tcp_v4_err). The state machine is in {@link TcpInput}; segments are built in {@link TcpOutput}.
 */
public final class Tcp {
    /** TCP_TIMEOUT_INIT: the first retransmission timeout before any RTT sample. */
    static final long TCP_TIMEOUT_INIT = EventLoop.NS_PER_SEC;
    /** TCP_RTO_MIN and TCP_RTO_MAX. */
    static final long TCP_RTO_MIN = 200 * EventLoop.NS_PER_MS, TCP_RTO_MAX = 120 * EventLoop.NS_PER_SEC;
    /** TCP_TIMEWAIT_LEN (2*MSL as Linux has it) and tcp_fin_timeout for orphans in FIN-WAIT-2. */
    static final long TCP_TIMEWAIT_LEN = 60 * EventLoop.NS_PER_SEC, TCP_FIN_TIMEOUT = 60 * EventLoop.NS_PER_SEC;
    static final int TCP_SYNACK_RETRIES = 5, TCP_RETRIES2 = 15;

    final linnet.kernel.ipv4.Ipv4 ipv4;
    final TcpOutput output = new TcpOutput(this);
    final TcpInput input = new TcpInput(this);

    Tcp(linnet.kernel.ipv4.Ipv4 ipv4) { this.ipv4 = ipv4; }

    EventLoop loop() { return ipv4.kernel.loop; }

    /** socket(AF_INET, SOCK_STREAM, 0). */
    public TcpSocket socket(Net net) {
        TcpSocket s = new TcpSocket(NetnsIpv4.of(net), this);
        s.tsOffset = ipv4.kernel.rng.nextInt(Integer.MAX_VALUE);
        return s;
    }

    // ---------------------------------------------------------------- binding and ports

    private int[] portRange(NetnsIpv4 ns) {
        String[] r = ns.ipLocalPortRange.value().trim().split("\\s+");
        return new int[] {Integer.parseInt(r[0]), Integer.parseInt(r[1])};
    }

    private boolean portUsed(NetnsIpv4 ns, int addr, int port) { return portUsed(ns, addr, port, false); }

    /**
     * inet_csk_bind_conflict: a socket on the port and an overlapping address conflicts, unless
     * both set SO_REUSEADDR and it is not listening (a closed listener's children in TIME-WAIT or
     * still established do not keep a restarted server from binding).
     */
    private boolean portUsed(NetnsIpv4 ns, int addr, int port, boolean reuse) {
        for (TcpSocket o : ns.tcpSockets) {
            if (reuse && o.reuseAddr && o.state != TcpState.LISTEN) continue;
            if (o.localPort == port && (o.localAddr == 0 || addr == 0 || o.localAddr == addr)) return true;
        }
        return false;
    }

    /** bind(2): port 0 takes a free port from ip_local_port_range, odd ones first (inet_csk_get_port). */
    void bind(TcpSocket s, int addr, int port) throws KernelException {
        if (s.localPort != 0 || s.state != TcpState.CLOSE) throw new KernelException(Errno.EINVAL);
        if (addr != 0 && !Devinet.isLocal(s.ns, addr)) throw new KernelException(Errno.EADDRNOTAVAIL);
        if (port == 0) {
            port = pickPort(s.ns, addr, 1);
        } else if (portUsed(s.ns, addr, port, s.reuseAddr)) {
            throw new KernelException(Errno.EADDRINUSE);
        }
        s.localAddr = addr;
        s.localPort = port;
        s.ns.tcpSockets.add(s);
    }

    /**
     * __inet_hash_connect / inet_csk_find_open_port: start at a random even offset in the range and
     * walk in steps of two, then try the other parity. {@code parity} 0 = even first (connect),
     * 1 = odd first (bind).
     */
    private int pickPort(NetnsIpv4 ns, int addr, int parity) throws KernelException {
        int[] r = portRange(ns);
        int low = r[0], high = r[1] + 1;
        int remaining = high - low;
        if (remaining > 1) remaining &= ~1;
        int offset = ipv4.kernel.rng.nextInt(Math.max(1, remaining)) & ~1;
        for (int pass = 0; pass < 2; pass++) {
            int port = low + ((offset + (pass ^ parity)) % Math.max(1, remaining));
            for (int i = 0; i < remaining; i += 2, port += 2) {
                if (port >= high) port -= remaining;
                if (!portUsed(ns, addr, port)) return port;
            }
        }
        throw new KernelException(Errno.EADDRNOTAVAIL);
    }

    void listen(TcpSocket s, int backlog) throws KernelException {
        if (s.state == TcpState.LISTEN) {
            s.backlog = backlog;
            return;
        }
        if (s.state != TcpState.CLOSE) throw new KernelException(Errno.EINVAL);
        if (s.localPort == 0) bind(s, 0, 0);
        s.backlog = Math.min(backlog, 4096);
        setState(s, TcpState.LISTEN);
    }

    /** tcp_v4_connect: route, source address, ephemeral port, ISN, then the SYN. */
    void connect(TcpSocket s, int daddr, int dport) throws KernelException {
        if (s.state != TcpState.CLOSE) throw new KernelException(s.state == TcpState.SYN_SENT ? Errno.EAGAIN : Errno.EINVAL);
        if (s.err != null) s.err = null;
        // tcp_v4_connect: ip_route_connect failing with ENETUNREACH is an OutNoRoute
        Rtable rt = Udp.datagramConnect(s.ns, daddr, s.localAddr, s.boundDev, linnet.wire.Ipv4.PROTO_TCP, s.localPort, dport);
        if (rt.type == FibRoute.RTN_BROADCAST || rt.type == FibRoute.RTN_MULTICAST) throw new KernelException(Errno.ENETUNREACH);
        if (s.localAddr == 0) s.localAddr = rt.saddr;
        if (s.localPort == 0) {
            s.localPort = pickPort(s.ns, s.localAddr, 0);
            s.ns.tcpSockets.add(s);
        }
        s.remoteAddr = daddr;
        s.remotePort = dport;
        s.advMss = Math.max(88, rt.mtu() - 40);
        s.iss = ipv4.kernel.rng.nextInt(Integer.MAX_VALUE) * 2 + ipv4.kernel.rng.nextInt(2);
        s.sndUna = s.iss;
        s.sndNxt = s.iss + 1;
        setState(s, TcpState.SYN_SENT);
        s.synSentAt = loop().now();
        s.rto = TCP_TIMEOUT_INIT;
        output.sendSyn(s);
        // tcp_connect: counted once the SYN is out
        s.ns.net.mib.tcp[NetnsMib.TCP_MIB_ACTIVEOPENS]++;
    }

    void shutdownWrite(TcpSocket s) {
        switch (s.state) {
            case ESTABLISHED -> setState(s, TcpState.FIN_WAIT1);
            case CLOSE_WAIT -> setState(s, TcpState.LAST_ACK);
            case SYN_SENT -> {
                // tcp_close_state: a connect abandoned by the program is no failed attempt
                destroy(s);
                return;
            }
            default -> {
                return;
            }
        }
        s.finQueued = true;
        output.push(s);
    }

    /** tcp_close: a listener resets its unaccepted children; unread data means RST, else FIN. */
    void close(TcpSocket s) {
        s.orphan = true;
        switch (s.state) {
            case LISTEN -> {
                // inet_csk_listen_stop: the connections nobody accepted are disconnected (a reset
                // for an established one); half-open ones just go. An accepted connection is its
                // own socket now and lives on.
                for (TcpSocket c : new java.util.ArrayList<>(s.ns.tcpSockets)) {
                    if (c.parent != s) continue;
                    if (s.acceptQueue.contains(c)) {
                        if (c.state != TcpState.TIME_WAIT && c.state != TcpState.CLOSE) output.sendActiveReset(c);
                        done(c);
                    } else if (c.state == TcpState.SYN_RECV) {
                        destroy(c); // a request socket dropped, nothing counted
                    }
                }
                s.acceptQueue.clear();
                destroy(s);
            }
            case CLOSE, SYN_SENT, SYN_RECV -> destroy(s);
            case ESTABLISHED, CLOSE_WAIT -> {
                if (s.rcvLen > 0) {
                    output.sendActiveReset(s);
                    done(s);
                } else {
                    shutdownWrite(s);
                }
            }
            case FIN_WAIT2 -> armFinTimeout(s);
            default -> { }
        }
    }

    void armFinTimeout(TcpSocket s) {
        // tcp_time_wait(sk, TCP_FIN_WAIT2, tmo): the orphan becomes a time-wait socket in its
        // FIN-WAIT-2 substate, scheduled (and counted) like one
        twSchedule(s, TCP_FIN_TIMEOUT);
        if (s.twTimer != null) s.twTimer.cancel();
        s.twTimer = loop().schedule(TCP_FIN_TIMEOUT, () -> done(s));
    }

    /** tcp_time_wait: the socket lingers 60 s to answer a retransmitted FIN, then goes. */
    void enterTimeWait(TcpSocket s) {
        setState(s, TcpState.TIME_WAIT);
        twSchedule(s, TCP_TIMEWAIT_LEN);
        if (s.rtxTimer != null) s.rtxTimer.cancel();
        if (s.twTimer != null) s.twTimer.cancel();
        s.twTimer = loop().schedule(TCP_TIMEWAIT_LEN, () -> destroy(s));
    }

    /**
     * __inet_twsk_schedule's first arming (a re-arm counts nothing): TW, or TWKilled when the
     * timeout is at most 4 s.
     */
    private static void twSchedule(TcpSocket s, long timeo) {
        if (s.twScheduled) return;
        s.twScheduled = true;
        s.ns.net.mib.net[timeo <= 4 * EventLoop.NS_PER_SEC ? linnet.kernel.core.LinuxMib.TIMEWAITKILLED
                : linnet.kernel.core.LinuxMib.TIMEWAITED]++;
    }

    /** tcp_done: a connection attempt that ends here failed; then CLOSE, timers off, out of the tables. */
    void done(TcpSocket s) {
        if (s.state == TcpState.SYN_SENT || s.state == TcpState.SYN_RECV) s.ns.net.mib.tcp[NetnsMib.TCP_MIB_ATTEMPTFAILS]++;
        destroy(s);
    }

    /**
     * tcp_set_state's bookkeeping: CurrEstab counts sockets in ESTABLISHED and CLOSE-WAIT, and
     * a connection that goes straight from one of them to CLOSE is an EstabReset.
     */
    void setState(TcpSocket s, TcpState state) {
        TcpState old = s.state;
        long[] mib = s.ns.net.mib.tcp;
        switch (state) {
            case ESTABLISHED -> {
                if (old != TcpState.ESTABLISHED) mib[NetnsMib.TCP_MIB_CURRESTAB]++;
            }
            case CLOSE_WAIT -> {
                if (old == TcpState.SYN_RECV) mib[NetnsMib.TCP_MIB_CURRESTAB]++;
            }
            default -> {
                if (state == TcpState.CLOSE && (old == TcpState.CLOSE_WAIT || old == TcpState.ESTABLISHED)) {
                    mib[NetnsMib.TCP_MIB_ESTABRESETS]++;
                }
                if (old == TcpState.ESTABLISHED || old == TcpState.CLOSE_WAIT) mib[NetnsMib.TCP_MIB_CURRESTAB]--;
            }
        }
        s.state = state;
    }

    /** CLOSE, timers off, out of the tables. */
    void destroy(TcpSocket s) {
        setState(s, TcpState.CLOSE);
        if (s.rtxTimer != null) s.rtxTimer.cancel();
        if (s.twTimer != null) s.twTimer.cancel();
        s.ns.tcpSockets.remove(s);
    }

    /** Gives up after the last retransmission (tcp_write_err): the soft error if one came, else ETIMEDOUT. */
    void writeErr(TcpSocket s) {
        s.err = s.softErr != null ? s.softErr : Errno.ETIMEDOUT;
        done(s);
    }

    // ---------------------------------------------------------------- receive

    /** __inet_lookup: an exact 4-tuple first (established, time-wait, children), then a listener. */
    static TcpSocket lookup(NetnsIpv4 ns, int saddr, int sport, int daddr, int dport) {
        TcpSocket listener = null;
        for (TcpSocket s : ns.tcpSockets) {
            if (s.localPort != dport) continue;
            if (s.state == TcpState.LISTEN) {
                if ((s.localAddr == 0 || s.localAddr == daddr) && (listener == null || listener.localAddr == 0)) listener = s;
                continue;
            }
            if (s.remotePort == sport && s.remoteAddr == saddr && s.localAddr == daddr && s.state != TcpState.CLOSE) return s;
        }
        return listener;
    }

    /** tcp_v4_rcv. */
    boolean rcv(SkBuff skb, Rtable rt) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int t = skb.transportHeader;
        int len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip);
        long[] mib = skb.dev.net().mib.tcp;
        if (skb.pktType != SkBuff.PACKET_HOST && skb.pktType != SkBuff.PACKET_LOOPBACK) {
            ipv4.drop(skb, DropReason.OTHERHOST);
            return true;
        }
        // "Count it even if it's bad"
        mib[NetnsMib.TCP_MIB_INSEGS]++;
        if (len < linnet.wire.Tcp.HLEN || linnet.wire.Tcp.dataOffset(b, t) < linnet.wire.Tcp.HLEN
                || linnet.wire.Tcp.dataOffset(b, t) > len) {
            mib[NetnsMib.TCP_MIB_INERRS]++;
            ipv4.drop(skb, DropReason.PKT_TOO_SMALL);
            return true;
        }
        if (rt.type != FibRoute.RTN_LOCAL) {
            ipv4.drop(skb, DropReason.OTHERHOST);
            return true;
        }
        if (!linnet.wire.Tcp.checksumOk(b, ip)) {
            mib[NetnsMib.TCP_MIB_CSUMERRORS]++;
            mib[NetnsMib.TCP_MIB_INERRS]++;
            ipv4.drop(skb, DropReason.TCP_CSUM);
            return true;
        }
        NetnsIpv4 ns = NetnsIpv4.of(skb.dev.net());
        TcpSocket s = lookup(ns, Ipv4.src(b, ip), linnet.wire.Tcp.srcPort(b, t), Ipv4.dst(b, ip), linnet.wire.Tcp.dstPort(b, t));
        if (s == null) {
            if (ipv4.kernel.tracer != null)
                ipv4.kernel.tracer.step(skb, ns.net, skb.dev, linnet.kernel.core.SkbTracer.Kind.DELIVER,
                        "no socket on tcp port " + linnet.wire.Tcp.dstPort(b, t) + ": a reset is sent back");
            ipv4.tcpReset(skb);
            ipv4.drop(skb, DropReason.NO_SOCKET);
            return true;
        }
        if (ipv4.kernel.tracer != null)
            ipv4.kernel.tracer.step(skb, ns.net, skb.dev, linnet.kernel.core.SkbTracer.Kind.DELIVER,
                    "tcp socket on port " + linnet.wire.Tcp.dstPort(b, t) + " (" + s.state + ")");
        input.rcv(s, skb);
        return true;
    }

    /** icmp_err_convert: errno for each "destination unreachable" code. */
    private static final Errno[] UNREACH = {
        Errno.ENETUNREACH, Errno.EHOSTUNREACH, Errno.ENOPROTOOPT, Errno.ECONNREFUSED, Errno.EMSGSIZE,
        Errno.EOPNOTSUPP, Errno.ENETUNREACH, Errno.EHOSTDOWN, Errno.ENONET, Errno.ENETUNREACH,
        Errno.EHOSTUNREACH, Errno.ENETUNREACH, Errno.EHOSTUNREACH, Errno.EHOSTUNREACH, Errno.EHOSTUNREACH,
        Errno.EHOSTUNREACH,
    };

    /** tcp_v4_err: during the handshake an error ends connect(); later it is the soft error a timeout reports. */
    void error(NetnsIpv4 ns, int type, int code, int info, int offender, byte[] quoted) {
        int ihl = Ipv4.ihl(quoted, 0);
        if (quoted.length < ihl + 8) return;
        int sport = linnet.wire.Tcp.srcPort(quoted, ihl), dport = linnet.wire.Tcp.dstPort(quoted, ihl);
        TcpSocket s = lookup(ns, Ipv4.dst(quoted, 0), dport, Ipv4.src(quoted, 0), sport);
        if (s == null || s.state == TcpState.LISTEN || s.state == TcpState.TIME_WAIT) return;
        int seq = (int) linnet.wire.Tcp.seq(quoted, ihl);
        if (s.state != TcpState.SYN_RECV && (TcpSocket.before(seq, s.sndUna) || !TcpSocket.before(seq, s.sndNxt))) return;
        Errno err;
        if (type == linnet.wire.Icmp.DEST_UNREACH) {
            if (code >= UNREACH.length) return;
            if (code == linnet.wire.Icmp.FRAG_NEEDED) {
                if (info > 0) {
                    s.mss = Math.max(48, Math.min(s.mss, info - 40 - (s.tsOk ? 12 : 0)));
                    output.retransmit(s);
                }
                return;
            }
            err = UNREACH[code];
        } else if (type == linnet.wire.Icmp.TIME_EXCEEDED) {
            err = Errno.EHOSTUNREACH;
        } else {
            return;
        }
        if (s.state == TcpState.SYN_SENT) {
            // ip_icmp_error: queued for MSG_ERRQUEUE when the socket asked for it (IP_RECVERR)
            if (s.recvErr) s.errQueue.add(new RawSocket.ErrQueueEntry(RawSocket.SO_EE_ORIGIN_ICMP, type, code, info, offender, quoted));
            s.err = err;
            done(s);
        } else if (s.state != TcpState.SYN_RECV) {
            s.softErr = err;
        }
    }
}
