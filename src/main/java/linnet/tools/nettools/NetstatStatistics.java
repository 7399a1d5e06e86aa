package linnet.tools.nettools;

/**
 * netstat -s of net-tools 2.10 (statistics.c): each /proc/net/snmp, netstat and snmp6 table
 * under its title, each counter in words if the table knows it, else ("try our best") as
 * "Name: value" when not zero. Lookups are the C library's bsearch over tables that are meant
 * to be sorted but are not quite (Forwarding sorts after ForwDatagrams in ASCII), so some known
 * names fall through to the raw form exactly as on Linux. The indentation state carries from
 * one line to the next, and into tables netstat does not know.
 */
final class NetstatStatistics {
    private static final int NUMBER = 0, OPT_NUMBER = 1, I_FORWARD = 2, I_INP_ICMP = 3, I_OUTP_ICMP = 4, I_RTO_ALG = 5;
    private static final int I_STATIC = 1 << 16, I_TITLE = 1 << 17;
    private static final int[] INDENT = {4, 4, 4, 8, 8, 0};
    private static final String[] STATE_TITLE = {null, null, null, "ICMP input histogram:", "ICMP output histogram:", null};

    private record Entry(String title, String out, int type) {}

    private static Entry e(String t, String o, int type) { return new Entry(t, o, type); }

    private static final Entry[] IP = {
        e("DefaultTTL", "Default TTL is %d", NUMBER | I_STATIC), e("Forwarding", "Forwarding is %s", I_FORWARD | I_STATIC),
        e("ForwDatagrams", "%d forwarded", NUMBER), e("FragCreates", "%d fragments created", OPT_NUMBER),
        e("FragFails", "%d outgoing packets failed fragmentation", OPT_NUMBER),
        e("FragOKs", "%d outgoing packets fragmented ok", OPT_NUMBER), e("InAddrErrors", "%d with invalid addresses", OPT_NUMBER),
        e("InDelivers", "%d incoming packets delivered", NUMBER), e("InDiscards", "%d incoming packets discarded", NUMBER),
        e("InHdrErrors", "%d with invalid headers", OPT_NUMBER), e("InReceives", "%d total packets received", NUMBER),
        e("InUnknownProtos", "%d with unknown protocol", OPT_NUMBER), e("OutDiscards", "%d outgoing packets dropped", OPT_NUMBER),
        e("OutNoRoutes", "%d dropped because of missing route", OPT_NUMBER), e("OutRequests", "%d requests sent out", NUMBER),
        e("ReasmFails", "%d packet reassemblies failed", OPT_NUMBER), e("ReasmOKs", "%d packets reassembled ok", OPT_NUMBER),
        e("ReasmReqds", "%d reassemblies required", OPT_NUMBER), e("ReasmTimeout", "%d fragments dropped after timeout", OPT_NUMBER),
    };

    private static final Entry[] IP6 = {
        e("Ip6FragCreates", "%d fragments created", OPT_NUMBER), e("Ip6FragFails", "%d outgoing packets failed fragmentation", OPT_NUMBER),
        e("Ip6FragOKs", "%d outgoing packets fragmented ok", OPT_NUMBER), e("Ip6InAddrErrors", "%d with invalid addresses", OPT_NUMBER),
        e("Ip6InDelivers", "%d incoming packets delivered", NUMBER), e("Ip6InDiscards", "%d incoming packets discarded", NUMBER),
        e("Ip6InHdrErrors", "%d with invalid headers", OPT_NUMBER), e("Ip6InMcastPkts", "%d incoming multicast packets", OPT_NUMBER),
        e("Ip6InNoRoutes", "%d incoming packets with no route", OPT_NUMBER), e("Ip6InReceives", "%d total packets received", NUMBER),
        e("Ip6InTooBigErrors", "%d with packets too big", OPT_NUMBER), e("Ip6InTruncatedPkts", "%d with truncated packets", OPT_NUMBER),
        e("Ip6InUnknownProtos", "%d with unknown protocol", OPT_NUMBER), e("Ip6OutDiscards", "%d outgoing packets dropped", OPT_NUMBER),
        e("Ip6OutForwDatagrams", "%d forwarded", NUMBER), e("Ip6OutMcastPkts", "%d outgoing multicast packets", OPT_NUMBER),
        e("Ip6OutNoRoutes", "%d dropped because of missing route", OPT_NUMBER), e("Ip6OutRequests", "%d requests sent out", NUMBER),
        e("Ip6ReasmFails", "%d packet reassemblies failed", OPT_NUMBER), e("Ip6ReasmOKs", "%d packets reassembled ok", OPT_NUMBER),
        e("Ip6ReasmReqds", "%d reassemblies required", OPT_NUMBER), e("Ip6ReasmTimeout", "%d fragments dropped after timeout", OPT_NUMBER),
    };

