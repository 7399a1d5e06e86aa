package linnet.kernel.ipv6;

import linnet.kernel.core.Net;
import linnet.kernel.core.NetnsMib;

/**
 * /proc/net/snmp6 (net/ipv6/proc.c snmp6_seq_show): one "%-32s\t%lu" line per counter, the IPv6
 * table, ICMPv6 (its named per-type counters, then every non-zero message type by number), UDP
 * and UDP-Lite over IPv6.
 */
public final class Snmp6Proc {
    private Snmp6Proc() {}

    /** snmp6_ipstats_list. */
    private static final String[] IP6_NAMES = {"Ip6InReceives", "Ip6InHdrErrors", "Ip6InTooBigErrors",
        "Ip6InNoRoutes", "Ip6InAddrErrors", "Ip6InUnknownProtos", "Ip6InTruncatedPkts", "Ip6InDiscards",
        "Ip6InDelivers", "Ip6OutForwDatagrams", "Ip6OutRequests", "Ip6OutDiscards", "Ip6OutNoRoutes",
        "Ip6ReasmTimeout", "Ip6ReasmReqds", "Ip6ReasmOKs", "Ip6ReasmFails", "Ip6FragOKs", "Ip6FragFails",
        "Ip6FragCreates", "Ip6InMcastPkts", "Ip6OutMcastPkts", "Ip6InOctets", "Ip6OutOctets", "Ip6InMcastOctets",
        "Ip6OutMcastOctets", "Ip6InBcastOctets", "Ip6OutBcastOctets", "Ip6InNoECTPkts", "Ip6InECT1Pkts",
        "Ip6InECT0Pkts", "Ip6InCEPkts", "Ip6OutTransmits"};
    private static final int[] IP6_SLOTS = {NetnsMib.IPSTATS_MIB_INPKTS, NetnsMib.IPSTATS_MIB_INHDRERRORS,
        NetnsMib.IPSTATS_MIB_INTOOBIGERRORS, NetnsMib.IPSTATS_MIB_INNOROUTES, NetnsMib.IPSTATS_MIB_INADDRERRORS,
        NetnsMib.IPSTATS_MIB_INUNKNOWNPROTOS, NetnsMib.IPSTATS_MIB_INTRUNCATEDPKTS, NetnsMib.IPSTATS_MIB_INDISCARDS,
        NetnsMib.IPSTATS_MIB_INDELIVERS, NetnsMib.IPSTATS_MIB_OUTFORWDATAGRAMS, NetnsMib.IPSTATS_MIB_OUTREQUESTS,
        NetnsMib.IPSTATS_MIB_OUTDISCARDS, NetnsMib.IPSTATS_MIB_OUTNOROUTES, NetnsMib.IPSTATS_MIB_REASMTIMEOUT,
        NetnsMib.IPSTATS_MIB_REASMREQDS, NetnsMib.IPSTATS_MIB_REASMOKS, NetnsMib.IPSTATS_MIB_REASMFAILS,
        NetnsMib.IPSTATS_MIB_FRAGOKS, NetnsMib.IPSTATS_MIB_FRAGFAILS, NetnsMib.IPSTATS_MIB_FRAGCREATES,
        NetnsMib.IPSTATS_MIB_INMCASTPKTS, NetnsMib.IPSTATS_MIB_OUTMCASTPKTS, NetnsMib.IPSTATS_MIB_INOCTETS,
        NetnsMib.IPSTATS_MIB_OUTOCTETS, NetnsMib.IPSTATS_MIB_INMCASTOCTETS, NetnsMib.IPSTATS_MIB_OUTMCASTOCTETS,
        NetnsMib.IPSTATS_MIB_INBCASTOCTETS, NetnsMib.IPSTATS_MIB_OUTBCASTOCTETS, NetnsMib.IPSTATS_MIB_NOECTPKTS,
        NetnsMib.IPSTATS_MIB_ECT1PKTS, NetnsMib.IPSTATS_MIB_ECT0PKTS, NetnsMib.IPSTATS_MIB_CEPKTS,
        NetnsMib.IPSTATS_MIB_OUTPKTS};

