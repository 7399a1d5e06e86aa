package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.ConntrackMatch.DNAT;
import static linnet.kernel.netfilter.xt.ConntrackMatch.ESTABLISHED;
import static linnet.kernel.netfilter.xt.ConntrackMatch.INVALID;
import static linnet.kernel.netfilter.xt.ConntrackMatch.NEW;
import static linnet.kernel.netfilter.xt.ConntrackMatch.RELATED;
import static linnet.kernel.netfilter.xt.ConntrackMatch.SNAT;
import static linnet.kernel.netfilter.xt.ConntrackMatch.UNTRACKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.NfConn;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.wire.Icmp;
import linnet.wire.Ipv4;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * -m conntrack --ctstate / -m state --state (xt_conntrack, xt_state): each state bit, the SNAT and
 * DNAT pseudo-states, inversion; first on connections made by real traversals with synthetic
 * ctinfo values, then end to end through the hooks.
 */
class ConntrackMatchTest {
    static final int[] STATES = {INVALID, ESTABLISHED, RELATED, NEW, UNTRACKED};
    static final int ALL = INVALID | ESTABLISHED | RELATED | NEW | UNTRACKED | SNAT | DNAT;

    NfFixture f;
    XtTable filter;

    @BeforeEach
    void setUp() {
        f = new NfFixture();
        f.run("ip addr add 10.0.0.1/24 dev eth0");
        // One counting rule per state in INPUT and OUTPUT; the conntrack match turns tracking on.
        filter = XtTable.fresh("filter");
        for (String c : List.of("INPUT", "OUTPUT"))
            for (int s : STATES)
                filter.chains.get(c).rules.add(new XtRule(IpEntry.ANY, List.of(new ConntrackMatch(s, false, false)),
                        StandardTarget.NONE));
        f.nf().xtables.install(filter);
    }

    long count(String chain, int state) {
        for (XtRule r : filter.chains.get(chain).rules)
            if (((ConntrackMatch) r.matches.get(0)).stateMask() == state) return r.pkts;
        throw new AssertionError();
    }

    /** A locally generated UDP packet through OUTPUT and POSTROUTING (which confirms a new entry). */
    SkBuff sendUdp() {
        SkBuff skb = NfFixture.udp("10.0.0.1", "10.0.0.2", 5000, 53);
        assertTrue(f.hook(3, skb, null, "eth0"));
        assertTrue(f.hook(4, skb, null, "eth0"));
        return skb;
    }

    SkBuff receive(SkBuff skb) {
        assertTrue(f.hook(0, skb, "eth0", null));
        assertTrue(f.hook(1, skb, "eth0", null));
        return skb;
    }

    NfConn conn() {
        NfConn c = (NfConn) sendUdp().nfct;
        assertNotNull(c);
        return c;
    }

    NfPacket with(NfConn ct, int ctinfo) {
        NfPacket p = f.pkt(NfFixture.udp("10.0.0.1", "10.0.0.2", 5000, 53), 1, "eth0", null);
        p.ct = ct;
        p.ctinfo = ctinfo;
        return p;
    }

    /** The single state bit a packet has: the one mask of STATES that matches. */
    int stateOf(NfPacket p) {
        int found = 0;
        for (int s : STATES) if (new ConntrackMatch(s, false, false).match(p)) found |= s;
        return found;
    }

    @Test
    void names() {
        assertEquals("conntrack", new ConntrackMatch(NEW, false, false).name());
        assertEquals("state", new ConntrackMatch(NEW, false, true).name());
    }