    private static final int IN = I_INP_ICMP | I_TITLE, OUT = I_OUTP_ICMP | I_TITLE;

    private static final Entry[] ICMP = {
        e("InAddrMaskReps", "address mask replies: %d", IN), e("InAddrMasks", "address mask request: %d", IN),
        e("InDestUnreachs", "destination unreachable: %d", IN), e("InEchoReps", "echo replies: %d", IN),
        e("InEchos", "echo requests: %d", IN), e("InErrors", "%d input ICMP message failed", NUMBER),
        e("InMsgs", "%d ICMP messages received", NUMBER), e("InParmProbs", "wrong parameters: %d", IN),
        e("InRedirects", "redirects: %d", IN), e("InSrcQuenchs", "source quenches: %d", IN),
        e("InTimeExcds", "timeout in transit: %d", IN), e("InTimestampReps", "timestamp reply: %d", IN),
        e("InTimestamps", "timestamp request: %d", IN), e("OutAddrMaskReps", "address mask replies: %d", OUT),
        e("OutAddrMasks", "address mask requests: %d", OUT), e("OutDestUnreachs", "destination unreachable: %d", OUT),
        e("OutEchoReps", "echo replies: %d", OUT), e("OutEchos", "echo requests: %d", OUT),
        e("OutErrors", "%d ICMP messages failed", NUMBER), e("OutMsgs", "%d ICMP messages sent", NUMBER),
        e("OutParmProbs", "wrong parameters: %d", OUT), e("OutRedirects", "redirect: %d", OUT),
        e("OutSrcQuenchs", "source quench: %d", OUT), e("OutTimeExcds", "time exceeded: %d", OUT),
        e("OutTimestampReps", "timestamp replies: %d", OUT), e("OutTimestamps", "timestamp requests: %d", OUT),
    };

