package linnet.tools.tcpdump;

import linnet.wire.Checksum;

/**
 * print-tcp.c: ports, flags, sequence numbers relative to the first ones seen of each
 * connection (unless -S), the checksum with -v, window, options, length, and HTTP's first line.
 */
final class PrintTcp {
    private PrintTcp() {}

    private static final String FLAGS = "FSRP.UEW";

    static void tcpPrint(Ndo nd, byte[] b, int ip, boolean v6, int o, int length, int end, boolean fragmented) {
        String src = PrintUdp.src(nd, b, ip, v6), dst = PrintUdp.dst(nd, b, ip, v6);
        if (end - o < 20) {
            nd.print(src + " > " + dst + ": ");
            throw new Ndo.Truncated("tcp");
        }
        int sport = Ndo.u16(b, o, end, "tcp"), dport = Ndo.u16(b, o + 2, end, "tcp");
        long seq = Ndo.u32(b, o + 4, end, "tcp"), ack = Ndo.u32(b, o + 8, end, "tcp");
        int hlen = ((b[o + 12] & 0xff) >>> 4) * 4;
        int flags = b[o + 13] & 0xff;
        int win = Ndo.u16(b, o + 14, end, "tcp");
        int urp = Ndo.u16(b, o + 18, end, "tcp");
        nd.print(src + "." + nd.port(sport, "tcp") + " > " + dst + "." + nd.port(dport, "tcp") + ": ");
        if (hlen < 20) {
            nd.print(" tcp " + length + " [bad hdr length " + hlen + " - too short, < 20]");
            return;
        }
        if (hlen > length) {
            nd.print(" [bad hdr length " + hlen + " - too long, > " + length + "]");
            return;
        }
        if (nd.qflag != 0) {
            nd.print("tcp " + (length - hlen));
            return;
        }
        StringBuilder fs = new StringBuilder();
        for (int i = 0; i < 8; i++) if ((flags & (1 << i)) != 0) fs.append(FLAGS.charAt(i));
        nd.print("Flags [" + (fs.length() == 0 ? "none" : fs) + "]");
        long thseq = 0, thack = 0;
        boolean rev = false;
        if (nd.Sflag == 0 && (flags & 0x10) != 0) {
            int srcOff = v6 ? ip + 8 : ip + 12, alen = v6 ? 16 : 4;
            if (sport > dport) rev = true;
            else if (sport == dport) rev = java.util.Arrays.compareUnsigned(b, srcOff, srcOff + alen, b, srcOff + alen, srcOff + 2 * alen) > 0;
            String a1 = hexOf(b, srcOff, alen), a2 = hexOf(b, srcOff + alen, alen);
            String key = rev ? a2 + "/" + a1 + "/" + dport + "/" + sport : a1 + "/" + a2 + "/" + sport + "/" + dport;
            long[] th = nd.tcpSeq.get(key);
            if (th == null || (flags & 0x02) != 0) {
                th = new long[2];
                nd.tcpSeq.put(key, th);
                if (rev) {
                    th[1] = seq;
                    th[0] = (ack - 1) & 0xffffffffL;
                } else {
                    th[0] = seq;
                    th[1] = (ack - 1) & 0xffffffffL;
                }
            } else if (rev) {
                seq = (seq - th[1]) & 0xffffffffL;
                ack = (ack - th[0]) & 0xffffffffL;
            } else {
                seq = (seq - th[0]) & 0xffffffffL;
                ack = (ack - th[1]) & 0xffffffffL;
            }
            thseq = th[0];
            thack = th[1];
        }
        if (nd.vflag != 0 && !fragmented && end - o >= length) {
            int sum = Checksum.fold(Checksum.sum(b, o, length, PrintUdp.pseudo(b, ip, v6, 6, length)));
            int tcpSum = Ndo.u16(b, o + 16, end, "tcp");
            nd.print(String.format(", cksum 0x%04x", tcpSum));
            if (sum != 0) nd.print(String.format(" (incorrect -> 0x%04x)", PrintIp.shouldbe(tcpSum, sum)));
            else nd.print(" (correct)");
        }
        int dlen = length - hlen;
        if (nd.vflag > 1 || dlen > 0 || (flags & 0x07) != 0) {
            nd.print(", seq " + seq);
            if (dlen > 0) nd.print(":" + ((seq + dlen) & 0xffffffffL));
        }
        if ((flags & 0x10) != 0) nd.print(", ack " + ack);
        nd.print(", win " + win);
        if ((flags & 0x20) != 0) nd.print(", urg " + urp);
        if (hlen > 20) nd.print(", options [" + options(b, o + 20, hlen - 20, end, rev, thseq, thack) + "]");
        nd.print(", length " + dlen);
        if (dlen <= 0) return;
        int p = o + hlen;
        if (isHttp(sport) || isHttp(dport)) PrintHttp.httpPrint(nd, b, p, Math.min(dlen, end - p));
    }

