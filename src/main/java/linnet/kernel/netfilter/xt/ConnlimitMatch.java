package linnet.kernel.netfilter.xt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * `-m connlimit` (xt_connlimit over nf_conncount): per masked source (or destination) address
 * the connections this rule has seen that are still tracked (a TCP one in TIME_WAIT or CLOSE no
 * longer counts), the current one included; matches when there are more than {@code limit}
 * ("above"), or with --connlimit-upto when there are not.
 */
public record ConnlimitMatch(int limit, int prefix, boolean daddr, boolean invert, State state) implements XtMatch {
    /** The per-rule tree of nf_conncount (not part of the rule's identity). */
    public static final class State {
        final Map<Integer, List<NfConn>> lists = new HashMap<>();

        @Override
        public boolean equals(Object o) { return o instanceof State; }

        @Override
        public int hashCode() { return 0; }
    }

    @Override
    public String name() { return "connlimit"; }

    @Override
    public boolean match(NfPacket p) {
        byte[] b = p.buf();
        int mask = prefix == 0 ? 0 : (int) (0xffffffffL << (32 - prefix));
        int key = (daddr ? Ipv4.dst(b, p.ip()) : Ipv4.src(b, p.ip())) & mask;
        NfConn ct = p.ct;
        if (ct == null) {
            p.hotdrop = true;
            return false;
        }
        var conntrack = NetfilterNet.of(p.net).conntrack;
        List<NfConn> l = state.lists.computeIfAbsent(key, k -> new ArrayList<>());
        // __nf_conncount_add: collect what died, then add this connection if it is new here
        l.removeIf(c -> c != ct && (!conntrack.alive(c) || closedTcp(c)));
        if (!l.contains(ct)) l.add(ct);
        int connections = l.size();
        return (connections > limit) ^ invert;
    }

    /** already_closed: a TCP connection in TIME_WAIT or CLOSE is not counted. */
    private static boolean closedTcp(NfConn c) { return c.orig.proto() == 6 && (c.tcpState == 7 || c.tcpState == 8); }
}