    private static final Entry[] ICMP6 = {
        e("Icmp6InDestUnreachs", "destination unreachable: %d", IN), e("Icmp6InEchoReplies", "echo replies: %d", IN),
        e("Icmp6InEchos", "echo requests: %d", IN), e("Icmp6InErrors", "%d input ICMP message failed", NUMBER),
        e("Icmp6InGroupMembQueries", "group member queries: %d", IN),
        e("Icmp6InGroupMembReductions", "group member reductions: %d", IN),
        e("Icmp6InGroupMembResponses", "group member responses: %d", IN), e("Icmp6InMsgs", "%d ICMP messages received", NUMBER),
        e("Icmp6InNeighborAdvertisements", "neighbour advertisement: %d", IN),
        e("Icmp6InNeighborSolicits", "neighbour solicits: %d", IN), e("Icmp6InParmProblems", "parameter problem: %d", IN),
        e("Icmp6InPktTooBigs", "packets too big: %d", IN), e("Icmp6InRedirects", "redirects: %d", IN),
        e("Icmp6InRouterAdvertisements", "router advertisement: %d", IN), e("Icmp6InRouterSolicits", "router solicits: %d", IN),
        e("Icmp6InTimeExcds", "received ICMPv6 time exceeded: %d", IN),
        e("Icmp6OutDestUnreachs", "destination unreachable: %d", OUT), e("Icmp6OutEchoReplies", "echo replies: %d", OUT),
        e("Icmp6OutEchos", "echo requests: %d", OUT), e("Icmp6OutGroupMembQueries", "group member queries: %d", OUT),
        e("Icmp6OutGroupMembReductions", "group member reductions: %d", OUT),
        e("Icmp6OutGroupMembResponses", "group member responses: %d", OUT), e("Icmp6OutMsgs", "%d ICMP messages sent", NUMBER),
        e("Icmp6OutNeighborAdvertisements", "neighbor advertisements: %d", OUT),
        e("Icmp6OutNeighborSolicits", "neighbor solicits: %d", OUT), e("Icmp6OutParmProblems", "parameter problem: %d", OUT),
        e("Icmp6OutPktTooBigs", "packets too big: %d", OUT), e("Icmp6OutRedirects", "redirects: %d", OUT),
        // net-tools' own typo: a trailing blank, so this name never matches
        e("Icmp6OutRouterAdvertisements ", "router advertisement: %d", OUT),
        e("Icmp6OutRouterSolicits", "router solicits: %d", OUT), e("Icmp6OutTimeExcds", "sent ICMPv6 time exceeded: %d", OUT),
    };

    private static final Entry[] TCP = {
        e("ActiveOpens", "%d active connection openings", NUMBER), e("AttemptFails", "%d failed connection attempts", NUMBER),
        e("CurrEstab", "%d connections established", NUMBER), e("EstabResets", "%d connection resets received", NUMBER),
        e("InErrs", "%d bad segments received", NUMBER), e("InSegs", "%d segments received", NUMBER), e("MaxConn", "", NUMBER),
        e("OutRsts", "%d resets sent", NUMBER), e("OutSegs", "%d segments sent out", NUMBER),
        e("PassiveOpens", "%d passive connection openings", NUMBER), e("RetransSegs", "%d segments retransmitted", NUMBER),
        e("RtoAlgorithm", "RTO algorithm is %s", I_RTO_ALG | I_STATIC), e("RtoMax", "", NUMBER), e("RtoMin", "", NUMBER),
    };

    private static final Entry[] UDP = {
        e("InDatagrams", "%d packets received", NUMBER), e("InErrors", "%d packet receive errors", NUMBER),
        e("NoPorts", "%d packets to unknown port received", NUMBER), e("OutDatagrams", "%d packets sent", NUMBER),
        e("RcvbufErrors", "%d receive buffer errors", NUMBER), e("SndbufErrors", "%d send buffer errors", NUMBER),
    };

    private static final Entry[] UDP6 = {
        e("Udp6InDatagrams", "%d packets received", NUMBER), e("Udp6InErrors", "%d packet receive errors", NUMBER),
        e("Udp6NoPorts", "%d packets to unknown port received", NUMBER), e("Udp6OutDatagrams", "%d packets sent", NUMBER),
    };

