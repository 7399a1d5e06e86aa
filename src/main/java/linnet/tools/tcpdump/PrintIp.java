package linnet.tools.tcpdump;

import linnet.wire.Checksum;

/** print-ip.c: the IPv4 header (-v shows its fields) and the dispatch to the next protocol. */
final class PrintIp {
    private PrintIp() {}

    static void ipPrint(Ndo nd, byte[] b, int o, int length, int end) {
        if (nd.eflag == 0) nd.print("IP ");
        int vhl = Ndo.u8(b, o, end, "ip");
        if ((vhl >>> 4) != 4) {
            nd.print("IP" + (vhl >>> 4) + " ");
            if ((vhl >>> 4) == 6) nd.print(", wrong link-layer encapsulation");
            nd.print(" (invalid)");
            return;
        }
        int hlen = (vhl & 0xf) * 4;
        if (hlen < 20) {
            nd.print("bad-hlen " + hlen + " (invalid)");
            return;
        }
        Ndo.need(o, 20, end, "ip");
        int len = Ndo.u16(b, o + 2, end, "ip");
        if (len > length) {
            nd.print("[total length " + len + " > length " + length + "] (invalid) ");
            len = length;
        }
        if (len < hlen) {
            nd.print("[total length " + len + " < header length " + hlen + "] (invalid)");
            return;
        }
        int off = Ndo.u16(b, o + 6, end, "ip");
        int proto = b[o + 9] & 0xff;
        if (nd.vflag != 0) {
            int tos = b[o + 1] & 0xff;
            nd.print("(tos 0x" + Integer.toHexString(tos));
            switch (tos & 3) {
                case 1 -> nd.print(",ECT(1)");
                case 2 -> nd.print(",ECT(0)");
                case 3 -> nd.print(",CE");
                default -> { }
            }
            int ttl = b[o + 8] & 0xff;
            if (ttl >= 1) nd.print(", ttl " + ttl);
            String pn = Ndo.ipproto(proto);
            nd.print(", id " + Ndo.u16(b, o + 4, end, "ip") + ", offset " + (off & 0x1fff) * 8 + ", flags [" + fragFlags(off)
                    + "], proto " + (pn == null ? "unknown" : pn) + " (" + proto + ")");
            nd.print(", length " + Ndo.u16(b, o + 2, end, "ip"));
            if (hlen > 20) nd.print(", options (" + options(b, o + 20, Math.min(hlen - 20, end - o - 20)) + ")");
            if (end - o >= hlen) {
                int sum = Checksum.fold(Checksum.sum(b, o, hlen, 0));
                if (sum != 0) {
                    int ipSum = Ndo.u16(b, o + 10, end, "ip");
                    nd.print(", bad cksum " + Integer.toHexString(ipSum) + " (->" + Integer.toHexString(shouldbe(ipSum, sum)) + ")!");
                }
            }
            nd.print(")\n    ");
        }
        int p = o + hlen;
        int plen = len - hlen;
        int pend = Math.min(end, o + len);
        boolean fragmented = (off & 0x3fff) != 0;
        if ((off & 0x1fff) == 0) {
            if (proto != 6 && proto != 17) nd.print(nd.ipaddr(b, o + 12) + " > " + nd.ipaddr(b, o + 16) + ": ");
            demux(nd, proto, b, o, p, plen, pend, fragmented);
        } else {
            if (nd.qflag > 1) return;
            nd.print(nd.ipaddr(b, o + 12) + " > " + nd.ipaddr(b, o + 16) + ":");
            String tok = Ndo.ipproto(proto);
            nd.print(tok != null ? " " + tok : " ip-proto-" + proto);
        }
    }

    static void demux(Ndo nd, int proto, byte[] b, int ip, int p, int plen, int end, boolean fragmented) {
        switch (proto) {
            case 1 -> PrintIcmp.icmpPrint(nd, b, ip, p, plen, end, fragmented);
            case 6 -> PrintTcp.tcpPrint(nd, b, ip, false, p, plen, end, fragmented);
            case 17 -> PrintUdp.udpPrint(nd, b, ip, false, p, plen, end, fragmented);
            case 4 -> ipPrint(nd, b, p, plen, end);
            case 41 -> PrintIp6.ip6Print(nd, b, p, plen, end);
            default -> {
                String n = Ndo.ipproto(proto);
                if (n != null) nd.print(n);
                else nd.print("ip-proto-" + proto);
                nd.print(" " + plen);
            }
        }
    }

    /** ip_frag_values through bittok2str: "+" (more fragments), "DF", "rsvd"; "none". */
    static String fragFlags(int off) {
        StringBuilder s = new StringBuilder();
        if ((off & 0x2000) != 0) s.append("+");
        if ((off & 0x4000) != 0) s.append(s.length() > 0 ? ", " : "").append("DF");
        if ((off & 0x8000) != 0) s.append(s.length() > 0 ? ", " : "").append("rsvd");
        return s.length() == 0 ? "none" : s.toString();
    }

    private static String options(byte[] b, int o, int len) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < len; ) {
            int t = b[o + i] & 0xff;
            if (s.length() > 0) s.append(',');
            if (t == 0) {
                s.append("EOL");
                break;
            }
            if (t == 1) {
                s.append("NOP");
                i++;
                continue;
            }
            int l = i + 1 < len ? b[o + i + 1] & 0xff : 0;
            s.append(switch (t) {
                case 7 -> "RR";
                case 68 -> "TS";
                case 130 -> "security";
                case 131 -> "LSRR";
                case 137 -> "SSRR";
                case 148 -> "RA";
                default -> "unknown (" + t + ")";
            });
            if (l < 2) break;
            i += l;
        }
        return s.toString();
    }

    /** in_cksum_shouldbe: the checksum the header should have carried. */
    static int shouldbe(int sum, int computed) {
        int s = sum + computed;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return s;
    }
}
