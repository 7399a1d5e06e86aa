package linnet.kernel.netfilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;
import linnet.wire.Ipv4;
import linnet.wire.Tcp;

/**
 * The connection tracking table of one namespace (nf_conntrack_core.c, _proto_icmp/udp/tcp.c):
 * lookup by either direction's tuple, new entries confirmed only when their first packet leaves
 * the hooks alive, per-protocol timeouts on the virtual clock, ICMP errors related to the
 * connection of the packet they quote.
 */
public final class Conntrack {
    static final long SEC = EventLoop.NS_PER_SEC;
    public long icmpTimeout = 30 * SEC, udpTimeout = 30 * SEC, udpStreamTimeout = 120 * SEC,
            tcpSynSent = 120 * SEC, tcpSynRecv = 60 * SEC, tcpEstablished = 432000 * SEC, tcpFinWait = 120 * SEC,
            tcpCloseWait = 60 * SEC, tcpLastAck = 30 * SEC, tcpTimeWait = 120 * SEC, tcpClose = 10 * SEC,
            genericTimeout = 600 * SEC;

    private final EventLoop loop;
    private final Map<Tuple, NfConn> byTuple = new HashMap<>();
    /** Confirmed entries in creation order (a listing walks them). */
    private final Map<Long, NfConn> entries = new LinkedHashMap<>();
    private long nextId = 1;

    Conntrack(EventLoop loop) { this.loop = loop; }

    /**
     * The tuple of the packet at its IPv4 header, or null if the protocol part is unreadable
     * before {@code end} (nf_ct_get_tuple's skb_header_pointer failing: the packet goes untracked).
     */
    static Tuple tupleOf(byte[] b, int ip, int end) {
        if (ip + 20 > end || Ipv4.ihl(b, ip) < 20) return null;
        int proto = Ipv4.protocol(b, ip);
        int l4 = ip + Ipv4.ihl(b, ip);
        int src = Ipv4.src(b, ip), dst = Ipv4.dst(b, ip);
        int need = proto == 6 || proto == 17 ? 4 : proto == 1 ? 8 : 0;
        if (l4 + need > end) return null;
        return switch (proto) {
            case 6, 17 -> new Tuple(proto, src, dst, ((b[l4] & 0xff) << 8) | (b[l4 + 1] & 0xff),
                    ((b[l4 + 2] & 0xff) << 8) | (b[l4 + 3] & 0xff));
            case 1 -> {
                int type = b[l4] & 0xff, code = b[l4 + 1] & 0xff;
                int id = (type == 8 || type == 0 || type == 13 || type == 14) ? ((b[l4 + 4] & 0xff) << 8) | (b[l4 + 5] & 0xff) : 0;
                yield new Tuple(proto, src, dst, id, (type << 8) | code);
            }
            default -> new Tuple(proto, src, dst, 0, 0);
        };
    }

    private void expire() {
        long now = loop.now();
        List<NfConn> dead = new ArrayList<>();
        for (NfConn c : entries.values()) if (c.timeoutAt <= now) dead.add(c);
        for (NfConn c : dead) remove(c);
    }

    public void remove(NfConn c) {
        entries.remove(c.id);
        byTuple.remove(c.orig);
        byTuple.remove(c.reply);
    }

    public List<NfConn> list() {
        expire();
        return new ArrayList<>(entries.values());
    }

    /** Whether {@code c} is still in the table (not timed out, flushed or deleted). */
    public boolean alive(NfConn c) {
        return entries.get(c.id) == c && c.timeoutAt > loop.now();
    }

    public int count() {
        expire();
        return entries.size();
    }

    public void flush() {
        entries.clear();
        byTuple.clear();
    }

    /** A lookup that treats an entry past its timeout as gone (and removes it), instead of a table scan. */
    private NfConn find(Tuple t) {
        NfConn c = byTuple.get(t);
        if (c != null && c.timeoutAt <= loop.now()) {
            remove(c);
            return null;
        }
        return c;
    }