    private static final Entry[] TCPEXT = {
        e("DelayedACKLocked", "%d delayed acks further delayed because of locked socket", OPT_NUMBER),
        e("DelayedACKLost", "Quick ack mode was activated %d times", OPT_NUMBER), e("DelayedACKs", "%d delayed acks sent", OPT_NUMBER),
        e("EmbryonicRsts", "%d resets received for embryonic SYN_RECV sockets", OPT_NUMBER),
        e("ListenDrops", "%d SYNs to LISTEN sockets dropped", OPT_NUMBER),
        e("ListenOverflows", "%d times the listen queue of a socket overflowed", OPT_NUMBER),
        e("LockDroppedIcmps", "%d ICMP packets dropped because socket was locked", OPT_NUMBER),
        e("OfoPruned", "%d packets dropped from out-of-order queue because of socket buffer overrun", OPT_NUMBER),
        e("OutOfWindowIcmps", "%d ICMP packets dropped because they were out-of-window", OPT_NUMBER),
        e("PAWSActive", "%d active connections rejected because of time stamp", OPT_NUMBER),
        e("PAWSEstab", "%d packets rejected in established connections because of timestamp", OPT_NUMBER),
        e("PAWSPassive", "%d passive connections rejected because of time stamp", OPT_NUMBER),
        e("PruneCalled", "%d packets pruned from receive queue because of socket buffer overrun", OPT_NUMBER),
        e("RcvPruned", "%d packets pruned from receive queue", OPT_NUMBER),
        e("SockMallocOOM", "Ran %d times out of system memory during packet sending", OPT_NUMBER),
        e("SyncookiesFailed", "%d invalid SYN cookies received", OPT_NUMBER), e("SyncookiesRecv", "%d SYN cookies received", OPT_NUMBER),
        e("SyncookiesSent", "%d SYN cookies sent", OPT_NUMBER),
        e("TCPAbortFailed", "%d times unable to send RST due to no memory", OPT_NUMBER),
        e("TCPAbortOnClose", "%d connections reset due to early user close", OPT_NUMBER),
        e("TCPAbortOnData", "%d connections reset due to unexpected data", OPT_NUMBER),
        e("TCPAbortOnLinger", "%d connections aborted after user close in linger timeout", OPT_NUMBER),
        e("TCPAbortOnMemory", "%d connections aborted due to memory pressure", OPT_NUMBER),
        e("TCPAbortOnSyn", "%d connections reset due to unexpected SYN", OPT_NUMBER),
        e("TCPAbortOnTimeout", "%d connections aborted due to timeout", OPT_NUMBER),
        e("TCPDirectCopyFromBacklog", "%d bytes directly in process context from backlog", OPT_NUMBER),
        e("TCPDirectCopyFromPrequeue", "%d bytes directly received in process context from prequeue", OPT_NUMBER),
        e("TCPDSACKOfoRecv", "%d DSACKs for out of order packets received", OPT_NUMBER),
        e("TCPDSACKOfoSent", "%d DSACKs sent for out of order packets", OPT_NUMBER),
        e("TCPDSACKOldSent", "%d DSACKs sent for old packets", OPT_NUMBER), e("TCPDSACKRecv", "%d DSACKs received", OPT_NUMBER),
        e("TCPDSackUndo", "%d congestion window recovered without slow start using DSACK", OPT_NUMBER),
        e("TCPDSACKUndo", "%d congestion windows recovered without slow start by DSACK", OPT_NUMBER),
        e("TCPFACKReorder", "Detected reordering %d times using FACK", OPT_NUMBER),
        e("TCPFastRetrans", "%d fast retransmits", OPT_NUMBER), e("TCPForwardRetrans", "%d forward retransmits", OPT_NUMBER),
        e("TCPFullUndo", "%d congestion windows fully recovered without slow start", OPT_NUMBER),
        e("TCPHPAcks", "%d predicted acknowledgments", OPT_NUMBER), e("TCPHPHits", "%d packet headers predicted", NUMBER),
        e("TCPHPHitsToUser", "%d packet headers predicted and directly queued to user", OPT_NUMBER),
        e("TCPLossFailures", "%d timeouts in loss state", OPT_NUMBER), e("TCPLoss", "%d TCP data loss events", OPT_NUMBER),
        e("TCPLossUndo", "%d congestion windows recovered without slow start after partial ack", OPT_NUMBER),
        e("TCPLostRetransmits", "%d retransmits lost", OPT_NUMBER),
        e("TCPMemoryPressures", "TCP ran low on memory %d times", OPT_NUMBER),
        e("TCPPartialUndo", "%d congestion windows partially recovered using Hoe heuristic", OPT_NUMBER),
        e("TCPPrequeued", "%d packets directly queued to recvmsg prequeue", OPT_NUMBER),
        e("TCPPrequeueDropped", "%d packets dropped from prequeue", OPT_NUMBER),
        e("TCPPureAcks", "%d acknowledgments not containing data payload received", OPT_NUMBER),
        e("TCPRcvCollapsed", "%d packets collapsed in receive queue due to low socket buffer", OPT_NUMBER),
        e("TCPRenoFailures", "%d timeouts after reno fast retransmit", OPT_NUMBER),
        e("TCPRenoRecoveryFailed", "%d reno fast retransmits failed", OPT_NUMBER),
        e("TCPRenoRecoveryFail", "%d classic Reno fast retransmits failed", OPT_NUMBER),
        e("TCPRenoRecovery", "%d times recovered from packet loss due to fast retransmit", OPT_NUMBER),
        e("TCPRenoReorder", "Detected reordering %d times using reno fast retransmit", OPT_NUMBER),
        e("TCPSackFailures", "%d timeouts after SACK recovery", OPT_NUMBER),
        e("TCPSackRecoveryFail", "%d SACK retransmits failed", OPT_NUMBER),
        e("TCPSackRecovery", "%d times recovered from packet loss by selective acknowledgements", OPT_NUMBER),
        e("TCPSACKReneging", "%d bad SACK blocks received", OPT_NUMBER),
        e("TCPSACKReorder", "Detected reordering %d times using SACK", OPT_NUMBER),
        e("TCPSchedulerFailed", "%d times receiver scheduled too late for direct processing", OPT_NUMBER),
        e("TCPSlowStartRetrans", "%d retransmits in slow start", OPT_NUMBER), e("TCPTimeouts", "%d other TCP timeouts", OPT_NUMBER),
        e("TCPTSReorder", "Detected reordering %d times using time stamp", OPT_NUMBER),
        e("TWKilled", "%d TCP sockets finished time wait in slow timer", OPT_NUMBER),
        e("TW", "%d TCP sockets finished time wait in fast timer", OPT_NUMBER),
        e("TWRecycled", "%d time wait sockets recycled by time stamp", OPT_NUMBER),
    };

