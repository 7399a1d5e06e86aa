package linnet.kernel.ipv4;

import linnet.kernel.core.LinuxMib;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetnsMib;

/**
 * /proc/net/snmp and /proc/net/netstat (net/ipv4/proc.c snmp_seq_show, netstat_seq_show): each
 * table as a line of names and a line of values, both led by the table's name. The Icmp line's
 * per-type columns are read from the ICMP message counters; the IcmpMsg lines list every type
 * that is not zero, sixteen to a pair of lines.
 */
public final class SnmpProc {
    private SnmpProc() {}

    /** snmp4_ipstats_list. */
    private static final String[] IP_NAMES = {"InReceives", "InHdrErrors", "InAddrErrors", "ForwDatagrams",
        "InUnknownProtos", "InDiscards", "InDelivers", "OutRequests", "OutDiscards", "OutNoRoutes", "ReasmTimeout",
        "ReasmReqds", "ReasmOKs", "ReasmFails", "FragOKs", "FragFails", "FragCreates", "OutTransmits"};
    private static final int[] IP_SLOTS = {NetnsMib.IPSTATS_MIB_INPKTS, NetnsMib.IPSTATS_MIB_INHDRERRORS,
        NetnsMib.IPSTATS_MIB_INADDRERRORS, NetnsMib.IPSTATS_MIB_OUTFORWDATAGRAMS, NetnsMib.IPSTATS_MIB_INUNKNOWNPROTOS,
        NetnsMib.IPSTATS_MIB_INDISCARDS, NetnsMib.IPSTATS_MIB_INDELIVERS, NetnsMib.IPSTATS_MIB_OUTREQUESTS,
        NetnsMib.IPSTATS_MIB_OUTDISCARDS, NetnsMib.IPSTATS_MIB_OUTNOROUTES, NetnsMib.IPSTATS_MIB_REASMTIMEOUT,
        NetnsMib.IPSTATS_MIB_REASMREQDS, NetnsMib.IPSTATS_MIB_REASMOKS, NetnsMib.IPSTATS_MIB_REASMFAILS,
        NetnsMib.IPSTATS_MIB_FRAGOKS, NetnsMib.IPSTATS_MIB_FRAGFAILS, NetnsMib.IPSTATS_MIB_FRAGCREATES,
        NetnsMib.IPSTATS_MIB_OUTPKTS};

    /** snmp4_ipextstats_list. */
    private static final String[] IPEXT_NAMES = {"InNoRoutes", "InTruncatedPkts", "InMcastPkts", "OutMcastPkts",
        "InBcastPkts", "OutBcastPkts", "InOctets", "OutOctets", "InMcastOctets", "OutMcastOctets", "InBcastOctets",
        "OutBcastOctets", "InCsumErrors", "InNoECTPkts", "InECT1Pkts", "InECT0Pkts", "InCEPkts", "ReasmOverlaps"};
    private static final int[] IPEXT_SLOTS = {NetnsMib.IPSTATS_MIB_INNOROUTES, NetnsMib.IPSTATS_MIB_INTRUNCATEDPKTS,
        NetnsMib.IPSTATS_MIB_INMCASTPKTS, NetnsMib.IPSTATS_MIB_OUTMCASTPKTS, NetnsMib.IPSTATS_MIB_INBCASTPKTS,
        NetnsMib.IPSTATS_MIB_OUTBCASTPKTS, NetnsMib.IPSTATS_MIB_INOCTETS, NetnsMib.IPSTATS_MIB_OUTOCTETS,
        NetnsMib.IPSTATS_MIB_INMCASTOCTETS, NetnsMib.IPSTATS_MIB_OUTMCASTOCTETS, NetnsMib.IPSTATS_MIB_INBCASTOCTETS,
        NetnsMib.IPSTATS_MIB_OUTBCASTOCTETS, NetnsMib.IPSTATS_MIB_CSUMERRORS, NetnsMib.IPSTATS_MIB_NOECTPKTS,
        NetnsMib.IPSTATS_MIB_ECT1PKTS, NetnsMib.IPSTATS_MIB_ECT0PKTS, NetnsMib.IPSTATS_MIB_CEPKTS,
        NetnsMib.IPSTATS_MIB_REASM_OVERLAPS};

    /** icmpmibmap: the per-type columns and their ICMP types. */
    private static final String[] ICMP_TYPE_NAMES = {"DestUnreachs", "TimeExcds", "ParmProbs", "SrcQuenchs",
        "Redirects", "Echos", "EchoReps", "Timestamps", "TimestampReps", "AddrMasks", "AddrMaskReps"};
    private static final int[] ICMP_TYPES = {3, 11, 12, 4, 5, 8, 0, 13, 14, 17, 18};

    /** snmp4_tcp_list. */
    private static final String[] TCP_NAMES = {"RtoAlgorithm", "RtoMin", "RtoMax", "MaxConn", "ActiveOpens",
        "PassiveOpens", "AttemptFails", "EstabResets", "CurrEstab", "InSegs", "OutSegs", "RetransSegs", "InErrs",
        "OutRsts", "InCsumErrors"};

