package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.FibRule;
import linnet.kernel.core.FibRuleMsg;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.lab.Lab;
import linnet.wire.Inet4;
import org.junit.jupiter.api.Test;

/** The policy rule list (fib_rules.c) and the IPv4 rule lookup (fib4_rule_*), through the kernel objects. */
class FibRulesTest {
    private static Net net() { return new Lab(1, Lab.Profile.BARE).machines().get(0).kernel.initNet(); }

    private static Fib fib(Net n) { return NetnsIpv4.of(n).fib; }

    private static FibRuleMsg rule(Integer pref, int table) {
        FibRuleMsg m = new FibRuleMsg();
        m.family = 2;
        m.action = FibRule.FR_ACT_TO_TBL;
        m.priority = pref;
        m.table = table;
        return m;
    }

    private static FibRuleMsg from(String prefix, int len, Integer pref, int table) {
        FibRuleMsg m = rule(pref, table);
        m.src = Fib4RulesOps.bytes(Inet4.parse(prefix));
        m.srcLen = len;
        return m;
    }

    private static List<Integer> prefs(Fib f) {
        return f.rules.rules().stream().map(r -> r.pref).toList();
    }

    @Test
    void defaultRulesAndAutoPreferenceBelowTheSecondRule() throws KernelException {
        Fib f = fib(net());
        assertEquals(List.of(0, 32766, 32767), prefs(f));
        f.rules.newRule(from("10.0.1.0", 24, null, 10), true);
        f.rules.newRule(from("10.0.2.0", 24, 500, 10), true);
        f.rules.newRule(from("10.0.3.0", 24, null, 10), true);
        assertEquals(List.of(0, 499, 500, 32765, 32766, 32767), prefs(f));
        // with the local rule gone the second rule is the one at 500
        f.rules.delRule(rule(0, 0));
        f.rules.newRule(from("10.0.4.0", 24, null, 10), true);
        assertEquals(List.of(499, 499, 500, 32765, 32766, 32767), prefs(f));
        // a second rule at pref 0 makes every new rule 0
        f.rules.newRule(rule(0, 255), true);
        f.rules.newRule(from("10.0.5.0", 24, 0, 10), true);
        f.rules.newRule(from("10.0.6.0", 24, null, 10), true);
        assertEquals(List.of(0, 0, 0, 499, 499, 500, 32765, 32766, 32767), prefs(f));
    }

    @Test
    void equalPreferencesKeepInsertionOrderAndExclRefusesExactCopies() throws KernelException {
        Fib f = fib(net());
        f.rules.newRule(from("10.0.0.0", 8, 100, 5), true);
        f.rules.newRule(from("10.0.0.0", 8, 100, 6), true);
        KernelException e = assertThrows(KernelException.class, () -> f.rules.newRule(from("10.0.0.0", 8, 100, 5), true));
        assertEquals(Errno.EEXIST, e.errno);
        // without NLM_F_EXCL the copy is accepted
        f.rules.newRule(from("10.0.0.0", 8, 100, 5), false);
        List<FibRule> r = f.rules.rules();
        assertEquals(List.of(5, 6, 5), List.of(r.get(1).table, r.get(2).table, r.get(3).table));
    }

    @Test
    void deleteTakesTheFirstRuleMatchingTheGivenFields() throws KernelException {
        Fib f = fib(net());
        f.rules.newRule(from("10.0.0.0", 8, 100, 5), true);
        f.rules.newRule(from("10.0.0.0", 8, 101, 6), true);
        FibRuleMsg q = from("10.0.0.0", 8, null, 0);
        q.action = 0;
        f.rules.delRule(q);
        assertEquals(List.of(0, 101, 32766, 32767), prefs(f));
        FibRuleMsg shorter = from("10.0.0.0", 16, null, 0);
        shorter.action = 0;
        assertEquals(Errno.ENOENT, assertThrows(KernelException.class, () -> f.rules.delRule(shorter)).errno);
        assertEquals(List.of(0, 101, 32766, 32767), prefs(f));
    }

    @Test
    void gotoResolvesUnresolvesAndMovesToTheNextOfTheSamePreference() throws KernelException {
        Fib f = fib(net());
        FibRuleMsg g = rule(100, 0);
        g.action = FibRule.FR_ACT_GOTO;
        g.gotoTarget = 300;
        f.rules.newRule(g, true);
        FibRule jump = f.rules.rules().get(1);
        assertNull(jump.ctarget);
        f.rules.newRule(rule(300, 30), true);
        f.rules.newRule(rule(300, 10), true);
        assertEquals(30, jump.ctarget.table);
        f.rules.delRule(rule(300, 30));
        assertEquals(10, jump.ctarget.table);
        f.rules.delRule(rule(300, 10));
        assertNull(jump.ctarget);
        FibRuleMsg back = rule(200, 0);
        back.action = FibRule.FR_ACT_GOTO;
        back.gotoTarget = 200;
        KernelException e = assertThrows(KernelException.class, () -> f.rules.newRule(back, true));
        assertEquals("Backward goto not supported", e.extack);
    }

