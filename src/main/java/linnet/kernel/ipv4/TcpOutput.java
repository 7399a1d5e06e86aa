package linnet.kernel.ipv4;

import linnet.kernel.core.KernelException;
import linnet.sim.EventLoop;
import linnet.wire.Checksum;
import linnet.wire.Ipv4;

/**
 * Building and sending segments (net/ipv4/tcp_output.c): the options Linux puts in a SYN
 * (MSS, SACK permitted, timestamps, window scale) and the timestamp on every later segment,
 * the window we offer, pushing queued data within the peer's window, and the retransmission
 * timer with its exponential backoff (tcp_retransmit_timer).
 */
final class TcpOutput {
    private final Tcp tcp;

    TcpOutput(Tcp tcp) { this.tcp = tcp; }

    private int tsNow(TcpSocket s) {
        return (int) (tcp.loop().now() / EventLoop.NS_PER_MS) + s.tsOffset;
    }

    /** The window field: the free receive space, scaled unless this is a SYN. */
    private int window(TcpSocket s, boolean syn) {
        if (syn) return TcpSocket.INITIAL_WINDOW;
        int free = Math.max(0, Math.min(TcpSocket.RCVBUF - s.rcvLen, TcpSocket.INITIAL_WINDOW + 16));
        s.lastAdvertised = free;
        return s.wsOk ? free >> s.rcvWscale : Math.min(free, 65535);
    }

    /** One segment with {@code flags}, sequence {@code seq}, and {@code len} bytes of the send buffer from {@code off}. */
    void xmit(TcpSocket s, int flags, int seq, int off, int len) { xmit(s, flags, seq, off, len, false); }

    /**
     * The same; {@code rtx} for a retransmission, which __tcp_retransmit_skb counts as RetransSegs
     * where a new segment (or a pure control one) counts as OutSegs in __tcp_transmit_skb.
     */
    void xmit(TcpSocket s, int flags, int seq, int off, int len, boolean rtx) {
        long[] mib = s.ns.net.mib.tcp;
        mib[rtx ? linnet.kernel.core.NetnsMib.TCP_MIB_RETRANSSEGS : linnet.kernel.core.NetnsMib.TCP_MIB_OUTSEGS]++;
        if ((flags & linnet.wire.Tcp.RST) != 0) mib[linnet.kernel.core.NetnsMib.TCP_MIB_OUTRSTS]++;
        boolean syn = (flags & linnet.wire.Tcp.SYN) != 0;
        if ((flags & linnet.wire.Tcp.ACK) != 0 && s.delackTimer != null) {
            s.delackTimer.cancel(); // this segment acknowledges what the timer would have
            s.delackTimer = null;
        }
        byte[] opts = options(s, syn, (flags & linnet.wire.Tcp.ACK) != 0);
        int hlen = linnet.wire.Tcp.HLEN + opts.length;
        byte[] seg = new byte[hlen + len];
        linnet.wire.Tcp.setSrcPort(seg, 0, s.localPort);
        linnet.wire.Tcp.setDstPort(seg, 0, s.remotePort);
        linnet.wire.Tcp.setSeq(seg, 0, seq & 0xffffffffL);
        if ((flags & linnet.wire.Tcp.ACK) != 0) linnet.wire.Tcp.setAck(seg, 0, s.rcvNxt & 0xffffffffL);
        linnet.wire.Tcp.setDataOffset(seg, 0, hlen);
        linnet.wire.Tcp.setFlags(seg, 0, flags);
        linnet.wire.Tcp.setWindow(seg, 0, window(s, syn));
        System.arraycopy(opts, 0, seg, linnet.wire.Tcp.HLEN, opts.length);
        if (len > 0) System.arraycopy(s.sndBuf, off, seg, hlen, len);
        send(s, seg);
    }

    private void send(TcpSocket s, byte[] seg) {
        try {
            Rtable rt = Route.output(s.ns, s.remoteAddr, s.localAddr, s.boundDev, linnet.wire.Ipv4.PROTO_TCP, s.localPort, s.remotePort);
            int sum = Checksum.sum(seg, 0, seg.length, Checksum.pseudoHeaderSum(s.localAddr, s.remoteAddr, Ipv4.PROTO_TCP, seg.length));
            linnet.wire.Tcp.setChecksum(seg, 0, Checksum.fold(sum));
            tcp.ipv4.output.sendPacket(s.ns, rt, Ipv4.PROTO_TCP, seg, 0, seg.length, s.ns.defaultTtl.intValue(), 0, true,
                    linnet.kernel.core.SockOwner.ROOT);
        } catch (KernelException e) {
            // No route now: the segment is lost like any other; the timer tries again (a soft error).
            s.softErr = e.errno;
        }
    }

