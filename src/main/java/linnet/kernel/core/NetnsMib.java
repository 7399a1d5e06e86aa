package linnet.kernel.core;

/**
 * A namespace's SNMP MIB counters (struct netns_mib, net->mib): the IP, ICMP, TCP, UDP and
 * UDP-Lite tables of RFC 1213/4293 and their IPv6 twins, plus the kernel's own LINUX_MIB_* list
 * (TcpExt). The kernel keeps them per CPU and folds them when /proc/net/snmp is read; one
 * emulated CPU needs one plain array per table, indexed by the kernel's enum values
 * (include/uapi/linux/snmp.h). The per-type ICMP message counters (256 in + 256 out) are made on
 * first use, so an idle namespace stays small.
 */
public final class NetnsMib {
    // enum ipstats_mib (shared by IPv4 and IPv6); slot 0 is IPSTATS_MIB_NUM, never counted
    public static final int IPSTATS_MIB_INPKTS = 1, IPSTATS_MIB_INOCTETS = 2, IPSTATS_MIB_INDELIVERS = 3,
            IPSTATS_MIB_OUTFORWDATAGRAMS = 4, IPSTATS_MIB_OUTREQUESTS = 5, IPSTATS_MIB_OUTOCTETS = 6,
            IPSTATS_MIB_INHDRERRORS = 7, IPSTATS_MIB_INTOOBIGERRORS = 8, IPSTATS_MIB_INNOROUTES = 9,
            IPSTATS_MIB_INADDRERRORS = 10, IPSTATS_MIB_INUNKNOWNPROTOS = 11, IPSTATS_MIB_INTRUNCATEDPKTS = 12,
            IPSTATS_MIB_INDISCARDS = 13, IPSTATS_MIB_OUTDISCARDS = 14, IPSTATS_MIB_OUTNOROUTES = 15,
            IPSTATS_MIB_REASMTIMEOUT = 16, IPSTATS_MIB_REASMREQDS = 17, IPSTATS_MIB_REASMOKS = 18,
            IPSTATS_MIB_REASMFAILS = 19, IPSTATS_MIB_FRAGOKS = 20, IPSTATS_MIB_FRAGFAILS = 21,
            IPSTATS_MIB_FRAGCREATES = 22, IPSTATS_MIB_INMCASTPKTS = 23, IPSTATS_MIB_OUTMCASTPKTS = 24,
            IPSTATS_MIB_INBCASTPKTS = 25, IPSTATS_MIB_OUTBCASTPKTS = 26, IPSTATS_MIB_INMCASTOCTETS = 27,
            IPSTATS_MIB_OUTMCASTOCTETS = 28, IPSTATS_MIB_INBCASTOCTETS = 29, IPSTATS_MIB_OUTBCASTOCTETS = 30,
            IPSTATS_MIB_CSUMERRORS = 31, IPSTATS_MIB_NOECTPKTS = 32, IPSTATS_MIB_ECT1PKTS = 33,
            IPSTATS_MIB_ECT0PKTS = 34, IPSTATS_MIB_CEPKTS = 35, IPSTATS_MIB_REASM_OVERLAPS = 36,
            IPSTATS_MIB_OUTPKTS = 37, IPSTATS_MIB_MAX = 38;

    // enum icmp_mib (the per-type columns come from icmpmsg)
    public static final int ICMP_MIB_INMSGS = 1, ICMP_MIB_INERRORS = 2, ICMP_MIB_OUTMSGS = 3, ICMP_MIB_OUTERRORS = 4,
            ICMP_MIB_CSUMERRORS = 5, ICMP_MIB_RATELIMITGLOBAL = 6, ICMP_MIB_RATELIMITHOST = 7, ICMP_MIB_MAX = 8;

    // enum icmp6_mib
    public static final int ICMP6_MIB_INMSGS = 1, ICMP6_MIB_INERRORS = 2, ICMP6_MIB_OUTMSGS = 3,
            ICMP6_MIB_OUTERRORS = 4, ICMP6_MIB_CSUMERRORS = 5, ICMP6_MIB_RATELIMITHOST = 6, ICMP6_MIB_MAX = 7;

    // enum tcp_mib
    public static final int TCP_MIB_RTOALGORITHM = 1, TCP_MIB_RTOMIN = 2, TCP_MIB_RTOMAX = 3, TCP_MIB_MAXCONN = 4,
            TCP_MIB_ACTIVEOPENS = 5, TCP_MIB_PASSIVEOPENS = 6, TCP_MIB_ATTEMPTFAILS = 7, TCP_MIB_ESTABRESETS = 8,
            TCP_MIB_CURRESTAB = 9, TCP_MIB_INSEGS = 10, TCP_MIB_OUTSEGS = 11, TCP_MIB_RETRANSSEGS = 12,
            TCP_MIB_INERRS = 13, TCP_MIB_OUTRSTS = 14, TCP_MIB_CSUMERRORS = 15, TCP_MIB_MAX = 16;