    /**
     * nf_conntrack_in: attach the connection to the packet. Returns false when the packet is
     * invalid for tracking (it goes on untracked, ct null, state INVALID).
     */
    boolean in(NfPacket p) {
        SkBuff skb = p.skb;
        byte[] b = skb.buf;
        int ip = skb.networkHeader;
        int proto = Ipv4.protocol(b, ip);
        int l4 = ip + Ipv4.ihl(b, ip);
        // the packet's end as IP says it (ip_rcv has checked it against the buffer)
        int end = Math.min(b.length, ip + Ipv4.totalLength(b, ip));
        if (tupleOf(b, ip, end) == null) {
            p.ct = null;
            return false;
        }
        if (proto == 1) {
            int type = b[l4] & 0xff;
            if (type == 3 || type == 4 || type == 5 || type == 11 || type == 12) return icmpError(p, l4, end);
            if (type != 8 && type != 0 && type != 13 && type != 14) {
                p.ct = null;
                return false;
            }
            if (type == 0 || type == 14) {
                // A reply without a request is not a new connection (nf_conntrack_icmp: INVALID).
                Tuple t = tupleOf(b, ip, end);
                NfConn c = find(t);
                if (c == null) {
                    p.ct = null;
                    return false;
                }
            }
        }
        if (Ipv4.fragOffset(b, ip) != 0) {
            p.ct = null;
            return false;
        }
        Tuple t = tupleOf(b, ip, end);
        NfConn c = find(t);
        if (c != null) {
            boolean seenReply = (c.status & NfConn.IPS_SEEN_REPLY) != 0;
            p.ct = c;
            // the protocol handler runs before nf_conntrack_in marks a reply as seen
            refresh(c, t.equals(c.orig) ? 0 : 1, b, l4, seenReply);
            if (t.equals(c.orig)) {
                // Until a reply was seen, more packets of the original direction are still NEW.
                p.ctinfo = seenReply ? NfConn.IP_CT_ESTABLISHED : NfConn.IP_CT_NEW;
            } else {
                p.ctinfo = NfConn.IP_CT_ESTABLISHED_REPLY;
                c.status |= NfConn.IPS_SEEN_REPLY;
            }
            return true;
        }
        NfConn n = new NfConn(t, nextId++);
        if (proto == 6) n.tcpState = 1;
        n.timeoutAt = loop.now() + initialTimeout(proto);
        p.ct = n;
        p.ctinfo = NfConn.IP_CT_NEW;
        return true;
    }

    private long initialTimeout(int proto) {
        return switch (proto) {
            case 1 -> icmpTimeout;
            case 17 -> udpTimeout;
            case 6 -> tcpSynSent;
            default -> genericTimeout;
        };
    }

    /** Per-protocol state and timeout update on each packet (the *_packet handlers). */
    private void refresh(NfConn c, int dir, byte[] b, int l4, boolean seenReply) {
        long now = loop.now();
        // tcp_packet: "if only reply is a RST ... delete the conntrack immediately" (a reset
        // before any reply, such as a refused connection's, leaves no entry behind)
        if (c.orig.proto() == 6 && !seenReply && (Tcp.flags(b, l4) & Tcp.RST) != 0) {
            remove(c);
            return;
        }
        switch (c.orig.proto()) {
            case 1 -> c.timeoutAt = now + icmpTimeout;
            case 17 -> {
                if ((c.status & NfConn.IPS_SEEN_REPLY) != 0) {
                    // A second packet after the reply makes the flow a stream: ASSURED, longer timeout.
                    if (dir == 0 || (c.status & NfConn.IPS_ASSURED) != 0) c.status |= NfConn.IPS_ASSURED;
                    c.timeoutAt = now + ((c.status & NfConn.IPS_ASSURED) != 0 ? udpStreamTimeout : udpTimeout);
                } else {
                    c.timeoutAt = now + udpTimeout;
                }
            }
            case 6 -> TcpTracking.packet(this, c, dir, b, l4, now);
            default -> c.timeoutAt = now + genericTimeout;
        }
    }

    /** nf_conntrack_icmpv4_error: an ICMP error is RELATED to the connection of the packet it quotes. */
    private boolean icmpError(NfPacket p, int l4, int end) {
        byte[] b = p.skb.buf;
        int inner = l4 + 8;
        // the quoted header and the start of its transport header must be there (icmp_error_message)
        Tuple quoted = tupleOf(b, inner, end);
        if (quoted == null) {
            p.ct = null;
            return false;
        }
        // The error travels opposite to the packet it quotes: look up the quoted tuple inverted;
        // finding it as an original tuple means the error goes in the original direction.
        Tuple want = quoted.invert();
        NfConn c = find(want);
        if (c == null) {
            p.ct = null;
            return false;
        }
        p.ct = c;
        p.ctinfo = want.equals(c.orig) ? NfConn.IP_CT_RELATED : NfConn.IP_CT_RELATED_REPLY;
        return true;
    }

    /** __nf_conntrack_confirm: the first packet survived the hooks; the entry goes into the table. */
    void confirm(NfPacket p) {
        NfConn c = p.ct;
        if (c == null || c.confirmed() || p.ctinfo != NfConn.IP_CT_NEW) return;
        if (find(c.orig) != null || find(c.reply) != null) return;
        c.status |= NfConn.IPS_CONFIRMED;
        byTuple.put(c.orig, c);
        byTuple.put(c.reply, c);
        entries.put(c.id, c);
    }

    /** Whether a tuple is taken by another connection (for NAT's unique-tuple search). */
    boolean tupleTaken(Tuple t, NfConn self) {
        NfConn c = find(t);
        return c != null && c != self;
    }

    /** Re-keys a connection whose reply tuple NAT changed before confirmation. */
    void setReply(NfConn c, Tuple reply) {
        if (c.confirmed()) byTuple.remove(c.reply);
        c.reply = reply;
        if (c.confirmed()) byTuple.put(reply, c);
    }

    public long now() { return loop.now(); }
}