    /** tcp_options_write: MSS, SACK_PERM, TS, NOP, WSCALE in a SYN; NOP, NOP, TS later when agreed. */
    private byte[] options(TcpSocket s, boolean syn, boolean ack) {
        if (!syn) {
            if (!s.tsOk) return new byte[0];
            byte[] o = new byte[12];
            o[0] = 1;
            o[1] = 1;
            o[2] = 8;
            o[3] = 10;
            linnet.wire.Bytes.put32(o, 4, tsNow(s));
            linnet.wire.Bytes.put32(o, 8, s.tsRecent);
            return o;
        }
        // A SYN offers everything; a SYN-ACK answers only what the peer's SYN offered.
        boolean ts = !ack || s.tsOk, sack = !ack || s.sackOk, ws = !ack || s.wsOk;
        byte[] o = new byte[4 + (ts ? 12 : sack ? 4 : 0) + (ws ? 4 : 0)];
        int i = 0;
        o[i++] = 2;
        o[i++] = 4;
        linnet.wire.Bytes.put16(o, i, s.advMss);
        i += 2;
        if (ts) {
            if (sack) {
                o[i++] = 4;
                o[i++] = 2;
            } else {
                o[i++] = 1;
                o[i++] = 1;
            }
            o[i++] = 8;
            o[i++] = 10;
            linnet.wire.Bytes.put32(o, i, tsNow(s));
            linnet.wire.Bytes.put32(o, i + 4, ack ? s.tsRecent : 0);
            i += 8;
        } else if (sack) {
            o[i++] = 1;
            o[i++] = 1;
            o[i++] = 4;
            o[i++] = 2;
        }
        if (ws) {
            o[i++] = 1;
            o[i++] = 3;
            o[i++] = 3;
            o[i++] = (byte) s.rcvWscale;
        }
        return o;
    }

    void sendSyn(TcpSocket s) {
        xmit(s, linnet.wire.Tcp.SYN, s.iss, 0, 0);
        armRtx(s);
    }

    void sendSynAck(TcpSocket s) {
        xmit(s, linnet.wire.Tcp.SYN | linnet.wire.Tcp.ACK, s.iss, 0, 0);
        armRtx(s);
    }

    void sendAck(TcpSocket s) {
        xmit(s, linnet.wire.Tcp.ACK, s.sndNxt, 0, 0);
    }

    /** TCP_ATO_MIN (HZ/25): how long a delayed ACK waits for a segment to ride on. */
    static final long ATO_MIN = linnet.sim.EventLoop.NS_PER_SEC / 25;

    /**
     * tcp_send_delayed_ack: the ACK waits ATO_MIN for the application's answer (its data or FIN
     * carries it), then goes alone.
     */
    void sendDelayedAck(TcpSocket s) {
        if (s.delackTimer != null) return;
        s.delackTimer = s.ns.net.kernel.loop.schedule(ATO_MIN, () -> {
            s.delackTimer = null;
            if (s.state != TcpState.CLOSE) sendAck(s);
        });
    }

    /** tcp_send_active_reset: RST+ACK at snd_nxt (close with unread data, listener closing). */
    void sendActiveReset(TcpSocket s) {
        xmit(s, linnet.wire.Tcp.RST | linnet.wire.Tcp.ACK, s.sndNxt, 0, 0);
    }

