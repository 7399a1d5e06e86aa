package linnet.kernel.core;

/** Why a packet was dropped, named after the kernel's SKB_DROP_REASON_*; every drop goes through one. */
public enum DropReason {
    NOT_SPECIFIED, NO_SOCKET, PKT_TOO_SMALL, OTHERHOST, IP_CSUM, IP_INHDR, IP_RPFILTER,
    IP_INADDRERRORS, IP_INNOROUTES, IP_OUTNOROUTES, IP_NOPROTO, UNHANDLED_PROTO, NEIGH_FAILED,
    NEIGH_QUEUEFULL, NEIGH_DEAD, DEV_READY, DEV_HDR, TTL_EXPIRED, NETFILTER_DROP, QDISC_DROP,
    FULL_RING, NOMEM, PKT_TOO_BIG, IPV6DISABLED, BRIDGE, ARP_IGNORED,
    /** Bridge: a frame whose source MAC is multicast or zero (SKB_DROP_REASON_MAC_INVALID_SOURCE). */
    MAC_INVALID_SOURCE,
    /** Bridge: the ingress port is not learning/forwarding (Linux counts these as NOT_SPECIFIED). */
    BRIDGE_PORT_STATE,
    /** Bridge: no port may send the frame (only the ingress port, or none forwarding). */
    BRIDGE_NO_EGRESS,
    /** TCP: bad checksum, a segment outside the receive window, one out of order (not queued here), a full accept queue. */
    TCP_CSUM, TCP_INVALID_SEQUENCE, TCP_OFO_DROP, TCP_LISTEN_OVERFLOW,
    /** netif_rx: the CPU's input queue already holds netdev_max_backlog frames. */
    CPU_BACKLOG
}