    /** snmp4_udp_list (UDP and UDP-Lite alike). */
    private static final String[] UDP_NAMES = {"InDatagrams", "NoPorts", "InErrors", "OutDatagrams", "RcvbufErrors",
        "SndbufErrors", "InCsumErrors", "IgnoredMulti", "MemErrors"};

    /** snmp_seq_show: Ip, Icmp, IcmpMsg, Tcp, Udp, UdpLite. */
    public static String snmp(Net net) {
        NetnsMib mib = net.mib;
        NetnsIpv4 ns = NetnsIpv4.of(net);
        StringBuilder sb = new StringBuilder(2048);
        sb.append("Ip: Forwarding DefaultTTL");
        for (String n : IP_NAMES) sb.append(' ').append(n);
        sb.append("\nIp: ").append(ns != null && ns.all.forwarding() != 0 ? 1 : 2).append(' ')
                .append(ns == null ? 64 : ns.defaultTtl.intValue());
        for (int s : IP_SLOTS) sb.append(' ').append(mib.ip[s]);

        sb.append("\nIcmp: InMsgs InErrors InCsumErrors");
        for (String n : ICMP_TYPE_NAMES) sb.append(" In").append(n);
        sb.append(" OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost");
        for (String n : ICMP_TYPE_NAMES) sb.append(" Out").append(n);
        sb.append("\nIcmp: ").append(mib.icmp[NetnsMib.ICMP_MIB_INMSGS]).append(' ')
                .append(mib.icmp[NetnsMib.ICMP_MIB_INERRORS]).append(' ').append(mib.icmp[NetnsMib.ICMP_MIB_CSUMERRORS]);
        for (int t : ICMP_TYPES) sb.append(' ').append(mib.icmpMsg(t));
        sb.append(' ').append(mib.icmp[NetnsMib.ICMP_MIB_OUTMSGS]).append(' ').append(mib.icmp[NetnsMib.ICMP_MIB_OUTERRORS])
                .append(' ').append(mib.icmp[NetnsMib.ICMP_MIB_RATELIMITGLOBAL]).append(' ')
                .append(mib.icmp[NetnsMib.ICMP_MIB_RATELIMITHOST]);
        for (int t : ICMP_TYPES) sb.append(' ').append(mib.icmpMsg(0x100 | t));
        icmpmsg(sb, mib);

        sb.append("\nTcp:");
        for (String n : TCP_NAMES) sb.append(' ').append(n);
        sb.append("\nTcp:");
        for (int i = 1; i < NetnsMib.TCP_MIB_MAX; i++) sb.append(' ').append(mib.tcp[i]);
        table(sb, "Udp", UDP_NAMES, mib.udp);
        table(sb, "UdpLite", UDP_NAMES, mib.udplite);
        return sb.append('\n').toString();
    }

    private static void table(StringBuilder sb, String title, String[] names, long[] vals) {
        sb.append('\n').append(title).append(':');
        for (String n : names) sb.append(' ').append(n);
        sb.append('\n').append(title).append(':');
        for (int i = 1; i <= names.length; i++) sb.append(' ').append(vals[i]);
    }

    /** icmpmsg_put: the non-zero message types, PERLINE (16) to a pair of lines. */
    private static void icmpmsg(StringBuilder sb, NetnsMib mib) {
        final int perLine = 16;
        int[] types = new int[perLine];
        int count = 0;
        for (int i = 0; i < NetnsMib.ICMPMSG_MIB_MAX; i++) {
            if (mib.icmpMsg(i) != 0) types[count++] = i;
            if (count == perLine) {
                icmpmsgLine(sb, mib, types, count);
                count = 0;
            }
        }
        icmpmsgLine(sb, mib, types, count);
    }

    private static void icmpmsgLine(StringBuilder sb, NetnsMib mib, int[] types, int count) {
        if (count == 0) return;
        sb.append("\nIcmpMsg:");
        for (int j = 0; j < count; j++) {
            sb.append((types[j] & 0x100) != 0 ? " Out" : " In").append("Type").append(types[j] & 0xff);
        }
        sb.append("\nIcmpMsg:");
        for (int j = 0; j < count; j++) sb.append(' ').append(mib.icmpMsg(types[j]));
    }

    /** netstat_seq_show: TcpExt (LINUX_MIB_*), IpExt (the RFC 4293 rest of the IP table), MPTcpExt. */
    public static String netstat(Net net) {
        NetnsMib mib = net.mib;
        StringBuilder sb = new StringBuilder(4096);
        sb.append("TcpExt:");
        for (String n : LinuxMib.NAMES) sb.append(' ').append(n);
        sb.append("\nTcpExt:");
        for (long v : mib.net) sb.append(' ').append(v);
        sb.append("\nIpExt:");
        for (String n : IPEXT_NAMES) sb.append(' ').append(n);
        sb.append("\nIpExt:");
        for (int s : IPEXT_SLOTS) sb.append(' ').append(mib.ip[s]);
        sb.append("\nMPTcpExt:");
        for (String n : LinuxMib.MPTCP_NAMES) sb.append(' ').append(n);
        sb.append("\nMPTcpExt:");
        for (int i = 0; i < LinuxMib.MPTCP_NAMES.length; i++) sb.append(" 0");
        return sb.append('\n').toString();
    }
}
