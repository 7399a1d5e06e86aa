package linnet.kernel.netfilter;

import linnet.wire.Tcp;

/**
 * The TCP state machine of conntrack (nf_conntrack_proto_tcp.c), reduced to the transitions a
 * handshake, a transfer, a close and a reset go through; each state has its timeout.
 */
final class TcpTracking {
    private TcpTracking() {}

    static final int NONE = 0, SYN_SENT = 1, SYN_RECV = 2, ESTABLISHED = 3, FIN_WAIT = 4, CLOSE_WAIT = 5,
            LAST_ACK = 6, TIME_WAIT = 7, CLOSE = 8;

    static void packet(Conntrack ct, NfConn c, int dir, byte[] b, int l4, long now) {
        int f = Tcp.flags(b, l4 - 0 - 0);
        int s = c.tcpState;
        if ((f & Tcp.RST) != 0) {
            s = CLOSE;
        } else if ((f & Tcp.SYN) != 0 && (f & Tcp.ACK) != 0) {
            if (dir == 1 && s == SYN_SENT) s = SYN_RECV;
        } else if ((f & Tcp.SYN) != 0) {
            if (dir == 0 && (s == NONE || s == CLOSE || s == TIME_WAIT)) s = SYN_SENT;
        } else if ((f & Tcp.FIN) != 0) {
            if (s == ESTABLISHED) s = FIN_WAIT;
            else if (s == FIN_WAIT || s == CLOSE_WAIT) s = LAST_ACK;
        } else if ((f & Tcp.ACK) != 0) {
            if (s == SYN_RECV && dir == 0) {
                s = ESTABLISHED;
                c.status |= NfConn.IPS_ASSURED;
            } else if (s == FIN_WAIT) {
                s = CLOSE_WAIT;
            } else if (s == LAST_ACK) {
                s = TIME_WAIT;
            }
        }
        c.tcpState = s;
        c.timeoutAt = now + switch (s) {
            case SYN_SENT -> ct.tcpSynSent;
            case SYN_RECV -> ct.tcpSynRecv;
            case ESTABLISHED -> ct.tcpEstablished;
            case FIN_WAIT -> ct.tcpFinWait;
            case CLOSE_WAIT -> ct.tcpCloseWait;
            case LAST_ACK -> ct.tcpLastAck;
            case TIME_WAIT -> ct.tcpTimeWait;
            default -> ct.tcpClose;
        };
    }
}
