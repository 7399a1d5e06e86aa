package linnet.tools.nettools;

import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.LinkStats;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.LinkInfo;
import linnet.tools.common.Fmt;

/** ifconfig's long interface block (ife_print_long in net-tools 2.10 lib/interface.c). */
final class IfPrinter {
    private IfPrinter() {}

    private static final int[] FLAG_BITS = {Iff.UP, Iff.BROADCAST, Iff.DEBUG, Iff.LOOPBACK, Iff.POINTOPOINT,
        Iff.NOTRAILERS, Iff.RUNNING, Iff.NOARP, Iff.PROMISC, Iff.ALLMULTI, Iff.SLAVE, Iff.MASTER, Iff.MULTICAST,
        Iff.DYNAMIC};
    private static final String[] FLAG_NAMES = {"UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT",
        "NOTRAILERS", "RUNNING", "NOARP", "PROMISC", "ALLMULTI", "SLAVE", "MASTER", "MULTICAST", "DYNAMIC"};

    /** "flags=N<A,B>" of the 16-bit ifr_flags. */
    static String flags(int f) {
        StringBuilder sb = new StringBuilder("flags=").append(f).append('<');
        if (f == 0) sb.append("[NO FLAGS]");
        boolean any = false;
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((f & FLAG_BITS[i]) == 0) continue;
            if (any) sb.append(',');
            sb.append(FLAG_NAMES[i]);
            any = true;
        }
        return sb.append('>').toString();
    }

    /** A byte count as "(N.D U)": binary units, the tenth truncated, as net-tools prints them. */
    static String bytes(long b) {
        String[] units = {"EiB", "PiB", "TiB", "GiB", "MiB", "KiB"};
        long[] limits = {1L << 60, 1L << 50, 1L << 40, 1L << 30, 1L << 20, 1L << 10};
        long tenths = b * 10;
        String unit = "B";
        for (int i = 0; i < units.length; i++) {
            if (Long.compareUnsigned(b, limits[i]) > 0) {
                // The EiB case divides first: b * 10 would overflow.
                tenths = i == 0 ? Long.divideUnsigned(b, limits[i] / 10) : Long.divideUnsigned(b * 10, limits[i]);
                unit = units[i];
                break;
            }
        }
        return "(" + Long.divideUnsigned(tenths, 10) + "." + Long.remainderUnsigned(tenths, 10) + " " + unit + ")";
    }

    /**
     * One block: {@code name} may be an alias label; {@code v4} its IPv4 address (or null);
     * {@code v6} the IPv6 addresses listed under the name; stats only for real devices.
     */
    /** ifconfig -s: ife_print_short's header; its columns do not line up with the rows, as in net-tools. */
    static final String SHORT_HEADER = "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";

    /** ife_print_short: one row of counters and the flag letters in net-tools' order. */
    static String shortRow(String name, int flags, LinkInfo l, boolean withStats) {
        LinkStats s = withStats ? l.stats() : null;
        long rxDrop = s == null ? 0 : s.rxDropped + s.rxMissedErrors;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-15.15s %5d ", name, l.mtu()));
        sb.append(String.format("%8d %6d %6d %-6d ", s == null ? 0 : s.rxPackets, s == null ? 0 : s.rxErrors, rxDrop,
                s == null ? 0 : s.rxFifoErrors));
        sb.append(String.format("%8d %6d %6d %6d ", s == null ? 0 : s.txPackets, s == null ? 0 : s.txErrors,
                s == null ? 0 : s.txDropped, s == null ? 0 : s.txFifoErrors));
        if (flags == 0) sb.append("[NO FLAGS]");
        int[] bits = {Iff.ALLMULTI, Iff.BROADCAST, Iff.DEBUG, Iff.LOOPBACK, Iff.MULTICAST, Iff.PROMISC, Iff.NOTRAILERS,
                Iff.NOARP, Iff.POINTOPOINT, Iff.SLAVE, Iff.MASTER, Iff.RUNNING, Iff.UP};
        String letters = "ABDLMPNOPsmRU";
        for (int i = 0; i < bits.length; i++) if ((flags & bits[i]) != 0) sb.append(letters.charAt(i));
        return sb.append('\n').toString();
    }

    static String block(String name, int flags, LinkInfo l, AddrInfo v4, List<AddrInfo> v6, boolean withStats) {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": ").append(flags(flags)).append("  mtu ").append(l.mtu()).append('\n');
        if (v4 != null) {
            int mask = v4.prefixLen() == 0 ? 0 : (int) (0xffffffffL << (32 - v4.prefixLen()));
            sb.append("        inet ").append(Fmt.ip(v4.local())).append("  netmask ").append(Fmt.ip(mask));
            if ((flags & Iff.BROADCAST) != 0) sb.append("  broadcast ").append(Fmt.ip(v4.broadcast()));
            if ((flags & Iff.POINTOPOINT) != 0) sb.append("  destination ").append(Fmt.ip(v4.address()));
            sb.append('\n');
        }
        for (AddrInfo a : v6) {
            int scope = ipv6Scope(a.scope());
            sb.append("        inet6 ").append(ipv6(a.addr6())).append("  prefixlen ").append(a.prefixLen())
                    .append("  scopeid 0x").append(Integer.toHexString(scope)).append(scopeFlags(scope)).append('\n');
        }
        sb.append(hardware(l)).append('\n');
        if (withStats) stats(sb, l.stats());
        sb.append('\n');
        return sb.toString();
    }

    private static String hardware(LinkInfo l) {
        String txq = "  txqueuelen " + l.txqlen();
        return switch (l.type()) {
            case Iff.ARPHRD_ETHER -> "        ether " + Fmt.mac(l.addr()) + txq + "  (Ethernet)";
            case Iff.ARPHRD_LOOPBACK -> "        loop" + txq + "  (Local Loopback)";
            default -> "        unspec " + "00-".repeat(15) + "00" + txq + "  (UNSPEC)";
        };
    }

    /** The counters as /proc/net/dev folds them (dev_seq_printf_stats). */
    private static void stats(StringBuilder sb, LinkStats s) {
        long rxDrop = s.rxDropped + s.rxMissedErrors;
        long rxFrame = s.rxLengthErrors + s.rxOverErrors + s.rxCrcErrors + s.rxFrameErrors;
        long txCarrier = s.txCarrierErrors + s.txAbortedErrors + s.txWindowErrors + s.txHeartbeatErrors;
        sb.append("        RX packets ").append(s.rxPackets).append("  bytes ").append(s.rxBytes).append(' ')
                .append(bytes(s.rxBytes)).append('\n');
        sb.append("        RX errors ").append(s.rxErrors).append("  dropped ").append(rxDrop).append("  overruns ")
                .append(s.rxFifoErrors).append("  frame ").append(rxFrame).append('\n');
        sb.append("        TX packets ").append(s.txPackets).append("  bytes ").append(s.txBytes).append(' ')
                .append(bytes(s.txBytes)).append('\n');
        sb.append("        TX errors ").append(s.txErrors).append("  dropped ").append(s.txDropped).append(" overruns ")
                .append(s.txFifoErrors).append("  carrier ").append(txCarrier).append("  collisions ")
                .append(s.collisions).append('\n');
    }

    /** The IPV6_ADDR_* scope bits /proc/net/if_inet6 shows, from the rtnetlink scope. */
    static int ipv6Scope(int rtScope) {
        return switch (rtScope) {
            case 253 -> 0x20;
            case 254 -> 0x10;
            case 200 -> 0x40;
            default -> 0;
        };
    }

    private static String scopeFlags(int scope) {
        StringBuilder f = new StringBuilder();
        if ((scope & 0x80) != 0) f.append("compat,");
        if (scope == 0) f.append("global,");
        if ((scope & 0x20) != 0) f.append("link,");
        if ((scope & 0x40) != 0) f.append("site,");
        if ((scope & 0x10) != 0) f.append("host,");
        if (f.isEmpty()) return "";
        f.setLength(f.length() - 1);
        return "<" + f + ">";
    }

    /** inet_ntop for IPv6: the longest run (two or more) of zero groups becomes "::". */
    static String ipv6(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) bestStart = -1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