    @Test
    void ctinfoToState() {
        NfConn c = conn();
        assertEquals(NEW, stateOf(with(c, NfConn.IP_CT_NEW)));
        assertEquals(ESTABLISHED, stateOf(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertEquals(ESTABLISHED, stateOf(with(c, NfConn.IP_CT_ESTABLISHED_REPLY)));
        assertEquals(RELATED, stateOf(with(c, NfConn.IP_CT_RELATED)));
        assertEquals(RELATED, stateOf(with(c, NfConn.IP_CT_RELATED_REPLY)));
        assertEquals(INVALID, stateOf(with(null, 0)), "no connection: INVALID");
        assertEquals(INVALID, stateOf(with(null, NfConn.IP_CT_NEW)));
        assertEquals(UNTRACKED, stateOf(with(null, NfConn.UNTRACKED)));
    }

    @Test
    void maskOfSeveralStates() {
        NfConn c = conn();
        ConntrackMatch relEst = new ConntrackMatch(RELATED | ESTABLISHED, false, false);
        assertTrue(relEst.match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(relEst.match(with(c, NfConn.IP_CT_RELATED_REPLY)));
        assertFalse(relEst.match(with(c, NfConn.IP_CT_NEW)));
        assertFalse(relEst.match(with(null, 0)));
        assertFalse(relEst.match(with(null, NfConn.UNTRACKED)));
        ConntrackMatch newInv = new ConntrackMatch(NEW | INVALID, false, true);
        assertTrue(newInv.match(with(null, 0)));
        assertTrue(newInv.match(with(c, NfConn.IP_CT_NEW)));
        assertFalse(newInv.match(with(c, NfConn.IP_CT_ESTABLISHED_REPLY)));
    }

    @Test
    void inversion() {
        NfConn c = conn();
        for (int s : STATES) {
            for (int other : STATES) {
                NfPacket p = other == INVALID ? with(null, 0) : other == UNTRACKED ? with(null, NfConn.UNTRACKED)
                        : with(c, other == NEW ? NfConn.IP_CT_NEW : other == ESTABLISHED ? NfConn.IP_CT_ESTABLISHED
                                : NfConn.IP_CT_RELATED);
                assertEquals(s == other, new ConntrackMatch(s, false, false).match(p), s + " vs " + other);
                assertEquals(s != other, new ConntrackMatch(s, true, false).match(p), "! " + s + " vs " + other);
                assertEquals(s != other, new ConntrackMatch(s, true, true).match(p), "! state " + s + " vs " + other);
            }
        }
    }

    @Test
    void snatAndDnatBits() {
        NfConn c = conn();
        assertEquals(0, c.status & NfConn.IPS_NAT_MASK, "no NAT rule: no NAT bits");
        ConntrackMatch snat = new ConntrackMatch(SNAT, false, false), dnat = new ConntrackMatch(DNAT, false, false);
        assertFalse(snat.match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertFalse(dnat.match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(new ConntrackMatch(SNAT, true, false).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        c.status |= NfConn.IPS_SRC_NAT;
        assertTrue(snat.match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(snat.match(with(c, NfConn.IP_CT_NEW)), "whatever the ctinfo");
        assertFalse(dnat.match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertFalse(new ConntrackMatch(SNAT, true, false).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(new ConntrackMatch(SNAT | NEW, false, false).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        c.status = (c.status & ~NfConn.IPS_SRC_NAT) | NfConn.IPS_DST_NAT;
        assertFalse(snat.match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(dnat.match(with(c, NfConn.IP_CT_RELATED)));
        assertFalse(new ConntrackMatch(NEW, false, false).match(with(c, NfConn.IP_CT_ESTABLISHED)),
                "the DNAT bit does not leak into other masks");
        assertFalse(new ConntrackMatch(DNAT, false, false).match(with(null, 0)), "no connection, no NAT");
    }

    @Test
    void stateModuleIgnoresNatBits() {
        NfConn c = conn();
        c.status |= NfConn.IPS_SRC_NAT | NfConn.IPS_DST_NAT;
        assertFalse(new ConntrackMatch(SNAT, false, true).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertFalse(new ConntrackMatch(DNAT, false, true).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(new ConntrackMatch(SNAT | DNAT, true, true).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        assertTrue(new ConntrackMatch(SNAT, false, false).match(with(c, NfConn.IP_CT_ESTABLISHED)));
        // The ordinary states are the same under both spellings.
        for (int s : STATES) {
            NfPacket p = with(c, NfConn.IP_CT_RELATED_REPLY);
            assertEquals(new ConntrackMatch(s, false, false).match(p) && s != 0, new ConntrackMatch(s, false, true).match(p));
        }
        assertTrue(new ConntrackMatch(ALL, false, true).match(with(null, NfConn.UNTRACKED)));
    }

    @Test
    void statesThroughTheHooks() {
        SkBuff first = sendUdp();
        assertEquals(1, count("OUTPUT", NEW));
        NfConn c = (NfConn) first.nfct;
        assertTrue(c.confirmed());
        sendUdp();
        assertEquals(2, count("OUTPUT", NEW), "until a reply is seen the original direction stays NEW");
        assertEquals(0, count("OUTPUT", ESTABLISHED));

        SkBuff reply = receive(NfFixture.udp("10.0.0.2", "10.0.0.1", 53, 5000));
        assertEquals(c, reply.nfct);
        assertEquals(NfConn.IP_CT_ESTABLISHED_REPLY, reply.nfctinfo);
        assertEquals(1, count("INPUT", ESTABLISHED));
        assertEquals(0, count("INPUT", NEW));

        sendUdp();
        assertEquals(1, count("OUTPUT", ESTABLISHED));
        assertEquals(2, count("OUTPUT", NEW));

        // An ICMP port unreachable quoting our datagram is RELATED.
        SkBuff quoted = NfFixture.udp("10.0.0.1", "10.0.0.2", 5000, 53);
        SkBuff err = NfFixture.icmp("10.0.0.2", "10.0.0.1", Icmp.DEST_UNREACH, Icmp.PORT_UNREACH, 0, 0, 28);
        System.arraycopy(quoted.buf, quoted.networkHeader, err.buf, err.transportHeader + 8, 28);
        Icmp.setRestOfHeader(err.buf, err.transportHeader, 0);
        Icmp.fillChecksum(err.buf, err.transportHeader, 36);
        receive(err);
        assertEquals(c, err.nfct);
        assertEquals(NfConn.IP_CT_RELATED_REPLY, err.nfctinfo);
        assertEquals(1, count("INPUT", RELATED));

        // An echo reply nobody asked for is INVALID: no connection.
        SkBuff bogus = receive(NfFixture.icmp("10.0.0.2", "10.0.0.1", Icmp.ECHO_REPLY, 0, 9, 9, 8));
        assertNull(bogus.nfct);
        assertEquals(1, count("INPUT", INVALID));

        // A new connection from outside is NEW in INPUT.
        receive(NfFixture.tcp("10.0.0.3", "10.0.0.1", 40000, 22, linnet.wire.Tcp.SYN));
        assertEquals(1, count("INPUT", NEW));
        assertEquals(0, count("INPUT", UNTRACKED));
        assertEquals(0, count("OUTPUT", UNTRACKED));
        assertEquals(0, count("OUTPUT", INVALID));
        assertEquals(0, count("OUTPUT", RELATED));
    }

    @Test
    void onlyAConntrackRuleTurnsTrackingOn() {
        f.nf().xtables.remove("filter");
        assertFalse(f.nf().xtables.needsConntrack());
        XtTable t = XtTable.fresh("filter");
        XtChain out = t.chains.get("OUTPUT");
        out.rules.add(new XtRule(IpEntry.ANY, List.of(new MarkMatch(0, 0, false)), StandardTarget.NONE));
        f.nf().xtables.install(t);
        assertFalse(f.nf().xtables.needsConntrack());
        SkBuff skb = NfFixture.udp("10.0.0.1", "10.0.0.2", 5000, 53);
        assertTrue(f.hook(3, skb, null, "eth0"));
        assertNull(skb.nfct, "untracked without a conntrack user");

        XtTable t2 = XtTable.fresh("filter");
        t2.chains.get("OUTPUT").rules.add(new XtRule(IpEntry.ANY, List.of(new ConntrackMatch(NEW, false, true)),
                StandardTarget.DROP));
        f.nf().xtables.install(t2);
        assertTrue(f.nf().xtables.needsConntrack());
        SkBuff skb2 = NfFixture.udp("10.0.0.1", "10.0.0.2", 5001, 53);
        assertFalse(f.hook(3, skb2, null, "eth0"), "-m state --state NEW -j DROP drops a new flow");
        assertNotNull(skb2.nfct);
        assertEquals(1, t2.chains.get("OUTPUT").rules.get(0).pkts);
    }

    @Test
    void ipHeaderIsUntouched() {
        SkBuff skb = sendUdp();
        assertTrue(Ipv4.checksumOk(skb.buf, skb.networkHeader));
        assertEquals(NfFixture.ip("10.0.0.1"), Ipv4.src(skb.buf, skb.networkHeader));
    }
}
