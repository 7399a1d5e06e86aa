package linnet.kernel.core;

/**
 * The UDP tunnel API a protocol family offers encapsulating drivers (net/ipv4/udp_tunnel_core.c):
 * a kernel UDP socket whose datagrams go to the driver (setup_udp_tunnel_sock's encap_rcv), and
 * udp_tunnel_xmit_skb, which wraps a payload in UDP and IP and sends it from a namespace's stack.
 * kernel.ipv4 registers the implementation on the kernel, so drivers need not know IPv4's classes.
 */
public interface UdpTunnel {
    /** encap_rcv: {@code skb.data} at the UDP payload; the outer addresses and ports as received. */
    @FunctionalInterface
    interface EncapRcv {
        void rcv(SkBuff skb, int saddr, int daddr, int sport, int dport);
    }

    /** An open tunnel socket (udp_sock_create + setup_udp_tunnel_sock). */
    interface Sock {
        void close();

        /** ip_mc_join_group on this socket: {@code group} on {@code dev} (IGMP reports follow). */
        void joinGroup(NetDevice dev, int group) throws KernelException;

        void leaveGroup(NetDevice dev, int group);
    }

    /** Binds INADDR_ANY:{@code port} in {@code net} (EADDRINUSE when an ordinary socket has it). */
    Sock open(Net net, int port, EncapRcv rcv) throws KernelException;

    /** The route udp_tunnel_dst_lookup finds: its device and the source address to use. */
    record Route(NetDevice dev, int saddr, boolean local, Object rt) {}

    /** udp_tunnel_dst_lookup (ip_route_output_key with the tunnel's flow); ENETUNREACH and the like. */
    Route route(Net net, int daddr, int saddr, int oif, int tos, int mark, int sport, int dport) throws KernelException;

    /**
     * udp_tunnel_xmit_skb: {@code skb.data} at the payload (the driver's header and the inner
     * frame); a UDP header (checksum unless {@code noCsum}) and an IPv4 header go in front, then
     * ip_local_out in {@code net}.
     */
    void xmit(Net net, Route rt, SkBuff skb, int saddr, int daddr, int tos, int ttl, boolean df, int sport, int dport,
              boolean noCsum);

    /** The namespace's default TTL (ip4_dst_hoplimit with no route metric). */
    int defaultTtl(Net net);

    /** inet_get_local_port_range: the ephemeral range {low, high}. */
    int[] localPortRange(Net net);
}