    /** snmp6_icmp6_list. */
    private static final String[] ICMP6_NAMES = {"Icmp6InMsgs", "Icmp6InErrors", "Icmp6OutMsgs", "Icmp6OutErrors",
        "Icmp6InCsumErrors", "Icmp6OutRateLimitHost"};
    private static final int[] ICMP6_SLOTS = {NetnsMib.ICMP6_MIB_INMSGS, NetnsMib.ICMP6_MIB_INERRORS,
        NetnsMib.ICMP6_MIB_OUTMSGS, NetnsMib.ICMP6_MIB_OUTERRORS, NetnsMib.ICMP6_MIB_CSUMERRORS,
        NetnsMib.ICMP6_MIB_RATELIMITHOST};

    /** icmp6type2name: the message types that have a name. */
    private static final String[] ICMP6_TYPE_NAMES = {"DestUnreachs", "PktTooBigs", "TimeExcds", "ParmProblems",
        "Echos", "EchoReplies", "GroupMembQueries", "GroupMembResponses", "GroupMembReductions", "RouterSolicits",
        "RouterAdvertisements", "NeighborSolicits", "NeighborAdvertisements", "Redirects", "MLDv2Reports"};
    private static final int[] ICMP6_TYPES = {1, 2, 3, 4, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 143};

    private static final String[] UDP6_NAMES = {"InDatagrams", "NoPorts", "InErrors", "OutDatagrams", "RcvbufErrors",
        "SndbufErrors", "InCsumErrors", "IgnoredMulti", "MemErrors"};
    private static final int[] UDP6_SLOTS = {NetnsMib.UDP_MIB_INDATAGRAMS, NetnsMib.UDP_MIB_NOPORTS,
        NetnsMib.UDP_MIB_INERRORS, NetnsMib.UDP_MIB_OUTDATAGRAMS, NetnsMib.UDP_MIB_RCVBUFERRORS,
        NetnsMib.UDP_MIB_SNDBUFERRORS, NetnsMib.UDP_MIB_CSUMERRORS, NetnsMib.UDP_MIB_IGNOREDMULTI,
        NetnsMib.UDP_MIB_MEMERRORS};
    /** snmp6_udplite6_list has no IgnoredMulti. */
    private static final String[] UDPLITE6_NAMES = {"InDatagrams", "NoPorts", "InErrors", "OutDatagrams",
        "RcvbufErrors", "SndbufErrors", "InCsumErrors", "MemErrors"};
    private static final int[] UDPLITE6_SLOTS = {NetnsMib.UDP_MIB_INDATAGRAMS, NetnsMib.UDP_MIB_NOPORTS,
        NetnsMib.UDP_MIB_INERRORS, NetnsMib.UDP_MIB_OUTDATAGRAMS, NetnsMib.UDP_MIB_RCVBUFERRORS,
        NetnsMib.UDP_MIB_SNDBUFERRORS, NetnsMib.UDP_MIB_CSUMERRORS, NetnsMib.UDP_MIB_MEMERRORS};

    public static String snmp6(Net net) {
        net.settleStats();
        NetnsMib mib = net.mib;
        StringBuilder sb = new StringBuilder(8192);
        for (int i = 0; i < IP6_NAMES.length; i++) line(sb, IP6_NAMES[i], mib.ipv6[IP6_SLOTS[i]]);
        for (int i = 0; i < ICMP6_NAMES.length; i++) line(sb, ICMP6_NAMES[i], mib.icmpv6[ICMP6_SLOTS[i]]);
        for (int dir = 0; dir < 2; dir++) {
            for (int i = 0; i < ICMP6_TYPE_NAMES.length; i++) {
                line(sb, "Icmp6" + (dir == 0 ? "In" : "Out") + ICMP6_TYPE_NAMES[i], mib.icmpv6Msg((dir << 8) | ICMP6_TYPES[i]));
            }
        }
        // snmp6_seq_show_icmpv6msg: every non-zero type by number, named or not
        for (int i = 0; i < NetnsMib.ICMPMSG_MIB_MAX; i++) {
            long v = mib.icmpv6Msg(i);
            if (v != 0) line(sb, "Icmp6" + ((i & 0x100) != 0 ? "Out" : "In") + "Type" + (i & 0xff), v);
        }
        for (int i = 0; i < UDP6_NAMES.length; i++) line(sb, "Udp6" + UDP6_NAMES[i], mib.udp6[UDP6_SLOTS[i]]);
        for (int i = 0; i < UDPLITE6_NAMES.length; i++) line(sb, "UdpLite6" + UDPLITE6_NAMES[i], mib.udplite6[UDPLITE6_SLOTS[i]]);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, long v) {
        sb.append(name);
        for (int i = name.length(); i < 32; i++) sb.append(' ');
        sb.append('\t').append(v).append('\n');
    }
}
