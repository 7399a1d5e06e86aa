package linnet.tools.tcpdump;

import linnet.wire.Checksum;

/** print-udp.c: ports, length, the checksum with -vv (IPv6: -v), and the protocols by port (VXLAN). */
final class PrintUdp {
    private PrintUdp() {}

    static final int VXLAN_PORT = 4789;

    static void udpPrint(Ndo nd, byte[] b, int ip, boolean v6, int o, int length, int end, boolean fragmented) {
        if (end - o < 8) {
            nd.print(src(nd, b, ip, v6) + " > " + dst(nd, b, ip, v6) + ": ");
            throw new Ndo.Truncated("udp");
        }
        int sport = Ndo.u16(b, o, end, "udp"), dport = Ndo.u16(b, o + 2, end, "udp");
        int ulen = Ndo.u16(b, o + 4, end, "udp");
        String addrs = src(nd, b, ip, v6) + "." + nd.port(sport, "udp") + " > " + dst(nd, b, ip, v6) + "." + nd.port(dport, "udp") + ": ";
        if (ulen < 8) {
            nd.print(addrs + "truncated-udplength " + ulen);
            return;
        }
        int plen = Math.min(ulen - 8, length - 8);
        nd.print(addrs);
        if (!fragmented && ((!v6 && nd.vflag > 1) || (v6 && nd.vflag != 0))) {
            int udpSum = Ndo.u16(b, o + 6, end, "udp");
            if (!v6 && udpSum == 0) nd.print("[no cksum] ");
            else if (end - o >= plen + 8) {
                int sum = Checksum.fold(Checksum.sum(b, o, plen + 8, pseudo(b, ip, v6, 17, plen + 8)));
                if (sum != 0) nd.print(String.format("[bad udp cksum 0x%04x -> 0x%04x!] ", udpSum, PrintIp.shouldbe(udpSum, sum)));
                else nd.print("[udp sum ok] ");
            }
        }
        int p = o + 8;
        if (nd.qflag == 0) {
            if ((dport == VXLAN_PORT || sport == VXLAN_PORT) && end - p >= 8) {
                PrintVxlan.vxlanPrint(nd, b, p, plen, end);
                return;
            }
            if (dport == 53 || sport == 53) {
                if (plen < 12) {
                    nd.print("domain [length " + plen + " < 12] (invalid)");
                    return;
                }
            }
        }
        nd.print("UDP, length " + plen);
    }

    static String src(Ndo nd, byte[] b, int ip, boolean v6) { return v6 ? nd.ip6addr(b, ip + 8) : nd.ipaddr(b, ip + 12); }

    static String dst(Ndo nd, byte[] b, int ip, boolean v6) { return v6 ? nd.ip6addr(b, ip + 24) : nd.ipaddr(b, ip + 16); }

    /** The pseudo header's sum (addresses, protocol, length) for the transport checksum. */
    static int pseudo(byte[] b, int ip, boolean v6, int proto, int len) {
        int s = v6 ? Checksum.sum(b, ip + 8, 32, 0) : Checksum.sum(b, ip + 12, 8, 0);
        long t = (s & 0xffffL) + proto + (len & 0xffff) + (len >>> 16);
        while ((t >>> 16) != 0) t = (t & 0xffff) + (t >>> 16);
        return (int) t;
    }
}
