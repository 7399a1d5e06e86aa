package linnet.kernel.ipv4;

import linnet.kernel.core.Errno;
import linnet.kernel.core.FibRule;
import linnet.kernel.core.FibRuleMsg;
import linnet.kernel.core.FibRulesOps;
import linnet.kernel.core.Flowi;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;

/**
 * IPv4 policy rules (net/ipv4/fib_rules.c): the default rules local/main/default at 0, 32766 and
 * 32767, matching on addresses and tos, the to-table action with the route-type errors, and
 * suppress_prefixlength / suppress_ifgroup.
 */
final class Fib4RulesOps extends FibRulesOps {
    static final int AF_INET = 2;
    /** The tos bits IPv4 rules may select (IPTOS_TOS_MASK); the ECN bits must be clear. */
    private static final int IPTOS_TOS_MASK = 0x1e;

    private final Fib fib;
    private final Net net;

    Fib4RulesOps(Net net, Fib fib) {
        super(AF_INET);
        this.net = net;
        this.fib = fib;
        defaultRuleAdd(0, FibRoute.RT_TABLE_LOCAL);
        defaultRuleAdd(0x7FFE, FibRoute.RT_TABLE_MAIN);
        defaultRuleAdd(0x7FFF, FibRoute.RT_TABLE_DEFAULT);
    }

    @Override protected int addrSize() { return 4; }

    @Override protected FibRule newRule() { return new Fib4Rule(); }

    @Override protected Net net() { return net; }

    @Override
    protected boolean match(FibRule rule, Flowi fl) {
        Fib4Rule r = (Fib4Rule) rule;
        Flowi4 f = (Flowi4) fl;
        if (((f.saddr ^ r.src) & Fib4Rule.mask(r.srcLen)) != 0 || ((f.daddr ^ r.dst) & Fib4Rule.mask(r.dstLen)) != 0)
            return false;
        // the legacy tos selector compares the flow's tos bits only (fib_dscp_masked_match)
        if (r.tos != 0 && r.tos != (f.tos & IPTOS_TOS_MASK & 0xfc)) return false;
        if (r.ipProto != 0 && r.ipProto != f.proto) return false;
        if (!FibRule.portMatch(r.sportStart, r.sportEnd, r.sportMask, f.sport)) return false;
        return FibRule.portMatch(r.dportStart, r.dportEnd, r.dportMask, f.dport);
    }

    /** fib4_rule_action: a table lookup, or the error of an unreachable/prohibit/blackhole rule. */
    @Override
    protected Errno action(FibRule rule, Flowi fl, LookupArg arg) {
        switch (rule.action) {
            case FibRule.FR_ACT_TO_TBL -> { }
            case FibRule.FR_ACT_UNREACHABLE -> { return Errno.ENETUNREACH; }
            case FibRule.FR_ACT_PROHIBIT -> { return Errno.EACCES; }
            default -> { return Errno.EINVAL; }
        }
        FibTable t = fib.table(rule.table);
        if (t == null) return Errno.EAGAIN;
        Flowi4 f = (Flowi4) fl;
        FibRoute r = t.lookup(f.daddr, 0, f.oif);
        if (r == null) return Errno.EAGAIN;
        arg.result = r;
        return Fib.typeError(r.type);
    }

    /** fib4_rule_suppress: refuse a route whose prefix is too short or whose device is in the group. */
    @Override
    protected boolean suppress(FibRule rule, LookupArg arg) {
        FibRoute r = (FibRoute) arg.result;
        if (r.dstLen <= rule.suppressPrefixlen) return true;
        NetDevice dev = r.dev;
        return rule.suppressIfgroup != -1 && dev != null && dev.group == rule.suppressIfgroup;
    }

    @Override
    protected void configure(FibRule rule, FibRuleMsg m) throws KernelException {
        Fib4Rule r = (Fib4Rule) rule;
        if ((m.tos & 0x03) != 0) throw new KernelException(Errno.EINVAL, "Invalid dsfield (tos): ECN bits must be 0");
        if ((m.tos & ~IPTOS_TOS_MASK) != 0) throw new KernelException(Errno.EINVAL, "Invalid tos");
        r.tos = m.tos;
        fib.unmerge();
        if (r.table == 0 && !r.l3mdev && r.action == FibRule.FR_ACT_TO_TBL) r.table = fib.emptyTable().id;
        if (m.srcLen != 0) r.src = addr(m.src);
        if (m.dstLen != 0) r.dst = addr(m.dst);
        if (m.flow != null) r.tclassid = m.flow;
        r.srcLen = m.srcLen;
        r.dstLen = m.dstLen;
    }

    @Override
    protected void deleted(FibRule rule) { fib.unmerge(); }

    @Override
    protected boolean compare(FibRule rule, FibRuleMsg m) {
        Fib4Rule r = (Fib4Rule) rule;
        if (m.srcLen != 0 && r.srcLen != m.srcLen) return false;
        if (m.dstLen != 0 && r.dstLen != m.dstLen) return false;
        if (m.tos != 0 && r.tos != m.tos) return false;
        if (m.flow != null && r.tclassid != m.flow) return false;
        if (m.srcLen != 0 && r.src != addr(m.src)) return false;
        return m.dstLen == 0 || r.dst == addr(m.dst);
    }

    @Override
    protected void fill(FibRule rule, FibRuleMsg m) {
        Fib4Rule r = (Fib4Rule) rule;
        m.dstLen = r.dstLen;
        m.srcLen = r.srcLen;
        m.tos = r.tos;
        if (r.dstLen != 0) m.dst = bytes(r.dst);
        if (r.srcLen != 0) m.src = bytes(r.src);
        if (r.tclassid != 0) m.flow = r.tclassid;
    }

    static int addr(byte[] b) {
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    static byte[] bytes(int a) { return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a}; }
}
