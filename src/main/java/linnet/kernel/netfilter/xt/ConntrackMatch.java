package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;

/**
 * `-m conntrack --ctstate S` and `-m state --state S` (xt_conntrack / xt_state): the state of the
 * packet's connection. {@code stateModule} only records which spelling the rule was made with.
 */
public record ConntrackMatch(int stateMask, boolean invert, boolean stateModule, Extra extra) implements XtMatch {
    /** XT_CONNTRACK_STATE_* / XT_STATE_* bits. */
    public static final int INVALID = 1, ESTABLISHED = 2, RELATED = 4, NEW = 8, UNTRACKED = 16, SNAT = 32, DNAT = 64;

    /** XT_CONNTRACK_* match_flags / invert_flags bits (xt_conntrack_mtinfo3). */
    public static final int F_STATE = 1, F_PROTO = 2, F_ORIGSRC = 4, F_ORIGDST = 8, F_REPLSRC = 16, F_REPLDST = 32,
            F_STATUS = 64, F_EXPIRES = 128, F_ORIGSRC_PORT = 256, F_ORIGDST_PORT = 512, F_REPLSRC_PORT = 1024,
            F_REPLDST_PORT = 2048, F_DIRECTION = 4096;

    /**
     * The tests of -m conntrack beyond --ctstate: which are given (flags) and inverted, the protocol,
     * the four addresses with masks ([addr, mask] x 4: origsrc, origdst, replsrc, repldst), the four
     * port ranges ([lo, hi] x 4), the status mask and the expiry range in seconds.
     */
    public record Extra(int flags, int invertFlags, int proto, int[] addrs, int[] ports, int statusMask, long expMin, long expMax) {
        /** By value, arrays included (-D and -C compare rules). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Extra e && flags == e.flags && invertFlags == e.invertFlags && proto == e.proto
                    && java.util.Arrays.equals(addrs, e.addrs) && java.util.Arrays.equals(ports, e.ports)
                    && statusMask == e.statusMask && expMin == e.expMin && expMax == e.expMax;
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(flags, invertFlags, proto, java.util.Arrays.hashCode(addrs)); }
    }

    /** A state-only match (--ctstate / --state). */
    public ConntrackMatch(int stateMask, boolean invert, boolean stateModule) {
        this(stateMask, invert, stateModule, null);
    }

    @Override
    public String name() { return stateModule ? "state" : "conntrack"; }

    @Override
    public boolean match(NfPacket p) {
        if (extra != null) return matchFull(p);
        int bit;
        if (p.ct == null) {
            bit = p.ctinfo == NfConn.UNTRACKED ? UNTRACKED : INVALID;
        } else {
            bit = switch (p.ctinfo) {
                case NfConn.IP_CT_ESTABLISHED, NfConn.IP_CT_ESTABLISHED_REPLY -> ESTABLISHED;
                case NfConn.IP_CT_RELATED, NfConn.IP_CT_RELATED_REPLY -> RELATED;
                default -> NEW;
            };
            if (!stateModule) {
                if ((p.ct.status & NfConn.IPS_SRC_NAT) != 0) bit |= SNAT & stateMask;
                if ((p.ct.status & NfConn.IPS_DST_NAT) != 0) bit |= DNAT & stateMask;
            }
        }
        return ((bit & stateMask) != 0) ^ invert;
    }

    /** conntrack_mt with the full set of tests. */
    private boolean matchFull(NfPacket p) {
        Extra x = extra;
        NfConn ct = p.ct;
        if ((x.flags() & F_STATE) != 0) {
            int bit;
            if (ct == null) bit = p.ctinfo == NfConn.UNTRACKED ? UNTRACKED : INVALID;
            else {
                bit = switch (p.ctinfo) {
                    case NfConn.IP_CT_ESTABLISHED, NfConn.IP_CT_ESTABLISHED_REPLY -> ESTABLISHED;
                    case NfConn.IP_CT_RELATED, NfConn.IP_CT_RELATED_REPLY -> RELATED;
                    default -> NEW;
                };
                if ((ct.status & NfConn.IPS_SRC_NAT) != 0) bit |= SNAT;
                if ((ct.status & NfConn.IPS_DST_NAT) != 0) bit |= DNAT;
            }
            if (((stateMask & bit) != 0) == ((x.invertFlags() & F_STATE) != 0)) return false;
        }
        if (ct == null) return (x.flags() & F_STATE) != 0;
        boolean reply = p.ctinfo == NfConn.IP_CT_ESTABLISHED_REPLY || p.ctinfo == NfConn.IP_CT_RELATED_REPLY;
        if (test(x, F_DIRECTION) && !reply == inv(x, F_DIRECTION)) return false;
        int[] a = x.addrs();
        int[] addrOf = {ct.orig.src(), ct.orig.dst(), ct.reply.src(), ct.reply.dst()};
        int[] aflags = {F_ORIGSRC, F_ORIGDST, F_REPLSRC, F_REPLDST};
        for (int i = 0; i < 4; i++)
            if (test(x, aflags[i]) && ((addrOf[i] & a[2 * i + 1]) == a[2 * i]) == inv(x, aflags[i])) return false;
        if (test(x, F_PROTO) && (ct.orig.proto() == x.proto()) == inv(x, F_PROTO)) return false;
        int[] portOf = {ct.orig.sport(), ct.orig.dport(), ct.reply.sport(), ct.reply.dport()};
        int[] pflags = {F_ORIGSRC_PORT, F_ORIGDST_PORT, F_REPLSRC_PORT, F_REPLDST_PORT};
        int[] pr = x.ports();
        for (int i = 0; i < 4; i++)
            if (test(x, pflags[i]) && (portOf[i] >= pr[2 * i] && portOf[i] <= pr[2 * i + 1]) == inv(x, pflags[i])) return false;
        if (test(x, F_STATUS) && ((ct.status & x.statusMask()) != 0) == inv(x, F_STATUS)) return false;
        if (test(x, F_EXPIRES)) {
            // nf_ct_expires: an unconfirmed entry still holds a relative timeout, which reads as 0
            long left = !ct.confirmed() ? 0 : Math.max(0, ct.timeoutAt - p.net.kernel.loop.now()) / 1_000_000_000L;
            if ((left >= x.expMin() && left <= x.expMax()) == inv(x, F_EXPIRES)) return false;
        }
        return true;
    }

    private static boolean test(Extra x, int f) { return (x.flags() & f) != 0; }

    private static boolean inv(Extra x, int f) { return (x.invertFlags() & f) != 0; }
}