    /** struct tabtab: a title, its entries, which -t/-u/-w flag shows it. */
    private record Tab(String title, Entry[] tab, int flag) {}

    static final int F_RAW = 0, F_TCP = 1, F_UDP = 2, F_SCTP = 3, F_UNKNOWN = 4;

    private static final Tab[] SNMP_TABS = {new Tab("Ip", IP, F_RAW), new Tab("Icmp", ICMP, F_RAW), new Tab("Tcp", TCP, F_TCP),
        new Tab("Udp", UDP, F_UDP), new Tab("Sctp", null, F_SCTP), new Tab("TcpExt", TCPEXT, F_TCP)};
    private static final Tab[] SNMP6_TABS = {new Tab("Ip6", IP6, F_RAW), new Tab("Icmp6", ICMP6, F_RAW),
        new Tab("Udp6", UDP6, F_UDP), new Tab("Tcp6", TCP, F_TCP)};

    private final boolean[] flags = new boolean[5];
    private final StringBuilder out = new StringBuilder();
    private int state = NUMBER;

    NetstatStatistics(boolean raw, boolean tcp, boolean udp, boolean sctp) {
        flags[F_RAW] = raw;
        flags[F_TCP] = tcp;
        flags[F_UDP] = udp;
        flags[F_SCTP] = sctp;
        flags[F_UNKNOWN] = true;
    }

    String output() { return out.toString(); }

    /** glibc bsearch with strcmp: the probe sequence decides, sorted or not. */
    private static Entry bsearch(Entry[] tab, String key) {
        if (tab == null) return null;
        int l = 0, u = tab.length;
        while (l < u) {
            int idx = (l + u) >>> 1;
            int c = strcmp(key, tab[idx].title);
            if (c < 0) u = idx;
            else if (c > 0) l = idx + 1;
            else return tab[idx];
        }
        return null;
    }

