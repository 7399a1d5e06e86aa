package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Errno;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ipv4;
import linnet.wire.Tcp;

/**
 * The receive side of the state machine (net/ipv4/tcp_input.c: tcp_rcv_state_process,
 * tcp_rcv_synsent_state_process, tcp_ack, tcp_data_queue, tcp_fin, tcp_reset; tcp_v4_conn_request
 * for a listener). In-order data only: a segment beyond rcv_nxt is dropped with a duplicate ACK
 * and the peer's retransmission fills the hole.
 */
final class TcpInput {
    private final linnet.kernel.ipv4.Tcp tcp;

    TcpInput(linnet.kernel.ipv4.Tcp tcp) { this.tcp = tcp; }

    /** One parsed segment. */
    private static final class Seg {
        int seq, ack, flags, window, off, len;
        int mss = -1, wscale = -1, tsval, tsecr;
        boolean sackOk, ts;
        byte[] buf;
        int saddr, daddr, sport, dport;

        boolean has(int f) { return (flags & f) != 0; }
    }

    private static Seg parse(SkBuff skb) {
        byte[] b = skb.buf;
        int ip = skb.networkHeader, t = skb.transportHeader;
        Seg g = new Seg();
        g.buf = b;
        g.saddr = Ipv4.src(b, ip);
        g.daddr = Ipv4.dst(b, ip);
        g.sport = Tcp.srcPort(b, t);
        g.dport = Tcp.dstPort(b, t);
        g.seq = (int) Tcp.seq(b, t);
        g.ack = (int) Tcp.ack(b, t);
        g.flags = Tcp.flags(b, t);
        g.window = Tcp.window(b, t);
        int hlen = Tcp.dataOffset(b, t);
        g.off = t + hlen;
        g.len = Ipv4.totalLength(b, ip) - Ipv4.ihl(b, ip) - hlen;
        // tcp_parse_options
        int i = t + Tcp.HLEN, end = t + hlen;
        while (i < end) {
            int kind = b[i] & 0xff;
            if (kind == 0) break;
            if (kind == 1) {
                i++;
                continue;
            }
            if (i + 1 >= end) break;
            int olen = b[i + 1] & 0xff;
            if (olen < 2 || i + olen > end) break;
            switch (kind) {
                case 2 -> { if (olen == 4) g.mss = linnet.wire.Bytes.u16(b, i + 2); }
                case 3 -> { if (olen == 3) g.wscale = Math.min(14, b[i + 2] & 0xff); }
                case 4 -> g.sackOk = olen == 2;
                case 8 -> {
                    if (olen == 10) {
                        g.ts = true;
                        g.tsval = (int) linnet.wire.Bytes.u32L(b, i + 2);
                        g.tsecr = (int) linnet.wire.Bytes.u32L(b, i + 6);
                    }
                }
                default -> { }
            }
            i += olen;
        }
        return g;
    }

    /** What the peer's SYN (or SYN-ACK) agreed to: MSS, window scaling, timestamps, SACK. */
    private static void synOptions(TcpSocket s, Seg g, boolean synAck) {
        int peerMss = g.mss > 0 ? g.mss : 536;
        s.wsOk = g.wscale >= 0;
        s.sndWscale = s.wsOk ? g.wscale : 0;
        if (!s.wsOk) s.rcvWscale = 0;
        s.tsOk = g.ts;
        s.sackOk = g.sackOk;
        if (g.ts) s.tsRecent = g.tsval;
        s.mss = Math.min(peerMss, s.advMss) - (s.tsOk ? 12 : 0);
        s.sndWnd = g.window;
    }

    void rcv(TcpSocket s, SkBuff skb) {
        Seg g = parse(skb);
        switch (s.state) {
            case LISTEN -> listen(s, skb, g);
            case SYN_SENT -> synSent(s, skb, g);
            case CLOSE -> tcp.ipv4.tcpReset(skb);
            default -> synchronized_(s, skb, g);
        }
    }