    /**
     * tcp_write_xmit: new data up to the peer's window in MSS-sized segments (PSH on the last),
     * the FIN riding on the last one or alone; returns whether anything went out.
     */
    boolean push(TcpSocket s) {
        boolean sent = false;
        if (!(s.state == TcpState.ESTABLISHED || s.state == TcpState.CLOSE_WAIT
                || s.state == TcpState.FIN_WAIT1 || s.state == TcpState.LAST_ACK) || s.finSent) return false;
        while (true) {
            int off = s.sndNxt - s.sndUna;
            int inFlight = off;
            int room = s.sndWnd - inFlight;
            int n = Math.min(Math.min(s.mss, s.sndLen - off), room);
            if (off < s.sndLen && n <= 0) break;
            if (off >= s.sndLen) {
                if (s.finQueued && !s.finSent) {
                    s.ns.net.mib.net[linnet.kernel.core.LinuxMib.TCPORIGDATASENT]++;
                    xmit(s, linnet.wire.Tcp.FIN | linnet.wire.Tcp.ACK, s.sndNxt, 0, 0);
                    s.finSent = true;
                    s.sndNxt++;
                    sent = true;
                }
                break;
            }
            boolean last = off + n == s.sndLen;
            int flags = linnet.wire.Tcp.ACK | (last ? linnet.wire.Tcp.PSH : 0);
            boolean fin = last && s.finQueued;
            if (fin) flags |= linnet.wire.Tcp.FIN;
            // tcp_event_new_data_sent: a segment of new data (or the FIN) leaves the write queue
            s.ns.net.mib.net[linnet.kernel.core.LinuxMib.TCPORIGDATASENT]++;
            xmit(s, flags, s.sndNxt, off, n);
            s.sndNxt += n;
            if (fin) {
                s.finSent = true;
                s.sndNxt++;
            }
            sent = true;
            if (fin) break;
        }
        if (sent || (s.sndLen > 0 && s.rtxTimer == null)) armRtx(s);
        return sent;
    }

    /** After a read: tell the peer the window opened if what we last offered was under one MSS. */
    void windowUpdate(TcpSocket s) {
        if (s.lastAdvertised < s.advMss && (s.state == TcpState.ESTABLISHED || s.state == TcpState.FIN_WAIT1
                || s.state == TcpState.FIN_WAIT2)) {
            sendAck(s);
        }
    }

    void armRtx(TcpSocket s) {
        if (s.rtxTimer != null && s.rtxTimer.pending()) return;
        s.rtxTimer = tcp.loop().schedule(s.rto, () -> retransmitTimer(s));
    }

    void resetRtx(TcpSocket s) {
        if (s.rtxTimer != null) s.rtxTimer.cancel();
        s.rtxTimer = null;
        boolean outstanding = s.sndNxt != s.sndUna;
        if (outstanding) armRtx(s);
    }

    /** tcp_retransmit_timer: give up after the retry limit, else resend the oldest segment and back off. */
    private void retransmitTimer(TcpSocket s) {
        s.rtxTimer = null;
        int limit = switch (s.state) {
            case SYN_SENT -> s.ns.tcpSynRetries.intValue();
            case SYN_RECV -> Tcp.TCP_SYNACK_RETRIES;
            case CLOSE, LISTEN, TIME_WAIT -> -1;
            default -> Tcp.TCP_RETRIES2;
        };
        if (limit < 0) return;
        if (s.sndNxt == s.sndUna && s.sndLen == 0) return;
        if (s.retransmits >= limit) {
            if (s.state == TcpState.SYN_RECV) tcp.destroy(s); // the request expires uncounted
            else tcp.writeErr(s);
            return;
        }
        s.retransmits++;
        s.rto = Math.min(s.rto * 2, Tcp.TCP_RTO_MAX);
        retransmit(s);
        armRtx(s);
    }

    /** tcp_retransmit_skb: the segment at snd_una again. */
    void retransmit(TcpSocket s) {
        switch (s.state) {
            case SYN_SENT -> xmit(s, linnet.wire.Tcp.SYN, s.iss, 0, 0, true);
            case SYN_RECV -> xmit(s, linnet.wire.Tcp.SYN | linnet.wire.Tcp.ACK, s.iss, 0, 0, true);
            default -> {
                int n = Math.min(s.mss, s.sndLen);
                boolean fin = s.finSent && n == s.sndLen;
                int flags = linnet.wire.Tcp.ACK | (n > 0 ? linnet.wire.Tcp.PSH : 0) | (fin ? linnet.wire.Tcp.FIN : 0);
                if (n == 0 && !fin) n = Math.min(1, s.sndLen); // a window probe
                xmit(s, flags, s.sndUna, 0, n, true);
            }
        }
    }
}
