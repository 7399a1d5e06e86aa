package linnet.kernel.ipv4;

import java.util.ArrayDeque;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.sim.EventLoop;

/**
 * A TCP socket (struct tcp_sock): the addresses, the send and receive sequence spaces, the
 * send buffer from snd_una on, the receive buffer the program reads, the error the next call
 * reports, the timers, and for a listener its accept queue. Sequence numbers are kept as
 * {@code int} and compared modulo 2^32 ({@link #before}).
 *
 * <p>The methods here are the system calls a program makes; none of them blocks. A program
 * waits by running the event loop until a condition on the socket holds (see tools.nc.Nc).
 */
public final class TcpSocket {
    /** tcp_rmem[1]: the receive buffer. */
    static final int RCVBUF = 131072;
    /** The window Linux offers first (tcp_select_initial_window for a 1460-byte MSS: 44 segments). */
    static final int INITIAL_WINDOW = 64240;

    final NetnsIpv4 ns;
    final Tcp tcp;
    public TcpState state = TcpState.CLOSE;
    /** Whether this connection's time-wait timer was armed once (what TW counts). */
    boolean twScheduled;
    public int localAddr, localPort, remoteAddr, remotePort;
    public NetDevice boundDev;
    /** SO_REUSEADDR: a bind may share the port with sockets that are not listening and set it too. */
    public boolean reuseAddr;
    /** IP_RECVERR: ICMP errors for the connection are queued for recvmsg(MSG_ERRQUEUE) too. */
    public boolean recvErr;
    /** The error queue (ip_icmp_error's entries), read with MSG_ERRQUEUE. */
    public final ArrayDeque<RawSocket.ErrQueueEntry> errQueue = new ArrayDeque<>();

    // send sequence space (RFC 9293 3.3.1)
    int iss, sndUna, sndNxt, sndWnd;
    int sndWscale;
    /** Bytes the program wrote that are not yet acknowledged; sndBuf[0] is the byte at snd_una. */
    byte[] sndBuf = new byte[1024];
    int sndLen;
    boolean finQueued, finSent;
    /** The effective MSS for our segments (peer's MSS, less the timestamp option). */
    int mss = 536;
    /** The MSS we announce (route MTU - 40). */
    int advMss = 1460;

    // receive sequence space
    int irs, rcvNxt;
    int rcvWscale = 7;
    boolean wsOk, tsOk, sackOk;
    int tsRecent, tsOffset;
    byte[] rcvBuf = new byte[1024];
    int rcvLen;
    int lastAdvertised = INITIAL_WINDOW;
    /** A FIN arrived: reads return end-of-file once the buffer is drained. */
    public boolean rcvShutdown;

    /** sk_err: a hard error the next call reports; sk_err_soft: the reason reported on timeout. */
    Errno err, softErr;

    // timers (icsk_retransmit_timer, the TIME-WAIT and FIN-WAIT-2 timers)
    EventLoop.Timer rtxTimer, twTimer;
    /** The delayed ACK of a FIN (tcp_send_delayed_ack in pingpong mode); any segment sent carries it. */
    EventLoop.Timer delackTimer;
    int retransmits;
    long rto = Tcp.TCP_TIMEOUT_INIT;
    long synSentAt;

    // listener
    int backlog;
    final ArrayDeque<TcpSocket> acceptQueue = new ArrayDeque<>();
    TcpSocket parent;
    /** The program closed it: the connection finishes on its own (an orphan). */
    boolean orphan;

    TcpSocket(NetnsIpv4 ns, Tcp tcp) {
        this.ns = ns;
        this.tcp = tcp;
    }

    static boolean before(int a, int b) { return a - b < 0; }

    static boolean after(int a, int b) { return b - a < 0; }

    // ---------------------------------------------------------------- system calls

    public void bind(int addr, int port) throws KernelException { tcp.bind(this, addr, port); }

    public void listen(int backlog) throws KernelException { tcp.listen(this, backlog); }

    /** connect(2) on a non-blocking socket: the SYN is out; wait until {@link #connecting()} is false. */
    public void connect(int daddr, int dport) throws KernelException { tcp.connect(this, daddr, dport); }

    /** accept(2) without blocking: the next established child, or null. */
    public TcpSocket accept() { return acceptQueue.poll(); }

    public boolean hasPendingAccept() { return !acceptQueue.isEmpty(); }

    public boolean connecting() { return state == TcpState.SYN_SENT; }

    public boolean established() { return state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT; }

    /** Bytes a read(2) would return now. */
    public int available() { return rcvLen; }

    /** read(2) would return end-of-file (FIN received and everything read, or the connection is gone). */
    public boolean eof() { return rcvLen == 0 && (rcvShutdown || state == TcpState.CLOSE); }

    /** Something for poll(POLLIN): data, end-of-file or an error. */
    public boolean readable() { return rcvLen > 0 || eof() || err != null; }

    /** sock_error: the pending hard error, cleared by reading it (null if none). */
    public Errno takeError() {
        Errno e = err;
        err = null;
        return e;
    }

    /** SO_ERROR peek without clearing. */
    public Errno error() { return err; }

    /** read(2): everything buffered (may be empty). */
    public byte[] read() {
        byte[] out = java.util.Arrays.copyOf(rcvBuf, rcvLen);
        rcvLen = 0;
        tcp.output.windowUpdate(this);
        return out;
    }

    /** write(2): queues the bytes and sends what the window allows. */
    public void send(byte[] data) throws KernelException {
        if (err != null) throw new KernelException(takeError());
        if (finQueued || !(state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT)) {
            throw new KernelException(state == TcpState.SYN_SENT ? Errno.EAGAIN : Errno.EPIPE);
        }
        if (sndLen + data.length > sndBuf.length) sndBuf = java.util.Arrays.copyOf(sndBuf, Math.max(sndBuf.length * 2, sndLen + data.length));
        System.arraycopy(data, 0, sndBuf, sndLen, data.length);
        sndLen += data.length;
        tcp.output.push(this);
    }

    /** shutdown(SHUT_WR): a FIN after the queued data. */
    public void shutdownWrite() { tcp.shutdownWrite(this); }

    /** close(2). */
    public void close() { tcp.close(this); }

    @Override
    public String toString() {
        return state.ssName + " " + linnet.wire.Inet4.format(localAddr) + ":" + localPort + " "
                + linnet.wire.Inet4.format(remoteAddr) + ":" + remotePort;
    }
}
