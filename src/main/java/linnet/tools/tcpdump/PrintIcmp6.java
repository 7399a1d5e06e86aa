package linnet.tools.tcpdump;

import linnet.wire.Checksum;

/** print-icmp6.c: ICMPv6, neighbour discovery with its options under -v, MLD. */
final class PrintIcmp6 {
    private PrintIcmp6() {}

    static String typeName(int t) {
        return switch (t) {
            case 1 -> "destination unreachable";
            case 2 -> "packet too big";
            case 3 -> "time exceeded";
            case 4 -> "parameter problem";
            case 128 -> "echo request";
            case 129 -> "echo reply";
            case 130 -> "multicast listener query";
            case 131 -> "multicast listener report";
            case 132 -> "multicast listener done";
            case 133 -> "router solicitation";
            case 134 -> "router advertisement";
            case 135 -> "neighbor solicitation";
            case 136 -> "neighbor advertisement";
            case 137 -> "redirect";
            case 143 -> "multicast listener report v2";
            default -> "unknown icmp6 type (" + t + ")";
        };
    }

    static void icmp6Print(Ndo nd, byte[] b, int ip, int o, int length, int end) {
        int type = Ndo.u8(b, o, end, "icmp6");
        int code = Ndo.u8(b, o + 1, end, "icmp6");
        if (nd.vflag != 0 && end - o >= length) {
            int sum = Checksum.fold(Checksum.sum(b, o, length, PrintUdp.pseudo(b, ip, true, 58, length)));
            int s = Ndo.u16(b, o + 2, end, "icmp6");
            if (sum != 0) nd.print(String.format("[bad icmp6 cksum 0x%04x -> 0x%04x!] ", s, PrintIp.shouldbe(s, sum)));
            else nd.print("[icmp6 sum ok] ");
        }
        nd.print("ICMP6, " + typeName(type));
        if (nd.vflag != 0 && (type == 133 || type == 134 || type == 135 || type == 136 || type == 137)) nd.print(", length " + length);
        int oip = o + 8;
        switch (type) {
            case 1 -> {
                nd.print(", " + switch (code) {
                    case 0 -> "unreachable route";
                    case 1 -> "unreachable prohibited";
                    case 2 -> "beyond scope";
                    case 3 -> "unreachable address";
                    case 4 -> "unreachable port";
                    case 5 -> "source address failed ingress/egress policy";
                    case 6 -> "reject route to destination";
                    default -> "unknown unreach code (" + code + ")";
                });
                Ndo.need(oip, 40, end, "icmp6");
                switch (code) {
                    case 0, 1, 3 -> nd.print(" " + nd.ip6addr(b, oip + 24));
                    case 2 -> nd.print(" " + nd.ip6addr(b, oip + 24) + ", source address " + nd.ip6addr(b, oip + 8));
                    case 4 -> {
                        int prot = b[oip + 6] & 0xff;
                        int dport = Ndo.u16(b, oip + 42, end, "icmp6");
                        String d = nd.ip6addr(b, oip + 24);
                        if (prot == 6) nd.print(", " + d + " tcp port " + nd.port(dport, "tcp"));
                        else if (prot == 17) nd.print(", " + d + " udp port " + nd.port(dport, "udp"));
                        else nd.print(", " + d + " protocol " + prot + " port " + dport + " unreachable");
                    }
                    default -> { }
                }
            }
            case 2 -> nd.print(", mtu " + Ndo.u32(b, o + 4, end, "icmp6"));
            case 3 -> {
                Ndo.need(oip, 40, end, "icmp6");
                nd.print(code == 0 ? " for " + nd.ip6addr(b, oip + 24) : code == 1 ? " (reassembly)" : ", unknown code (" + code + ")");
            }
            case 4 -> nd.print(", " + (code == 0 ? "erroneous - octet " : code == 1 ? "next header - octet " : code == 2 ? "option - octet " : "code-#" + code)
                    + Ndo.u32(b, o + 4, end, "icmp6"));
            case 128, 129 -> nd.print(", id " + Ndo.u16(b, o + 4, end, "icmp6") + ", seq " + Ndo.u16(b, o + 6, end, "icmp6"));
            case 133 -> {
                if (nd.vflag != 0) options(nd, b, o + 8, length - 8, end);
            }
            case 134 -> {
                if (nd.vflag != 0) {
                    int flags = Ndo.u8(b, o + 5, end, "icmp6");
                    StringBuilder fl = new StringBuilder();
                    if ((flags & 0x80) != 0) fl.append("managed");
                    if ((flags & 0x40) != 0) fl.append(fl.length() > 0 ? ", " : "").append("other stateful");
                    if ((flags & 0x08) != 0) fl.append(fl.length() > 0 ? ", " : "").append("proxy");
                    int pref = (flags >>> 3) & 3;
                    nd.print("\n\thop limit " + Ndo.u8(b, o + 4, end, "icmp6") + ", Flags [" + (fl.length() == 0 ? "none" : fl) + "], pref "
                            + (pref == 1 ? "high" : pref == 3 ? "low" : pref == 0 ? "medium" : "reserved")
                            + ", router lifetime " + Ndo.u16(b, o + 6, end, "icmp6") + "s, reachable time " + Ndo.u32(b, o + 8, end, "icmp6")
                            + "ms, retrans timer " + Ndo.u32(b, o + 12, end, "icmp6") + "ms");
                    options(nd, b, o + 16, length - 16, end);
                }
            }
            case 135 -> {
                Ndo.need(o, 24, end, "icmp6");
                nd.print(", who has " + nd.ip6addr(b, o + 8));
                if (nd.vflag != 0) options(nd, b, o + 24, length - 24, end);
            }
            case 136 -> {
                Ndo.need(o, 24, end, "icmp6");
                nd.print(", tgt is " + nd.ip6addr(b, o + 8));
                if (nd.vflag != 0) {
                    int f = Ndo.u8(b, o + 4, end, "icmp6");
                    StringBuilder fl = new StringBuilder();
                    if ((f & 0x80) != 0) fl.append("router");
                    if ((f & 0x40) != 0) fl.append(fl.length() > 0 ? ", " : "").append("solicited");
                    if ((f & 0x20) != 0) fl.append(fl.length() > 0 ? ", " : "").append("override");
                    nd.print(", Flags [" + (fl.length() == 0 ? "none" : fl) + "]");
                    options(nd, b, o + 24, length - 24, end);
                }
            }
            case 137 -> {
                Ndo.need(o, 40, end, "icmp6");
                nd.print(", " + nd.ip6addr(b, o + 24) + " to " + nd.ip6addr(b, o + 8));
            }
            case 130, 131, 132 -> {
                Ndo.need(o, 24, end, "icmp6");
                if (type == 130 && length >= 28) nd.print(" v2");
                nd.print(nd.vflag != 0 ? ", max resp delay: " + Ndo.u16(b, o + 4, end, "icmp6") + " addr: " + nd.ip6addr(b, o + 8)
                        : "");
            }
            case 143 -> mldv2Report(nd, b, o, length, end);
            default -> { }
        }
        if (nd.vflag == 0) nd.print(", length " + length);
    }

