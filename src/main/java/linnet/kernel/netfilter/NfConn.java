package linnet.kernel.netfilter;

/** A tracked connection (struct nf_conn): both direction tuples, status bits, timeout, NAT flags. */
public final class NfConn {
    /** enum ip_conntrack_info. */
    public static final int IP_CT_ESTABLISHED = 0, IP_CT_RELATED = 1, IP_CT_NEW = 2, IP_CT_ESTABLISHED_REPLY = 3,
            IP_CT_RELATED_REPLY = 4, UNTRACKED = 7;
    /**
     * What skb->_nfct holds for a packet the raw table marked untracked (NOTRACK, CT --notrack):
     * no connection, ctinfo {@link #UNTRACKED}; conntrack then leaves the packet alone.
     */
    public static final Object UNTRACKED_MARK = new Object() {
        @Override
        public String toString() { return "untracked"; }
    };
    /** enum ip_conntrack_status bits. */
    public static final int IPS_EXPECTED = 1, IPS_SEEN_REPLY = 2, IPS_ASSURED = 4, IPS_CONFIRMED = 8,
            IPS_SRC_NAT = 16, IPS_DST_NAT = 32, IPS_SRC_NAT_DONE = 128, IPS_DST_NAT_DONE = 256, IPS_DYING = 512;
    public static final int IPS_NAT_MASK = IPS_SRC_NAT | IPS_DST_NAT;

    /** TCP conntrack states (enum tcp_conntrack), in the kernel's order. */
    public static final String[] TCP_STATES = {"NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT",
        "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"};

    public final Tuple orig;
    public Tuple reply;
    public int status;
    /** Virtual time (ns) at which the entry dies. */
    public long timeoutAt;
    public int mark;
    public int tcpState;
    /** The connection an ICMP error or expectation was related to. */
    public NfConn master;
    /** Namespace-wide id (the entry's place in creation order; conntrack shows none but needs identity). */
    public final long id;

    NfConn(Tuple orig, long id) {
        this.orig = orig;
        this.reply = orig.invert();
        this.id = id;
    }

    public boolean confirmed() { return (status & IPS_CONFIRMED) != 0; }

    /** __nf_conntrack_attach: the ctinfo an ICMP error about a packet of {@code ctinfo} carries. */
    public static int relatedTo(int ctinfo) {
        return ctinfo >= IP_CT_ESTABLISHED_REPLY ? IP_CT_RELATED : IP_CT_RELATED_REPLY;
    }

    /** The tuple of a direction: 0 = original, 1 = reply. */
    public Tuple tuple(int dir) { return dir == 0 ? orig : reply; }
}
