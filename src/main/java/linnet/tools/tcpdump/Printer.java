package linnet.tools.tcpdump;

import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.Realtime;
import linnet.tools.common.Ctx;

/** pretty_print_packet: the time stamp (-t...), the link layer's printer, the -x/-X/-A dump, a newline. */
final class Printer {
    private final TcpdumpOptions o;
    private final int dlt;
    private final Net net;
    private final Ndo nd;
    private long prevNs = -1, firstNs = -1;

    Printer(Ctx ctx, TcpdumpOptions o, int dlt, Net net) {
        this.o = o;
        this.dlt = dlt;
        this.net = net;
        this.nd = new Ndo(ctx);
        nd.nflag = o.nflag;
        nd.eflag = o.eflag;
        nd.vflag = o.vflag;
        nd.qflag = o.qflag;
        nd.xflag = o.xflag;
        nd.Xflag = o.Xflag;
        nd.Aflag = o.Aflag;
        nd.Sflag = o.Sflag;
    }

    /** One packet's text, ending in a newline. {@code tsNs}: the capture time on the virtual clock (or the file's, since 1970). */
    String print(long tsNs, byte[] data, int caplen, int len) {
        nd.out.setLength(0);
        timestamp(tsNs);
        int hdrlen = 0;
        try {
            switch (dlt) {
                case PrintEther.DLT_EN10MB -> {
                    hdrlen = 14;
                    for (int p = 12; p + 4 <= caplen; p += 4) {
                        int t = ((data[p] & 0xff) << 8) | (data[p + 1] & 0xff);
                        if (t != 0x8100 && t != 0x88a8 && t != 0x9100 && t != 0x9200) break;
                        hdrlen += 4;
                    }
                    PrintEther.etherPrint(nd, data, 0, len, caplen);
                }
                case PrintEther.DLT_LINUX_SLL2 -> {
                    hdrlen = 20;
                    PrintEther.sll2Print(nd, data, 0, len, caplen, this::ifname);
                }
                case PrintEther.DLT_RAW -> PrintEther.rawPrint(nd, data, 0, len, caplen);
                default -> nd.print("unknown link type " + dlt);
            }
        } catch (Ndo.Truncated t) {
            nd.print(" [|" + t.proto + "]");
        } catch (RuntimeException e) {
            nd.print(" [|" + "ip" + "]");
        }
        StringBuilder sb = nd.out;
        if (o.Xflag != 0) {
            if (o.Xflag > 1) PrintHex.hexAndAsciiPrint(sb, "\n\t", data, 0, caplen);
            else if (caplen > hdrlen) PrintHex.hexAndAsciiPrint(sb, "\n\t", data, hdrlen, caplen - hdrlen);
        } else if (o.xflag != 0) {
            if (o.xflag > 1) PrintHex.hexPrint(sb, "\n\t", data, 0, caplen, 0);
            else if (caplen > hdrlen) PrintHex.hexPrint(sb, "\n\t", data, hdrlen, caplen - hdrlen, 0);
        } else if (o.Aflag != 0) {
            if (o.Aflag > 1) PrintHex.asciiPrint(sb, data, 0, caplen);
            else if (caplen > hdrlen) PrintHex.asciiPrint(sb, data, hdrlen, caplen - hdrlen);
        }
        sb.append('\n');
        return sb.toString();
    }

    private String ifname(int ifindex) {
        NetDevice d = net.byIndex(ifindex);
        return d == null ? null : d.name();
    }

    /** ts_print: -t none, -tt seconds.micro, -ttt since the previous packet, -tttt with the date, -ttttt since the first. */
    private void timestamp(long tsNs) {
        long us = tsNs / 1000;
        switch (o.tflag) {
            case 1 -> { }
            case 2 -> nd.print(String.format("%d.%06d ", us / 1_000_000, us % 1_000_000));
            case 3, 5 -> {
                long base = o.tflag == 3 ? prevNs : firstNs;
                long d = base < 0 ? 0 : (tsNs - base) / 1000;
                if (firstNs < 0) firstNs = tsNs;
                prevNs = tsNs;
                nd.print(hms(d) + " ");
            }
            case 4 -> {
                java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(us / 1_000_000, 0, java.time.ZoneOffset.UTC);
                nd.print(String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d ", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                        t.getHour(), t.getMinute(), t.getSecond(), us % 1_000_000));
            }
            default -> {
                long s = us / 1_000_000;
                nd.print(String.format("%02d:%02d:%02d.%06d ", (s / 3600) % 24, (s / 60) % 60, s % 60, us % 1_000_000));
            }
        }
    }

    private static String hms(long us) {
        long s = us / 1_000_000;
        return String.format("%02d:%02d:%02d.%06d", s / 3600, (s / 60) % 60, s % 60, us % 1_000_000);
    }

    /** The wall-clock time of a virtual instant (what the socket's time stamp says). */
    static long wallNs(long monotonicNs) { return Realtime.ns(monotonicNs); }
}