    private static final String[] MLDV2_RECORD_TYPES = {null, "is_in", "is_ex", "to_in", "to_ex", "allow", "block"};

    /** mldv2_report_print: the number of group records, and under -v each record, its sources counted (-v) or listed (-vv). */
    private static void mldv2Report(Ndo nd, byte[] b, int o, int len, int end) {
        if (len < 8) {
            nd.print(" [invalid len " + len + "]");
            return;
        }
        int groups = Ndo.u16(b, o + 6, end, "icmp6");
        nd.print(", " + groups + " group record(s)");
        if (nd.vflag == 0) return;
        int g = 8;
        for (int i = 0; i < groups; i++) {
            if (len < g + 20) {
                nd.print(" [invalid number of groups]");
                return;
            }
            Ndo.need(o + g, 20, end, "icmp6");
            nd.print(" [gaddr " + nd.ip6addr(b, o + g + 4));
            int type = b[o + g] & 0xff;
            nd.print(" " + (type < MLDV2_RECORD_TYPES.length && MLDV2_RECORD_TYPES[type] != null ? MLDV2_RECORD_TYPES[type]
                    : " [v2-report-#" + type + "]"));
            int sources = Ndo.u16(b, o + g + 2, end, "icmp6");
            if (len < g + 20 + sources * 16) {
                nd.print(" [invalid number of sources " + sources + "]");
                return;
            }
            if (nd.vflag == 1) nd.print(", " + sources + " source(s)");
            else {
                nd.print(" {");
                for (int j = 0; j < sources; j++) {
                    Ndo.need(o + g + 20 + j * 16, 16, end, "icmp6");
                    nd.print(" " + nd.ip6addr(b, o + g + 20 + j * 16));
                }
                nd.print(" }");
            }
            g += 20 + sources * 16;
            nd.print("]");
        }
    }

    private static void options(Ndo nd, byte[] b, int o, int len, int end) {
        int p = o;
        int stop = Math.min(end, o + len);
        while (p + 2 <= stop) {
            int t = b[p] & 0xff, l = b[p + 1] & 0xff;
            if (l == 0) {
                nd.print("\n\t  ");
                return;
            }
            String name = switch (t) {
                case 1 -> "source link-address";
                case 2 -> "destination link-address";
                case 3 -> "prefix info";
                case 4 -> "redirected header";
                case 5 -> "mtu";
                case 25 -> "rdnss";
                case 31 -> "dnssl";
                default -> "unknown";
            };
            nd.print("\n\t  " + name + " option (" + t + "), length " + (l * 8) + " (" + l + "): ");
            if (p + l * 8 > stop) throw new Ndo.Truncated("icmp6");
            switch (t) {
                case 1, 2 -> nd.print(nd.etheraddr(b, p + 2));
                case 5 -> nd.print(Ndo.u32(b, p + 4, end, "icmp6") + "");
                case 3 -> nd.print(nd.ip6addr(b, p + 16) + "/" + (b[p + 2] & 0xff) + ", Flags [" + prefixFlags(b[p + 3] & 0xff)
                        + "], valid time " + lifetime(Ndo.u32(b, p + 4, end, "icmp6")) + ", pref. time " + lifetime(Ndo.u32(b, p + 8, end, "icmp6")));
                default -> { }
            }
            if (nd.vflag > 1) PrintHex.hexPrint(nd.out, "\n\t    ", b, p + 2, l * 8 - 2, 0);
            p += l * 8;
        }
    }

    private static String prefixFlags(int f) {
        StringBuilder s = new StringBuilder();
        if ((f & 0x80) != 0) s.append("onlink");
        if ((f & 0x40) != 0) s.append(s.length() > 0 ? ", " : "").append("auto");
        if ((f & 0x20) != 0) s.append(s.length() > 0 ? ", " : "").append("router");
        return s.length() == 0 ? "none" : s.toString();
    }

    private static String lifetime(long t) { return t == 0xffffffffL ? "infinity" : t + "s"; }
}
