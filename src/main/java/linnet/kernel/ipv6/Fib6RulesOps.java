package linnet.kernel.ipv6;

import linnet.kernel.core.Errno;
import linnet.kernel.core.FibRule;
import linnet.kernel.core.FibRuleMsg;
import linnet.kernel.core.FibRulesOps;
import linnet.kernel.core.Flowi;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;

/**
 * IPv6 policy rules (net/ipv6/fib6_rules.c): the default rules local at 0 and main at 32766 (no
 * default-table rule), 16-byte prefixes, the dsfield selector. The rule list, its checks and
 * dumps are the core's; IPv6 route lookups do not consult the rules yet.
 */
final class Fib6RulesOps extends FibRulesOps {
    static final int AF_INET6 = 10;

    /** An IPv6 rule (struct fib6_rule). */
    static final class Fib6Rule extends FibRule {
        byte[] src = new byte[16], dst = new byte[16];
        int srcLen, dstLen, tos;
    }

    private final Net net;
    /** Whether a rule was ever added or deleted (until then lookups take local, then main). */
    boolean custom;

    /** An IPv6 lookup key (struct flowi6): the addresses on top of the common keys. */
    static final class Flowi6 extends Flowi {
        byte[] daddr, saddr;
        int tclass;
    }

    Fib6RulesOps(Net net) {
        super(AF_INET6);
        this.net = net;
        defaultRuleAdd(0, Rt6Info.RT_TABLE_LOCAL);
        defaultRuleAdd(0x7FFE, Rt6Info.RT_TABLE_MAIN);
    }

    @Override protected int addrSize() { return 16; }

    @Override protected FibRule newRule() { return new Fib6Rule(); }

    @Override protected Net net() { return net; }

    private static boolean prefixMatch(byte[] a, byte[] p, int len) {
        for (int i = 0; i < len; i++) {
            int bit = 0x80 >>> (i & 7);
            if ((a[i >> 3] & bit) != (p[i >> 3] & bit)) return false;
        }
        return true;
    }

    /** fib6_rule_match: prefixes (a source prefix needs a source), tclass, protocol and ports. */
    @Override
    protected boolean match(FibRule rule, Flowi fl) {
        Fib6Rule r = (Fib6Rule) rule;
        Flowi6 f = (Flowi6) fl;
        if (r.dstLen != 0 && !prefixMatch(f.daddr, r.dst, r.dstLen)) return false;
        if (r.srcLen != 0 && (f.saddr == null || !prefixMatch(f.saddr, r.src, r.srcLen))) return false;
        if (r.tos != 0 && r.tos != (f.tclass & 0xfc)) return false;
        if (r.ipProto != 0 && r.ipProto != f.proto) return false;
        if (!FibRule.portMatch(r.sportStart, r.sportEnd, r.sportMask, f.sport)) return false;
        return FibRule.portMatch(r.dportStart, r.dportEnd, r.dportMask, f.dport);
    }

    /** fib6_rule_action: a table lookup (a miss goes on), or the error of an action rule. */
    @Override
    protected Errno action(FibRule rule, Flowi fl, LookupArg arg) {
        switch (rule.action) {
            case FibRule.FR_ACT_TO_TBL -> { }
            case FibRule.FR_ACT_UNREACHABLE -> { return Errno.ENETUNREACH; }
            case FibRule.FR_ACT_PROHIBIT -> { return Errno.EACCES; }
            default -> { return Errno.EINVAL; }
        }
        NetnsIpv6 ns = NetnsIpv6.of(net);
        Fib6Table t = ns.table(rule.table);
        if (t == null) return Errno.EAGAIN;
        Flowi6 f = (Flowi6) fl;
        Rt6Info r = t.lookup(f.daddr, f.oif == 0 ? null : net.byIndex(f.oif));
        if (r == null || (r.type == Rt6Info.RTN_MULTICAST && !linnet.wire.Inet6.isMulticast(f.daddr))) return Errno.EAGAIN;
        // a throw route sends the lookup on to the next rule; the other reject types end it with their error
        Errno e = r.error();
        if (e == Errno.EAGAIN) return e;
        arg.result = r;
        return e;
    }

    /** fib6_rule_suppress: the prefix-length and interface-group suppressors. */
    @Override
    protected boolean suppress(FibRule rule, LookupArg arg) {
        Rt6Info r = (Rt6Info) arg.result;
        if (r.dstLen <= rule.suppressPrefixlen) return true;
        return rule.suppressIfgroup != -1 && r.dev != null && r.dev.group == rule.suppressIfgroup;
    }

    @Override
    public void newRule(FibRuleMsg m, boolean excl) throws KernelException {
        super.newRule(m, excl);
        custom = true;
    }

    @Override
    public void delRule(FibRuleMsg m) throws KernelException {
        super.delRule(m);
        custom = true;
    }

    @Override
    protected void configure(FibRule rule, FibRuleMsg m) throws KernelException {
        Fib6Rule r = (Fib6Rule) rule;
        if (r.action == FibRule.FR_ACT_TO_TBL && r.table == 0 && !r.l3mdev)
            throw new KernelException(Errno.EINVAL, "Invalid table");
        // fib6_new_table: the rule's table exists from now on
        if (r.action == FibRule.FR_ACT_TO_TBL && !r.l3mdev) NetnsIpv6.of(net).newTable(r.table);
        if (m.srcLen != 0) r.src = m.src.clone();
        if (m.dstLen != 0) r.dst = m.dst.clone();
        r.srcLen = m.srcLen;
        r.dstLen = m.dstLen;
        r.tos = m.tos;
    }

    @Override
    protected boolean compare(FibRule rule, FibRuleMsg m) {
        Fib6Rule r = (Fib6Rule) rule;
        if (m.srcLen != 0 && r.srcLen != m.srcLen) return false;
        if (m.dstLen != 0 && r.dstLen != m.dstLen) return false;
        if (m.tos != 0 && r.tos != m.tos) return false;
        if (m.srcLen != 0 && !prefixMatch(r.src, m.src, 128)) return false;
        return m.dstLen == 0 || prefixMatch(r.dst, m.dst, 128);
    }

    @Override
    protected void fill(FibRule rule, FibRuleMsg m) {
        Fib6Rule r = (Fib6Rule) rule;
        m.dstLen = r.dstLen;
        m.srcLen = r.srcLen;
        m.tos = r.tos;
        if (r.dstLen != 0) m.dst = r.dst.clone();
        if (r.srcLen != 0) m.src = r.src.clone();
    }
}