    /** tcp_v4_conn_request: a SYN makes a child in SYN-RECV that answers with a SYN-ACK. */
    private void listen(TcpSocket l, SkBuff skb, Seg g) {
        if (g.has(Tcp.RST)) return;
        if (g.has(Tcp.ACK)) {
            tcp.ipv4.tcpReset(skb);
            return;
        }
        if (!g.has(Tcp.SYN)) return;
        int pending = l.acceptQueue.size();
        if (pending > l.backlog) {
            tcp.ipv4.drop(skb, DropReason.TCP_LISTEN_OVERFLOW);
            return;
        }
        TcpSocket c = tcp.socket(l.ns.net);
        c.parent = l;
        c.localAddr = g.daddr;
        c.localPort = g.dport;
        c.remoteAddr = g.saddr;
        c.remotePort = g.sport;
        c.boundDev = l.boundDev;
        // the child shares the listener's bind bucket with its sk_reuse
        c.reuseAddr = l.reuseAddr;
        try {
            c.advMss = Math.max(88, Route.output(l.ns, g.saddr, g.daddr, l.boundDev).mtu() - 40);
        } catch (linnet.kernel.core.KernelException e) {
            return;
        }
        c.irs = g.seq;
        c.rcvNxt = g.seq + 1;
        synOptions(c, g, false);
        c.iss = tcp.ipv4.kernel.rng.nextInt(Integer.MAX_VALUE) * 2 + tcp.ipv4.kernel.rng.nextInt(2);
        c.sndUna = c.iss;
        c.sndNxt = c.iss + 1;
        tcp.setState(c, TcpState.SYN_RECV);
        c.synSentAt = tcp.loop().now();
        l.ns.tcpSockets.add(c);
        tcp.output.sendSynAck(c);
    }

    /** tcp_rcv_synsent_state_process. */
    private void synSent(TcpSocket s, SkBuff skb, Seg g) {
        if (g.has(Tcp.ACK) && (!TcpSocket.after(g.ack, s.iss) || TcpSocket.after(g.ack, s.sndNxt))) {
            if (!g.has(Tcp.RST)) tcp.ipv4.tcpReset(skb);
            return;
        }
        if (g.has(Tcp.RST)) {
            if (g.has(Tcp.ACK)) {
                s.err = Errno.ECONNREFUSED;
                tcp.done(s);
            }
            return;
        }
        if (!g.has(Tcp.SYN) || !g.has(Tcp.ACK)) return; // simultaneous open is not modelled
        s.irs = g.seq;
        s.rcvNxt = g.seq + 1;
        synOptions(s, g, true);
        s.sndUna = g.ack;
        tcp.setState(s, TcpState.ESTABLISHED);
        s.retransmits = 0;
        s.rto = rtoAfter(tcp.loop().now() - s.synSentAt);
        tcp.output.resetRtx(s);
        tcp.output.sendAck(s);
        tcp.output.push(s);
    }

    /** tcp_set_rto after the first RTT sample: srtt + max(4*rttvar, TCP_RTO_MIN). */
    private static long rtoAfter(long rtt) {
        return Math.min(linnet.kernel.ipv4.Tcp.TCP_RTO_MAX, rtt + Math.max(2 * rtt, linnet.kernel.ipv4.Tcp.TCP_RTO_MIN));
    }