    // enum udp_mib
    public static final int UDP_MIB_INDATAGRAMS = 1, UDP_MIB_NOPORTS = 2, UDP_MIB_INERRORS = 3,
            UDP_MIB_OUTDATAGRAMS = 4, UDP_MIB_RCVBUFERRORS = 5, UDP_MIB_SNDBUFERRORS = 6, UDP_MIB_CSUMERRORS = 7,
            UDP_MIB_IGNOREDMULTI = 8, UDP_MIB_MEMERRORS = 9, UDP_MIB_MAX = 10;

    /** The ICMP message-type slots: In types at 0..255, Out types at 0x100 | type (ICMPMSG_MIB_MAX). */
    public static final int ICMPMSG_MIB_MAX = 512;

    public final long[] ip = new long[IPSTATS_MIB_MAX];
    public final long[] ipv6 = new long[IPSTATS_MIB_MAX];
    public final long[] icmp = new long[ICMP_MIB_MAX];
    public final long[] icmpv6 = new long[ICMP6_MIB_MAX];
    public final long[] tcp = new long[TCP_MIB_MAX];
    public final long[] udp = new long[UDP_MIB_MAX];
    public final long[] udplite = new long[UDP_MIB_MAX];
    public final long[] udp6 = new long[UDP_MIB_MAX];
    public final long[] udplite6 = new long[UDP_MIB_MAX];
    /** LINUX_MIB_* (/proc/net/netstat TcpExt), indexed as {@link LinuxMib} lists them. */
    public final long[] net = new long[LinuxMib.MAX];
    /**
     * The per-message-type counters (ICMPMSG_MIB_MAX slots: In types 0..255, Out 256..511) in
     * chunks of {@link #MSG_CHUNK} made on first use: a namespace uses a handful of types, and
     * 4 KiB of zeros each would be a sixth of a namespace's memory at scale.
     */
    private long[][] icmpmsg, icmpv6msg;
    private static final int MSG_CHUNK = 16;

    public NetnsMib() {
        // tcp_mib_init: the RFC 2012 constants live in the table itself (Van Jacobson's RTO
        // algorithm, TCP_RTO_MIN and TCP_RTO_MAX in ms, no connection limit).
        tcp[TCP_MIB_RTOALGORITHM] = 1;
        tcp[TCP_MIB_RTOMIN] = 200;
        tcp[TCP_MIB_RTOMAX] = 120000;
        tcp[TCP_MIB_MAXCONN] = -1;
    }

    private static long[][] inc(long[][] msg, int slot) {
        if (msg == null) msg = new long[ICMPMSG_MIB_MAX / MSG_CHUNK][];
        long[] c = msg[slot / MSG_CHUNK];
        if (c == null) c = msg[slot / MSG_CHUNK] = new long[MSG_CHUNK];
        c[slot % MSG_CHUNK]++;
        return msg;
    }

    private static long get(long[][] msg, int slot) {
        long[] c = msg == null ? null : msg[slot / MSG_CHUNK];
        return c == null ? 0 : c[slot % MSG_CHUNK];
    }

    /** ICMPMSGIN_INC_STATS. */
    public void icmpMsgIn(int type) { icmpmsg = inc(icmpmsg, type & 0xff); }

    /** icmp_out_count: ICMPMSGOUT_INC_STATS and ICMP_MIB_OUTMSGS. */
    public void icmpOutCount(int type) {
        icmpmsg = inc(icmpmsg, 0x100 | (type & 0xff));
        icmp[ICMP_MIB_OUTMSGS]++;
    }

    /** One ICMP message-type counter (0x100 | type for Out). */
    public long icmpMsg(int slot) { return get(icmpmsg, slot); }

    /** ICMP6MSGIN_INC_STATS. */
    public void icmpv6MsgIn(int type) { icmpv6msg = inc(icmpv6msg, type & 0xff); }

    /** ICMP6MSGOUT_INC_STATS. */
    public void icmpv6MsgOut(int type) { icmpv6msg = inc(icmpv6msg, 0x100 | (type & 0xff)); }

    public long icmpv6Msg(int slot) { return get(icmpv6msg, slot); }
}
