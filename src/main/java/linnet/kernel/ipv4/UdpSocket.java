package linnet.kernel.ipv4;

import java.util.ArrayDeque;
import linnet.kernel.core.NetDevice;

/** A UDP socket (struct udp_sock): its bound address and port, a receive queue, an error queue. */
public final class UdpSocket {
    /** One received datagram. */
    public record Datagram(int srcAddr, int srcPort, int dstAddr, byte[] payload, int ttl) {}

    final NetnsIpv4 ns;
    public int localAddr;
    public int localPort;
    public int remoteAddr;
    public int remotePort;
    public NetDevice boundDev;
    public boolean recvErr;
    /** sk_err of a connected socket: an ICMP error reported by the next send or receive (then cleared). */
    public linnet.kernel.core.Errno err;
    public int ttl = -1;
    /** setup_udp_tunnel_sock's encap_rcv: datagrams go to the tunnel driver instead of the queue. */
    public linnet.kernel.core.UdpTunnel.EncapRcv encapRcv;
    public final ArrayDeque<Datagram> rxQueue = new ArrayDeque<>();
    public final ArrayDeque<RawSocket.ErrQueueEntry> errQueue = new ArrayDeque<>();

    UdpSocket(NetnsIpv4 ns) { this.ns = ns; }

    /** udp_recvmsg: the next datagram, or null; a datagram read is an InDatagram. */
    public Datagram recv() {
        Datagram d = rxQueue.poll();
        if (d != null) ns.net.mib.udp[linnet.kernel.core.NetnsMib.UDP_MIB_INDATAGRAMS]++;
        return d;
    }

    public void close() { ns.udpSockets.remove(this); }
}
