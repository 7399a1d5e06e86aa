package linnet.tools.nettools;

/** ifconfig's usage text (net-tools 2.10 as built by Debian: its hardware types and families). */
final class IfconfigUsage {
    private IfconfigUsage() {}

    static final String TEXT = """
            Usage:
              ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]
              [add <address>[/<prefixlen>]]
              [del <address>[/<prefixlen>]]
              [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]
              [netmask <address>]  [dstaddr <address>]  [tunnel <address>]
              [outfill <NN>] [keepalive <NN>]
              [hw <HW> <address>]  [mtu <NN>]
              [[-]trailers]  [[-]arp]  [[-]allmulti]
              [multicast]  [[-]promisc]
              [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]
              [txqueuelen <NN>]
              [name <newname>]
              [[-]dynamic]
              [up|down] ...

              <HW>=Hardware Type.
              List of possible hardware types:
                loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP)\s
                slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP)\s
                ash (Ash) ether (Ethernet) ax25 (AMPR AX.25)\s
                netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel)\s
                ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB)\s
                arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device)\s
                sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI)\s
                irda (IrLAP) ec (Econet) x25 (generic X.25)\s
                eui64 (Generic EUI-64)\s
              <AF>=Address family. Default: inet
              List of possible address families:
                unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6)\s
                ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE)\s
                ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet)\s
                ash (Ash) x25 (CCITT X.25)\s
            """;
}