    private static boolean isHttp(int port) { return port == 80 || port == 8080 || port == 3128; }

    private static String hexOf(byte[] b, int o, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(String.format("%02x", b[o + i]));
        return s.toString();
    }

    private static String options(byte[] b, int o, int hlen, int end, boolean rev, long thseq, long thack) {
        StringBuilder s = new StringBuilder();
        int cp = o;
        boolean first = true;
        while (hlen > 0) {
            if (!first) s.append(',');
            first = false;
            if (cp >= end) {
                s.append("[|tcp]");
                break;
            }
            int opt = b[cp++] & 0xff;
            int len;
            if (opt == 0 || opt == 1) len = 1;
            else {
                if (cp >= end) break;
                len = b[cp++] & 0xff;
                if (len < 2 || len > hlen) {
                    s.append(optName(opt)).append(" [bad opt]");
                    break;
                }
                --hlen;
            }
            --hlen;
            s.append(optName(opt));
            int datalen = 0;
            switch (opt) {
                case 2 -> {
                    datalen = 2;
                    s.append(' ').append(Ndo.u16(b, cp, end, "tcp"));
                }
                case 3 -> {
                    datalen = 1;
                    s.append(' ').append(Ndo.u8(b, cp, end, "tcp"));
                }
                case 5 -> {
                    datalen = len - 2;
                    if (datalen % 8 != 0) s.append(" invalid sack");
                    else {
                        s.append(' ').append(datalen / 8).append(' ');
                        for (int i = 0; i < datalen; i += 8) {
                            long a = Ndo.u32(b, cp + i, end, "tcp"), z = Ndo.u32(b, cp + i + 4, end, "tcp");
                            long base = rev ? thseq : thack;
                            s.append('{').append((a - base) & 0xffffffffL).append(':').append((z - base) & 0xffffffffL).append('}');
                        }
                    }
                }
                case 8 -> {
                    datalen = 8;
                    s.append(" val ").append(Ndo.u32(b, cp, end, "tcp")).append(" ecr ").append(Ndo.u32(b, cp + 4, end, "tcp"));
                }
                case 0, 1, 4 -> datalen = opt == 4 ? len - 2 : 0;
                default -> {
                    datalen = len - 2;
                    for (int i = 0; i < datalen && cp + i < end; i++) s.append(String.format("%02x", b[cp + i] & 0xff));
                }
            }
            cp += datalen;
            hlen -= datalen;
            if (opt == 0) break;
        }
        return s.toString();
    }

    private static String optName(int opt) {
        return switch (opt) {
            case 0 -> "eol";
            case 1 -> "nop";
            case 2 -> "mss";
            case 3 -> "wscale";
            case 4 -> "sackOK";
            case 5 -> "sack";
            case 6 -> "echo";
            case 7 -> "echoreply";
            case 8 -> "TS";
            case 19 -> "md5";
            case 27 -> "qs";
            case 28 -> "uto";
            case 29 -> "tcp-ao";
            case 30 -> "mptcp";
            case 34 -> "tfo";
            case 253, 254 -> "exp";
            default -> "unknown-" + opt;
        };
    }
}