    @Test
    void lookupFallsThroughMissesAndStopsAtRuleActions() throws KernelException {
        Net n = net();
        Fib f = fib(n);
        FibRoute r = new FibRoute();
        r.dst = Inet4.parse("172.16.0.0");
        r.dstLen = 16;
        r.type = FibRoute.RTN_UNREACHABLE;
        f.newTable(100).insert(r);
        FibRoute thr = new FibRoute();
        thr.dst = Inet4.parse("172.17.0.0");
        thr.dstLen = 16;
        thr.type = FibRoute.RTN_THROW;
        f.newTable(100).insert(thr);
        FibRoute dflt = new FibRoute();
        dflt.type = FibRoute.RTN_BLACKHOLE;
        f.newTable(200).insert(dflt);
        f.rules.newRule(rule(10, 100), true);
        f.rules.newRule(rule(20, 200), true);
        Flowi4 fl = Flowi4.output(Inet4.parse("172.16.1.1"), 0, 0);
        // an unreachable ROUTE in the rule's table ends the lookup with its own error
        assertEquals(Errno.EHOSTUNREACH, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
        // a throw route and a miss both go on to the next rule (table 200's blackhole default)
        fl.daddr = Inet4.parse("172.17.1.1");
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
        fl.daddr = Inet4.parse("8.8.8.8");
        assertEquals(Errno.EINVAL, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
        // an unreachable RULE is ENETUNREACH, a prohibit rule EACCES; "not" inverts the selector
        FibRuleMsg u = rule(5, 0);
        u.dst = Fib4RulesOps.bytes(Inet4.parse("8.8.8.8"));
        u.dstLen = 32;
        u.action = FibRule.FR_ACT_UNREACHABLE;
        f.rules.newRule(u, true);
        assertEquals(Errno.ENETUNREACH, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
        fl.saddr = Inet4.parse("8.8.8.8");
        FibRuleMsg p = from("8.8.8.8", 32, 4, 0);
        p.action = FibRule.FR_ACT_PROHIBIT;
        p.flags = FibRule.FIB_RULE_INVERT;
        f.rules.newRule(p, true);
        assertEquals(Errno.ENETUNREACH, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
        fl.saddr = Inet4.parse("8.8.4.4");
        assertEquals(Errno.EACCES, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
    }

    @Test
    /** Only a successful lookup is suppressed: an error route (prohibit here) still ends the lookup. */
    void suppressPrefixlengthRefusesTheDefaultRouteOnly() throws KernelException {
        Fib f = fib(net());
        FibRoute def = new FibRoute();
        f.newTable(254).insert(def);
        FibRoute spec = new FibRoute();
        spec.dst = Inet4.parse("10.9.0.0");
        spec.dstLen = 16;
        spec.type = FibRoute.RTN_PROHIBIT;
        f.newTable(254).insert(spec);
        FibRuleMsg s = rule(100, 254);
        s.suppressPrefixlen = 0;
        f.rules.newRule(s, true);
        f.rules.delRule(rule(32766, 254));
        Flowi4 fl = Flowi4.output(Inet4.parse("8.8.8.8"), 0, 0);
        assertEquals(Errno.ENETUNREACH, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
        fl.daddr = Inet4.parse("10.9.1.1");
        assertEquals(Errno.EACCES, assertThrows(KernelException.class, () -> f.lookup(fl)).errno);
    }

    @Test
    void portAndMarkSelectors() {
        assertEquals(true, FibRule.portMatch(80, 80, 0xffff, 80));
        assertEquals(false, FibRule.portMatch(80, 80, 0xffff, 81));
        assertEquals(true, FibRule.portMatch(1000, 2000, 0, 2000));
        assertEquals(false, FibRule.portMatch(1000, 2000, 0, 2001));
        assertEquals(true, FibRule.portMatch(0, 0, 0, 12345));
        assertEquals(false, FibRule.portRangeValid(100, 65535));
        assertEquals(false, FibRule.portRangeValid(0, 5));
        assertEquals(false, FibRule.portRangeValid(6, 5));
    }

    @Test
    void detachedDevicesAttachByName() throws KernelException {
        Fib f = fib(net());
        FibRuleMsg m = rule(100, 5);
        m.iifname = "lo";
        f.rules.newRule(m, true);
        FibRuleMsg d = rule(101, 5);
        d.oifname = "nosuch";
        f.rules.newRule(d, true);
        assertEquals(1, f.rules.rules().get(1).iifindex);
        assertEquals(-1, f.rules.rules().get(2).oifindex);
        assertSame(FibRule.FIB_RULE_OIF_DETACHED, f.rules.dump().get(2).flags & FibRule.FIB_RULE_OIF_DETACHED);
    }
}
