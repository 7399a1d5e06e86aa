package linnet.tools.tcpdump;

import linnet.wire.Checksum;

/** print-icmp.c: ICMP messages; with -v an error's quoted datagram follows on its own line. */
final class PrintIcmp {
    private PrintIcmp() {}

    static void icmpPrint(Ndo nd, byte[] b, int ip, int o, int length, int end, boolean fragmented) {
        int type = Ndo.u8(b, o, end, "icmp");
        int code = Ndo.u8(b, o + 1, end, "icmp");
        String str;
        int oip = o + 8;
        switch (type) {
            case 0, 8 -> str = (type == 0 ? "echo reply" : "echo request") + ", id " + Ndo.u16(b, o + 4, end, "icmp")
                    + ", seq " + Ndo.u16(b, o + 6, end, "icmp");
            case 3 -> str = unreach(nd, b, o, code, oip, end);
            case 5 -> {
                String fmt = switch (code) {
                    case 0 -> "redirect %s to net %s";
                    case 1 -> "redirect %s to host %s";
                    case 2 -> "redirect-tos %s to net %s";
                    case 3 -> "redirect-tos %s to host %s";
                    default -> "redirect-#" + code + " %s to %s";
                };
                Ndo.need(oip, 20, end, "icmp");
                str = String.format(fmt, nd.ipaddr(b, oip + 16), nd.ipaddr(b, o + 4));
            }
            case 11 -> str = code == 0 ? "time exceeded in-transit" : code == 1 ? "ip reassembly time exceeded" : "time exceeded-#" + code;
            case 12 -> str = code == 0 ? "parameter problem - octet " + Ndo.u8(b, o + 4, end, "icmp") : "parameter problem - code " + code;
            case 13, 14 -> str = (type == 13 ? "time stamp query" : "time stamp reply") + " id " + Ndo.u16(b, o + 4, end, "icmp")
                    + " seq " + Ndo.u16(b, o + 6, end, "icmp");
            case 9 -> str = "router advertisement";
            case 10 -> str = "router solicitation";
            case 17 -> str = "address mask request";
            case 18 -> str = "address mask reply";
            default -> str = "type-#" + type;
        }
        nd.print("ICMP " + str + ", length " + length);
        if (nd.vflag != 0 && !fragmented && end - o >= length) {
            int sum = Checksum.fold(Checksum.sum(b, o, length, 0));
            if (sum != 0) {
                int s = Ndo.u16(b, o + 2, end, "icmp");
                nd.print(" (wrong icmp cksum " + Integer.toHexString(s) + " (->" + Integer.toHexString(PrintIp.shouldbe(s, sum)) + ")!)");
            }
        }
        boolean errType = type == 3 || type == 4 || type == 5 || type == 11 || type == 12;
        if (nd.vflag >= 1 && errType && end - oip >= 20) {
            nd.print("\n\t");
            int innerLen = Ndo.u16(b, oip + 2, end, "icmp");
            PrintIp.ipPrint(nd, b, oip, innerLen, end);
        }
    }

    private static String unreach(Ndo nd, byte[] b, int o, int code, int oip, int end) {
        Ndo.need(oip, 20, end, "icmp");
        String dst = nd.ipaddr(b, oip + 16);
        return switch (code) {
            case 0 -> "net " + dst + " unreachable";
            case 1 -> "host " + dst + " unreachable";
            case 2 -> dst + " protocol " + (b[oip + 9] & 0xff) + " unreachable";
            case 3 -> {
                int hl = (b[oip] & 0xf) * 4;
                int dport = Ndo.u16(b, oip + hl + 2, end, "icmp");
                int proto = b[oip + 9] & 0xff;
                yield switch (proto) {
                    case 6 -> dst + " tcp port " + nd.port(dport, "tcp") + " unreachable";
                    case 17 -> dst + " udp port " + nd.port(dport, "udp") + " unreachable";
                    default -> dst + " protocol " + proto + " port " + dport + " unreachable";
                };
            }
            case 4 -> {
                int mtu = Ndo.u16(b, o + 6, end, "icmp");
                yield mtu != 0 ? dst + " unreachable - need to frag (mtu " + mtu + ")" : dst + " unreachable - need to frag";
            }
            case 5 -> dst + " unreachable - source route failed";
            case 6 -> "net " + dst + " unreachable - unknown";
            case 7 -> "host " + dst + " unreachable - unknown";
            case 8 -> dst + " unreachable - source host isolated";
            case 9 -> "net " + dst + " unreachable - admin prohibited";
            case 10 -> "host " + dst + " unreachable - admin prohibited";
            case 11 -> "net " + dst + " unreachable - tos prohibited";
            case 12 -> "host " + dst + " unreachable - tos prohibited";
            case 13 -> dst + " unreachable - admin prohibited filter";
            case 14 -> dst + " unreachable - host precedence violation";
            case 15 -> dst + " unreachable - precedence cutoff";
            default -> dst + " unreachable - #" + code;
        };
    }
}
