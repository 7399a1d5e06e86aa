package linnet.tools.tcpdump;

/** print-ip6.c: the IPv6 header (-v shows its fields), extension headers, the next protocol. */
final class PrintIp6 {
    private PrintIp6() {}

    static void ip6Print(Ndo nd, byte[] b, int o, int length, int end) {
        if (nd.eflag == 0) nd.print("IP6 ");
        Ndo.need(o, 40, end, "ip6");
        int v = (b[o] & 0xff) >>> 4;
        if (v != 6) {
            nd.print("version error: " + v + " != 6");
            return;
        }
        long flow = Ndo.u32(b, o, end, "ip6");
        int plen = Ndo.u16(b, o + 4, end, "ip6");
        int nh = b[o + 6] & 0xff;
        if (plen + 40 > length) {
            nd.print("[header+payload length " + (plen + 40) + " > length " + length + "] (invalid) ");
            plen = length - 40;
        }
        if (nd.vflag != 0) {
            nd.print("(");
            if ((flow & 0x0ff00000L) != 0) nd.print(String.format("class 0x%02x, ", (flow & 0x0ff00000L) >>> 20));
            if ((flow & 0x000fffffL) != 0) nd.print(String.format("flowlabel 0x%05x, ", flow & 0x000fffffL));
            nd.print("hlim " + (b[o + 7] & 0xff) + ", ");
            String n = Ndo.ipproto(nh);
            nd.print("next-header " + (n == null ? "unknown" : n) + " (" + nh + ") payload length: " + plen + ") ");
        }
        int p = o + 40;
        int pend = Math.min(end, p + plen);
        int left = plen;
        boolean printedAddrs = false;
        while (true) {
            if (nh == 6 || nh == 17) {
                if (nh == 6) PrintTcp.tcpPrint(nd, b, o, true, p, left, pend, false);
                else PrintUdp.udpPrint(nd, b, o, true, p, left, pend, false);
                return;
            }
            if (!printedAddrs) {
                nd.print(nd.ip6addr(b, o + 8) + " > " + nd.ip6addr(b, o + 24) + ": ");
                printedAddrs = true;
            }
            switch (nh) {
                case 0, 60 -> {
                    nd.print(nh == 0 ? "HBH " : "DSTOPT ");
                    int hl = (Ndo.u8(b, p + 1, pend, "ip6") + 1) * 8;
                    Ndo.need(p, hl, pend, nh == 0 ? "hbh" : "dstopt");
                    // a destination header's options are looked at only under -v (dstopt_process)
                    if ((nh == 0 || nd.vflag > 0) && !options(nd, b, p + 2, p + hl, nh == 0, plen)) {
                        nd.print(" (invalid)");
                        return;
                    }
                    nh = b[p] & 0xff;
                    p += hl;
                    left -= hl;
                }
                case 44 -> {
                    Ndo.need(p, 8, pend, "frag");
                    int off = Ndo.u16(b, p + 2, pend, "frag");
                    nd.print("frag (" + (off & 0xfff8) + "|" + (left - 8) + ") ");
                    if ((off & 0xfff8) != 0) return;
                    nh = b[p] & 0xff;
                    p += 8;
                    left -= 8;
                }
                case 58 -> {
                    PrintIcmp6.icmp6Print(nd, b, o, p, left, pend);
                    return;
                }
                case 59 -> {
                    nd.print("no next header");
                    return;
                }
                case 4 -> {
                    PrintIp.ipPrint(nd, b, p, left, pend);
                    return;
                }
                case 41 -> {
                    ip6Print(nd, b, p, left, pend);
                    return;
                }
                default -> {
                    String n = Ndo.ipproto(nh);
                    nd.print((n != null ? n : "ip-proto-" + nh) + " " + left);
                    return;
                }
            }
        }
    }

    /**
     * ip6_opt_process: the options of a hop-by-hop or destination header, each named under -v
     * (and a space after them); false when an option does not fit or has the wrong length.
     */
    private static boolean options(Ndo nd, byte[] b, int from, int to, boolean hopByHop, int payloadLength) {
        boolean jumbo = false;
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; ) {
            int type = b[i] & 0xff;
            int len = type == 0 ? 1 : i + 1 < to ? (b[i + 1] & 0xff) + 2 : -1;
            if (len < 0 || i + len > to) return false;
            switch (type) {
                case 0 -> sb.append("(pad1)");
                case 1 -> sb.append("(padn)");
                case 5 -> {
                    if (len != 4) return false;
                    sb.append(String.format("(rtalert: 0x%04x) ", ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff)));
                }
                case 0xc2 -> {
                    if (len != 6) return false;
                    long v = ((b[i + 2] & 0xffL) << 24) | ((b[i + 3] & 0xff) << 16) | ((b[i + 4] & 0xff) << 8) | (b[i + 5] & 0xff);
                    String why = jumbo ? " - already seen" : !hopByHop ? " - not a hop-by-hop option"
                            : payloadLength != 0 ? " - payload len != 0" : v < 65536 ? " - < 65536" : "";
                    jumbo = true;
                    sb.append("(jumbo: ").append(v).append(why).append(") ");
                }
                default -> sb.append(String.format("(unknown opt-type 0x%02x len=%d)", type, len - 2));
            }
            i += len;
        }
        if (nd.vflag > 0) nd.print(sb + " ");
        return true;
    }
}
