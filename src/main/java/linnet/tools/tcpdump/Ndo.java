package linnet.tools.tcpdump;

import linnet.tools.common.Ctx;
import linnet.wire.Inet6;

/**
 * netdissect_options: what the printers are told (the -n/-e/-v/-q/-x... counts) and where a
 * packet's line is built, plus the address and port names (addrtoname.c) the printers ask for.
 */
final class Ndo {
    int nflag, eflag, vflag, qflag, xflag, Xflag, Aflag, Sflag;
    final StringBuilder out = new StringBuilder();
    /** The process tcpdump runs as: its /etc/hosts names addresses (null: numbers only). */
    final Ctx ctx;
    /** tcp_seq_hash: the first sequence numbers of each connection seen, for relative numbers. */
    final java.util.Map<String, long[]> tcpSeq = new java.util.HashMap<>();

    Ndo(Ctx ctx) { this.ctx = ctx; }

    Ndo print(String s) {
        out.append(s);
        return this;
    }

    /** Thrown when a printer runs off the captured bytes: the line ends in " [|proto]". */
    static final class Truncated extends RuntimeException {
        final String proto;

        Truncated(String proto) {
            super(null, null, false, false);
            this.proto = proto;
        }
    }

    static int u8(byte[] b, int o, int end, String proto) {
        if (o >= end) throw new Truncated(proto);
        return b[o] & 0xff;
    }

    static int u16(byte[] b, int o, int end, String proto) {
        if (o + 2 > end) throw new Truncated(proto);
        return ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff);
    }

    static long u32(byte[] b, int o, int end, String proto) {
        if (o + 4 > end) throw new Truncated(proto);
        return ((long) (b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
    }

    static void need(int o, int len, int end, String proto) {
        if (o + len > end) throw new Truncated(proto);
    }

    // ---------------------------------------------------------------- addrtoname.c

    /** ipaddr_string: the /etc/hosts name unless -n, else the dotted quad. */
    String ipaddr(byte[] b, int o) {
        int a = ((b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
        if (nflag == 0 && ctx != null) {
            String n = linnet.tools.common.Resolver.hostsName(ctx, a);
            if (n != null) return n;
        }
        return linnet.wire.Inet4.format(a);
    }

    /** ip6addr_string: inet_ntop (no names: nothing here resolves IPv6 addresses). */
    String ip6addr(byte[] b, int o) {
        if (nflag == 0 && ctx != null && Inet6.isLoopback(Inet6.read(b, o))) return "localhost";
        return Inet6.format(b, o);
    }

    /** etheraddr_string: the address, with its vendor's name unless -n (only the IEEE's own OUI 00:00:00 is known). */
    String etheraddr(byte[] b, int o) {
        long m = 0;
        for (int i = 0; i < 6; i++) m = (m << 8) | (b[o + i] & 0xff);
        String s = linnet.wire.Mac.format(m);
        if (nflag != 0) return s;
        if (m == 0xffff_ffff_ffffL) return "Broadcast";
        int oui = (int) (m >>> 24);
        return s + (oui == 0 ? " (oui Ethernet)" : " (oui Unknown)");
    }

    /** tcpport_string / udpport_string: the /etc/services name unless -n. */
    String port(int port, String proto) {
        if (nflag == 0) {
            String n = linnet.tools.common.Services.name(port, proto);
            if (n != null) return n;
        }
        return Integer.toString(port);
    }

    /** tok2str over the IP protocol numbers tcpdump names (netdissect's ipproto_values). */
    static String ipproto(int p) {
        return switch (p) {
            case 0 -> "Options";
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 4 -> "IPIP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case 41 -> "IPv6";
            case 43 -> "Routing";
            case 44 -> "Fragment";
            case 47 -> "GRE";
            case 50 -> "ESP";
            case 51 -> "AH";
            case 58 -> "ICMPv6";
            case 59 -> "NONE";
            case 60 -> "DSTOPTS";
            case 89 -> "OSPF";
            case 103 -> "PIM";
            case 112 -> "VRRP";
            case 132 -> "SCTP";
            default -> null;
        };
    }

    /** ethertype_values: the names -e prints. */
    static String ethertype(int t) {
        return switch (t) {
            case 0x0800 -> "IPv4";
            case 0x0806 -> "ARP";
            case 0x8035 -> "Reverse ARP";
            case 0x86dd -> "IPv6";
            case 0x8100 -> "802.1Q";
            case 0x88a8 -> "802.1Q-QinQ";
            case 0x9100 -> "802.1Q-9100";
            case 0x9200 -> "802.1Q-9200";
            case 0x88cc -> "LLDP";
            case 0x8847 -> "MPLS unicast";
            case 0x8848 -> "MPLS multicast";
            case 0x888e -> "EAPOL";
            case 0x8863 -> "PPPoE D";
            case 0x8864 -> "PPPoE S";
            case 0x9000 -> "Loopback";
            case 0x88f7 -> "PTP";
            default -> null;
        };
    }
}
