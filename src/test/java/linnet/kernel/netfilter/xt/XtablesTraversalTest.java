package linnet.kernel.netfilter.xt;

import static linnet.kernel.netfilter.xt.NfFixture.bare;
import static linnet.kernel.netfilter.xt.NfFixture.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtChain;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTable;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.Xtables;
import linnet.wire.Inet4;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ipt_do_table as Xtables.doTable: first match wins, jumps and gotos, RETURN from user and
 * built-in chains, falling off chains, rule and policy counters, hotdrop.
 */
class XtablesTraversalTest {
    static final int INPUT = 1;
    /** UDP payload 12: IP total length 20 + 8 + 12 = 40. */
    static final int LEN = 40;

    Xtables x;
    XtTable t;
    XtChain input;
    final List<String> trail = new ArrayList<>();

    /** A continuing target that records where the traversal went. */
    record Trace(String label, List<String> trail) implements XtTarget {
        @Override
        public String name() { return "TRACE"; }

        @Override
        public int target(NfPacket p) {
            trail.add(label);
            return Verdict.XT_CONTINUE;
        }
    }

    @BeforeEach
    void setUp() {
        x = new Xtables();
        t = XtTable.fresh("filter");
        input = t.chains.get("INPUT");
        x.install(t);
    }

    XtChain user(String name) {
        XtChain c = new XtChain(name, -1);
        t.chains.put(name, c);
        return c;
    }

    static XtRule rule(XtTarget target) { return new XtRule(IpEntry.ANY, List.of(), target); }

    static XtRule rule(XtMatch m, XtTarget target) { return new XtRule(IpEntry.ANY, List.of(m), target); }

    static XtRule fromSrc(String src, XtTarget target) {
        return new XtRule(new IpEntry(ip(src), -1, 0, 0, "", "", 0, false, 0), List.of(), target);
    }

    XtRule trace(XtChain c, String label) {
        XtRule r = rule(new Trace(label, trail));
        c.rules.add(r);
        return r;
    }

    static XtRule add(XtChain c, XtRule r) {
        c.rules.add(r);
        return r;
    }