    private static int strcmp(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = (a.charAt(i) & 0xff) - (b.charAt(i) & 0xff);
            if (d != 0) return d;
        }
        return a.length() - b.length();
    }

    private void indent(int n) { for (int i = 0; i < n; i++) out.append(' '); }

    private void printval(Tab tab, String title, long val) {
        Entry ent = bsearch(tab.tab, title);
        if (ent == null) {
            if (val != 0) {
                indent(INDENT[state]);
                out.append(title).append(": ").append(Long.toUnsignedString(val)).append('\n');
            }
            return;
        }
        int type = ent.type;
        if ((type & I_STATIC) != 0) return; // print_static is never set
        if (ent.out.isEmpty()) return;
        if ((type & I_TITLE) != 0) {
            type &= ~I_TITLE;
            if (state != type) {
                indent(INDENT[state]);
                out.append(STATE_TITLE[type]).append('\n');
            }
        }
        String buf = "";
        switch (type) {
            case OPT_NUMBER, NUMBER -> {
                if (type == NUMBER || val != 0) buf = ent.out.replace("%d", Long.toUnsignedString(val));
            }
            case I_FORWARD -> {
                type = NUMBER;
                buf = ent.out.replace("%s", val == 2 ? "enabled" : "disabled");
            }
            case I_INP_ICMP, I_OUTP_ICMP -> {
                if (val > 0) buf = ent.out.replace("%d", Long.toUnsignedString(val));
            }
            default -> { }
        }
        if (!buf.isEmpty()) {
            indent(INDENT[type]);
            out.append(buf).append('\n');
        }
        state = type;
    }

    /** newtable: a known table's title if its flag is on, an unknown table's always. */
    private Tab newtable(Tab[] tabs, String title) {
        for (Tab t : tabs) {
            if (t.title.equals(title)) {
                if (flags[t.flag]) out.append(title).append(":\n");
                state = NUMBER;
                return t;
            }
        }
        out.append(title).append(":\n");
        return new Tab(title, null, F_UNKNOWN);
    }

    /** process_fd: pairs of "Title: names" / "Title: values" lines, all or those starting with {@code filter}. */
    void processFd(String text, String filter) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String l1 = lines[i++];
            if (l1.isEmpty()) continue;
            if (i >= lines.length) break;
            String l2 = lines[i++];
            int sp = l1.indexOf(':'), np = l2.indexOf(':');
            if (sp < 0 || np < 0) return;
            String title = l1.substring(0, sp);
            if (filter != null && !title.startsWith(filter)) continue;
            Tab tab = newtable(SNMP_TABS, title);
            String[] names = l1.substring(sp + 1).trim().split("[ \t]+");
            String[] vals = l2.substring(np + 1).trim().split("[ \t]+");
            for (int k = 0; k < names.length; k++) {
                if (names[k].isEmpty() || !flags[tab.flag]) continue;
                printval(tab, names[k], k < vals.length ? strtoull(vals[k]) : 0);
            }
        }
    }

    /** strtoull: a negative number wraps (MaxConn's -1). */
    private static long strtoull(String s) {
        try {
            return s.startsWith("-") ? -Long.parseLong(s.substring(1)) : Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** cpytitle: the name up to and including its first '6' (Ip6InReceives: Ip6). */
    private static String cpytitle(String name) {
        int i = name.indexOf('6');
        return i < 0 ? name : name.substring(0, i + 1);
    }

    /** process6_fd: "Name value" lines, a new table whenever the name no longer holds the title. */
    void process6Fd(String text) {
        Tab tab = null;
        String title = null;
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2) continue;
            String name = f[0];
            long val = strtoull(f[1]);
            if (title == null || !name.contains(title)) {
                title = cpytitle(name);
                tab = newtable(SNMP6_TABS, title);
            }
            if (flags[tab.flag]) printval(tab, name, val);
        }
    }
}