    /** tcp_rcv_state_process for SYN-RECV and every synchronized state. */
    private void synchronized_(TcpSocket s, SkBuff skb, Seg g) {
        // A retransmitted SYN to a child still in SYN-RECV: the SYN-ACK again.
        if (s.state == TcpState.SYN_RECV && g.has(Tcp.SYN) && !g.has(Tcp.ACK) && g.seq == s.irs) {
            tcp.output.retransmit(s);
            return;
        }
        // tcp_sequence: in-order only; old duplicates are re-acknowledged.
        int seq = g.seq, off = g.off, len = g.len;
        boolean fin = g.has(Tcp.FIN);
        if (seq != s.rcvNxt) {
            int segEnd = seq + len + (fin ? 1 : 0);
            if (TcpSocket.before(seq, s.rcvNxt) && TcpSocket.after(segEnd, s.rcvNxt) && !g.has(Tcp.RST)) {
                int trim = s.rcvNxt - seq; // partly new: drop the old front
                if (trim > len) trim = len;
                off += trim;
                len -= trim;
                seq += trim;
            } else {
                if (!g.has(Tcp.RST)) {
                    tcp.ipv4.drop(skb, TcpSocket.after(seq, s.rcvNxt) ? DropReason.TCP_OFO_DROP : DropReason.TCP_INVALID_SEQUENCE);
                    tcp.output.sendAck(s);
                }
                return;
            }
        }
        if (g.has(Tcp.RST)) {
            reset(s);
            return;
        }
        if (g.has(Tcp.SYN)) {
            tcp.output.sendAck(s); // a challenge ACK (RFC 5961)
            return;
        }
        if (!g.has(Tcp.ACK)) return;
        if (s.tsOk && g.ts) s.tsRecent = g.tsval;
        if (s.state == TcpState.SYN_RECV) {
            if (g.ack != s.sndNxt) {
                tcp.ipv4.tcpReset(skb);
                return;
            }
            s.sndUna = g.ack;
            // tcp_create_openreq_child: the handshake's last ACK makes the full socket
            s.ns.net.mib.tcp[linnet.kernel.core.NetnsMib.TCP_MIB_PASSIVEOPENS]++;
            tcp.setState(s, TcpState.ESTABLISHED);
            s.retransmits = 0;
            s.rto = rtoAfter(tcp.loop().now() - s.synSentAt);
            s.sndWnd = g.window << s.sndWscale;
            tcp.output.resetRtx(s);
            if (s.parent != null) s.parent.acceptQueue.add(s);
        }
        if (!ack(s, g)) return;
        if (s.state == TcpState.CLOSE) return;
        boolean needAck = false;
        if (len > 0) {
            if (s.state.takesData() && !s.rcvShutdown) {
                if (s.orphan) {
                    // Data for a socket nobody will read: tcp_rcv_state_process resets it.
                    tcp.output.sendActiveReset(s);
                    tcp.done(s);
                    return;
                }
                int room = TcpSocket.RCVBUF - s.rcvLen;
                int n = Math.min(len, room);
                if (s.rcvLen + n > s.rcvBuf.length) s.rcvBuf = java.util.Arrays.copyOf(s.rcvBuf, Math.max(s.rcvBuf.length * 2, s.rcvLen + n));
                System.arraycopy(g.buf, off, s.rcvBuf, s.rcvLen, n);
                s.rcvLen += n;
                s.rcvNxt += n;
                if (n < len) fin = false; // the rest (and its FIN) comes again
            }
            needAck = true;
        }
        boolean delayAck = false;
        if (fin && seq + len == s.rcvNxt) {
            s.rcvNxt++;
            s.rcvShutdown = true;
            needAck = true;
            switch (s.state) {
                case SYN_RECV, ESTABLISHED -> {
                    // tcp_fin: CLOSE_WAIT enters pingpong mode, so the ACK is delayed (the
                    // application's close usually sends it along with our FIN)
                    tcp.setState(s, TcpState.CLOSE_WAIT);
                    delayAck = true;
                }
                case FIN_WAIT1 -> tcp.setState(s, TcpState.CLOSING);
                case FIN_WAIT2 -> tcp.enterTimeWait(s);
                case TIME_WAIT -> tcp.enterTimeWait(s);
                default -> { }
            }
        }
        boolean sent = tcp.output.push(s);
        if (needAck && !sent) {
            if (delayAck) tcp.output.sendDelayedAck(s);
            else tcp.output.sendAck(s);
        }
    }

    /** tcp_ack: the acknowledged bytes leave the send buffer; our FIN acknowledged moves the state on. */
    private boolean ack(TcpSocket s, Seg g) {
        if (TcpSocket.after(g.ack, s.sndNxt)) {
            tcp.output.sendAck(s);
            return false;
        }
        if (TcpSocket.after(g.ack, s.sndUna)) {
            int acked = g.ack - s.sndUna;
            boolean finAcked = s.finSent && g.ack == s.sndNxt;
            int bytes = Math.min(s.sndLen, acked - (finAcked ? 1 : 0));
            System.arraycopy(s.sndBuf, bytes, s.sndBuf, 0, s.sndLen - bytes);
            s.sndLen -= bytes;
            s.sndUna = g.ack;
            s.retransmits = 0;
            s.softErr = null;
            tcp.output.resetRtx(s);
            if (finAcked) {
                switch (s.state) {
                    case FIN_WAIT1 -> {
                        tcp.setState(s, TcpState.FIN_WAIT2);
                        if (s.orphan) tcp.armFinTimeout(s);
                    }
                    case CLOSING -> tcp.enterTimeWait(s);
                    case LAST_ACK -> {
                        tcp.done(s);
                        return false;
                    }
                    default -> { }
                }
            }
        }
        s.sndWnd = g.window << s.sndWscale;
        return true;
    }

    /** tcp_reset: the error the program sees depends on the state. */
    private void reset(TcpSocket s) {
        switch (s.state) {
            case SYN_RECV -> { }
            case CLOSE_WAIT -> s.err = Errno.EPIPE;
            case TIME_WAIT -> { }
            default -> s.err = Errno.ECONNRESET;
        }
        tcp.done(s);
    }
}