    static NfPacket udp() { return bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1000, 53, 12)); }

    int run() { return x.doTable("filter", INPUT, udp()); }

    @Test
    void missingTableOrChainAccepts() {
        assertEquals(Verdict.NF_ACCEPT, x.doTable("nat", 0, udp()), "no nat table");
        assertEquals(Verdict.NF_ACCEPT, x.doTable("filter", 0, udp()), "filter has no PREROUTING");
        input.policy = Verdict.NF_DROP;
        assertEquals(Verdict.NF_DROP, run());
        assertEquals(Verdict.NF_ACCEPT, x.doTable("filter", 3, udp()), "OUTPUT keeps its ACCEPT policy");
    }

    @Test
    void emptyChainAppliesThePolicy() {
        assertEquals(Verdict.NF_ACCEPT, run());
        input.policy = Verdict.NF_DROP;
        assertEquals(Verdict.NF_DROP, run());
    }

    @Test
    void firstMatchingRuleDecides() {
        input.policy = Verdict.NF_DROP;
        XtRule miss = add(input, fromSrc("10.9.9.9", StandardTarget.DROP));
        XtRule hit = add(input, fromSrc("10.0.0.1", StandardTarget.ACCEPT));
        XtRule later = add(input, rule(StandardTarget.DROP));
        assertEquals(Verdict.NF_ACCEPT, run());
        assertEquals(0, miss.pkts);
        assertEquals(1, hit.pkts);
        assertEquals(LEN, hit.bytes);
        assertEquals(0, later.pkts);
    }

    @Test
    void continuingTargetsGoOn() {
        trace(input, "a");
        XtRule mark = add(input, rule(new MarkTarget(0x42, -1)));
        XtRule marked = add(input, rule(new MarkMatch(0x42, -1, false), StandardTarget.NONE));
        trace(input, "b");
        XtRule drop = add(input, rule(new MarkMatch(0x42, -1, false), StandardTarget.DROP));
        NfPacket p = udp();
        assertEquals(Verdict.NF_DROP, x.doTable("filter", INPUT, p));
        assertEquals(List.of("a", "b"), trail);
        assertEquals(0x42, p.skb.mark, "MARK applied before the later rules looked");
        assertEquals(1, mark.pkts);
        assertEquals(1, marked.pkts, "a rule without a target only counts");
        assertEquals(1, drop.pkts);
    }

    @Test
    void jumpReturnsToTheNextRule() {
        XtChain u = user("U");
        XtRule jump = add(input, rule(new JumpTarget("U", false)));
        trace(input, "after");
        trace(u, "in U");
        input.policy = Verdict.NF_DROP;
        assertEquals(Verdict.NF_DROP, run(), "U fell off, INPUT went on to its end and its policy");
        assertEquals(List.of("in U", "after"), trail);
        assertEquals(1, jump.pkts);
        assertEquals(LEN, jump.bytes);
    }

    @Test
    void verdictInAUserChainEndsTheTraversal() {
        XtChain u = user("U");
        add(input, rule(new JumpTarget("U", false)));
        XtRule after = trace(input, "after");
        XtRule acc = add(u, rule(StandardTarget.ACCEPT));
        input.policy = Verdict.NF_DROP;
        assertEquals(Verdict.NF_ACCEPT, run());
        assertEquals(1, acc.pkts);
        assertEquals(0, after.pkts);
        assertTrue(trail.isEmpty());
    }

    @Test
    void returnFromAUserChain() {
        XtChain u = user("U");
        add(input, rule(new JumpTarget("U", false)));
        trace(input, "after");
        trace(u, "U1");
        XtRule ret = add(u, rule(StandardTarget.RETURN));
        XtRule skipped = trace(u, "U2");
        assertEquals(Verdict.NF_ACCEPT, run());
        assertEquals(List.of("U1", "after"), trail);
        assertEquals(1, ret.pkts);
        assertEquals(0, skipped.pkts);
    }

    @Test
    void nestedJumpsReturnLevelByLevel() {
        XtChain a = user("A"), b = user("B"), c = user("C");
        add(input, rule(new JumpTarget("A", false)));
        trace(input, "INPUT end");
        trace(a, "A1");
        add(a, rule(new JumpTarget("B", false)));
        trace(a, "A2");
        add(b, rule(new JumpTarget("C", false)));
        trace(b, "B2");
        add(b, rule(StandardTarget.RETURN));
        trace(b, "B3");
        trace(c, "C1");
        assertEquals(Verdict.NF_ACCEPT, run());
        assertEquals(List.of("A1", "C1", "B2", "A2", "INPUT end"), trail);
    }

    @Test
    void gotoDoesNotReturnToTheCaller() {
        XtChain u = user("U");
        XtRule g = add(input, rule(new JumpTarget("U", true)));
        XtRule after = trace(input, "after");
        trace(u, "in U");
        input.policy = Verdict.NF_DROP;
        input.policyCounters = true;
        assertEquals(Verdict.NF_DROP, run(), "falling off U after a goto from INPUT: the policy");
        assertEquals(List.of("in U"), trail);
        assertEquals(1, g.pkts);
        assertEquals(0, after.pkts);
        assertEquals(1, input.policyPkts);
    }

    @Test
    void gotoReturnsToTheCallersCaller() {
        XtChain a = user("A"), b = user("B");
        add(input, rule(new JumpTarget("A", false)));
        trace(input, "INPUT after A");
        add(a, rule(new JumpTarget("B", true)));
        trace(a, "A after goto");
        trace(b, "B1");
        add(b, rule(StandardTarget.RETURN));
        trace(b, "B2");
        assertEquals(Verdict.NF_ACCEPT, run());
        assertEquals(List.of("B1", "INPUT after A"), trail, "RETURN in B goes back past A");
    }

    @Test
    void returnFromTheBuiltinChainIsThePolicy() {
        input.policy = Verdict.NF_DROP;
        input.policyCounters = true;
        XtRule ret = add(input, rule(StandardTarget.RETURN));
        XtRule never = add(input, rule(StandardTarget.ACCEPT));
        assertEquals(Verdict.NF_DROP, run());
        assertEquals(1, ret.pkts);
        assertEquals(0, never.pkts);
        assertEquals(1, input.policyPkts, "RETURN from a built-in chain counts on the policy");
        assertEquals(LEN, input.policyBytes);
    }

    @Test
    void returnInAUserChainReachedByGotoFromTheBuiltinIsThePolicy() {
        XtChain u = user("U");
        add(input, rule(new JumpTarget("U", true)));
        add(u, rule(StandardTarget.RETURN));
        XtRule after = add(input, rule(StandardTarget.ACCEPT));
        input.policy = Verdict.NF_DROP;
        assertEquals(Verdict.NF_DROP, run());
        assertEquals(0, after.pkts);
    }

    @Test
    void jumpToAMissingChainIsIgnored() {
        add(input, rule(new JumpTarget("GONE", false)));
        XtRule next = add(input, rule(StandardTarget.DROP));
        assertEquals(Verdict.NF_DROP, run());
        assertEquals(1, next.pkts);
    }

    @Test
    void ruleCountersCountPacketsAndIpTotalLength() {
        XtRule all = add(input, rule(StandardTarget.NONE));
        XtRule fromOne = add(input, fromSrc("10.0.0.1", StandardTarget.NONE));
        for (int i = 0; i < 3; i++) run();
        NfPacket big = bare(NfFixture.udp("10.0.0.7", "10.0.0.2", 1, 2, 1000));
        x.doTable("filter", INPUT, big);
        assertEquals(4, all.pkts);
        assertEquals(3 * LEN + 1028, all.bytes, "bytes are the IP total length");
        assertEquals(3, fromOne.pkts);
        assertEquals(3 * LEN, fromOne.bytes);
    }

    @Test
    void ruleCountersInUserChains() {
        XtChain u = user("U");
        XtRule jump = add(input, fromSrc("10.0.0.1", new JumpTarget("U", false)));
        XtRule inU = add(u, rule(StandardTarget.NONE));
        run();
        run();
        x.doTable("filter", INPUT, bare(NfFixture.udp("10.0.0.9", "10.0.0.2", 1, 2, 12)));
        assertEquals(2, jump.pkts);
        assertEquals(2, inU.pkts);
        assertEquals(2 * LEN, inU.bytes);
    }

    @Test
    void policyCountersOnlyWhenEnabled() {
        input.policy = Verdict.NF_ACCEPT;
        run();
        assertEquals(0, input.policyPkts, "nf_tables base chains have no counters until asked");
        assertEquals(0, input.policyBytes);
        input.policyCounters = true;
        run();
        run();
        assertEquals(2, input.policyPkts);
        assertEquals(2 * LEN, input.policyBytes);
        // A rule's verdict is not a policy hit.
        add(input, rule(StandardTarget.DROP));
        run();
        assertEquals(2, input.policyPkts);
        // Falling off a user chain is not a policy hit either; falling off INPUT afterwards is.
        input.rules.clear();
        user("U");
        add(input, rule(new JumpTarget("U", false)));
        run();
        assertEquals(3, input.policyPkts);
        assertEquals(3 * LEN, input.policyBytes);
    }

    @Test
    void hotdropDropsAtOnce() {
        XtRule before = add(input, rule(StandardTarget.NONE));
        XtRule bad = add(input, rule(PortMatch.any("udp", 17), StandardTarget.ACCEPT));
        XtRule after = add(input, rule(StandardTarget.ACCEPT));
        input.policyCounters = true;
        NfPacket p = bare(NfFixture.truncated(17, 2));
        assertEquals(Verdict.NF_DROP, x.doTable("filter", INPUT, p), "policy is ACCEPT, yet the packet is dropped");
        assertTrue(p.hotdrop);
        assertEquals(1, before.pkts);
        assertEquals(0, bad.pkts, "the hot-dropping rule did not match");
        assertEquals(0, after.pkts);
        assertEquals(0, input.policyPkts);
        // A well-formed packet passes the same rules.
        NfPacket ok = udp();
        assertEquals(Verdict.NF_ACCEPT, x.doTable("filter", INPUT, ok));
        assertFalse(ok.hotdrop);
        assertEquals(1, bad.pkts);
    }

    @Test
    void hotdropInsideAUserChain() {
        XtChain u = user("U");
        add(input, rule(new JumpTarget("U", false)));
        add(u, rule(new IcmpMatch(8, 0, 255, false), StandardTarget.ACCEPT));
        XtRule after = add(input, rule(StandardTarget.ACCEPT));
        NfPacket p = bare(NfFixture.truncated(1, 1));
        assertEquals(Verdict.NF_DROP, x.doTable("filter", INPUT, p));
        assertEquals(0, after.pkts);
    }

    @Test
    void ipPartAndMatchesAreBothRequired() {
        XtRule r = add(input, new XtRule(new IpEntry(0, 0, ip("10.0.0.2"), Inet4.mask(32), "", "", 17, false, 0),
                List.of(PortMatch.any("udp", 17), new MultiportMatch(MultiportMatch.DESTINATION, NfFixture.ranges(53, 53), false)),
                StandardTarget.DROP));
        assertEquals(Verdict.NF_DROP, run());
        assertEquals(Verdict.NF_ACCEPT, x.doTable("filter", INPUT, bare(NfFixture.udp("10.0.0.1", "10.0.0.3", 1000, 53))),
                "IP part fails");
        assertEquals(Verdict.NF_ACCEPT, x.doTable("filter", INPUT, bare(NfFixture.udp("10.0.0.1", "10.0.0.2", 1000, 54))),
                "a match fails");
        assertEquals(Verdict.NF_ACCEPT, x.doTable("filter", INPUT, bare(NfFixture.tcp("10.0.0.1", "10.0.0.2", 1000, 53, 2))),
                "protocol fails");
        assertEquals(1, r.pkts);
    }

    @Test
    void theRightChainForEachHook() {
        for (String c : List.of("INPUT", "FORWARD", "OUTPUT")) {
            XtRule r = rule(new Trace(c, trail));
            t.chains.get(c).rules.add(r);
        }
        x.doTable("filter", 2, udp());
        x.doTable("filter", 3, udp());
        x.doTable("filter", 1, udp());
        assertEquals(List.of("FORWARD", "OUTPUT", "INPUT"), trail);
    }
}
